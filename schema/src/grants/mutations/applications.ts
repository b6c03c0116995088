import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { MoneyInput } from '../../common/money.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { positiveMoney, reason } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { attachErrors } from '../../files/errors.ts';
import {
  createGrantApplication,
  moveGrantApplication,
  setGrantPayoutAccount,
  submitGrantApplication,
  updateGrantApplication,
  type ApplicationFields,
  type SimpleMove,
} from '../applications.service.ts';
import {
  AmountOutsideTier,
  BudgetLinesMismatch,
  DocumentsMissing,
  GrantApplicationExists,
  GrantCallNotOpen,
  GrantNotEligible,
} from '../errors.ts';
import { GrantApplicationRef } from '../types/applications.ts';
import { GrantCallRef, GrantTierRef } from '../types/calls.ts';
import { GrantDistinction } from '../types/enums.ts';
import { GrantDocumentInput, withDocuments } from './documents.ts';
import { applicationRole, GrantApplicationActionInput, grantAmount, stateErrors, text, type Role } from './shared.ts';

const GrantTeamMemberInput = builder.inputType('GrantTeamMemberInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: text(1, 40, '成员姓名') }),
    role: t.string({ required: true, validate: text(1, 40, '成员分工') }),
  }),
});

const GrantBudgetLineInput = builder.inputType('GrantBudgetLineInput', {
  fields: (t) => ({
    item: t.string({ required: true, validate: text(1, 100, '预算科目') }),
    amount: t.field({ type: MoneyInput, required: true, validate: positiveMoney }),
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

const RequestGrantInfoInput = builder.inputType('RequestGrantInfoInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [GrantApplicationRef] }),
    message: t.string({ required: true, validate: reason, description: '需要申请人补充的内容。' }),
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

const checkedFields = [GrantNotEligible, AmountOutsideTier, BudgetLinesMismatch] as const;

builder.mutationFields((t) => {
  /** A move on an application that needs only its state and the actor's role. */
  const simpleMove = (
    move: Exclude<SimpleMove, 'requestInfo'>,
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
      errors: { types: [...stateErrors, ...extraErrors], dataField: { name: 'application' } },
      resolve: async (query, _root, { input }, ctx) => {
        await moveGrantApplication(ctx.db, requireViewer(ctx).userId, input.application.id, move, input.reason ?? null);
        return found(ctx.db.query.grantApplications.findFirst(query({ where: { id: input.application.id } })), '资助申请');
      },
    });

  return {
    createGrantApplication: t.drizzleField({
      type: 'grantApplications',
      description: '具有工匠称号的会员创建资助申请（草稿）。',
      nullable: true,
      args: { input: t.arg({ type: CreateGrantApplicationInput, required: true }) },
      authScopes: { member: true },
      errors: {
        types: [InputValidationError, NotFound, GrantNotEligible, GrantCallNotOpen, AmountOutsideTier, BudgetLinesMismatch, GrantApplicationExists, ...attachErrors],
        dataField: { name: 'application' },
      },
      resolve: async (query, _root, { input }, ctx) => {
        const viewer = requireViewer(ctx);
        const app = await withDocuments(ctx, viewer, input.documents ?? [], ['input', 'documents'], (documents) => createGrantApplication(ctx.db, viewer, {
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
          documents,
        }));
        return found(ctx.db.query.grantApplications.findFirst(query({ where: { id: app.id } })), '资助申请');
      },
    }),

    updateGrantApplication: t.drizzleField({
      type: 'grantApplications',
      description: '申请人修改草稿，或在“需补充材料”时修改申请。',
      nullable: true,
      args: { input: t.arg({ type: UpdateGrantApplicationInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'applicant'),
      errors: { types: [...stateErrors, ...checkedFields], dataField: { name: 'application' } },
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
        return found(ctx.db.query.grantApplications.findFirst(query({ where: { id: input.application.id } })), '资助申请');
      },
    }),

    submitGrantApplication: t.drizzleField({
      type: 'grantApplications',
      description: '申请人在申报期内提交申请（草稿 → 已提交）。',
      nullable: true,
      args: { input: t.arg({ type: GrantApplicationActionInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'applicant'),
      errors: {
        types: [...stateErrors, GrantCallNotOpen, ...checkedFields, DocumentsMissing],
        dataField: { name: 'application' },
      },
      resolve: async (query, _root, { input }, ctx) => {
        await submitGrantApplication(ctx.db, requireViewer(ctx).userId, input.application.id);
        return found(ctx.db.query.grantApplications.findFirst(query({ where: { id: input.application.id } })), '资助申请');
      },
    }),

    startGrantScreening: simpleMove('startScreening', 'staff', '工作人员开始形式审查（已提交 → 形式审查中）。'),
    resubmitGrantApplication: simpleMove(
      'resubmit',
      'applicant',
      '申请人补充材料后重新提交（需补充材料 → 已补充材料）。',
      [DocumentsMissing],
    ),
    withdrawGrantApplication: simpleMove('withdraw', 'applicant', '申请人在作出决定前撤回申请。'),

    requestGrantApplicationInfo: t.drizzleField({
      type: 'grantApplications',
      description: '工作人员要求申请人补充材料（形式审查中/已补充材料 → 需补充材料）。',
      nullable: true,
      args: { input: t.arg({ type: RequestGrantInfoInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'staff'),
      errors: { types: [...stateErrors], dataField: { name: 'application' } },
      resolve: async (query, _root, { input }, ctx) => {
        await moveGrantApplication(ctx.db, requireViewer(ctx).userId, input.application.id, 'requestInfo', input.message);
        return found(ctx.db.query.grantApplications.findFirst(query({ where: { id: input.application.id } })), '资助申请');
      },
    }),

    setGrantPayoutAccount: t.drizzleField({
      type: 'grantApplications',
      description: '申请人登记工作室的 Stripe 收款账户（关联账户）。',
      nullable: true,
      args: { input: t.arg({ type: SetGrantPayoutAccountInput, required: true }) },
      authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'applicant'),
      errors: { types: [...stateErrors], dataField: { name: 'application' } },
      resolve: async (query, _root, { input }, ctx) => {
        await setGrantPayoutAccount(ctx.db, requireViewer(ctx).userId, input.application.id, input.stripeAccountId);
        return found(ctx.db.query.grantApplications.findFirst(query({ where: { id: input.application.id } })), '资助申请');
      },
    }),
  };
});
