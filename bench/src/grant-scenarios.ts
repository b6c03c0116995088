/**
 * The grant scenarios: union staff going through a call's applications with their reviews and
 * scores, and a reviewer's queue (reads, each with a hand-written baseline), and reviewers
 * submitting their scores (a write that locks the application, as two reviewers finishing at once
 * must not both miss the move to decision_pending).
 */
import type { Sql } from 'postgres';
import { BENCH_REVIEW_COMMENT, GRANT_STAFF_PHONE_BASE, REVIEWER_PHONE_BASE, globalId, grantStaffToken, reviewerToken, tokenHash } from './fixtures.ts';
import type { Scenario } from './scenarios.ts';

const PAGE = 20;
const cny = (amount: number | string) => ({ amount: Number(amount), currency: 'CNY' });
const upper = (value: string) => value.toUpperCase();
const decode = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;
/** Scores come as numeric text (exact), as schema/src/grants/scores.service.ts computes them. */
const score = (value: string | null) => (value === null ? null : Number(value));

const CALL_APPLICATIONS = /* GraphQL */ `
  query GrantCallApplications($id: ID!, $first: Int) {
    node(id: $id) {
      ... on GrantCall {
        id title remainingBudget { amount currency }
        applications(first: $first) {
          totalCount
          nodes {
            id studioName applicantName status requestedAmount { amount currency } weightedAverageScore
            tier { name }
            reviews(first: 5) { nodes { id status reviewerName weightedScore } }
          }
        }
      }
    }
  }`;

async function callApplicationsBaseline(sql: Sql, v: Record<string, any>, token: string | undefined) {
  const id = decode(v.id);
  const first: number = v.first ?? PAGE;
  const [call] = await sql`
    select c.id, c.title, c.budget_fen, c.approved_fen,
      exists (select 1 from sessions s join role_grants g on g.user_id = s.user_id join unions gu on gu.id = g.union_id
        where s.token_hash = ${tokenHash(token ?? '')} and s.revoked_at is null and s.expires_at > now()
          and g.role = 'union_staff' and cu.path like gu.path || '%') as allowed
    from grant_calls c join unions cu on cu.id = c.union_id where c.id = ${id}`;
  if (!call) return { node: null };
  let applications = null;
  if (call.allowed) {
    const [rows, [count]] = await Promise.all([
      sql`
        select a.id, a.studio_name, m.real_name, a.status, a.requested_fen, t.name as tier_name,
          (select round(avg(per_review.score), 2)::text from (
            select sum(s.score * cr.weight)::numeric / sum(cr.weight) as score
            from grant_reviews r join grant_review_scores s on s.review_id = r.id join grant_criteria cr on cr.id = s.criterion_id
            where r.application_id = a.id and r.status = 'submitted' group by r.id) per_review) as average
        from grant_applications a join members m on m.id = a.applicant_member_id join grant_tiers t on t.id = a.tier_id
        where a.call_id = ${id} and a.status <> 'draft'
        order by a.created_at, a.id limit ${first}`,
      sql`select count(*)::int as n from grant_applications where call_id = ${id} and status <> 'draft'`,
    ]);
    const ids = rows.map((r) => r.id);
    const reviews = ids.length
      ? await sql`
        select x.*, (select round(sum(s.score * cr.weight)::numeric / nullif(sum(cr.weight), 0), 2)::text from grant_review_scores s join grant_criteria cr on cr.id = s.criterion_id
          where s.review_id = x.id) as weighted
        from (select r.id, r.application_id, r.status, u.display_name,
                row_number() over (partition by r.application_id order by r.created_at, r.id) as n
              from grant_reviews r join users u on u.id = r.reviewer_user_id
              where r.application_id in ${sql(ids)}) x
        where x.n <= 5 order by x.application_id, x.n`
      : [];
    applications = {
      totalCount: count!.n,
      nodes: rows.map((a) => ({
        id: globalId('GrantApplication', a.id),
        studioName: a.studio_name,
        applicantName: a.real_name,
        status: upper(a.status),
        requestedAmount: cny(a.requested_fen),
        weightedAverageScore: score(a.average),
        tier: { name: a.tier_name },
        reviews: {
          nodes: reviews
            .filter((r) => r.application_id === a.id)
            .map((r) => ({ id: globalId('GrantReview', r.id), status: upper(r.status), reviewerName: r.display_name, weightedScore: score(r.weighted) })),
        },
      })),
    };
  }
  return {
    node: {
      id: globalId('GrantCall', call.id),
      title: call.title,
      remainingBudget: cny(Number(call.budget_fen) - Number(call.approved_fen)),
      applications,
    },
  };
}

