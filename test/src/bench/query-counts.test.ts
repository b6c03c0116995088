// SQL statements per request for the main read operations, pinned (as Saleor pins its query
// counts): a change that adds a statement, or makes the count grow with the page size (an N+1),
// fails here. The server reports the count in `x-sql-statements` (EXPOSE_SQL_STATEMENT_COUNT).
import { competitionEvents, competitions, jobPostings } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';

const JOB_SEARCH = /* GraphQL */ `
  query JobSearch($first: Int, $filter: JobPostingFilter) {
    jobPostings(first: $first, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id title category datePosted
        salary { min { amount currency } max { amount currency } }
        employer { id name industry }
        region { name }
      }
    }
  }
`;

const COMPETITIONS = /* GraphQL */ `
  query Competitions($first: Int) {
    competitions(first: $first) {
      nodes {
        id title trade startsOn
        organizer { name }
        events(first: 10) { totalCount nodes { id name capacity seatsTaken waitingCount prizes { tier name quantity } } }
      }
    }
  }
`;

const ME = /* GraphQL */ `
  query Me {
    me { id displayName member { cardNumber realName isHardship union { name } } }
  }
`;

const GRANT_APPLICATIONS = /* GraphQL */ `
  query GrantApplications($first: Int, $status: GrantApplicationStatus) {
    grantCalls(first: 5) {
      nodes {
        id title budget { amount currency }
        tiers { name maxAmount { amount } }
        applications(first: $first, status: $status) {
          totalCount
          nodes {
            id status studioName applicantName requestedAmount { amount } weightedAverageScore
            budgetLines { item amount { amount } }
            reviews(first: 5) { nodes { id status reviewerName weightedScore scores { score criterion { name weight } } } }
          }
        }
      }
    }
  }
`;

// A reviewer's queue as the storefront's review page asks for it (web/src/pages/grant-reviews.graphql).
const REVIEW_QUEUE = /* GraphQL */ `
  query ReviewQueue($first: Int) {
    myGrantReviews(first: $first) {
      nodes {
        id status submittedAt weightedScore comment
        application {
          id studioName applicantName status requestedAmount { amount } tier { name }
          budgetLines { item amount { amount } }
          call { title criteria { id name weight } }
          reviews(first: 5) { nodes { id status } }
        }
      }
    }
  }
`;

const OFFER_SEARCH = /* GraphQL */ `
  query OfferSearch($first: Int, $filter: OfferSearchInput, $orderBy: OfferOrder) {
    offers(first: $first, filter: $filter, orderBy: $orderBy) {
      pageInfo { hasNextPage }
      edges {
        distanceMeters
        node {
          id title category kind remainingStock claimCount
          memberPrice { amount currency }
          merchant { id name }
          stores { distanceMeters store { name address } }
        }
      }
    }
  }
`;

const OFFER_DETAIL = /* GraphQL */ `
  query OfferDetail($id: ID!, $near: GeoPointInput) {
    node(id: $id) {
      ... on Offer {
        id title description terms kind percentPaid minSpend { amount } reduction { amount } validUntil remainingStock
        merchant { id name category }
        stores(near: $near) { distanceMeters store { id name address latitude longitude region { name } } }
      }
    }
  }
`;

const CLAIM = /* GraphQL */ `
  mutation Claim($offer: ID!) {
    claimOffer(input: { offer: $offer }) { __typename ... on ClaimOfferSuccess { claim { id } } ... on Error { code } }
  }
`;

const WALLET = /* GraphQL */ `
  query Wallet($first: Int) {
    wallet(first: $first) {
      nodes { id status code expiresAt claimedAt offer { id title merchant { name } stores { store { name } } } }
    }
  }
`;

let env: TestEnvironment;
let member: GraphQLClient;

/** Statements the server ran for one request, after checking it succeeded. */
async function statements(client: GraphQLClient, query: string, variables?: Record<string, unknown>) {
  const result = await client.request(query, variables);
  expect(result.errors).toBeUndefined();
  expect(result.sqlStatements).toBeTypeOf('number');
  return { count: result.sqlStatements!, data: result.data };
}

