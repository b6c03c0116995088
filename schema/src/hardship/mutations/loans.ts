import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { fieldError, InputValidationError } from '../../common/errors.ts';
import { MoneyInput } from '../../common/money.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { positiveMoney, reason, text } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { HardshipAidPaused, HardshipFileNotConfirmed, HardshipWrongLevel, LoanNotOverdue, LoanOverpaid } from '../errors.ts';
import { applyForLoan, disburseLoan, moveLoan, repayLoan } from '../loans.service.ts';
import { HardshipLoanRef } from '../support-types.ts';
import { HardshipFileRef } from '../types.ts';

const ApplyForHardshipLoanInput = builder.inputType('ApplyForHardshipLoanInput', {
  fields: (t) => ({
    file: t.globalID({ required: false, for: [HardshipFileRef], description: '基层工会代为申请时的档案；本人申请时不填。' }),
    amount: t.field({ type: MoneyInput, required: true, validate: positiveMoney, description: '5 万至 10 万元。' }),
    termMonths: t.int({ required: true, validate: z.number().int().min(6).max(36), description: '借款期限（6–36 个月）。' }),
    purpose: t.string({ required: true, validate: text(10, 1000, '创业项目说明') }),
  }),
});

const HardshipLoanActionInput = builder.inputType('HardshipLoanActionInput', {
  fields: (t) => ({
    loan: t.globalID({ required: true, for: [HardshipLoanRef] }),
    reason: t.string({ required: false, validate: reason, description: '不予批准、核销时必填。' }),
  }),
});

const DisburseHardshipLoanInput = builder.inputType('DisburseHardshipLoanInput', {
  fields: (t) => ({
    loan: t.globalID({ required: true, for: [HardshipLoanRef] }),
    reference: t.string({ required: true, validate: text(4, 64, '放款流水号') }),
  }),
});

const RepayHardshipLoanInput = builder.inputType('RepayHardshipLoanInput', {
  fields: (t) => ({
    loan: t.globalID({ required: true, for: [HardshipLoanRef] }),
    amount: t.field({ type: MoneyInput, required: true, validate: positiveMoney }),
  }),
});

const reload = (query: any, ctx: Context, id: string) =>
  found(ctx.db.query.hardshipLoans.findFirst(query({ where: { id } })), '创业借款');

const stepErrors = [InputValidationError, NotFound, InvalidTransition, HardshipWrongLevel] as const;

builder.mutationFields((t) => {
  const move = (action: 'approve' | 'refuse' | 'markArrears' | 'writeOff', description: string, needsReason: boolean) =>
    t.drizzleField({
      type: 'hardshipLoans',
      description,
      nullable: true,
      authScopes: { unionStaff: true },
      args: { input: t.arg({ type: HardshipLoanActionInput, required: true }) },
      errors: { types: [...stepErrors, LoanNotOverdue], dataField: { name: 'loan' } },
      resolve: async (query, _root, { input }, ctx) => {
        if (needsReason && !input.reason) throw fieldError(['input', 'reason'], 'REQUIRED', '请说明理由');
        return reload(query, ctx, await moveLoan(ctx.db, requireViewer(ctx), input.loan.id, action, input.reason ?? null));
      },
    });

  return {
    applyForHardshipLoan: t.drizzleField({
      type: 'hardshipLoans',
      description: '申请创业小额借款（须有已认定的困难职工档案），由市总工会审批。',
      nullable: true,
      authScopes: { authenticated: true },
      args: { input: t.arg({ type: ApplyForHardshipLoanInput, required: true }) },
      errors: { types: [InputValidationError, NotFound, HardshipWrongLevel, HardshipFileNotConfirmed, HardshipAidPaused], dataField: { name: 'loan' } },
      resolve: async (query, _root, { input }, ctx) =>
        reload(
          query,
          ctx,
          await applyForLoan(ctx.db, requireViewer(ctx), {
            fileId: input.file?.id ?? null,
            amountFen: input.amount.amount,
            termMonths: input.termMonths,
            purpose: input.purpose,
          }),
        ),
    }),
    approveHardshipLoan: move('approve', '市总工会批准创业借款。', false),
    refuseHardshipLoan: move('refuse', '不予批准创业借款（须说明理由）。', true),
    markHardshipLoanInArrears: move('markArrears', '有分期逾期未还时，标记借款逾期。', false),
    writeOffHardshipLoan: move('writeOff', '核销逾期借款（须说明理由）。', true),
    disburseHardshipLoan: t.drizzleField({
      type: 'hardshipLoans',
      description: '登记放款，并按月生成还款计划。',
      nullable: true,
      authScopes: { unionStaff: true },
      args: { input: t.arg({ type: DisburseHardshipLoanInput, required: true }) },
      errors: { types: [...stepErrors], dataField: { name: 'loan' } },
      resolve: async (query, _root, { input }, ctx) =>
        reload(query, ctx, await disburseLoan(ctx.db, requireViewer(ctx), input.loan.id, input.reference)),
    }),
    repayHardshipLoan: t.drizzleField({
      type: 'hardshipLoans',
      description: '登记还款：依次冲抵最早未还的分期；还清即结清，逾期分期还清即恢复正常。',
      nullable: true,
      authScopes: { unionStaff: true },
      args: { input: t.arg({ type: RepayHardshipLoanInput, required: true }) },
      errors: { types: [...stepErrors, LoanOverpaid], dataField: { name: 'loan' } },
      resolve: async (query, _root, { input }, ctx) =>
        reload(query, ctx, await repayLoan(ctx.db, requireViewer(ctx), input.loan.id, input.amount.amount)),
    }),
  };
});
