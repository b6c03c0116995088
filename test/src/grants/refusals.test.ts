import { createHash } from 'node:crypto';
import { grantApplications, grantBudgetLines, grantDocuments, grantTiers, grantTranches } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import {
  APPLICATION,
  applicationAwaitingDecision,
  applicationInput,
  APPROVE_TRANCHE,
  ASSIGN_REVIEWER,
  CREATE_APPLICATION,
  CREATE_CALL,
  callInput,
  createCall,
  DECIDE,
  DECLARE_CONFLICT,
  FINANCE_APPROVE_TRANCHE,
  ME_ID,
  money,
  move,
  PDF_BASE64,
  pdf,
  RECORD_PAYMENT,
  REQUEST_TRANCHE,
  START_REVIEW,
  START_SCREENING,
  SUBMIT,
  SUBMIT_REVIEW,
  trancheMove,
  UNION_ID,
  UPDATE_APPLICATION,
  type Reviewer,
} from './fixtures.ts';

const CALL_APPLICATIONS = /* GraphQL */ `
  query Apps($id: ID!) {
    node(id: $id) { ... on GrantCall { title applications(first: 10) { totalCount nodes { studioName status } } } }
  }
`;
const GRANT_ROLE = /* GraphQL */ `
  mutation Grant($input: GrantUnionRoleInput!) {
    grantUnionRole(input: $input) { __typename ... on Error { code message } }
  }
`;

let env: TestEnvironment;
let staff: GraphQLClient;
let luoyangStaff: GraphQLClient;
let finance: GraphQLClient;
let zhou: GraphQLClient;
let wu: GraphQLClient;
let li: GraphQLClient;
let wang: GraphQLClient;
let reviewerA: Reviewer;
let reviewerB: Reviewer;
let shandong: string;
let call: Awaited<ReturnType<typeof createCall>>;
const tier = (name: string) => call.tiers.find((t) => t.name === name)!.id;

const code = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  env = await createTestEnvironment();
  [staff, luoyangStaff, finance, zhou, wu, li, wang] = await Promise.all([
    env.as(demo.shandongStaff),
    env.as(demo.luoyangStaff),
    env.as(demo.shandongFinance),
    env.as(demo.memberZhou),
    env.as(demo.memberWu),
    env.as(demo.memberLi),
    env.as(demo.memberWang),
  ]);
  const [a, b] = await Promise.all([env.as(demo.reviewerQian), env.as(demo.reviewerSong)]);
  reviewerA = { client: a, userId: (await a.query(ME_ID)).me.id };
  reviewerB = { client: b, userId: (await b.query(ME_ID)).me.id };
  shandong = (await env.anonymous.query(UNION_ID, { code: '370000' })).unionByCode.id;
  call = await createCall(staff, shandong, {
    tiers: [
      { name: '齐鲁工匠', minAmount: money(5_000_000), requiredTitle: 'CRAFTSMAN' },
      { name: '区间档', minAmount: money(5_000_000), maxAmount: money(10_000_000), requiredTitle: 'CRAFTSMAN' },
      { name: '齐鲁大工匠', minAmount: money(25_000_000), requiredTitle: 'MASTER_CRAFTSMAN', requiresDistinction: true },
    ],
  });
});
afterAll(() => env?.close());

