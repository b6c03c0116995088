import { grantApplications, grantCalls, grantReviews } from '@huigong/db';

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo, withLuhnDigit } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import {
  applicationAwaitingDecision,
  applicationInput,
  ASSIGN_REVIEWER,
  CREATE_APPLICATION,
  createCall,
  DECIDE,
  ME_ID,
  money,
  move,
  START_SCREENING,
  SUBMIT,
  UNION_ID,
  type Reviewer,
} from './fixtures.ts';

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { __typename ... on SignUpSuccess { session { token } } ... on Error { code message } }
  }
`;
const MY_MEMBER = `{ me { member { id } } }`;
const SET_TITLE = /* GraphQL */ `
  mutation Flags($input: UpdateMemberFlagsInput!) {
    updateMemberFlags(input: $input) { __typename ... on Error { code message } }
  }
`;

const APPLICANTS = 8;

let env: TestEnvironment;
let staff: GraphQLClient;
let reviewer: Reviewer;
let shandong: string;
const craftsmen: GraphQLClient[] = [];

beforeAll(async () => {
  env = await createTestEnvironment();
  staff = await env.as(demo.shandongStaff);
  const reviewerClient = await env.as(demo.reviewerQian);
  reviewer = { client: reviewerClient, userId: (await reviewerClient.query(ME_ID)).me.id };
  shandong = (await env.anonymous.query(UNION_ID, { code: '370000' })).unionByCode.id;
  const haier = (await env.anonymous.query(UNION_ID, { code: 'G370212001' })).unionByCode.id;
  // Eight 齐鲁工匠 at Haier: signed up as members, then titled by Shandong staff.
  for (let i = 0; i < APPLICANTS; i += 1) {
    const signUp = await env.anonymous.query(SIGN_UP, {
      input: {
        phone: `1376600000${i}`,
        password: 'craftsman password',
        displayName: `工匠${i}`,
        memberCard: { cardNumber: withLuhnDigit(`62310037021290${i}`), realName: `工匠${i}`, union: haier },
      },
    });
    expect(signUp.signUp.__typename).toBe('SignUpSuccess');
    const client = env.anonymous.withToken(signUp.signUp.session.token);
    const member = (await client.query(MY_MEMBER)).me.member.id;
    const titled = await staff.query(SET_TITLE, {
      input: { member, craftsmanTitle: 'CRAFTSMAN', reason: '2026年度齐鲁工匠命名' },
    });
    expect(titled.updateMemberFlags.__typename).toBe('UpdateMemberFlagsSuccess');
    craftsmen.push(client);
  }
});
afterAll(() => env?.close());

const rangeCall = (budget: number, title: string) =>
  createCall(staff, shandong, {
    title,
    budget: money(budget),
    reviewersPerApplication: 1,
    tiers: [{ name: '工作室建设', minAmount: money(5_000_000), maxAmount: money(25_000_000), requiredTitle: 'CRAFTSMAN' }],
  });

describe('the call budget under parallel decisions', () => {
  it('approves only what fits when parallel approvals together exceed the budget', async () => {
    const call = await rangeCall(60_000_000, '预算并发测试');
    const ids: string[] = [];
    for (const applicant of craftsmen) {
      ids.push(
        await applicationAwaitingDecision({ staff, applicant, reviewers: [reviewer], call, tierName: '工作室建设', amount: 25_000_000 }),
      );
    }

    // Eight approvals of ¥250,000 at once against a budget of ¥600,000: two fit.
    const results = await Promise.all(
      ids.map((id) =>
        staff.query(DECIDE, { input: { application: id, decision: 'APPROVE', rationale: '评审通过，同意资助' } }),
      ),
    );
    const kinds = results.map((r) => r.decideGrantApplication.__typename);
    expect(kinds.filter((k) => k === 'DecideGrantApplicationSuccess')).toHaveLength(2);
    const refused = results.filter((r) => r.decideGrantApplication.__typename === 'CallBudgetExceeded');
    expect(refused).toHaveLength(6);
    for (const r of refused) {
      expect(r.decideGrantApplication.code).toBe('CALL_BUDGET_EXCEEDED');
      expect(r.decideGrantApplication.remaining.amount).toBe(10_000_000);
    }

    const callId = decodeGlobalId(call.id).id;
    const [stored] = await env.db.select().from(grantCalls).where(eq(grantCalls.id, callId));
    expect(stored!.approvedFen).toBe(50_000_000);
    const approved = await env.db
      .select()
      .from(grantApplications)
      .where(and(eq(grantApplications.callId, callId), eq(grantApplications.status, 'approved')));
    expect(approved).toHaveLength(2);
    expect(approved.reduce((sum, a) => sum + (a.approvedFen ?? 0), 0)).toBe(50_000_000);

    // The refused ones are still pending; one fits at a reduced amount, then the budget is spent.
    const pending = ids.filter((_, i) => results[i]!.decideGrantApplication.__typename === 'CallBudgetExceeded');
    const reduced = await staff.query(DECIDE, {
      input: { application: pending[0], decision: 'APPROVE', amount: money(10_000_000), rationale: '按剩余预算核减后资助' },
    });
    expect(reduced.decideGrantApplication.__typename).toBe('DecideGrantApplicationSuccess');
    expect(reduced.decideGrantApplication.application.approvedAmount.amount).toBe(10_000_000);
    const none = await staff.query(DECIDE, {
      input: { application: pending[1], decision: 'APPROVE', amount: money(5_000_000), rationale: '同意资助' },
    });
    expect(none.decideGrantApplication).toMatchObject({ __typename: 'CallBudgetExceeded', remaining: { amount: 0 } });
    const [spent] = await env.db.select().from(grantCalls).where(eq(grantCalls.id, callId));
    expect(spent!.approvedFen).toBe(60_000_000);
  });

  it('decides one application once, even when two decisions race', async () => {
    const call = await rangeCall(100_000_000, '重复决定并发测试');
    const id = await applicationAwaitingDecision({
      staff,
      applicant: craftsmen[0]!,
      reviewers: [reviewer],
      call,
      tierName: '工作室建设',
      amount: 20_000_000,
    });
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        staff.query(DECIDE, { input: { application: id, decision: 'APPROVE', rationale: '同意资助' } }),
      ),
    );
    const kinds = results.map((r) => r.decideGrantApplication.__typename);
    expect(kinds.filter((k) => k === 'DecideGrantApplicationSuccess')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'InvalidTransition')).toHaveLength(5);
    const [stored] = await env.db.select().from(grantCalls).where(eq(grantCalls.id, decodeGlobalId(call.id).id));
    expect(stored!.approvedFen).toBe(20_000_000);
  });

  it('fills the reviewer seats of an application exactly once under parallel assignments', async () => {
    const GRANT_ROLE = /* GraphQL */ `
      mutation Grant($input: GrantUnionRoleInput!) { grantUnionRole(input: $input) { __typename } }
    `;
    const reviewerIds = [reviewer.userId, (await (await env.as(demo.reviewerSong)).query(ME_ID)).me.id];
    for (let i = 0; i < 4; i += 1) {
      const signUp = await env.anonymous.query(SIGN_UP, {
        input: { phone: `1377700000${i}`, password: 'expert password', displayName: `专家${i}` },
      });
      const id = (await env.anonymous.withToken(signUp.signUp.session.token).query(ME_ID)).me.id;
      await staff.query(GRANT_ROLE, { input: { user: id, role: 'GRANT_REVIEWER', union: shandong } });
      reviewerIds.push(id);
    }
    const call = await createCall(staff, shandong, { title: '评审席位并发测试', reviewersPerApplication: 2 });
    const created = await craftsmen[1]!.query(CREATE_APPLICATION, {
      input: applicationInput(call.id, call.tiers[0]!.id, 5_000_000),
    });
    const id = created.createGrantApplication.application.id;
    await move(craftsmen[1]!, SUBMIT, { application: id });
    await move(staff, START_SCREENING, { application: id });
    const results = await Promise.all(
      reviewerIds.map((reviewerId) => staff.query(ASSIGN_REVIEWER, { input: { application: id, reviewer: reviewerId } })),
    );
    const kinds = results.map((r) => r.assignGrantReviewer.__typename);
    expect(kinds.filter((k) => k === 'AssignGrantReviewerSuccess')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'ReviewerSeatsFull')).toHaveLength(reviewerIds.length - 2);
    const stored = await env.db.select().from(grantReviews).where(eq(grantReviews.applicationId, decodeGlobalId(id).id));
    expect(stored).toHaveLength(2);
  });

  it('refuses, in the database itself, an approved total above the budget', async () => {
    const call = await rangeCall(30_000_000, '约束测试');
    const callId = decodeGlobalId(call.id).id;
    await expect(
      env.db.update(grantCalls).set({ approvedFen: 30_000_001 }).where(eq(grantCalls.id, callId)),
    ).rejects.toThrow();
  });
});