beforeAll(async () => {
  // Page sizes of 50 with nested lists go past the default cost ceiling, which has tests of its own.
  env = await createTestEnvironment({ env: { MAX_QUERY_COST: '100000' } });
  member = await env.as(demo.memberWang);
  // Enough rows that a page of 50 is full: copies of the demo's open postings and competitions.
  await env.db.execute(sql`
    insert into ${jobPostings} (employer_id, title, description, status, date_posted, valid_through, employment_type,
      location_union_id, location_path, salary_min_fen, salary_max_fen, category, created_by_user_id)
    select employer_id, title || '（' || n || '）', description, status, date_posted - make_interval(mins => n), valid_through,
      employment_type, location_union_id, location_path, salary_min_fen, salary_max_fen, category, created_by_user_id
    from ${jobPostings}, generate_series(1, 10) n
    where status = 'published' and valid_through > now()`);
  // Copies of the demo application under review (one review in with its scores, one assigned)
  // for every other member, so a page of 10 applications with reviews is full.
  await env.db.execute(sql`
    with template as (
      select * from grant_applications where status = 'under_review' order by created_at limit 1
    ), copies as (
      insert into grant_applications (call_id, tier_id, applicant_member_id, applicant_user_id, status, studio_name,
        enterprise, trade, team_members, requested_fen, plan, distinctions, eligibility_attested, submitted_at)
      select t.call_id, t.tier_id, m.id, m.user_id, t.status, t.studio_name || '（' || m.card_number || '）', t.enterprise,
        t.trade, t.team_members, t.requested_fen, t.plan, t.distinctions, t.eligibility_attested, t.submitted_at
      from template t join members m on m.user_id not in (select reviewer_user_id from grant_reviews)
        and not exists (select 1 from grant_applications b where b.call_id = t.call_id and b.applicant_member_id = m.id)
      returning id
    ), lines as (
      insert into grant_budget_lines (application_id, position, item, amount_fen)
      select c.id, l.position, l.item, l.amount_fen
      from copies c cross join grant_budget_lines l where l.application_id = (select id from template)
    ), reviews as (
      insert into grant_reviews (application_id, reviewer_user_id, assigned_by_user_id, status, comment, submitted_at)
      select c.id, r.reviewer_user_id, r.assigned_by_user_id, r.status, r.comment, r.submitted_at
      from copies c cross join grant_reviews r where r.application_id = (select id from template)
      returning id, reviewer_user_id
    )
    insert into grant_review_scores (review_id, criterion_id, position, score, comment)
    select copy.id, s.criterion_id, s.position, s.score, s.comment
    from reviews copy
    join grant_reviews r on r.reviewer_user_id = copy.reviewer_user_id and r.application_id = (select id from template)
    join grant_review_scores s on s.review_id = r.id`);
  const [template] = await env.db.select().from(competitions).limit(1);
  for (let i = 0; i < 55; i += 1) {
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = template!;
    const [copy] = await env.db.insert(competitions).values({ ...rest, title: `${rest.title}（第${i + 1}场）` }).returning({ id: competitions.id });
    await env.db.insert(competitionEvents).values(
      ['理论', '实操', '团队协作'].map((name, k) => ({ competitionId: copy!.id, name, kind: 'individual' as const, capacity: 10 + k })),
    );
  }
});

afterAll(async () => {
  await env?.close();
});