describe('wrong role', () => {
  it('lets only staff governing the union open a call', async () => {
    const input = callInput(shandong);
    expect(code(await env.anonymous.request(CREATE_CALL, { input }))).toBe('UNAUTHENTICATED');
    expect(code(await zhou.request(CREATE_CALL, { input }))).toBe('FORBIDDEN');
    expect(code(await luoyangStaff.request(CREATE_CALL, { input }))).toBe('FORBIDDEN');
    expect(code(await finance.request(CREATE_CALL, { input }))).toBe('FORBIDDEN');
  });

  it('shows an application to its applicant and the call’s staff and finance only', async () => {
    const created = await wu.query(CREATE_APPLICATION, { input: applicationInput(call.id, tier('齐鲁工匠'), 5_000_000) });
    const id = created.createGrantApplication.application.id;
    // A draft is the applicant's alone.
    expect(code(await staff.request(APPLICATION, { id }))).toBe('FORBIDDEN');
    await move(wu, SUBMIT, { application: id });
    expect((await wu.query(APPLICATION, { id })).node.studioName).toBe('测试创新工作室');
    expect((await staff.query(APPLICATION, { id })).node.studioName).toBe('测试创新工作室');
    expect((await finance.query(APPLICATION, { id })).node.studioName).toBe('测试创新工作室');
    for (const outsider of [zhou, luoyangStaff, reviewerA.client]) {
      expect(code(await outsider.request(APPLICATION, { id }))).toBe('FORBIDDEN');
    }
    const listed = await staff.query(CALL_APPLICATIONS, { id: call.id });
    expect(listed.node.applications.totalCount).toBe(1);
    for (const outsider of [luoyangStaff, wu]) {
      const denied = await outsider.request(CALL_APPLICATIONS, { id: call.id });
      expect(code(denied)).toBe('FORBIDDEN');
      expect(denied.data.node).toMatchObject({ applications: null });
    }
  });

  it('lets each move be made only by its role', async () => {
    const created = await zhou.query(CREATE_APPLICATION, {
      input: applicationInput(call.id, tier('齐鲁大工匠'), 25_000_000, { distinctions: ['MAJOR_BREAKTHROUGH'] }),
    });
    const id = created.createGrantApplication.application.id;
    expect(code(await staff.request(SUBMIT, { input: { application: id } }))).toBe('FORBIDDEN');
    await move(zhou, SUBMIT, { application: id });
    expect(code(await zhou.request(START_SCREENING, { input: { application: id } }))).toBe('FORBIDDEN');
    expect(code(await luoyangStaff.request(START_SCREENING, { input: { application: id } }))).toBe('FORBIDDEN');
    expect(code(await finance.request(START_SCREENING, { input: { application: id } }))).toBe('FORBIDDEN');
    await move(staff, START_SCREENING, { application: id });
    expect(
      code(await zhou.request(ASSIGN_REVIEWER, { input: { application: id, reviewer: reviewerA.userId } })),
    ).toBe('FORBIDDEN');
    const assigned = await staff.query(ASSIGN_REVIEWER, { input: { application: id, reviewer: reviewerA.userId } });
    const reviewId = assigned.assignGrantReviewer.review.id;
    await staff.query(ASSIGN_REVIEWER, { input: { application: id, reviewer: reviewerB.userId } });
    await move(staff, START_REVIEW, { application: id });
    const scores = call.criteria.map((c) => ({ criterion: c.id, score: 5 }));
    // Only the assigned reviewer scores their own review; not another reviewer, not staff.
    for (const other of [reviewerB.client, staff, zhou]) {
      expect(code(await other.request(SUBMIT_REVIEW, { input: { review: reviewId, scores } }))).toBe('FORBIDDEN');
      expect(code(await other.request(DECLARE_CONFLICT, { input: { review: reviewId, reason: '冒名声明' } }))).toBe(
        'FORBIDDEN',
      );
    }
    // The applicant cannot decide their own application, nor can finance.
    for (const other of [zhou, finance, luoyangStaff]) {
      expect(
        code(await other.request(DECIDE, { input: { application: id, decision: 'APPROVE', rationale: '自己批准' } })),
      ).toBe('FORBIDDEN');
    }
  });
});

