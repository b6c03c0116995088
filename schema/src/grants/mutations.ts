import { positiveMoney } from '../common/validators.ts';
import { requireViewer } from '../common/viewer.ts';
import { GRANT_DOCUMENT_MAX_BYTES, GRANT_MAX_FEN, GRANT_MIN_FEN } from '@huigong/db';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { NotFound } from '../common/not-found.ts';
import { CraftsmanTitle, UnionRef, UserRef } from '../accounts/types.ts';
import { fieldError, InputValidationError } from '../common/errors.ts';
import { MoneyInput } from '../common/money.ts';
import { reason } from '../common/validators.ts';
import type { Context } from '../context.ts';
import { applicationAccess, reviewAccess, trancheAccess } from './access.ts';
import {
  createGrantApplication,
  moveGrantApplication,
  setGrantPayoutAccount,
  submitGrantApplication,
  updateGrantApplication,
  type ApplicationFields,
} from './applications.service.ts';
import { createGrantCall } from './calls.service.ts';
import { decideGrantApplication } from './decisions.service.ts';
import { attachGrantDocument, type DocumentUpload } from './documents.service.ts';
import {
  AmountOutsideTier,
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
  ReportNotAccepted,
  ReviewerSeatsFull,
  SameApproverForbidden,
  TrancheOutOfOrder,
} from './errors.ts';
import { payGrantTrancheWithStripe, PayoutAccountMissing, StripeNotConfigured } from './payouts.service.ts';
import { reviewGrantReport, submitGrantReport } from './reports.service.ts';
import { assignGrantReviewer, declareGrantReviewConflict, startGrantReview, submitGrantReview } from './reviews.service.ts';
import {
  approveGrantTranche,
  financeApproveGrantTranche,
  recordGrantTrancheFailure,
  recordGrantTranchePayment,
  requestGrantTranche,
} from './tranches.service.ts';
import {
  GrantApplicationRef,
  GrantCallRef,
  GrantCriterionRef,
  GrantDistinction,
  GrantDocumentType,
  GrantReportRef,
  GrantReviewRef,
  GrantTierRef,
  GrantTrancheRef,
} from './types.ts';

const text = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .min(min, { message: `请填写${what}` })
    .max(max, { message: `${what}最多 ${max} 个字符` });

/** Every grant amount: ¥50,000 to ¥250,000, in fen. */
const grantAmount = z.object({
  amount: z
    .number()
    .int()
    .min(GRANT_MIN_FEN, { message: '资助金额不能低于 5 万元（5,000,000 分）' })
    .max(GRANT_MAX_FEN, { message: '资助金额不能高于 25 万元（25,000,000 分）' }),
  currency: z.literal('CNY'),
});
const positiveAmount = positiveMoney;
const distinctNames = (items: { name: string }[]) => new Set(items.map((i) => i.name.trim())).size === items.length;

const GrantTierInput = builder.inputType('GrantTierInput', {
  description: '一个资助档次。固定金额只填 minAmount；区间再填 maxAmount。',
  fields: (t) => ({
    name: t.string({ required: true, validate: text(1, 40, '档次名称') }),
    minAmount: t.field({ type: MoneyInput, required: true, validate: grantAmount }),
    maxAmount: t.field({ type: MoneyInput, required: false, validate: grantAmount }),
    requiredTitle: t.field({ type: CraftsmanTitle, required: true }),
    requiresDistinction: t.boolean({ required: false, defaultValue: false }),
  }),
  // Loose objects: the plugin passes on what the schema returns, so a strict one would drop fields.
  validate: z
    .looseObject({ minAmount: z.looseObject({ amount: z.number() }), maxAmount: z.looseObject({ amount: z.number() }).nullish() })
    .refine((tier) => !tier.maxAmount || tier.maxAmount.amount >= tier.minAmount.amount, {
      message: '最高金额不能低于最低金额',
      path: ['maxAmount'],
    }),
});

const GrantCriterionInput = builder.inputType('GrantCriterionInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: text(1, 40, '评审指标名称') }),
    description: t.string({ required: false, validate: z.string().max(500) }),
    weight: t.int({ required: true, validate: z.number().int().min(1).max(100) }),
  }),
});

