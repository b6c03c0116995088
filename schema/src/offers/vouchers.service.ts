import { executeRows, offerClaims, offers, offerStripeEvents, voucherPurchases, type Database } from '@huigong/db';
import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { NotFound } from '../common/not-found.ts';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  activeProblem, neverPublished,
  audienceProblem,
  limitProblem,
  lockMemberOffer,
  releaseExpiredClaims,
  settle,
} from './claims.service.ts';
import { newRedemptionCode, shanghaiDate } from './codes.ts';
import {
  InvalidState,
  OfferSoldOut,
  PaymentProviderError,
  PaymentsNotConfigured,
  VoucherNotRefundable,
} from './errors.ts';
import { reservationMinutes, stripeClient, webhookSecret } from './stripe.ts';

export type VoucherPurchaseRow = typeof voucherPurchases.$inferSelect;
type ViewerMember = NonNullable<Viewer['member']>;

const returnStock = (db: Database, offerId: string) =>
  db
    .update(offers)
    .set({ stockRemaining: sql`${offers.stockRemaining} + 1` })
    .where(and(eq(offers.id, offerId), sql`${offers.stockRemaining} is not null`));

/**
 * Ends reservations whose time ran out: the purchase becomes expired and its stock returns, in one
 * statement. Returns the Checkout Sessions to expire at Stripe so a late payment cannot go through.
 */
export async function releaseExpiredReservations(db: Database, scope: { offerId?: string } = {}): Promise<string[]> {
  const rows = await executeRows<{ checkout_session_id: string | null }>(
    db,
    sql`with expired as (
          update voucher_purchases set status = 'expired', updated_at = now()
          where status = 'pending_payment' and reserved_until <= now()
            ${scope.offerId ? sql`and offer_id = ${scope.offerId}` : sql``}
          returning offer_id, checkout_session_id
        ), returned as (
          update offers set stock_remaining = offers.stock_remaining + e.n
          from (select offer_id, count(*)::int as n from expired group by offer_id) e
          where offers.id = e.offer_id and offers.stock_remaining is not null
          returning offers.id
        )
        select checkout_session_id from expired`,
  );
  return rows.map((r) => r.checkout_session_id).filter((id): id is string => id !== null);
}

async function expireSessions(stripe: Stripe, sessions: string[]) {
  // Best effort: a session that was completed meanwhile cannot be expired; its completed webhook
  // then takes the stock again or refunds.
  await Promise.all(
    sessions.map((id) =>
      stripe.checkout.sessions.expire(id, {}, { idempotencyKey: `voucher-expire:${id}` }).catch(() => undefined),
    ),
  );
}

/**
 * Stripe's own backstop for the reservation: Stripe accepts 30 minutes to 24 hours, so a shorter
 * reservation leaves the session open a little longer (the sweeper expires it when the reservation
 * lapses) and a longer one is cut to a day.
 */
function sessionExpiry(reservedUntil: Date): number {
  const now = Math.floor(Date.now() / 1000);
  return Math.min(Math.max(Math.floor(reservedUntil.getTime() / 1000), now + 31 * 60), now + 24 * 3600 - 60);
}

export interface StartedPurchase {
  purchase: VoucherPurchaseRow;
  checkoutUrl: string;
}

/** Where Stripe's hosted page sends the member back, for one purchase. */
export type ReturnUrls = (purchaseId: string) => { successUrl: string; cancelUrl: string };

/**
 * Starts buying a prepaid voucher: checks eligibility and limits under the (member, offer) lock,
 * reserves one unit of stock with a conditional UPDATE, records the purchase, then creates a
 * Stripe Checkout Session (Stripe's hosted payment page) with an idempotency key derived from the
 * purchase id. The voucher is issued by the webhook when the session completes.
 */
