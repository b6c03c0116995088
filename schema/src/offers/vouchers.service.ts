import { executeRows, offerClaims, voucherPurchases, type Database } from '@huigong/db';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { recordAudit } from '../audit/audit.service.ts';
import { NotFound } from '../common/not-found.ts';
import { found } from '../common/reload.ts';
import { commitThenFail } from '../common/outcome.ts';
import { releaseExpiredClaims } from './claims.service.ts';
import { activeProblem, audienceProblem, limitProblem, lockedOffer, type ViewerMember } from './eligibility.service.ts';
import { OfferSoldOut, PaymentProviderError, PaymentsNotConfigured, VoucherNotRefundable } from './errors.ts';
import { claimLifecycle, offerHiddenFromMembers, refusedStep, voucherPurchaseLifecycle } from './lifecycle.ts';
import { returnStock, takeStock } from './stock.service.ts';
import { refundAtStripe, reservationMinutes, stripeClient, type ReturnUrls } from './stripe.ts';

// Prepaid vouchers bought through Stripe Checkout: starting a purchase, giving it up, refunding
// a voucher, and the sweeper. What Stripe's webhook does is in voucher-webhook.service.ts.

export type VoucherPurchaseRow = typeof voucherPurchases.$inferSelect;

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

/** Only a prepaid voucher is bought; any other kind is claimed (fromState is the kind, toState the refused step). */
const notAVoucher = (kind: string) => refusedStep('优惠', kind, 'purchase_voucher', '该优惠不是预付券，请直接领取');

export interface StartedPurchase {
  purchase: VoucherPurchaseRow;
  checkoutUrl: string;
}

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

  const { purchase, title } = await commitThenFail<{ purchase: VoucherPurchaseRow; title: string }>(db, async (tx) => {
    const offer = await lockedOffer(tx, member.id, offerId);
    // An offer never published is its merchant's business: answered like none (docs/api.md).
    if (!offer || offerHiddenFromMembers(offer.status)) return { error: new NotFound('优惠') };
    if (offer.kind !== 'prepaid_voucher') return { error: notAVoucher(offer.kind) };
    const problem = activeProblem(offer) ?? audienceProblem(offer, member) ?? (await limitProblem(tx, member.id, offer));
    if (problem) return { error: problem };
    const now = new Date();
    const reserved = await takeStock(tx, offerId, { countClaim: false, now });
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
        .where(and(eq(voucherPurchases.id, purchase.id), inArray(voucherPurchases.status, voucherPurchaseLifecycle.from('fail'))))
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
          inArray(offerClaims.status, claimLifecycle.from('refund')),
          gt(offerClaims.expiresAt, new Date()),
        ),
      )
      .returning({ id: offerClaims.id });
    if (!withdrawn) throw new VoucherNotRefundable();
    const [refunding] = await tx
      .update(voucherPurchases)
      .set({ status: 'refunding' })
      .where(and(eq(voucherPurchases.claimId, claimId), inArray(voucherPurchases.status, voucherPurchaseLifecycle.from('refund'))))
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
      .where(and(eq(voucherPurchases.id, purchase.id), inArray(voucherPurchases.status, voucherPurchaseLifecycle.from('refunded'))))
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
  if (!voucherPurchaseLifecycle.can(purchase.status, 'cancel')) return purchase;
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
      .where(and(eq(voucherPurchases.id, purchase.id), inArray(voucherPurchases.status, voucherPurchaseLifecycle.from('cancel'))))
      .returning();
    if (!cancelled) return found(tx.query.voucherPurchases.findFirst({ where: { id: purchase.id } }), '购买记录');
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
