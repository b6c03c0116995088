import { withCreditCheckChar } from '@huigong/db/credit-code';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import {
  APPLY,
  CREATE_FAIR,
  CREATE_POSTING,
  FAIR,
  MY_APPLICATIONS,
  MY_EMPLOYERS,
  REGISTER_FAIR,
  REVIEW_POSTING,
  SEARCH,
  SET_APPLICATION_STATUS,
  SUBMIT_POSTING,
  employerStaff,
  postingInput,
} from './fixtures.ts';

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { __typename ... on SignUpSuccess { session { token } } ... on Error { code message } }
  }
`;
const REGISTER_EMPLOYER = /* GraphQL */ `
  mutation Register($input: RegisterEmployerInput!) {
    registerEmployer(input: $input) {
      __typename
      ... on RegisterEmployerSuccess { employer { id name creditCode status contactPhone region { code } } }
      ... on InputValidationError { fieldErrors { field code message } }
      ... on Error { code message }
    }
  }
`;
const REVIEW_EMPLOYER = /* GraphQL */ `
  mutation ReviewEmployer($input: ReviewEmployerInput!) {
    reviewEmployer(input: $input) {
      __typename
      ... on ReviewEmployerSuccess { employer { id status reviewNote } }
      ... on Error { code message }
    }
  }
`;
const EMPLOYERS_TO_REVIEW = /* GraphQL */ `query { employersToReview(first: 50) { nodes { id name } } }`;
const POSTINGS_TO_REVIEW = /* GraphQL */ `query { jobPostingsToReview(first: 50) { nodes { id title } } }`;
const JOIN_FAIR = /* GraphQL */ `
  mutation Join($input: JoinJobFairInput!) {
    joinJobFair(input: $input) {
      __typename
      ... on JoinJobFairSuccess { fair { id figures { employers postings positions } } }
      ... on InputValidationError { fieldErrors { field code } }
      ... on Error { code message }
    }
  }
`;
const EMPLOYER_APPLICATIONS = /* GraphQL */ `
  query EmployerApplications($id: ID!) {
    node(id: $id) {
      ... on Employer {
        name
        applications(first: 20) { totalCount nodes { id status note applicant { realName phone } posting { title } } }
      }
    }
  }
`;
const APPLICATION_NODE = /* GraphQL */ `
  query App($id: ID!) { node(id: $id) { ... on JobApplication { id status applicant { phone } } } }