const CreateGrantCallInput = builder.inputType('CreateGrantCallInput', {
  fields: (t) => ({
    union: t.globalID({ required: true, for: [UnionRef], description: '组织单位（须为你管辖的工会）。' }),
    title: t.string({ required: true, validate: text(2, 100, '项目名称') }),
    description: t.string({ required: false, validate: z.string().max(5000) }),
    opensAt: t.field({ type: 'DateTime', required: true }),
    closesAt: t.field({ type: 'DateTime', required: true }),
    budget: t.field({ type: MoneyInput, required: true, validate: positiveAmount }),
    reviewersPerApplication: t.int({ required: true, validate: z.number().int().min(1).max(9) }),
    eligibilityConditions: t.stringList({
      required: true,
      validate: z.array(text(2, 300, '申报条件')).min(1, { message: '至少列出一项申报条件' }).max(20),
    }),
    qualifyingDistinctions: t.field({ type: [GrantDistinction], required: true }),
    requiredDocuments: t.stringList({ required: true, validate: z.array(text(2, 100, '材料名称')).max(20) }),
    tiers: t.field({
      type: [GrantTierInput],
      required: true,
      validate: z
        .array(z.looseObject({ name: z.string() }))
        .min(1, { message: '至少设置一个档次' })
        .max(5)
        .refine(distinctNames, { message: '档次名称不能重复' }),
    }),
    criteria: t.field({
      type: [GrantCriterionInput],
      required: true,
      validate: z
        .array(z.looseObject({ name: z.string() }))
        .min(1, { message: '至少设置一项评审指标' })
        .max(20)
        .refine(distinctNames, { message: '评审指标名称不能重复' }),
    }),
  }),
});

const GrantTeamMemberInput = builder.inputType('GrantTeamMemberInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: text(1, 40, '成员姓名') }),
    role: t.string({ required: true, validate: text(1, 40, '成员分工') }),
  }),
});

const GrantBudgetLineInput = builder.inputType('GrantBudgetLineInput', {
  fields: (t) => ({
    item: t.string({ required: true, validate: text(1, 100, '预算科目') }),
    amount: t.field({ type: MoneyInput, required: true, validate: positiveAmount }),
  }),
});

const GrantDocumentInput = builder.inputType('GrantDocumentInput', {
  description: `一份申报材料：PDF、JPEG 或 PNG，不超过 ${GRANT_DOCUMENT_MAX_BYTES / 1024} KB。`,
  fields: (t) => ({
    kind: t.string({ required: true, validate: text(1, 100, '材料名称'), description: '项目 requiredDocuments 中的一项。' }),
    fileName: t.string({ required: true, validate: text(1, 200, '文件名') }),
    contentType: t.field({ type: GrantDocumentType, required: true }),
    contentBase64: t.string({
      required: true,
      validate: z
        .base64({ message: '须为 Base64 编码的文件内容' })
        .max(Math.ceil(GRANT_DOCUMENT_MAX_BYTES / 3) * 4, { message: `文件不能超过 ${GRANT_DOCUMENT_MAX_BYTES / 1024} KB` }),
    }),
  }),
});

const toUpload = (d: { kind: string; fileName: string; contentType: string; contentBase64: string }): DocumentUpload => ({
  kind: d.kind,
  fileName: d.fileName,
  contentType: d.contentType as DocumentUpload['contentType'],
  content: Buffer.from(d.contentBase64, 'base64'),
});

const AttachGrantDocumentInput = builder.inputType('AttachGrantDocumentInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [GrantApplicationRef] }),
    document: t.field({ type: GrantDocumentInput, required: true }),
  }),
});

const SetGrantPayoutAccountInput = builder.inputType('SetGrantPayoutAccountInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [GrantApplicationRef] }),
    stripeAccountId: t.string({
      required: true,
      validate: z.string().regex(/^acct_[A-Za-z0-9]+$/, { message: 'Stripe 账户号形如 acct_1Nxxxx' }),
    }),
  }),
});

const teamMembers = z.array(z.any()).max(50, { message: '团队成员最多 50 人' });
const budgetLines = z.array(z.any()).min(1, { message: '至少填写一行预算明细' }).max(50);

const CreateGrantApplicationInput = builder.inputType('CreateGrantApplicationInput', {
  description: '创建资助申请（草稿）。预算明细合计须等于申请金额。',
  fields: (t) => ({
    call: t.globalID({ required: true, for: [GrantCallRef] }),
    tier: t.globalID({ required: true, for: [GrantTierRef] }),
    studioName: t.string({ required: true, validate: text(2, 100, '工作室名称') }),
    enterprise: t.string({ required: true, validate: text(2, 100, '所在企业') }),
    trade: t.string({ required: true, validate: text(1, 50, '行业/工种') }),
    teamMembers: t.field({ type: [GrantTeamMemberInput], required: true, validate: teamMembers }),
    requestedAmount: t.field({ type: MoneyInput, required: true, validate: grantAmount }),
    plan: t.string({ required: true, validate: text(10, 5000, '建设计划') }),
    budgetLines: t.field({ type: [GrantBudgetLineInput], required: true, validate: budgetLines }),
    distinctions: t.field({ type: [GrantDistinction], required: false, defaultValue: [] }),
    distinctionNote: t.string({ required: false, validate: z.string().max(1000) }),
    eligibilityAttested: t.boolean({ required: true, description: '确认符合项目列出的全部基本条件。' }),
    documents: t.field({
      type: [GrantDocumentInput],
      required: false,
      defaultValue: [],
      validate: z.array(z.any()).max(20),
      description: '申报材料；也可之后用 attachGrantDocument 上传。',
    }),
  }),
});

