import { z } from 'zod';
import { builder } from '../../builder.ts';
import { UnionRef } from '../../accounts/types.ts';
import type { Context } from '../../context.ts';
import { InputValidationError } from '../../common/errors.ts';
import { MoneyInput } from '../../common/money.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText, positiveMoney, reason, shortText, text, title } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { attachErrors } from '../../files/errors.ts';
import { approveAid, payAid, refuseAid, requestAid, verifyAid, type AidChannel } from '../aid.service.ts';
import { createScheme, moveScheme } from '../schemes.service.ts';
import {
  AidBudgetExceeded,
  AidCapExceeded,
  AidOutsideScheme,
  AidPreparerCannotApprove,
  AidSchemeNotOpen,
  AidWindowClosed,
  HardshipAidPaused,
  HardshipFileNotConfirmed,
  HardshipWrongLevel,
} from '../errors.ts';
import { HardshipAidApplicationRef, HardshipAidKind, HardshipAidSchemeRef, HardshipFileRef } from '../types.ts';
import { documentsArg, HardshipDocumentInput, toChoices } from './documents.ts';

const CreateHardshipAidSchemeInput = builder.inputType('CreateHardshipAidSchemeInput', {
  fields: (t) => ({
    union: t.globalID({ required: true, for: [UnionRef], description: '设立项目的市总工会。' }),
    year: t.int({ required: true, validate: z.number().int().min(2000).max(2100) }),
    kind: t.field({ type: HardshipAidKind, required: true }),
    name: t.string({ required: true, validate: title(60, '项目名称') }),
    capPerPerson: t.field({
      type: MoneyInput,
      required: false,
      validate: positiveMoney,
      description: '每人每年上限；生活救助默认并最多 5000 元，医疗救助默认并最多 1 万元，其他类型须填写。',
    }),
    budget: t.field({ type: MoneyInput, required: true, validate: positiveMoney }),
    applyFrom: t.field({ type: 'Date', required: false, description: '受理开始日期；默认年初（金秋助学默认 7 月 1 日）。' }),
    applyUntil: t.field({ type: 'Date', required: false, description: '受理截止日期；默认年末（金秋助学默认 8 月 31 日）。' }),
    area: t.globalID({ required: false, for: [UnionRef], description: '灾害救助：受灾地区（本市的区县或基层工会）。' }),
    event: t.string({ required: false, validate: text(2, 100, '灾害事件'), description: '灾害救助：灾害事件，如“7·20 暴雨”。' }),
  }),
});

const HardshipAidSchemeActionInput = builder.inputType('HardshipAidSchemeActionInput', {
  fields: (t) => ({ scheme: t.globalID({ required: true, for: [HardshipAidSchemeRef] }) }),
});

const studentFields = (t: any) => ({
  studentName: t.string({ required: false, validate: shortText(40, '学生姓名'), description: '金秋助学：学生姓名。' }),
  school: t.string({ required: false, validate: shortText(60, '录取学校'), description: '金秋助学：录取学校。' }),
  admissionLetterNumber: t.string({
    required: false,
    validate: shortText(40, '录取通知书编号'),
    description: '金秋助学：录取通知书编号（必填；扫描件作为 ADMISSION_LETTER 材料附在 documents 中）。',
  }),
});

const documentsField = (t: any) => ({
  documents: t.field({
    type: [HardshipDocumentInput],
    required: false,
    validate: documentsArg,
    description: '证明材料（录取通知书、住院结算单等的扫描件），先上传再给出 id。',
  }),
});

const ApplyForHardshipAidInput = builder.inputType('ApplyForHardshipAidInput', {
  fields: (t) => ({
    scheme: t.globalID({ required: true, for: [HardshipAidSchemeRef] }),
    amount: t.field({ type: MoneyInput, required: true, validate: positiveMoney }),
    note: t.string({ required: false, validate: optionalText(500), description: '申请事由。' }),
    ...studentFields(t),
    ...documentsField(t),
  }),
});

const NominateForHardshipAidInput = builder.inputType('NominateForHardshipAidInput', {
  fields: (t) => ({
    scheme: t.globalID({ required: true, for: [HardshipAidSchemeRef] }),
    file: t.globalID({ required: true, for: [HardshipFileRef] }),
    amount: t.field({ type: MoneyInput, required: true, validate: positiveMoney }),
    note: t.string({ required: false, validate: optionalText(500) }),
    ...studentFields(t),
    ...documentsField(t),
  }),
});

