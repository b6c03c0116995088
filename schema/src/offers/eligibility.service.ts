import { executeRows, type Database } from '@huigong/db';
import { sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { shanghaiToday } from '../common/dates.ts';
import type { DomainError } from '../common/errors.ts';
import { LimitReached, NotEligible, OfferNotActive, OfferSoldOut } from './errors.ts';
import type { OfferRow } from './offers.service.ts';

// Who may claim or buy an offer, and how much of it they already hold. Claims and voucher
// purchases decide with these under the (member, offer) lock; the Offer type shows them.

export type ViewerMember = NonNullable<Viewer['member']>;

/** Claims that count against a member's limits: used or still usable. */
const COUNTED = sql`status in ('active', 'redeemed')`;

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

/** Claimable: published and inside its window (the same test as takeStock's conditional UPDATE). */
/** Drafts and offers under review are seen only by their merchant and reviewers. */

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
  const today = shanghaiToday();
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

/**
 * Takes the (member, offer) lock, then loads the offer with what its audience rule needs: the
 * start of every claim and voucher purchase, so a member's parallel attempts queue up.
 */
export async function lockedOffer(tx: Database, memberId: string, offerId: string) {
  await lockMemberOffer(tx, memberId, offerId);
  return tx.query.offers.findFirst({ where: { id: offerId }, with: { audienceUnion: { columns: { path: true } } } });
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
