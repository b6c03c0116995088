import { builder } from '../builder.ts';
import { GeoPointInput } from '../common/geo.ts';
import { fen, MoneyRef, type Money } from '../common/money.ts';
import { sql } from 'drizzle-orm';
import { shanghaiToday, type FairFigures } from './fairs.service.ts';
import { jsonLdString, postingJsonLd } from './jsonld.ts';
import { distanceKm } from './text.ts';

export const EmployerStatus = builder.enumType('EmployerStatus', {
  values: {
    PENDING: { value: 'pending', description: '待工会审核' },
    VERIFIED: { value: 'verified', description: '已通过审核，可发布岗位' },
    REJECTED: { value: 'rejected', description: '未通过审核' },
  } as const,
});

export const JobPostingStatus = builder.enumType('JobPostingStatus', {
  values: {
    DRAFT: { value: 'draft', description: '草稿（或被退回修改）' },
    PENDING_REVIEW: { value: 'pending_review', description: '待工会审核' },
    PUBLISHED: { value: 'published', description: '招聘中（过了有效期自动不再出现在搜索中）' },
    CLOSED: { value: 'closed', description: '已停止招聘' },
    FILLED: { value: 'filled', description: '已招满' },
  } as const,
});

export const EmploymentType = builder.enumType('EmploymentType', {
  description: '用工形式，取值与 schema.org JobPosting.employmentType 相同。',
  values: {
    FULL_TIME: { value: 'FULL_TIME', description: '全职' },
    PART_TIME: { value: 'PART_TIME', description: '兼职' },
    CONTRACTOR: { value: 'CONTRACTOR', description: '劳务/外包' },
    TEMPORARY: { value: 'TEMPORARY', description: '临时' },
    INTERN: { value: 'INTERN', description: '实习' },
    VOLUNTEER: { value: 'VOLUNTEER', description: '志愿' },
    PER_DIEM: { value: 'PER_DIEM', description: '按日计酬' },
    OTHER: { value: 'OTHER', description: '其他' },
  } as const,
});

export const EducationLevel = builder.enumType('EducationLevel', {
  values: {
    NONE: { value: 'none', description: '不限' },
    JUNIOR_HIGH: { value: 'junior_high', description: '初中' },
    HIGH_SCHOOL: { value: 'high_school', description: '高中' },
    VOCATIONAL: { value: 'vocational', description: '中专/技校' },
    ASSOCIATE: { value: 'associate', description: '大专' },
    BACHELOR: { value: 'bachelor', description: '本科' },
    MASTER: { value: 'master', description: '硕士' },
    DOCTORATE: { value: 'doctorate', description: '博士' },
  } as const,
});

export const JobApplicationStatus = builder.enumType('JobApplicationStatus', {
  values: {
    SUBMITTED: { value: 'submitted', description: '已投递' },
    VIEWED: { value: 'viewed', description: '已查看' },
    INTERVIEWING: { value: 'interviewing', description: '面试中' },
    OFFERED: { value: 'offered', description: '已发录用意向' },
    HIRED: { value: 'hired', description: '已录用（签约）' },
    REJECTED: { value: 'rejected', description: '未录用' },
    WITHDRAWN: { value: 'withdrawn', description: '本人已撤回' },
  } as const,
});

interface SalaryRange {
  min: Money;
  max: Money;
}

const SalaryRangeRef = builder.objectRef<SalaryRange>('MonthlySalaryRange').implement({
  description: '月薪范围（税前，以分计）。',
  authScopes: { public: true },
  fields: (t) => ({
    min: t.field({ type: MoneyRef, resolve: (s) => s.min }),
    max: t.field({ type: MoneyRef, resolve: (s) => s.max }),
  }),
});

interface GeoPoint {
  latitude: number;
  longitude: number;
}

