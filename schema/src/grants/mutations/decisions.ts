import { z } from 'zod';
import { builder } from '../../builder.ts';
import { MoneyInput } from '../../common/money.ts';
import { found } from '../../common/reload.ts';
import { positiveMoney, reason } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { decideGrantApplication } from '../decisions.service.ts';
import { AmountOutsideTier, CallBudgetExceeded } from '../errors.ts';
import { GrantApplicationRef } from '../types/applications.ts';
import { applicationRole, grantAmount, stateErrors, text } from './shared.ts';

const GrantDecision = builder.enumType('GrantDecision', {
  values: { APPROVE: { value: 'approve', description: '批准' }, REJECT: { value: 'reject', description: '不予资助' } } as const,
});

const GrantTranchePlanInput = builder.inputType('GrantTranchePlanInput', {
  fields: (t) => ({
    label: t.string({ required: true, validate: text(1, 60, '拨款说明') }),
    amount: t.field({ type: MoneyInput, required: true, validate: positiveMoney }),
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
      type: [GrantTranchePlanInput],
      required: false,
      validate: z.array(z.any()).min(1).max(6),
      description: '分期拨款计划；默认立项后拨付一半、中期报告（六个月后截止）验收后拨付其余。',
    }),
    finalReportDueOn: t.field({ type: 'Date', required: false, description: '结题报告截止日期；默认一年后。' }),
  }),
});

builder.mutationField('decideGrantApplication', (t) =>
  t.drizzleField({
    type: 'grantApplications',
    description: '工作人员作出决定：批准（金额在档次内、不超过项目剩余预算）或不予资助，须说明理由。',
    nullable: true,
    args: { input: t.arg({ type: DecideGrantApplicationInput, required: true }) },
    authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'staff'),
    errors: { types: [...stateErrors, AmountOutsideTier, CallBudgetExceeded], dataField: { name: 'application' } },
    resolve: async (query, _root, { input }, ctx) => {
      await decideGrantApplication(ctx.db, requireViewer(ctx).userId, input.application.id, {
        decision: input.decision,
        amountFen: input.amount?.amount ?? null,
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
      return found(ctx.db.query.grantApplications.findFirst(query({ where: { id: input.application.id } })), '资助申请');
    },
  }),
);
