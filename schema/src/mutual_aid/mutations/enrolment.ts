import { z } from 'zod';
import { builder } from '../../builder.ts';
import { UnionRef } from '../../accounts/types.ts';
import type { Context } from '../../context.ts';
import { InputValidationError } from '../../common/errors.ts';
import { MoneyInput } from '../../common/money.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { text, title } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { MUTUAL_AID_DEFAULT_PREMIUM_FEN } from '@huigong/db';
import { addRows, createEnrolment, MAX_ROWS_PER_CHUNK, parseRows, recordPremium, submitEnrolment } from '../enrolment.service.ts';
import {
  MutualAidEnrolmentEmpty,
  MutualAidEnrolmentRefused,
  MutualAidEnrolmentTooLarge,
  MutualAidPaymentReferenceUsed,
  MutualAidSchemeExists,
  MutualAidWrongLevel,
} from '../errors.ts';
import { createScheme } from '../schemes.service.ts';
import { MutualAidEnrolmentRef, MutualAidSchemeRef } from '../types.ts';

const money = z.object({ amount: z.number().int().min(0).max(100_000_000_00), currency: z.string() });
const positive = z.object({ amount: z.number().int().min(1).max(100_000_000_00), currency: z.string() });

const BandInput = builder.inputType('MutualAidBandInput', {
  fields: (t) => ({
    upTo: t.field({ type: MoneyInput, required: false, validate: positive, description: '本段累计上限；最后一段留空。' }),
    ratePercent: t.int({ required: true, validate: z.number().int().min(1).max(100) }),
  }),
});

const CreateMutualAidSchemeInput = builder.inputType('CreateMutualAidSchemeInput', {
  fields: (t) => ({
    union: t.globalID({ required: true, for: [UnionRef], description: '设立方案的市总工会。' }),
    year: t.int({ required: true, validate: z.number().int().min(2000).max(2100) }),
    name: t.string({ required: true, validate: title(60, '方案名称') }),
    premium: t.field({ type: MoneyInput, required: false, validate: positive, description: '每人每年互助金，默认 60 元。' }),
    deductible: t.field({ type: MoneyInput, required: true, validate: money, description: '起付标准（每人每年）。' }),
    bands: t.field({ type: [BandInput], required: true, description: '分段赔付比例，按累计上限递增，最后一段不设上限。' }),
    ceiling: t.field({ type: MoneyInput, required: true, validate: positive, description: '每人每年最高赔付。' }),
    waitingDays: t.int({ required: true, validate: z.number().int().min(0).max(365), description: '等待期（天）。' }),
    backstop: t.field({ type: MoneyInput, required: true, validate: money, description: '市总兜底资金。' }),
  }),
});

const CreateMutualAidEnrolmentInput = builder.inputType('CreateMutualAidEnrolmentInput', {
  fields: (t) => ({
    scheme: t.globalID({ required: true, for: [MutualAidSchemeRef] }),
    union: t.globalID({ required: true, for: [UnionRef], description: '参保单位（基层工会）。' }),
    startsOn: t.field({ type: 'Date', required: true, description: '保障开始日期（缴费到账晚于此日则自到账日起）。' }),
  }),
});

const AddMutualAidEnrolmentRowsInput = builder.inputType('AddMutualAidEnrolmentRowsInput', {
  fields: (t) => ({
    enrolment: t.globalID({ required: true, for: [MutualAidEnrolmentRef] }),
    csv: t.string({
      required: false,
      validate: z.string().max(90_000, { message: '单次上传过大，请分批上传' }),
      description: `CSV 文本：每行“会员卡号,姓名”（姓名可省略，首行表头可有可无）；每次最多 ${MAX_ROWS_PER_CHUNK} 行，大文件分批上传。`,
    }),
    cardNumbers: t.stringList({ required: false, validate: z.array(z.string().max(40)).max(MAX_ROWS_PER_CHUNK), description: '或：会员卡号列表。' }),
    replace: t.boolean({ required: false, description: '为 true 时先清空已上传的行（重新上传修改后的文件）。' }),
  }),
});

const MutualAidEnrolmentActionInput = builder.inputType('MutualAidEnrolmentActionInput', {
  fields: (t) => ({ enrolment: t.globalID({ required: true, for: [MutualAidEnrolmentRef] }) }),
});

