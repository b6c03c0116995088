import { auditEvents, jobApplications, jobPostings } from '@huigong/db';
import { shanghaiDate } from '@huigong/schema/common/dates';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import {
  APPLY,
  CLOSE_POSTING,
  CREATE_FAIR,
  CREATE_POSTING,
  REGISTER_FAIR,
  REVIEW_POSTING,
  SET_APPLICATION_STATUS,
  SUBMIT_POSTING,
  UPDATE_POSTING,
  WITHDRAW_APPLICATION,
  employerStaff,
  postingInput,
} from './fixtures.ts';

// viewerCan follows the lifecycle tables (schema/src/jobs/lifecycle.ts) and who the viewer is, and a
// refused step is InvalidTransition { fromState toState } that writes nothing.

const POSTING_CAN = /* GraphQL */ `
  query PostingCan($id: ID!) {
    node(id: $id) {
      # employer is selected beside viewerCan, which loads the employer's status through the same relation.
      ... on JobPosting { status employer { name } viewerCan { edit submit approve return close fill apply } }
    }
  }
`;
const APPLICATION_CAN = /* GraphQL */ `
  query ApplicationCan($id: ID!) {
    node(id: $id) { ... on JobApplication { status viewerCan { view interview offer hire reject withdraw } } }
  }
`;
const EMPLOYER_CAN = /* GraphQL */ `
  query EmployerCan($id: ID!) { node(id: $id) { ... on Employer { status viewerCan { verify reject submitPostings joinFair } } } }
`;
const FAIR_CAN = /* GraphQL */ `
  query FairCan($id: ID!) { node(id: $id) { ... on JobFair { viewerCan { join register cancelRegistration } } } }
`;

const NONE = { edit: false, submit: false, approve: false, return: false, close: false, fill: false, apply: false };

let env: TestEnvironment;
let jianxiId: string;
let yto: GraphQLClient;
let luoyang: GraphQLClient;
let zhengzhou: GraphQLClient;
let wang: GraphQLClient;

beforeAll(async () => {
  env = await createTestEnvironment();
  jianxiId = (await env.anonymous.query(`{ unionByCode(code: "410305") { id } }`)).unionByCode.id;
  [yto, luoyang, zhengzhou, wang] = await Promise.all([
    env.as(employerStaff.yto),
    env.as(demo.luoyangStaff),
    env.as(demo.zhengzhouStaff),
    env.as(demo.memberWang),
  ]);
});
afterAll(() => env?.close());

/** Audit entries about one row: a refused step must not add any. */
async function auditCount(globalId: string): Promise<number> {
  const [row] = await env.db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.subjectId, decodeGlobalId(globalId).id));
  return Number(row!.n);
}

