import { rowsOf, type Database } from '@huigong/db';
import { sql } from 'drizzle-orm';

// Plain SQL, no GraphQL: loaded by the per-request loaders (loaders.ts) that scopes.ts reaches,
// so this module must not import the schema builder.

const idList = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}`), sql`, `);

/**
 * Weighted score of each submitted review (Σ score·weight / Σ weight, 0 to 5), averaged over the
 * reviews; null before any review is in. Computed in SQL with exact numerics, for any number of
 * applications in one statement (a page of applications is one query, not one per row).
 */
export async function weightedAverageScores(
  db: Database,
  applicationIds: readonly string[],
): Promise<Map<string, number>> {
  if (applicationIds.length === 0) return new Map();
  const result = await db.execute<{ application_id: string; average: string | null }>(sql`
    select per_review.application_id, round(avg(per_review.score), 2)::text as average
    from (
      select r.application_id, sum(s.score * c.weight)::numeric / sum(c.weight) as score
      from grant_reviews r
      join grant_review_scores s on s.review_id = r.id
      join grant_criteria c on c.id = s.criterion_id
      where r.application_id in (${idList(applicationIds)}) and r.status = 'submitted'
      group by r.application_id, r.id
    ) per_review
    group by per_review.application_id`);
  const scores = new Map<string, number>();
  for (const row of rowsOf<{ application_id: string; average: string | null }>(result)) {
    if (row.average != null) scores.set(row.application_id, Number(row.average));
  }
  return scores;
}

export async function weightedAverageScore(db: Database, applicationId: string): Promise<number | null> {
  return (await weightedAverageScores(db, [applicationId])).get(applicationId) ?? null;
}

/** The weighted score (0–5, two decimals) of each review that has scores, in one statement. */
export async function reviewWeightedScores(db: Database, reviewIds: readonly string[]): Promise<Map<string, number>> {
  if (reviewIds.length === 0) return new Map();
  const result = await db.execute<{ review_id: string; score: string | null }>(sql`
    select s.review_id, round(sum(s.score * c.weight)::numeric / nullif(sum(c.weight), 0), 2)::text as score
    from grant_review_scores s join grant_criteria c on c.id = s.criterion_id
    where s.review_id in (${idList(reviewIds)})
    group by s.review_id`);
  const scores = new Map<string, number>();
  for (const row of rowsOf<{ review_id: string; score: string | null }>(result)) {
    if (row.score != null) scores.set(row.review_id, Number(row.score));
  }
  return scores;
}
