import { rightsCases, roleGrants, unions, users } from '@huigong/db';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { UnionRef } from '../accounts/types.ts';
import { unionPath } from '../accounts/unions.service.ts';
import { fen, MoneyRef } from '../common/money.ts';
import { requireViewer } from '../common/viewer.ts';
import { confidentialIntakePaths } from './access.ts';
import { rightsFigures, type RightsFigures } from './figures.service.ts';
import { ConfidentialIntakeRef, RightsCaseOutcome, RightsCaseStatusEnum, RightsCaseType, RightsLawyerRef } from './types.ts';

const NO_ID = '00000000-0000-0000-0000-000000000000';

const ByTypeRef = builder.objectRef<RightsFigures['byType'][number]>('RightsFiguresByType').implement({
  authScopes: { unionStaff: true },
  fields: (t) => ({
    type: t.field({ type: RightsCaseType, resolve: (r) => r.type as never }),
    opened: t.exposeInt('opened'),
    closed: t.exposeInt('closed'),
    recovered: t.field({ type: MoneyRef, resolve: (r) => fen(r.recoveredFen) }),
  }),
});

const ByOutcomeRef = builder.objectRef<RightsFigures['byOutcome'][number]>('RightsFiguresByOutcome').implement({
  authScopes: { unionStaff: true },
  fields: (t) => ({
    outcome: t.field({ type: RightsCaseOutcome, resolve: (r) => r.outcome as never }),
    cases: t.exposeInt('cases'),
    recovered: t.field({ type: MoneyRef, resolve: (r) => fen(r.recoveredFen) }),
  }),
});

const OutreachFiguresRef = builder.objectRef<RightsFigures['outreach']>('RightsOutreachFigures').implement({
  description: '普法宣讲进企业：场次、听众人次、覆盖企业数。',
  authScopes: { unionStaff: true },
  fields: (t) => ({ events: t.exposeInt('events'), attendance: t.exposeInt('attendance'), firms: t.exposeInt('firms') }),
});

export const RightsFiguresRef = builder.objectRef<RightsFigures>('RightsFigures').implement({
  description: '某工会及其下级的维权案件统计。保密案件只计入市总工会及以上的统计。',
  authScopes: (f) => ({ unionStaffOver: f.unionId }),
  fields: (t) => ({
    includesConfidential: t.exposeBoolean('includesConfidential', { description: '是否计入保密案件（市级及以上）。' }),
    opened: t.exposeInt('opened'),
    open: t.exposeInt('open'),
    closed: t.exposeInt('closed'),
    recovered: t.field({ type: MoneyRef, resolve: (f) => fen(f.recoveredFen) }),
    meanDaysToClose: t.exposeFloat('meanDaysToClose', { nullable: true }),
    medianDaysToClose: t.exposeFloat('medianDaysToClose', { nullable: true }),
    byType: t.field({ type: [ByTypeRef], resolve: (f) => f.byType }),
    byOutcome: t.field({ type: [ByOutcomeRef], resolve: (f) => f.byOutcome }),
    outreach: t.field({ type: OutreachFiguresRef, resolve: (f) => f.outreach }),
  }),
});

/** The union's queue: non-confidential cases of the subtree, and confidential ones the viewer officers. */
function queueFilter(c: typeof rightsCases, path: string, userId: string, status?: string | null): SQL {
  const parts = [
    sql`starts_with(${c.unionPath}, ${path})`,
    sql`(not ${c.confidential} or ${c.caseOfficerUserId} = ${userId} or ${c.lawyerUserId} = ${userId})`,
  ];
  if (status) parts.push(sql`${c.status} = ${status}`);
  return and(...parts)!;
}

