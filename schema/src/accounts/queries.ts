import { builder } from '../builder.ts';
import { UnionLevel, UnionRef } from './types.ts';

builder.queryFields((t) => ({
  me: t.drizzleField({
    type: 'users',
    nullable: true,
    description: '当前登录的账号；未登录时为 null。',
    authScopes: { public: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.viewer ? ctx.db.query.users.findFirst(query({ where: { id: ctx.viewer.userId } })) : null,
  }),
  unions: t.drizzleConnection({
    type: 'unions',
    description: '浏览工会组织树：不给 parent 时从全国总工会开始。',
    authScopes: { publicRead: 'read_unions' },
    args: {
      parent: t.arg.globalID({ for: [UnionRef], required: false, description: '只列出这个工会的直属下级。' }),
      level: t.arg({ type: UnionLevel, required: false, description: '只列出这一层级的工会（不给 parent 时为全国该层级的全部）。' }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.unions.findMany(
        query({
          where: {
            ...(args.parent ? { parentId: args.parent.id } : args.level ? {} : { parentId: { isNull: true } }),
            ...(args.level ? { level: args.level } : {}),
          },
          orderBy: { code: 'asc' },
        }),
      ),
  }),
  unionByCode: t.drizzleField({
    type: 'unions',
    description: '按编码（行政区划代码或基层工会编码）查找工会；没有时为 null。匿名可读；以密钥调用须有 READ_UNIONS。',
    nullable: true,
    authScopes: { publicRead: 'read_unions' },
    args: { code: t.arg.string({ required: true, description: '工会编码，即 Union.code。' }) },
    resolve: (query, _root, args, ctx) => ctx.db.query.unions.findFirst(query({ where: { code: args.code } })),
  }),
}));
