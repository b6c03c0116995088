import { executeRows, offerClaims, offers, type Database } from '@huigong/db';
import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';
import { NotFound } from '../common/not-found.ts';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { DomainError } from '../common/errors.ts';
import { commitThenFail, settle, type Outcome } from '../common/outcome.ts';
import { newRedemptionCode, shanghaiDate } from './codes.ts';
import {
  ClaimNotCancellable,
  CodeAlreadyRedeemed,
  CodeExpired,
  CodeUnknown,
  LimitReached,
  NotEligible,
  OfferNotActive,
  OfferSoldOut,
  PaymentRequired,
  WrongMerchant,
  WrongStore,
} from './errors.ts';
import type { OfferRow } from './offers.service.ts';

export type ClaimRow = typeof offerClaims.$inferSelect;
type ViewerMember = NonNullable<Viewer['member']>;

/** Claims that count against a member's limits: used or still usable. */
const COUNTED = sql`status in ('active', 'redeemed')`;

/**
 * Marks active claims past their expiry as expired and gives their stock back, in one statement
 * so the two can never disagree. Runs lazily wherever stock or a code is about to matter (claim,
 * verify, wallet); `offerId` narrows it to one offer.
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

/** Audience rules: who may claim at all. Limits and stock are the database's job (see claimOffer). */
export function audienceProblem(
  offer: Pick<OfferRow, 'audience'> & { audienceUnion: { path: string } | null },
  member: ViewerMember | null,
): NotEligible | null {
  if (!member) return new NotEligible('not_a_member');
  switch (offer.audience) {
    case 'all_members':
      return null;
    case 'hardship':
      return member.isHardship ? null : new NotEligible('hardship_only');
    case 'model_workers':
      return member.isModelWorker ? null : new NotEligible('model_workers_only');
    case 'region':
      return offer.audienceUnion && member.unionPath.startsWith(offer.audienceUnion.path)
        ? null
        : new NotEligible('region_only');
  }
}

/** Drafts and offers under review are seen only by their merchant and reviewers. */
export const neverPublished = (offer: Pick<OfferRow, 'status'>) => offer.status === 'draft' || offer.status === 'pending_review';

export function activeProblem(offer: Pick<OfferRow, 'status' | 'validFrom' | 'validUntil'>, now = new Date()) {
  return offer.status === 'published' && offer.validFrom <= now && offer.validUntil > now ? null : new OfferNotActive();
}

/**
 * What counts against a member's limits on one offer: claims used or still usable, and voucher
 * purchases still waiting for payment (their stock is already reserved).
 */
export interface Usage {
  total: number;
  today: number;
}

