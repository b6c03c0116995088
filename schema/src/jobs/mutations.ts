import { requireViewer } from '../common/viewer.ts';
import { creditCodeValid } from '@huigong/db/credit-code';
import { z } from 'zod';
import { NotFound } from '../common/not-found.ts';
import { MemberRef, UnionRef } from '../accounts/types.ts';
import { builder } from '../builder.ts';
import { errorType, InputValidationError } from '../common/errors.ts';
import { MoneyInput } from '../common/money.ts';
import { personName, phone } from '../common/validators.ts';
import type { Context } from '../context.ts';
import { applyToPosting, changeApplicationStatus, withdrawApplication } from './applications.service.ts';
import { addEmployerStaff, registerEmployer, reviewEmployer } from './employers.service.ts';
import {
  AlreadyApplied,
  AlreadyEmployerStaff,
  AlreadyRecommended,
  AlreadyRegisteredForFair,
  CreditCodeTaken,
  EmployerNotVerified,
  FairClosed,
  FairFull,
  InvalidTransition,
  PostingNotOpen,
} from './errors.ts';
import { cancelFairRegistration, createFair, joinFair, registerForFair } from './fairs.service.ts';
import {
  closePosting,
  createPosting,
  reviewPosting,
  setReviewPolicy,
  submitPosting,
  updatePosting,
  type PostingFields,
} from './postings.service.ts';
import { saveProfile } from './profiles.service.ts';
import { recommendPosting } from './recommendations.service.ts';
import {
  EducationLevel,
  EmployerRef,
  EmploymentType,
  JobApplicationRef,
  JobFairRef,
  JobPostingRef,
} from './types.ts';

errorType(CreditCodeTaken, 'CreditCodeTaken', { description: '统一社会信用代码已被其他单位登记。' });
errorType(EmployerNotVerified, 'EmployerNotVerified', { description: '用人单位尚未通过审核。' });
errorType(PostingNotOpen, 'PostingNotOpen', { description: '岗位未在招聘中（未发布、已关闭或已过有效期）。' });
errorType(AlreadyApplied, 'AlreadyApplied', { description: '同一会员对同一岗位只能投递一次。' });
errorType(FairFull, 'FairFull', { description: '招聘会现场名额已满。' });
errorType(AlreadyRegisteredForFair, 'AlreadyRegisteredForFair', { description: '已报名该招聘会。' });
errorType(FairClosed, 'FairClosed', { description: '招聘会已结束。' });
errorType(AlreadyRecommended, 'AlreadyRecommended', { description: '已推荐过。' });
errorType(AlreadyEmployerStaff, 'AlreadyEmployerStaff', { description: '该账号已是本单位员工。' });

const creditCode = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(
    z
      .string()
      .regex(/^[0-9A-Z]{18}$/, { message: '统一社会信用代码应为 18 位数字或大写字母' })
      .refine(creditCodeValid, { message: '统一社会信用代码校验位不正确', params: { code: 'INVALID_CHECKSUM' } }),
  );
const shortText = (max: number, label: string) =>
  z.string().trim().min(1, { message: `请填写${label}` }).max(max, { message: `${label}最多 ${max} 个字` });
const optionalText = (max: number) => z.string().trim().max(max, { message: `最多 ${max} 个字` });
const tagList = z.array(z.string().trim().min(1).max(30)).max(20, { message: '最多 20 项' });
const monthlyFen = z.object({ amount: z.number().int().min(0).max(100_000_000), currency: z.literal('CNY') });

const RegisterEmployerInput = builder.inputType('RegisterEmployerInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: shortText(100, '单位名称') }),
    creditCode: t.string({ required: true, validate: creditCode, description: '18 位统一社会信用代码（GB 32100）。' }),
    industry: t.string({ required: true, validate: shortText(40, '所属行业') }),
    region: t.globalID({ required: true, for: [UnionRef], description: '所在市或区/县（其总工会负责审核）。' }),
    address: t.string({ required: false, validate: optionalText(200) }),
    contactName: t.string({ required: true, validate: personName }),
    contactPhone: t.string({ required: true, validate: phone }),
  }),
});

