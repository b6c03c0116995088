import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import { AUDIT_TRAIL, REVIEWS_OF } from './fixtures.ts';

const OPEN_CALLS = /* GraphQL */ `
  query OpenCalls {
    grantCalls(openOnly: true, first: 10) {
      nodes {
        id title isOpen union { name } budget { amount } approvedTotal { amount } remainingBudget { amount }
        tiers { name minAmount { amount } maxAmount { amount } requiredTitle requiresDistinction }
      }
    }
  }
`;
const CALL_APPLICATIONS = /* GraphQL */ `
  query CallApplications($id: ID!, $first: Int, $status: GrantApplicationStatus) {
    node(id: $id) {
      ... on GrantCall {
        applications(first: $first, status: $status) {
          totalCount
          nodes {
            id studioName applicantName status requestedAmount { amount } tier { name } missingDocuments
            budgetLines { item amount { amount } } tranches { status amount { amount } }
          }
        }
      }
    }
  }
`;
const MY_APPLICATIONS = /* GraphQL */ `
  query Mine {
    myGrantApplications(first: 10) {
      nodes { id studioName status statusLabel approvedAmount { amount } tranches { position status paymentReference } }
    }
  }
`;
const MY_REVIEWS = /* GraphQL */ `
  query MyReviews($status: GrantReviewStatus) {
    myGrantReviews(first: 10, status: $status) { nodes { id status application { id studioName status } } }
  }
`;
const REVIEWERS = /* GraphQL */ `query { grantReviewers(first: 10) { nodes { id displayName } } }`;

/** Postgres orders an enum by its declaration order. */
const ORDER = ['DRAFT', 'SUBMITTED', 'SCREENING', 'INFO_REQUESTED', 'RESUBMITTED', 'UNDER_REVIEW', 'DECISION_PENDING', 'APPROVED'];

let env: TestEnvironment;
let staff: GraphQLClient;
let callId: string;

beforeAll(async () => {
  env = await createTestEnvironment();
  staff = await env.as(demo.shandongStaff);
});
afterAll(() => env?.close());

