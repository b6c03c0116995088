import { builder } from '../builder.ts';
import { CraftsmanTitle } from '../accounts/types.ts';
import { errorType } from '../common/errors.ts';
import { fen, MoneyRef } from '../common/money.ts';
import { callUnionId } from './access.ts';
import {
  AmountOutsideTier,
  APPLICATION_STATUS_LABELS,
  BudgetLinesMismatch,
  CallBudgetExceeded,
  DocumentsMissing,
  GrantApplicationExists,
  GrantCallNotOpen,
  GrantNotEligible,
  InvalidGrantTransition,
  NotAGrantReviewer,
  NotEnoughReviewers,
  ReviewerAlreadyAssigned,
  REPORT_STATUS_LABELS,
  ReportNotAccepted,
  ReviewerSeatsFull,
  SameApproverForbidden,
  TRANCHE_STATUS_LABELS,
  TrancheOutOfOrder,
} from './errors.ts';
import { grantCallStatistics, type GrantCallStatistics } from './calls.service.ts';
import { PayoutAccountMissing, StripeNotConfigured } from './payouts.service.ts';
import { grantLoaders } from './loaders.ts';

errorType(InvalidGrantTransition, 'InvalidGrantTransition', {
  description: '对象当前所处的状态不允许此操作。',
  fields: (t) => ({ currentStatus: t.exposeString('currentStatus') }),
});
errorType(GrantCallNotOpen, 'GrantCallNotOpen', { description: '资助项目不在申报期内。' });
errorType(AmountOutsideTier, 'AmountOutsideTier', {
  description: '金额不在所选档次的范围内。',
  fields: (t) => ({ min: t.field({ type: MoneyRef, resolve: (e: AmountOutsideTier) => e.min }), max: t.field({ type: MoneyRef, resolve: (e: AmountOutsideTier) => e.max }) }),
});
errorType(BudgetLinesMismatch, 'BudgetLinesMismatch', {
  description: '预算明细合计与申请金额不一致。',
  fields: (t) => ({
    linesTotal: t.field({ type: MoneyRef, resolve: (e: BudgetLinesMismatch) => e.linesTotal }),
    requested: t.field({ type: MoneyRef, resolve: (e: BudgetLinesMismatch) => e.requested }),
  }),
});
errorType(GrantNotEligible, 'GrantNotEligible', { description: '申请人不符合该档次的申报条件；message 说明原因。' });
errorType(GrantApplicationExists, 'GrantApplicationExists', { description: '同一会员在同一项目中只能有一份有效申请。' });
errorType(NotEnoughReviewers, 'NotEnoughReviewers', {
  description: '评审专家人数不足。',
  fields: (t) => ({ required: t.exposeInt('required'), assigned: t.exposeInt('assigned') }),
});
errorType(ReviewerSeatsFull, 'ReviewerSeatsFull', { description: '评审专家名额已满。' });
errorType(NotAGrantReviewer, 'NotAGrantReviewer', { description: '该用户不能担任此申请的评审专家。' });
errorType(ReviewerAlreadyAssigned, 'ReviewerAlreadyAssigned', { description: '该专家已分配过此申请。' });
errorType(CallBudgetExceeded, 'CallBudgetExceeded', {
  description: '资助项目剩余预算不足。',
  fields: (t) => ({ remaining: t.field({ type: MoneyRef, resolve: (e: CallBudgetExceeded) => e.remaining }) }),
});
errorType(TrancheOutOfOrder, 'TrancheOutOfOrder', { description: '须按顺序拨款：上一笔尚未拨付。' });
errorType(DocumentsMissing, 'DocumentsMissing', {
  description: '尚未上传全部申报材料。',
  fields: (t) => ({ missing: t.stringList({ resolve: (e: DocumentsMissing) => e.missing }) }),
});
errorType(StripeNotConfigured, 'StripeNotConfigured', { description: '服务器未配置 Stripe 密钥。' });
errorType(PayoutAccountMissing, 'PayoutAccountMissing', { description: '工作室尚未登记 Stripe 收款账户。' });
errorType(ReportNotAccepted, 'ReportNotAccepted', { description: '这一笔拨款须待相关报告验收通过。' });
errorType(SameApproverForbidden, 'SameApproverForbidden', { description: '工会审批与财务复核须由不同的人完成。' });