describe('amounts', () => {
  it('keeps every tier between ¥50,000 and ¥250,000, in the API and in the database', async () => {
    for (const [tiers, field] of [
      [[{ name: '过低', minAmount: money(4_999_999), requiredTitle: 'CRAFTSMAN' }], 'input.tiers.0.minAmount.amount'],
      [[{ name: '过高', minAmount: money(5_000_000), maxAmount: money(25_000_001), requiredTitle: 'CRAFTSMAN' }], 'input.tiers.0.maxAmount.amount'],
      [[{ name: '倒置', minAmount: money(10_000_000), maxAmount: money(6_000_000), requiredTitle: 'CRAFTSMAN' }], 'input.tiers.0.maxAmount'],
    ] as const) {
      const result = await staff.query(CREATE_CALL, { input: callInput(shandong, { tiers }) });
      expect(result.createGrantCall.__typename).toBe('InputValidationError');
      expect(result.createGrantCall.fieldErrors.map((e: any) => e.field.join('.'))).toContain(field);
    }
    const callId = decodeGlobalId(call.id).id;
    await expect(
      env.db.insert(grantTiers).values({
        callId,
        position: 9,
        name: '绕过接口',
        minAmountFen: 4_999_999,
        maxAmountFen: 5_000_000,
        requiredTitle: 'craftsman',
      }),
    ).rejects.toThrow();
    await expect(
      env.db.insert(grantTiers).values({
        callId,
        position: 9,
        name: '绕过接口',
        minAmountFen: 5_000_000,
        maxAmountFen: 25_000_001,
        requiredTitle: 'craftsman',
      }),
    ).rejects.toThrow();
  });

  it('refuses an amount outside the tier or outside ¥50,000–¥250,000', async () => {
    const outsideRange = await zhou.query(CREATE_APPLICATION, {
      input: applicationInput(call.id, tier('区间档'), 4_000_000),
    });
    expect(outsideRange.createGrantApplication.__typename).toBe('InputValidationError');
    expect(outsideRange.createGrantApplication.fieldErrors[0].field).toEqual(['input', 'requestedAmount', 'amount']);

    const aboveTier = await zhou.query(CREATE_APPLICATION, {
      input: applicationInput(call.id, tier('区间档'), 12_000_000),
    });
    expect(aboveTier.createGrantApplication).toMatchObject({
      __typename: 'AmountOutsideTier',
      code: 'AMOUNT_OUTSIDE_TIER',
      min: { amount: 5_000_000 },
      max: { amount: 10_000_000 },
    });
    const notFixed = await zhou.query(CREATE_APPLICATION, {
      input: applicationInput(call.id, tier('齐鲁工匠'), 6_000_000),
    });
    expect(notFixed.createGrantApplication).toMatchObject({ __typename: 'AmountOutsideTier', message: '该档次的资助金额固定为 50000 元' });
  });

  it('refuses budget lines that do not add up to the amount, on create and on update', async () => {
    const input = applicationInput(call.id, tier('区间档'), 8_000_000, {
      budgetLines: [
        { item: '设备购置', amount: money(5_000_000) },
        { item: '培训', amount: money(2_999_999) },
      ],
    });
    const result = await li.query(CREATE_APPLICATION, { input });
    // 李建国 is a Luoyang craftsman: not eligible for a Shandong call, whatever the lines.
    expect(result.createGrantApplication.__typename).toBe('GrantNotEligible');

    const mismatch = await wu.query(CREATE_APPLICATION, { input });
    expect(mismatch.createGrantApplication).toMatchObject({
      __typename: 'BudgetLinesMismatch',
      code: 'BUDGET_LINES_MISMATCH',
      linesTotal: { amount: 7_999_999 },
      requested: { amount: 8_000_000 },
    });
  });

  it('keeps budget lines adding up in the database too, checked at commit', async () => {
    const sub = await createCall(staff, shandong, { title: '预算明细约束测试' });
    const created = await zhou.query(CREATE_APPLICATION, {
      input: applicationInput(sub.id, sub.tiers[0]!.id, 5_000_000),
    });
    const id = decodeGlobalId(created.createGrantApplication.application.id).id;
    await expect(
      env.db.insert(grantBudgetLines).values({ applicationId: id, position: 9, item: '绕过接口', amountFen: 1 }),
    ).rejects.toThrow();
    await expect(
      env.db.update(grantApplications).set({ requestedFen: 6_000_000 }).where(eq(grantApplications.id, id)),
    ).rejects.toThrow();
    // Moving money between lines in one transaction is fine.
    await env.db.transaction(async (tx) => {
      await tx.update(grantBudgetLines).set({ amountFen: 2_500_000 }).where(eq(grantBudgetLines.applicationId, id));
    });
    const lines = await env.db.select().from(grantBudgetLines).where(eq(grantBudgetLines.applicationId, id));
    expect(lines.map((l) => l.amountFen)).toEqual([2_500_000, 2_500_000]);
  });

  it('refuses an approval above the request or outside the tier', async () => {
    const sub = await createCall(staff, shandong, {
      title: '核定金额测试',
      reviewersPerApplication: 1,
      tiers: [{ name: '区间档', minAmount: money(5_000_000), maxAmount: money(10_000_000), requiredTitle: 'CRAFTSMAN' }],
    });
    const id = await applicationAwaitingDecision({
      staff,
      applicant: wu,
      reviewers: [reviewerA],
      call: sub,
      tierName: '区间档',
      amount: 8_000_000,
    });
    const above = await staff.query(DECIDE, {
      input: { application: id, decision: 'APPROVE', amount: money(9_000_000), rationale: '多批一些' },
    });
    expect(above.decideGrantApplication.__typename).toBe('InputValidationError');
    expect(above.decideGrantApplication.fieldErrors[0]).toMatchObject({ field: ['input', 'amount'], code: 'EXCEEDS_REQUEST' });
    const badTranches = await staff.query(DECIDE, {
      input: {
        application: id,
        decision: 'APPROVE',
        rationale: '同意资助',
        tranches: [{ label: '一次拨付', amount: money(7_000_000) }],
      },
    });
    expect(badTranches.decideGrantApplication.fieldErrors[0]).toMatchObject({ code: 'TRANCHES_MISMATCH' });
    const ok = await staff.query(DECIDE, {
      input: {
        application: id,
        decision: 'APPROVE',
        rationale: '同意资助',
        tranches: [
          { label: '立项后', amount: money(3_000_000) },
          { label: '中期后', amount: money(3_000_000) },
          { label: '验收后', amount: money(2_000_000) },
        ],
      },
    });
    expect(ok.decideGrantApplication.application.tranches.map((t: any) => t.amount.amount)).toEqual([
      3_000_000, 3_000_000, 2_000_000,
    ]);
  });
});