describe('the demo seed', () => {
  it('has an open call by 山东省总工会 with both tiers', async () => {
    const data = await env.anonymous.query(OPEN_CALLS);
    const call = data.grantCalls.nodes.find((c: any) => c.title === '2026年度齐鲁工匠创新工作室建设资助');
    expect(call).toMatchObject({
      isOpen: true,
      union: { name: '山东省总工会' },
      budget: { amount: 500_000_000 },
      approvedTotal: { amount: 25_000_000 },
      remainingBudget: { amount: 475_000_000 },
      tiers: [
        { name: '齐鲁工匠', minAmount: { amount: 5_000_000 }, maxAmount: { amount: 5_000_000 }, requiredTitle: 'CRAFTSMAN', requiresDistinction: false },
        { name: '齐鲁大工匠', minAmount: { amount: 25_000_000 }, maxAmount: { amount: 25_000_000 }, requiredTitle: 'MASTER_CRAFTSMAN', requiresDistinction: true },
      ],
    });
    callId = call.id;
  });

  it('shows staff the submitted applications in several states, drafts staying with their authors', async () => {
    const data = await staff.query(CALL_APPLICATIONS, { id: callId, first: 20 });
    const statuses = data.node.applications.nodes.map((a: any) => a.status).sort();
    expect(statuses).toEqual(['APPROVED', 'INFO_REQUESTED', 'SUBMITTED', 'UNDER_REVIEW']);
    const filtered = await staff.query(CALL_APPLICATIONS, { id: callId, first: 20, status: 'APPROVED' });
    expect(filtered.node.applications.nodes).toMatchObject([
      { applicantName: '周大伟', tier: { name: '齐鲁大工匠' }, missingDocuments: [] },
    ]);
    const asked = await staff.query(CALL_APPLICATIONS, { id: callId, first: 20, status: 'INFO_REQUESTED' });
    expect(asked.node.applications.nodes).toMatchObject([{ applicantName: '王立新', missingDocuments: ['所在企业推荐意见'] }]);
  });

  it('loads a page of applications in a fixed number of SQL statements, whatever its size', async () => {
    const one = await staff.request(CALL_APPLICATIONS, { id: callId, first: 1 });
    const all = await staff.request(CALL_APPLICATIONS, { id: callId, first: 20 });
    expect(one.errors).toBeUndefined();
    expect(all.data.node.applications.nodes.length).toBeGreaterThan(1);
    expect(one.sqlStatements).toBeDefined();
    expect(all.sqlStatements).toBe(one.sqlStatements);
  });

  it('shows 周大伟 his approved grant with the first tranche paid, and its audit trail', async () => {
    const zhou = await env.as(demo.memberZhou);
    const mine = await zhou.query(MY_APPLICATIONS);
    expect(mine.myGrantApplications.nodes).toMatchObject([
      {
        status: 'APPROVED',
        statusLabel: '已批准',
        approvedAmount: { amount: 25_000_000 },
        tranches: [
          { position: 0, status: 'PAID', paymentReference: 'SDZGH-2026-000123' },
          { position: 1, status: 'PLANNED', paymentReference: null },
        ],
      },
    ]);
    const trail = await zhou.query(AUDIT_TRAIL, { id: mine.myGrantApplications.nodes[0].id });
    expect(trail.node.auditTrail.nodes.map((e: any) => e.toState)).toEqual([
      'draft',
      'submitted',
      'screening',
      'under_review',
      'decision_pending',
      'approved',
    ]);
  });

  it('gives a reviewer their tasks, and other reviewers’ scores only on finished reviews', async () => {
    const song = await env.as(demo.reviewerSong);
    const open = await song.query(MY_REVIEWS, { status: 'ASSIGNED' });
    expect(open.myGrantReviews.nodes).toMatchObject([{ application: { studioName: '吴海燕家电智能制造创新工作室', status: 'UNDER_REVIEW' } }]);

    const pending = await song.request(REVIEWS_OF, { id: open.myGrantReviews.nodes[0].application.id });
    const qian = pending.data.node.reviews.nodes.find((r: any) => r.reviewerName === '评审专家·钱文博');
    expect(qian.scores).toBeNull();
    expect(pending.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const done = await song.query(MY_REVIEWS, { status: 'SUBMITTED' });
    const finished = await song.query(REVIEWS_OF, { id: done.myGrantReviews.nodes[0].application.id });
    const qianDone = finished.node.reviews.nodes.find((r: any) => r.reviewerName === '评审专家·钱文博');
    expect(qianDone.scores.map((s: any) => s.score)).toEqual([5, 4, 5]);
    expect(qianDone.weightedScore).toBe(4.7);
  });

  it('gives the organisers figures for the call, and nobody else', async () => {
    const STATISTICS = /* GraphQL */ `
      query Stats($id: ID!) {
        node(id: $id) { ... on GrantCall { statistics { byStatus { status count requested { amount } } paid { amount } } } }
      }
    `;
    for (const organiser of [staff, await env.as(demo.shandongFinance)]) {
      const data = await organiser.query(STATISTICS, { id: callId });
      expect(data.node.statistics).toEqual({
        byStatus: [
          { status: 'INFO_REQUESTED', count: 1, requested: { amount: 5_000_000 } },
          { status: 'SUBMITTED', count: 1, requested: { amount: 25_000_000 } },
          { status: 'UNDER_REVIEW', count: 1, requested: { amount: 5_000_000 } },
          { status: 'APPROVED', count: 1, requested: { amount: 25_000_000 } },
        ].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status)),
        paid: { amount: 12_500_000 },
      });
    }
    for (const outsider of [await env.as(demo.memberZhou), await env.as(demo.luoyangStaff)]) {
      const denied = await outsider.request(STATISTICS, { id: callId });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lists the grant reviewers for staff to assign, and to nobody else', async () => {
    const data = await staff.query(REVIEWERS);
    expect(data.grantReviewers.nodes.map((r: any) => r.displayName).sort()).toEqual(['评审专家·宋雅琴', '评审专家·钱文博']);
    const member = await env.as(demo.memberWu);
    expect((await member.request(REVIEWERS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
