import { auditEvents, grantApplications, grantCalls, grantTranches } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import {
  applicationAwaitingDecision,
  applicationInput,
  APPROVE_TRANCHE,
  ASSIGN_REVIEWER,
  CREATE_APPLICATION,
  createCall,
  DECIDE,
  FINANCE_APPROVE_TRANCHE,
  ME_ID,
  move,
  REQUEST_TRANCHE,
  RESUBMIT,
  REVIEW_REPORT,
  START_SCREENING,
  SUBMIT,
  SUBMIT_REPORT,
  trancheMove,
  UNION_ID,
  WITHDRAW,
  type Reviewer,
} from './fixtures.ts';

// viewerCan follows the lifecycle tables and who the viewer is; a refused step answers
// InvalidTransition (fromState/toState) and writes nothing.

const CALL_CAN = /* GraphQL */ `
  query CallCan($id: ID!) { node(id: $id) { ... on GrantCall { viewerCan { apply } } } }
`;

const APPLICATION_CAN = /* GraphQL */ `
  query ApplicationCan($id: ID!) {
    node(id: $id) {
      ... on GrantApplication {
        status
        viewerCan { submit resubmit withdraw startScreening requestInfo assignReviewer startReview approve reject }
        tranches { id position status viewerCan { request approve financeApprove recordPayment payWithStripe recordFailure } }
        reports { id title status viewerCan { submit accept requestChanges } }
      }
    }
  }
`;

const REVIEW_CAN = /* GraphQL */ `
  query ReviewCan($id: ID!) { node(id: $id) { ... on GrantReview { status viewerCan { submit declareConflict } } } }
`;

const NONE = {
  submit: false,
  resubmit: false,
  withdraw: false,
  startScreening: false,
  requestInfo: false,
  assignReviewer: false,
  startReview: false,
  approve: false,
  reject: false,
};

let env: TestEnvironment;
let staff: GraphQLClient;
let finance: GraphQLClient;
let wu: GraphQLClient;
let zhou: GraphQLClient;
let reviewerA: Reviewer;
let reviewerB: Reviewer;
let call: Awaited<ReturnType<typeof createCall>>;
const tier = (name: string) => call.tiers.find((t) => t.name === name)!.id;

const applicationCan = async (client: GraphQLClient, id: string) => (await client.query(APPLICATION_CAN, { id })).node;
const uuid = (globalId: string) => decodeGlobalId(globalId).id;

async function trailLength(applicationId: string) {
  return (await env.db.select().from(auditEvents).where(eq(auditEvents.subjectId, uuid(applicationId)))).length;
}

beforeAll(async () => {
  env = await createTestEnvironment();
  [staff, finance, wu, zhou] = await Promise.all([
    env.as(demo.shandongStaff),
    env.as(demo.shandongFinance),
    env.as(demo.memberWu),
    env.as(demo.memberZhou),
  ]);
  const [a, b] = await Promise.all([env.as(demo.reviewerQian), env.as(demo.reviewerSong)]);
  reviewerA = { client: a, userId: (await a.query(ME_ID)).me.id };
  reviewerB = { client: b, userId: (await b.query(ME_ID)).me.id };
  const shandong = (await env.anonymous.query(UNION_ID, { code: '370000' })).unionByCode.id;
  call = await createCall(staff, shandong);
});
afterAll(() => env?.close());

