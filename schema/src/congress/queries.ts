import { builder } from '../builder.ts';
import { UnionRef } from '../accounts/types.ts';
import { requireViewer } from '../common/viewer.ts';
import { viewerDelegations } from './access.ts';
import { publications, PublicCongressSessionRef } from './public.ts';

const NO_ID = '00000000-0000-0000-0000-000000000000';

builder.queryFields((t) => ({
  myCongressSessions: t.drizzleConnection({
    type: 'congressSessions',
    description: '我作为职工代表参加的职代会，最新的在前。',
    authScopes: { member: true },
    resolve: async (query, _root, _args, ctx) => {
      requireViewer(ctx);
      const ids = [...(await viewerDelegations(ctx)).keys()];
      return ctx.db.query.congressSessions.findMany(query({ where: { id: { in: ids.length ? ids : [NO_ID] } }, orderBy: { createdAt: 'desc' } }));
    },
  }),
  congressSessions: t.drizzleConnection({
    type: 'congressSessions',
    description: '某基层工会的职代会（该工会及上级工会的工作人员）。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: { union: t.arg.globalID({ for: [UnionRef], required: true }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.congressSessions.findMany(query({ where: { unionId: args.union.id }, orderBy: { createdAt: 'desc' } })),
  }),
  congressPublications: t.field({
    type: [PublicCongressSessionRef],
    description: '厂务公开栏：某工会已闭幕职代会的决议（含票数）与提案答复，闭幕时自动公布。任何人可见。',
    authScopes: { public: true },
    args: { union: t.arg.globalID({ for: [UnionRef], required: true }) },
    resolve: (_root, args, ctx) => publications(ctx.db, args.union.id),
  }),
}));
