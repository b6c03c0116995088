import { builder } from '../../builder.ts';
import { CraftsmanTitle } from '../../accounts/types.ts';
import { fen, MoneyRef } from '../../common/money.ts';
import { grantCallStatistics, type GrantCallStatistics } from '../calls.service.ts';
import { grantCallViewerCan, GrantCallViewerCanRef } from '../viewer-can.ts';
import { GrantApplicationStatus, GrantDistinction } from './enums.ts';

const GrantStatusCountRef = builder
  .objectRef<{ status: string; count: number; requestedFen: number }>('GrantStatusCount')
  .implement({
    description: '某一状态的申请数与申请金额合计。',
    authScopes: { authenticated: true },
    fields: (t) => ({
      status: t.field({ type: GrantApplicationStatus, resolve: (r) => r.status as 'submitted' }),
      count: t.exposeInt('count'),
      requested: t.field({ type: MoneyRef, resolve: (r) => fen(r.requestedFen) }),
    }),
  });

const GrantCallStatisticsRef = builder.objectRef<GrantCallStatistics>('GrantCallStatistics').implement({
  description: '资助项目的统计（组织单位的工作人员与财务可见）。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    byStatus: t.field({ type: [GrantStatusCountRef], description: '按状态统计（不含草稿）。', resolve: (s) => s.byStatus }),
    paid: t.field({ type: MoneyRef, description: '已拨付合计。', resolve: (s) => fen(s.paidFen) }),
  }),
});

export const GrantCallRef = builder.drizzleNode('grantCalls', {
  name: 'GrantCall',
  description: '一次资助项目申报（如齐鲁工匠创新工作室资助）。项目公告是公开信息。',
  id: { column: (call) => call.id },
  authScopes: { publicRead: 'read_grants' },
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    union: t.relation('union', { description: '组织单位。' }),
    opensAt: t.expose('opensAt', { type: 'DateTime', description: '申报开始时间。' }),
    closesAt: t.expose('closesAt', { type: 'DateTime', description: '申报截止时间。' }),
    isOpen: t.boolean({
      description: '当前是否在申报期内。',
      select: { columns: { opensAt: true, closesAt: true } },
      resolve: (call) => {
        const now = Date.now();
        return call.opensAt.getTime() <= now && now < call.closesAt.getTime();
      },
    }),
    budget: t.field({ type: MoneyRef, select: { columns: { budgetFen: true } }, resolve: (c) => fen(c.budgetFen) }),
    approvedTotal: t.field({
      type: MoneyRef,
      description: '已批准的资助合计。',
      select: { columns: { approvedFen: true } },
      resolve: (c) => fen(c.approvedFen),
    }),
    remainingBudget: t.field({
      type: MoneyRef,
      select: { columns: { approvedFen: true, budgetFen: true } },
      resolve: (c) => fen(c.budgetFen - c.approvedFen),
    }),
    reviewersPerApplication: t.exposeInt('reviewersPerApplication'),
    eligibilityConditions: t.stringList({
      description: '申请人须满足的基本条件。',
      select: { columns: { eligibilityConditions: true } },
      resolve: (c) => c.eligibilityConditions,
    }),
    qualifyingDistinctions: t.field({
      type: [GrantDistinction],
      description: '要求荣誉条件的档次可认定的荣誉（具备其一即可）。',
      select: { columns: { qualifyingDistinctions: true } },
      resolve: (c) => c.qualifyingDistinctions,
    }),
    requiredDocuments: t.stringList({
      select: { columns: { requiredDocuments: true } },
      resolve: (c) => c.requiredDocuments,
    }),
    tiers: t.relation('tiers', { query: { orderBy: { position: 'asc' } } }),
    criteria: t.relation('criteria', { description: '评审指标（每项 0–5 分，按权重加权）。', query: { orderBy: { position: 'asc' } } }),
    applications: t.relatedConnection('applications', {
      description: '本项目的申请（组织单位的工作人员与财务可见）。',
      nullable: true,
      // Pothos types this callback's first argument as a connection node; at run time it is the parent call.
      authScopes: (parent: unknown) => {
        const call = parent as { unionId: string };
        return { unionStaffOver: call.unionId, financeOver: call.unionId };
      },
      args: { status: t.arg({ type: GrantApplicationStatus, required: false }) },
      // Drafts stay with their authors until submitted.
      query: (args) => ({
        where: { status: { ne: 'draft', ...(args.status ? { eq: args.status } : {}) } },
        orderBy: { createdAt: 'asc' },
      }),
      totalCount: true,
    }),
    statistics: t.field({
      type: GrantCallStatisticsRef,
      nullable: true,
      authScopes: (call) => ({ unionStaffOver: call.unionId, financeOver: call.unionId }),
      select: { columns: { id: true } },
      resolve: (call, _args, ctx) => grantCallStatistics(ctx.db, call.id),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    viewerCan: t.field({
      type: GrantCallViewerCanRef,
      select: { columns: { id: true, opensAt: true, closesAt: true } },
      resolve: (call, _args, ctx) => grantCallViewerCan(call, ctx),
    }),
  }),
});

export const GrantTierRef = builder.drizzleNode('grantTiers', {
  name: 'GrantTier',
  description: '资助档次：固定金额（minAmount = maxAmount）或一个金额区间，始终在 5 万到 25 万元之间。',
  id: { column: (tier) => tier.id },
  authScopes: { publicRead: 'read_grants' },
  fields: (t) => ({
    name: t.exposeString('name'),
    minAmount: t.field({ type: MoneyRef, select: { columns: { minAmountFen: true } }, resolve: (x) => fen(x.minAmountFen) }),
    maxAmount: t.field({ type: MoneyRef, select: { columns: { maxAmountFen: true } }, resolve: (x) => fen(x.maxAmountFen) }),
    requiredTitle: t.expose('requiredTitle', { type: CraftsmanTitle, description: '申请人须具有的最低工匠称号。' }),
    requiresDistinction: t.exposeBoolean('requiresDistinction', { description: '是否还须具备一项认定的荣誉条件。' }),
    call: t.relation('call'),
  }),
});

export const GrantCriterionRef = builder.drizzleNode('grantCriteria', {
  name: 'GrantCriterion',
  description: '评审指标。',
  id: { column: (c) => c.id },
  authScopes: { publicRead: 'read_grants' },
  fields: (t) => ({
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    weight: t.exposeInt('weight', { description: '权重（1–100）。' }),
  }),
});