describe('eligibility and state', () => {
  it('keeps the top tier for master craftsmen with a distinction, and applications for titled members of the region', async () => {
    const asCraftsman = await wu.query(CREATE_APPLICATION, {
      input: applicationInput(call.id, tier('齐鲁大工匠'), 25_000_000, { distinctions: ['MAJOR_BREAKTHROUGH'] }),
    });
    expect(asCraftsman.createGrantApplication).toMatchObject({ __typename: 'GrantNotEligible', code: 'GRANT_NOT_ELIGIBLE' });

    const sub = await createCall(staff, shandong, { title: '荣誉条件测试' });
    const master = sub.tiers.find((t) => t.name === '齐鲁大工匠')!.id;
    const noDistinction = await zhou.query(CREATE_APPLICATION, {
      input: applicationInput(sub.id, master, 25_000_000),
    });
    expect(noDistinction.createGrantApplication.__typename).toBe('GrantNotEligible');
    expect(noDistinction.createGrantApplication.message).toContain('荣誉');

    const untitled = await wang.query(CREATE_APPLICATION, {
      input: applicationInput(sub.id, sub.tiers[0]!.id, 5_000_000),
    });
    expect(untitled.createGrantApplication).toMatchObject({ __typename: 'GrantNotEligible', message: '你所在的工会不在本项目的申报范围内' });
    expect(code(await staff.request(CREATE_APPLICATION, { input: applicationInput(sub.id, master, 25_000_000) }))).toBe(
      'FORBIDDEN',
    );
  });

  it('allows one live application per member per call, and only inside the window', async () => {
    const sub = await createCall(staff, shandong, { title: '重复申请测试' });
    const input = applicationInput(sub.id, sub.tiers[0]!.id, 5_000_000, { eligibilityAttested: false });
    const first = await wu.query(CREATE_APPLICATION, { input });
    expect(first.createGrantApplication.__typename).toBe('CreateGrantApplicationSuccess');
    const second = await wu.query(CREATE_APPLICATION, { input });
    expect(second.createGrantApplication.__typename).toBe('GrantApplicationExists');

    const id = first.createGrantApplication.application.id;
    const unattested = await wu.query(SUBMIT, { input: { application: id } });
    expect(unattested.submitGrantApplication).toMatchObject({ __typename: 'GrantNotEligible', message: '提交前须确认符合全部基本条件' });
    await wu.query(UPDATE_APPLICATION, { input: { application: id, eligibilityAttested: true } });
    await move(wu, SUBMIT, { application: id });
    const twice = await wu.query(SUBMIT, { input: { application: id } });
    expect(twice.submitGrantApplication).toMatchObject({ __typename: 'InvalidTransition', fromState: 'submitted', toState: 'submitted' });
    const edit = await wu.query(UPDATE_APPLICATION, { input: { application: id, plan: '提交后再修改计划内容' } });
    expect(edit.updateGrantApplication).toMatchObject({ __typename: 'InvalidTransition', fromState: 'submitted', toState: 'update' });
    const early = await staff.query(DECIDE, { input: { application: id, decision: 'APPROVE', rationale: '跳过评审' } });
    expect(early.decideGrantApplication).toMatchObject({ __typename: 'InvalidTransition', fromState: 'submitted', toState: 'approved' });

    const now = Date.now();
    const closed = await createCall(staff, shandong, {
      title: '已截止项目',
      opensAt: new Date(now - 10 * 86_400_000).toISOString(),
      closesAt: new Date(now - 86_400_000).toISOString(),
    });
    const late = await wu.query(CREATE_APPLICATION, { input: applicationInput(closed.id, closed.tiers[0]!.id, 5_000_000) });
    expect(late.createGrantApplication).toMatchObject({ __typename: 'GrantCallNotOpen', code: 'GRANT_CALL_NOT_OPEN' });
  });

  it('checks reviewers: role, seats, complete scores in range, no conflict after scoring', async () => {
    const sub = await createCall(staff, shandong, { title: '评审规则测试', reviewersPerApplication: 1 });
    const created = await wu.query(CREATE_APPLICATION, { input: applicationInput(sub.id, sub.tiers[0]!.id, 5_000_000) });
    const id = created.createGrantApplication.application.id;
    await move(wu, SUBMIT, { application: id });
    await move(staff, START_SCREENING, { application: id });
    const wuUser = (await wu.query(ME_ID)).me.id;
    const notReviewer = await staff.query(ASSIGN_REVIEWER, { input: { application: id, reviewer: wuUser } });
    expect(notReviewer.assignGrantReviewer.__typename).toBe('NotAGrantReviewer');
    const assigned = await staff.query(ASSIGN_REVIEWER, { input: { application: id, reviewer: reviewerA.userId } });
    const reviewId = assigned.assignGrantReviewer.review.id;
    await move(staff, START_REVIEW, { application: id });

    const incomplete = await reviewerA.client.query(SUBMIT_REVIEW, {
      input: { review: reviewId, scores: [{ criterion: sub.criteria[0]!.id, score: 5 }] },
    });
    expect(incomplete.submitGrantReview.fieldErrors[0]).toMatchObject({ code: 'INCOMPLETE' });
    const outOfRange = await reviewerA.client.query(SUBMIT_REVIEW, {
      input: { review: reviewId, scores: sub.criteria.map((c) => ({ criterion: c.id, score: 6 })) },
    });
    expect(outOfRange.submitGrantReview.__typename).toBe('InputValidationError');
    const ok = await reviewerA.client.query(SUBMIT_REVIEW, {
      input: { review: reviewId, scores: sub.criteria.map((c) => ({ criterion: c.id, score: 3 })) },
    });
    expect(ok.submitGrantReview.review.application.status).toBe('DECISION_PENDING');
    const late = await reviewerA.client.query(DECLARE_CONFLICT, { input: { review: reviewId, reason: '事后回避' } });
    expect(late.declareGrantReviewConflict).toMatchObject({ __typename: 'InvalidTransition', fromState: 'submitted', toState: 'conflict_declared' });
  });
});

