import { builder } from '../../builder.ts';
import { found } from '../../common/reload.ts';
import { reason } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import type { Context } from '../../context.ts';
import {
  PayoutAccountMissing,
  ReportNotAccepted,
  SameApproverForbidden,
  StripeNotConfigured,
  TrancheOutOfOrder,
} from '../errors.ts';
import { payGrantTrancheWithStripe } from '../payouts.service.ts';
import {
  approveGrantTranche,
  financeApproveGrantTranche,
  recordGrantTrancheFailure,
  recordGrantTranchePayment,
  requestGrantTranche,
} from '../tranches.service.ts';
import { GrantTrancheRef } from '../types/tranches.ts';
import { stateErrors, text, trancheRole, type Role } from './shared.ts';

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

type TrancheError =
  | typeof SameApproverForbidden
  | typeof TrancheOutOfOrder
  | typeof ReportNotAccepted
  | typeof StripeNotConfigured
  | typeof PayoutAccountMissing;

builder.mutationFields((t) => {
  /** A step on a tranche that takes only the tranche: one service call, then the reload. */
  const trancheStep = (
    role: Role,
    description: string,
    errors: readonly TrancheError[],
    run: (ctx: Context, actorUserId: string, trancheId: string) => Promise<unknown>,
  ) =>
    t.drizzleField({
      type: 'grantTranches',
      description,
      nullable: true,
      args: { input: t.arg({ type: GrantTrancheActionInput, required: true }) },
      authScopes: (_root, { input }, ctx) => trancheRole(ctx, input.tranche.id, role),
      errors: { types: [...stateErrors, ...errors], dataField: { name: 'tranche' } },
      resolve: async (query, _root, { input }, ctx) => {
        await run(ctx, requireViewer(ctx).userId, input.tranche.id);
        return found(ctx.db.query.grantTranches.findFirst(query({ where: { id: input.tranche.id } })), '拨款');
      },
    });

  return {
    requestGrantTranche: trancheStep('applicant', '受资助人申请下一笔拨款（须按顺序）。', [TrancheOutOfOrder, ReportNotAccepted], (ctx, actor, id) =>
      requestGrantTranche(ctx.db, actor, id),
    ),
    approveGrantTranche: trancheStep('staff', '工会工作人员审批拨款申请。', [], (ctx, actor, id) =>
      approveGrantTranche(ctx.db, actor, id),
    ),
    financeApproveGrantTranche: trancheStep(
      'finance',
      '财务复核拨款；不能由作出工会审批的同一人完成。',
      [SameApproverForbidden],
      (ctx, actor, id) => financeApproveGrantTranche(ctx.db, actor, id),
    ),
    payGrantTrancheWithStripe: trancheStep(
      'finance',
      '财务通过 Stripe 转账拨付（至工作室的关联账户，带幂等键）。未配置 Stripe 时返回 StripeNotConfigured；被 Stripe 拒绝时登记为拨付失败。',
      [StripeNotConfigured, PayoutAccountMissing],
      (ctx, actor, id) => payGrantTrancheWithStripe(ctx.db, actor, id),
    ),
    recordGrantTranchePayment: t.drizzleField({
      type: 'grantTranches',
      description: '财务登记已通过银行转账拨付，附银行流水号。',
      nullable: true,
      args: { input: t.arg({ type: RecordGrantPaymentInput, required: true }) },
      authScopes: (_root, { input }, ctx) => trancheRole(ctx, input.tranche.id, 'finance'),
      errors: { types: [...stateErrors], dataField: { name: 'tranche' } },
      resolve: async (query, _root, { input }, ctx) => {
        await recordGrantTranchePayment(ctx.db, requireViewer(ctx).userId, input.tranche.id, input.bankReference);
        return found(ctx.db.query.grantTranches.findFirst(query({ where: { id: input.tranche.id } })), '拨款');
      },
    }),
    recordGrantTranchePaymentFailure: t.drizzleField({
      type: 'grantTranches',
      description: '财务登记拨付失败（如账户信息有误）；之后可再次登记为已拨付。',
      nullable: true,
      args: { input: t.arg({ type: RecordGrantPaymentFailureInput, required: true }) },
      authScopes: (_root, { input }, ctx) => trancheRole(ctx, input.tranche.id, 'finance'),
      errors: { types: [...stateErrors], dataField: { name: 'tranche' } },
      resolve: async (query, _root, { input }, ctx) => {
        await recordGrantTrancheFailure(ctx.db, requireViewer(ctx).userId, input.tranche.id, input.reason);
        return found(ctx.db.query.grantTranches.findFirst(query({ where: { id: input.tranche.id } })), '拨款');
      },
    }),
  };
});
