import { requireViewer } from '../common/viewer.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { UnionRef } from '../accounts/types.ts';
import { GrantReviewStatus } from './types/enums.ts';

builder.queryFields((t) => ({
  grantCalls: t.drizzleConnection({
    type: 'grantCalls',
    description: '资助项目申报（公开）。可按组织单位筛选，或只看申报期内的。',
    authScopes: { publicRead: 'read_grants' },
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
        query({ where: { applicantUserId: requireViewer(ctx).userId }, orderBy: { createdAt: 'desc' } }),
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
          where: { reviewerUserId: requireViewer(ctx).userId, ...(args.status ? { status: args.status } : {}) },
          orderBy: { createdAt: 'desc' },
        }),
      ),
  }),
}));


/** A reviewer as staff need to see one to assign it: the User id and a name, nothing else. */
const GrantReviewerRef = builder.drizzleObject('users', {
  variant: 'GrantReviewerCandidate',
  description: '可分配的评审专家。id 为其 User 全局 ID，用于 assignGrantReviewer。',
  authScopes: { unionStaff: true },
  select: { columns: { id: true, displayName: true } },
  fields: (t) => ({
    id: t.field({ type: 'ID', resolve: (user) => encodeGlobalID('User', user.id) }),
    displayName: t.exposeString('displayName'),
  }),
});

builder.queryFields((t) => ({
  grantReviewers: t.drizzleConnection({
    type: GrantReviewerRef,
    description: '具有评审专家角色的用户（工会工作人员分配评审时使用）。',
    authScopes: { unionStaff: true },
    resolve: (query, _root, _args, ctx) =>
      // The type-level select narrows the row type; Pothos's query() result does not track it.
      ctx.db.query.users.findMany(
        query({ where: { roleGrants: { role: 'grant_reviewer' } }, orderBy: { displayName: 'asc' } }),
      ) as unknown as Promise<{ id: string; displayName: string }[]>,
  }),
}));
