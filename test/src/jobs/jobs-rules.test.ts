import { jobApplications, jobFairRegistrations } from '@huigong/db';
import { demoMembers } from '@huigong/db/seed/demo';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId } from '../support/graphql.ts';
import {
  APPLY,
  CLOSE_POSTING,
  CREATE_FAIR,
  CREATE_POSTING,
  FAIR,
  MY_APPLICATIONS,
  REGISTER_FAIR,
  SEARCH,
  SUBMIT_POSTING,
  UPDATE_POSTING,
  WITHDRAW_APPLICATION,
  employerStaff,
  postingInput,
} from './fixtures.ts';

const JSON_LD = /* GraphQL */ `query($id: ID!) { node(id: $id) { ... on JobPosting { title jsonLd } } }`;
const EMPLOYER_POSTINGS = /* GraphQL */ `
  query { myEmployers { id name postings(first: 50) { nodes { id title status } } openPostings(first: 50) { totalCount } } }
`;
const FAIRS = /* GraphQL */ `query($region: ID) { jobFairs(region: $region, first: 10) { nodes { id title isOnline capacity organizer { code } } } }`;
const RECOMMENDED = /* GraphQL */ `
  query { recommendedJobPostings(first: 20) { nodes { id title category suitableForHardship isPublicBenefit region { code } } } }
`;
const RECOMMEND = /* GraphQL */ `
  mutation Recommend($input: RecommendJobPostingInput!) {
    recommendJobPosting(input: $input) {
      __typename
      ... on RecommendJobPostingSuccess { posting { id } }
      ... on Error { code message }
    }
  }
`;

/** Google for Jobs: required properties and the accepted employmentType values. */
const GOOGLE_REQUIRED = ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation'];
const GOOGLE_EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'];

let env: TestEnvironment;
let ids: Record<'luoyang' | 'zhengzhou' | 'jianxi' | 'henan' | 'grassroots', string>;

beforeAll(async () => {
  env = await createTestEnvironment();
  const data = await env.anonymous.query(`{
    luoyang: unionByCode(code: "410300") { id }
    zhengzhou: unionByCode(code: "410100") { id }
    jianxi: unionByCode(code: "410305") { id }
    henan: unionByCode(code: "410000") { id }
    grassroots: unionByCode(code: "G410305001") { id }
  }`);
  ids = Object.fromEntries(Object.entries(data).map(([k, v]: [string, any]) => [k, v.id])) as typeof ids;
});
afterAll(() => env?.close());

async function searchTitles(filter: Record<string, unknown>, sort?: string) {
  const data = await env.anonymous.query(SEARCH, { filter, sort, first: 100 });
  return data.jobPostings.nodes as { id: string; title: string; salary: { max: { amount: number } }; datePosted: string }[];
}