`;

let env: TestEnvironment;
let jianxiId: string;
let luoyangId: string;
let zhengzhouId: string;

beforeAll(async () => {
  env = await createTestEnvironment();
  const ids = await env.anonymous.query(`{
    jianxi: unionByCode(code: "410305") { id }
    luoyang: unionByCode(code: "410300") { id }
    zhengzhou: unionByCode(code: "410100") { id }
  }`);
  jianxiId = ids.jianxi.id;
  luoyangId = ids.luoyang.id;
  zhengzhouId = ids.zhengzhou.id;
});
afterAll(() => env?.close());

const tomorrowPlus = (days: number) =>
  new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

describe('employer registration → verification → posting → review → search → application → hire in fair figures', () => {
  let hr: GraphQLClient;
  let employerId: string;
  let postingId: string;
  let fairId: string;
  let applicationId: string;
  const creditCode = withCreditCheckChar('91410305MA47H2K9X');

  it('registers an employer only with a credit code whose GB 32100 check character is right', async () => {
    const signUp = await env.anonymous.query(SIGN_UP, {
      input: { phone: '13611110001', password: 'employer password', displayName: '洛阳天津路仓储·蔡红' },
    });
    hr = env.anonymous.withToken(signUp.signUp.session.token);

    const base = {
      name: '洛阳天津路仓储有限公司',
      industry: '仓储物流',
      region: jianxiId,
      contactName: '蔡红',
      contactPhone: '13611110001',
    };
    const wrongCheck = creditCode.slice(0, 17) + (creditCode[17] === '0' ? '1' : '0');
    const bad = await hr.query(REGISTER_EMPLOYER, { input: { ...base, creditCode: wrongCheck } });
    expect(bad.registerEmployer.__typename).toBe('InputValidationError');
    expect(bad.registerEmployer.fieldErrors).toEqual([
      { field: ['input', 'creditCode'], code: 'INVALID_CHECKSUM', message: '统一社会信用代码校验位不正确' },
    ]);

    const ok = await hr.query(REGISTER_EMPLOYER, { input: { ...base, creditCode: creditCode.toLowerCase() } });
    expect(ok.registerEmployer).toMatchObject({
      __typename: 'RegisterEmployerSuccess',
      employer: { name: base.name, creditCode, status: 'PENDING', contactPhone: '13611110001', region: { code: '410305' } },
    });
    employerId = ok.registerEmployer.employer.id;
    expect((await hr.query(MY_EMPLOYERS)).myEmployers).toEqual([{ id: employerId, name: base.name, status: 'PENDING' }]);

    const again = await (await env.as(demo.memberLi)).query(REGISTER_EMPLOYER, { input: { ...base, creditCode } });
    expect(again.registerEmployer).toMatchObject({ __typename: 'CreditCodeTaken', code: 'CREDIT_CODE_TAKEN' });

    // An unverified employer is not public.
    const hidden = await env.anonymous.request(`query($id: ID!) { node(id: $id) { id } }`, { id: employerId });
    expect(hidden.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('adds a colleague as staff of the employer, once', async () => {
    const ADD = /* GraphQL */ `
      mutation Add($input: AddEmployerStaffInput!) {
        addEmployerStaff(input: $input) { __typename ... on AddEmployerStaffSuccess { employer { id } } ... on Error { code } }
      }
    `;
    await env.anonymous.query(SIGN_UP, { input: { phone: '13611110002', password: 'colleague password', displayName: '仓储·马骏' } });
    const outsider = await env.as(employerStaff.yto);
    expect((await outsider.request(ADD, { input: { employer: employerId, phone: '13611110002' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await hr.query(ADD, { input: { employer: employerId, phone: '13611110002' } })).addEmployerStaff.__typename).toBe('AddEmployerStaffSuccess');
    expect((await hr.query(ADD, { input: { employer: employerId, phone: '13611110002' } })).addEmployerStaff.code).toBe('ALREADY_EMPLOYER_STAFF');
    const colleague = await env.as('13611110002', 'colleague password');
    expect((await colleague.query(MY_EMPLOYERS)).myEmployers.map((e: any) => e.id)).toEqual([employerId]);
  });

  it('lets the employer draft a posting but not submit it before verification', async () => {
    const created = await hr.query(CREATE_POSTING, { input: { employer: employerId, posting: postingInput(jianxiId) } });
    expect(created.createJobPosting.__typename).toBe('CreateJobPostingSuccess');
    const posting = created.createJobPosting.posting;
    postingId = posting.id;
    expect(posting).toMatchObject({
      status: 'DRAFT',
      isOpen: false,
      datePosted: null,
      employmentType: 'FULL_TIME',
      salary: { min: { amount: 500000, currency: 'CNY' }, max: { amount: 700000, currency: 'CNY' } },
      coordinates: { latitude: 34.6615, longitude: 112.3874 },
      requirements: { education: 'HIGH_SCHOOL', experienceYears: 1, skills: ['叉车证'] },
      region: { code: '410305' },
    });
    // Markup and scripts are gone; line structure stays.
    expect(posting.description).toBe('负责仓库货物装卸与转运\n持叉车证上岗，两班倒。');
    // Valid for 30 days by default.
    const days = (Date.parse(posting.validThrough) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThan(30.1);

    const early = await hr.query(SUBMIT_POSTING, { id: postingId });
    expect(early.submitJobPosting).toMatchObject({ __typename: 'EmployerNotVerified', code: 'EMPLOYER_NOT_VERIFIED' });
  });

  it('is verified by union staff of its region only', async () => {
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    const refused = await zhengzhou.request(REVIEW_EMPLOYER, { input: { employer: employerId, approve: true } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await zhengzhou.query(EMPLOYERS_TO_REVIEW)).employersToReview.nodes.map((e: any) => e.id)).not.toContain(employerId);

    const luoyang = await env.as(demo.luoyangStaff);
    expect((await luoyang.query(EMPLOYERS_TO_REVIEW)).employersToReview.nodes.map((e: any) => e.id)).toContain(employerId);
    const done = await luoyang.query(REVIEW_EMPLOYER, { input: { employer: employerId, approve: true, note: '营业执照已核验' } });
    expect(done.reviewEmployer).toEqual({
      __typename: 'ReviewEmployerSuccess',
      employer: { id: employerId, status: 'VERIFIED', reviewNote: '营业执照已核验' },
    });
    const twice = await luoyang.query(REVIEW_EMPLOYER, { input: { employer: employerId, approve: false } });
    expect(twice.reviewEmployer).toMatchObject({ __typename: 'InvalidTransition', code: 'INVALID_TRANSITION' });
    const audit = await env.db.query.auditEvents.findMany({ where: { action: 'employer.verified', subjectId: decodeGlobalId(employerId).id } });
    expect(audit).toHaveLength(1);
  });

  it('goes through review before anyone can find it', async () => {
    const submitted = await hr.query(SUBMIT_POSTING, { id: postingId });
    expect(submitted.submitJobPosting).toEqual({ __typename: 'SubmitJobPostingSuccess', posting: { id: postingId, status: 'PENDING_REVIEW' } });

    const before = await env.anonymous.query(SEARCH, { filter: { text: '叉车' } });
    expect(before.jobPostings.nodes.map((n: any) => n.id)).not.toContain(postingId);
    const peek = await env.anonymous.request(`query($id: ID!) { node(id: $id) { id } }`, { id: postingId });
    expect(peek.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const zhengzhou = await env.as(demo.zhengzhouStaff);
    const foreign = await zhengzhou.request(REVIEW_POSTING, { input: { id: postingId, approve: true } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const jianxi = await env.as(demo.jianxiStaff);
    expect((await jianxi.query(POSTINGS_TO_REVIEW)).jobPostingsToReview.nodes.map((n: any) => n.id)).toContain(postingId);
    const published = await jianxi.query(REVIEW_POSTING, { input: { id: postingId, approve: true } });
    expect(published.reviewJobPosting.posting.status).toBe('PUBLISHED');
    expect(Date.parse(published.reviewJobPosting.posting.datePosted)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('is found by Chinese text, region, distance and filters', async () => {
    const ids = async (filter: Record<string, unknown>, sort?: string) =>
      (await env.anonymous.query(SEARCH, { filter, sort, first: 50 })).jobPostings.nodes.map((n: any) => n.id);

    expect(await ids({ text: '叉车' })).toEqual([postingId]);
    expect(await ids({ text: '仓库 两班倒' })).toEqual([postingId]);
    expect(await ids({ text: '叉车 护理' })).toEqual([]);
    expect(await ids({ region: luoyangId })).toContain(postingId);
    expect(await ids({ region: zhengzhouId })).not.toContain(postingId);
    // 涧西 is ~1 km away; Luoyang's old town (老城区) is ~8 km east of it.
    const nearJianxi = { point: { latitude: 34.67, longitude: 112.39 }, radiusKm: 2 };
    const near = await ids({ near: nearJianxi }, 'DISTANCE');
    expect(near).toContain(postingId);
    expect(near).toHaveLength(4); // 3 seeded 涧西 postings with coordinates + this one
    const wide = await env.anonymous.query(
      `query($filter: JobPostingFilter) { jobPostings(filter: $filter, sort: DISTANCE, first: 20) {
        nodes { title distanceKm(from: { latitude: 34.67, longitude: 112.39 }) } } }`,
      { filter: { near: { point: { latitude: 34.67, longitude: 112.39 }, radiusKm: 20 } } },
    );
    const distances = wide.jobPostings.nodes.map((n: any) => n.distanceKm);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.at(-1)).toBeGreaterThan(5);
    expect(wide.jobPostings.nodes.some((n: any) => n.title.includes('钳工'))).toBe(false); // Zhengzhou is 100 km away
    expect(await ids({ text: '叉车', employmentTypes: ['PART_TIME'] })).toEqual([]);
    expect(await ids({ text: '叉车', minMonthlySalary: { amount: 700000, currency: 'CNY' } })).toEqual([postingId]);
    expect(await ids({ text: '叉车', minMonthlySalary: { amount: 700001, currency: 'CNY' } })).toEqual([]);
    expect(await ids({ text: '叉车', category: '叉车司机' })).toEqual([postingId]);
  });

  it('joins a fair the union staff created, and members register for it', async () => {
    const luoyang = await env.as(demo.luoyangStaff);
    const created = await luoyang.query(CREATE_FAIR, {
      input: { title: '涧西区仓储物流专场招聘会', organizer: luoyangId, date: tomorrowPlus(3), isOnline: false, venue: '涧西区工人俱乐部', capacity: 100 },
    });
    expect(created.createJobFair.__typename).toBe('CreateJobFairSuccess');
    fairId = created.createJobFair.fair.id;

    const zhengzhou = await env.as(demo.zhengzhouStaff);
    const foreign = await zhengzhou.request(CREATE_FAIR, {
      input: { title: '越权', organizer: luoyangId, date: tomorrowPlus(3), isOnline: true },
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const joined = await hr.query(JOIN_FAIR, { input: { fair: fairId, employer: employerId, postings: [postingId] } });
    expect(joined.joinJobFair).toEqual({
      __typename: 'JoinJobFairSuccess',
      fair: { id: fairId, figures: { employers: 1, postings: 1, positions: 3 } },
    });

    const wang = await env.as(demo.memberWang);
    const registered = await wang.query(REGISTER_FAIR, { id: fairId });
    expect(registered.registerForJobFair).toEqual({ __typename: 'RegisterForJobFairSuccess', fair: { id: fairId, registeredCount: 1 } });
    const again = await wang.query(REGISTER_FAIR, { id: fairId });
    expect(again.registerForJobFair).toMatchObject({ __typename: 'AlreadyRegisteredForFair', code: 'ALREADY_REGISTERED_FOR_FAIR' });
    const REGISTERED = `query($id: ID!) { node(id: $id) { ... on JobFair { viewerRegistered } } }`;
    expect((await wang.query(REGISTERED, { id: fairId })).node.viewerRegistered).toBe(true);
    expect((await (await env.as(demo.memberLi)).query(REGISTERED, { id: fairId })).node.viewerRegistered).toBe(false);
    expect((await env.anonymous.query(REGISTERED, { id: fairId })).node.viewerRegistered).toBe(false);
  });

  it('takes one application per member, with a typed error the second time', async () => {
    const wang = await env.as(demo.memberWang);
    const input = { posting: postingId, fair: fairId, note: '有叉车证，住得近', skills: ['叉车'], certificates: ['叉车证'], experience: '仓库管理 3 年' };
    const first = await wang.query(APPLY, { input });
    expect(first.applyForJob).toMatchObject({
      __typename: 'ApplyForJobSuccess',
      application: { status: 'SUBMITTED', note: '有叉车证，住得近', posting: { id: postingId } },
    });
    applicationId = first.applyForJob.application.id;
    const VIEWER_APPLICATION = `query($id: ID!) { node(id: $id) { ... on JobPosting { viewerApplication { id status } } } }`;
    expect((await wang.query(VIEWER_APPLICATION, { id: postingId })).node.viewerApplication).toEqual({ id: applicationId, status: 'SUBMITTED' });
    expect((await (await env.as(demo.memberLi)).query(VIEWER_APPLICATION, { id: postingId })).node.viewerApplication).toBeNull();
    expect((await env.anonymous.query(VIEWER_APPLICATION, { id: postingId })).node.viewerApplication).toBeNull();
    const second = await wang.query(APPLY, { input });
    expect(second.applyForJob).toEqual({ __typename: 'AlreadyApplied', code: 'ALREADY_APPLIED', message: '您已投递过该岗位' });
  });

  it('shows applications only to the employer applied to', async () => {
    const own = await hr.query(EMPLOYER_APPLICATIONS, { id: employerId });
    expect(own.node.applications.totalCount).toBe(1);
    expect(own.node.applications.nodes[0]).toMatchObject({
      id: applicationId,
      applicant: { realName: '王秀英', phone: demo.memberWang },
      posting: { title: '叉车司机' },
    });

    const other = await env.as(employerStaff.yto);
    const refused = await other.request(EMPLOYER_APPLICATIONS, { id: employerId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data.node.applications).toBeNull();
    const direct = await other.request(APPLICATION_NODE, { id: applicationId });
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(direct.data.node).toBeNull();
    const move = await other.request(SET_APPLICATION_STATUS, { input: { id: applicationId, status: 'VIEWED' } });
    expect(move.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherMember = await env.as(demo.memberLi);
    expect((await otherMember.request(APPLICATION_NODE, { id: applicationId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ownView = await (await env.as(demo.memberWang)).query(APPLICATION_NODE, { id: applicationId });
    expect(ownView.node.status).toBe('SUBMITTED');
  });

  it('moves the application to hired, the member sees each step, and the fair counts the hire', async () => {
    const wang = await env.as(demo.memberWang);
    for (const status of ['VIEWED', 'INTERVIEWING', 'OFFERED', 'HIRED']) {
      const moved = await hr.query(SET_APPLICATION_STATUS, { input: { id: applicationId, status } });
      expect(moved.updateJobApplicationStatus).toEqual({
        __typename: 'UpdateJobApplicationStatusSuccess',
        application: { id: applicationId, status },
      });
      const mine = await wang.query(MY_APPLICATIONS);
      expect(mine.myJobApplications.nodes.find((n: any) => n.id === applicationId).status).toBe(status);
    }
    const back = await hr.query(SET_APPLICATION_STATUS, { input: { id: applicationId, status: 'REJECTED' } });
    expect(back.updateJobApplicationStatus).toMatchObject({
      __typename: 'InvalidTransition',
      code: 'INVALID_TRANSITION',
      fromState: 'hired',
      toState: 'rejected',
    });

    const fair = await env.anonymous.query(FAIR, { id: fairId });
    expect(fair.node.figures).toEqual({ employers: 1, postings: 1, positions: 3, visitors: 1, applications: 1, hires: 1 });
    expect(fair.node.employers.nodes).toEqual([{ name: '洛阳天津路仓储有限公司' }]);
    const audit = await env.db.query.auditEvents.findMany({ where: { subjectId: decodeGlobalId(applicationId).id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.fromState, a.toState])).toEqual([
      [null, 'submitted'],
      ['submitted', 'viewed'],
      ['viewed', 'interviewing'],
      ['interviewing', 'offered'],
      ['offered', 'hired'],
    ]);
  });

  it('drops a posting out of search by itself once it is past valid-through', async () => {
    const { id } = decodeGlobalId(postingId);
    const visible = await env.anonymous.query(SEARCH, { filter: { text: '叉车' } });
    expect(visible.jobPostings.totalCount).toBe(1);
    await env.db.execute(`update job_postings set valid_through = now() - interval '1 minute' where id = '${id}'`);
    const gone = await env.anonymous.query(SEARCH, { filter: { text: '叉车' } });
    expect(gone.jobPostings).toMatchObject({ totalCount: 0, nodes: [] });
    const li = await env.as(demo.memberLi);
    const late = await li.query(APPLY, { input: { posting: postingId } });
    expect(late.applyForJob).toMatchObject({ __typename: 'PostingNotOpen', code: 'POSTING_NOT_OPEN' });
    // Still readable by id (e.g. from an old link), just not open.
    const page = await env.anonymous.query(`query($id: ID!) { node(id: $id) { ... on JobPosting { status isOpen } } }`, { id: postingId });
    expect(page.node).toEqual({ status: 'PUBLISHED', isOpen: false });
  });
});
