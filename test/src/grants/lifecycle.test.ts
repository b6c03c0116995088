import { ACCEPT_CURRENT } from '../accounts/consent-fixture.ts';
import { grantCalls } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import {
  APPLICATION,
  APPROVE_TRANCHE,
  ASSIGN_REVIEWER,
  AUDIT_TRAIL,
  applicationInput,
  CREATE_APPLICATION,
  createCall,
  DECIDE,
  DECLARE_CONFLICT,
  FINANCE_APPROVE_TRANCHE,
  ME_ID,
  move,
  RECORD_FAILURE,
  RECORD_PAYMENT,
  REQUEST_INFO,
  REPORTS_OF,
  REQUEST_TRANCHE,
  RESUBMIT,
  REVIEW_REPORT,
  REVIEWS_OF,
  START_REVIEW,
  START_SCREENING,
  SUBMIT,
  SUBMIT_REPORT,
  SUBMIT_REVIEW,
  trancheMove,
  UNION_ID,
  UPDATE_APPLICATION,
  WEIGHTED_AVERAGE,
  WITHDRAW,
} from './fixtures.ts';

const GRANT_ROLE = /* GraphQL */ `
  mutation Grant($input: GrantUnionRoleInput!) {
    grantUnionRole(input: $input) {
      __typename
      ... on Error { code message }
      ... on GrantUnionRoleSuccess { grant { role union { code } } }
    }
  }
`;
const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { __typename ... on SignUpSuccess { session { token } } ... on Error { code message } }
  }
