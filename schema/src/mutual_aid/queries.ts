import { z } from 'zod';
import { mutualAidClaims } from '@huigong/db';
import { and, sql, type SQL } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { UnionRef } from '../accounts/types.ts';
import { unionPath } from '../accounts/unions.service.ts';
import { shanghaiToday } from '../common/dates.ts';
import { fen, MoneyRef } from '../common/money.ts';
import { requireViewer } from '../common/viewer.ts';
import { staffReach } from './access.ts';
import { mutualAidFigures, type MutualAidFigures } from './figures.service.ts';
import { MutualAidClaimStatus, MutualAidEnrolmentStatus, MutualAidSchemeRef } from './types.ts';

const NO_ID = '00000000-0000-0000-0000-000000000000';
const under = (column: unknown, path: string): SQL => sql`starts_with(${column}, ${path})`;

const CountRef = builder.objectRef<{ key: string; count: number }>('MutualAidCount').implement({
  description: '某一类的件数。',
  authScopes: { authenticated: true },
  fields: (t) => ({ key: t.exposeString('key', { description: '状态或原因（与对应枚举的值同名，小写）。' }), count: t.exposeInt('count') }),
});
const counts = (m: Record<string, number>) => Object.entries(m).sort().map(([key, count]) => ({ key, count }));

type Figures = MutualAidFigures & { children?: MutualAidFigures[] };
const FiguresRef = builder.objectRef<Figures>('MutualAidFigures');
FiguresRef.implement({
  description: '一个工会辖区某年度的职工医疗互助统计（按工会树汇总）。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    unionName: t.exposeString('name'),
    unionCode: t.exposeString('code'),
    unitsEnrolled: t.exposeInt('unitsEnrolled', { description: '参保单位数。' }),
    membersEnrolled: t.exposeInt('membersEnrolled', { description: '参保人数（含待缴费）。' }),
    membersCovered: t.exposeInt('membersCovered', { description: '互助金已缴、保障已生效的人数。' }),
    premiumsDue: t.field({ type: MoneyRef, resolve: (f) => fen(f.premiumsDueFen) }),
    premiumsPaid: t.field({ type: MoneyRef, resolve: (f) => fen(f.premiumsPaidFen) }),
    claimsByStatus: t.field({ type: [CountRef], resolve: (f) => counts(f.claimsByStatus) }),
    rejectionsByReason: t.field({ type: [CountRef], resolve: (f) => counts(f.rejectionsByReason) }),
    payouts: t.exposeInt('payouts', { description: '已支付的理赔人次。' }),
    payoutsTotal: t.field({ type: MoneyRef, resolve: (f) => fen(f.payoutsFen) }),
    children: t.field({ type: [FiguresRef], description: '直属下级工会的同口径统计。', resolve: (f) => f.children ?? [] }),
  }),
});

function claimFilter(c: typeof mutualAidClaims, path: string, args: { status?: string | null }): SQL {
  const parts = [under(c.unionPath, path)];
  if (args.status) parts.push(sql`${c.status} = ${args.status}`);
  return and(...parts)!;
}