const UpdateGrantApplicationInput = builder.inputType('UpdateGrantApplicationInput', {
  description: '修改草稿或按要求补充材料；只改给出的字段。',
  fields: (t) => ({
    application: t.globalID({ required: true, for: [GrantApplicationRef] }),
    tier: t.globalID({ required: false, for: [GrantTierRef] }),
    studioName: t.string({ required: false, validate: text(2, 100, '工作室名称') }),
    enterprise: t.string({ required: false, validate: text(2, 100, '所在企业') }),
    trade: t.string({ required: false, validate: text(1, 50, '行业/工种') }),
    teamMembers: t.field({ type: [GrantTeamMemberInput], required: false, validate: teamMembers }),
    requestedAmount: t.field({ type: MoneyInput, required: false, validate: grantAmount }),
    plan: t.string({ required: false, validate: text(10, 5000, '建设计划') }),
    budgetLines: t.field({ type: [GrantBudgetLineInput], required: false, validate: budgetLines }),
    distinctions: t.field({ type: [GrantDistinction], required: false }),
    distinctionNote: t.string({ required: false, validate: z.string().max(1000) }),
    eligibilityAttested: t.boolean({ required: false }),
  }),
});

const GrantApplicationActionInput = builder.inputType('GrantApplicationActionInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [GrantApplicationRef] }),
    reason: t.string({ required: false, validate: reason, description: '说明，写入审计记录。' }),
  }),
});

const RequestGrantInfoInput = builder.inputType('RequestGrantInfoInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [GrantApplicationRef] }),
    message: t.string({ required: true, validate: reason, description: '需要申请人补充的内容。' }),
  }),
});

const AssignGrantReviewerInput = builder.inputType('AssignGrantReviewerInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [GrantApplicationRef] }),
    reviewer: t.globalID({ required: true, for: [UserRef], description: '具有评审专家角色的用户。' }),
  }),
});

const DeclareGrantReviewConflictInput = builder.inputType('DeclareGrantReviewConflictInput', {
  fields: (t) => ({
    review: t.globalID({ required: true, for: [GrantReviewRef] }),
    reason: t.string({ required: true, validate: reason }),
  }),
});

const GrantScoreInput = builder.inputType('GrantScoreInput', {
  fields: (t) => ({
    criterion: t.globalID({ required: true, for: [GrantCriterionRef] }),
    score: t.int({ required: true, validate: z.number().int().min(0).max(5, { message: '评分为 0 到 5 分' }) }),
    comment: t.string({ required: false, validate: z.string().max(1000) }),
  }),
});

const SubmitGrantReviewInput = builder.inputType('SubmitGrantReviewInput', {
  fields: (t) => ({
    review: t.globalID({ required: true, for: [GrantReviewRef] }),
    scores: t.field({ type: [GrantScoreInput], required: true }),
    comment: t.string({ required: false, validate: z.string().max(2000) }),
  }),
});

const GrantDecision = builder.enumType('GrantDecision', {
  values: { APPROVE: { value: 'approve', description: '批准' }, REJECT: { value: 'reject', description: '不予资助' } } as const,
});

const GrantTrancheInput = builder.inputType('GrantTranchePlanInput', {
  fields: (t) => ({
    label: t.string({ required: true, validate: text(1, 60, '拨款说明') }),
    amount: t.field({ type: MoneyInput, required: true, validate: positiveAmount }),
    reportTitle: t.string({ required: false, validate: text(2, 60, '报告名称') }),
    reportDueOn: t.field({
      type: 'Date',
      required: false,
      description: '给出时，须在申请这一笔前提交并验收一份在该日截止的报告。',
    }),
  }),
});