export const GrantDistinction = builder.enumType('GrantDistinction', {
  description: '大工匠档次可认定的荣誉条件。',
  values: {
    MAJOR_BREAKTHROUGH: { value: 'major_breakthrough', description: '取得重大技术突破' },
    KEY_PROVINCIAL_PROJECT: { value: 'key_provincial_project', description: '主持省级重点项目' },
    NATIONAL_MODEL_WORKER: { value: 'national_model_worker', description: '全国劳动模范' },
    NATIONAL_SKILL_AWARD: { value: 'national_skill_award', description: '获国家级技能奖项' },
  } as const,
});

export const GrantApplicationStatus = builder.enumType('GrantApplicationStatus', {
  values: {
    DRAFT: { value: 'draft', description: '草稿' },
    SUBMITTED: { value: 'submitted', description: '已提交' },
    SCREENING: { value: 'screening', description: '形式审查中' },
    INFO_REQUESTED: { value: 'info_requested', description: '需补充材料' },
    RESUBMITTED: { value: 'resubmitted', description: '已补充材料' },
    UNDER_REVIEW: { value: 'under_review', description: '专家评审中' },
    DECISION_PENDING: { value: 'decision_pending', description: '待决定' },
    APPROVED: { value: 'approved', description: '已批准' },
    REJECTED: { value: 'rejected', description: '未获批准' },
    WITHDRAWN: { value: 'withdrawn', description: '已撤回' },
  } as const,
});

export const GrantReviewStatus = builder.enumType('GrantReviewStatus', {
  values: {
    ASSIGNED: { value: 'assigned', description: '待评审' },
    CONFLICT_DECLARED: { value: 'conflict_declared', description: '已声明回避' },
    SUBMITTED: { value: 'submitted', description: '已提交评审' },
  } as const,
});

export const GrantTrancheStatus = builder.enumType('GrantTrancheStatus', {
  values: {
    PLANNED: { value: 'planned', description: '未申请' },
    REQUESTED: { value: 'requested', description: '已申请' },
    STAFF_APPROVED: { value: 'staff_approved', description: '工会已审批' },
    FINANCE_APPROVED: { value: 'finance_approved', description: '财务已复核' },
    PAID: { value: 'paid', description: '已拨付' },
    FAILED: { value: 'failed', description: '拨付失败' },
  } as const,
});

export const GrantReportStatus = builder.enumType('GrantReportStatus', {
  values: {
    DUE: { value: 'due', description: '待提交' },
    SUBMITTED: { value: 'submitted', description: '已提交' },
    CHANGES_REQUESTED: { value: 'changes_requested', description: '需修改' },
    ACCEPTED: { value: 'accepted', description: '已验收' },
  } as const,
});

const PaymentMethod = builder.enumType('GrantPaymentMethod', {
  values: {
    BANK_TRANSFER: { value: 'bank_transfer', description: '银行转账（登记流水号）' },
    STRIPE_TRANSFER: { value: 'stripe_transfer', description: 'Stripe 转账至工作室的关联账户' },
  } as const,
});

const TeamMemberRef = builder.objectRef<{ name: string; role: string }>('GrantTeamMember').implement({
  description: '工作室团队成员。',
  authScopes: { authenticated: true },
  fields: (t) => ({ name: t.exposeString('name'), role: t.exposeString('role') }),
});

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

export const GrantDocumentType = builder.enumType('GrantDocumentType', {
  description: '可上传的材料类型；服务器按文件头核对，不只看声明。',
  values: {
    PDF: { value: 'application/pdf' },
    JPEG: { value: 'image/jpeg' },
    PNG: { value: 'image/png' },
  } as const,
});