const ReviewEmployerInput = builder.inputType('ReviewEmployerInput', {
  fields: (t) => ({
    employer: t.globalID({ required: true, for: [EmployerRef] }),
    approve: t.boolean({ required: true }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const AddEmployerStaffInput = builder.inputType('AddEmployerStaffInput', {
  fields: (t) => ({
    employer: t.globalID({ required: true, for: [EmployerRef] }),
    phone: t.string({ required: true, validate: phone, description: '已注册账号的手机号。' }),
  }),
});

const JobLocationInput = builder.inputType('JobLocationInput', {
  fields: (t) => ({
    region: t.globalID({ required: true, for: [UnionRef], description: '工作地点所在市或区/县。' }),
    address: t.string({ required: false, validate: optionalText(200) }),
    latitude: t.float({ required: false, validate: z.number().min(-90).max(90) }),
    longitude: t.float({ required: false, validate: z.number().min(-180).max(180) }),
    isRemote: t.boolean({ required: false }),
  }),
});

const SalaryRangeInput = builder.inputType('MonthlySalaryRangeInput', {
  description: '月薪范围（以分计）。',
  fields: (t) => ({
    min: t.field({ type: MoneyInput, required: true, validate: monthlyFen }),
    max: t.field({ type: MoneyInput, required: true, validate: monthlyFen }),
  }),
});

const RequirementsInput = builder.inputType('JobRequirementsInput', {
  fields: (t) => ({
    education: t.field({ type: EducationLevel, required: false }),
    experienceYears: t.int({ required: false, validate: z.number().int().min(0).max(50) }),
    skills: t.stringList({ required: false, validate: tagList }),
  }),
});

type PostingInputFields = {
  title: string;
  description: string;
  employmentType: PostingFields['employmentType'];
  validThrough?: Date | null;
  location: { region: { id: string }; address?: string | null; latitude?: number | null; longitude?: number | null; isRemote?: boolean | null };
  salary: { min: { amount: number }; max: { amount: number } };
  openings?: number | null;
  category: string;
  requirements?: { education?: PostingFields['education']; experienceYears?: number | null; skills?: string[] | null } | null;
  benefits?: string[] | null;
  isPublicBenefit?: boolean | null;
  suitableForHardship?: boolean | null;
};

const postingFieldsOf = (input: PostingInputFields): PostingFields => ({
  title: input.title,
  description: input.description,
  employmentType: input.employmentType,
  validThrough: input.validThrough ?? null,
  locationUnionId: input.location.region.id,
  address: input.location.address ?? null,
  latitude: input.location.latitude ?? null,
  longitude: input.location.longitude ?? null,
  isRemote: input.location.isRemote ?? false,
  salaryMinFen: input.salary.min.amount,
  salaryMaxFen: input.salary.max.amount,
  openings: input.openings ?? 1,
  category: input.category,
  education: input.requirements?.education ?? null,
  experienceYears: input.requirements?.experienceYears ?? null,
  skills: input.requirements?.skills ?? [],
  benefits: input.benefits ?? [],
  isPublicBenefit: input.isPublicBenefit ?? false,
  suitableForHardship: input.suitableForHardship ?? false,
});

const JobPostingFieldsInput = builder.inputType('JobPostingFieldsInput', {
  description: '岗位内容（对应 schema.org JobPosting）。',
  fields: (t) => ({
    title: t.string({ required: true, validate: shortText(60, '岗位名称') }),
    description: t.string({
      required: true,
      validate: z.string().min(10, { message: '岗位描述至少 10 个字' }).max(5000, { message: '岗位描述最多 5000 个字' }),
      description: '岗位描述；可为纯文本或简单 HTML，保存时去除全部标记。',
    }),
    employmentType: t.field({ type: EmploymentType, required: true }),
    validThrough: t.field({ type: 'DateTime', required: false, description: '有效期截止；默认 30 天后，最长 180 天。' }),
    location: t.field({ type: JobLocationInput, required: true }),
    salary: t.field({ type: SalaryRangeInput, required: true }),
    openings: t.int({ required: false, validate: z.number().int().min(1).max(10000) }),
    category: t.string({ required: true, validate: shortText(30, '职业类别') }),
    requirements: t.field({ type: RequirementsInput, required: false }),
    benefits: t.stringList({ required: false, validate: tagList }),
    isPublicBenefit: t.boolean({ required: false, description: '公益性岗位。' }),
    suitableForHardship: t.boolean({ required: false, description: '适合困难职工、零就业家庭成员。' }),
  }),
});

const CreateJobPostingInput = builder.inputType('CreateJobPostingInput', {
  fields: (t) => ({
    employer: t.globalID({ required: true, for: [EmployerRef] }),
    posting: t.field({ type: JobPostingFieldsInput, required: true }),
  }),
});

const UpdateJobPostingInput = builder.inputType('UpdateJobPostingInput', {
  description: '整体替换岗位内容；已发布的岗位修改后保持发布状态。',
  fields: (t) => ({
    id: t.globalID({ required: true, for: [JobPostingRef] }),
    posting: t.field({ type: JobPostingFieldsInput, required: true }),
  }),
});

const PostingRefInput = builder.inputType('JobPostingRefInput', {
  fields: (t) => ({ id: t.globalID({ required: true, for: [JobPostingRef] }) }),
});

const ReviewJobPostingInput = builder.inputType('ReviewJobPostingInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: [JobPostingRef] }),
    approve: t.boolean({ required: true, description: 'true 发布；false 退回草稿（附意见）。' }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const CloseJobPostingInput = builder.inputType('CloseJobPostingInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: [JobPostingRef] }),
    filled: t.boolean({ required: true, description: 'true 表示已招满，否则为停止招聘。' }),
    reason: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const ApplyForJobInput = builder.inputType('ApplyForJobInput', {
  fields: (t) => ({
    posting: t.globalID({ required: true, for: [JobPostingRef] }),
    fair: t.globalID({ required: false, for: [JobFairRef], description: '在某场招聘会上投递时填写，计入该场数据。' }),
    note: t.string({ required: false, validate: optionalText(500) }),
    skills: t.stringList({ required: false, validate: tagList, description: '不填则取自求职简历。' }),
    certificates: t.stringList({ required: false, validate: tagList, description: '不填则取自求职简历。' }),
    experience: t.string({ required: false, validate: optionalText(2000), description: '不填则取自求职简历。' }),
  }),
});

const JobSeekerProfileInput = builder.inputType('JobSeekerProfileInput', {
  fields: (t) => ({
    skills: t.stringList({ required: true, validate: tagList }),
    certificates: t.stringList({ required: true, validate: tagList }),
    experience: t.string({ required: false, validate: optionalText(2000) }),
    desiredCategories: t.stringList({ required: false, validate: tagList }),
  }),
});

const EmployerSetsStatus = builder.enumType('EmployerSetsApplicationStatus', {
  values: {
    VIEWED: { value: 'viewed' },
    INTERVIEWING: { value: 'interviewing' },
    OFFERED: { value: 'offered' },
    HIRED: { value: 'hired' },
    REJECTED: { value: 'rejected' },
  } as const,
});

const UpdateJobApplicationStatusInput = builder.inputType('UpdateJobApplicationStatusInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: [JobApplicationRef] }),
    status: t.field({ type: EmployerSetsStatus, required: true }),
    reason: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const ApplicationRefInput = builder.inputType('JobApplicationRefInput', {
  fields: (t) => ({ id: t.globalID({ required: true, for: [JobApplicationRef] }) }),
});

const CreateJobFairInput = builder.inputType('CreateJobFairInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: shortText(80, '招聘会名称') }),
    description: t.string({ required: false, validate: optionalText(2000) }),
    organizer: t.globalID({ required: true, for: [UnionRef], description: '主办工会（须在本人管辖范围内）。' }),
    date: t.field({ type: 'Date', required: true }),
    isOnline: t.boolean({ required: true }),
    venue: t.string({ required: false, validate: optionalText(200) }),
    capacity: t.int({ required: false, validate: z.number().int().min(1).max(1_000_000), description: '现场容量；不填为不限。' }),
  }),
});

const JoinJobFairInput = builder.inputType('JoinJobFairInput', {
  fields: (t) => ({
    fair: t.globalID({ required: true, for: [JobFairRef] }),
    employer: t.globalID({ required: true, for: [EmployerRef] }),
    postings: t.globalIDList({ required: true, for: [JobPostingRef], validate: z.array(z.any()).max(100) }),
  }),
});

const FairRefInput = builder.inputType('JobFairRefInput', {
  fields: (t) => ({ id: t.globalID({ required: true, for: [JobFairRef] }) }),
});

const SetJobReviewPolicyInput = builder.inputType('SetJobReviewPolicyInput', {
  fields: (t) => ({
    union: t.globalID({ required: true, for: [UnionRef], description: '本人管辖的工会（规则作用于其下级地区）。' }),
    reReviewPublishedEdits: t.boolean({ required: true }),
  }),
});

const RecommendJobPostingInput = builder.inputType('RecommendJobPostingInput', {
  fields: (t) => ({
    posting: t.globalID({ required: true, for: [JobPostingRef] }),
    member: t.globalID({ required: true, for: [MemberRef] }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

/** Scopes for acting on a posting; an unknown id answers like a foreign one (no probing of ids). */
async function postingScopes(ctx: Context, postingId: string, who: 'employer' | 'staff' | 'either') {
  const posting = await ctx.db.query.jobPostings.findFirst({
    where: { id: postingId },
    columns: { employerId: true, locationUnionId: true },
  });
  if (!posting) return { platformAdmin: true };
  if (who === 'employer') return { employerStaffOf: posting.employerId };
  if (who === 'staff') return { unionStaffOver: posting.locationUnionId };
  return { employerStaffOf: posting.employerId, unionStaffOver: posting.locationUnionId };
}

const reload = {
  posting: async (ctx: Context, query: any, id: string) => {
    const row = await ctx.db.query.jobPostings.findFirst(query({ where: { id } }));
    if (!row) throw new NotFound('岗位');
    return row;
  },
  application: async (ctx: Context, query: any, id: string) => {
    const row = await ctx.db.query.jobApplications.findFirst(query({ where: { id } }));
    if (!row) throw new NotFound('求职申请');
    return row;
  },
  employer: async (ctx: Context, query: any, id: string) => {
    const row = await ctx.db.query.employers.findFirst(query({ where: { id } }));
    if (!row) throw new NotFound('用人单位');
    return row;
  },
  fair: async (ctx: Context, query: any, id: string) => {
    const row = await ctx.db.query.jobFairs.findFirst(query({ where: { id } }));
    if (!row) throw new NotFound('招聘会');
    return row;
  },
};

builder.mutationFields((t) => ({
  registerEmployer: t.drizzleField({
    type: 'employers',
    description: '登记用人单位（待所在地区工会审核）；登记人成为该单位的第一个员工账号。',
    nullable: true,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RegisterEmployerInput, required: true }) },
    errors: { types: [InputValidationError, CreditCodeTaken], dataField: { name: 'employer' } },
    resolve: async (query, _root, { input }, ctx) => {
      const employer = await registerEmployer(ctx.db, requireViewer(ctx).userId, {
        name: input.name,
        creditCode: input.creditCode,
        industry: input.industry,
        unionId: input.region.id,
        address: input.address ?? null,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
      });
      // The viewer was loaded before this grant existed; let the rest of this request see it.
      requireViewer(ctx).grants.push({ role: 'employer_staff', unionId: null, unionPath: null, organizationId: employer.id });
      return reload.employer(ctx, query, employer.id);
    },
  }),

  reviewEmployer: t.drizzleField({
    type: 'employers',
    description: '工会工作人员审核本地区的用人单位。',
    nullable: true,
    args: { input: t.arg({ type: ReviewEmployerInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const employer = await ctx.db.query.employers.findFirst({ where: { id: input.employer.id }, columns: { unionId: true } });
      return employer ? { unionStaffOver: employer.unionId } : { platformAdmin: true };
    },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'employer' } },
    resolve: async (query, _root, { input }, ctx) => {
      await reviewEmployer(ctx.db, requireViewer(ctx).userId, { employerId: input.employer.id, approve: input.approve, note: input.note ?? null });
      return reload.employer(ctx, query, input.employer.id);
    },
  }),

  addEmployerStaff: t.drizzleField({
    type: 'employers',
    description: '为本单位添加员工账号（对方须已注册）。',
    nullable: true,
    args: { input: t.arg({ type: AddEmployerStaffInput, required: true }) },
    authScopes: (_root, { input }) => ({ employerStaffOf: input.employer.id }),
    errors: { types: [InputValidationError, AlreadyEmployerStaff], dataField: { name: 'employer' } },
    resolve: async (query, _root, { input }, ctx) => {
      await addEmployerStaff(ctx.db, requireViewer(ctx).userId, { employerId: input.employer.id, phone: input.phone });
      return reload.employer(ctx, query, input.employer.id);
    },
  }),

  createJobPosting: t.drizzleField({
    type: 'jobPostings',
    description: '新建岗位草稿。',
    nullable: true,
    args: { input: t.arg({ type: CreateJobPostingInput, required: true }) },
    authScopes: (_root, { input }) => ({ employerStaffOf: input.employer.id }),
    errors: { types: [InputValidationError], dataField: { name: 'posting' } },
    resolve: async (query, _root, { input }, ctx) => {
      const posting = await createPosting(ctx.db, requireViewer(ctx).userId, input.employer.id, postingFieldsOf(input.posting));
      return reload.posting(ctx, query, posting.id);
    },
  }),

  updateJobPosting: t.drizzleField({
    type: 'jobPostings',
    description: '修改岗位内容（草稿、待审核或已发布的岗位）；已发布的岗位保持发布。',
    nullable: true,
    args: { input: t.arg({ type: UpdateJobPostingInput, required: true }) },
    authScopes: (_root, { input }, ctx) => postingScopes(ctx, input.id.id, 'employer'),
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'posting' } },
    resolve: async (query, _root, { input }, ctx) => {
      await updatePosting(ctx.db, requireViewer(ctx).userId, input.id.id, postingFieldsOf(input.posting));
      return reload.posting(ctx, query, input.id.id);
    },
  }),

  submitJobPosting: t.drizzleField({
    type: 'jobPostings',
    description: '提交草稿给工会审核（单位须已通过审核）。',
    nullable: true,
    args: { input: t.arg({ type: PostingRefInput, required: true }) },
    authScopes: (_root, { input }, ctx) => postingScopes(ctx, input.id.id, 'employer'),
    errors: { types: [NotFound, EmployerNotVerified, InvalidTransition], dataField: { name: 'posting' } },
    resolve: async (query, _root, { input }, ctx) => {
      await submitPosting(ctx.db, requireViewer(ctx).userId, input.id.id);
      return reload.posting(ctx, query, input.id.id);
    },
  }),

  reviewJobPosting: t.drizzleField({
    type: 'jobPostings',
    description: '工会工作人员审核岗位：通过即发布，或退回草稿。',
    nullable: true,
    args: { input: t.arg({ type: ReviewJobPostingInput, required: true }) },
    authScopes: (_root, { input }, ctx) => postingScopes(ctx, input.id.id, 'staff'),
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'posting' } },
    resolve: async (query, _root, { input }, ctx) => {
      await reviewPosting(ctx.db, requireViewer(ctx).userId, { postingId: input.id.id, approve: input.approve, note: input.note ?? null });
      return reload.posting(ctx, query, input.id.id);
    },
  }),

  closeJobPosting: t.drizzleField({
    type: 'jobPostings',
    description: '停止招聘或标记招满（单位员工或工会工作人员）。',
    nullable: true,
    args: { input: t.arg({ type: CloseJobPostingInput, required: true }) },
    authScopes: (_root, { input }, ctx) => postingScopes(ctx, input.id.id, 'either'),
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'posting' } },
    resolve: async (query, _root, { input }, ctx) => {
      await closePosting(ctx.db, requireViewer(ctx).userId, { postingId: input.id.id, filled: input.filled, reason: input.reason ?? null });
      return reload.posting(ctx, query, input.id.id);
    },
  }),

  applyForJob: t.drizzleField({
    type: 'jobApplications',
    description: '会员投递岗位（每个岗位限一次），附留言与个人简历要点。',
    nullable: true,
    args: { input: t.arg({ type: ApplyForJobInput, required: true }) },
    authScopes: { member: true },
    errors: { types: [InputValidationError, NotFound, PostingNotOpen, AlreadyApplied], dataField: { name: 'application' } },
    resolve: async (query, _root, { input }, ctx) => {
      const application = await applyToPosting(
        ctx.db,
        { userId: requireViewer(ctx).userId, memberId: requireViewer(ctx).member!.id },
        {
          postingId: input.posting.id,
          fairId: input.fair?.id ?? null,
          note: input.note ?? null,
          skills: input.skills ?? null,
          certificates: input.certificates ?? null,
          experience: input.experience ?? null,
        },
      );
      return reload.application(ctx, query, application.id);
    },
  }),

  withdrawJobApplication: t.drizzleField({
    type: 'jobApplications',
    description: '申请人撤回申请（录用或未录用后不能撤回）。',
    nullable: true,
    args: { input: t.arg({ type: ApplicationRefInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const app = await ctx.db.query.jobApplications.findFirst({ where: { id: input.id.id }, columns: { applicantUserId: true } });
      return app ? { self: app.applicantUserId } : { platformAdmin: true };
    },
    errors: { types: [NotFound, InvalidTransition], dataField: { name: 'application' } },
    resolve: async (query, _root, { input }, ctx) => {
      await withdrawApplication(ctx.db, requireViewer(ctx).userId, input.id.id);
      return reload.application(ctx, query, input.id.id);
    },
  }),

  updateJobApplicationStatus: t.drizzleField({
    type: 'jobApplications',
    description: '用人单位推进申请：已查看 → 面试中 → 已发录用意向 → 已录用，或未录用。',
    nullable: true,
    args: { input: t.arg({ type: UpdateJobApplicationStatusInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const app = await ctx.db.query.jobApplications.findFirst({ where: { id: input.id.id }, columns: { employerId: true } });
      return app ? { employerStaffOf: app.employerId } : { platformAdmin: true };
    },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'application' } },
    resolve: async (query, _root, { input }, ctx) => {
      await changeApplicationStatus(ctx.db, requireViewer(ctx).userId, {
        applicationId: input.id.id,
        status: input.status,
        reason: input.reason ?? null,
      });
      return reload.application(ctx, query, input.id.id);
    },
  }),

  createJobFair: t.drizzleField({
    type: 'jobFairs',
    description: '工会工作人员创建招聘会（现场或线上）。',
    nullable: true,
    args: { input: t.arg({ type: CreateJobFairInput, required: true }) },
    authScopes: (_root, { input }) => ({ unionStaffOver: input.organizer.id }),
    errors: { types: [InputValidationError], dataField: { name: 'fair' } },
    resolve: async (query, _root, { input }, ctx) => {
      const fair = await createFair(ctx.db, requireViewer(ctx).userId, {
        title: input.title,
        description: input.description ?? null,
        organizerUnionId: input.organizer.id,
        fairDate: input.date,
        isOnline: input.isOnline,
        venue: input.venue ?? null,
        capacity: input.capacity ?? null,
      });
      return reload.fair(ctx, query, fair.id);
    },
  }),

  joinJobFair: t.drizzleField({
    type: 'jobFairs',
    description: '用人单位带着岗位报名参加招聘会（可多次调用追加岗位）。',
    nullable: true,
    args: { input: t.arg({ type: JoinJobFairInput, required: true }) },
    authScopes: (_root, { input }) => ({ employerStaffOf: input.employer.id }),
    errors: { types: [InputValidationError, NotFound, EmployerNotVerified, FairClosed], dataField: { name: 'fair' } },
    resolve: async (query, _root, { input }, ctx) => {
      await joinFair(ctx.db, requireViewer(ctx).userId, {
        fairId: input.fair.id,
        employerId: input.employer.id,
        postingIds: input.postings.map((p) => p.id),
      });
      return reload.fair(ctx, query, input.fair.id);
    },
  }),

  registerForJobFair: t.drizzleField({
    type: 'jobFairs',
    description: '会员报名入场（现场招聘会受容量限制）。',
    nullable: true,
    args: { input: t.arg({ type: FairRefInput, required: true }) },
    authScopes: { member: true },
    errors: { types: [NotFound, FairFull, AlreadyRegisteredForFair, FairClosed], dataField: { name: 'fair' } },
    resolve: async (query, _root, { input }, ctx) => {
      await registerForFair(ctx.db, requireViewer(ctx).member!.id, input.id.id);
      return reload.fair(ctx, query, input.id.id);
    },
  }),

  saveJobSeekerProfile: t.drizzleField({
    type: 'jobSeekerProfiles',
    description: '保存本人的求职简历要点；投递时未填写的内容取自这里。',
    nullable: true,
    args: { input: t.arg({ type: JobSeekerProfileInput, required: true }) },
    authScopes: { member: true },
    errors: { types: [InputValidationError], dataField: { name: 'profile' } },
    resolve: async (query, _root, { input }, ctx) => {
      const profile = await saveProfile(ctx.db, requireViewer(ctx).member!.id, {
        skills: input.skills,
        certificates: input.certificates,
        experience: input.experience ?? null,
        desiredCategories: input.desiredCategories ?? [],
      });
      const row = await ctx.db.query.jobSeekerProfiles.findFirst(query({ where: { id: profile.id } }));
      if (!row) throw new NotFound('求职简历');
      return row;
    },
  }),

  setJobReviewPolicy: t.drizzleField({
    type: 'jobReviewPolicies',
    description: '设置本地区已发布岗位修改后是否须重新审核。',
    nullable: true,
    args: { input: t.arg({ type: SetJobReviewPolicyInput, required: true }) },
    authScopes: (_root, { input }) => ({ unionStaffOver: input.union.id }),
    errors: { types: [], dataField: { name: 'policy' } },
    resolve: async (query, _root, { input }, ctx) => {
      const policy = await setReviewPolicy(ctx.db, requireViewer(ctx).userId, {
        unionId: input.union.id,
        reReviewPublishedEdits: input.reReviewPublishedEdits,
      });
      const row = await ctx.db.query.jobReviewPolicies.findFirst(query({ where: { id: policy.id } }));
      if (!row) throw new NotFound('审核规则');
      return row;
    },
  }),

  cancelJobFairRegistration: t.drizzleField({
    type: 'jobFairs',
    description: '取消本人的招聘会报名，名额退回。',
    nullable: true,
    args: { input: t.arg({ type: FairRefInput, required: true }) },
    authScopes: { member: true },
    errors: { types: [NotFound], dataField: { name: 'fair' } },
    resolve: async (query, _root, { input }, ctx) => {
      await cancelFairRegistration(ctx.db, requireViewer(ctx).member!.id, input.id.id);
      return reload.fair(ctx, query, input.id.id);
    },
  }),

  recommendJobPosting: t.drizzleField({
    type: 'jobPostings',
    description: '工会工作人员向本辖区会员（通常是困难职工）推荐岗位。',
    nullable: true,
    args: { input: t.arg({ type: RecommendJobPostingInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const member = await ctx.db.query.members.findFirst({ where: { id: input.member.id }, columns: { unionId: true } });
      return member ? { unionStaffOver: member.unionId } : { platformAdmin: true };
    },
    errors: { types: [InputValidationError, NotFound, PostingNotOpen, AlreadyRecommended], dataField: { name: 'posting' } },
    resolve: async (query, _root, { input }, ctx) => {
      await recommendPosting(ctx.db, requireViewer(ctx).userId, {
        postingId: input.posting.id,
        memberId: input.member.id,
        note: input.note ?? null,
      });
      return reload.posting(ctx, query, input.posting.id);
    },
  }),
}));
