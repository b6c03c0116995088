import { z } from 'zod';
import { builder } from '../../builder.ts';
import { UnionRef } from '../../accounts/types.ts';
import { InvalidSmsCode, type SmsCodeDeps } from '../../accounts/sms-codes.service.ts';
import { TooManyAttempts } from '../../common/attempt-guard.ts';
import { InputValidationError } from '../../common/errors.ts';
import { MoneyInput } from '../../common/money.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { memberCardNumber, optionalText, personName, phone, text } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import type { Context } from '../../context.ts';
import { openCaseAsMember, openCaseAsWorker, openCaseForWorker, takeConfidentialCase, type CaseDetails } from '../cases.service.ts';
import { RightsCaseTaken } from '../errors.ts';
import { RightsCaseReceiptRef, RightsCaseRef, RightsCaseType } from '../types.ts';

const money = z.object({ amount: z.number().int().min(0).max(100_000_000_000), currency: z.literal('CNY') });
const smsCode = z.string().trim().regex(/^\d{6}$/, { message: '请输入 6 位数字验证码' });

export const RightsCaseDetailsInput = builder.inputType('RightsCaseDetailsInput', {
  fields: (t) => ({
    type: t.field({ type: RightsCaseType, required: true }),
    employerName: t.string({ required: true, validate: text(2, 100, '用人单位名称') }),
    amountInDispute: t.field({ type: MoneyInput, required: false, validate: money, description: '争议金额（如欠薪、工伤待遇）。' }),
    monthlyIncome: t.field({ type: MoneyInput, required: false, validate: money, description: '月收入（用于审查法律援助资格）。' }),
    description: t.string({ required: true, validate: text(10, 2000, '情况说明') }),
    place: t.string({ required: false, validate: optionalText(100), description: '提交地点（如某服务站点），可不填。' }),
  }),
});

type DetailsArg = {
  type: CaseDetails['type'];
  employerName: string;
  amountInDispute?: { amount: number } | null;
  monthlyIncome?: { amount: number } | null;
  description: string;
  place?: string | null;
};

export const detailsOf = (d: DetailsArg): CaseDetails => ({
  type: d.type,
  employerName: d.employerName,
  amountInDisputeFen: d.amountInDispute?.amount ?? null,
  monthlyIncomeFen: d.monthlyIncome?.amount ?? null,
  description: d.description,
  openedAtPlace: d.place || null,
});

const OpenRightsCaseInput = builder.inputType('OpenRightsCaseInput', {
  fields: (t) => ({ details: t.field({ type: RightsCaseDetailsInput, required: true }) }),
});

const OpenRightsCaseAsWorkerInput = builder.inputType('OpenRightsCaseAsWorkerInput', {
  fields: (t) => ({
    phone: t.string({ required: true, validate: phone, description: '已用 requestSmsCode(purpose: RIGHTS_CASE) 获取验证码的手机号。' }),
    code: t.string({ required: true, validate: smsCode }),
    name: t.string({ required: true, validate: personName }),
    union: t.globalID({ required: true, for: [UnionRef], description: '求助的工会（如服务站点所属工会）。' }),
    details: t.field({ type: RightsCaseDetailsInput, required: true }),
  }),
});

const OpenRightsCaseForWorkerInput = builder.inputType('OpenRightsCaseForWorkerInput', {
  fields: (t) => ({
    union: t.globalID({ required: true, for: [UnionRef], description: '受理的工会（须在本人管辖范围内）。' }),
    name: t.string({ required: true, validate: personName }),
    phone: t.string({ required: false, validate: phone }),
    memberCardNumber: t.string({ required: false, validate: memberCardNumber, description: '职工是会员时填写，本人即可在手机上跟进。' }),
    details: t.field({ type: RightsCaseDetailsInput, required: true }),
  }),
});

const RightsCaseInput = builder.inputType('TakeConfidentialRightsCaseInput', {
  fields: (t) => ({ case: t.globalID({ required: true, for: [RightsCaseRef] }) }),
});

function smsDeps(ctx: Context): SmsCodeDeps {
  return ctx.sms ?? { sender: null, codeSecret: 'schema-without-host', production: ctx.production };
}

builder.mutationFields((t) => ({
  openRightsCase: t.drizzleField({
    type: RightsCaseRef,
    description: '会员提交维权求助（由所在基层工会受理）。女职工权益案件自动保密。',
    authScopes: { member: true },
    args: { input: t.arg({ type: OpenRightsCaseInput, required: true }) },
    errors: { types: [InputValidationError, NotFound], dataField: { name: 'case' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await openCaseAsMember(ctx.db, requireViewer(ctx), detailsOf(input.details));
      return found(ctx.db.query.rightsCases.findFirst(query({ where: { id } })), '维权案件');
    },
  }),
  openRightsCaseAsWorker: t.field({
    type: RightsCaseReceiptRef,
    description: '非会员职工（如在服务站点）验证手机号后提交维权求助；返回案件编号。',
    authScopes: { public: true },
    args: { input: t.arg({ type: OpenRightsCaseAsWorkerInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidSmsCode, TooManyAttempts], dataField: { name: 'receipt' } },
    resolve: async (_root, { input }, ctx) => {
      const id = await openCaseAsWorker(
        ctx.db,
        smsDeps(ctx),
        { ...detailsOf(input.details), phone: input.phone, code: input.code, name: input.name, unionId: input.union.id },
        ctx.clientIp,
      );
      const row = await ctx.db.query.rightsCases.findFirst({ where: { id }, columns: { id: true, openedAt: true } });
      return row!;
    },
  }),
  openRightsCaseForWorker: t.drizzleField({
    type: RightsCaseRef,
    description: '工会代职工提交维权求助；代办人即受理人，保密案件由代办人承办。',
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: OpenRightsCaseForWorkerInput, required: true }) },
    errors: { types: [InputValidationError, NotFound], dataField: { name: 'case' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await openCaseForWorker(ctx.db, requireViewer(ctx), {
        ...detailsOf(input.details),
        unionId: input.union.id,
        name: input.name,
        phone: input.phone,
        memberCardNumber: input.memberCardNumber,
      });
      return found(ctx.db.query.rightsCases.findFirst(query({ where: { id } })), '维权案件');
    },
  }),
  takeConfidentialRightsCase: t.drizzleField({
    type: RightsCaseRef,
    description: '承办一件待承办的保密案件（市总工会及以上工作人员）；此后只有承办人、代理律师和职工本人可见。',
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: RightsCaseInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, RightsCaseTaken], dataField: { name: 'case' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await takeConfidentialCase(ctx.db, requireViewer(ctx), input.case.id);
      return found(ctx.db.query.rightsCases.findFirst(query({ where: { id } })), '维权案件');
    },
  }),
}));
