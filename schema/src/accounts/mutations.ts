import { requireViewer } from '../common/viewer.ts';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { errorType, InputValidationError } from '../common/errors.ts';
import { memberCardNumber, password, personName, phone, reason } from '../common/validators.ts';
import {
  grantUnionRole,
  InvalidCredentials,
  login,
  logout,
  MemberCardTaken,
  NotFound,
  PhoneTaken,
  RoleAlreadyGranted,
  signUp,
  updateMemberFlags,
  type SignUpInput as SignUpInputData,
} from './accounts.service.ts';
import { TooManyAttempts } from '../common/attempt-guard.ts';
import { ConsentRequired } from './consent.ts';
import { AcceptedDocumentInput } from './consent-types.ts';
import { HardshipFlagDerived } from '../hardship/errors.ts';
import { AuthSessionRef, CraftsmanTitle, MemberRef, RoleGrantRef, UnionRef, UserRef } from './types.ts';

errorType(PhoneTaken, 'PhoneTaken', { description: '手机号已注册。' });
errorType(MemberCardTaken, 'MemberCardTaken', { description: '会员卡号已被其他账号绑定。' });
errorType(InvalidCredentials, 'InvalidCredentials', { description: '手机号或密码不正确（不区分是哪一项）。' });
errorType(NotFound, 'NotFound', { description: '引用的对象不存在。' });
errorType(RoleAlreadyGranted, 'RoleAlreadyGranted', { description: '角色已存在。' });
errorType(TooManyAttempts, 'TooManyAttempts', {
  description: '登录失败次数过多，暂时锁定（按账号与来源地址分别计数）。',
  fields: (t) => ({ retryAfterSeconds: t.exposeInt('retryAfterSeconds', { description: '再过多少秒可以重试（秒）。' }) }),
});

export const MemberCardInput = builder.inputType('MemberCardInput', {
  description: '绑定工会会员卡。',
  fields: (t) => ({
    cardNumber: t.string({ required: true, validate: memberCardNumber, description: '会员卡号，16 到 19 位数字，末位为 Luhn 校验位；错误时 fieldErrors 的 code 为 INVALID_CHECKSUM。' }),
    realName: t.string({ required: true, validate: personName, description: '卡上的真实姓名，1 到 40 个字符。' }),
    union: t.globalID({ required: true, for: [UnionRef], description: '所属基层工会。' }),
    birthDate: t.field({ type: 'Date', required: false, description: '出生日期（YYYY-MM-DD），可不填。' }),
  }),
});

/** The service's view of a member card given at sign-up (either way of signing up). */
export function memberCardOf(
  card: { cardNumber: string; realName: string; union: { id: string }; birthDate?: string | null } | null | undefined,
): SignUpInputData['member'] {
  return card ? { cardNumber: card.cardNumber, realName: card.realName, unionId: card.union.id, birthDate: card.birthDate ?? null } : null;
}

/** The client's user agent as recorded on its session. */
export const userAgent = (ctx: { userAgent: string | null }) => ctx.userAgent?.slice(0, 300) ?? null;

const SignUpInput = builder.inputType('SignUpInput', {
  description: '用手机号和密码注册（sign up）。',
  fields: (t) => ({
    phone: t.string({ required: true, validate: phone, description: '手机号（11 位中国大陆号码），即登录名；已注册返回 PhoneTaken。' }),
    password: t.string({ required: true, validate: password, description: '密码，8 到 128 个字符；以 argon2id 哈希保存。' }),
    displayName: t.string({ required: true, validate: personName, description: '显示名，1 到 40 个字符。' }),
    memberCard: t.field({ type: MemberCardInput, required: false, description: '同时绑定工会会员卡；不填则注册为非会员账号。' }),
    accepted: t.field({
      type: [AcceptedDocumentInput],
      required: true,
      validate: z.array(z.any()).max(10),
      description: '同意的《用户服务协议》与《个人信息保护政策》及其当前版本（见 legalDocuments）。',
    }),
  }),
});

const LoginInput = builder.inputType('LoginInput', {
  description: '用手机号和密码登录。',
  fields: (t) => ({
    phone: t.string({ required: true, validate: phone, description: '注册时的手机号。' }),
    password: t.string({ required: true, validate: z.string().min(1).max(128), description: '密码，最多 128 个字符。' }),
  }),
});

const UpdateMemberFlagsInput = builder.inputType('UpdateMemberFlagsInput', {
  description: '工会工作人员变更会员的身份标记（劳模、工匠称号），至少指定一项。',
  fields: (t) => ({
    member: t.globalID({ required: true, for: [MemberRef], description: '会员；调用者须是其所在工会或上级工会的工作人员。' }),
    isHardship: t.boolean({
      required: false,
      description: '困难职工标记；已由建档立卡档案决定，传入即返回 HardshipFlagDerived。',
      deprecationReason: '困难职工身份由建档立卡档案决定（fileHardshipHousehold 与三级认定、exitHardshipFile）；传入即返回 HardshipFlagDerived。',
    }),
    isModelWorker: t.boolean({ required: false, description: '劳动模范：true 登记，false 取消；不填不变。' }),
    craftsmanTitle: t.field({ type: CraftsmanTitle, required: false, description: '登记工匠称号；不填不变。' }),
    clearCraftsmanTitle: t.boolean({ required: false, description: 'true 时取消工匠称号。' }),
    reason: t.string({ required: true, validate: reason, description: '变更理由，写入审计记录。' }),
  }),
  // A change with nothing to change is the client's mistake, answered before any write.
  validate: z
    .looseObject({
      isHardship: z.boolean().nullish(),
      isModelWorker: z.boolean().nullish(),
      craftsmanTitle: z.unknown().nullish(),
      clearCraftsmanTitle: z.boolean().nullish(),
    })
    .refine(
      (input) => input.isHardship != null || input.isModelWorker != null || input.craftsmanTitle != null || input.clearCraftsmanTitle === true,
      { message: '请至少指定一项要变更的身份', path: ['isHardship'], params: { code: 'NOTHING_TO_CHANGE' } },
    ),
});