const DocumentRef = builder.drizzleObject('grantDocuments', {
  name: 'GrantDocument',
  description: '申报材料。只能经由所属申请访问，申请本身已检查权限。',
  authScopes: { authenticated: true },
  // Only what a field asks for: listing documents does not load their bytes.
  select: { columns: { id: true } },
  fields: (t) => ({
    kind: t.exposeString('kind', { description: '对应项目要求的哪一项材料。' }),
    fileName: t.exposeString('fileName'),
    contentType: t.field({
      type: GrantDocumentType,
      select: { columns: { contentType: true } },
      resolve: (d) => d.contentType as 'application/pdf' | 'image/jpeg' | 'image/png',
    }),
    size: t.exposeInt('sizeBytes', { description: '字节数。' }),
    sha256: t.exposeString('sha256'),
    contentBase64: t.string({
      description: '文件内容（Base64）。',
      select: { columns: { content: true } },
      resolve: (d) => Buffer.from(d.content).toString('base64'),
    }),
    uploadedAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const BudgetLineRef = builder.drizzleObject('grantBudgetLines', {
  name: 'GrantBudgetLine',
  description: '预算明细的一行。只能经由所属申请访问，申请本身已检查权限。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    item: t.exposeString('item'),
    amount: t.field({ type: MoneyRef, select: { columns: { amountFen: true } }, resolve: (l) => fen(l.amountFen) }),
  }),
});

export const GrantApplicationRef = builder.drizzleNode('grantApplications', {
  name: 'GrantApplication',
  description: '工匠创新工作室资助申请。申请人本人、项目组织单位的工作人员与财务、分配的评审专家可见。',
  id: { column: (a) => a.id },
  authScopes: (app) => ({ grantApplicationReader: app }),
  fields: (t) => ({
    call: t.relation('call'),
    tier: t.relation('tier'),
    applicantName: t.string({
      description: '领衔人姓名。',
      select: { with: { applicant: { columns: { realName: true } } } },
      resolve: (a) => a.applicant.realName,
    }),
    studioName: t.exposeString('studioName'),
    enterprise: t.exposeString('enterprise'),
    trade: t.exposeString('trade', { description: '所属行业/工种。' }),
    teamMembers: t.field({
      type: [TeamMemberRef],
      select: { columns: { teamMembers: true } },
      resolve: (a) => a.teamMembers,
    }),
    requestedAmount: t.field({ type: MoneyRef, select: { columns: { requestedFen: true } }, resolve: (a) => fen(a.requestedFen) }),
    approvedAmount: t.field({
      type: MoneyRef,
      nullable: true,
      select: { columns: { approvedFen: true } },
      resolve: (a) => (a.approvedFen === null ? null : fen(a.approvedFen)),
    }),
    plan: t.exposeString('plan', { description: '建设计划。' }),
    distinctions: t.field({
      type: [GrantDistinction],
      select: { columns: { distinctions: true } },
      resolve: (a) => a.distinctions,
    }),
    distinctionNote: t.exposeString('distinctionNote', { nullable: true }),
    eligibilityAttested: t.exposeBoolean('eligibilityAttested', { description: '申请人已确认符合全部基本条件。' }),
    stripeAccountId: t.exposeString('stripeAccountId', {
      nullable: true,
      description: '工作室的 Stripe 收款账户（申请人、工作人员与财务可见）。',
      authScopes: (app) => ({ grantApplicationParty: app }),
    }),
    budgetLines: t.relation('budgetLines', { type: BudgetLineRef, query: { orderBy: { position: 'asc' } } }),
    documents: t.relation('documents', { type: DocumentRef, query: { orderBy: { kind: 'asc' } } }),
    missingDocuments: t.stringList({
      description: '项目要求但尚未上传的材料。',
      select: {
        with: { documents: { columns: { kind: true } }, call: { columns: { requiredDocuments: true } } },
      },
      resolve: (a) => {
        const have = new Set(a.documents.map((d) => d.kind));
        return a.call.requiredDocuments.filter((kind) => !have.has(kind));
      },
    }),
    status: t.expose('status', { type: GrantApplicationStatus }),
    statusLabel: t.string({
      description: '给申请人看的状态说明。',
      select: { columns: { status: true } },
      resolve: (a) => APPLICATION_STATUS_LABELS[a.status] ?? a.status,
    }),
    infoRequest: t.exposeString('infoRequest', { nullable: true, description: '工作人员最近一次要求补充的内容。' }),
    decisionRationale: t.exposeString('decisionRationale', { nullable: true }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    reviews: t.relatedConnection('reviews', {
      description: '评审任务（工作人员与本申请的评审专家可见；评分另有规则）。',
      nullable: true,
      authScopes: async (parent: unknown, _args, ctx) => {
        const app = parent as { id: string; callId: string };
        const unionId = (await callUnionId(ctx.db, app.callId)) ?? '';
        return { unionStaffOver: unionId, grantReviewerOf: app.id };
      },
      query: { orderBy: { createdAt: 'asc' } },
      totalCount: true,
    }),
    weightedAverageScore: t.float({
      description: '已提交评审的加权平均分（0–5，保留两位小数）；尚无评审时为空。仅工作人员可见。',
      nullable: true,
      authScopes: async (app, _args, ctx) => ({ unionStaffOver: (await callUnionId(ctx.db, app.callId)) ?? '' }),
      resolve: (app, _args, ctx) => grantLoaders(ctx).applicationScore.load(app.id),
    }),
    tranches: t.relation('tranches', { query: { orderBy: { position: 'asc' } } }),
    reports: t.relation('reports', {
      description: '中期报告、结题报告等：截止日期、提交与验收。',
      query: { orderBy: { position: 'asc' } },
    }),
    auditTrail: t.relatedConnection('auditEvents', {
      type: GrantAuditEventRef,
      description: '申请的审计记录，按发生顺序。',
      nullable: true,
      authScopes: async (parent: unknown, _args, ctx) => {
        const app = parent as { applicantUserId: string; callId: string };
        const unionId = (await callUnionId(ctx.db, app.callId)) ?? '';
        return { self: app.applicantUserId, unionStaffOver: unionId, financeOver: unionId };
      },
      query: { orderBy: { id: 'asc' } },
      totalCount: true,
    }),
  }),
});

const REVIEW_ACTIONS_PREFIX = 'grant_review.';

// A variant, not the primary type of audit_events: other domains may expose their own trails.
const GrantAuditEventRef = builder.drizzleObject('auditEvents', {
  variant: 'GrantAuditEvent',
  description: '资助申请审计记录中的一条：谁、何时、从哪个状态到哪个状态、为什么。',
  // Reachable only through GrantApplication.auditTrail, which checks who may read the trail.
  authScopes: { authenticated: true },
  fields: (t) => ({
    action: t.exposeString('action', { description: '如 grant_application.submitted、grant_tranche.paid。' }),
    fromState: t.exposeString('fromState', { nullable: true }),
    toState: t.exposeString('toState', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    actorName: t.string({
      nullable: true,
      description: '操作人；评审相关的记录不显示专家姓名（评审匿名）。',
      select: { columns: { action: true }, with: { actor: { columns: { displayName: true } } } },
      resolve: (event) =>
        event.action.startsWith(REVIEW_ACTIONS_PREFIX) ? '评审专家' : (event.actor?.displayName ?? null),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

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

export const GrantTrancheRef = builder.drizzleNode('grantTranches', {
  name: 'GrantTranche',
  description: '分期拨款：申请 → 工会审批 → 财务复核（须为另一人）→ 拨付。',
  id: { column: (x) => x.id },
  select: {
    columns: { id: true },
    with: { application: { columns: { id: true, applicantUserId: true, callId: true, status: true } } },
  },
  authScopes: (tranche) => ({ grantApplicationParty: tranche.application }),
  fields: (t) => ({
    position: t.exposeInt('position', { description: '第几笔（从 0 开始）。' }),
    label: t.exposeString('label'),
    amount: t.field({ type: MoneyRef, select: { columns: { amountFen: true } }, resolve: (x) => fen(x.amountFen) }),
    status: t.expose('status', { type: GrantTrancheStatus }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (x) => TRANCHE_STATUS_LABELS[x.status] ?? x.status }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime', nullable: true }),
    staffApprovedAt: t.expose('staffApprovedAt', { type: 'DateTime', nullable: true }),
    financeApprovedAt: t.expose('financeApprovedAt', { type: 'DateTime', nullable: true }),
    paymentMethod: t.expose('paymentMethod', { type: PaymentMethod, nullable: true }),
    paymentReference: t.exposeString('paymentReference', { nullable: true }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true }),
    failureReason: t.exposeString('failureReason', { nullable: true }),
    payoutAttempts: t.exposeInt('payoutAttempts', { description: '失败的 Stripe 拨付次数。' }),
    payoutConfirmedAt: t.expose('payoutConfirmedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Stripe 通过 webhook 确认转账的时间。',
    }),
    report: t.relation('report', { nullable: true, description: '申请这一笔之前须验收通过的报告。' }),
    application: t.relation('application'),
  }),
});

export const GrantReportRef = builder.drizzleNode('grantReports', {
  name: 'GrantReport',
  description: '受资助工作室的进展报告。',
  id: { column: (r) => r.id },
  select: {
    columns: { id: true },
    with: { application: { columns: { id: true, applicantUserId: true, callId: true, status: true } } },
  },
  authScopes: (report) => ({ grantApplicationParty: report.application }),
  fields: (t) => ({
    title: t.exposeString('title'),
    dueOn: t.expose('dueOn', { type: 'Date', description: '截止日期（北京时间）。' }),
    status: t.expose('status', { type: GrantReportStatus }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (r) => REPORT_STATUS_LABELS[r.status] ?? r.status }),
    content: t.exposeString('content', { nullable: true }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    reviewNote: t.exposeString('reviewNote', { nullable: true, description: '验收意见或修改要求。' }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true }),
    application: t.relation('application'),
  }),
});

