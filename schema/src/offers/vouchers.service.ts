import { offerClaims, offers, offerStripeEvents, voucherPurchases, type Database } from '@huigong/db';
import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { NotFound } from '../accounts/accounts.service.ts';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  activeProblem,
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
import { executeRows } from './sql-rows.ts';
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
 * statement. Returns the PaymentIntents to cancel at Stripe so a late payment cannot go through.
 */
export async function releaseExpiredReservations(db: Database, scope: { offerId?: string } = {}): Promise<string[]> {
  const rows = await executeRows<{ payment_intent_id: string | null }>(
    db,
    sql`with expired as (
          update voucher_purchases set status = 'expired', updated_at = now()
          where status = 'pending_payment' and reserved_until <= now()
            ${scope.offerId ? sql`and offer_id = ${scope.offerId}` : sql``}
          returning offer_id, payment_intent_id
        ), returned as (
          update offers set stock_remaining = offers.stock_remaining + e.n
          from (select offer_id, count(*)::int as n from expired group by offer_id) e
          where offers.id = e.offer_id and offers.stock_remaining is not null
          returning offers.id
        )
        select payment_intent_id from expired`,
  );
  return rows.map((r) => r.payment_intent_id).filter((id): id is string => id !== null);
}

async function cancelIntents(stripe: Stripe, intents: string[]) {
  // Best effort: if Stripe cannot cancel (already succeeded), the succeeded webhook re-reserves or refunds.
  await Promise.all(
    intents.map((id) =>
      stripe.paymentIntents.cancel(id, {}, { idempotencyKey: `voucher-cancel:${id}` }).catch(() => undefined),
    ),
  );
}

export interface StartedPurchase {
  purchase: VoucherPurchaseRow;
  clientSecret: string;
}

/**
 * Starts buying a prepaid voucher: checks eligibility and limits under the (member, offer) lock,
 * reserves one unit of stock with a conditional UPDATE, records the purchase, then creates the
 * PaymentIntent with an idempotency key derived from the purchase id.
 */
export async function purchaseVoucher(db: Database, member: ViewerMember, offerId: string): Promise<StartedPurchase> {
  const stripe = stripeClient();
  if (!stripe) throw new PaymentsNotConfigured();
  await cancelIntents(stripe, await releaseExpiredReservations(db, { offerId }));

  const purchase = await settle<VoucherPurchaseRow>(db, async (tx) => {
    await lockMemberOffer(tx, member.id, offerId);
    const offer = await tx.query.offers.findFirst({
      where: { id: offerId },
      with: { audienceUnion: { columns: { path: true } } },
    });
    if (!offer) return { error: new NotFound('优惠') };
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
    return { ok: row! };
  });

  let intent: Stripe.PaymentIntent;
  try {
    intent = await stripe.paymentIntents.create(
      {
        amount: purchase.amountFen,
        currency: 'cny',
        automatic_payment_methods: { enabled: true },
        description: `惠工预付券 ${purchase.offerId}`,
        metadata: { purchaseId: purchase.id, offerId: purchase.offerId, memberId: purchase.memberId },
      },
      { idempotencyKey: `voucher-purchase:${purchase.id}` },
    );
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
  const [withIntent] = await db
    .update(voucherPurchases)
    .set({ paymentIntentId: intent.id })
    .where(eq(voucherPurchases.id, purchase.id))
    .returning();
  return { purchase: withIntent!, clientSecret: intent.client_secret ?? '' };
}

/** Issues the voucher (an offer claim valid until the offer ends) for a purchase whose stock is held. */
async function issueVoucher(tx: Database, purchase: VoucherPurchaseRow, intent: Stripe.PaymentIntent) {
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
    .set({ status: 'paid', paidAt: now, claimId, paymentIntentId: intent.id })
    .where(eq(voucherPurchases.id, purchase.id));
  await recordAudit(tx, {
    actorUserId: null,
    action: 'voucher.issued',
    subjectType: 'voucher_purchase',
    subjectId: purchase.id,
    fromState: purchase.status,
    toState: 'paid',
    data: { paymentIntentId: intent.id, claimId },
  });
}

/** What the webhook must still do after its transaction commits (a refund is a network call). */
type FollowUp = { refund: VoucherPurchaseRow } | null;

async function paymentSucceeded(tx: Database, intent: Stripe.PaymentIntent): Promise<FollowUp> {
  const purchaseId = intent.metadata?.purchaseId;
  if (!purchaseId) return null;
  const [purchase] = await tx.select().from(voucherPurchases).where(eq(voucherPurchases.id, purchaseId)).for('update');
  if (!purchase) return null;
  if (intent.amount !== purchase.amountFen || intent.currency !== 'cny') {
    await recordAudit(tx, {
      actorUserId: null,
      action: 'voucher.amount_mismatch',
      subjectType: 'voucher_purchase',
      subjectId: purchase.id,
      data: { amount: intent.amount, currency: intent.currency, paymentIntentId: intent.id },
    });
    return null;
  }
  switch (purchase.status) {
    case 'pending_payment':
      await issueVoucher(tx, purchase, intent);
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
        await issueVoucher(tx, purchase, intent);
        return null;
      }
      const [refunding] = await tx
        .update(voucherPurchases)
        .set({ status: 'refunding', paymentIntentId: intent.id })
        .where(eq(voucherPurchases.id, purchase.id))
        .returning();
      return { refund: refunding! };
    }
    default:
      return null; // paid, refunding, refunded: already handled
  }
}

async function paymentEnded(tx: Database, intent: Stripe.PaymentIntent, status: 'failed' | 'cancelled') {
  const purchaseId = intent.metadata?.purchaseId;
  if (!purchaseId) return;
  // Only a purchase still waiting is ended: a failure event arriving after success changes nothing.
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
    data: { paymentIntentId: intent.id },
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
      case 'payment_intent.succeeded':
        return paymentSucceeded(tx, event.data.object);
      case 'payment_intent.payment_failed':
        await paymentEnded(tx, event.data.object, 'failed');
        return null;
      case 'payment_intent.canceled':
        await paymentEnded(tx, event.data.object, 'cancelled');
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
 * Periodic housekeeping (the API process runs it every minute): expired claims and lapsed voucher
 * reservations give their stock back even on offers nobody is touching, so listings show the
 * right remaining stock. Claims and purchases also do this lazily where it matters.
 */
export async function sweepExpired(db: Database): Promise<void> {
  await releaseExpiredClaims(db);
  const intents = await releaseExpiredReservations(db);
  const stripe = stripeClient();
  if (stripe && intents.length > 0) await cancelIntents(stripe, intents);
}