const GrantableRole = builder.enumType('GrantableRole', {
  description: '工会工作人员可以授予的角色（grantUnionRole）。',
  values: {
    UNION_STAFF: { value: 'union_staff', description: '工会工作人员（在该工会及下级工会范围内）' },
    FINANCE: { value: 'finance', description: '财务复核（资助拨付的第二道审批）' },
    GRANT_REVIEWER: { value: 'grant_reviewer', description: '评审专家（资助申请评审）' },
    LEGAL_AID_LAWYER: { value: 'legal_aid_lawyer', description: '法律援助律师（由工会聘请，可被指派到该工会及下级工会的维权案件）' },
  } as const,
});

const GrantUnionRoleInput = builder.inputType('GrantUnionRoleInput', {
  description: '授予一个账号在某工会范围内的角色。',
  fields: (t) => ({
    user: t.globalID({ required: true, for: [UserRef], description: '被授予的账号。' }),
    role: t.field({ type: GrantableRole, required: true, description: '授予的角色。' }),
    union: t.globalID({ required: true, for: [UnionRef], description: '角色作用的工会；评审专家不限工会。' }),
  }),
});


builder.mutationFields((t) => ({
  signUp: t.field({
    type: AuthSessionRef,
    description: '注册账号（密码方式）；可同时绑定工会会员卡。须同意当前版本的用户协议与隐私政策（记录版本与时间）。成功即登录。',
    authScopes: { public: true },
    args: { input: t.arg({ type: SignUpInput, required: true }) },
    errors: { types: [InputValidationError, ConsentRequired, PhoneTaken, MemberCardTaken], dataField: { name: 'session' } },
    resolve: (_root, { input }, ctx) =>
      signUp(
        ctx.db,
        {
          phone: input.phone,
          password: input.password,
          displayName: input.displayName,
          member: memberCardOf(input.memberCard),
          accepted: input.accepted,
        },
        userAgent(ctx),
      ),
  }),
  login: t.field({
    type: AuthSessionRef,
    description: '用手机号和密码登录，返回会话令牌。类型化错误：InputValidationError、InvalidCredentials（不说明是哪一项错）、TooManyAttempts（每个号码连续 5 次失败锁定 15 分钟，每个地址每小时 50 次）。',
    authScopes: { public: true },
    args: { input: t.arg({ type: LoginInput, required: true }) },
    errors: { types: [InputValidationError, InvalidCredentials, TooManyAttempts], dataField: { name: 'session' } },
    resolve: (_root, { input }, ctx) =>
      login(ctx.db, input, { userAgent: userAgent(ctx), ip: ctx.clientIp, guard: ctx.loginGuard }),
  }),
  logout: t.boolean({
    description: '注销当前会话；之后该 token 立即失效。',
    nullable: true,
    authScopes: { authenticated: true },
    errors: { types: [], dataField: { name: 'revoked' } },
    resolve: (_root, _args, ctx) => logout(ctx.db, requireViewer(ctx).sessionId),
  }),
  updateMemberFlags: t.drizzleField({
    type: 'members',
    description: '工会工作人员登记会员的劳模、工匠身份（仅限本工会及下级）。困难职工身份由建档立卡档案决定，不能在此修改。',
    nullable: true,
    args: { input: t.arg({ type: UpdateMemberFlagsInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const member = await ctx.db.query.members.findFirst({
        where: { id: input.member.id },
        columns: { unionId: true },
      });
      // An unknown id answers like a foreign one: no way to probe which ids exist.
      return member ? { unionStaffOver: member.unionId } : { unionStaff: true };
    },
    errors: { types: [InputValidationError, NotFound, HardshipFlagDerived], dataField: { name: 'member' } },
    resolve: async (query, _root, { input }, ctx) => {
      const updated = await updateMemberFlags(ctx.db, requireViewer(ctx).userId, {
        memberId: input.member.id,
        isHardship: input.isHardship,
        isModelWorker: input.isModelWorker,
        craftsmanTitle: input.craftsmanTitle,
        clearCraftsmanTitle: input.clearCraftsmanTitle,
        reason: input.reason,
      });
      const member = await ctx.db.query.members.findFirst(query({ where: { id: updated.id } }));
      if (!member) throw new NotFound('会员');
      return member;
    },
  }),
  grantUnionRole: t.field({
    type: RoleGrantRef,
    description: '授予工会范围内的角色（工作人员、财务、评审专家、法律援助律师）。授予者须管辖该工会。',
    nullable: true,
    args: { input: t.arg({ type: GrantUnionRoleInput, required: true }) },
    authScopes: (_root, { input }) => ({ unionStaffOver: input.union.id }),
    errors: { types: [InputValidationError, NotFound, RoleAlreadyGranted], dataField: { name: 'grant' } },
    resolve: (_root, { input }, ctx) =>
      grantUnionRole(ctx.db, requireViewer(ctx).userId, { userId: input.user.id, role: input.role, unionId: input.union.id }),
  }),
}));

export { MemberRef };