export async function memberUsageByOffer(db: Database, memberId: string, offerIds: readonly string[]) {
  const today = shanghaiDate();
  const ids = sql.join(
    offerIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const rows = await executeRows<{ offer_id: string; total: number; today: number }>(
    db,
    sql`select offer_id, coalesce(sum(total), 0)::int as total, coalesce(sum(today), 0)::int as today from (
          select offer_id, count(*) as total, count(*) filter (where claim_date = ${today}) as today
          from offer_claims where member_id = ${memberId} and offer_id in (${ids}) and ${COUNTED}
          group by offer_id
          union all
          select offer_id, count(*), count(*) filter (where (created_at at time zone 'Asia/Shanghai')::date = ${today}::date)
          from voucher_purchases where member_id = ${memberId} and offer_id in (${ids}) and status = 'pending_payment'
          group by offer_id
        ) usage group by offer_id`,
  );
  return new Map(rows.map((row): [string, Usage] => [row.offer_id, { total: row.total, today: row.today }]));
}

export async function memberUsage(db: Database, memberId: string, offerId: string): Promise<Usage> {
  return (await memberUsageByOffer(db, memberId, [offerId])).get(offerId) ?? { total: 0, today: 0 };
}

function limitFromUsage(offer: Pick<OfferRow, 'perMemberLimit' | 'perMemberDailyLimit'>, usage: Usage) {
  if (offer.perMemberLimit !== null && usage.total >= offer.perMemberLimit) return new LimitReached('total');
  if (offer.perMemberDailyLimit !== null && usage.today >= offer.perMemberDailyLimit) return new LimitReached('daily');
  return null;
}

/** Checks per-member limits; call it while holding the (member, offer) advisory lock. */
export async function limitProblem(
  db: Database,
  memberId: string,
  offer: Pick<OfferRow, 'id' | 'perMemberLimit' | 'perMemberDailyLimit'>,
): Promise<LimitReached | null> {
  if (offer.perMemberLimit === null && offer.perMemberDailyLimit === null) return null;
  return limitFromUsage(offer, await memberUsage(db, memberId, offer.id));
}

/** Serialises one member's claims and purchases on one offer until the transaction ends. */
export async function lockMemberOffer(tx: Database, memberId: string, offerId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`offer-claim:${memberId}:${offerId}`}, 0))`);
}

// Commit-then-fail lives in common/outcome.ts; re-exported for the offers services.
export { settle, commitThenFail, type Outcome };

/**
 * A member claims one unit of an offer. Per-member limits are serialised by an advisory lock on
 * (member, offer), taken before anything is read, so a member's parallel claims queue up and each
 * sees the ones before it; stock is taken by a conditional UPDATE that only succeeds while stock
 * remains. Nothing is decided on a value read earlier without a lock.
 */
export async function claimOffer(
  db: Database,
  actorUserId: string,
  member: ViewerMember,
  offerId: string,
): Promise<ClaimRow> {
  return settle<ClaimRow>(db, async (tx) => {
    await lockMemberOffer(tx, member.id, offerId);
    const offer = await tx.query.offers.findFirst({
      where: { id: offerId },
      with: { audienceUnion: { columns: { path: true } } },
    });
    // An offer never published is its merchant's business: answered like none (docs/api.md).
    if (!offer || neverPublished(offer)) return { error: new NotFound('优惠') };
    const inactive = activeProblem(offer);
    if (inactive) return { error: inactive };
    const ineligible = audienceProblem(offer, member);
    if (ineligible) return { error: ineligible };
    if (offer.kind === 'prepaid_voucher') return { error: new PaymentRequired() };

    const limited = await limitProblem(tx, member.id, offer);
    if (limited) return { error: limited };

    if (offer.stockRemaining !== null && offer.stockRemaining <= 0) await releaseExpiredClaims(tx, { offerId });
    const now = new Date();
    const [taken] = await tx
      .update(offers)
      .set({
        stockRemaining: sql`${offers.stockRemaining} - 1`,
        claimCount: sql`${offers.claimCount} + 1`,
      })
      .where(
        and(
          eq(offers.id, offerId),
          eq(offers.status, 'published'),
          lte(offers.validFrom, now),
          gt(offers.validUntil, now),
          or(isNull(offers.stockRemaining), gt(offers.stockRemaining, 0)),
        ),
      )
      .returning({ validUntil: offers.validUntil, codeValidHours: offers.codeValidHours });
    if (!taken) {
      const current = await tx.query.offers.findFirst({ where: { id: offerId }, columns: { stockRemaining: true } });
      return { error: current?.stockRemaining === 0 ? new OfferSoldOut() : new OfferNotActive() };
    }

    const expiresAt = new Date(Math.min(now.getTime() + taken.codeValidHours * 3600_000, taken.validUntil.getTime()));
    // A code collision (1 in ~10^11 per pair) is retried rather than failing the claim.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const [claim] = await tx
        .insert(offerClaims)
        .values({
          offerId,
          merchantId: offer.merchantId,
          memberId: member.id,
          code: newRedemptionCode(),
          claimDate: shanghaiDate(now),
          expiresAt,
        })
        .onConflictDoNothing({ target: offerClaims.code })
        .returning();
      if (claim) {
        await recordAudit(tx, {
          actorUserId,
          action: 'offer.claimed',
          subjectType: 'offer_claim',
          subjectId: claim.id,
          toState: 'active',
          data: { offerId, memberId: member.id },
        });
        return { ok: claim };
      }
    }
    throw new Error('could not allocate a unique redemption code');
  });
}

/** A member gives back an unused, unexpired claim; its unit of stock returns to the offer. */
export async function cancelClaim(db: Database, actorUserId: string, memberId: string, claimId: string) {
  return settle<ClaimRow>(db, async (tx) => {
    const [cancelled] = await tx
      .update(offerClaims)
      .set({ status: 'cancelled', cancelledAt: new Date() })
      .where(
        and(
          eq(offerClaims.id, claimId),
          eq(offerClaims.memberId, memberId),
          eq(offerClaims.status, 'active'),
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
    await tx
      .update(offers)
      .set({ stockRemaining: sql`${offers.stockRemaining} + 1` })
      .where(and(eq(offers.id, cancelled.offerId), sql`${offers.stockRemaining} is not null`));
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

/**
 * Merchant staff redeem a code at one of their stores. Exactly once: the claim moves from
 * active to redeemed in one conditional UPDATE that also checks the merchant, the store and the
 * expiry, so of many simultaneous scans only one finds the row still active.
 */
export async function redeemCode(
  db: Database,
  /** Merchant staff at the counter, or the merchant's till system through its API key. */
  actor: { userId: string | null; apiClientId: string | null },
  input: { code: string | null; storeId: string; merchantId: string },
): Promise<ClaimRow> {
  const { code, storeId, merchantId } = input;
  if (code === null) throw new CodeUnknown();
  return settle<ClaimRow>(db, async (tx) => {
    const now = new Date();
    const [redeemed] = await tx
      .update(offerClaims)
      .set({ status: 'redeemed', redeemedAt: now, redeemedStoreId: storeId, redeemedByUserId: actor.userId })
      .where(
        and(
          eq(offerClaims.code, code),
          eq(offerClaims.status, 'active'),
          gt(offerClaims.expiresAt, now),
          eq(offerClaims.merchantId, merchantId),
          sql`exists (select 1 from offer_stores where offer_stores.offer_id = ${offerClaims.offerId}
                      and offer_stores.store_id = ${storeId})`,
        ),
      )
      .returning();
    if (redeemed) {
      await tx
        .update(offers)
        .set({ redemptionCount: sql`${offers.redemptionCount} + 1` })
        .where(eq(offers.id, redeemed.offerId));
      await recordAudit(tx, {
        actorUserId: actor.userId,
        actorApiClientId: actor.apiClientId,
        action: 'offer_claim.redeemed',
        subjectType: 'offer_claim',
        subjectId: redeemed.id,
        fromState: 'active',
        toState: 'redeemed',
        data: { storeId, offerId: redeemed.offerId },
      });
      return { ok: redeemed };
    }
    // Why not: classified after the fact, never used to decide the redemption itself.
    const claim = await tx.query.offerClaims.findFirst({ where: { code } });
    if (!claim || claim.status === 'cancelled') return { error: new CodeUnknown() };
    if (claim.merchantId !== merchantId) return { error: new WrongMerchant() };
    if (claim.status === 'redeemed') return { error: new CodeAlreadyRedeemed(claim.redeemedAt!) };
    if (claim.status === 'expired' || claim.expiresAt <= now) {
      await releaseExpiredClaims(tx, { offerId: claim.offerId });
      return { error: new CodeExpired() };
    }
    return { error: new WrongStore() };
  });
}

export interface ClaimEligibility {
  canClaim: boolean;
  error: DomainError | null;
}

/**
 * What an offer shows the signed-in member: could a claim succeed now, and if not, why. Advisory
 * only (the claim decides under its lock). `usageOf` is batched per request, so a page of offers
 * costs one usage query, not one per offer.
 */
export async function claimEligibility(
  member: ViewerMember | null,
  offer: OfferRow & { audienceUnion: { path: string } | null },
  usageOf: (offerId: string) => Promise<Usage>,
): Promise<ClaimEligibility> {
  const problem =
    activeProblem(offer) ??
    audienceProblem(offer, member) ??
    (offer.stockRemaining === 0 ? new OfferSoldOut() : null);
  if (problem) return { canClaim: false, error: problem };
  if (offer.perMemberLimit !== null || offer.perMemberDailyLimit !== null) {
    const limited = limitFromUsage(offer, await usageOf(offer.id));
    if (limited) return { canClaim: false, error: limited };
  }
  // A prepaid voucher is bought rather than claimed; canClaim then means "may buy".
  return { canClaim: true, error: null };
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
