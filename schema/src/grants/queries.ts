import { builder } from '../builder.ts';
import { UnionRef } from '../accounts/types.ts';
import { GrantApplicationStatus, GrantReviewStatus } from './types.ts';

builder.queryFields((t) => ({
  grantCalls: t.drizzleConnection({
    type: 'grantCalls',
    description: '资助项目申报（公开）。可按组织单位筛选，或只看申报期内的。',
    authScopes: { public: true },
    args: {
      union: t.arg.globalID({ for: [UnionRef], required: false }),
      openOnly: t.arg.boolean({ required: false }),
    },
    resolve: (query, _root, args, ctx) => {
      const now = new Date();
      return ctx.db.query.grantCalls.findMany(
        query({
          where: {
            ...(args.union ? { unionId: args.union.id } : {}),
            ...(args.openOnly ? { opensAt: { lte: now }, closesAt: { gt: now } } : {}),
          },
          orderBy: { closesAt: 'desc' },
        }),
      );
    },
  }),
  myGrantApplications: t.drizzleConnection({
    type: 'grantApplications',
    description: '我提交的资助申请。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.grantApplications.findMany(
        query({ where: { applicantUserId: ctx.viewer!.userId }, orderBy: { createdAt: 'desc' } }),
      ),
  }),
  myGrantReviews: t.drizzleConnection({
    type: 'grantReviews',
    description: '分配给我的评审任务（评审专家）。',
    authScopes: { grantReviewer: true },
    args: { status: t.arg({ type: GrantReviewStatus, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.grantReviews.findMany(
        query({
          where: { reviewerUserId: ctx.viewer!.userId, ...(args.status ? { status: args.status } : {}) },
          orderBy: { createdAt: 'desc' },
        }),
      ),
  }),
}));

export { GrantApplicationStatus };