describe('viewerCan', () => {
  it('lets members apply to an open call, and nobody else', async () => {
    expect((await wu.query(CALL_CAN, { id: call.id })).node.viewerCan).toEqual({ apply: true });
    expect((await env.anonymous.query(CALL_CAN, { id: call.id })).node.viewerCan).toEqual({ apply: false });
    expect((await staff.query(CALL_CAN, { id: call.id })).node.viewerCan).toEqual({ apply: false });
  });

  it('follows an application through its states, for the applicant, staff, finance and a reviewer', async () => {
    const created = await wu.query(CREATE_APPLICATION, { input: applicationInput(call.id, tier('齐鲁工匠'), 5_000_000) });
    const id = created.createGrantApplication.application.id as string;

    // A draft: the applicant may submit or withdraw it, and not apply to the call a second time.
    expect((await applicationCan(wu, id)).viewerCan).toEqual({ ...NONE, submit: true, withdraw: true });
    expect((await wu.query(CALL_CAN, { id: call.id })).node.viewerCan).toEqual({ apply: false });

    await move(wu, SUBMIT, { application: id });
    expect((await applicationCan(wu, id)).viewerCan).toEqual({ ...NONE, withdraw: true });
    expect((await applicationCan(staff, id)).viewerCan).toEqual({ ...NONE, startScreening: true });
    expect((await applicationCan(finance, id)).viewerCan).toEqual(NONE);

    // A refused step: the applicant cannot resubmit what was not sent back. Nothing is written.
    const before = await trailLength(id);
    const refused = await wu.query(RESUBMIT, { input: { application: id } });
    expect(refused.resubmitGrantApplication).toMatchObject({
      __typename: 'InvalidTransition',
      code: 'INVALID_TRANSITION',
      fromState: 'submitted',
      toState: 'resubmitted',
    });
    expect(await trailLength(id)).toBe(before);
    const [row] = await env.db.select().from(grantApplications).where(eq(grantApplications.id, uuid(id)));
    expect(row!.status).toBe('submitted');

    await move(staff, START_SCREENING, { application: id });
    expect((await applicationCan(staff, id)).viewerCan).toEqual({
      ...NONE,
      requestInfo: true,
      assignReviewer: true,
      startReview: true,
      reject: true,
    });
    expect((await applicationCan(wu, id)).viewerCan).toEqual({ ...NONE, withdraw: true });

    // Approving before review is refused, and reserves nothing of the budget.
    const callRow = async () => (await env.db.select().from(grantCalls).where(eq(grantCalls.id, uuid(call.id))))[0]!;
    const approvedBefore = (await callRow()).approvedFen;
    const early = await staff.query(DECIDE, { input: { application: id, decision: 'APPROVE', rationale: '跳过评审直接批准' } });
    expect(early.decideGrantApplication).toMatchObject({ __typename: 'InvalidTransition', fromState: 'screening', toState: 'approved' });
    expect((await callRow()).approvedFen).toBe(approvedBefore);

    // A reviewer assigned during screening may declare a conflict, and score only once review starts.
    const assigned = await staff.query(ASSIGN_REVIEWER, { input: { application: id, reviewer: reviewerA.userId } });
    const reviewId = assigned.assignGrantReviewer.review.id as string;
    expect((await reviewerA.client.query(REVIEW_CAN, { id: reviewId })).node.viewerCan).toEqual({
      submit: false,
      declareConflict: true,
    });
    expect((await staff.query(REVIEW_CAN, { id: reviewId })).node.viewerCan).toEqual({ submit: false, declareConflict: false });
    expect((await applicationCan(reviewerA.client, id)).viewerCan).toEqual(NONE);

    // Withdrawn: nothing more for anyone, and the member may apply again.
    await move(wu, WITHDRAW, { application: id });
    expect((await applicationCan(wu, id)).viewerCan).toEqual(NONE);
    expect((await wu.query(CALL_CAN, { id: call.id })).node.viewerCan).toEqual({ apply: true });
    expect((await applicationCan(staff, id)).viewerCan).toEqual(NONE);
    expect((await reviewerA.client.query(REVIEW_CAN, { id: reviewId })).node.viewerCan.submit).toBe(false);
  });

  it('shows tranche and report steps to the party who takes them, in order', async () => {
    const id = await applicationAwaitingDecision({
      staff,
      applicant: zhou,
      reviewers: [reviewerA, reviewerB],
      call,
      tierName: '齐鲁工匠',
      amount: 5_000_000,
    });
    expect((await applicationCan(staff, id)).viewerCan).toEqual({ ...NONE, approve: true, reject: true });
    await move(staff, DECIDE, { application: id, decision: 'APPROVE', rationale: '评审通过，同意资助' });

    const mine = await applicationCan(zhou, id);
    const [first, second] = mine.tranches;
    expect(first.viewerCan).toMatchObject({ request: true, approve: false, financeApprove: false });
    // The second tranche waits for the first to be paid.
    expect(second.viewerCan.request).toBe(false);
    expect((await applicationCan(staff, id)).tranches[0].viewerCan.request).toBe(false);

    await trancheMove(zhou, REQUEST_TRANCHE, { tranche: first.id });
    expect((await applicationCan(zhou, id)).tranches[0].viewerCan.request).toBe(false);
    expect((await applicationCan(staff, id)).tranches[0].viewerCan).toMatchObject({ approve: true, financeApprove: false });
    expect((await applicationCan(finance, id)).tranches[0].viewerCan).toMatchObject({ approve: false, financeApprove: false });

    // Finance cannot review before staff approve: refused, and nothing is written.
    const refused = await finance.query(FINANCE_APPROVE_TRANCHE, { input: { tranche: first.id } });
    expect(refused.financeApproveGrantTranche).toMatchObject({
      __typename: 'InvalidTransition',
      fromState: 'requested',
      toState: 'finance_approved',
    });
    const [tranche] = await env.db.select().from(grantTranches).where(eq(grantTranches.id, uuid(first.id)));
    expect(tranche).toMatchObject({ status: 'requested', financeApprovedByUserId: null });

    await trancheMove(staff, APPROVE_TRANCHE, { tranche: first.id });
    expect((await applicationCan(finance, id)).tranches[0].viewerCan).toEqual({
      request: false,
      approve: false,
      financeApprove: true,
      recordPayment: false,
      payWithStripe: false,
      recordFailure: false,
    });
    await trancheMove(finance, FINANCE_APPROVE_TRANCHE, { tranche: first.id });
    expect((await applicationCan(finance, id)).tranches[0].viewerCan).toMatchObject({
      financeApprove: false,
      recordPayment: true,
      payWithStripe: true,
      recordFailure: true,
    });
    expect((await applicationCan(staff, id)).tranches[0].viewerCan).toMatchObject({ recordPayment: false, payWithStripe: false });

    // Reports: the grantee submits, staff accept or ask for changes.
    const midterm = mine.reports.find((r: { title: string }) => r.title === '中期报告');
    expect(midterm.viewerCan).toEqual({ submit: true, accept: false, requestChanges: false });
    expect((await applicationCan(staff, id)).reports[0].viewerCan).toEqual({ submit: false, accept: false, requestChanges: false });
    const early = await staff.query(REVIEW_REPORT, { input: { report: midterm.id, accept: true } });
    expect(early.reviewGrantReport).toMatchObject({ __typename: 'InvalidTransition', fromState: 'due', toState: 'accepted' });
    const submitted = await zhou.query(SUBMIT_REPORT, {
      input: { report: midterm.id, content: '工作室已完成首期建设，带徒三名，经费按预算使用，进展符合计划。' },
    });
    expect(submitted.submitGrantReport.__typename).toBe('SubmitGrantReportSuccess');
    const staffView = (await applicationCan(staff, id)).reports.find((r: { id: string }) => r.id === midterm.id);
    expect(staffView.viewerCan).toEqual({ submit: false, accept: true, requestChanges: true });
    const zhouView = (await applicationCan(zhou, id)).reports.find((r: { id: string }) => r.id === midterm.id);
    expect(zhouView.viewerCan).toEqual({ submit: false, accept: false, requestChanges: false });
  });
});
