import { z } from 'zod';
import { builder } from '../builder.ts';
import { TooManyAttempts } from '../common/attempt-guard.ts';
import { errorType, InputValidationError } from '../common/errors.ts';
import { password, personName, phone } from '../common/validators.ts';
import type { Context } from '../context.ts';
import { MemberCardTaken, PhoneTaken } from './accounts.service.ts';
import { ConsentRequired, CURRENT_VERSIONS, pendingConsents, recordConsent, type ConsentDocument } from './consent.ts';
import {
  changePhone,
  InvalidSmsCode,
  loginWithSmsCode,
  requestSmsCode,
  resetPassword,
  signUpWithSmsCode,
  SmsCooldown,
  type SmsCodeDeps,
} from './sms-codes.service.ts';
import { SmsNotConfigured, SmsSendFailed } from './sms-provider.ts';
import { AuthSessionRef, UserRef } from './types.ts';
import { MemberCardInput, memberCardOf, userAgent } from './mutations.ts';
import { AcceptedDocumentInput, ConsentDocumentEnum } from './consent-types.ts';

errorType(SmsCooldown, 'SmsCooldown', {
  description: '刚发送过验证码，冷却时间内不能重发。',
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds', { description: '再过多少秒可以重发（秒）。' }) }),
});
errorType(InvalidSmsCode, 'InvalidSmsCode', { description: '验证码不正确、已使用或已过期（不区分是哪一种）。' });
errorType(SmsNotConfigured, 'SmsNotConfigured', { description: '服务器未配置短信服务商，无法发送短信。' });
errorType(SmsSendFailed, 'SmsSendFailed', { description: '短信服务商拒绝或未能发送。' });
errorType(ConsentRequired, 'ConsentRequired', {
  description: '须同意当前版本的用户协议与隐私政策。',
  fields: (t) => ({ documents: t.field({ type: [ConsentDocumentEnum], description: '还须同意其当前版本的文件。', resolve: (e: ConsentRequired) => e.documents }) }),
});

const smsCode = z.string().trim().regex(/^\d{6}$/, { message: '请输入 6 位数字验证码' });

/** The GraphQL layer's view of the SMS services; without a host (schema run directly) nothing is sent. */
function deps(ctx: Context): SmsCodeDeps {
  return ctx.sms ?? { sender: null, codeSecret: 'schema-without-host', production: ctx.production };
}

const SmsCodePurpose = builder.enumType('SmsCodePurpose', {
  description: '短信验证码的用途；验证码只能用于申请时的用途。',
  values: {
    SIGN_IN: { value: 'sign_in', description: '验证码登录' },
    SIGN_UP: { value: 'sign_up', description: '注册' },
    RESET_PASSWORD: { value: 'reset_password', description: '重置密码' },
    RIGHTS_CASE: { value: 'rights_case', description: '非会员职工维权求助：验证手机号后提交案件（openRightsCaseAsWorker）' },
  } as const,
});

const SmsCodeSentRef = builder
  .objectRef<{ phone: string; expiresAt: Date; resendAfterSeconds: number }>('SmsCodeSent')
  .implement({
    description: '验证码已发出（登录与重置密码时，未注册的号码同样得到此答复，但不会收到短信）。',
    authScopes: { public: true },
    fields: (t) => ({
      phone: t.exposeString('phone', { description: '验证码发往的手机号。' }),
      expiresAt: t.expose('expiresAt', { type: 'DateTime', description: '验证码 5 分钟内有效。' }),
      resendAfterSeconds: t.exposeInt('resendAfterSeconds', { description: '多少秒后可以重发（60 秒冷却）。' }),
    }),
  });

const PasswordResetRef = builder
  .objectRef<{ token: string; expiresAt: Date; userId: string; revokedSessions: number }>('PasswordReset')
  .implement({
    description: '密码已重置：其他所有会话已注销，并返回一个新会话。',
    authScopes: { public: true },
    fields: (t) => ({
      session: t.field({ type: AuthSessionRef, description: '用新密码登录的新会话。', resolve: (r) => r }),
      revokedSessions: t.exposeInt('revokedSessions', { description: '被注销的旧会话数。' }),
    }),
  });

