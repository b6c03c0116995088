import { MemberRef, UnionRef } from '../../accounts/types.ts';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import type { Context } from '../../context.ts';
import { AlreadyRecommended, EmployerNotVerified, PostingNotOpen } from '../errors.ts';
import { closePosting, createPosting, reviewPosting, setReviewPolicy, submitPosting, updatePosting } from '../postings.service.ts';
import { recommendPosting } from '../recommendations.service.ts';
import { EmployerRef } from '../types/employer.ts';
import { JobPostingRef } from '../types/posting.ts';
import { JobPostingFieldsInput, postingFieldsOf } from './posting-fields.ts';

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

const CreateJobPostingInput = builder.inputType('CreateJobPostingInput', {
  description: '新建岗位草稿。',
  fields: (t) => ({
    employer: t.globalID({ required: true, for: [EmployerRef], description: '招聘单位；调用者须是其员工。' }),
    posting: t.field({ type: JobPostingFieldsInput, required: true, description: '岗位内容。' }),
  }),
});

builder.mutationField('createJobPosting', (t) =>
  t.drizzleField({
    type: JobPostingRef,
    description: '新建岗位草稿。',
    nullable: true,
    args: { input: t.arg({ type: CreateJobPostingInput, required: true }) },
    authScopes: (_root, { input }) => ({ employerStaffOf: input.employer.id }),
    errors: { types: [InputValidationError], dataField: { name: 'posting' } },
    resolve: async (query, _root, { input }, ctx) => {
      const posting = await createPosting(ctx.db, requireViewer(ctx).userId, input.employer.id, postingFieldsOf(input.posting));
      return found(ctx.db.query.jobPostings.findFirst(query({ where: { id: posting.id } })), '岗位');
    },
  }),
);

const UpdateJobPostingInput = builder.inputType('UpdateJobPostingInput', {
  description: '整体替换岗位内容；已发布的岗位修改后保持发布状态。',
  fields: (t) => ({
    id: t.globalID({ required: true, for: [JobPostingRef], description: '要修改的本单位岗位。' }),
    posting: t.field({ type: JobPostingFieldsInput, required: true, description: '新的全部内容。' }),
  }),
});

builder.mutationField('updateJobPosting', (t) =>
  t.drizzleField({
    type: JobPostingRef,
    description: '修改岗位内容（草稿、待审核或已发布的岗位）；已发布的岗位保持发布。',
    nullable: true,
    args: { input: t.arg({ type: UpdateJobPostingInput, required: true }) },
    authScopes: (_root, { input }, ctx) => postingScopes(ctx, input.id.id, 'employer'),
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'posting' } },
    resolve: async (query, _root, { input }, ctx) => {
      const posting = await updatePosting(ctx.db, requireViewer(ctx).userId, input.id.id, postingFieldsOf(input.posting));
      return found(ctx.db.query.jobPostings.findFirst(query({ where: { id: posting.id } })), '岗位');
    },
  }),
);

const PostingRefInput = builder.inputType('JobPostingRefInput', {
  description: '指定一个岗位。',
  fields: (t) => ({ id: t.globalID({ required: true, for: [JobPostingRef], description: '岗位的全局 ID。' }) }),
});

builder.mutationField('submitJobPosting', (t) =>
  t.drizzleField({
    type: JobPostingRef,
    description: '提交草稿给工会审核（单位须已通过审核）。',
    nullable: true,
    args: { input: t.arg({ type: PostingRefInput, required: true }) },
    authScopes: (_root, { input }, ctx) => postingScopes(ctx, input.id.id, 'employer'),
    errors: { types: [NotFound, EmployerNotVerified, InvalidTransition], dataField: { name: 'posting' } },
    resolve: async (query, _root, { input }, ctx) => {
      const posting = await submitPosting(ctx.db, requireViewer(ctx).userId, input.id.id);
      return found(ctx.db.query.jobPostings.findFirst(query({ where: { id: posting.id } })), '岗位');
    },
  }),
);

const ReviewJobPostingInput = builder.inputType('ReviewJobPostingInput', {
  description: '岗位所在地区的工会工作人员审核待审核岗位。',
  fields: (t) => ({
    id: t.globalID({ required: true, for: [JobPostingRef], description: '待审核的岗位；须在调用者辖区内。' }),
    approve: t.boolean({ required: true, description: 'true 发布；false 退回草稿（附意见）。' }),
    note: t.string({ required: false, validate: optionalText(500), description: '审核意见，最多 500 个字，单位可见（JobPosting.reviewNote）。' }),
  }),
});

