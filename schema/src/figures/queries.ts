import { builder } from '../builder.ts';
import { UnionRef } from '../accounts/types.ts';
import { unionFigures } from './figures.service.ts';
import { periodRule } from './period.ts';
import { UnionFiguresRef, type ResolvedFigures } from './types.ts';

builder.queryFields((t) => ({
  unionFigures: t.field({
    type: UnionFiguresRef,
    nullable: true,
    description:
      '工会统计：一个工会在一段时间（Asia/Shanghai 日期，含首尾，最长 1098 天）内各项工作的数字，按直属下级和月份分列。仅该工会及其上级工会的工作人员（或平台管理员）可查，其他人得到 FORBIDDEN；日期范围不合规得到 BAD_USER_INPUT。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: {
      union: t.arg.globalID({ for: [UnionRef], required: true, description: '要统计的工会（省、市、区县或基层工会）。' }),
      from: t.arg({ type: 'Date', required: true, description: '起始日（含，Asia/Shanghai）。' }),
      to: t.arg({ type: 'Date', required: true, description: '截止日（含，Asia/Shanghai）。' }),
    },
    validate: periodRule as never,
    resolve: async (_root, args, ctx): Promise<ResolvedFigures | null> => {
      const figures = await unionFigures(ctx.db, args.union.id, args.from, args.to);
      if (!figures) return null;
      const ids = [figures.union.id, ...figures.children.map((c) => c.union.id)];
      const rows = new Map((await ctx.db.query.unions.findMany({ where: { id: { in: ids } } })).map((u) => [u.id, u]));
      return {
        ...figures,
        union: rows.get(figures.union.id)!,
        children: figures.children.flatMap((c) => (rows.has(c.union.id) ? [{ union: rows.get(c.union.id)!, figures: c.figures }] : [])),
      };
    },
  }),
}));