const RequestSmsCodeInput = builder.inputType('RequestSmsCodeInput', {
  description: '申请一条短信验证码。',
  fields: (t) => ({
    phone: t.string({ required: true, validate: phone, description: '手机号（11 位中国大陆号码）。' }),
    purpose: t.field({ type: SmsCodePurpose, required: true, description: '用途；验证码只能用于这一用途。' }),
  }),
});

const LoginWithSmsCodeInput = builder.inputType('LoginWithSmsCodeInput', {
  description: '用短信验证码登录（用途 SIGN_IN）。',
  fields: (t) => ({
    phone: t.string({ required: true, validate: phone, description: '已注册的手机号。' }),
    code: t.string({ required: true, validate: smsCode, description: '收到的 6 位数字验证码，5 分钟内有效、只能用一次。' }),
  }),
});

const SignUpWithSmsCodeInput = builder.inputType('SignUpWithSmsCodeInput', {
  description: '用短信验证码验证手机号并注册（用途 SIGN_UP）。',
  fields: (t) => ({
    phone: t.string({ required: true, validate: phone, description: '手机号（11 位中国大陆号码）。' }),
    code: t.string({ required: true, validate: smsCode, description: '收到的 6 位数字验证码。' }),
    password: t.string({ required: true, validate: password, description: '密码，8 到 128 个字符。' }),
    displayName: t.string({ required: true, validate: personName, description: '显示名，1 到 40 个字符。' }),
    memberCard: t.field({ type: MemberCardInput, required: false, description: '同时绑定工会会员卡；可不填。' }),
    accepted: t.field({ type: [AcceptedDocumentInput], required: true, validate: z.array(z.any()).max(10), description: '同意的法律文本及其当前版本；缺少时返回 ConsentRequired。' }),
  }),
});

const ResetPasswordInput = builder.inputType('ResetPasswordInput', {
  description: '用短信验证码重置密码（用途 RESET_PASSWORD）；其他会话全部注销。',
  fields: (t) => ({
    phone: t.string({ required: true, validate: phone, description: '账号的手机号。' }),
    code: t.string({ required: true, validate: smsCode, description: '收到的 6 位数字验证码。' }),
    newPassword: t.string({ required: true, validate: password, description: '新密码，8 到 128 个字符。' }),
  }),
});

const PhoneChangeCodeInput = builder.inputType('RequestPhoneChangeCodeInput', {
  description: '为更换手机号向新号码发送验证码（须已登录）。',
  fields: (t) => ({ newPhone: t.string({ required: true, validate: phone, description: '新手机号；已被其他账号使用时返回 PhoneTaken。' }) }),
});

const ChangePhoneInput = builder.inputType('ChangePhoneInput', {
  description: '用发到新号码的验证码更换登录手机号。',
  fields: (t) => ({
    newPhone: t.string({ required: true, validate: phone, description: '新手机号，与申请验证码时相同。' }),
    code: t.string({ required: true, validate: smsCode, description: '发到新号码的 6 位数字验证码。' }),
  }),
});

const AcceptConsentsInput = builder.inputType('AcceptConsentsInput', {
  description: '同意法律文本的新版本（文本更新后须重新同意）。',
  fields: (t) => ({
    accepted: t.field({ type: [AcceptedDocumentInput], required: true, validate: z.array(z.any()).min(1).max(10), description: '同意的文本及版本，1 到 10 项；须为当前版本。' }),
  }),
});

const SEND_ERRORS = [InputValidationError, SmsCooldown, TooManyAttempts, SmsNotConfigured, SmsSendFailed];

