import { z } from 'zod';
import { builder } from '../../builder.ts';
import { CraftsmanTitle, UnionRef } from '../../accounts/types.ts';
import { InputValidationError } from '../../common/errors.ts';
import { MoneyInput } from '../../common/money.ts';
import { found } from '../../common/reload.ts';
import { positiveMoney } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { createGrantCall } from '../calls.service.ts';
import { GrantDistinction } from '../types/enums.ts';
import { grantAmount, text } from './shared.ts';

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
    budget: t.field({ type: MoneyInput, required: true, validate: positiveMoney }),
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

builder.mutationField('createGrantCall', (t) =>
  t.drizzleField({
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
      return found(ctx.db.query.grantCalls.findFirst(query({ where: { id: call.id } })), '资助项目');
    },
  }),
);