describe('JobPosting.viewerCan and JobApplication.viewerCan', () => {
  let postingId: string;
  let applicationId: string;

  it('follows a posting from draft to published, per viewer', async () => {
    const me = (await yto.query(`{ myEmployers { id } }`)).myEmployers[0].id;
    const created = await yto.query(CREATE_POSTING, { input: { employer: me, posting: postingInput(jianxiId, { title: '数控车工' }) } });
    postingId = created.createJobPosting.posting.id;

    expect((await yto.query(POSTING_CAN, { id: postingId })).node.viewerCan).toEqual({ ...NONE, edit: true, submit: true, close: true, fill: true });
    // Region staff moderate (close) any posting of their region, but review only what was submitted.
    expect((await luoyang.query(POSTING_CAN, { id: postingId })).node.viewerCan).toEqual({ ...NONE, close: true, fill: true });

    expect((await yto.query(SUBMIT_POSTING, { id: postingId })).submitJobPosting.__typename).toBe('SubmitJobPostingSuccess');
    expect((await yto.query(POSTING_CAN, { id: postingId })).node.viewerCan).toEqual({ ...NONE, edit: true, close: true, fill: true });
    expect((await luoyang.query(POSTING_CAN, { id: postingId })).node.viewerCan).toEqual({
      ...NONE,
      approve: true,
      return: true,
      close: true,
      fill: true,
    });

    const approved = await luoyang.query(REVIEW_POSTING, { input: { id: postingId, approve: true } });
    expect(approved.reviewJobPosting.posting.status).toBe('PUBLISHED');
    expect((await yto.query(POSTING_CAN, { id: postingId })).node.viewerCan).toEqual({ ...NONE, edit: true, close: true, fill: true });
    expect((await luoyang.query(POSTING_CAN, { id: postingId })).node.viewerCan).toEqual({ ...NONE, close: true, fill: true });
    // Strangers: staff of another region, another employer, anonymous callers.
    expect((await zhengzhou.query(POSTING_CAN, { id: postingId })).node.viewerCan).toEqual(NONE);
    expect((await (await env.as(employerStaff.zmj)).query(POSTING_CAN, { id: postingId })).node.viewerCan).toEqual(NONE);
    expect((await env.anonymous.query(POSTING_CAN, { id: postingId })).node.viewerCan).toEqual(NONE);
    expect((await wang.query(POSTING_CAN, { id: postingId })).node.viewerCan).toEqual({ ...NONE, apply: true });
  });

  it('refuses a second review with InvalidTransition and writes nothing', async () => {
    const { id } = decodeGlobalId(postingId);
    const before = await env.db.query.jobPostings.findFirst({ where: { id } });
    const audits = await auditCount(postingId);
    const again = await luoyang.query(REVIEW_POSTING, { input: { id: postingId, approve: false, note: '再审一次' } });
    expect(again.reviewJobPosting).toEqual({ __typename: 'InvalidTransition', code: 'INVALID_TRANSITION', fromState: 'published', toState: 'draft', message: '岗位当前为“招聘中”，不能变更为“草稿”' });
    expect(await env.db.query.jobPostings.findFirst({ where: { id } })).toEqual(before);
    expect(await auditCount(postingId)).toBe(audits);
  });

  it('turns the applicant’s withdraw on while the application is live, and off after', async () => {
    const applied = await wang.query(APPLY, { input: { posting: postingId, note: '有叉车证' } });
    applicationId = applied.applyForJob.application.id;
    expect((await wang.query(POSTING_CAN, { id: postingId })).node.viewerCan.apply).toBe(false);

    const live = { view: false, interview: false, offer: false, hire: false, reject: false };
    expect((await wang.query(APPLICATION_CAN, { id: applicationId })).node.viewerCan).toEqual({ ...live, withdraw: true });
    expect((await yto.query(APPLICATION_CAN, { id: applicationId })).node.viewerCan).toEqual({
      view: true,
      interview: true,
      offer: false,
      hire: false,
      reject: true,
      withdraw: false,
    });

    expect((await wang.query(WITHDRAW_APPLICATION, { id: applicationId })).withdrawJobApplication.application.status).toBe('WITHDRAWN');
    expect((await wang.query(APPLICATION_CAN, { id: applicationId })).node.viewerCan).toEqual({ ...live, withdraw: false });
    expect((await yto.query(APPLICATION_CAN, { id: applicationId })).node.viewerCan).toEqual({ ...live, withdraw: false });
  });

  it('refuses moving or withdrawing a withdrawn application with InvalidTransition and writes nothing', async () => {
    const { id } = decodeGlobalId(applicationId);
    const before = await env.db.select().from(jobApplications).where(eq(jobApplications.id, id));
    const audits = await auditCount(applicationId);
    const moved = await yto.query(SET_APPLICATION_STATUS, { input: { id: applicationId, status: 'VIEWED' } });
    expect(moved.updateJobApplicationStatus).toEqual({ __typename: 'InvalidTransition', code: 'INVALID_TRANSITION', fromState: 'withdrawn', toState: 'viewed', message: '求职申请当前为“已撤回”，不能变更为“已查看”' });
    const twice = await wang.query(WITHDRAW_APPLICATION, { id: applicationId });
    expect(twice.withdrawJobApplication).toEqual({ __typename: 'InvalidTransition', code: 'INVALID_TRANSITION', fromState: 'withdrawn', toState: 'withdrawn', message: '求职申请当前为“已撤回”，不能变更为“已撤回”' });
    expect(await env.db.select().from(jobApplications).where(eq(jobApplications.id, id))).toEqual(before);
    expect(await auditCount(applicationId)).toBe(audits);
  });

  it('closes the posting, after which nothing is possible and an edit is refused by name', async () => {
    expect((await yto.query(CLOSE_POSTING, { input: { id: postingId, filled: false } })).closeJobPosting.posting.status).toBe('CLOSED');
    expect((await yto.query(POSTING_CAN, { id: postingId })).node.viewerCan).toEqual(NONE);
    expect((await wang.query(POSTING_CAN, { id: postingId })).node.viewerCan).toEqual(NONE);

    const { id } = decodeGlobalId(postingId);
    const [before] = await env.db.select().from(jobPostings).where(eq(jobPostings.id, id));
    const audits = await auditCount(postingId);
    const edit = await yto.query(UPDATE_POSTING, { input: { id: postingId, posting: postingInput(jianxiId, { title: '改名' }) } });
    expect(edit.updateJobPosting).toEqual({ __typename: 'InvalidTransition', code: 'INVALID_TRANSITION', fromState: 'closed', toState: 'edit', message: '岗位当前为“已停止招聘”，不能变更为“修改”' });
    const close = await luoyang.query(CLOSE_POSTING, { input: { id: postingId, filled: true } });
    expect(close.closeJobPosting).toEqual({ __typename: 'InvalidTransition', code: 'INVALID_TRANSITION', fromState: 'closed', toState: 'filled', message: '岗位当前为“已停止招聘”，不能变更为“已招满”' });
    const [after] = await env.db.select().from(jobPostings).where(eq(jobPostings.id, id));
    expect(after).toEqual(before);
    expect(await auditCount(postingId)).toBe(audits);
  });
});

