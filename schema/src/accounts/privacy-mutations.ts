import { z } from 'zod';
import { builder } from '../builder.ts';
import { TooManyAttempts } from '../common/attempt-guard.ts';
import { errorType, InputValidationError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { viewerCanType } from '../common/transitions.ts';
import { requireViewer } from '../common/viewer.ts';
import { InvalidCredentials } from './accounts.service.ts';
import {
  AccountClosureAlreadyRequested,
  AccountClosureBlocked,
  cancelAccountClosure,
  closureLifecycle,
  COOLING_OFF_DAYS,
  pendingClosure,
  requestAccountClosure,
  type ClosureStatus,
} from './closure.service.ts';
import { exportPersonalData } from './data-export.service.ts';
import { UserRef } from './types.ts';

errorType(AccountClosureAlreadyRequested, 'AccountClosureAlreadyRequested', {
  description: '已有一份冷静期中的注销申请。',
  fields: (t) => ({ effectiveAt: t.expose('effectiveAt', { type: 'DateTime', description: '已有申请的注销生效时间。' }) }),
});
errorType(AccountClosureBlocked, 'AccountClosureBlocked', {
  description: '有未完成的支付或退款，暂不能注销。',
  fields: (t) => ({ reasons: t.exposeStringList('reasons', { description: '暂不能注销的原因（中文，逐条），如待支付或退款中的预付券订单、办理中的帮扶申请、未结清的创业借款。' }) }),
});

interface ClosureShape {
  id: string;
  userId: string;
  status: ClosureStatus;
  requestedAt: Date;
  effectiveAt: Date;
  cancelledAt: Date | null;
  completedAt: Date | null;
}

const ClosureStatusEnum = builder.enumType('AccountClosureStatus', {
  description: '账号注销申请（account closure）的状态。',
  values: {
    PENDING: { value: 'pending', description: '冷静期中，可撤销' },
    CANCELLED: { value: 'cancelled', description: '已撤销' },
    COMPLETED: { value: 'completed', description: '已注销，个人信息已删除或匿名化' },
  } as const,
});

const ClosureViewerCanRef = viewerCanType('AccountClosureViewerCan', { cancel: '冷静期内可撤销注销申请。' });

const AccountClosureRef = builder.objectRef<ClosureShape>('AccountClosure').implement({
  description: `账号注销申请：提交后有 ${COOLING_OFF_DAYS} 天冷静期，期满后删除或匿名化个人信息（法律要求保存的记录除外）。`,
  authScopes: (c) => ({ self: c.userId }),
  fields: (t) => ({
    status: t.field({ type: ClosureStatusEnum, description: '申请的状态。', resolve: (c) => c.status }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime', description: '提出申请的时间。' }),
    effectiveAt: t.expose('effectiveAt', { type: 'DateTime', description: '冷静期结束、注销生效的时间。' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: '撤销的时间；未撤销为 null。' }),
    viewerCan: t.field({ type: ClosureViewerCanRef, description: '本人此刻可对申请进行的操作。', resolve: (c) => closureLifecycle.viewerCan(c.status) }),
  }),
});

const DataExportRef = builder.objectRef<{ fileName: string; json: string; generatedAt: Date }>('PersonalDataExport').implement({
  description: '本人的全部个人信息（JSON 文件内容），含账号、会员卡、同意记录、领取、代金券、申请、报名、消息与相关审计记录。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    fileName: t.exposeString('fileName', { description: '建议的文件名（.json）。' }),
    generatedAt: t.expose('generatedAt', { type: 'DateTime', description: '导出的时间。' }),
    json: t.exposeString('json', { description: 'JSON 文档（UTF-8），可直接保存为文件。' }),
  }),
});

const RequestAccountClosureInput = builder.inputType('RequestAccountClosureInput', {
  description: '申请注销本人账号：15 天冷静期后删除或匿名化个人信息，冷静期内可撤销。',
  fields: (t) => ({
    password: t.string({ required: true, validate: z.string().min(1).max(128), description: '再次输入登录密码以确认本人操作。' }),
  }),
});

builder.objectFields(UserRef, (t) => ({
  accountClosure: t.field({
    type: AccountClosureRef,
    nullable: true,
    description: '冷静期中的注销申请；没有则为空。',
    resolve: (user, _args, ctx) => pendingClosure(ctx.db, user.id),
  }),
}));

builder.mutationFields((t) => ({
  exportMyData: t.field({
    type: DataExportRef,
    description: '下载本人的全部个人信息（《个人信息保护法》第四十五条）。每次下载记入审计。',
    authScopes: { authenticated: true },
    errors: { types: [NotFound], dataField: { name: 'export' } },
    resolve: (_root, _args, ctx) => exportPersonalData(ctx.db, requireViewer(ctx).userId),
  }),
  requestAccountClosure: t.field({
    type: AccountClosureRef,
    description: `申请注销账号：${COOLING_OFF_DAYS} 天冷静期内可撤销，期满后删除或匿名化个人信息，所有登录会话失效，手机号可重新注册。`,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RequestAccountClosureInput, required: true }) },
    errors: {
      types: [InputValidationError, InvalidCredentials, TooManyAttempts, AccountClosureAlreadyRequested, AccountClosureBlocked, NotFound],
      dataField: { name: 'closure' },
    },
    resolve: (_root, { input }, ctx) =>
      requestAccountClosure(ctx.db, requireViewer(ctx).userId, input, { ip: ctx.clientIp, guard: ctx.loginGuard }),
  }),
  cancelAccountClosure: t.field({
    type: AccountClosureRef,
    description: '冷静期内撤销注销申请。',
    authScopes: { authenticated: true },
    errors: { types: [NotFound], dataField: { name: 'closure' } },
    resolve: (_root, _args, ctx) => cancelAccountClosure(ctx.db, requireViewer(ctx).userId),
  }),
}));