builder.mutationField('reviewJobPosting', (t) =>
  t.drizzleField({
    type: JobPostingRef,
    description: '工会工作人员审核岗位：通过即发布，或退回草稿。',
    nullable: true,
    args: { input: t.arg({ type: ReviewJobPostingInput, required: true }) },
    authScopes: (_root, { input }, ctx) => postingScopes(ctx, input.id.id, 'staff'),
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'posting' } },
    resolve: async (query, _root, { input }, ctx) => {
      const posting = await reviewPosting(ctx.db, requireViewer(ctx).userId, {
        postingId: input.id.id,
        approve: input.approve,
        note: input.note ?? null,
      });
      return found(ctx.db.query.jobPostings.findFirst(query({ where: { id: posting.id } })), '岗位');
    },
  }),
);

const CloseJobPostingInput = builder.inputType('CloseJobPostingInput', {
  description: '停止招聘：本单位员工，或岗位所在地区的工会工作人员（下架违规岗位）。',
  fields: (t) => ({
    id: t.globalID({ required: true, for: [JobPostingRef], description: '已发布的岗位。' }),
    filled: t.boolean({ required: true, description: 'true 表示已招满，否则为停止招聘。' }),
    reason: t.string({ required: false, validate: optionalText(500), description: '原因，最多 500 个字，写入审计记录。' }),
  }),
});

builder.mutationField('closeJobPosting', (t) =>
  t.drizzleField({
    type: JobPostingRef,
    description: '停止招聘或标记招满（单位员工或工会工作人员）。',
    nullable: true,
    args: { input: t.arg({ type: CloseJobPostingInput, required: true }) },
    authScopes: (_root, { input }, ctx) => postingScopes(ctx, input.id.id, 'either'),
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'posting' } },
    resolve: async (query, _root, { input }, ctx) => {
      const posting = await closePosting(ctx.db, requireViewer(ctx).userId, {
        postingId: input.id.id,
        filled: input.filled,
        reason: input.reason ?? null,
      });
      return found(ctx.db.query.jobPostings.findFirst(query({ where: { id: posting.id } })), '岗位');
    },
  }),
);

const RecommendJobPostingInput = builder.inputType('RecommendJobPostingInput', {
  description: '工会工作人员向辖区内的会员（如困难职工）推荐一个岗位。',
  fields: (t) => ({
    posting: t.globalID({ required: true, for: [JobPostingRef], description: '正在招聘的岗位。' }),
    member: t.globalID({ required: true, for: [MemberRef], description: '被推荐的会员；须在调用者辖区内。' }),
    note: t.string({ required: false, validate: optionalText(500), description: '推荐语，最多 500 个字。' }),
  }),
});

builder.mutationField('recommendJobPosting', (t) =>
  t.drizzleField({
    type: JobPostingRef,
    description: '工会工作人员向本辖区会员（通常是困难职工）推荐岗位。',
    nullable: true,
    args: { input: t.arg({ type: RecommendJobPostingInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const member = await ctx.db.query.members.findFirst({ where: { id: input.member.id }, columns: { unionId: true } });
      return member ? { unionStaffOver: member.unionId } : { platformAdmin: true };
    },
    errors: { types: [InputValidationError, NotFound, PostingNotOpen, AlreadyRecommended], dataField: { name: 'posting' } },
    resolve: async (query, _root, { input }, ctx) => {
      const recommendation = await recommendPosting(ctx.db, requireViewer(ctx).userId, {
        postingId: input.posting.id,
        memberId: input.member.id,
        note: input.note ?? null,
      });
      return found(ctx.db.query.jobPostings.findFirst(query({ where: { id: recommendation.postingId } })), '岗位');
    },
  }),
);

const SetJobReviewPolicyInput = builder.inputType('SetJobReviewPolicyInput', {
  description: '设置本地区的岗位审核规则。',
  fields: (t) => ({
    union: t.globalID({ required: true, for: [UnionRef], description: '本人管辖的工会（规则作用于其下级地区）。' }),
    reReviewPublishedEdits: t.boolean({ required: true, description: 'true 时已发布岗位修改后须重新审核。' }),
  }),
});

builder.mutationField('setJobReviewPolicy', (t) =>
  t.drizzleField({
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
      return found(ctx.db.query.jobReviewPolicies.findFirst(query({ where: { id: policy.id } })), '审核规则');
    },
  }),
);
