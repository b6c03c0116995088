import { z } from 'zod';
import { builder } from '../../builder.ts';
import { UserRef } from '../../accounts/types.ts';
import { found } from '../../common/reload.ts';
import { reason } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { NotAGrantReviewer, NotEnoughReviewers, ReviewerAlreadyAssigned, ReviewerSeatsFull } from '../errors.ts';
import { assignGrantReviewer, declareGrantReviewConflict, startGrantReview, submitGrantReview } from '../reviews.service.ts';
import { GrantApplicationRef } from '../types/applications.ts';
import { GrantCriterionRef } from '../types/calls.ts';
import { GrantReviewRef } from '../types/reviews.ts';
import { applicationRole, GrantApplicationActionInput, reviewerRole, stateErrors } from './shared.ts';

const AssignGrantReviewerInput = builder.inputType('AssignGrantReviewerInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [GrantApplicationRef] }),
    reviewer: t.globalID({ required: true, for: [UserRef], description: '具有评审专家角色的用户。' }),
  }),
});

const DeclareGrantReviewConflictInput = builder.inputType('DeclareGrantReviewConflictInput', {
  fields: (t) => ({
    review: t.globalID({ required: true, for: [GrantReviewRef] }),
    reason: t.string({ required: true, validate: reason }),
  }),
});

const GrantScoreInput = builder.inputType('GrantScoreInput', {
  fields: (t) => ({
    criterion: t.globalID({ required: true, for: [GrantCriterionRef] }),
    score: t.int({ required: true, validate: z.number().int().min(0).max(5, { message: '评分为 0 到 5 分' }) }),
    comment: t.string({ required: false, validate: z.string().max(1000) }),
  }),
});

const SubmitGrantReviewInput = builder.inputType('SubmitGrantReviewInput', {
  fields: (t) => ({
    review: t.globalID({ required: true, for: [GrantReviewRef] }),
    scores: t.field({ type: [GrantScoreInput], required: true }),
    comment: t.string({ required: false, validate: z.string().max(2000) }),
  }),
});

builder.mutationFields((t) => ({
  assignGrantReviewer: t.drizzleField({
    type: 'grantReviews',
    description: '工作人员为申请分配评审专家（含替换已声明回避的专家）。',
    nullable: true,
    args: { input: t.arg({ type: AssignGrantReviewerInput, required: true }) },
    authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'staff'),
    errors: {
      types: [...stateErrors, NotAGrantReviewer, ReviewerSeatsFull, ReviewerAlreadyAssigned],
      dataField: { name: 'review' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const review = await assignGrantReviewer(ctx.db, requireViewer(ctx).userId, input.application.id, input.reviewer.id);
      return found(ctx.db.query.grantReviews.findFirst(query({ where: { id: review.id } })), '评审任务');
    },
  }),

  startGrantReview: t.drizzleField({
    type: 'grantApplications',
    description: '评审专家分配齐后送交评审（→ 专家评审中）。',
    nullable: true,
    args: { input: t.arg({ type: GrantApplicationActionInput, required: true }) },
    authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'staff'),
    errors: { types: [...stateErrors, NotEnoughReviewers], dataField: { name: 'application' } },
    resolve: async (query, _root, { input }, ctx) => {
      await startGrantReview(ctx.db, requireViewer(ctx).userId, input.application.id);
      return found(ctx.db.query.grantApplications.findFirst(query({ where: { id: input.application.id } })), '资助申请');
    },
  }),

  declareGrantReviewConflict: t.drizzleField({
    type: 'grantReviews',
    description: '评审专家声明利益冲突并回避；工作人员随后另派专家。',
    nullable: true,
    args: { input: t.arg({ type: DeclareGrantReviewConflictInput, required: true }) },
    authScopes: (_root, { input }, ctx) => reviewerRole(ctx, input.review.id),
    errors: { types: [...stateErrors], dataField: { name: 'review' } },
    resolve: async (query, _root, { input }, ctx) => {
      await declareGrantReviewConflict(ctx.db, requireViewer(ctx).userId, input.review.id, input.reason);
      return found(ctx.db.query.grantReviews.findFirst(query({ where: { id: input.review.id } })), '评审任务');
    },
  }),

  submitGrantReview: t.drizzleField({
    type: 'grantReviews',
    description: '评审专家对每项指标打分（0–5）并提交；最后一份评审提交后申请转为待决定。',
    nullable: true,
    args: { input: t.arg({ type: SubmitGrantReviewInput, required: true }) },
    authScopes: (_root, { input }, ctx) => reviewerRole(ctx, input.review.id),
    errors: { types: [...stateErrors], dataField: { name: 'review' } },
    resolve: async (query, _root, { input }, ctx) => {
      await submitGrantReview(ctx.db, requireViewer(ctx).userId, input.review.id, {
        scores: input.scores.map((s) => ({ criterionId: s.criterion.id, score: s.score, comment: s.comment ?? null })),
        comment: input.comment ?? null,
      });
      return found(ctx.db.query.grantReviews.findFirst(query({ where: { id: input.review.id } })), '评审任务');
    },
  }),
}));
