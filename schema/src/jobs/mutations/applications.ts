import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { requireMember } from '../access.ts';
import { applyToPosting, changeApplicationStatus, withdrawApplication } from '../applications.service.ts';
import { AlreadyApplied, PostingNotOpen } from '../errors.ts';
import { saveProfile } from '../profiles.service.ts';
import { JobApplicationRef } from '../types/application.ts';
import { JobFairRef } from '../types/fair.ts';
import { JobPostingRef } from '../types/posting.ts';
import { tagList } from '../validators.ts';

const ApplyForJobInput = builder.inputType('ApplyForJobInput', {
  description: '会员投递一个正在招聘的岗位（每个岗位每人一次）。',
  fields: (t) => ({
    posting: t.globalID({ required: true, for: [JobPostingRef], description: '正在招聘的岗位。' }),
    fair: t.globalID({ required: false, for: [JobFairRef], description: '在某场招聘会上投递时填写，计入该场数据。' }),
    note: t.string({ required: false, validate: optionalText(500), description: '求职留言，最多 500 个字。' }),
    skills: t.stringList({ required: false, validate: tagList, description: '不填则取自求职简历。' }),
    certificates: t.stringList({ required: false, validate: tagList, description: '不填则取自求职简历。' }),
    experience: t.string({ required: false, validate: optionalText(2000), description: '不填则取自求职简历。' }),
  }),
});

builder.mutationField('applyForJob', (t) =>
  t.drizzleField({
    type: JobApplicationRef,
    description: '会员投递岗位（每个岗位限一次），附留言与个人简历要点。',
    nullable: true,
    args: { input: t.arg({ type: ApplyForJobInput, required: true }) },
    authScopes: { member: true },
    errors: { types: [InputValidationError, NotFound, PostingNotOpen, AlreadyApplied], dataField: { name: 'application' } },
    resolve: async (query, _root, { input }, ctx) => {
      const application = await applyToPosting(
        ctx.db,
        { userId: requireViewer(ctx).userId, memberId: requireMember(ctx).id },
        {
          postingId: input.posting.id,
          fairId: input.fair?.id ?? null,
          note: input.note ?? null,
          skills: input.skills ?? null,
          certificates: input.certificates ?? null,
          experience: input.experience ?? null,
        },
      );
      return found(ctx.db.query.jobApplications.findFirst(query({ where: { id: application.id } })), '求职申请');
    },
  }),
);

const ApplicationRefInput = builder.inputType('JobApplicationRefInput', {
  description: '指定一份求职申请。',
  fields: (t) => ({ id: t.globalID({ required: true, for: [JobApplicationRef], description: '本人的求职申请。' }) }),
});

builder.mutationField('withdrawJobApplication', (t) =>
  t.drizzleField({
    type: JobApplicationRef,
    description: '申请人撤回申请（录用或未录用后不能撤回）。',
    nullable: true,
    args: { input: t.arg({ type: ApplicationRefInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const app = await ctx.db.query.jobApplications.findFirst({ where: { id: input.id.id }, columns: { applicantUserId: true } });
      return app ? { self: app.applicantUserId } : { platformAdmin: true };
    },
    errors: { types: [NotFound, InvalidTransition], dataField: { name: 'application' } },
    resolve: async (query, _root, { input }, ctx) => {
      const application = await withdrawApplication(ctx.db, requireViewer(ctx).userId, input.id.id);
      return found(ctx.db.query.jobApplications.findFirst(query({ where: { id: application.id } })), '求职申请');
    },
  }),
);

const EmployerSetsStatus = builder.enumType('EmployerSetsApplicationStatus', {
  description: '用人单位可以把申请推进到的状态（JobApplicationStatus 中除 SUBMITTED、WITHDRAWN 外的）。',
  values: {
    VIEWED: { value: 'viewed', description: '已查看' },
    INTERVIEWING: { value: 'interviewing', description: '邀请面试' },
    OFFERED: { value: 'offered', description: '发出录用意向' },
    HIRED: { value: 'hired', description: '已录用（签约）' },
    REJECTED: { value: 'rejected', description: '不录用' },
  } as const,
});

const UpdateJobApplicationStatusInput = builder.inputType('UpdateJobApplicationStatusInput', {
  description: '用人单位推进一份申请的状态；不允许的一步返回 InvalidTransition。',
  fields: (t) => ({
    id: t.globalID({ required: true, for: [JobApplicationRef], description: '投递到本单位岗位的申请。' }),
    status: t.field({ type: EmployerSetsStatus, required: true, description: '新状态。' }),
    reason: t.string({ required: false, validate: optionalText(500), description: '说明，最多 500 个字，写入审计记录。' }),
  }),
});

builder.mutationField('updateJobApplicationStatus', (t) =>
  t.drizzleField({
    type: JobApplicationRef,
    description: '用人单位推进申请：已查看 → 面试中 → 已发录用意向 → 已录用，或未录用。',
    nullable: true,
    args: { input: t.arg({ type: UpdateJobApplicationStatusInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const app = await ctx.db.query.jobApplications.findFirst({ where: { id: input.id.id }, columns: { employerId: true } });
      return app ? { employerStaffOf: app.employerId } : { platformAdmin: true };
    },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'application' } },
    resolve: async (query, _root, { input }, ctx) => {
      const application = await changeApplicationStatus(ctx.db, requireViewer(ctx).userId, {
        applicationId: input.id.id,
        status: input.status,
        reason: input.reason ?? null,
      });
      return found(ctx.db.query.jobApplications.findFirst(query({ where: { id: application.id } })), '求职申请');
    },
  }),
);

const JobSeekerProfileInput = builder.inputType('JobSeekerProfileInput', {
  description: '本人的求职简历要点（整体替换）。',
  fields: (t) => ({
    skills: t.stringList({ required: true, validate: tagList, description: '技能，最多 20 项，每项 1 到 30 个字。' }),
    certificates: t.stringList({ required: true, validate: tagList, description: '证书，最多 20 项，每项 1 到 30 个字。' }),
    experience: t.string({ required: false, validate: optionalText(2000), description: '工作经历，最多 2000 个字。' }),
    desiredCategories: t.stringList({ required: false, validate: tagList, description: '期望的职业类别，最多 20 项；用于岗位推荐。' }),
  }),
});

builder.mutationField('saveJobSeekerProfile', (t) =>
  t.drizzleField({
    type: 'jobSeekerProfiles',
    description: '保存本人的求职简历要点；投递时未填写的内容取自这里。',
    nullable: true,
    args: { input: t.arg({ type: JobSeekerProfileInput, required: true }) },
    authScopes: { member: true },
    errors: { types: [InputValidationError], dataField: { name: 'profile' } },
    resolve: async (query, _root, { input }, ctx) => {
      const profile = await saveProfile(ctx.db, requireMember(ctx).id, {
        skills: input.skills,
        certificates: input.certificates,
        experience: input.experience ?? null,
        desiredCategories: input.desiredCategories ?? [],
      });
      return found(ctx.db.query.jobSeekerProfiles.findFirst(query({ where: { id: profile.id } })), '求职简历');
    },
  }),
);