`;

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

let env: TestEnvironment;
let staff: GraphQLClient;
let finance: GraphQLClient;
let zhou: GraphQLClient;
let wu: GraphQLClient;
let reviewerA: GraphQLClient;
let reviewerB: GraphQLClient;
let reviewerC: GraphQLClient;
let shandong: string;
const userIds: Record<string, string> = {};

beforeAll(async () => {
  env = await createTestEnvironment();
  [staff, finance, zhou, wu, reviewerA, reviewerB] = await Promise.all([
    env.as(demo.shandongStaff),
    env.as(demo.shandongFinance),
    env.as(demo.memberZhou),
    env.as(demo.memberWu),
    env.as(demo.reviewerQian),
    env.as(demo.reviewerSong),
  ]);
  shandong = (await env.anonymous.query(UNION_ID, { code: '370000' })).unionByCode.id;
  // A third expert, appointed by Shandong staff, to replace a reviewer who declares a conflict.
  const signUp = await env.anonymous.query(SIGN_UP, {
    input: { phone: '13700000777', password: 'expert password 1', displayName: '评审专家·鲁明', accepted: ACCEPT_CURRENT },
  });
  reviewerC = env.anonymous.withToken(signUp.signUp.session.token);
  for (const [name, client] of [
    ['A', reviewerA],
    ['B', reviewerB],
    ['C', reviewerC],
  ] as const) {
    userIds[name] = (await client.query(ME_ID)).me.id;
  }
  const granted = await staff.query(GRANT_ROLE, { input: { user: userIds.C, role: 'GRANT_REVIEWER', union: shandong } });
  // The staff member who granted the role reads it back (the fuzz test found this refused once).
  expect(granted.grantUnionRole).toEqual({ __typename: 'GrantUnionRoleSuccess', grant: { role: 'GRANT_REVIEWER', union: null } });
  reviewerC = await env.as('13700000777', 'expert password 1');
});
afterAll(() => env?.close());

describe('a grant from call to last tranche paid', () => {
  let call: Awaited<ReturnType<typeof createCall>>;
  let appId: string;
  let reviewIds: Record<string, string> = {};

  it('lets Shandong staff open a call with both tiers, conditions, documents and a rubric', async () => {
    call = await createCall(staff, shandong);
    const data = await env.anonymous.query(
      `query C($id: ID!) { node(id: $id) { ... on GrantCall {
        title isOpen budget { amount currency } remainingBudget { amount } reviewersPerApplication
        eligibilityConditions qualifyingDistinctions requiredDocuments union { name }
        tiers { name minAmount { amount } maxAmount { amount } requiredTitle requiresDistinction }
        criteria { name weight } } } }`,
      { id: call.id },
    );
    expect(data.node).toMatchObject({
      isOpen: true,
      budget: { amount: 100_000_000, currency: 'CNY' },
      remainingBudget: { amount: 100_000_000 },
      reviewersPerApplication: 2,
      union: { name: '山东省总工会' },
      requiredDocuments: ['工作室建设方案', '企业推荐意见'],
      tiers: [
        { name: '齐鲁工匠', minAmount: { amount: 5_000_000 }, maxAmount: { amount: 5_000_000 }, requiredTitle: 'CRAFTSMAN', requiresDistinction: false },
        { name: '齐鲁大工匠', minAmount: { amount: 25_000_000 }, maxAmount: { amount: 25_000_000 }, requiredTitle: 'MASTER_CRAFTSMAN', requiresDistinction: true },
      ],
      criteria: [
        { name: '技术创新能力', weight: 40 },
        { name: '示范带动作用', weight: 30 },
        { name: '建设计划可行性', weight: 30 },
      ],
    });
    expect(data.node.eligibilityConditions).toHaveLength(5);
    expect(data.node.qualifyingDistinctions).toContain('NATIONAL_MODEL_WORKER');
  });

  it('lets a master craftsman with a distinction apply for the top tier and submit', async () => {
    const master = call.tiers.find((t) => t.name === '齐鲁大工匠')!;
    const created = await zhou.query(CREATE_APPLICATION, {
      input: applicationInput(call.id, master.id, 25_000_000, {
        studioName: '周大伟重卡装配创新工作室',
        distinctions: ['NATIONAL_MODEL_WORKER'],
      }),
    });
    expect(created.createGrantApplication.__typename).toBe('CreateGrantApplicationSuccess');
    const app = created.createGrantApplication.application;
    expect(app).toMatchObject({
      status: 'DRAFT',
      statusLabel: '草稿',
      applicantName: '周大伟',
      requestedAmount: { amount: 25_000_000, currency: 'CNY' },
      budgetLines: [{ item: '设备购置', amount: { amount: 15_000_000 } }, { item: '培训与攻关', amount: { amount: 10_000_000 } }],
    });
    appId = app.id;
    const submitted = await move(zhou, SUBMIT, { application: appId });
    expect(submitted.status).toBe('SUBMITTED');
  });

  it('goes through screening and a request for more information', async () => {
    expect((await move(staff, START_SCREENING, { application: appId })).status).toBe('SCREENING');
    const asked = await move(staff, REQUEST_INFO, { application: appId, message: '请补充企业推荐意见（盖章）' });
    expect(asked).toMatchObject({ status: 'INFO_REQUESTED', infoRequest: '请补充企业推荐意见（盖章）' });

    const seen = await zhou.query(APPLICATION, { id: appId });
    expect(seen.node).toMatchObject({ statusLabel: '需补充材料', infoRequest: '请补充企业推荐意见（盖章）' });

    const updated = await zhou.query(UPDATE_APPLICATION, {
      input: { application: appId, plan: '补充：已附企业推荐意见；三年内完成两项工艺改进，带徒十名。' },
    });
    expect(updated.updateGrantApplication.__typename).toBe('UpdateGrantApplicationSuccess');
    const resubmitted = await move(zhou, RESUBMIT, { application: appId, reason: '已补充推荐意见' });
    expect(resubmitted.status).toBe('RESUBMITTED');
  });

  it('needs every reviewer seat filled before review starts', async () => {
    const first = await staff.query(ASSIGN_REVIEWER, { input: { application: appId, reviewer: userIds.A } });
    expect(first.assignGrantReviewer.__typename).toBe('AssignGrantReviewerSuccess');
    reviewIds.A = first.assignGrantReviewer.review.id;

    const early = await staff.query(START_REVIEW, { input: { application: appId } });
    expect(early.startGrantReview).toMatchObject({ __typename: 'NotEnoughReviewers', required: 2, assigned: 1 });

    const second = await staff.query(ASSIGN_REVIEWER, { input: { application: appId, reviewer: userIds.B } });
    reviewIds.B = second.assignGrantReviewer.review.id;
    const third = await staff.query(ASSIGN_REVIEWER, { input: { application: appId, reviewer: userIds.C } });
    expect(third.assignGrantReviewer.__typename).toBe('ReviewerSeatsFull');

    expect((await move(staff, START_REVIEW, { application: appId })).status).toBe('UNDER_REVIEW');
  });

  it('replaces a reviewer who declares a conflict of interest', async () => {
    const declared = await reviewerB.query(DECLARE_CONFLICT, {
      input: { review: reviewIds.B, reason: '本人曾在该企业任技术顾问' },
    });
    expect(declared.declareGrantReviewConflict.review).toMatchObject({
      status: 'CONFLICT_DECLARED',
      conflictReason: '本人曾在该企业任技术顾问',
    });
    // Once conflicted, B no longer sees the application.
    const hidden = await reviewerB.request(APPLICATION, { id: appId });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // B cannot be put back; C takes the seat.
    const again = await staff.query(ASSIGN_REVIEWER, { input: { application: appId, reviewer: userIds.B } });
    expect(again.assignGrantReviewer.__typename).toBe('ReviewerAlreadyAssigned');
    const replacement = await staff.query(ASSIGN_REVIEWER, { input: { application: appId, reviewer: userIds.C } });
    expect(replacement.assignGrantReviewer.__typename).toBe('AssignGrantReviewerSuccess');
    reviewIds.C = replacement.assignGrantReviewer.review.id;
  });

  it('hides other reviewers’ scores until every review is in, then shows staff the weighted average', async () => {
    const scores = (values: number[]) =>
      call.criteria.map((criterion, i) => ({ criterion: criterion.id, score: values[i], comment: `第${i + 1}项意见` }));

    const a = await reviewerA.query(SUBMIT_REVIEW, {
      input: { review: reviewIds.A, scores: scores([5, 4, 3]), comment: '攻关成果突出' },
    });
    expect(a.submitGrantReview.__typename).toBe('SubmitGrantReviewSuccess');
    // (5·40 + 4·30 + 3·30) / 100
    expect(a.submitGrantReview.review).toMatchObject({ status: 'SUBMITTED', weightedScore: 4.1, application: { status: 'UNDER_REVIEW' } });

    // C has not reviewed yet: A sees the list, own scores, but not C's (and vice versa).
    const byA = await reviewerA.request(REVIEWS_OF, { id: appId });
    const nodesA = byA.data.node.reviews.nodes;
    expect(nodesA.find((r: any) => r.id === reviewIds.A).scores).toHaveLength(3);
    expect(nodesA.find((r: any) => r.id === reviewIds.C).scores).toBeNull();
    expect(byA.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
    const byC = await reviewerC.request(REVIEWS_OF, { id: appId });
    expect(byC.data.node.reviews.nodes.find((r: any) => r.id === reviewIds.A).scores).toBeNull();

    const c = await reviewerC.query(SUBMIT_REVIEW, { input: { review: reviewIds.C, scores: scores([4, 4, 4]) } });
    expect(c.submitGrantReview.review).toMatchObject({ weightedScore: 4, application: { status: 'DECISION_PENDING' } });

    const afterAll = await reviewerA.request(REVIEWS_OF, { id: appId });
    expect(afterAll.errors).toBeUndefined();
    expect(afterAll.data.node.reviews.nodes.find((r: any) => r.id === reviewIds.C).scores.map((s: any) => s.score)).toEqual([4, 4, 4]);

    const average = await staff.query(WEIGHTED_AVERAGE, { id: appId });
    expect(average.node.weightedAverageScore).toBe(4.05);
    // Only staff see the average.
    const notForReviewer = await reviewerA.request(WEIGHTED_AVERAGE, { id: appId });
    expect(notForReviewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('approves with a rationale, reserving the amount from the call budget and planning two tranches', async () => {
    const approved = await move(staff, DECIDE, {
      application: appId,
      decision: 'APPROVE',
      rationale: '评审加权平均 4.05 分，同意按大工匠档次资助',
    });
    expect(approved).toMatchObject({
      status: 'APPROVED',
      statusLabel: '已批准',
      approvedAmount: { amount: 25_000_000 },
      decisionRationale: '评审加权平均 4.05 分，同意按大工匠档次资助',
      tranches: [
        { position: 0, status: 'PLANNED', amount: { amount: 12_500_000 } },
        { position: 1, status: 'PLANNED', amount: { amount: 12_500_000 } },
      ],
    });
    const stored = await env.db.select().from(grantCalls).where(eq(grantCalls.id, decodeGlobalId(call.id).id));
    expect(stored[0]!.approvedFen).toBe(25_000_000);
    const seen = await zhou.query(APPLICATION, { id: appId });
    expect(seen.node.call.remainingBudget.amount).toBe(75_000_000);
  });

  it('pays the tranches in order, each approved by staff and then by a different person in finance', async () => {
    const { tranches } = (await zhou.query(APPLICATION, { id: appId })).node;
    const [first, second] = tranches;

    const early = await zhou.query(REQUEST_TRANCHE, { input: { tranche: second.id } });
    expect(early.requestGrantTranche.__typename).toBe('TrancheOutOfOrder');

    expect((await trancheMove(zhou, REQUEST_TRANCHE, { tranche: first.id })).status).toBe('REQUESTED');
    expect((await trancheMove(staff, APPROVE_TRANCHE, { tranche: first.id })).status).toBe('STAFF_APPROVED');
    expect((await trancheMove(finance, FINANCE_APPROVE_TRANCHE, { tranche: first.id })).status).toBe('FINANCE_APPROVED');
    const paid = await trancheMove(finance, RECORD_PAYMENT, { tranche: first.id, bankReference: 'SDZGH-2026-0001' });
    expect(paid).toMatchObject({
      status: 'PAID',
      statusLabel: '已拨付',
      paymentMethod: 'BANK_TRANSFER',
      paymentReference: 'SDZGH-2026-0001',
    });
    expect(Date.parse(paid.paidAt)).toBeGreaterThan(0);

    // The second tranche waits for the mid-term report, due six months after the decision.
    const waiting = await zhou.query(REQUEST_TRANCHE, { input: { tranche: second.id } });
    expect(waiting.requestGrantTranche).toMatchObject({ __typename: 'ReportNotAccepted', code: 'REPORT_NOT_ACCEPTED' });
    const { node } = await zhou.query(REPORTS_OF, { id: appId });
    expect(node.tranches).toEqual([
      { position: 0, report: null },
      { position: 1, report: { title: '中期报告', status: 'DUE' } },
    ]);
    expect(node.reports.map((r: any) => r.title)).toEqual(['中期报告', '结题报告']);
    const [midterm, final] = node.reports;
    const inSixMonths = new Date();
    inSixMonths.setUTCMonth(inSixMonths.getUTCMonth() + 6);
    expect(Math.abs(Date.parse(midterm.dueOn) - inSixMonths.getTime())).toBeLessThan(3 * 86_400_000);
    expect(Date.parse(final.dueOn)).toBeGreaterThan(Date.parse(midterm.dueOn));

    expect(code(await staff.request(SUBMIT_REPORT, { input: { report: midterm.id, content: '冒名提交的报告内容，工作人员不能代替受资助人提交报告。' } }))).toBe('FORBIDDEN');
    const unsubmitted = await staff.query(REVIEW_REPORT, { input: { report: midterm.id, accept: true } });
    expect(unsubmitted.reviewGrantReport).toMatchObject({ __typename: 'InvalidTransition', fromState: 'due', toState: 'accepted' });
    const first1 = await zhou.query(SUBMIT_REPORT, {
      input: { report: midterm.id, content: '完成两项工艺改进中的第一项，带徒五名，设备已到位。' },
    });
    expect(first1.submitGrantReport.report).toMatchObject({ status: 'SUBMITTED' });
    expect(code(await zhou.request(REVIEW_REPORT, { input: { report: midterm.id, accept: true } }))).toBe('FORBIDDEN');
    const noNote = await staff.query(REVIEW_REPORT, { input: { report: midterm.id, accept: false } });
    expect(noNote.reviewGrantReport.__typename).toBe('InputValidationError');
    const changes = await staff.query(REVIEW_REPORT, {
      input: { report: midterm.id, accept: false, note: '请补充经费使用明细' },
    });
    expect(changes.reviewGrantReport.report).toMatchObject({ status: 'CHANGES_REQUESTED', statusLabel: '需修改', reviewNote: '请补充经费使用明细' });
    await zhou.query(SUBMIT_REPORT, {
      input: { report: midterm.id, content: '完成第一项工艺改进，带徒五名；经费使用明细：设备 900 万分，培训 350 万分。' },
    });
    const accepted = await staff.query(REVIEW_REPORT, { input: { report: midterm.id, accept: true, note: '同意验收' } });
    expect(accepted.reviewGrantReport.report.status).toBe('ACCEPTED');

    // Now the second tranche: a failed transfer is recorded, then the retry is paid.
    await trancheMove(zhou, REQUEST_TRANCHE, { tranche: second.id });
    await trancheMove(staff, APPROVE_TRANCHE, { tranche: second.id });
    await trancheMove(finance, FINANCE_APPROVE_TRANCHE, { tranche: second.id });
    const failed = await trancheMove(finance, RECORD_FAILURE, { tranche: second.id, reason: '收款账户户名不符' });
    expect(failed).toMatchObject({ status: 'FAILED', failureReason: '收款账户户名不符' });
    const retried = await trancheMove(finance, RECORD_PAYMENT, { tranche: second.id, bankReference: 'SDZGH-2026-0002' });
    expect(retried).toMatchObject({ status: 'PAID', paymentReference: 'SDZGH-2026-0002', failureReason: null });

    const twice = await finance.query(RECORD_PAYMENT, { input: { tranche: second.id, bankReference: 'SDZGH-2026-0003' } });
    expect(twice.recordGrantTranchePayment).toMatchObject({ __typename: 'InvalidTransition', fromState: 'paid', toState: 'paid' });
  });

  it('reads the audit trail back in order, with reviewers anonymous to the applicant', async () => {
    const trail = (await zhou.query(AUDIT_TRAIL, { id: appId })).node.auditTrail;
    const moves = trail.nodes
      .filter((e: any) => e.action.startsWith('grant_application.') && e.fromState !== e.toState)
      .map((e: any) => `${e.fromState ?? '∅'}→${e.toState}`);
    expect(moves).toEqual([
      '∅→draft',
      'draft→submitted',
      'submitted→screening',
      'screening→info_requested',
      'info_requested→resubmitted',
      'resubmitted→under_review',
      'under_review→decision_pending',
      'decision_pending→approved',
    ]);
    const actions = trail.nodes.map((e: any) => e.action);
    expect(actions.filter((a: string) => a === 'grant_review.assigned')).toHaveLength(3);
    expect(actions).toContain('grant_review.conflict_declared');
    expect(actions.slice(-14)).toEqual([
      'grant_application.approved',
      'grant_tranche.requested',
      'grant_tranche.staff_approved',
      'grant_tranche.finance_approved',
      'grant_tranche.paid',
      'grant_report.submitted',
      'grant_report.changes_requested',
      'grant_report.submitted',
      'grant_report.accepted',
      'grant_tranche.requested',
      'grant_tranche.staff_approved',
      'grant_tranche.finance_approved',
      'grant_tranche.failed',
      'grant_tranche.paid',
    ]);
    const infoRequest = trail.nodes.find((e: any) => e.toState === 'info_requested');
    expect(infoRequest).toMatchObject({ reason: '请补充企业推荐意见（盖章）', actorName: '山东省总工会·高峰' });
    const conflict = trail.nodes.find((e: any) => e.action === 'grant_review.conflict_declared');
    expect(conflict.actorName).toBe('评审专家');
    const times = trail.nodes.map((e: any) => Date.parse(e.createdAt));
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    expect(trail.totalCount).toBe(trail.nodes.length);
  });
});

describe('a rejection', () => {
  it('rejects a screened application with a rationale the applicant can read', async () => {
    const call = await createCall(staff, shandong, { title: '青岛专场（测试）' });
    const tier = call.tiers.find((t) => t.name === '齐鲁工匠')!;
    const created = await wu.query(CREATE_APPLICATION, { input: applicationInput(call.id, tier.id, 5_000_000) });
    const id = created.createGrantApplication.application.id;
    await move(wu, SUBMIT, { application: id });
    await move(staff, START_SCREENING, { application: id });
    const rejected = await move(staff, DECIDE, {
      application: id,
      decision: 'REJECT',
      rationale: '工作室尚未挂牌满一年，不符合第五项条件',
    });
    expect(rejected).toMatchObject({ status: 'REJECTED', approvedAmount: null, tranches: [] });
    const seen = await wu.query(APPLICATION, { id });
    expect(seen.node).toMatchObject({
      statusLabel: '未获批准',
      decisionRationale: '工作室尚未挂牌满一年，不符合第五项条件',
      call: { remainingBudget: { amount: 100_000_000 } },
    });
    // Final: no further move.
    const after = await wu.query(RESUBMIT, { input: { application: id } });
    expect(after.resubmitGrantApplication).toMatchObject({ __typename: 'InvalidTransition', fromState: 'rejected', toState: 'resubmitted' });
  });

  it('lets an applicant withdraw before the decision and apply again', async () => {
    const call = await createCall(staff, shandong, { title: '撤回测试' });
    const tier = call.tiers.find((t) => t.name === '齐鲁工匠')!;
    const first = await wu.query(CREATE_APPLICATION, { input: applicationInput(call.id, tier.id, 5_000_000) });
    const id = first.createGrantApplication.application.id;
    const withdrawn = await move(wu, WITHDRAW, {
      application: id,
      reason: '工作室场地尚未落实',
    });
    expect(withdrawn.status).toBe('WITHDRAWN');
    const again = await wu.query(CREATE_APPLICATION, { input: applicationInput(call.id, tier.id, 5_000_000) });
    expect(again.createGrantApplication.__typename).toBe('CreateGrantApplicationSuccess');
  });
});
