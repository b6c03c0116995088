import { hardshipAidApplications, hardshipFiles } from '@huigong/db';
import { and, sql, type SQL } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { UnionRef } from '../accounts/types.ts';
import { unionPath } from '../accounts/unions.service.ts';
import { shanghaiToday } from '../common/dates.ts';
import { requireViewer } from '../common/viewer.ts';
import { staffReach } from './access.ts';
import { hardshipFigures } from './figures.service.ts';
import { HardshipFiguresRef, HardshipLoanStatus } from './support-types.ts';
import { HardshipAidKind, HardshipAidSchemeRef, HardshipAidSchemeStatus, HardshipAidStatus, HardshipFileStatus } from './types.ts';

const NO_ID = '00000000-0000-0000-0000-000000000000';

/** `column` lies in the subtree at `path` (paths are materialised, so a prefix match). */
const under = (column: unknown, path: string): SQL => sql`starts_with(${column}, ${path})`;

/** A register's list: the subtree, a status, or only the files whose yearly re-check is overdue. */
function fileFilter(f: typeof hardshipFiles, path: string, args: { status?: string | null; recheckOverdue?: boolean | null }): SQL {
  const parts = [under(f.unionPath, path)];
  if (args.status) parts.push(sql`${f.status} = ${args.status}`);
  if (args.recheckOverdue) parts.push(sql`${f.status} = 'confirmed' and ${f.recheckDueOn} < ${shanghaiToday()}`);
  return and(...parts)!;
}

function applicationFilter(
  a: typeof hardshipAidApplications,
  path: string,
  args: { status?: string | null; scheme?: { id: string } | null },
): SQL {
  const parts = [under(a.unionPath, path)];
  if (args.status) parts.push(sql`${a.status} = ${args.status}`);
  if (args.scheme) parts.push(sql`${a.schemeId} = ${args.scheme.id}`);
  return and(...parts)!;
}

builder.queryFields((t) => ({
  myHardshipFiles: t.drizzleConnection({
    type: 'hardshipFiles',
    description: '我的困难职工档案（含已退出的），最新的在前。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.hardshipFiles.findMany(
        query({ where: { memberId: requireViewer(ctx).member?.id ?? NO_ID }, orderBy: { createdAt: 'desc' } }),
      ),
  }),
  hardshipFiles: t.drizzleConnection({
    type: 'hardshipFiles',
    description: '某工会及其下级档案库中的困难职工档案（该工会及上级工会的工作人员）。recheckOverdue 只列年度核查逾期的。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: {
      union: t.arg.globalID({ for: [UnionRef], required: true }),
      status: t.arg({ type: HardshipFileStatus, required: false }),
      recheckOverdue: t.arg.boolean({ required: false }),
    },
    totalCount: async (_root, args, ctx) =>
      ctx.db.$count(hardshipFiles, fileFilter(hardshipFiles, (await unionPath(ctx.db, args.union.id)) ?? '/none/', args)),
    resolve: async (query, _root, args, ctx) => {
      const path = (await unionPath(ctx.db, args.union.id)) ?? '/none/';
      return ctx.db.query.hardshipFiles.findMany(
        query({ where: { RAW: (f) => fileFilter(f, path, args) }, orderBy: { submittedAt: 'asc' } }),
      );
    },
  }),
  hardshipAidSchemes: t.drizzleConnection({
    type: 'hardshipAidSchemes',
    description: '帮扶项目：会员看到本市的、已开放的项目；工作人员看到本辖区与上级市总工会的项目。',
    authScopes: { authenticated: true },
    args: {
      year: t.arg.int({ required: false }),
      kind: t.arg({ type: HardshipAidKind, required: false }),
      status: t.arg({ type: HardshipAidSchemeStatus, required: false }),
    },
    resolve: async (query, _root, args, ctx) => {
      const viewer = requireViewer(ctx);
      const reach = await staffReach(ctx.db, viewer);
      return ctx.db.query.hardshipAidSchemes.findMany(
        query({
          where: {
            RAW: (s) => {
              const seen = [
                ...(viewer.member
                  ? [sql`(starts_with(${viewer.member.unionPath}, ${s.unionPath}) and ${s.status} <> 'draft')`]
                  : []),
                ...reach.map((r) => sql`(starts_with(${s.unionPath}, ${r.path}) or starts_with(${r.path}, ${s.unionPath}))`),
              ];
              return seen.length > 0 ? sql`(${sql.join(seen, sql` or `)})` : sql`false`;
            },
            ...(args.year != null ? { year: args.year } : {}),
            ...(args.kind ? { kind: args.kind } : {}),
            ...(args.status ? { status: args.status } : {}),
          },
          orderBy: { createdAt: 'desc' },
        }),
      );
    },
  }),
  myHardshipAidApplications: t.drizzleConnection({
    type: 'hardshipAidApplications',
    description: '我的帮扶申请（含工会推荐与医院结算的），最新的在前。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.hardshipAidApplications.findMany(
        query({ where: { memberId: requireViewer(ctx).member?.id ?? NO_ID }, orderBy: { createdAt: 'desc' } }),
      ),
  }),
  hardshipAidApplications: t.drizzleConnection({
    type: 'hardshipAidApplications',
    description: '某工会辖区内家庭的帮扶申请（工作人员的待办：核实、审批、发放）。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: {
      union: t.arg.globalID({ for: [UnionRef], required: true }),
      status: t.arg({ type: HardshipAidStatus, required: false }),
      scheme: t.arg.globalID({ for: [HardshipAidSchemeRef], required: false }),
    },
    totalCount: async (_root, args, ctx) =>
      ctx.db.$count(
        hardshipAidApplications,
        applicationFilter(hardshipAidApplications, (await unionPath(ctx.db, args.union.id)) ?? '/none/', args),
      ),
    resolve: async (query, _root, args, ctx) => {
      const path = (await unionPath(ctx.db, args.union.id)) ?? '/none/';
      return ctx.db.query.hardshipAidApplications.findMany(
        query({ where: { RAW: (a) => applicationFilter(a, path, args) }, orderBy: { createdAt: 'asc' } }),
      );
    },
  }),
  myHardshipLoans: t.drizzleConnection({
    type: 'hardshipLoans',
    description: '我的创业小额借款。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.hardshipLoans.findMany(
        query({ where: { memberId: requireViewer(ctx).member?.id ?? NO_ID }, orderBy: { createdAt: 'desc' } }),
      ),
  }),
  hardshipLoans: t.drizzleConnection({
    type: 'hardshipLoans',
    description: '某工会辖区内的创业小额借款（工作人员）。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: {
      union: t.arg.globalID({ for: [UnionRef], required: true }),
      status: t.arg({ type: HardshipLoanStatus, required: false }),
    },
    resolve: async (query, _root, args, ctx) => {
      const path = (await unionPath(ctx.db, args.union.id)) ?? '/none/';
      return ctx.db.query.hardshipLoans.findMany(
        query({
          where: { RAW: (l) => under(l.unionPath, path), ...(args.status ? { status: args.status } : {}) },
          orderBy: { createdAt: 'asc' },
        }),
      );
    },
  }),
  hardshipFigures: t.field({
    type: HardshipFiguresRef,
    nullable: true,
    description: '困难帮扶统计，按工会树汇总，并列出直属下级（该工会及上级工会的工作人员）。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: { union: t.arg.globalID({ for: [UnionRef], required: true }) },
    resolve: (_root, args, ctx) => hardshipFigures(ctx.db, args.union.id),
  }),
}));