const REVIEW_QUEUE = /* GraphQL */ `
  query GrantReviewQueue($first: Int) {
    myGrantReviews(first: $first) {
      nodes {
        id status submittedAt weightedScore
        application { id studioName applicantName status requestedAmount { amount currency } tier { name } call { title } }
      }
    }
  }`;

async function reviewQueueBaseline(sql: Sql, v: Record<string, any>, token: string | undefined) {
  const rows = await sql`
    select r.id, r.status, r.submitted_at, a.id as application_id, a.studio_name, m.real_name, a.status as application_status,
      a.requested_fen, t.name as tier_name, c.title as call_title,
      (select round(sum(s.score * cr.weight)::numeric / nullif(sum(cr.weight), 0), 2)::text from grant_review_scores s join grant_criteria cr on cr.id = s.criterion_id
        where s.review_id = r.id) as weighted
    from sessions se
      join grant_reviews r on r.reviewer_user_id = se.user_id
      join grant_applications a on a.id = r.application_id
      join members m on m.id = a.applicant_member_id
      join grant_tiers t on t.id = a.tier_id
      join grant_calls c on c.id = a.call_id
    where se.token_hash = ${tokenHash(token ?? '')} and se.revoked_at is null and se.expires_at > now()
      and exists (select 1 from role_grants g where g.user_id = se.user_id and g.role = 'grant_reviewer')
    order by r.created_at desc, r.id desc limit ${v.first ?? PAGE}`;
  return {
    myGrantReviews: {
      nodes: rows.map((r) => ({
        id: globalId('GrantReview', r.id),
        status: upper(r.status),
        submittedAt: r.submitted_at ? r.submitted_at.toISOString() : null,
        weightedScore: score(r.weighted),
        application: {
          id: globalId('GrantApplication', r.application_id),
          studioName: r.studio_name,
          applicantName: r.real_name,
          status: upper(r.application_status),
          requestedAmount: cny(r.requested_fen),
          tier: { name: r.tier_name },
          call: { title: r.call_title },
        },
      })),
    },
  };
}

const SUBMIT_REVIEW = /* GraphQL */ `
  mutation SubmitGrantReview($input: SubmitGrantReviewInput!) {
    submitGrantReview(input: $input) {
      __typename
      ... on SubmitGrantReviewSuccess { review { id status weightedScore application { status } } }
      ... on Error { code }
    }
  }`;

export interface GrantData {
  /** Generated calls, each with the token of a staff member of its union. */
  calls: { id: string; token: string }[];
  reviewerTokens: string[];
  /** Reviews waiting for their reviewer's scores: what the submission scenario submits. */
  assigned: { id: string; token: string; criteria: string[] }[];
}

/** Puts back the reviews the submission scenario submitted (found by their comment), and their applications. */
export async function resetSubmittedReviews(sql: Sql) {
  const done = await sql<{ id: string; application_id: string }[]>`
    select id, application_id from grant_reviews where comment = ${BENCH_REVIEW_COMMENT}`;
  if (done.length === 0) return;
  const reviewIds = done.map((r) => r.id);
  const applicationIds = [...new Set(done.map((r) => r.application_id))];
  await sql.begin(async (tx) => {
    await tx`delete from grant_review_scores where review_id in ${tx(reviewIds)}`;
    await tx`update grant_reviews set status = 'assigned', comment = null, submitted_at = null where id in ${tx(reviewIds)}`;
    // Generated applications are never decision_pending: these got there through the scenario.
    await tx`update grant_applications set status = 'under_review' where id in ${tx(applicationIds)} and status = 'decision_pending'`;
  });
}