const RecordMutualAidPremiumInput = builder.inputType('RecordMutualAidPremiumInput', {
  fields: (t) => ({
    enrolment: t.globalID({ required: true, for: [MutualAidEnrolmentRef] }),
    paymentReference: t.string({ required: true, validate: text(4, 64, '转账流水号') }),
    paidOn: t.field({ type: 'Date', required: false, description: '到账日期，默认今天。' }),
  }),
});

const reload = (query: any, ctx: Context, id: string) => found(ctx.db.query.mutualAidEnrolments.findFirst(query({ where: { id } })), '集体参保');

builder.mutationFields((t) => ({
  createMutualAidScheme: t.drizzleField({
    type: 'mutualAidSchemes',
    description: '市总工会设立年度职工医疗互助方案（每市每年一个）。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: CreateMutualAidSchemeInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, MutualAidWrongLevel, MutualAidSchemeExists], dataField: { name: 'scheme' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createScheme(ctx.db, requireViewer(ctx), {
        unionId: input.union.id,
        year: input.year,
        name: input.name,
        premiumFen: input.premium?.amount ?? MUTUAL_AID_DEFAULT_PREMIUM_FEN,
        deductibleFen: input.deductible.amount,
        bands: input.bands.map((b) => ({ upToFen: b.upTo?.amount ?? null, ratePercent: b.ratePercent })),
        ceilingFen: input.ceiling.amount,
        waitingDays: input.waitingDays,
        backstopFen: input.backstop.amount,
      });
      return found(ctx.db.query.mutualAidSchemes.findFirst(query({ where: { id } })), '互助方案');
    },
  }),
  createMutualAidEnrolment: t.drizzleField({
    type: 'mutualAidEnrolments',
    description: '基层工会（单位）开始一次集体参保（草稿；随后上传名单并提交）。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: CreateMutualAidEnrolmentInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, MutualAidWrongLevel], dataField: { name: 'enrolment' } },
    resolve: async (query, _root, { input }, ctx) =>
      reload(query, ctx, await createEnrolment(ctx.db, requireViewer(ctx), { schemeId: input.scheme.id, unionId: input.union.id, startsOn: input.startsOn })),
  }),
  addMutualAidEnrolmentRows: t.drizzleField({
    type: 'mutualAidEnrolments',
    description: '上传参保名单（CSV 或卡号列表，可分批；replace 重新上传）。校验在提交时逐行进行。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: AddMutualAidEnrolmentRowsInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition, MutualAidWrongLevel, MutualAidEnrolmentTooLarge], dataField: { name: 'enrolment' } },
    resolve: async (query, _root, { input }, ctx) => {
      const rows = [
        ...parseRows(input.csv ?? ''),
        ...(input.cardNumbers ?? []).map((c) => ({ cardNumber: c.trim(), realName: null })),
      ];
      return reload(query, ctx, await addRows(ctx.db, requireViewer(ctx), input.enrolment.id, rows, input.replace ?? false));
    },
  }),
  submitMutualAidEnrolment: t.drizzleField({
    type: 'mutualAidEnrolments',
    description: '提交集体参保：逐行校验，任何一行不符则整批不参保并返回行报告；全部通过则每人一份待缴费的保障。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: MutualAidEnrolmentActionInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFound, InvalidTransition, MutualAidWrongLevel, MutualAidEnrolmentEmpty, MutualAidEnrolmentRefused],
      dataField: { name: 'enrolment' },
    },
    resolve: async (query, _root, { input }, ctx) => reload(query, ctx, await submitEnrolment(ctx.db, requireViewer(ctx), input.enrolment.id)),
  }),
  recordMutualAidPremium: t.drizzleField({
    type: 'mutualAidEnrolments',
    description: '市总工会登记单位互助金到账（银行转账流水号）：该批保障自开始日期与到账日期中较晚者起生效一年。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: RecordMutualAidPremiumInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFound, InvalidTransition, MutualAidWrongLevel, MutualAidPaymentReferenceUsed],
      dataField: { name: 'enrolment' },
    },
    resolve: async (query, _root, { input }, ctx) =>
      reload(query, ctx, await recordPremium(ctx.db, requireViewer(ctx), input.enrolment.id, input.paymentReference, input.paidOn ?? null)),
  }),
}));