const GeoPointRef = builder.objectRef<GeoPoint>('GeoPoint').implement({
  description: 'WGS84 经纬度。',
  authScopes: { public: true },
  fields: (t) => ({
    latitude: t.exposeFloat('latitude'),
    longitude: t.exposeFloat('longitude'),
  }),
});

// Shared with offers ("near me"); defined once in common/geo.ts.
export { GeoPointInput } from '../common/geo.ts';

interface Requirements {
  education: string | null;
  experienceYears: number | null;
  skills: string[];
}

const RequirementsRef = builder.objectRef<Requirements>('JobRequirements').implement({
  description: '任职要求。',
  authScopes: { public: true },
  fields: (t) => ({
    education: t.field({ type: EducationLevel, nullable: true, resolve: (r) => r.education as never }),
    experienceYears: t.exposeInt('experienceYears', { nullable: true, description: '工作经验年限下限。' }),
    skills: t.exposeStringList('skills'),
  }),
});

const employerScopes = (e: { id: string; unionId: string }) => ({ employerStaffOf: e.id, unionStaffOver: e.unionId });

export const EmployerRef = builder.drizzleNode('employers', {
  name: 'Employer',
  description: '用人单位。通过审核的单位公开可见；未通过审核的仅本单位员工和所在地区工会工作人员可见。',
  id: { column: (employer) => employer.id },
  authScopes: (employer) =>
    employer.status === 'verified' ? { publicRead: 'read_jobs' } : { employerStaffOf: employer.id, unionStaffOver: employer.unionId },
  fields: (t) => ({
    name: t.exposeString('name'),
    creditCode: t.exposeString('creditCode', { description: '统一社会信用代码（公示信息）。' }),
    industry: t.exposeString('industry'),
    region: t.relation('union', { description: '所在地区（市或区/县总工会），由其工作人员审核。' }),
    address: t.exposeString('address', { nullable: true }),
    status: t.expose('status', { type: EmployerStatus }),
    contactName: t.exposeString('contactName', {
      nullable: true,
      description: '联系人（仅本单位员工与地区工会工作人员可见）。',
      authScopes: (e) => ({ employerStaffOf: e.id, unionStaffOver: e.unionId }),
    }),
    contactPhone: t.exposeString('contactPhone', {
      nullable: true,
      authScopes: (e) => ({ employerStaffOf: e.id, unionStaffOver: e.unionId }),
    }),
    reviewNote: t.exposeString('reviewNote', {
      nullable: true,
      authScopes: (e) => ({ employerStaffOf: e.id, unionStaffOver: e.unionId }),
    }),
    openPostings: t.relatedConnection('postings', {
      description: '正在招聘的岗位。',
      query: () => ({ where: { status: 'published', validThrough: { gt: new Date() } }, orderBy: { datePosted: 'desc' } }),
      totalCount: true,
    }),
    postings: t.relatedConnection('postings', {
      description: '本单位全部岗位（含草稿与已关闭），仅本单位员工与地区工会工作人员可见。',
      nullable: true,
      // Pothos types a related connection's parent as the node; at run time it is the employer.
      authScopes: (e) => employerScopes(e as never),
      args: { status: t.arg({ type: JobPostingStatus, required: false }) },
      query: (args) => ({ where: args.status ? { status: args.status } : {}, orderBy: { createdAt: 'desc' } }),
      totalCount: true,
    }),
    applications: t.relatedConnection('applications', {
      description: '投递到本单位岗位的申请，仅本单位员工可见。',
      nullable: true,
      authScopes: (e) => ({ employerStaffOf: (e as never as { id: string }).id }),
      args: { status: t.arg({ type: JobApplicationStatus, required: false }) },
      query: (args) => ({ where: args.status ? { status: args.status } : {}, orderBy: { createdAt: 'desc' } }),
      totalCount: true,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

/** A user id no row has, for viewer-dependent selections of anonymous requests. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

const visibleToPublic = new Set(['published', 'closed', 'filled']);

export const JobPostingRef = builder.drizzleNode('jobPostings', {
  name: 'JobPosting',
  description:
    '招聘岗位（字段对应 schema.org JobPosting）。发布后公开可见；草稿与待审核的仅本单位员工与岗位所在地区工会工作人员可见。',
  id: { column: (posting) => posting.id },
  authScopes: (posting) =>
    visibleToPublic.has(posting.status)
      ? { publicRead: 'read_jobs' }
      : { employerStaffOf: posting.employerId, unionStaffOver: posting.locationUnionId },
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { description: '纯文本（提交时已去除一切标记），按文本显示。' }),
    status: t.expose('status', { type: JobPostingStatus }),
    isOpen: t.boolean({
      description: '正在招聘：已发布且未过有效期。',
      select: { columns: { status: true, validThrough: true } },
      resolve: (p) => p.status === 'published' && p.validThrough.getTime() > Date.now(),
    }),
    datePosted: t.expose('datePosted', { type: 'DateTime', nullable: true, description: '首次发布时间。' }),
    validThrough: t.expose('validThrough', { type: 'DateTime', description: '有效期截止，过期自动下架。' }),
    employmentType: t.expose('employmentType', { type: EmploymentType }),
    employer: t.relation('employer', { description: '招聘单位（hiringOrganization）。' }),
    region: t.relation('location', { description: '工作地点所在市或区/县。' }),
    address: t.exposeString('address', { nullable: true }),
    coordinates: t.field({
      type: GeoPointRef,
      nullable: true,
      select: { columns: { latitude: true, longitude: true } },
      resolve: (p) => (p.latitude != null && p.longitude != null ? { latitude: p.latitude, longitude: p.longitude } : null),
    }),
    distanceKm: t.float({
      description: '与给定地点的直线距离（公里）；岗位无坐标时为空。',
      nullable: true,
      args: { from: t.arg({ type: GeoPointInput, required: true }) },
      select: { columns: { latitude: true, longitude: true } },
      resolve: (p, args) =>
        p.latitude != null && p.longitude != null
          ? Math.round(distanceKm(args.from, { latitude: p.latitude, longitude: p.longitude }) * 10) / 10
          : null,
    }),
    isRemote: t.exposeBoolean('isRemote', { description: '可远程办公。' }),
    salary: t.field({
      type: SalaryRangeRef,
      select: { columns: { salaryMinFen: true, salaryMaxFen: true } },
      resolve: (p) => ({ min: fen(p.salaryMinFen), max: fen(p.salaryMaxFen) }),
    }),
    openings: t.exposeInt('openings', { description: '招聘人数。' }),
    category: t.exposeString('category', { description: '职业类别（occupationalCategory）。' }),
    requirements: t.field({
      type: RequirementsRef,
      select: { columns: { education: true, experienceYears: true, skills: true } },
      resolve: (p) => ({ education: p.education, experienceYears: p.experienceYears, skills: p.skills }),
    }),
    benefits: t.exposeStringList('benefits', { description: '福利待遇。' }),
    isPublicBenefit: t.exposeBoolean('isPublicBenefit', { description: '公益性岗位。' }),
    suitableForHardship: t.exposeBoolean('suitableForHardship', { description: '适合困难职工、零就业家庭成员。' }),
    reviewNote: t.exposeString('reviewNote', {
      nullable: true,
      description: '审核意见（仅本单位员工与工会工作人员可见）。',
      authScopes: (p) => ({ employerStaffOf: p.employerId, unionStaffOver: p.locationUnionId }),
    }),
    jsonLd: t.string({
      description: 'schema.org JobPosting 的 JSON-LD 文本，可直接放入 <script type="application/ld+json">。',
      select: {
        columns: {
          id: true,
          title: true,
          description: true,
          datePosted: true,
          createdAt: true,
          validThrough: true,
          employmentType: true,
          address: true,
          latitude: true,
          longitude: true,
          isRemote: true,
          salaryMinFen: true,
          salaryMaxFen: true,
          openings: true,
          category: true,
          experienceYears: true,
          education: true,
          skills: true,
          benefits: true,
        },
        with: {
          employer: { columns: { id: true, name: true, creditCode: true } },
          location: {
            columns: { name: true, level: true },
            with: {
              parent: { columns: { name: true, level: true }, with: { parent: { columns: { name: true, level: true } } } },
            },
          },
        },
      },
      resolve: (p) => jsonLdString(postingJsonLd(p)),
    }),
    applications: t.relatedConnection('applications', {
      description: '该岗位收到的申请，仅本单位员工可见。',
      nullable: true,
      authScopes: (p) => ({ employerStaffOf: p.employerId }),
      args: { status: t.arg({ type: JobApplicationStatus, required: false }) },
      query: (args) => ({ where: args.status ? { status: args.status } : {}, orderBy: { createdAt: 'desc' } }),
      totalCount: true,
    }),
    viewerApplication: t.field({
      type: JobApplicationRef,
      nullable: true,
      description: '当前会员对该岗位的申请（未登录或未投递时为空）。',
      select: (_args, ctx, nestedSelection) => ({
        with: {
          applications: nestedSelection({ where: { applicantUserId: ctx.viewer?.userId ?? NO_USER }, limit: 1 }),
        },
      }),
      resolve: (p) => p.applications[0] ?? null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

interface ApplicantContact {
  realName: string;
  phone: string;
}

const ApplicantContactRef = builder.objectRef<ApplicantContact>('ApplicantContact').implement({
  description: '申请人联系方式：只通过申请本身可见（即只有被投递的单位能看到）。',
  authScopes: { public: true },
  fields: (t) => ({
    realName: t.exposeString('realName'),
    phone: t.exposeString('phone'),
  }),
});

export const JobApplicationRef = builder.drizzleNode('jobApplications', {
  name: 'JobApplication',
  description: '一次求职申请。申请人本人与被投递单位的员工可见。',
  id: { column: (application) => application.id },
  authScopes: (application) => ({ self: application.applicantUserId, employerStaffOf: application.employerId }),
  fields: (t) => ({
    posting: t.relation('posting'),
    status: t.expose('status', { type: JobApplicationStatus }),
    note: t.exposeString('note', { nullable: true, description: '求职留言。' }),
    skills: t.exposeStringList('skills'),
    certificates: t.exposeStringList('certificates'),
    experience: t.exposeString('experience', { nullable: true, description: '工作经历。' }),
    fair: t.relation('fair', { nullable: true, description: '在哪场招聘会上投递。' }),
    applicant: t.field({
      type: ApplicantContactRef,
      select: { with: { member: { columns: { realName: true } }, applicant: { columns: { phone: true } } } },
      resolve: (a) => ({ realName: a.member.realName, phone: a.applicant.phone }),
    }),
    statusChangedAt: t.expose('statusChangedAt', { type: 'DateTime' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const FairFiguresRef = builder.objectRef<FairFigures>('JobFairFigures').implement({
  description: '招聘会数据：参会单位、提供岗位数、入场登记人数、投递数、签约（录用）数。',
  authScopes: { public: true },
  fields: (t) => ({
    employers: t.exposeInt('employers', { description: '参会单位数。' }),
    postings: t.exposeInt('postings', { description: '参会岗位条数。' }),
    positions: t.exposeInt('positions', { description: '提供的岗位人数（各岗位招聘人数之和）。' }),
    visitors: t.exposeInt('visitors', { description: '报名入场人数。' }),
    applications: t.exposeInt('applications', { description: '在本场投递的申请数。' }),
    hires: t.exposeInt('hires', { description: '在本场投递并最终录用的人数（签约数）。' }),
  }),
});

export const JobFairRef = builder.drizzleNode('jobFairs', {
  name: 'JobFair',
  description: '工会招聘会（公开）。',
  id: { column: (fair) => fair.id },
  authScopes: { publicRead: 'read_jobs' },
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description', { nullable: true }),
    date: t.expose('fairDate', { type: 'Date' }),
    isOnline: t.exposeBoolean('isOnline', { description: '线上招聘会。' }),
    venue: t.exposeString('venue', { nullable: true }),
    capacity: t.exposeInt('capacity', { nullable: true, description: '现场容量；为空表示不限。' }),
    registeredCount: t.exposeInt('registeredCount'),
    viewerRegistered: t.boolean({
      description: '当前会员是否已报名；未登录为 false。',
      select: (_args, ctx) => ({
        extras: {
          viewerRegistered: (f) =>
            sql<boolean>`exists (select 1 from job_fair_registrations r join members m on m.id = r.member_id
              where r.fair_id = ${f.id} and m.user_id = ${ctx.viewer?.userId ?? NO_USER})`,
        },
      }),
      resolve: (f) => Boolean(f.viewerRegistered),
    }),
    isOver: t.boolean({
      select: { columns: { fairDate: true } },
      resolve: (f) => f.fairDate < shanghaiToday(),
    }),
    organizer: t.relation('organizer', { description: '主办工会。' }),
    employers: t.relatedConnection('employers', { description: '参会单位。', totalCount: true }),
    postings: t.relatedConnection('postings', { description: '参会岗位。', totalCount: true }),
    figures: t.field({
      type: FairFiguresRef,
      // Correlated subqueries planned into the fairs' own query: a list of fairs costs no extra round trips.
      select: {
        columns: { registeredCount: true },
        extras: {
          figureEmployers: (f) => sql<number>`(select count(*)::int from job_fair_employers e where e.fair_id = ${f.id})`,
          figurePostings: (f) => sql<number>`(select count(*)::int from job_fair_postings p where p.fair_id = ${f.id})`,
          figurePositions: (f) => sql<number>`(select coalesce(sum(jp.openings), 0)::int from job_fair_postings p
            join job_postings jp on jp.id = p.posting_id where p.fair_id = ${f.id})`,
          figureApplications: (f) => sql<number>`(select count(*)::int from job_applications a where a.fair_id = ${f.id})`,
          figureHires: (f) =>
            sql<number>`(select count(*)::int from job_applications a where a.fair_id = ${f.id} and a.status = 'hired')`,
        },
      },
      resolve: (f) => ({
        employers: Number(f.figureEmployers),
        postings: Number(f.figurePostings),
        positions: Number(f.figurePositions),
        visitors: f.registeredCount,
        applications: Number(f.figureApplications),
        hires: Number(f.figureHires),
      }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const JobReviewPolicyRef = builder.drizzleObject('jobReviewPolicies', {
  name: 'JobReviewPolicy',
  description: '地区的岗位审核规则（公开）。',
  authScopes: { public: true },
  fields: (t) => ({
    union: t.relation('union', { description: '规则作用的工会地区（含下级）。' }),
    reReviewPublishedEdits: t.exposeBoolean('reReviewPublishedEdits', {
      description: '为 true 时，已发布岗位被修改后回到待审核，审核通过前不出现在搜索中。',
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

export const JobSeekerProfileRef = builder.drizzleObject('jobSeekerProfiles', {
  name: 'JobSeekerProfile',
  description: '会员的求职简历要点，仅本人可见（用人单位看到的是每次投递时的副本）。',
  select: { columns: { id: true }, with: { member: { columns: { userId: true } } } },
  authScopes: (profile) => ({ self: profile.member.userId }),
  fields: (t) => ({
    skills: t.exposeStringList('skills'),
    certificates: t.exposeStringList('certificates'),
    experience: t.exposeString('experience', { nullable: true }),
    desiredCategories: t.exposeStringList('desiredCategories', { description: '期望的职业类别。' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});