const RecordHospitalAidBillInput = builder.inputType('RecordHospitalAidBillInput', {
  fields: (t) => ({
    scheme: t.globalID({ required: true, for: [HardshipAidSchemeRef], description: '医疗救助项目。' }),
    file: t.globalID({ required: true, for: [HardshipFileRef] }),
    selfPaid: t.field({ type: MoneyInput, required: true, validate: positiveMoney, description: '住院费用中个人自费部分；按 80% 救助。' }),
    hospitalBillNumber: t.string({ required: true, validate: text(4, 40, '住院结算单号') }),
    note: t.string({ required: false, validate: optionalText(500) }),
    ...documentsField(t),
  }),
});

const HardshipAidActionInput = builder.inputType('HardshipAidActionInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [HardshipAidApplicationRef] }),
    amount: t.field({ type: MoneyInput, required: false, validate: positiveMoney, description: '核实/批准金额；默认为上一步的金额。' }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const PayHardshipAidInput = builder.inputType('PayHardshipAidInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [HardshipAidApplicationRef] }),
    paymentReference: t.string({ required: true, validate: text(4, 64, '发放流水号') }),
  }),
});

const RefuseHardshipAidInput = builder.inputType('RefuseHardshipAidInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [HardshipAidApplicationRef] }),
    reason: t.string({ required: true, validate: reason }),
  }),
});

const reloadScheme = (query: any, ctx: Context, id: string) =>
  found(ctx.db.query.hardshipAidSchemes.findFirst(query({ where: { id } })), '帮扶项目');
const reloadApplication = (query: any, ctx: Context, id: string) =>
  found(ctx.db.query.hardshipAidApplications.findFirst(query({ where: { id } })), '帮扶申请');

export const requestErrors = [
  InputValidationError,
  NotFound,
  HardshipWrongLevel,
  AidSchemeNotOpen,
  AidWindowClosed,
  AidOutsideScheme,
  HardshipFileNotConfirmed,
  HardshipAidPaused,
  AidCapExceeded,
  ...attachErrors,
] as const;

const amountOf = (m: { amount: number } | null | undefined) => m?.amount ?? null;