describe('SQL statements per request', () => {
  it('job search with employer and region: 2 statements (page and totalCount), whatever the page size', async () => {
    const small = await statements(env.anonymous, JOB_SEARCH, { first: 5 });
    const large = await statements(env.anonymous, JOB_SEARCH, { first: 50 });
    expect(small.data.jobPostings.nodes).toHaveLength(5);
    expect(large.data.jobPostings.nodes).toHaveLength(50);
    expect(small.count).toBe(2);
    expect(large.count).toBe(small.count);
    // A text filter changes the condition, not the number of statements.
    const text = await statements(env.anonymous, JOB_SEARCH, { first: 50, filter: { text: '工' } });
    expect(text.count).toBe(small.count);
  });

  it('competitions with events, seats and prizes: 1 statement, whatever the page size', async () => {
    const small = await statements(env.anonymous, COMPETITIONS, { first: 5 });
    const large = await statements(env.anonymous, COMPETITIONS, { first: 50 });
    expect(small.data.competitions.nodes).toHaveLength(5);
    expect(large.data.competitions.nodes).toHaveLength(50);
    expect(large.data.competitions.nodes.some((c: any) => c.events.nodes.length === 3)).toBe(true);
    expect(small.count).toBe(1);
    expect(large.count).toBe(small.count);
  });

  it('grant applications with budget lines, reviews and scores (union staff): 4 statements for a page of 1 and of 10', async () => {
    const staff = await env.as(demo.shandongStaff);
    // Once untracked: a call's union and a union's path are memoised per process (grants/access.ts,
    // accounts/unions.service.ts), so the first request in a process runs a statement or two more.
    await statements(staff, GRANT_APPLICATIONS, { first: 10 });
    // Applications under review all have a scored review, so pages of 1 and of 10 ask the same
    // questions (a page where nothing is scored yet skips the score statements).
    const one = await statements(staff, GRANT_APPLICATIONS, { first: 1, status: 'UNDER_REVIEW' });
    const ten = await statements(staff, GRANT_APPLICATIONS, { first: 10, status: 'UNDER_REVIEW' });
    const all = await statements(staff, GRANT_APPLICATIONS, { first: 10 });
    const sizes = (data: any) => data.grantCalls.nodes.map((c: any) => c.applications?.nodes.length ?? 0);
    expect(Math.max(...sizes(one.data))).toBe(1);
    expect(Math.max(...sizes(ten.data))).toBe(10);
    expect(Math.max(...sizes(all.data))).toBe(10);
    const applications = ten.data.grantCalls.nodes.flatMap((c: any) => c.applications?.nodes ?? []);
    expect(applications.every((a: any) => a.weightedAverageScore !== null)).toBe(true);
    const reviews = applications.flatMap((a: any) => a.reviews.nodes);
    expect(reviews.filter((r: any) => r.weightedScore !== null && r.scores.length > 0).length).toBeGreaterThanOrEqual(10);
    // Batched, each row still gets its own figures: every copy scores what its template does.
    const mixed = all.data.grantCalls.nodes.flatMap((c: any) => c.applications?.nodes ?? []);
    const template = mixed.find((a: any) => a.status === 'UNDER_REVIEW' && !a.studioName.includes('（'));
    const copies = applications.filter((a: any) => a.studioName.startsWith(`${template.studioName}（`));
    expect(copies.length).toBeGreaterThanOrEqual(9);
    expect(new Set(copies.map((a: any) => a.weightedAverageScore))).toEqual(new Set([template.weightedAverageScore]));
    expect(new Set(mixed.map((a: any) => a.status)).size).toBeGreaterThanOrEqual(3);
    // The session; the calls with tiers, applications, budget lines and reviews; the applications'
    // average scores; the reviews' scores. The scope checks run none: the staff's union is known.
    expect(one.count).toBe(4);
    expect(ten.count).toBe(one.count);
    expect(all.count).toBe(one.count);
  });

  it("a reviewer's queue with each application and its reviews: 5 statements for 1 review and for 10", async () => {
    const reviewer = await env.as(demo.reviewerQian);
    await statements(reviewer, REVIEW_QUEUE, { first: 10 });
    const one = await statements(reviewer, REVIEW_QUEUE, { first: 1 });
    const ten = await statements(reviewer, REVIEW_QUEUE, { first: 10 });
    expect(one.data.myGrantReviews.nodes).toHaveLength(1);
    expect(ten.data.myGrantReviews.nodes).toHaveLength(10);
    expect(ten.data.myGrantReviews.nodes.some((r: any) => r.weightedScore !== null)).toBe(true);
    expect(ten.data.myGrantReviews.nodes.some((r: any) => r.application.reviews.nodes.length === 2)).toBe(true);
    // The session; the reviews with their applications and calls; then, batched over the page: is
    // the viewer an active reviewer of these applications (to read them), the reviews' scores, and
    // the same reviewer check again for the applications' review lists (the loaders batch but do
    // not cache, so reads after a mutation in the same operation see it).
    expect(one.count).toBe(5);
    expect(ten.count).toBe(one.count);
  });

  it('offer search with merchant and stores: 4 statements for a page of 2 and of 10, with text or near me', async () => {
    const two = await statements(env.anonymous, OFFER_SEARCH, { first: 2 });
    const ten = await statements(env.anonymous, OFFER_SEARCH, { first: 10 });
    expect(two.data.offers.edges).toHaveLength(2);
    expect(ten.data.offers.edges.length).toBeGreaterThan(5);
    expect(ten.data.offers.edges.every((e: any) => e.node.stores.length > 0)).toBe(true);
    // The search (ids in order), the offers, their merchants, their stores: one statement each.
    expect(two.count).toBe(4);
    expect(ten.count).toBe(two.count);
    // Text and "near me" change the search statement, not the number of statements.
    const text = await statements(env.anonymous, OFFER_SEARCH, { first: 10, filter: { text: '火锅' } });
    expect(text.data.offers.edges.length).toBeGreaterThan(0);
    expect(text.count).toBe(two.count);
    const near = await statements(env.anonymous, OFFER_SEARCH, {
      first: 10,
      filter: { near: { latitude: 34.62, longitude: 112.45 }, withinMeters: 50000 },
      orderBy: 'DISTANCE',
    });
    expect(near.data.offers.edges.length).toBeGreaterThan(0);
    expect(near.count).toBe(two.count);
  });

  it('offer detail with merchant and stores (distance-sorted): 2 statements', async () => {
    const list = await statements(env.anonymous, OFFER_SEARCH, { first: 10 });
    const withMostStores = list.data.offers.edges.map((e: any) => e.node).sort((a: any, b: any) => b.stores.length - a.stores.length)[0];
    const detail = await statements(env.anonymous, OFFER_DETAIL, { id: withMostStores.id, near: { latitude: 34.62, longitude: 112.45 } });
    expect(detail.data.node.stores.length).toBe(withMostStores.stores.length);
    expect(detail.count).toBe(2);
  });

  it("a member's wallet: 3 statements for 1 claim shown and for 5 (no write on the read)", async () => {
    const wallet = await env.as(demo.memberYang);
    const list = await statements(env.anonymous, OFFER_SEARCH, { first: 20, filter: { audience: 'ALL_MEMBERS' } });
    let claimed = 0;
    for (const edge of list.data.offers.edges) {
      const result = await wallet.request(CLAIM, { offer: edge.node.id });
      if (result.data?.claimOffer?.__typename === 'ClaimOfferSuccess') claimed += 1;
      if (claimed === 5) break;
    }
    expect(claimed).toBe(5);
    const one = await statements(wallet, WALLET, { first: 1 });
    const five = await statements(wallet, WALLET, { first: 5 });
    expect(one.data.wallet.nodes).toHaveLength(1);
    expect(five.data.wallet.nodes).toHaveLength(5);
    // The session, the lazy expiry of this member's lapsed claims, the claims with their offers
    // and merchants, the offers' stores.
    expect(one.count).toBe(3);
    expect(five.count).toBe(one.count);
  });

  it("a member's me query: 2 statements (the session with its viewer, then the fields)", async () => {
    const me = await statements(member, ME);
    expect(me.data.me.member.cardNumber).toBeTruthy();
    expect(me.count).toBe(2);
  });
});