describe('Employer.viewerCan and JobFair.viewerCan', () => {
  it('lets region staff review a pending employer, and its own staff post and join fairs once verified', async () => {
    const logistics = await env.as(employerStaff.logistics);
    const pendingId = (await logistics.query(`{ myEmployers { id } }`)).myEmployers[0].id;
    const none = { verify: false, reject: false, submitPostings: false, joinFair: false };
    expect((await logistics.query(EMPLOYER_CAN, { id: pendingId })).node).toEqual({ status: 'PENDING', viewerCan: none });
    expect((await zhengzhou.query(EMPLOYER_CAN, { id: pendingId })).node.viewerCan).toEqual({ ...none, verify: true, reject: true });

    const ytoId = (await yto.query(`{ myEmployers { id } }`)).myEmployers[0].id;
    expect((await yto.query(EMPLOYER_CAN, { id: ytoId })).node.viewerCan).toEqual({ ...none, submitPostings: true, joinFair: true });
    // Verified already: nothing left for the region staff to decide.
    expect((await luoyang.query(EMPLOYER_CAN, { id: ytoId })).node.viewerCan).toEqual(none);
    expect((await env.anonymous.query(EMPLOYER_CAN, { id: ytoId })).node.viewerCan).toEqual(none);
  });

  it('offers registration to a member until they register, then cancellation', async () => {
    const date = shanghaiDate(new Date(Date.now() + 3 * 86_400_000));
    const created = await luoyang.query(CREATE_FAIR, {
      input: { title: '涧西区春风行动招聘会', organizer: jianxiId, date, isOnline: false, venue: '涧西区工人文化宫', capacity: 50 },
    });
    const fairId = created.createJobFair.fair.id;
    const none = { join: false, register: false, cancelRegistration: false };
    expect((await env.anonymous.query(FAIR_CAN, { id: fairId })).node.viewerCan).toEqual(none);
    expect((await yto.query(FAIR_CAN, { id: fairId })).node.viewerCan).toEqual({ ...none, join: true });
    expect((await wang.query(FAIR_CAN, { id: fairId })).node.viewerCan).toEqual({ ...none, register: true });
    expect((await wang.query(REGISTER_FAIR, { id: fairId })).registerForJobFair.__typename).toBe('RegisterForJobFairSuccess');
    expect((await wang.query(FAIR_CAN, { id: fairId })).node.viewerCan).toEqual({ ...none, cancelRegistration: true });
  });
});
