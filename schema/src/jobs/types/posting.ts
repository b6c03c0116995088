import { sql } from 'drizzle-orm';
import { builder } from '../../builder.ts';
import { distanceKm, GeoPointInput } from '../../common/geo.ts';
import { fen } from '../../common/money.ts';
import { viewerCanType } from '../../common/transitions.ts';
import { isUnionStaffOver } from '../../accounts/staff-reach.ts';
import { isEmployerStaff } from '../access.ts';
import { jsonLdString, postingJsonLd } from '../jsonld.ts';
import { employerLifecycle, postingLifecycle } from '../lifecycle.ts';
import { JobApplicationRef } from './application.ts';
import { EmploymentType, GeoPointRef, JobApplicationStatus, JobPostingStatus, RequirementsRef, SalaryRangeRef } from './shared.ts';

export const JobPostingViewerCanRef = viewerCanType('JobPostingViewerCan', {
  edit: '可修改（本单位员工；草稿、待审核或已发布）。',
  submit: '可提交审核（本单位员工，草稿，单位已通过审核）。',
  approve: '可审核通过并发布（岗位所在地区工会工作人员，待审核）。',
  return: '可退回修改（岗位所在地区工会工作人员，待审核）。',
  close: '可停止招聘（本单位员工或地区工会工作人员）。',
  fill: '可标记招满（本单位员工或地区工会工作人员）。',
  apply: '可投递（持会员卡、岗位招聘中且本人尚未投递）。',
});

/** A user id no row has, for viewer-dependent selections of anonymous requests. */
export const NO_USER = '00000000-0000-0000-0000-000000000000';

const visibleToPublic = new Set(['published', 'closed', 'filled']);

/** Open: published and not past valid-through (the same rule as search.service.ts openPostingSql). */
const isOpen = (p: { status: string; validThrough: Date }) => p.status === 'published' && p.validThrough.getTime() > Date.now();

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
    title: t.exposeString('title', { description: '岗位名称。' }),
    description: t.exposeString('description', { description: '纯文本（提交时已去除一切标记），按文本显示。' }),
    status: t.expose('status', { type: JobPostingStatus, description: '岗位状态（过了 validThrough 的仍为 PUBLISHED，看 isOpen）。' }),
    isOpen: t.boolean({
      description: '正在招聘：已发布且未过有效期。',
      select: { columns: { status: true, validThrough: true } },
      resolve: (p) => isOpen(p),
    }),
    datePosted: t.expose('datePosted', { type: 'DateTime', nullable: true, description: '首次发布时间。' }),
    validThrough: t.expose('validThrough', { type: 'DateTime', description: '有效期截止，过期自动下架。' }),
    employmentType: t.expose('employmentType', { type: EmploymentType, description: '用工形式。' }),
    employer: t.relation('employer', { description: '招聘单位（hiringOrganization）。' }),
    region: t.relation('location', { description: '工作地点所在市或区/县。' }),
    address: t.exposeString('address', { nullable: true, description: '工作地址；未填为 null。' }),
    coordinates: t.field({
      type: GeoPointRef,
      nullable: true,
      description: '工作地点坐标（WGS-84）；未给出为 null。',
      select: { columns: { latitude: true, longitude: true } },
      resolve: (p) => (p.latitude != null && p.longitude != null ? { latitude: p.latitude, longitude: p.longitude } : null),
    }),
    distanceKm: t.float({
      description: '与给定地点的直线距离（公里）；岗位无坐标时为空。',
      nullable: true,
      args: { from: t.arg({ type: GeoPointInput, required: true, description: '起点（WGS-84），如求职者所在位置。' }) },
      select: { columns: { latitude: true, longitude: true } },
      resolve: (p, args) =>
        p.latitude != null && p.longitude != null
          ? Math.round(distanceKm(args.from, { latitude: p.latitude, longitude: p.longitude }) * 10) / 10
          : null,
    }),
    isRemote: t.exposeBoolean('isRemote', { description: '可远程办公。' }),
    salary: t.field({
      type: SalaryRangeRef,
      description: '月薪范围（税前，分）。',
      select: { columns: { salaryMinFen: true, salaryMaxFen: true } },
      resolve: (p) => ({ min: fen(p.salaryMinFen), max: fen(p.salaryMaxFen) }),
    }),
    openings: t.exposeInt('openings', { description: '招聘人数。' }),
    category: t.exposeString('category', { description: '职业类别（occupationalCategory）。' }),
    requirements: t.field({
      type: RequirementsRef,
      description: '任职要求：学历、经验年限、技能。',
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
      args: { status: t.arg({ type: JobApplicationStatus, required: false, description: '只看此状态的申请；不给为全部。' }) },
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
    viewerCan: t.field({
      type: JobPostingViewerCanRef,
      description: '当前查看者可对该岗位进行的操作。',
      select: (_args, ctx) => ({
        columns: { status: true, employerId: true, locationPath: true, validThrough: true },
        with: { employer: { columns: { status: true } } },
        extras: {
          viewerApplied: (p) =>
            sql<boolean>`exists (select 1 from job_applications a where a.posting_id = ${p.id} and a.applicant_user_id = ${ctx.viewer?.userId ?? NO_USER})`,
        },
      }),
      resolve: (p, _args, ctx) => {
        const own = isEmployerStaff(ctx.viewer, p.employerId);
        const staff = isUnionStaffOver(ctx.viewer, p.locationPath);
        return {
          ...postingLifecycle.viewerCan(p.status, {
            edit: own,
            submit: own && employerLifecycle.can(p.employer.status, 'submitPostings'),
            approve: staff,
            return: staff,
            close: own || staff,
            fill: own || staff,
          }),
          apply: ctx.viewer?.member != null && isOpen(p) && !p.viewerApplied,
        };
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建草稿的时间。' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '最近一次修改的时间。' }),
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
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '规则最近一次修改的时间。' }),
  }),
});