export async function purchaseVoucher(
  db: Database,
  member: ViewerMember,
  offerId: string,
  returnUrls: ReturnUrls,
): Promise<StartedPurchase> {
  const stripe = stripeClient();
  if (!stripe) throw new PaymentsNotConfigured();
  await expireSessions(stripe, await releaseExpiredReservations(db, { offerId }));

  const { purchase, title } = await settle<{ purchase: VoucherPurchaseRow; title: string }>(db, async (tx) => {
    await lockMemberOffer(tx, member.id, offerId);
    const offer = await tx.query.offers.findFirst({
      where: { id: offerId },
      with: { audienceUnion: { columns: { path: true } } },
    });
    // An offer never published is its merchant's business: answered like none (docs/api.md).
    if (!offer || neverPublished(offer)) return { error: new NotFound('优惠') };
    if (offer.kind !== 'prepaid_voucher') return { error: new InvalidState(offer.kind, '该优惠不是预付券，请直接领取') };
    const problem = activeProblem(offer) ?? audienceProblem(offer, member) ?? (await limitProblem(tx, member.id, offer));
    if (problem) return { error: problem };
    const now = new Date();
    const [reserved] = await tx
      .update(offers)
      .set({ stockRemaining: sql`${offers.stockRemaining} - 1` })
      .where(
        and(
          eq(offers.id, offerId),
          eq(offers.status, 'published'),
          lte(offers.validFrom, now),
          gt(offers.validUntil, now),
          or(isNull(offers.stockRemaining), gt(offers.stockRemaining, 0)),
        ),
      )
      .returning({ id: offers.id });
    if (!reserved) return { error: new OfferSoldOut() };
    const [row] = await tx
      .insert(voucherPurchases)
      .values({
        offerId,
        memberId: member.id,
        amountFen: offer.memberPriceFen!,
        faceValueFen: offer.regularPriceFen!,
        reservedUntil: new Date(now.getTime() + reservationMinutes() * 60_000),
      })
      .returning();
    return { ok: { purchase: row!, title: offer.title } };
  });

  let session: Stripe.Checkout.Session;
  try {
    const metadata = { purchaseId: purchase.id, offerId: purchase.offerId, memberId: purchase.memberId };
    const { successUrl, cancelUrl } = returnUrls(purchase.id);
    session = await stripe.checkout.sessions.create(
      {
        mode: 'payment',
        line_items: [
          {
            quantity: 1,
            price_data: { currency: 'cny', unit_amount: purchase.amountFen, product_data: { name: `惠工预付券：${title}` } },
          },
        ],
        client_reference_id: purchase.id,
        metadata,
        payment_intent_data: { metadata },
        success_url: successUrl,
        cancel_url: cancelUrl,
        expires_at: sessionExpiry(purchase.reservedUntil),
      },
      { idempotencyKey: `voucher-checkout:${purchase.id}` },
    );
    if (!session.url) throw new Error('Checkout Session without a url');
  } catch {
    await db.transaction(async (tx) => {
      const [failed] = await tx
        .update(voucherPurchases)
        .set({ status: 'failed' })
        .where(and(eq(voucherPurchases.id, purchase.id), eq(voucherPurchases.status, 'pending_payment')))
        .returning();
      if (failed) await returnStock(tx, failed.offerId);
    });
    throw new PaymentProviderError();
  }
  const [withSession] = await db
    .update(voucherPurchases)
    .set({ checkoutSessionId: session.id, checkoutUrl: session.url })
    .where(eq(voucherPurchases.id, purchase.id))
    .returning();
  return { purchase: withSession!, checkoutUrl: session.url! };
}

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
  const now = new Date();
  let claimId: string | undefined;
  for (let attempt = 0; attempt < 5 && !claimId; attempt += 1) {
    const [claim] = await tx
      .insert(offerClaims)
      .values({
        offerId: purchase.offerId,
        merchantId: offer!.merchantId,
        memberId: purchase.memberId,
        code: newRedemptionCode(),
        claimDate: shanghaiDate(now),
        expiresAt: offer!.validUntil,
      })
      .onConflictDoNothing({ target: offerClaims.code })
      .returning({ id: offerClaims.id });
    claimId = claim?.id;
  }
  if (!claimId) throw new Error('could not allocate a unique redemption code');
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
  switch (purchase.status) {
    case 'pending_payment':
      await issueVoucher(tx, purchase, payment);
      return null;
    case 'expired':
    case 'failed':
    case 'cancelled': {
      // The payment arrived after the reservation ended (events out of order, or a late payment):
      // take the stock again if any is left, else give the money back.
      const [retaken] = await tx
        .update(offers)
        .set({ stockRemaining: sql`${offers.stockRemaining} - 1` })
        .where(
          and(eq(offers.id, purchase.offerId), or(isNull(offers.stockRemaining), gt(offers.stockRemaining, 0))),
        )
        .returning({ id: offers.id });
      if (retaken) {
        await issueVoucher(tx, purchase, payment);
        return null;
      }
      const [refunding] = await tx
        .update(voucherPurchases)
        .set({ status: 'refunding', paymentIntentId: payment.paymentIntentId })
        .where(eq(voucherPurchases.id, purchase.id))
        .returning();
      return { refund: refunding! };
    }
    default:
      return null; // paid, refunding, refunded: already handled
  }
}

/** The session expired unpaid, or its delayed payment failed: the reservation ends and the stock returns. */
async function sessionEnded(tx: Database, session: Stripe.Checkout.Session, status: 'failed' | 'expired') {
  const purchaseId = session.metadata?.purchaseId;
  if (!purchaseId) return;
  // Only a purchase still waiting is ended: an ending event arriving after success changes nothing.
  const [ended] = await tx
    .update(voucherPurchases)
    .set({ status })
    .where(and(eq(voucherPurchases.id, purchaseId), eq(voucherPurchases.status, 'pending_payment')))
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

async function refundAtStripe(stripe: Stripe, purchase: VoucherPurchaseRow) {
  return stripe.refunds.create(
    { payment_intent: purchase.paymentIntentId!, metadata: { purchaseId: purchase.id } },
    { idempotencyKey: `voucher-refund:${purchase.id}` },
  );
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
      .where(and(eq(voucherPurchases.id, followUp.refund.id), eq(voucherPurchases.status, 'refunding')));
  }
  return { status: 200, body: { received: true } };
}