builder.queryFields((t) => ({
  myRightsCases: t.drizzleConnection({
    type: 'rightsCases',
    description: '我的维权案件（会员本人），最新的在前。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.rightsCases.findMany(
        query({ where: { memberId: requireViewer(ctx).member?.id ?? NO_ID }, orderBy: { openedAt: 'desc' } }),
      ),
  }),
  rightsCases: t.drizzleConnection({
    type: 'rightsCases',
    description: '某工会及其下级的维权案件队列（工作人员）；保密案件只列出自己承办的。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: {
      union: t.arg.globalID({ for: [UnionRef], required: true }),
      status: t.arg({ type: RightsCaseStatusEnum, required: false }),
    },
    totalCount: async (_root, args, ctx) =>
      ctx.db.$count(rightsCases, queueFilter(rightsCases, (await unionPath(ctx.db, args.union.id)) ?? '/none/', requireViewer(ctx).userId, args.status)),
    resolve: async (query, _root, args, ctx) => {
      const path = (await unionPath(ctx.db, args.union.id)) ?? '/none/';
      const userId = requireViewer(ctx).userId;
      return ctx.db.query.rightsCases.findMany(
        query({ where: { RAW: (c) => queueFilter(c, path, userId, args.status) }, orderBy: { openedAt: 'asc' } }),
      );
    },
  }),
  myAssignedRightsCases: t.drizzleConnection({
    type: 'rightsCases',
    description: '指派给我的维权案件：我承办的（承办人）或我代理的（律师）。',
    authScopes: { authenticated: true },
    args: { status: t.arg({ type: RightsCaseStatusEnum, required: false }) },
    resolve: (query, _root, args, ctx) => {
      const userId = requireViewer(ctx).userId;
      return ctx.db.query.rightsCases.findMany(
        query({
          where: {
            OR: [{ caseOfficerUserId: userId }, { lawyerUserId: userId }],
            ...(args.status ? { status: args.status } : {}),
          },
          orderBy: { openedAt: 'asc' },
        }),
      );
    },
  }),
  confidentialRightsIntakes: t.field({
    type: [ConfidentialIntakeRef],
    description: '待承办的保密案件（市总工会及以上工作人员）：只有类型、时间和工会，承办后才能查看内容。',
    authScopes: { unionStaff: true },
    resolve: async (_root, _args, ctx) => {
      const paths = await confidentialIntakePaths(ctx.db, ctx.viewer);
      if (paths.length === 0) return [];
      const rows = await ctx.db
        .select({ id: rightsCases.id, type: rightsCases.type, openedAt: rightsCases.openedAt, unionName: unions.name })
        .from(rightsCases)
        .innerJoin(unions, eq(unions.id, rightsCases.unionId))
        .where(
          sql`${rightsCases.confidential} and ${rightsCases.caseOfficerUserId} is null and ${rightsCases.status} = 'opened'
            and (${sql.join(paths.map((p) => sql`starts_with(coalesce(${rightsCases.cityPath}, ${rightsCases.unionPath}), ${p})`), sql` or `)})`,
        )
        .orderBy(rightsCases.openedAt)
        .limit(100);
      return rows;
    },
  }),
  rightsLawyers: t.field({
    type: [RightsLawyerRef],
    description: '可指派到该工会案件的法律援助律师（由该工会或上级工会聘请）。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: { union: t.arg.globalID({ for: [UnionRef], required: true }) },
    resolve: async (_root, args, ctx) => {
      const path = (await unionPath(ctx.db, args.union.id)) ?? '/none/';
      return ctx.db
        .select({ id: users.id, name: users.displayName, unionName: unions.name })
        .from(roleGrants)
        .innerJoin(users, eq(users.id, roleGrants.userId))
        .innerJoin(unions, eq(unions.id, roleGrants.unionId))
        .where(sql`${roleGrants.role} = 'legal_aid_lawyer' and starts_with(${path}, ${unions.path})`)
        .orderBy(users.displayName)
        .limit(100);
    },
  }),
  rightsFigures: t.field({
    type: RightsFiguresRef,
    description: '维权案件统计：按类型和结果的件数、结案天数（平均、中位）、追回金额，以及普法宣讲。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: { union: t.arg.globalID({ for: [UnionRef], required: true }), year: t.arg.int({ required: false }) },
    resolve: (_root, args, ctx) => rightsFigures(ctx.db, requireViewer(ctx), args.union.id, args.year),
  }),
}));
