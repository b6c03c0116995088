import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { InputValidationError } from '../../common/errors.ts';
import { MoneyInput } from '../../common/money.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText, positiveMoney, reason, text } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { attachErrors } from '../../files/errors.ts';
import { StoredFileRef } from '../../files/types.ts';
import { approveClaim, checkClaim, fileClaim, payClaim, rejectClaim, resubmitClaim, sendBackClaim, valuateClaim } from '../claims.service.ts';
import {
  MutualAidCeilingReached,
  MutualAidDuplicateClaim,
  MutualAidPoolExhausted,
  MutualAidValuationOutdated,
  MutualAidWrongLevel,
} from '../errors.ts';
import { MutualAidClaimRef, MutualAidCoverRef, MutualAidRejectionReason } from '../types.ts';

const nonNegative = z.object({ amount: z.number().int().min(0).max(100_000_000_00), currency: z.string() });
const documents = (t: any, required: boolean) =>
  t.globalIDList({
    required,
    for: [StoredFileRef],
    validate: z.array(z.any()).min(1, { message: '请上传社保结算单等材料的照片' }).max(10, { message: '最多 10 个文件' }),
    description: '已上传（purpose=mutual_aid_claim_document）的社保结算单、出院小结、发票的照片。',
  });

const FileMutualAidClaimInput = builder.inputType('FileMutualAidClaimInput', {
  fields: (t) => ({
    cover: t.globalID({ required: true, for: [MutualAidCoverRef], description: '本人（或代为申请的会员）的互助保障。' }),
    hospital: t.string({ required: true, validate: text(2, 60, '医院名称') }),
    admittedOn: t.field({ type: 'Date', required: true }),
    dischargedOn: t.field({ type: 'Date', required: true }),
    totalCost: t.field({ type: MoneyInput, required: true, validate: positiveMoney, description: '住院总费用（社保结算单）。' }),
    socialInsurancePaid: t.field({ type: MoneyInput, required: true, validate: nonNegative, description: '社保（统筹与大病保险）已报销。' }),
    note: t.string({ required: false, validate: optionalText(500) }),
    documents: documents(t, true),
  }),
});

const ClaimActionInput = builder.inputType('MutualAidClaimActionInput', {
  fields: (t) => ({
    claim: t.globalID({ required: true, for: [MutualAidClaimRef] }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const SendBackInput = builder.inputType('SendBackMutualAidClaimInput', {
  fields: (t) => ({ claim: t.globalID({ required: true, for: [MutualAidClaimRef] }), note: t.string({ required: true, validate: reason }) }),
});

const ResubmitInput = builder.inputType('ResubmitMutualAidClaimInput', {
  fields: (t) => ({
    claim: t.globalID({ required: true, for: [MutualAidClaimRef] }),
    documents: documents(t, true),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const RejectInput = builder.inputType('RejectMutualAidClaimInput', {
  fields: (t) => ({
    claim: t.globalID({ required: true, for: [MutualAidClaimRef] }),
    reason: t.field({ type: MutualAidRejectionReason, required: true }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const PayInput = builder.inputType('PayMutualAidClaimInput', {
  fields: (t) => ({
    claim: t.globalID({ required: true, for: [MutualAidClaimRef] }),
    paymentReference: t.string({ required: true, validate: text(4, 64, '支付流水号') }),
  }),
});

const reload = (query: any, ctx: Context, id: string) => found(ctx.db.query.mutualAidClaims.findFirst(query({ where: { id } })), '互助理赔申请');
const STEP = [InputValidationError, NotFound, InvalidTransition, MutualAidWrongLevel] as const;

builder.mutationFields((t) => {
  const step = (description: string, input: any, run: (ctx: Context, input: any) => Promise<string>, extra: readonly any[] = []) =>
    t.drizzleField({
      type: 'mutualAidClaims',
      description,
      nullable: true,
      authScopes: { authenticated: true },
      args: { input: t.arg({ type: input, required: true }) },
      errors: { types: [...STEP, ...extra], dataField: { name: 'claim' } },
      resolve: async (query, _root, args, ctx) => reload(query, ctx, await run(ctx, args.input)),
    });
  return {
    fileMutualAidClaim: step(
      '出院后申请互助金（会员本人，或所在单位工会代为申请），附社保结算单照片；同一次住院只能申请一次。',
      FileMutualAidClaimInput,
      (ctx, i) =>
        fileClaim(ctx.db, requireViewer(ctx), {
          coverId: i.cover.id,
          hospital: i.hospital,
          admittedOn: i.admittedOn,
          dischargedOn: i.dischargedOn,
          totalCostFen: i.totalCost.amount,
          socialInsuranceFen: i.socialInsurancePaid.amount,
          note: i.note ?? null,
          fileIds: i.documents.map((d: { id: string }) => d.id),
        }),
      [MutualAidDuplicateClaim, ...attachErrors],
    ),
    checkMutualAidClaim: step('审核材料：核对入院日期是否在保障期内、是否已过等待期；不符则按编号原因不予赔付。', ClaimActionInput, (ctx, i) =>
      checkClaim(ctx.db, requireViewer(ctx), i.claim.id),
    ),
    valuateMutualAidClaim: step('按方案规则核算赔付金额（起付标准、分段比例、年度限额），附核算说明。', ClaimActionInput, (ctx, i) =>
      valuateClaim(ctx.db, requireViewer(ctx), i.claim.id),
    ),
    approveMutualAidClaim: step(
      '审批核算金额：会员年度限额与互助资金池由数据库保证；同时写入会员年度台账。',
      ClaimActionInput,
      (ctx, i) => approveClaim(ctx.db, requireViewer(ctx), i.claim.id, i.note ?? null),
      [MutualAidCeilingReached, MutualAidPoolExhausted, MutualAidValuationOutdated],
    ),
    payMutualAidClaim: step('登记支付（转账流水号）。', PayInput, (ctx, i) => payClaim(ctx.db, requireViewer(ctx), i.claim.id, i.paymentReference)),
    rejectMutualAidClaim: step('不予赔付，选择编号原因。', RejectInput, (ctx, i) =>
      rejectClaim(ctx.db, requireViewer(ctx), i.claim.id, i.reason, i.note ?? null),
    ),
    sendBackMutualAidClaim: step('退回补充材料。', SendBackInput, (ctx, i) => sendBackClaim(ctx.db, requireViewer(ctx), i.claim.id, i.note)),
    resubmitMutualAidClaim: step(
      '补充材料后重新提交。',
      ResubmitInput,
      (ctx, i) => resubmitClaim(ctx.db, requireViewer(ctx), i.claim.id, i.documents.map((d: { id: string }) => d.id), i.note ?? null),
      [...attachErrors],
    ),
  };
});