builder.queryFields((t) => ({
  mutualAidSchemes: t.drizzleConnection({
    type: 'mutualAidSchemes',
    description: '职工医疗互助方案：会员看到本市的，工作人员看到本辖区与上级市总工会的。',
    authScopes: { authenticated: true },
    args: { year: t.arg.int({ required: false }) },
    resolve: async (query, _root, args, ctx) => {
      const viewer = requireViewer(ctx);
      const reach = await staffReach(ctx.db, viewer);
      return ctx.db.query.mutualAidSchemes.findMany(
        query({
          where: {
            RAW: (s) => {
              const seen = [
                ...(viewer.member ? [sql`starts_with(${viewer.member.unionPath}, ${s.unionPath})`] : []),
                ...reach.map((r) => sql`(starts_with(${s.unionPath}, ${r.path}) or starts_with(${r.path}, ${s.unionPath}))`),
              ];
              return seen.length > 0 ? sql`(${sql.join(seen, sql` or `)})` : sql`false`;
            },
            ...(args.year != null ? { year: args.year } : {}),
          },
          orderBy: { year: 'desc' },
        }),
      );
    },
  }),
  myMutualAidCovers: t.drizzleConnection({
    type: 'mutualAidCovers',
    description: '我的职工医疗互助保障，最新年度在前。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.mutualAidCovers.findMany(query({ where: { memberId: requireViewer(ctx).member?.id ?? NO_ID }, orderBy: { createdAt: 'desc' } })),
  }),
  myMutualAidClaims: t.drizzleConnection({
    type: 'mutualAidClaims',
    description: '我的互助理赔申请，最新的在前。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.mutualAidClaims.findMany(query({ where: { memberId: requireViewer(ctx).member?.id ?? NO_ID }, orderBy: { createdAt: 'desc' } })),
  }),
  mutualAidCovers: t.drizzleConnection({
    type: 'mutualAidCovers',
    description: '某工会辖区内的互助保障（工作人员；可按会员卡号查找，以便代为申请）。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: {
      union: t.arg.globalID({ for: [UnionRef], required: true }),
      cardNumber: t.arg.string({ required: false, validate: z.string().max(40) }),
    },
    resolve: async (query, _root, args, ctx) => {
      const path = (await unionPath(ctx.db, args.union.id)) ?? '/none/';
      return ctx.db.query.mutualAidCovers.findMany(
        query({
          where: {
            RAW: (c) =>
              args.cardNumber
                ? sql`${under(c.unionPath, path)} and ${c.memberId} in (select id from members where card_number = ${args.cardNumber})`
                : under(c.unionPath, path),
          },
          orderBy: { createdAt: 'desc' },
        }),
      );
    },
  }),
  mutualAidEnrolments: t.drizzleConnection({
    type: 'mutualAidEnrolments',
    description: '某工会辖区内的集体参保（工作人员）。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: {
      union: t.arg.globalID({ for: [UnionRef], required: true }),
      status: t.arg({ type: MutualAidEnrolmentStatus, required: false }),
    },
    resolve: async (query, _root, args, ctx) => {
      const path = (await unionPath(ctx.db, args.union.id)) ?? '/none/';
      return ctx.db.query.mutualAidEnrolments.findMany(
        query({ where: { RAW: (e) => under(e.unionPath, path), ...(args.status ? { status: args.status } : {}) }, orderBy: { createdAt: 'desc' } }),
      );
    },
  }),
  mutualAidClaims: t.drizzleConnection({
    type: 'mutualAidClaims',
    description: '某工会辖区内的互助理赔（工作人员的待办：审核、核算、审批、支付）。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: {
      union: t.arg.globalID({ for: [UnionRef], required: true }),
      status: t.arg({ type: MutualAidClaimStatus, required: false }),
    },
    totalCount: async (_root, args, ctx) =>
      ctx.db.$count(mutualAidClaims, claimFilter(mutualAidClaims, (await unionPath(ctx.db, args.union.id)) ?? '/none/', args)),
    resolve: async (query, _root, args, ctx) => {
      const path = (await unionPath(ctx.db, args.union.id)) ?? '/none/';
      return ctx.db.query.mutualAidClaims.findMany(query({ where: { RAW: (c) => claimFilter(c, path, args) }, orderBy: { createdAt: 'asc' } }));
    },
  }),
  mutualAidFigures: t.field({
    type: FiguresRef,
    nullable: true,
    description: '职工医疗互助统计（某年度，默认今年），按工会树汇总，并列出直属下级（该工会及上级工会的工作人员）。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: { union: t.arg.globalID({ for: [UnionRef], required: true }), year: t.arg.int({ required: false }) },
    resolve: (_root, args, ctx) => mutualAidFigures(ctx.db, args.union.id, args.year ?? Number(shanghaiToday().slice(0, 4))),
  }),
}));

export { MutualAidSchemeRef };