const ATTACH = /* GraphQL */ `
  mutation Attach($input: AttachGrantDocumentInput!) {
    attachGrantDocument(input: $input) {
      __typename
      ... on AttachGrantDocumentSuccess {
        application { missingDocuments documents { kind fileName contentType size sha256 contentBase64 } }
      }
      ... on InputValidationError { fieldErrors { field code message } }
      ... on InvalidTransition { fromState toState }
      ... on Error { code message }
    }
  }
`;

describe('required documents', () => {
  it('checks type, size and kind of attachments, and refuses to submit without them', async () => {
    const sub = await createCall(staff, shandong, { title: '材料测试' });
    const created = await wu.query(CREATE_APPLICATION, {
      input: applicationInput(sub.id, sub.tiers[0]!.id, 5_000_000, { documents: [] }),
    });
    const id = created.createGrantApplication.application.id;
    const missing = await wu.query(SUBMIT, { input: { application: id } });
    expect(missing.submitGrantApplication).toMatchObject({
      __typename: 'DocumentsMissing',
      code: 'DOCUMENTS_MISSING',
      missing: ['工作室建设方案', '企业推荐意见'],
    });

    const attach = (document: Record<string, unknown>) => wu.query(ATTACH, { input: { application: id, document } });
    const disguised = await attach({ ...pdf('工作室建设方案'), contentType: 'PNG' });
    expect(disguised.attachGrantDocument.fieldErrors[0]).toMatchObject({
      field: ['input', 'document', 'contentBase64'],
      code: 'TYPE_MISMATCH',
    });
    const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
    const script = await attach({ ...pdf('工作室建设方案'), contentBase64: html });
    expect(script.attachGrantDocument.fieldErrors[0].code).toBe('TYPE_MISMATCH');
    const unknown = await attach(pdf('身份证复印件'));
    expect(unknown.attachGrantDocument.fieldErrors[0]).toMatchObject({ field: ['input', 'document', 'kind'], code: 'UNKNOWN_DOCUMENT' });
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(66 * 1024, 0x20)]).toString('base64');
    const tooBig = await env.as(demo.memberWu).then((c) =>
      c.request(ATTACH, { input: { application: id, document: { ...pdf('工作室建设方案'), contentBase64: big } } }),
    );
    // Either the validation answers, or the 100 kB request limit does; never a stored file.
    expect(tooBig.data?.attachGrantDocument?.__typename ?? `HTTP ${tooBig.status}`).toMatch(/InputValidationError|HTTP 413/);

    await attach(pdf('工作室建设方案'));
    const done = await attach(pdf('企业推荐意见'));
    const { application } = done.attachGrantDocument;
    expect(application.missingDocuments).toEqual([]);
    expect(application.documents).toHaveLength(2);
    expect(application.documents[0]).toMatchObject({
      contentType: 'PDF',
      size: Buffer.from(PDF_BASE64, 'base64').length,
      sha256: createHash('sha256').update(Buffer.from(PDF_BASE64, 'base64')).digest('hex'),
      contentBase64: PDF_BASE64,
    });
    await move(wu, SUBMIT, { application: id });
    const late = await attach(pdf('企业推荐意见'));
    expect(late.attachGrantDocument).toMatchObject({ __typename: 'InvalidTransition', fromState: 'submitted', toState: 'attachDocument' });
    expect(code(await zhou.request(ATTACH, { input: { application: id, document: pdf('企业推荐意见') } }))).toBe('FORBIDDEN');

    await expect(
      env.db.insert(grantDocuments).values({
        applicationId: decodeGlobalId(id).id,
        kind: '绕过接口',
        fileName: 'x.html',
        contentType: 'text/html',
        sizeBytes: 4,
        sha256: 'x',
        content: Buffer.from('<h1>'),
        uploadedByUserId: (await env.db.query.users.findFirst({ columns: { id: true } }))!.id,
      }),
    ).rejects.toThrow();
  });
});

