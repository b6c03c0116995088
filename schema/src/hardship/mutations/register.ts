import { z } from 'zod';
import { builder } from '../../builder.ts';
import { MemberRef } from '../../accounts/types.ts';
import type { Context } from '../../context.ts';
import { InputValidationError } from '../../common/errors.ts';
import { MoneyInput } from '../../common/money.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText, reason, shortText } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { attachErrors } from '../../files/errors.ts';
import { HardshipFileExists, HardshipNotEligible, HardshipWrongLevel } from '../errors.ts';
import {
  confirmFile,
  exitFile,
  fileHousehold,
  reenterFile,
  recheckFile,
  refuseFile,
  resubmitFile,
  sendBackFile,
  verifyFile,
  type HouseholdInput,
} from '../files.service.ts';
import { HardshipCause, HardshipExitReason, HardshipFileRef, HardshipHousing } from '../types.ts';
import { documentsArg, HardshipDocumentInput, toChoices } from './documents.ts';

const money = z.object({ amount: z.number().int().min(0, { message: '金额不能为负' }), currency: z.literal('CNY') });
const positive = z.object({ amount: z.number().int().positive({ message: '金额须大于 0' }), currency: z.literal('CNY') });

const HouseholdMemberInput = builder.inputType('HardshipHouseholdMemberInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: shortText(40, '姓名') }),
    relation: t.string({ required: true, validate: shortText(20, '与会员的关系'), description: '如 本人、配偶、子女、父母。' }),
    age: t.int({ required: true, validate: z.number().int().min(0).max(130) }),
  }),
});

const HouseholdInputRef = builder.inputType('HardshipHouseholdInput', {
  description: '家庭情况：致困原因、家庭成员、人均收入与当地低保标准、住房、是否农民工家庭。',
  fields: (t) => ({
    cause: t.field({ type: HardshipCause, required: true }),
    causeNote: t.string({ required: false, validate: optionalText(500) }),
    householdMembers: t.field({
      type: [HouseholdMemberInput],
      required: true,
      validate: z.array(z.any()).min(1, { message: '请至少填写一名家庭成员' }).max(20),
    }),
    monthlyIncomePerHead: t.field({ type: MoneyInput, required: true, validate: money, description: '家庭人均月收入。' }),
    localMinimum: t.field({ type: MoneyInput, required: true, validate: positive, description: '当地最低生活保障标准（每人每月）。' }),
    housing: t.field({ type: HardshipHousing, required: true }),
    isMigrantWorker: t.boolean({ required: false, description: '农民工家庭（无本地城镇户口）。' }),
    labourContractMonths: t.int({ required: false, validate: z.number().int().min(0).max(600), description: '劳动合同期限（月）。' }),
  }),
});

type HouseholdArg = {
  cause: HouseholdInput['cause'];
  causeNote?: string | null;
  householdMembers: { name: string; relation: string; age: number }[];
  monthlyIncomePerHead: { amount: number };
  localMinimum: { amount: number };
  housing: HouseholdInput['housing'];
  isMigrantWorker?: boolean | null;
  labourContractMonths?: number | null;
};

const household = (input: HouseholdArg): HouseholdInput => ({
  cause: input.cause,
  causeNote: input.causeNote ?? null,
  householdMembers: input.householdMembers.map((m) => ({ name: m.name, relation: m.relation, age: m.age })),
  monthlyIncomePerHeadFen: input.monthlyIncomePerHead.amount,
  localMinimumFen: input.localMinimum.amount,
  housing: input.housing,
  isMigrantWorker: input.isMigrantWorker ?? false,
  labourContractMonths: input.labourContractMonths ?? null,
});

const FileHardshipHouseholdInput = builder.inputType('FileHardshipHouseholdInput', {
  fields: (t) => ({
    member: t.globalID({
      required: false,
      for: [MemberRef],
      description: '基层工会代为申报时的会员；本人申报时不填。',
    }),
    household: t.field({ type: HouseholdInputRef, required: true }),
    documents: t.field({
      type: [HardshipDocumentInput],
      required: false,
      validate: documentsArg,
      description: '证明材料（收入证明、诊断证明等），先上传再给出 id；也可之后用 addHardshipDocuments 补充。',
    }),
  }),
});

const HardshipFileActionInput = builder.inputType('HardshipFileActionInput', {
  fields: (t) => ({
    file: t.globalID({ required: true, for: [HardshipFileRef] }),
    note: t.string({ required: false, validate: optionalText(500), description: '意见，写入审计记录。' }),
  }),
});

const HardshipFileReasonInput = builder.inputType('HardshipFileReasonInput', {
  fields: (t) => ({
    file: t.globalID({ required: true, for: [HardshipFileRef] }),
    reason: t.string({ required: true, validate: reason }),
  }),
});