const DecideGrantApplicationInput = builder.inputType('DecideGrantApplicationInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [GrantApplicationRef] }),
    decision: t.field({ type: GrantDecision, required: true }),
    amount: t.field({ type: MoneyInput, required: false, validate: grantAmount, description: '批准金额；默认为申请金额。' }),
    rationale: t.string({ required: true, validate: reason, description: '决定理由。' }),
    tranches: t.field({
      type: [GrantTrancheInput],
      required: false,
      validate: z.array(z.any()).min(1).max(6),
      description: '分期拨款计划；默认立项后拨付一半、中期报告（六个月后截止）验收后拨付其余。',
    }),
    finalReportDueOn: t.field({ type: 'Date', required: false, description: '结题报告截止日期；默认一年后。' }),
  }),
});

const SubmitGrantReportInput = builder.inputType('SubmitGrantReportInput', {
  fields: (t) => ({
    report: t.globalID({ required: true, for: [GrantReportRef] }),
    content: t.string({ required: true, validate: text(20, 10_000, '报告内容') }),
  }),
});

const ReviewGrantReportInput = builder.inputType('ReviewGrantReportInput', {
  fields: (t) => ({
    report: t.globalID({ required: true, for: [GrantReportRef] }),
    accept: t.boolean({ required: true, description: 'true 验收通过；false 要求修改（须写明 note）。' }),
    note: t.string({ required: false, validate: reason }),
  }),
});

const GrantTrancheActionInput = builder.inputType('GrantTrancheActionInput', {
  fields: (t) => ({ tranche: t.globalID({ required: true, for: [GrantTrancheRef] }) }),
});

const RecordGrantPaymentInput = builder.inputType('RecordGrantPaymentInput', {
  fields: (t) => ({
    tranche: t.globalID({ required: true, for: [GrantTrancheRef] }),
    bankReference: t.string({ required: true, validate: text(4, 64, '银行流水号') }),
  }),
});

const RecordGrantPaymentFailureInput = builder.inputType('RecordGrantPaymentFailureInput', {
  fields: (t) => ({
    tranche: t.globalID({ required: true, for: [GrantTrancheRef] }),
    reason: t.string({ required: true, validate: reason }),
  }),
});

type Role = 'applicant' | 'staff' | 'finance';

/** Who may act on an application. An unknown id is treated like a foreign one: no probing for ids. */
async function applicationRole(ctx: Context, applicationId: string, role: Role) {
  const access = await applicationAccess(ctx.db, applicationId);
  if (!access) return false;
  if (role === 'applicant') return { self: access.applicantUserId };
  // Staff and finance never see a draft: acting on one is refused like acting on another union's.
  if (access.draft) return false;
  return role === 'staff' ? { unionStaffOver: access.unionId } : { financeOver: access.unionId };
}

async function trancheRole(ctx: Context, trancheId: string, role: Role) {
  const access = await trancheAccess(ctx.db, trancheId);
  if (!access) return false;
  if (role === 'applicant') return { self: access.applicantUserId };
  return role === 'staff' ? { unionStaffOver: access.unionId } : { financeOver: access.unionId };
}

async function reportRole(ctx: Context, reportId: string, role: Role) {
  const report = await ctx.db.query.grantReports.findFirst({ where: { id: reportId }, columns: { applicationId: true } });
  return report ? applicationRole(ctx, report.applicationId, role) : false;
}

async function reviewerRole(ctx: Context, reviewId: string) {
  const access = await reviewAccess(ctx.db, reviewId);
  return access ? { self: access.reviewerUserId } : { grantReviewer: true };
}

const applicationErrors = [InputValidationError, NotFound, InvalidGrantTransition] as const;

const money = (m: { amount: number } | null | undefined) => (m == null ? undefined : m.amount);

