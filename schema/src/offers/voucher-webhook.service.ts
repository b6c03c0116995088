import { offers, offerStripeEvents, voucherPurchases, type Database } from '@huigong/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { recordAudit } from '../audit/audit.service.ts';
import { insertClaim } from './claims.service.ts';
import { voucherPurchaseLifecycle } from './lifecycle.ts';
import { retakeStock, returnStock } from './stock.service.ts';
import { refundAtStripe, stripeClient, webhookSecret } from './stripe.ts';
import type { VoucherPurchaseRow } from './vouchers.service.ts';

// The Stripe webhook of the vouchers endpoint: payments issue vouchers, ended sessions release
// their reservation, and a payment that comes too late is refunded.

/** What a completed Checkout Session tells us about the payment. */
interface Payment {
  sessionId: string;
  paymentIntentId: string | null;
}

const paymentIntentOf = (session: Stripe.Checkout.Session) =>
  typeof session.payment_intent === 'string' ? session.payment_intent : (session.payment_intent?.id ?? null);

/** Issues the voucher (an offer claim valid until the offer ends) for a purchase whose stock is held. */
async function issueVoucher(tx: Database, purchase: VoucherPurchaseRow, payment: Payment) {
  const offer = await tx.query.offers.findFirst({
    where: { id: purchase.offerId },
    columns: { merchantId: true, validUntil: true },
  });
  if (!offer) throw new Error(`issueVoucher: offer ${purchase.offerId} of a held purchase is gone`);
  const now = new Date();
  const { id: claimId } = await insertClaim(tx, {
    offerId: purchase.offerId,
    merchantId: offer.merchantId,
    memberId: purchase.memberId,
    expiresAt: offer.validUntil,
    now,
  });
  await tx
    .update(offers)
    .set({ claimCount: sql`${offers.claimCount} + 1` })
    .where(eq(offers.id, purchase.offerId));
  await tx
    .update(voucherPurchases)
    .set({ status: 'paid', paidAt: now, claimId, paymentIntentId: payment.paymentIntentId })
    .where(eq(voucherPurchases.id, purchase.id));
  await recordAudit(tx, {
    actorUserId: null,
    action: 'voucher.issued',
    subjectType: 'voucher_purchase',
    subjectId: purchase.id,
    fromState: purchase.status,
    toState: 'paid',
    data: { checkoutSessionId: payment.sessionId, paymentIntentId: payment.paymentIntentId, claimId },
  });
}

/** What the webhook must still do after its transaction commits (a refund is a network call). */
type FollowUp = { refund: VoucherPurchaseRow } | null;

/** A Checkout Session was paid (at once, or later for a delayed payment method). */
async function sessionPaid(tx: Database, session: Stripe.Checkout.Session): Promise<FollowUp> {
  const purchaseId = session.metadata?.purchaseId;
  if (!purchaseId || session.payment_status !== 'paid') return null;
  const [purchase] = await tx.select().from(voucherPurchases).where(eq(voucherPurchases.id, purchaseId)).for('update');
  if (!purchase) return null;
  const payment: Payment = { sessionId: session.id, paymentIntentId: paymentIntentOf(session) };
  if (session.amount_total !== purchase.amountFen || session.currency !== 'cny') {
    await recordAudit(tx, {
      actorUserId: null,
      action: 'voucher.amount_mismatch',
      subjectType: 'voucher_purchase',
      subjectId: purchase.id,
      data: { amount: session.amount_total, currency: session.currency, checkoutSessionId: session.id },
    });
    return null;
  }
  if (!voucherPurchaseLifecycle.can(purchase.status, 'issue')) return null; // paid, refunding, refunded: already handled
  if (purchase.status === 'pending_payment') {
    await issueVoucher(tx, purchase, payment);
    return null;
  }
  // The payment arrived after the reservation ended (events out of order, or a late payment):
  // take the stock again if any is left, else give the money back.
  if (await retakeStock(tx, purchase.offerId)) {
    await issueVoucher(tx, purchase, payment);
    return null;
  }
  const [refunding] = await tx
    .update(voucherPurchases)
    .set({ status: 'refunding', paymentIntentId: payment.paymentIntentId })
    .where(eq(voucherPurchases.id, purchase.id))
    .returning();
  return refunding ? { refund: refunding } : null;
}

/** The session expired unpaid, or its delayed payment failed: the reservation ends and the stock returns. */
async function sessionEnded(tx: Database, session: Stripe.Checkout.Session, status: 'failed' | 'expired') {
  const purchaseId = session.metadata?.purchaseId;
  if (!purchaseId) return;
  // Only a purchase still waiting is ended: an ending event arriving after success changes nothing.
  const [ended] = await tx
    .update(voucherPurchases)
    .set({ status })
    .where(
      and(
        eq(voucherPurchases.id, purchaseId),
        inArray(voucherPurchases.status, voucherPurchaseLifecycle.from(status === 'failed' ? 'fail' : 'expire')),
      ),
    )
    .returning();
  if (!ended) return;
  await returnStock(tx, ended.offerId);
  await recordAudit(tx, {
    actorUserId: null,
    action: `voucher.payment_${status}`,
    subjectType: 'voucher_purchase',
    subjectId: ended.id,
    fromState: 'pending_payment',
    toState: status,
    data: { checkoutSessionId: session.id },
  });
}

export interface WebhookResult {
  status: number;
  body: Record<string, unknown>;
}

/**
 * The Stripe webhook. The signature is checked on the exact bytes received; each event id is
 * stored under a primary key in the same transaction that applies it, so a redelivered event (or
 * two deliveries racing) applies once, and a failure rolls both back so Stripe retries.
 */
export async function handleStripeWebhook(
  db: Database,
  rawBody: Buffer | string,
  signature: string | undefined,
): Promise<WebhookResult> {
  const secret = webhookSecret();
  const stripe = stripeClient();
  if (!secret || !stripe) return { status: 503, body: { error: 'payments not configured' } };
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(rawBody, signature ?? '', secret);
  } catch {
    return { status: 400, body: { error: 'invalid signature' } };
  }
  const followUp = await db.transaction(async (tx): Promise<FollowUp> => {
    const [fresh] = await tx
      .insert(offerStripeEvents)
      .values({ id: event.id, type: event.type })
      .onConflictDoNothing()
      .returning({ id: offerStripeEvents.id });
    if (!fresh) return null;
    switch (event.type) {
      case 'checkout.session.completed':
      case 'checkout.session.async_payment_succeeded':
        return sessionPaid(tx, event.data.object);
      case 'checkout.session.async_payment_failed':
        await sessionEnded(tx, event.data.object, 'failed');
        return null;
      case 'checkout.session.expired':
        await sessionEnded(tx, event.data.object, 'expired');
        return null;
      default:
        return null;
    }
  });
  if (followUp) {
    const refund = await refundAtStripe(stripe, followUp.refund);
    await db
      .update(voucherPurchases)
      .set({ status: 'refunded', refundId: refund.id, refundedAt: new Date() })
      .where(
      and(eq(voucherPurchases.id, followUp.refund.id), inArray(voucherPurchases.status, voucherPurchaseLifecycle.from('refunded'))),
    );
  }
  return { status: 200, body: { received: true } };
}