const ResubmitHardshipFileInput = builder.inputType('ResubmitHardshipFileInput', {
  fields: (t) => ({
    file: t.globalID({ required: true, for: [HardshipFileRef] }),
    household: t.field({ type: HouseholdInputRef, required: false, description: '修改后的家庭情况；不填则按原样重新提交。' }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const RecheckHardshipFileInput = builder.inputType('RecheckHardshipFileInput', {
  fields: (t) => ({
    file: t.globalID({ required: true, for: [HardshipFileRef] }),
    monthlyIncomePerHead: t.field({ type: MoneyInput, required: false, validate: money, description: '本年度核实的人均月收入。' }),
    localMinimum: t.field({ type: MoneyInput, required: false, validate: positive, description: '本年度当地低保标准。' }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const ExitHardshipFileInput = builder.inputType('ExitHardshipFileInput', {
  fields: (t) => ({
    file: t.globalID({ required: true, for: [HardshipFileRef] }),
    reason: t.field({ type: HardshipExitReason, required: true }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const reload = (query: any, ctx: Context, id: string) =>
  found(ctx.db.query.hardshipFiles.findFirst(query({ where: { id } })), '困难职工档案');

const stepErrors = [InputValidationError, NotFound, InvalidTransition, HardshipWrongLevel] as const;

builder.mutationFields((t) => {
  const step = <I extends { file: { id: string } }>(
    description: string,
    input: any,
    run: (ctx: Context, input: I) => Promise<string>,
    extra: readonly (typeof HardshipNotEligible | typeof HardshipFileExists)[] = [],
  ) =>
    t.drizzleField({
      type: 'hardshipFiles',
      description,
      nullable: true,
      authScopes: { authenticated: true },
      args: { input: t.arg({ type: input, required: true }) },
      errors: { types: [...stepErrors, ...extra], dataField: { name: 'file' } },
      resolve: async (query, _root, args, ctx) => reload(query, ctx, await run(ctx, args.input as I)),
    });

  return {
    fileHardshipHousehold: t.drizzleField({
      type: 'hardshipFiles',
      description: '申报困难职工档案：会员本人申报，或基层工会代会员申报。一名会员只能有一份在办或已认定的档案。',
      nullable: true,
      authScopes: { authenticated: true },
      args: { input: t.arg({ type: FileHardshipHouseholdInput, required: true }) },
      errors: {
        types: [InputValidationError, NotFound, HardshipWrongLevel, HardshipNotEligible, HardshipFileExists, ...attachErrors],
        dataField: { name: 'file' },
      },
      resolve: async (query, _root, { input }, ctx) => {
        const id = await fileHousehold(ctx.db, requireViewer(ctx), {
          ...household(input.household),
          memberId: input.member?.id ?? null,
          documents: toChoices(input.documents),
        });
        return reload(query, ctx, id);
      },
    }),
    verifyHardshipFile: step<{ file: { id: string }; note?: string | null }>(
      '基层工会核实档案。',
      HardshipFileActionInput,
      (ctx, input) => verifyFile(ctx.db, requireViewer(ctx), input.file.id, input.note),
    ),
    confirmHardshipFile: step<{ file: { id: string }; note?: string | null }>(
      '审核认定档案：市总工会、省总工会、全国总工会依次办理，各由辖区内本层级的工作人员。',
      HardshipFileActionInput,
      (ctx, input) => confirmFile(ctx.db, requireViewer(ctx), input.file.id, input.note),
    ),
    sendBackHardshipFile: step<{ file: { id: string }; reason: string }>(
      '退回档案修改（须说明理由），由当前办理层级的工作人员。',
      HardshipFileReasonInput,
      (ctx, input) => sendBackFile(ctx.db, requireViewer(ctx), input.file.id, input.reason),
    ),
    refuseHardshipFile: step<{ file: { id: string }; reason: string }>(
      '不予认定（须说明理由），由当前办理层级的工作人员。',
      HardshipFileReasonInput,
      (ctx, input) => refuseFile(ctx.db, requireViewer(ctx), input.file.id, input.reason),
    ),
    resubmitHardshipFile: step<{ file: { id: string }; household?: HouseholdArg | null; note?: string | null }>(
      '修改被退回的档案并重新提交（会员本人或基层工会）。',
      ResubmitHardshipFileInput,
      (ctx, input) =>
        resubmitFile(ctx.db, requireViewer(ctx), input.file.id, input.household ? household(input.household) : null, input.note),
      [HardshipNotEligible],
    ),
    recheckHardshipFile: step<{
      file: { id: string };
      monthlyIncomePerHead?: { amount: number } | null;
      localMinimum?: { amount: number } | null;
      note?: string | null;
    }>(
      '年度核查（清理核查）：基层工会核实家庭仍符合条件，下次核查顺延一年。',
      RecheckHardshipFileInput,
      (ctx, input) =>
        recheckFile(ctx.db, requireViewer(ctx), input.file.id, {
          monthlyIncomePerHeadFen: input.monthlyIncomePerHead?.amount ?? null,
          localMinimumFen: input.localMinimum?.amount ?? null,
          note: input.note ?? null,
        }),
      [HardshipNotEligible],
    ),
    exitHardshipFile: step<{ file: { id: string }; reason: 'reemployed'; note?: string | null }>(
      '办理退出（解困脱困），须选择原因；会员随即不再是困难职工。',
      ExitHardshipFileInput,
      (ctx, input) => exitFile(ctx.db, requireViewer(ctx), input.file.id, input.reason, input.note),
    ),
    reenterHardshipFile: step<{ file: { id: string }; household?: HouseholdArg | null; note?: string | null }>(
      '已退出的家庭再次陷入困难时重新申报入库，重新经过各级审核。',
      ResubmitHardshipFileInput,
      (ctx, input) =>
        reenterFile(ctx.db, requireViewer(ctx), input.file.id, input.household ? household(input.household) : null, input.note),
      [HardshipNotEligible, HardshipFileExists],
    ),
  };
});