describe('the four-eyes rule on tranches', () => {
  it('refuses the same person approving both steps, with a typed error and a database CHECK', async () => {
    // 高峰 (Shandong staff) is also given the finance role, so only the four-eyes rule stands in the way.
    const admin = await env.as(demo.admin);
    const staffUser = (await staff.query(ME_ID)).me.id;
    const granted = await admin.query(GRANT_ROLE, { input: { user: staffUser, role: 'FINANCE', union: shandong } });
    expect(granted.grantUnionRole.__typename).toBe('GrantUnionRoleSuccess');
    const staffWithFinance = await env.as(demo.shandongStaff);

    const sub = await createCall(staff, shandong, { title: '拨款复核测试', reviewersPerApplication: 1 });
    const id = await applicationAwaitingDecision({
      staff,
      applicant: zhou,
      reviewers: [reviewerA],
      call: sub,
      tierName: '齐鲁工匠',
      amount: 5_000_000,
    });
    const approved = await move(staff, DECIDE, { application: id, decision: 'APPROVE', rationale: '同意资助' });
    const tranche = approved.tranches[0].id;

    // Wrong roles on each step.
    expect(code(await staff.request(REQUEST_TRANCHE, { input: { tranche } }))).toBe('FORBIDDEN');
    await trancheMove(zhou, REQUEST_TRANCHE, { tranche });
    expect(code(await finance.request(APPROVE_TRANCHE, { input: { tranche } }))).toBe('FORBIDDEN');
    expect(code(await zhou.request(APPROVE_TRANCHE, { input: { tranche } }))).toBe('FORBIDDEN');
    const early = await finance.query(FINANCE_APPROVE_TRANCHE, { input: { tranche } });
    expect(early.financeApproveGrantTranche).toMatchObject({ __typename: 'InvalidTransition', fromState: 'requested', toState: 'finance_approved' });
    await trancheMove(staffWithFinance, APPROVE_TRANCHE, { tranche });
    expect(code(await luoyangStaff.request(FINANCE_APPROVE_TRANCHE, { input: { tranche } }))).toBe('FORBIDDEN');

    const same = await staffWithFinance.query(FINANCE_APPROVE_TRANCHE, { input: { tranche } });
    expect(same.financeApproveGrantTranche).toMatchObject({
      __typename: 'SameApproverForbidden',
      code: 'SAME_APPROVER_FORBIDDEN',
    });
    const trancheId = decodeGlobalId(tranche).id;
    const [row] = await env.db.select().from(grantTranches).where(eq(grantTranches.id, trancheId));
    expect(row!.status).toBe('staff_approved');
    // The database refuses it too, whoever writes.
    await expect(
      env.db
        .update(grantTranches)
        .set({ status: 'finance_approved', financeApprovedByUserId: row!.staffApprovedByUserId })
        .where(eq(grantTranches.id, trancheId)),
    ).rejects.toThrow();

    expect(code(await zhou.request(RECORD_PAYMENT, { input: { tranche, bankReference: 'FAKE-0001' } }))).toBe('FORBIDDEN');
    const notYet = await finance.query(RECORD_PAYMENT, { input: { tranche, bankReference: 'SDZGH-0001' } });
    expect(notYet.recordGrantTranchePayment.__typename).toBe('InvalidTransition');
    await trancheMove(finance, FINANCE_APPROVE_TRANCHE, { tranche });
    const paid = await trancheMove(finance, RECORD_PAYMENT, { tranche, bankReference: 'SDZGH-0001' });
    expect(paid.status).toBe('PAID');
  });
});