/** Reads what the grant scenarios need from the generated data (after putting back a previous run's writes). */
export async function loadGrantData(query: <T>(text: string) => Promise<T[]>, sql: Sql | undefined): Promise<GrantData> {
  if (sql) await resetSubmittedReviews(sql);
  const calls = await query<{ id: string; phone: string }>(`
    select c.id, u.phone from grant_calls c
      join role_grants g on g.union_id = c.union_id and g.role = 'union_staff'
      join users u on u.id = g.user_id and u.phone like '18%'
    order by c.id`);
  const reviewers = await query<{ phone: string }>(`select phone from users where phone like '17%' order by phone`);
  const assigned = await query<{ id: string; phone: string; criteria: string[] }>(`
    select r.id, u.phone, (select array_agg(cr.id::text order by cr.position) from grant_criteria cr where cr.call_id = a.call_id) as criteria
    from grant_reviews r join grant_applications a on a.id = r.application_id join users u on u.id = r.reviewer_user_id
    where r.status = 'assigned' and a.status = 'under_review' and u.phone like '17%'
    order by r.id`);
  return {
    calls: calls.map((c) => ({ id: c.id, token: grantStaffToken(Number(c.phone) - GRANT_STAFF_PHONE_BASE) })),
    reviewerTokens: reviewers.map((r) => reviewerToken(Number(r.phone) - REVIEWER_PHONE_BASE)),
    assigned: assigned.map((r) => ({ id: r.id, token: reviewerToken(Number(r.phone) - REVIEWER_PHONE_BASE), criteria: r.criteria })),
  };
}

export function grantScenarios(grants: GrantData): Scenario[] {
  return [
    {
      name: 'grant-call-applications',
      description: '工会工作人员查看资助项目的申请：20 份，含档次、加权平均分与各评审的得分',
      kind: 'read',
      query: CALL_APPLICATIONS,
      variants: (_d, _l, rng) =>
        Array.from({ length: 100 }, () => {
          const call = rng.pick(grants.calls);
          return { variables: { id: globalId('GrantCall', call.id), first: PAGE }, token: call.token };
        }),
      baseline: callApplicationsBaseline,
    },
    {
      name: 'grant-review-queue',
      description: '评审专家的评审任务：最近 20 项，含申请、档次、项目与本人得分',
      kind: 'read',
      query: REVIEW_QUEUE,
      variants: (_d, _l, rng) => Array.from({ length: 100 }, () => ({ variables: { first: PAGE }, token: rng.pick(grants.reviewerTokens) })),
      baseline: reviewQueueBaseline,
    },
    {
      name: 'submit-grant-review',
      description: '评审专家提交评分（每个请求一项不同的待评审任务；锁定申请，末份评审使其转为待决定）',
      kind: 'write',
      query: SUBMIT_REVIEW,
      // Every level starts from the same assigned reviews: the reset puts them back.
      variants: (_d, _l, rng) =>
        grants.assigned.map((review) => ({
          variables: {
            input: {
              review: globalId('GrantReview', review.id),
              scores: review.criteria.map((criterion) => ({ criterion: globalId('GrantCriterion', criterion), score: rng.int(2, 5) })),
              comment: BENCH_REVIEW_COMMENT,
            },
          },
          token: review.token,
        })),
      reset: (sql) => resetSubmittedReviews(sql),
      countWrites: async (sql) =>
        (await sql`select count(*)::int as n from grant_reviews where comment = ${BENCH_REVIEW_COMMENT} and status = 'submitted'`)[0]!.n,
    },
  ];
}
