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
  fields: (t) => ({
    posting: t.globalID({ required: true, for: [JobPostingRef] }),
    fair: t.globalID({ required: false, for: [JobFairRef], description: '在某场招聘会上投递时填写，计入该场数据。' }),
    note: t.string({ required: false, validate: optionalText(500) }),
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
  fields: (t) => ({ id: t.globalID({ required: true, for: [JobApplicationRef] }) }),
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
  fields: (t) => ({
    skills: t.stringList({ required: true, validate: tagList }),
    certificates: t.stringList({ required: true, validate: tagList }),
    experience: t.string({ required: false, validate: optionalText(2000) }),
    desiredCategories: t.stringList({ required: false, validate: tagList }),
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