builder.mutationFields((t) => ({
  requestSmsCode: t.field({
    type: SmsCodeSentRef,
    description: '发送 6 位短信验证码（5 分钟有效、一次有效；同一号码 60 秒内不重发）。',
    authScopes: { public: true },
    args: { input: t.arg({ type: RequestSmsCodeInput, required: true }) },
    errors: { types: [...SEND_ERRORS, PhoneTaken], dataField: { name: 'sent' } },
    resolve: (_root, { input }, ctx) => requestSmsCode(ctx.db, deps(ctx), { phone: input.phone, purpose: input.purpose }, ctx.clientIp),
  }),
  loginWithSmsCode: t.field({
    type: AuthSessionRef,
    description: '手机号 + 短信验证码登录。猜错的次数与密码一样按号码和来源地址限制。',
    authScopes: { public: true },
    args: { input: t.arg({ type: LoginWithSmsCodeInput, required: true }) },
    errors: { types: [InputValidationError, InvalidSmsCode, TooManyAttempts], dataField: { name: 'session' } },
    resolve: (_root, { input }, ctx) =>
      loginWithSmsCode(ctx.db, deps(ctx), input, { ip: ctx.clientIp, userAgent: userAgent(ctx) }),
  }),
  signUpWithSmsCode: t.field({
    type: AuthSessionRef,
    description: '用短信验证码验证手机号并注册；须同意当前版本的用户协议与隐私政策（记录版本与时间）。成功即登录。',
    authScopes: { public: true },
    args: { input: t.arg({ type: SignUpWithSmsCodeInput, required: true }) },
    errors: {
      types: [InputValidationError, ConsentRequired, InvalidSmsCode, TooManyAttempts, PhoneTaken, MemberCardTaken],
      dataField: { name: 'session' },
    },
    resolve: (_root, { input }, ctx) =>
      signUpWithSmsCode(
        ctx.db,
        deps(ctx),
        {
          phone: input.phone,
          code: input.code,
          password: input.password,
          displayName: input.displayName,
          accepted: input.accepted,
          member: memberCardOf(input.memberCard),
        },
        { ip: ctx.clientIp, userAgent: userAgent(ctx) },
      ),
  }),
  resetPassword: t.field({
    type: PasswordResetRef,
    description: '用发到账号手机的验证码设置新密码；该账号其他所有会话随即失效。',
    authScopes: { public: true },
    args: { input: t.arg({ type: ResetPasswordInput, required: true }) },
    errors: { types: [InputValidationError, InvalidSmsCode, TooManyAttempts], dataField: { name: 'reset' } },
    resolve: (_root, { input }, ctx) => resetPassword(ctx.db, deps(ctx), input, { ip: ctx.clientIp, userAgent: userAgent(ctx) }),
  }),
  requestPhoneChangeCode: t.field({
    type: SmsCodeSentRef,
    description: '更换手机号：向新号码发送验证码。',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: PhoneChangeCodeInput, required: true }) },
    errors: { types: [...SEND_ERRORS, PhoneTaken], dataField: { name: 'sent' } },
    resolve: (_root, { input }, ctx) =>
      requestSmsCode(ctx.db, deps(ctx), { phone: input.newPhone, purpose: 'change_phone', userId: ctx.viewer!.userId }, ctx.clientIp),
  }),
  changePhone: t.field({
    type: UserRef,
    description: '用新号码收到的验证码完成更换手机号。',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: ChangePhoneInput, required: true }) },
    errors: { types: [InputValidationError, InvalidSmsCode, TooManyAttempts, PhoneTaken], dataField: { name: 'user' } },
    resolve: async (_root, { input }, ctx) => {
      const id = await changePhone(ctx.db, deps(ctx), ctx.viewer!.userId, input, ctx.clientIp);
      return (await ctx.db.query.users.findFirst({ where: { id } }))!;
    },
  }),
  acceptConsents: t.field({
    type: [ConsentDocumentEnum],
    description: '同意新版本的用户协议或隐私政策；返回仍待同意的文件。',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AcceptConsentsInput, required: true }) },
    errors: { types: [InputValidationError, ConsentRequired], dataField: { name: 'pending' } },
    resolve: async (_root, { input }, ctx) => {
      const stale = input.accepted.filter((a) => CURRENT_VERSIONS[a.document as ConsentDocument] !== a.version);
      if (stale.length > 0) throw new ConsentRequired(stale.map((a) => a.document as ConsentDocument));
      await recordConsent(ctx.db, ctx.viewer!.userId, input.accepted.map((a) => a.document as ConsentDocument));
      return pendingConsents(ctx.db, ctx.viewer!.userId);
    },
  }),
}));
