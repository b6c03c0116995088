import { jobPostings, jobRecommendations, uniqueViolation, type Database } from '@huigong/db';
import { eq, sql, type SQL } from 'drizzle-orm';
import { NotFound } from '../common/not-found.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { AlreadyRecommended, PostingNotOpen } from './errors.ts';
import { openPostingSql } from './search.service.ts';

/** Union staff recommend an open posting to a member (typically a hardship member, 困难职工). */
export async function recommendPosting(
  db: Database,
  actorUserId: string,
  input: { postingId: string; memberId: string; note?: string | null },
) {
  try {
    return await db.transaction(async (tx) => {
      const [posting] = await tx
        .select({ open: sql<boolean>`${openPostingSql(jobPostings)}` })
        .from(jobPostings)
        .where(eq(jobPostings.id, input.postingId))
        .for('share');
      if (!posting) throw new NotFound('岗位');
      if (!posting.open) throw new PostingNotOpen();
      const [recommendation] = await tx
        .insert(jobRecommendations)
        .values({ ...input, note: input.note ?? null, recommendedByUserId: actorUserId })
        .returning();
      await recordAudit(tx, {
        actorUserId,
        action: 'job_posting.recommended',
        subjectType: 'job_posting',
        subjectId: input.postingId,
        data: { memberId: input.memberId },
      });
      return recommendation!;
    });
  } catch (error) {
    if (uniqueViolation(error) === 'job_recommendations_once') throw new AlreadyRecommended();
    throw error;
  }
}

/** The city part of a union path (/national/province/city/), so recommendations stay near home. */
export function cityPrefix(unionPath: string): string {
  const codes = unionPath.split('/').filter(Boolean);
  return `/${codes.slice(0, Math.min(3, codes.length)).join('/')}/`;
}

/**
 * Ranks open postings for one member: staff recommendations first, then (for hardship members)
 * positions suitable for hardship households, then public-benefit positions; within each, the
 * categories the member asked for in their job-seeker profile.
 */
export function recommendationRankSql(
  t: typeof jobPostings,
  member: { id: string; isHardship: boolean },
): SQL<number> {
  const recommended = sql`exists (select 1 from job_recommendations r where r.posting_id = ${t.id} and r.member_id = ${member.id})`;
  const desired = sql`exists (select 1 from job_seeker_profiles s where s.member_id = ${member.id} and ${t.category} = any(s.desired_categories))`;
  const hardship = member.isHardship
    ? sql`+ (case when ${t.suitableForHardship} then 4 else 0 end) + (case when ${t.isPublicBenefit} then 2 else 0 end)`
    : sql``;
  return sql<number>`((case when ${recommended} then 8 else 0 end) ${hardship} + (case when ${desired} then 1 else 0 end))`;
}