/**
 * A member gets the money back for an unused voucher: the voucher is withdrawn first (so it cannot
 * be redeemed while the refund is in flight), then Stripe refunds, then the stock returns. If
 * Stripe refuses, the voucher is given back unchanged.
 */
export async function refundVoucher(db: Database, actorUserId: string, memberId: string, claimId: string) {
  const stripe = stripeClient();
  if (!stripe) throw new PaymentsNotConfigured();
  const purchase = await db.transaction(async (tx) => {
    const [withdrawn] = await tx
      .update(offerClaims)
      .set({ status: 'cancelled', cancelledAt: new Date() })
      .where(
        and(
          eq(offerClaims.id, claimId),
          eq(offerClaims.memberId, memberId),
          eq(offerClaims.status, 'active'),
          gt(offerClaims.expiresAt, new Date()),
        ),
      )
      .returning({ id: offerClaims.id });
    if (!withdrawn) throw new VoucherNotRefundable();
    const [refunding] = await tx
      .update(voucherPurchases)
      .set({ status: 'refunding' })
      .where(and(eq(voucherPurchases.claimId, claimId), eq(voucherPurchases.status, 'paid')))
      .returning();
    if (!refunding) throw new VoucherNotRefundable(); // rolls back the withdrawal: not a bought voucher
    return refunding;
  });

  let refund: Stripe.Refund;
  try {
    refund = await refundAtStripe(stripe, purchase);
  } catch {
    await db.transaction(async (tx) => {
      await tx
        .update(offerClaims)
        .set({ status: 'active', cancelledAt: null })
        .where(and(eq(offerClaims.id, claimId), eq(offerClaims.status, 'cancelled')));
      await tx
        .update(voucherPurchases)
        .set({ status: 'paid' })
        .where(and(eq(voucherPurchases.id, purchase.id), eq(voucherPurchases.status, 'refunding')));
    });
    throw new PaymentProviderError();
  }
  return db.transaction(async (tx) => {
    const [refunded] = await tx
      .update(voucherPurchases)
      .set({ status: 'refunded', refundId: refund.id, refundedAt: new Date() })
      .where(and(eq(voucherPurchases.id, purchase.id), eq(voucherPurchases.status, 'refunding')))
      .returning();
    if (refunded) await returnStock(tx, refunded.offerId);
    await recordAudit(tx, {
      actorUserId,
      action: 'voucher.refunded',
      subjectType: 'voucher_purchase',
      subjectId: purchase.id,
      fromState: 'paid',
      toState: 'refunded',
      data: { refundId: refund.id, amountFen: purchase.amountFen },
    });
    return claimId;
  });
}

/**
 * The member gives up a purchase still waiting for payment (back from Stripe's page with
 * "cancel"). The Checkout Session is expired at Stripe first, so no payment can follow; only then
 * is the reservation released. A session Stripe reports complete stays pending: its webhook
 * issues the voucher.
 */
export async function cancelVoucherPurchase(db: Database, actorUserId: string, memberId: string, purchaseId: string) {
  const stripe = stripeClient();
  if (!stripe) throw new PaymentsNotConfigured();
  const purchase = await db.query.voucherPurchases.findFirst({ where: { id: purchaseId, memberId } });
  if (!purchase) throw new NotFound('购买记录');
  if (purchase.status !== 'pending_payment') return purchase;
  if (purchase.checkoutSessionId) {
    const id = purchase.checkoutSessionId;
    let session: Stripe.Checkout.Session;
    try {
      session = await stripe.checkout.sessions.expire(id, {}, { idempotencyKey: `voucher-expire:${id}` });
    } catch {
      // Stripe refuses to expire a session that is no longer open: ask it what happened.
      session = await stripe.checkout.sessions.retrieve(id).catch(() => {
        throw new PaymentProviderError();
      });
    }
    if (session.status !== 'expired') return purchase;
  }
  return db.transaction(async (tx) => {
    const [cancelled] = await tx
      .update(voucherPurchases)
      .set({ status: 'cancelled' })
      .where(and(eq(voucherPurchases.id, purchase.id), eq(voucherPurchases.status, 'pending_payment')))
      .returning();
    if (!cancelled) return (await tx.query.voucherPurchases.findFirst({ where: { id: purchase.id } }))!;
    await returnStock(tx, cancelled.offerId);
    await recordAudit(tx, {
      actorUserId,
      action: 'voucher.purchase_cancelled',
      subjectType: 'voucher_purchase',
      subjectId: cancelled.id,
      fromState: 'pending_payment',
      toState: 'cancelled',
      data: { checkoutSessionId: cancelled.checkoutSessionId },
    });
    return cancelled;
  });
}

/**
 * Periodic housekeeping (the API process runs it every minute): expired claims and lapsed voucher
 * reservations give their stock back even on offers nobody is touching, so listings show the
 * right remaining stock. Claims and purchases also do this lazily where it matters.
 */
export async function sweepExpired(db: Database): Promise<void> {
  await releaseExpiredClaims(db);
  const sessions = await releaseExpiredReservations(db);
  const stripe = stripeClient();
  if (stripe && sessions.length > 0) await expireSessions(stripe, sessions);
}