describe('seeded postings and JSON-LD', () => {
  it('emits JobPosting JSON-LD with every Google-required field for every seeded open posting', async () => {
    const postings = await searchTitles({});
    expect(postings.length).toBeGreaterThanOrEqual(8);
    for (const { id } of postings) {
      const { node } = await env.anonymous.query(JSON_LD, { id });
      const ld = JSON.parse(node.jsonLd);
      expect(ld['@context']).toBe('https://schema.org/');
      expect(ld['@type']).toBe('JobPosting');
      for (const field of GOOGLE_REQUIRED) expect(ld[field], `${node.title}: ${field}`).toBeTruthy();
      expect(ld.title).toBe(node.title);
      expect(ld.hiringOrganization).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
      expect(ld.jobLocation['@type']).toBe('Place');
      expect(ld.jobLocation.address).toMatchObject({ '@type': 'PostalAddress', addressCountry: 'CN', addressRegion: '河南省' });
      expect(ld.jobLocation.address.addressLocality).toMatch(/市/);
      expect(new Date(ld.datePosted).toISOString()).toBe(ld.datePosted);
      expect(Date.parse(ld.validThrough)).toBeGreaterThan(Date.now());
      expect(GOOGLE_EMPLOYMENT_TYPES).toContain(ld.employmentType);
      expect(ld.baseSalary).toMatchObject({ '@type': 'MonetaryAmount', currency: 'CNY', value: { unitText: 'MONTH' } });
      expect(ld.baseSalary.value.minValue).toBeLessThanOrEqual(ld.baseSalary.value.maxValue);
      expect(node.jsonLd).not.toContain('<');
    }
  });

  it('describes a welding job in Jianxi exactly', async () => {
    const [welder] = await searchTitles({ text: '电焊' });
    const ld = JSON.parse((await env.anonymous.query(JSON_LD, { id: welder!.id })).node.jsonLd);
    expect(ld).toMatchObject({
      title: '电焊工（二氧化碳保护焊）',
      employmentType: 'FULL_TIME',
      hiringOrganization: { name: '中国一拖集团有限公司' },
      jobLocation: {
        address: { addressLocality: '洛阳市涧西区', addressRegion: '河南省', streetAddress: expect.stringContaining('建设路') },
        geo: { '@type': 'GeoCoordinates', latitude: 34.6702, longitude: 112.3921 },
      },
      baseSalary: { value: { minValue: 6000, maxValue: 9000 } },
      totalJobOpenings: 20,
      occupationalCategory: '焊工',
      experienceRequirements: { monthsOfExperience: 12 },
    });
  });

  it('marks a remote posting as TELECOMMUTE', async () => {
    const [remote] = await searchTitles({ text: '运维' });
    const ld = JSON.parse((await env.anonymous.query(JSON_LD, { id: remote!.id })).node.jsonLd);
    expect(ld.jobLocationType).toBe('TELECOMMUTE');
    expect(ld.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'CN' });
  });
});