builder.mutationFields((t) => {
  /** Reloads an application through the field's query plan after a service changed it. */
  const reloadApplication = async (query: any, ctx: Context, id: string) => {
    const app = await ctx.db.query.grantApplications.findFirst(query({ where: { id } }));
    if (!app) throw new NotFound('资助申请');
    return app;
  };

  /** A state move on an application that only needs its state and the actor's role. */
  const simpleMove = (
    move: 'startScreening' | 'resubmit' | 'withdraw',
    role: Role,
    description: string,
    extraErrors: readonly (typeof DocumentsMissing)[] = [],
  ) =>
    t.drizzleField({
      type: 'grantApplications',
      description,
      nullable: true,
      args: { input: t.arg({ type: GrantApplicationActionInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, role),
      errors: { types: [...applicationErrors, ...extraErrors], dataField: { name: 'application' } },
      resolve: async (query, _root, { input }, ctx) => {
        await moveGrantApplication(ctx.db, requireViewer(ctx).userId, input.application.id, move, input.reason ?? null);
        return reloadApplication(query, ctx, input.application.id);
      },
    });

  return {
    createGrantCall: t.drizzleField({
      type: 'grantCalls',
      description: '工会工作人员发布资助项目：档次、预算、条件、材料、评审指标。',
      nullable: true,
      args: { input: t.arg({ type: CreateGrantCallInput, required: true }) },
      authScopes: (_root, { input }) => ({ unionStaffOver: input.union.id }),
      errors: { types: [InputValidationError], dataField: { name: 'call' } },
      resolve: async (query, _root, { input }, ctx) => {
        const call = await createGrantCall(ctx.db, requireViewer(ctx).userId, {
          unionId: input.union.id,
          title: input.title,
          description: input.description ?? '',
          opensAt: input.opensAt,
          closesAt: input.closesAt,
          budgetFen: input.budget.amount,
          reviewersPerApplication: input.reviewersPerApplication,
          eligibilityConditions: input.eligibilityConditions,
          qualifyingDistinctions: input.qualifyingDistinctions,
          requiredDocuments: input.requiredDocuments,
          tiers: input.tiers.map((tier) => ({
            name: tier.name,
            minAmountFen: tier.minAmount.amount,
            maxAmountFen: tier.maxAmount?.amount ?? tier.minAmount.amount,
            requiredTitle: tier.requiredTitle,
            requiresDistinction: tier.requiresDistinction ?? false,
          })),
          criteria: input.criteria.map((c) => ({ name: c.name, description: c.description ?? '', weight: c.weight })),
        });
        const found = await ctx.db.query.grantCalls.findFirst(query({ where: { id: call.id } }));
        if (!found) throw new NotFound('资助项目');
        return found;
      },
    }),

    createGrantApplication: t.drizzleField({
      type: 'grantApplications',
      description: '具有工匠称号的会员创建资助申请（草稿）。',
      nullable: true,
      args: { input: t.arg({ type: CreateGrantApplicationInput, required: true }) },
      authScopes: { member: true },
      errors: {
        types: [
          InputValidationError,
          GrantNotEligible,
          GrantCallNotOpen,
          AmountOutsideTier,
          BudgetLinesMismatch,
          GrantApplicationExists,
        ],
        dataField: { name: 'application' },
      },
      resolve: async (query, _root, { input }, ctx) => {
        const app = await createGrantApplication(ctx.db, requireViewer(ctx).userId, {
          callId: input.call.id,
          tierId: input.tier.id,
          studioName: input.studioName,
          enterprise: input.enterprise,
          trade: input.trade,
          teamMembers: input.teamMembers.map((m) => ({ name: m.name, role: m.role })),
          requestedFen: input.requestedAmount.amount,
          plan: input.plan,
          budgetLines: input.budgetLines.map((l) => ({ item: l.item, amountFen: l.amount.amount })),
          distinctions: input.distinctions ?? [],
          distinctionNote: input.distinctionNote ?? null,
          eligibilityAttested: input.eligibilityAttested,
          documents: (input.documents ?? []).map(toUpload),
        });
        return reloadApplication(query, ctx, app.id);
      },
    }),

    updateGrantApplication: t.drizzleField({
      type: 'grantApplications',
      description: '申请人修改草稿，或在“需补充材料”时修改申请。',
      nullable: true,
      args: { input: t.arg({ type: UpdateGrantApplicationInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'applicant'),
      errors: {
        types: [...applicationErrors, GrantNotEligible, AmountOutsideTier, BudgetLinesMismatch],
        dataField: { name: 'application' },
      },
      resolve: async (query, _root, { input }, ctx) => {
        const patch: Partial<ApplicationFields> = {
          ...(input.tier && { tierId: input.tier.id }),
          ...(input.studioName != null && { studioName: input.studioName }),
          ...(input.enterprise != null && { enterprise: input.enterprise }),
          ...(input.trade != null && { trade: input.trade }),
          ...(input.teamMembers != null && { teamMembers: input.teamMembers.map((m) => ({ name: m.name, role: m.role })) }),
          ...(input.requestedAmount != null && { requestedFen: input.requestedAmount.amount }),
          ...(input.plan != null && { plan: input.plan }),
          ...(input.budgetLines != null && {
            budgetLines: input.budgetLines.map((l) => ({ item: l.item, amountFen: l.amount.amount })),
          }),
          ...(input.distinctions != null && { distinctions: input.distinctions }),
          ...(input.distinctionNote !== undefined && { distinctionNote: input.distinctionNote }),
          ...(input.eligibilityAttested != null && { eligibilityAttested: input.eligibilityAttested }),
        };
        await updateGrantApplication(ctx.db, requireViewer(ctx).userId, input.application.id, patch);
        return reloadApplication(query, ctx, input.application.id);
      },
    }),

    submitGrantApplication: t.drizzleField({
      type: 'grantApplications',
      description: '申请人在申报期内提交申请（草稿 → 已提交）。',
      nullable: true,
      args: { input: t.arg({ type: GrantApplicationActionInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'applicant'),
      errors: {
        types: [
          ...applicationErrors,
          GrantCallNotOpen,
          GrantNotEligible,
          AmountOutsideTier,
          BudgetLinesMismatch,
          DocumentsMissing,
        ],
        dataField: { name: 'application' },
      },
      resolve: async (query, _root, { input }, ctx) => {
        await submitGrantApplication(ctx.db, requireViewer(ctx).userId, input.application.id);
        return reloadApplication(query, ctx, input.application.id);
      },
    }),

    startGrantScreening: simpleMove('startScreening', 'staff', '工作人员开始形式审查（已提交 → 形式审查中）。'),
    resubmitGrantApplication: simpleMove(
      'resubmit',
      'applicant',
      '申请人补充材料后重新提交（需补充材料 → 已补充材料）。',
      [DocumentsMissing],
    ),

    setGrantPayoutAccount: t.drizzleField({
      type: 'grantApplications',
      description: '申请人登记工作室的 Stripe 收款账户（关联账户）。',
      nullable: true,
      args: { input: t.arg({ type: SetGrantPayoutAccountInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'applicant'),
      errors: { types: [...applicationErrors], dataField: { name: 'application' } },
      resolve: async (query, _root, { input }, ctx) => {
        await setGrantPayoutAccount(ctx.db, requireViewer(ctx).userId, input.application.id, input.stripeAccountId);
        return reloadApplication(query, ctx, input.application.id);
      },
    }),

    attachGrantDocument: t.drizzleField({
      type: 'grantApplications',
      description: '申请人上传或替换一份申报材料（草稿或需补充材料时）。',
      nullable: true,
      args: { input: t.arg({ type: AttachGrantDocumentInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'applicant'),
      errors: { types: [...applicationErrors], dataField: { name: 'application' } },
      resolve: async (query, _root, { input }, ctx) => {
        await attachGrantDocument(ctx.db, requireViewer(ctx).userId, input.application.id, toUpload(input.document));
        return reloadApplication(query, ctx, input.application.id);
      },
    }),
    withdrawGrantApplication: simpleMove('withdraw', 'applicant', '申请人在作出决定前撤回申请。'),

    requestGrantApplicationInfo: t.drizzleField({
      type: 'grantApplications',
      description: '工作人员要求申请人补充材料（形式审查中/已补充材料 → 需补充材料）。',
      nullable: true,
      args: { input: t.arg({ type: RequestGrantInfoInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'staff'),
      errors: { types: [...applicationErrors], dataField: { name: 'application' } },
      resolve: async (query, _root, { input }, ctx) => {
        await moveGrantApplication(ctx.db, requireViewer(ctx).userId, input.application.id, 'requestInfo', input.message);
        return reloadApplication(query, ctx, input.application.id);
      },
    }),

    assignGrantReviewer: t.drizzleField({
      type: 'grantReviews',
      description: '工作人员为申请分配评审专家（含替换已声明回避的专家）。',
      nullable: true,
      args: { input: t.arg({ type: AssignGrantReviewerInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'staff'),
      errors: {
        types: [...applicationErrors, NotAGrantReviewer, ReviewerSeatsFull, ReviewerAlreadyAssigned],
        dataField: { name: 'review' },
      },
      resolve: async (query, _root, { input }, ctx) => {
        const review = await assignGrantReviewer(ctx.db, requireViewer(ctx).userId, input.application.id, input.reviewer.id);
        const found = await ctx.db.query.grantReviews.findFirst(query({ where: { id: review.id } }));
        if (!found) throw new NotFound('评审任务');
        return found;
      },
    }),

    startGrantReview: t.drizzleField({
      type: 'grantApplications',
      description: '评审专家分配齐后送交评审（→ 专家评审中）。',
      nullable: true,
      args: { input: t.arg({ type: GrantApplicationActionInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'staff'),
      errors: { types: [...applicationErrors, NotEnoughReviewers], dataField: { name: 'application' } },
      resolve: async (query, _root, { input }, ctx) => {
        await startGrantReview(ctx.db, requireViewer(ctx).userId, input.application.id);
        return reloadApplication(query, ctx, input.application.id);
      },
    }),

    declareGrantReviewConflict: t.drizzleField({
      type: 'grantReviews',
      description: '评审专家声明利益冲突并回避；工作人员随后另派专家。',
      nullable: true,
      args: { input: t.arg({ type: DeclareGrantReviewConflictInput, required: true }) },
      authScopes: (_root, { input }, ctx) => reviewerRole(ctx, input.review.id),
      errors: { types: [...applicationErrors], dataField: { name: 'review' } },
      resolve: async (query, _root, { input }, ctx) => {
        await declareGrantReviewConflict(ctx.db, requireViewer(ctx).userId, input.review.id, input.reason);
        const found = await ctx.db.query.grantReviews.findFirst(query({ where: { id: input.review.id } }));
        if (!found) throw new NotFound('评审任务');
        return found;
      },
    }),

    submitGrantReview: t.drizzleField({
      type: 'grantReviews',
      description: '评审专家对每项指标打分（0–5）并提交；最后一份评审提交后申请转为待决定。',
      nullable: true,
      args: { input: t.arg({ type: SubmitGrantReviewInput, required: true }) },
      authScopes: (_root, { input }, ctx) => reviewerRole(ctx, input.review.id),
      errors: { types: [...applicationErrors], dataField: { name: 'review' } },
      resolve: async (query, _root, { input }, ctx) => {
        await submitGrantReview(ctx.db, requireViewer(ctx).userId, input.review.id, {
          scores: input.scores.map((s) => ({ criterionId: s.criterion.id, score: s.score, comment: s.comment ?? null })),
          comment: input.comment ?? null,
        });
        const found = await ctx.db.query.grantReviews.findFirst(query({ where: { id: input.review.id } }));
        if (!found) throw new NotFound('评审任务');
        return found;
      },
    }),

    decideGrantApplication: t.drizzleField({
      type: 'grantApplications',
      description: '工作人员作出决定：批准（金额在档次内、不超过项目剩余预算）或不予资助，须说明理由。',
      nullable: true,
      args: { input: t.arg({ type: DecideGrantApplicationInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'staff'),
      errors: { types: [...applicationErrors, AmountOutsideTier, CallBudgetExceeded], dataField: { name: 'application' } },
      resolve: async (query, _root, { input }, ctx) => {
        await decideGrantApplication(ctx.db, requireViewer(ctx).userId, input.application.id, {
          decision: input.decision,
          amountFen: money(input.amount) ?? null,
          rationale: input.rationale,
          tranches:
            input.tranches?.map((x) => ({
              label: x.label,
              amountFen: x.amount.amount,
              reportTitle: x.reportTitle ?? null,
              reportDueOn: x.reportDueOn ?? null,
            })) ?? null,
          finalReportDueOn: input.finalReportDueOn ?? null,
        });
        return reloadApplication(query, ctx, input.application.id);
      },
    }),
  };
});

builder.mutationFields((t) => {
  const trancheMutation = (
    role: Role,
    description: string,
    errors: readonly (typeof SameApproverForbidden | typeof TrancheOutOfOrder | typeof ReportNotAccepted)[],
    run: (ctx: Context, trancheId: string) => Promise<unknown>,
  ) =>
    t.drizzleField({
      type: 'grantTranches',
      description,
      nullable: true,
      args: { input: t.arg({ type: GrantTrancheActionInput, required: true }) },
      authScopes: (_root, { input }, ctx) => trancheRole(ctx, input.tranche.id, role),
      errors: { types: [InputValidationError, NotFound, InvalidGrantTransition, ...errors], dataField: { name: 'tranche' } },
      resolve: async (query, _root, { input }, ctx) => {
        await run(ctx, input.tranche.id);
        const found = await ctx.db.query.grantTranches.findFirst(query({ where: { id: input.tranche.id } }));
        if (!found) throw new NotFound('拨款');
        return found;
      },
    });

  return {
    requestGrantTranche: trancheMutation('applicant', '受资助人申请下一笔拨款（须按顺序）。', [TrancheOutOfOrder, ReportNotAccepted], (ctx, id) =>
      requestGrantTranche(ctx.db, requireViewer(ctx).userId, id),
    ),
    approveGrantTranche: trancheMutation('staff', '工会工作人员审批拨款申请。', [], (ctx, id) =>
      approveGrantTranche(ctx.db, requireViewer(ctx).userId, id),
    ),
    financeApproveGrantTranche: trancheMutation(
      'finance',
      '财务复核拨款；不能由作出工会审批的同一人完成。',
      [SameApproverForbidden],
      (ctx, id) => financeApproveGrantTranche(ctx.db, requireViewer(ctx).userId, id),
    ),
    submitGrantReport: t.drizzleField({
      type: 'grantReports',
      description: '受资助人提交报告（或按要求修改后重新提交）。',
      nullable: true,
      args: { input: t.arg({ type: SubmitGrantReportInput, required: true }) },
      authScopes: (_root, { input }, ctx) => reportRole(ctx, input.report.id, 'applicant'),
      errors: { types: [InputValidationError, NotFound, InvalidGrantTransition], dataField: { name: 'report' } },
      resolve: async (query, _root, { input }, ctx) => {
        await submitGrantReport(ctx.db, requireViewer(ctx).userId, input.report.id, input.content);
        const found = await ctx.db.query.grantReports.findFirst(query({ where: { id: input.report.id } }));
        if (!found) throw new NotFound('报告');
        return found;
      },
    }),
    reviewGrantReport: t.drizzleField({
      type: 'grantReports',
      description: '工会工作人员验收报告，或要求修改。',
      nullable: true,
      args: { input: t.arg({ type: ReviewGrantReportInput, required: true }) },
      authScopes: (_root, { input }, ctx) => reportRole(ctx, input.report.id, 'staff'),
      errors: { types: [InputValidationError, NotFound, InvalidGrantTransition], dataField: { name: 'report' } },
      resolve: async (query, _root, { input }, ctx) => {
        if (!input.accept && !input.note) throw fieldError(['input', 'note'], 'REQUIRED', '要求修改时须写明修改意见');
        await reviewGrantReport(ctx.db, requireViewer(ctx).userId, input.report.id, { accept: input.accept, note: input.note ?? null });
        const found = await ctx.db.query.grantReports.findFirst(query({ where: { id: input.report.id } }));
        if (!found) throw new NotFound('报告');
        return found;
      },
    }),
    recordGrantTranchePayment: t.drizzleField({
      type: 'grantTranches',
      description: '财务登记已通过银行转账拨付，附银行流水号。',
      nullable: true,
      args: { input: t.arg({ type: RecordGrantPaymentInput, required: true }) },
      authScopes: (_root, { input }, ctx) => trancheRole(ctx, input.tranche.id, 'finance'),
      errors: { types: [InputValidationError, NotFound, InvalidGrantTransition], dataField: { name: 'tranche' } },
      resolve: async (query, _root, { input }, ctx) => {
        await recordGrantTranchePayment(ctx.db, requireViewer(ctx).userId, input.tranche.id, input.bankReference);
        const found = await ctx.db.query.grantTranches.findFirst(query({ where: { id: input.tranche.id } }));
        if (!found) throw new NotFound('拨款');
        return found;
      },
    }),
    payGrantTrancheWithStripe: t.drizzleField({
      type: 'grantTranches',
      description:
        '财务通过 Stripe 转账拨付（至工作室的关联账户，带幂等键）。未配置 Stripe 时返回 StripeNotConfigured；被 Stripe 拒绝时登记为拨付失败。',
      nullable: true,
      args: { input: t.arg({ type: GrantTrancheActionInput, required: true }) },
      authScopes: (_root, { input }, ctx) => trancheRole(ctx, input.tranche.id, 'finance'),
      errors: {
        types: [InputValidationError, NotFound, InvalidGrantTransition, StripeNotConfigured, PayoutAccountMissing],
        dataField: { name: 'tranche' },
      },
      resolve: async (query, _root, { input }, ctx) => {
        await payGrantTrancheWithStripe(ctx.db, requireViewer(ctx).userId, input.tranche.id);
        const found = await ctx.db.query.grantTranches.findFirst(query({ where: { id: input.tranche.id } }));
        if (!found) throw new NotFound('拨款');
        return found;
      },
    }),
    recordGrantTranchePaymentFailure: t.drizzleField({
      type: 'grantTranches',
      description: '财务登记拨付失败（如账户信息有误）；之后可再次登记为已拨付。',
      nullable: true,
      args: { input: t.arg({ type: RecordGrantPaymentFailureInput, required: true }) },
      authScopes: (_root, { input }, ctx) => trancheRole(ctx, input.tranche.id, 'finance'),
      errors: { types: [InputValidationError, NotFound, InvalidGrantTransition], dataField: { name: 'tranche' } },
      resolve: async (query, _root, { input }, ctx) => {
        await recordGrantTrancheFailure(ctx.db, requireViewer(ctx).userId, input.tranche.id, input.reason);
        const found = await ctx.db.query.grantTranches.findFirst(query({ where: { id: input.tranche.id } }));
        if (!found) throw new NotFound('拨款');
        return found;
      },
    }),
  };
});
