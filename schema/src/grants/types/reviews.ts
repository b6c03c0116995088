import { builder } from '../../builder.ts';
import { callUnionId } from '../access.ts';
import { grantLoaders } from '../loaders.ts';
import { grantReviewViewerCan, GrantReviewViewerCanRef } from '../viewer-can.ts';
import { GrantCriterionRef } from './calls.ts';
import { GrantReviewStatus } from './enums.ts';

const ReviewScoreRef = builder.drizzleObject('grantReviewScores', {
  name: 'GrantReviewScore',
  description: '一项评审指标的得分（0–5）与意见。只能经由 GrantReview.scores 访问，该字段检查权限。',
  authScopes: { grantReviewer: true, unionStaff: true },
  fields: (t) => ({
    criterion: t.relation('criterion', { type: GrantCriterionRef }),
    score: t.exposeInt('score'),
    comment: t.exposeString('comment', { nullable: true }),
  }),
});

/**
 * Scores of a review: the reviewer themself and the call's staff always; another reviewer of the
 * same application only once every required review is in.
 */
async function reviewScoreScopes(
  review: { reviewerUserId: string; applicationId: string; application: { callId: string } },
  db: Parameters<typeof callUnionId>[0],
) {
  return {
    self: review.reviewerUserId,
    unionStaffOver: (await callUnionId(db, review.application.callId)) ?? '',
    grantReviewsVisible: review.applicationId,
  };
}

export const GrantReviewRef = builder.drizzleNode('grantReviews', {
  name: 'GrantReview',
  description: '一位评审专家对一份申请的评审任务。',
  id: { column: (r) => r.id },
  // The call is loaded with the row, so a list of reviews costs no query per row to authorize.
  select: {
    columns: { id: true, reviewerUserId: true, applicationId: true },
    with: { application: { columns: { callId: true } } },
  },
  authScopes: async (review, ctx) => ({
    self: review.reviewerUserId,
    unionStaffOver: (await callUnionId(ctx.db, review.application.callId)) ?? '',
    grantReviewerOf: review.applicationId,
  }),
  fields: (t) => ({
    application: t.relation('application'),
    reviewerName: t.string({
      select: { with: { reviewer: { columns: { displayName: true } } } },
      resolve: (r) => r.reviewer.displayName,
    }),
    status: t.expose('status', { type: GrantReviewStatus }),
    viewerCan: t.field({
      type: GrantReviewViewerCanRef,
      select: { columns: { status: true, reviewerUserId: true }, with: { application: { columns: { status: true } } } },
      resolve: (review, _args, ctx) => grantReviewViewerCan(review, ctx),
    }),
    conflictReason: t.exposeString('conflictReason', { nullable: true }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    scores: t.relation('scores', {
      type: ReviewScoreRef,
      query: { orderBy: { position: 'asc' } },
      nullable: true,
      description: '评分：其他专家须待全部评审完成后才可见。',
      authScopes: (review, _args, ctx) => reviewScoreScopes(review, ctx.db),
    }),
    comment: t.string({
      nullable: true,
      select: { columns: { comment: true } },
      authScopes: (review, _args, ctx) => reviewScoreScopes(review, ctx.db),
      resolve: (r) => r.comment,
    }),
    weightedScore: t.float({
      nullable: true,
      description: '本评审的加权得分（0–5）。',
      select: { columns: { id: true } },
      authScopes: (review, _args, ctx) => reviewScoreScopes(review, ctx.db),
      resolve: (r, _args, ctx) => grantLoaders(ctx).reviewScore.load(r.id),
    }),
  }),
});

