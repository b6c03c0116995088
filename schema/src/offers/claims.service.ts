import { executeRows, offerClaims, type Database } from '@huigong/db';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { shanghaiDate } from '../common/dates.ts';
import { NotFound } from '../common/not-found.ts';
import { commitThenFail } from '../common/outcome.ts';
import { newRedemptionCode } from './codes.ts';
import { activeProblem, audienceProblem, limitProblem, lockedOffer, type ViewerMember } from './eligibility.service.ts';
import { ClaimNotCancellable, OfferNotActive, OfferSoldOut, PaymentRequired } from './errors.ts';
import { claimLifecycle, offerHiddenFromMembers } from './lifecycle.ts';
import { returnStock, takeStock } from './stock.service.ts';

export type ClaimRow = typeof offerClaims.$inferSelect;

/**
 * Marks active claims past their expiry as expired and gives their stock back, in one statement
 * so the two can never disagree. Runs lazily wherever stock or a code is about to matter (claim,
 * verify, cancel) and every minute in the sweeper; reads never write (the wallet shows expiry from
 * the time); `offerId` narrows it to one offer.
 */
export async function releaseExpiredClaims(db: Database, scope: { offerId?: string; memberId?: string } = {}) {
  await db.execute(sql`
    with expired as (
      update offer_claims set status = 'expired'
      where status = 'active' and expires_at <= now()
        ${scope.offerId ? sql`and offer_id = ${scope.offerId}` : sql``}
        ${scope.memberId ? sql`and member_id = ${scope.memberId}` : sql``}
      returning offer_id
    ), returned as (
      select offer_id, count(*)::int as n from expired group by offer_id
    )
    update offers set stock_remaining = offers.stock_remaining + returned.n
    from returned
    where offers.id = returned.offer_id and offers.stock_remaining is not null`);
}

/**
 * Inserts an active claim with a fresh redemption code: a plain claim, or the voucher a payment
 * issues. A code collision (1 in ~10^11 per pair) is retried rather than failing.
 */
export async function insertClaim(
  tx: Database,
  values: { offerId: string; merchantId: string; memberId: string; expiresAt: Date; now: Date },
): Promise<ClaimRow> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const [claim] = await tx
      .insert(offerClaims)
      .values({
        offerId: values.offerId,
        merchantId: values.merchantId,
        memberId: values.memberId,
        code: newRedemptionCode(),
        claimDate: shanghaiDate(values.now),
        expiresAt: values.expiresAt,
      })
      .onConflictDoNothing({ target: offerClaims.code })
      .returning();
    if (claim) return claim;
  }
  throw new Error('could not allocate a unique redemption code');
}

/**
 * A member claims one unit of an offer. Per-member limits are serialised by an advisory lock on
 * (member, offer), taken before anything is read, so a member's parallel claims queue up and each
 * sees the ones before it; stock is taken by a conditional UPDATE that only succeeds while stock
 * remains. Nothing is decided on a value read earlier without a lock.
 */
export async function claimOffer(db: Database, actorUserId: string, member: ViewerMember, offerId: string): Promise<ClaimRow> {
  return commitThenFail<ClaimRow>(db, async (tx) => {
    const offer = await lockedOffer(tx, member.id, offerId);
    // An offer never published is its merchant's business: answered like none (docs/api.md).
    if (!offer || offerHiddenFromMembers(offer.status)) return { error: new NotFound('优惠') };
    const problem = activeProblem(offer) ?? audienceProblem(offer, member);
    if (problem) return { error: problem };
    if (offer.kind === 'prepaid_voucher') return { error: new PaymentRequired() };

    const limited = await limitProblem(tx, member.id, offer);
    if (limited) return { error: limited };

    if (offer.stockRemaining !== null && offer.stockRemaining <= 0) await releaseExpiredClaims(tx, { offerId });
    const now = new Date();
    const taken = await takeStock(tx, offerId, { countClaim: true, now });
    if (!taken) {
      const current = await tx.query.offers.findFirst({ where: { id: offerId }, columns: { stockRemaining: true } });
      return { error: current?.stockRemaining === 0 ? new OfferSoldOut() : new OfferNotActive() };
    }

    const expiresAt = new Date(Math.min(now.getTime() + taken.codeValidHours * 3600_000, taken.validUntil.getTime()));
    const claim = await insertClaim(tx, { offerId, merchantId: offer.merchantId, memberId: member.id, expiresAt, now });
    await recordAudit(tx, {
      actorUserId,
      action: 'offer.claimed',
      subjectType: 'offer_claim',
      subjectId: claim.id,
      toState: 'active',
      data: { offerId, memberId: member.id },
    });
    return { ok: claim };
  });
}

/** A member gives back an unused, unexpired claim; its unit of stock returns to the offer. */
export async function cancelClaim(db: Database, actorUserId: string, memberId: string, claimId: string) {
  return commitThenFail<ClaimRow>(db, async (tx) => {
    const [cancelled] = await tx
      .update(offerClaims)
      .set({ status: claimLifecycle.actions.cancel.to, cancelledAt: new Date() })
      .where(
        and(
          eq(offerClaims.id, claimId),
          eq(offerClaims.memberId, memberId),
          inArray(offerClaims.status, claimLifecycle.from('cancel')),
          gt(offerClaims.expiresAt, new Date()),
          // A bought voucher is given back through a refund, never by a plain cancel.
          sql`not exists (select 1 from voucher_purchases vp where vp.claim_id = ${offerClaims.id})`,
        ),
      )
      .returning();
    if (!cancelled) {
      await releaseExpiredClaims(tx, { memberId });
      return { error: new ClaimNotCancellable() };
    }
    await returnStock(tx, cancelled.offerId);
    await recordAudit(tx, {
      actorUserId,
      action: 'offer_claim.cancelled',
      subjectType: 'offer_claim',
      subjectId: cancelled.id,
      fromState: 'active',
      toState: 'cancelled',
    });
    return { ok: cancelled };
  });
}

export interface RedemptionFigure {
  offerId: string;
  date: string;
  claims: number;
  redemptions: number;
}

/** Claims and redemptions per offer per Asia/Shanghai day for one merchant, between two dates inclusive. */
export async function merchantFigures(db: Database, merchantId: string, from: string, to: string) {
  const rows = await executeRows<{ offer_id: string; day: string | Date; claims: number; redemptions: number }>(
    db,
    sql`select offer_id, day::text as day, sum(c)::int as claims, sum(r)::int as redemptions from (
          select offer_id, claim_date as day, 1 as c, 0 as r from offer_claims
          where merchant_id = ${merchantId} and claim_date between ${from}::date and ${to}::date
          union all
          select offer_id, (redeemed_at at time zone 'Asia/Shanghai')::date as day, 0 as c, 1 as r from offer_claims
          where merchant_id = ${merchantId} and status = 'redeemed'
            and redeemed_at >= (${from}::date::timestamp at time zone 'Asia/Shanghai')
            and redeemed_at < ((${to}::date + 1)::timestamp at time zone 'Asia/Shanghai')
        ) figures
        group by offer_id, day
        order by day, offer_id`,
  );
  return rows.map(
    (row): RedemptionFigure => ({
      offerId: row.offer_id,
      date: typeof row.day === 'string' ? row.day : row.day.toISOString().slice(0, 10),
      claims: row.claims,
      redemptions: row.redemptions,
    }),
  );
}