builder.mutationFields((t) => {
  const request = (channel: AidChannel, description: string, input: any) =>
    t.drizzleField({
      type: 'hardshipAidApplications',
      description,
      nullable: true,
      authScopes: channel === 'member' ? { member: true } : { unionStaff: true },
      args: { input: t.arg({ type: input, required: true }) },
      errors: { types: [...requestErrors], dataField: { name: 'application' } },
      resolve: async (query, _root, args, ctx) => {
        const i = args.input as any;
        const id = await requestAid(ctx.db, requireViewer(ctx), {
          schemeId: i.scheme.id,
          channel,
          fileId: i.file?.id ?? null,
          amountFen: amountOf(i.amount),
          selfPaidFen: amountOf(i.selfPaid),
          hospitalBillNumber: i.hospitalBillNumber ?? null,
          studentName: i.studentName ?? null,
          school: i.school ?? null,
          admissionLetterNumber: i.admissionLetterNumber ?? null,
          note: i.note ?? null,
          documents: toChoices(i.documents),
        });
        return reloadApplication(query, ctx, id);
      },
    });

  const schemeMove = (action: 'open' | 'close', description: string) =>
    t.drizzleField({
      type: 'hardshipAidSchemes',
      description,
      nullable: true,
      authScopes: { unionStaff: true },
      args: { input: t.arg({ type: HardshipAidSchemeActionInput, required: true }) },
      errors: { types: [InputValidationError, NotFound, InvalidTransition, HardshipWrongLevel], dataField: { name: 'scheme' } },
      resolve: async (query, _root, { input }, ctx) =>
        reloadScheme(query, ctx, await moveScheme(ctx.db, requireViewer(ctx), input.scheme.id, action)),
    });

  return {
    createHardshipAidScheme: t.drizzleField({
      type: 'hardshipAidSchemes',
      description: '市总工会设立年度帮扶项目（草稿；开放后受理）。',
      nullable: true,
      authScopes: { unionStaff: true },
      args: { input: t.arg({ type: CreateHardshipAidSchemeInput, required: true }) },
      errors: { types: [InputValidationError, NotFound, HardshipWrongLevel], dataField: { name: 'scheme' } },
      resolve: async (query, _root, { input }, ctx) => {
        const id = await createScheme(ctx.db, requireViewer(ctx), {
          unionId: input.union.id,
          year: input.year,
          kind: input.kind,
          name: input.name,
          capPerPersonFen: amountOf(input.capPerPerson),
          budgetFen: input.budget.amount,
          applyFrom: input.applyFrom ?? null,
          applyUntil: input.applyUntil ?? null,
          areaUnionId: input.area?.id ?? null,
          event: input.event ?? null,
        });
        return reloadScheme(query, ctx, id);
      },
    }),
    openHardshipAidScheme: schemeMove('open', '批准并开放帮扶项目（本轮救助），之后才能受理与审批。'),
    closeHardshipAidScheme: schemeMove('close', '结束帮扶项目（本轮救助）；之后不再审批。'),
    applyForHardshipAid: request('member', '会员本人申请帮扶（须有已认定且按期核查的档案）。', ApplyForHardshipAidInput),
    nominateForHardshipAid: request('nominated', '基层工会为辖区内的困难职工推荐帮扶。', NominateForHardshipAidInput),
    recordHospitalAidBill: request(
      'hospital_billed',
      '登记职工帮扶医院的住院结算：按个人自费部分的 80% 计入医疗救助申请。',
      RecordHospitalAidBillInput,
    ),
    verifyHardshipAidApplication: t.drizzleField({
      type: 'hardshipAidApplications',
      description: '基层工会核实帮扶申请，并拟定发放金额。',
      nullable: true,
      authScopes: { unionStaff: true },
      args: { input: t.arg({ type: HardshipAidActionInput, required: true }) },
      errors: { types: [InputValidationError, NotFound, InvalidTransition, HardshipWrongLevel], dataField: { name: 'application' } },
      resolve: async (query, _root, { input }, ctx) =>
        reloadApplication(
          query,
          ctx,
          await verifyAid(ctx.db, requireViewer(ctx), input.application.id, amountOf(input.amount), input.note ?? null),
        ),
    }),
    approveHardshipAidApplication: t.drizzleField({
      type: 'hardshipAidApplications',
      description: '市总工会审批帮扶申请：每人每年上限与项目预算由数据库保证；拟定人不能审批。',
      nullable: true,
      authScopes: { unionStaff: true },
      args: { input: t.arg({ type: HardshipAidActionInput, required: true }) },
      errors: {
        types: [
          InputValidationError,
          NotFound,
          InvalidTransition,
          HardshipWrongLevel,
          AidPreparerCannotApprove,
          AidSchemeNotOpen,
          AidBudgetExceeded,
          AidCapExceeded,
          HardshipFileNotConfirmed,
          HardshipAidPaused,
        ],
        dataField: { name: 'application' },
      },
      resolve: async (query, _root, { input }, ctx) =>
        reloadApplication(
          query,
          ctx,
          await approveAid(ctx.db, requireViewer(ctx), input.application.id, amountOf(input.amount), input.note ?? null),
        ),
    }),
    payHardshipAidApplication: t.drizzleField({
      type: 'hardshipAidApplications',
      description: '登记帮扶款已发放（银行流水号）。',
      nullable: true,
      authScopes: { unionStaff: true },
      args: { input: t.arg({ type: PayHardshipAidInput, required: true }) },
      errors: { types: [InputValidationError, NotFound, InvalidTransition, HardshipWrongLevel], dataField: { name: 'application' } },
      resolve: async (query, _root, { input }, ctx) =>
        reloadApplication(query, ctx, await payAid(ctx.db, requireViewer(ctx), input.application.id, input.paymentReference)),
    }),
    refuseHardshipAidApplication: t.drizzleField({
      type: 'hardshipAidApplications',
      description: '不予批准帮扶申请（须说明理由）：核实前由基层工会，核实后由市总工会。',
      nullable: true,
      authScopes: { unionStaff: true },
      args: { input: t.arg({ type: RefuseHardshipAidInput, required: true }) },
      errors: { types: [InputValidationError, NotFound, InvalidTransition, HardshipWrongLevel], dataField: { name: 'application' } },
      resolve: async (query, _root, { input }, ctx) =>
        reloadApplication(query, ctx, await refuseAid(ctx.db, requireViewer(ctx), input.application.id, input.reason)),
    }),
  };
});