describe('public search', () => {
  it('filters by region subtree, category, employment type, salary and flags', async () => {
    const luoyang = await searchTitles({ region: ids.luoyang });
    const zhengzhou = await searchTitles({ region: ids.zhengzhou });
    const all = await searchTitles({});
    expect(luoyang.length + zhengzhou.length).toBe(all.length);
    expect(luoyang.map((p) => p.title)).toContain('社区保洁员（公益性岗位）');
    expect(zhengzhou.map((p) => p.title)).not.toContain('社区保洁员（公益性岗位）');
    expect((await searchTitles({ region: ids.henan })).length).toBe(all.length);

    expect((await searchTitles({ employmentTypes: ['PART_TIME'] })).map((p) => p.title)).toEqual(['社区养老助餐服务员（公益性岗位）']);
    expect((await searchTitles({ category: '护理' })).map((p) => p.title)).toEqual(['护理员（陪护）']);
    const publicBenefit = await searchTitles({ isPublicBenefit: true });
    expect(publicBenefit.map((p) => p.title).sort()).toEqual(['社区保洁员（公益性岗位）', '社区养老助餐服务员（公益性岗位）'].sort());
    expect((await searchTitles({ suitableForHardship: true })).length).toBe(4);
    const rich = await searchTitles({ minMonthlySalary: { amount: 1_000_000, currency: 'CNY' } });
    expect(rich.every((p) => p.salary.max.amount >= 1_000_000)).toBe(true);
    expect(rich.map((p) => p.title).sort()).toEqual(['医疗信息系统运维工程师', '液压支架装配钳工', '设备维修电工'].sort());
    // A remote posting in Zhengzhou joins a Luoyang search when asked to.
    expect((await searchTitles({ region: ids.luoyang, includeRemote: true })).map((p) => p.title)).toContain('医疗信息系统运维工程师');
  });

  it('sorts by newest and by salary, and pages without skipping or repeating', async () => {
    const newest = await searchTitles({});
    const dates = newest.map((p) => Date.parse(p.datePosted));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const bySalary = await searchTitles({}, 'SALARY');
    const salaries = bySalary.map((p) => p.salary.max.amount);
    expect(salaries).toEqual([...salaries].sort((a, b) => b - a));

    for (const sort of ['NEWEST', 'SALARY']) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page += 1) {
        const data: any = await env.anonymous.query(SEARCH, { sort, first: 3, after });
        seen.push(...data.jobPostings.nodes.map((n: any) => n.id));
        expect(data.jobPostings.totalCount).toBe(newest.length);
        if (!data.jobPostings.pageInfo.hasNextPage) break;
        after = data.jobPostings.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(newest.length);
      expect(new Set(seen).size).toBe(newest.length);
    }
  });

  it('answers a search page in the same number of SQL statements whatever its size (no N+1)', async () => {
    const PAGE = /* GraphQL */ `
      query($first: Int) {
        jobPostings(first: $first) {
          totalCount
          nodes { title employer { name region { name } } region { name parent { name } } salary { max { amount } } jsonLd }
        }
      }
    `;
    const one = await env.anonymous.request(PAGE, { first: 1 });
    const many = await env.anonymous.request(PAGE, { first: 20 });
    expect(many.data.jobPostings.nodes.length).toBeGreaterThan(5);
    expect(one.sqlStatements).toBeDefined();
    expect(many.sqlStatements).toBe(one.sqlStatements);
    expect(many.sqlStatements).toBeLessThanOrEqual(3);

    const FAIR_LIST = /* GraphQL */ `
      query($first: Int) { jobFairs(first: $first, includePast: true) { nodes { title organizer { name } figures { employers positions visitors hires } } } }
    `;
    const fairsOne = await env.anonymous.request(FAIR_LIST, { first: 1 });
    const fairsAll = await env.anonymous.request(FAIR_LIST, { first: 50 });
    expect(fairsAll.data.jobFairs.nodes.length).toBeGreaterThanOrEqual(2);
    expect(fairsAll.sqlStatements).toBe(fairsOne.sqlStatements);
  });

  it('counts open postings per category for the filter list, and needs a point to sort by distance', async () => {
    const all = await env.anonymous.query(`{ jobPostingCategories { category openPostings } }`);
    const total = all.jobPostingCategories.reduce((sum: number, c: any) => sum + c.openPostings, 0);
    expect(total).toBe((await searchTitles({})).length);
    const luoyang = await env.anonymous.query(`query($r: ID) { jobPostingCategories(region: $r) { category openPostings } }`, { r: ids.luoyang });
    expect(luoyang.jobPostingCategories.map((c: any) => c.category)).toContain('保洁');
    expect(luoyang.jobPostingCategories.map((c: any) => c.category)).not.toContain('护理');

    const noPoint = await env.anonymous.request(SEARCH, { sort: 'DISTANCE' });
    expect(noPoint.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('treats LIKE wildcards in the text literally', async () => {
    expect(await searchTitles({ text: '%' })).toEqual([]);
    expect(await searchTitles({ text: '_' })).toEqual([]);
  });

  it('shows drafts and postings under review to nobody outside the employer and its region staff', async () => {
    const lyc = await env.as(employerStaff.lyc);
    const own = await lyc.query(EMPLOYER_POSTINGS);
    const pending = own.myEmployers[0].postings.nodes.find((p: any) => p.status === 'PENDING_REVIEW');
    expect(pending.title).toBe('质量检验员');
    expect((await searchTitles({ text: '质量检验' })).length).toBe(0);
    const NODE = `query($id: ID!) { node(id: $id) { id } }`;
    expect((await (await env.as(demo.memberWang)).request(NODE, { id: pending.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await (await env.as(employerStaff.yto)).request(NODE, { id: pending.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await (await env.as(demo.zhengzhouStaff)).request(NODE, { id: pending.id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await (await env.as(demo.luoyangStaff)).query(NODE, { id: pending.id })).node.id).toBe(pending.id);
    // Other employers' postings lists are closed too.
    const yto = await env.as(employerStaff.yto);
    const foreign = await yto.request(`query($id: ID!) { node(id: $id) { ... on Employer { postings(first: 5) { totalCount } } } }`, {
      id: own.myEmployers[0].id,
    });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('employer permissions and posting lifecycle', () => {
  it('refuses posting for an employer one is not staff of, and submitting for a pending employer', async () => {
    const member = await env.as(demo.memberWang);
    const yto = (await (await env.as(employerStaff.yto)).query(EMPLOYER_POSTINGS)).myEmployers[0].id;
    const refused = await member.request(CREATE_POSTING, { input: { employer: yto, posting: postingInput(ids.jianxi) } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const logistics = await env.as(employerStaff.logistics);
    const mine = (await logistics.query(EMPLOYER_POSTINGS)).myEmployers[0];
    const draft = mine.postings.nodes.find((p: any) => p.status === 'DRAFT');
    const submit = await logistics.query(SUBMIT_POSTING, { id: draft.id });
    expect(submit.submitJobPosting.code).toBe('EMPLOYER_NOT_VERIFIED');
  });

  it('validates postings: salary range, region level, coordinates, validity', async () => {
    const yto = await env.as(employerStaff.yto);
    const employer = (await yto.query(EMPLOYER_POSTINGS)).myEmployers[0].id;
    const create = (posting: Record<string, unknown>) => yto.query(CREATE_POSTING, { input: { employer, posting } });

    const inverted = await create(postingInput(ids.jianxi, { salary: { min: { amount: 800000, currency: 'CNY' }, max: { amount: 500000, currency: 'CNY' } } }));
    expect(inverted.createJobPosting.fieldErrors).toEqual([{ field: ['input', 'posting', 'salary', 'max'], code: 'LESS_THAN_MIN', message: '最高月薪不能低于最低月薪' }]);
    const grassroots = await create(postingInput(ids.grassroots));
    expect(grassroots.createJobPosting.fieldErrors[0]).toMatchObject({ field: ['input', 'posting', 'location', 'region'], code: 'NOT_A_REGION' });
    const half = await create(postingInput(ids.jianxi, { location: { region: ids.jianxi, latitude: 34.6 } }));
    expect(half.createJobPosting.fieldErrors[0]).toMatchObject({ code: 'INCOMPLETE_COORDINATES' });
    const past = await create(postingInput(ids.jianxi, { validThrough: '2020-01-01T00:00:00+08:00' }));
    expect(past.createJobPosting.fieldErrors[0]).toMatchObject({ field: ['input', 'posting', 'validThrough'], code: 'IN_THE_PAST' });
    const onlyTags = await create(postingInput(ids.jianxi, { description: '<b></b><i></i><br><br><p></p>' }));
    expect(onlyTags.createJobPosting.fieldErrors[0]).toMatchObject({ field: ['input', 'posting', 'description'], code: 'TOO_SMALL' });
    // Checks made by the service point at the same nested path as the schema's own validation.
    const noTitle = await create(postingInput(ids.jianxi, { title: ' ' }));
    expect(noTitle.createJobPosting.fieldErrors[0].field).toEqual(['input', 'posting', 'title']);
  });

  it('edits a published posting without taking it down, then marks it filled', async () => {
    const yto = await env.as(employerStaff.yto);
    const [welder] = await searchTitles({ text: '电焊' });
    const updated = await yto.query(UPDATE_POSTING, {
      input: {
        id: welder!.id,
        posting: postingInput(ids.jianxi, {
          title: '电焊工（二保焊，急招）',
          description: '负责拖拉机车架的二氧化碳气体保护焊作业，持证优先。',
          salary: { min: { amount: 650000, currency: 'CNY' }, max: { amount: 950000, currency: 'CNY' } },
        }),
      },
    });
    expect(updated.updateJobPosting.posting).toMatchObject({ title: '电焊工（二保焊，急招）', status: 'PUBLISHED', salary: { max: { amount: 950000 } } });
    expect((await searchTitles({ text: '急招' })).map((p) => p.id)).toEqual([welder!.id]);

    const other = await env.as(employerStaff.zmj);
    expect((await other.request(CLOSE_POSTING, { input: { id: welder!.id, filled: true } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const filled = await yto.query(CLOSE_POSTING, { input: { id: welder!.id, filled: true, reason: '已招满' } });
    expect(filled.closeJobPosting.posting).toEqual({ id: welder!.id, status: 'FILLED', isOpen: false });
    expect(await searchTitles({ text: '急招' })).toEqual([]);
    const again = await yto.query(CLOSE_POSTING, { input: { id: welder!.id, filled: false } });
    expect(again.closeJobPosting).toMatchObject({ __typename: 'InvalidTransition', code: 'INVALID_TRANSITION' });
  });
});

describe('regional re-review of edits', () => {
  it('takes an edited posting back to review where the region asks for it', async () => {
    const SET_POLICY = /* GraphQL */ `
      mutation Policy($input: SetJobReviewPolicyInput!) {
        setJobReviewPolicy(input: $input) { __typename ... on SetJobReviewPolicySuccess { policy { reReviewPublishedEdits union { code } } } }
      }
    `;
    const input = { union: ids.zhengzhou, reReviewPublishedEdits: true };
    expect((await (await env.as(demo.luoyangStaff)).request(SET_POLICY, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const zhengzhouStaff = await env.as(demo.zhengzhouStaff);
    const set = await zhengzhouStaff.query(SET_POLICY, { input });
    expect(set.setJobReviewPolicy.policy).toEqual({ reReviewPublishedEdits: true, union: { code: '410100' } });

    const [fitter] = await searchTitles({ text: '液压支架' });
    const zmj = await env.as(employerStaff.zmj);
    const zhongyuan = (await env.anonymous.query(`{ unionByCode(code: "410102") { id } }`)).unionByCode.id;
    const edited = await zmj.query(UPDATE_POSTING, {
      input: {
        id: fitter!.id,
        posting: postingInput(zhongyuan, {
          title: '液压支架装配钳工（夜班）',
          description: '负责液压支架结构件装配与调试，夜班为主。',
          location: { region: zhongyuan, address: '郑州市中原区淮河西路167号' },
        }),
      },
    });
    expect(edited.updateJobPosting.posting).toMatchObject({ title: '液压支架装配钳工（夜班）', status: 'PENDING_REVIEW' });
    expect(await searchTitles({ text: '液压支架' })).toEqual([]);

    const approved = await zhengzhouStaff.query(
      `mutation($id: ID!) { reviewJobPosting(input: { id: $id, approve: true }) { ... on ReviewJobPostingSuccess { posting { status } } } }`,
      { id: fitter!.id },
    );
    expect(approved.reviewJobPosting.posting.status).toBe('PUBLISHED');
    expect((await searchTitles({ text: '液压支架' })).map((p) => p.id)).toEqual([fitter!.id]);
  });
});

describe('applications under concurrency', () => {
  it('lets exactly one of many parallel applications by one member through', async () => {
    const [job] = await searchTitles({ text: '数控车床' });
    const member = await env.as(demo.memberLi);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => member.query(APPLY, { input: { posting: job!.id, note: '并发投递' } })),
    );
    const kinds = results.map((r) => r.applyForJob.__typename);
    expect(kinds.filter((k) => k === 'ApplyForJobSuccess')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'AlreadyApplied')).toHaveLength(9);
    const stored = await env.db.select().from(jobApplications).where(eq(jobApplications.postingId, decodeGlobalId(job!.id).id));
    expect(stored).toHaveLength(1);
  });

  it('lets the member withdraw, after which the employer can no longer move it', async () => {
    const [job] = await searchTitles({ text: '轴承装配' });
    const member = await env.as(demo.memberWang);
    const applied = await member.query(APPLY, { input: { posting: job!.id } });
    const id = applied.applyForJob.application.id;
    const other = await env.as(demo.memberLi);
    expect((await other.request(WITHDRAW_APPLICATION, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const withdrawn = await member.query(WITHDRAW_APPLICATION, { id });
    expect(withdrawn.withdrawJobApplication).toEqual({ __typename: 'WithdrawJobApplicationSuccess', application: { id, status: 'WITHDRAWN' } });
    const mine = await member.query(MY_APPLICATIONS);
    expect(mine.myJobApplications.nodes.find((n: any) => n.id === id).status).toBe('WITHDRAWN');
    const lyc = await env.as(employerStaff.lyc);
    const move = await lyc.query(
      `mutation($id: ID!) { updateJobApplicationStatus(input: { id: $id, status: VIEWED }) { __typename ... on Error { code } } }`,
      { id },
    );
    expect(move.updateJobApplicationStatus).toEqual({ __typename: 'InvalidTransition', code: 'INVALID_TRANSITION' });
  });

  it('fills the posting when parallel hires reach its openings', async () => {
    const yto = await env.as(employerStaff.yto);
    const employer = (await yto.query(EMPLOYER_POSTINGS)).myEmployers[0].id;
    const created = await yto.query(CREATE_POSTING, {
      input: { employer, posting: postingInput(ids.jianxi, { title: '喷漆工', category: '喷漆', openings: 2 }) },
    });
    const postingId = created.createJobPosting.posting.id;
    await yto.query(SUBMIT_POSTING, { id: postingId });
    await (await env.as(demo.jianxiStaff)).query(
      `mutation($id: ID!) { reviewJobPosting(input: { id: $id, approve: true }) { __typename } }`,
      { id: postingId },
    );
    const applicants = await Promise.all([demo.memberWang, demo.memberZhang, demo.memberYang].map((p) => env.as(p)));
    const applicationIds: string[] = [];
    for (const member of applicants) {
      const applied = await member.query(APPLY, { input: { posting: postingId } });
      applicationIds.push(applied.applyForJob.application.id);
    }
    const MOVE = `mutation($input: UpdateJobApplicationStatusInput!) { updateJobApplicationStatus(input: $input) { __typename ... on Error { code } } }`;
    for (const id of applicationIds.slice(0, 2)) {
      for (const status of ['INTERVIEWING', 'OFFERED']) await yto.query(MOVE, { input: { id, status } });
    }
    const hires = await Promise.all(applicationIds.slice(0, 2).map((id) => yto.query(MOVE, { input: { id, status: 'HIRED' } })));
    expect(hires.map((h) => h.updateJobApplicationStatus.__typename)).toEqual(['UpdateJobApplicationStatusSuccess', 'UpdateJobApplicationStatusSuccess']);
    const page = await env.anonymous.query(`query($id: ID!) { node(id: $id) { ... on JobPosting { status isOpen } } }`, { id: postingId });
    expect(page.node).toEqual({ status: 'FILLED', isOpen: false });
    expect(await searchTitles({ text: '喷漆' })).toEqual([]);
  });

  it('fills an application from the saved job-seeker profile, as a copy', async () => {
    const SAVE = /* GraphQL */ `
      mutation Save($input: JobSeekerProfileInput!) {
        saveJobSeekerProfile(input: $input) { __typename ... on SaveJobSeekerProfileSuccess { profile { skills certificates experience desiredCategories } } }
      }
    `;
    const chen = await env.as('13900000005'); // 陈静, 洛阳市第一中学
    const profile = { skills: ['驾驶', '仓储管理'], certificates: ['C1 驾照'], experience: '学校后勤 5 年', desiredCategories: ['护理'] };
    expect((await chen.query(SAVE, { input: profile })).saveJobSeekerProfile.profile).toEqual(profile);
    expect((await chen.query(`{ myJobSeekerProfile { skills experience } }`)).myJobSeekerProfile).toEqual({
      skills: profile.skills,
      experience: profile.experience,
    });
    expect((await env.anonymous.request(`{ myJobSeekerProfile { skills } }`)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const [job] = await searchTitles({ text: '护理员' });
    const applied = await chen.query(APPLY, { input: { posting: job!.id, note: '可倒班' } });
    const id = applied.applyForJob.application.id;
    await chen.query(SAVE, { input: { ...profile, skills: ['改过了'] } });
    const hospital = await env.as(employerStaff.hospital);
    const seen = await hospital.query(`query($id: ID!) { node(id: $id) { ... on JobApplication { skills certificates experience note applicant { realName } } } }`, { id });
    expect(seen.node).toEqual({ skills: ['驾驶', '仓储管理'], certificates: ['C1 驾照'], experience: '学校后勤 5 年', note: '可倒班', applicant: { realName: '陈静' } });
  });

  it('refuses applying as a non-member account', async () => {
    const [job] = await searchTitles({ text: '护理员' });
    const hr = await env.as(employerStaff.hospital);
    expect((await hr.request(APPLY, { input: { posting: job!.id } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('job fairs', () => {
  it('lists the seeded fairs in Luoyang and Zhengzhou with their employers and positions', async () => {
    const luoyang = (await env.anonymous.query(FAIRS, { region: ids.luoyang })).jobFairs.nodes;
    expect(luoyang).toHaveLength(1);
    expect(luoyang[0]).toMatchObject({ isOnline: false, capacity: 800, organizer: { code: '410300' } });
    const zhengzhou = (await env.anonymous.query(FAIRS, { region: ids.zhengzhou })).jobFairs.nodes;
    expect(zhengzhou[0]).toMatchObject({ isOnline: true, capacity: null });
    const fair = await env.anonymous.query(FAIR, { id: luoyang[0].id });
    expect(fair.node.figures).toMatchObject({ employers: 3, postings: 4 });
    // The welder posting (20 openings in the seed) was edited above to 3 openings.
    expect(fair.node.figures.positions).toBe(3 + 10 + 30 + 6);
  });

  it('never admits more visitors than the capacity, under parallel registration', async () => {
    const staff = await env.as(demo.luoyangStaff);
    const date = new Date(Date.now() + 8 * 3600_000 + 5 * 86_400_000).toISOString().slice(0, 10);
    const created = await staff.query(CREATE_FAIR, {
      input: { title: '小型专场', organizer: ids.luoyang, date, isOnline: false, venue: '洛龙区职工之家', capacity: 3 },
    });
    const fairId = created.createJobFair.fair.id;
    const members = await Promise.all(demoMembers.slice(0, 10).map((m) => env.as(m.phone)));
    const results = await Promise.all(members.map((m) => m.query(REGISTER_FAIR, { id: fairId })));
    const kinds = results.map((r) => r.registerForJobFair.__typename);
    expect(kinds.filter((k) => k === 'RegisterForJobFairSuccess')).toHaveLength(3);
    expect(kinds.filter((k) => k === 'FairFull')).toHaveLength(7);
    const rows = await env.db.select().from(jobFairRegistrations).where(eq(jobFairRegistrations.fairId, decodeGlobalId(fairId).id));
    expect(rows).toHaveLength(3);
    const fair = await env.anonymous.query(FAIR, { id: fairId });
    expect(fair.node).toMatchObject({ registeredCount: 3, figures: { visitors: 3 } });

    // A cancellation gives the seat back to the next member; cancelling twice finds nothing.
    const CANCEL = `mutation($id: ID!) { cancelJobFairRegistration(input: { id: $id }) { __typename ... on CancelJobFairRegistrationSuccess { fair { registeredCount } } ... on Error { code } } }`;
    const winner = members[kinds.indexOf('RegisterForJobFairSuccess')]!;
    const loser = members[kinds.indexOf('FairFull')]!;
    expect((await winner.query(CANCEL, { id: fairId })).cancelJobFairRegistration.fair.registeredCount).toBe(2);
    expect((await winner.query(CANCEL, { id: fairId })).cancelJobFairRegistration.code).toBe('NOT_FOUND');
    expect((await loser.query(REGISTER_FAIR, { id: fairId })).registerForJobFair.fair.registeredCount).toBe(3);
  });

  it('requires a venue for an on-site fair and refuses a date in the past', async () => {
    const staff = await env.as(demo.luoyangStaff);
    const noVenue = await staff.query(CREATE_FAIR, { input: { title: '无地点', organizer: ids.luoyang, date: '2099-01-01', isOnline: false } });
    expect(noVenue.createJobFair.fieldErrors).toEqual([{ field: ['input', 'venue'], code: 'REQUIRED' }]);
    const past = await staff.query(CREATE_FAIR, { input: { title: '过去', organizer: ids.luoyang, date: '2020-01-01', isOnline: true } });
    expect(past.createJobFair.fieldErrors).toEqual([{ field: ['input', 'date'], code: 'IN_THE_PAST' }]);
  });
});

describe('help for hardship members', () => {
  it('puts staff recommendations, then hardship-suitable and public-benefit positions first', async () => {
    const zhang = await env.as(demo.memberZhang); // hardship member, 老城区 (Luoyang)
    const before = (await zhang.query(RECOMMENDED)).recommendedJobPostings.nodes;
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((p: any) => p.region.code.startsWith('4103') || p.title.includes('运维'))).toBe(true);
    const firstPlain = before.findIndex((p: any) => !p.suitableForHardship && !p.isPublicBenefit);
    const lastFlagged = before.map((p: any) => p.suitableForHardship || p.isPublicBenefit).lastIndexOf(true);
    expect(lastFlagged).toBeLessThan(firstPlain);

    const [lathe] = await searchTitles({ text: '数控车床' });
    const me = await zhang.query(`{ me { member { id } } }`);
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    const refused = await zhengzhou.request(RECOMMEND, { input: { posting: lathe!.id, member: me.me.member.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const luoyang = await env.as(demo.luoyangStaff);
    const ok = await luoyang.query(RECOMMEND, { input: { posting: lathe!.id, member: me.me.member.id, note: '有机加工经历' } });
    expect(ok.recommendJobPosting.__typename).toBe('RecommendJobPostingSuccess');
    const twice = await luoyang.query(RECOMMEND, { input: { posting: lathe!.id, member: me.me.member.id } });
    expect(twice.recommendJobPosting.code).toBe('ALREADY_RECOMMENDED');

    const after = (await zhang.query(RECOMMENDED)).recommendedJobPostings.nodes;
    expect(after[0].id).toBe(lathe!.id);
  });

  it('lifts the categories a member asked for in their profile', async () => {
    const liu = await env.as('13900000004'); // 刘洋, not a hardship member, Luoyang
    const before = (await liu.query(RECOMMENDED)).recommendedJobPostings.nodes;
    const category = before.at(-1).category;
    expect(before[0].category).not.toBe(category);
    await liu.query(
      `mutation($input: JobSeekerProfileInput!) { saveJobSeekerProfile(input: $input) { __typename } }`,
      { input: { skills: [], certificates: [], desiredCategories: [category] } },
    );
    const after = (await liu.query(RECOMMENDED)).recommendedJobPostings.nodes;
    expect(after[0].category).toBe(category);
  });
});

describe('union staff moderating published postings', () => {
  // Last in the file: it takes a seeded posting off the list that earlier tests use.
  // The rule: the union over a posting's region may take it down (a fraudulent or unlawful
  // posting must come off the public list at once, without waiting for the employer), with the
  // change audited against the staff member; staff of another region may not.
  it('lets staff over the region close a published posting, audited, and refuses other regions', async () => {
    const [posting] = await searchTitles({ region: ids.luoyang });
    expect(posting).toBeDefined();
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    const refused = await zhengzhou.request(CLOSE_POSTING, { input: { id: posting!.id, filled: false, reason: '虚假招聘' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const luoyang = await env.as(demo.luoyangStaff);
    const closed = await luoyang.query(CLOSE_POSTING, { input: { id: posting!.id, filled: false, reason: '虚假招聘' } });
    expect(closed.closeJobPosting.posting).toMatchObject({ id: posting!.id, status: 'CLOSED', isOpen: false });
    const audit = await env.db.query.auditEvents.findMany({ where: { subjectId: decodeGlobalId(posting!.id).id, toState: 'closed' } });
    expect(audit).toHaveLength(1);
    const staffUser = (await luoyang.query(`{ me { id } }`)).me.id;
    expect(audit[0]!.actorUserId).toBe(decodeGlobalId(staffUser).id);
    expect((await searchTitles({ region: ids.luoyang })).map((p) => p.id)).not.toContain(posting!.id);
  });
});
