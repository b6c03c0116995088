import { requireViewer } from '../common/viewer.ts';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { errorType, InputValidationError } from '../common/errors.ts';
import { reason } from '../common/validators.ts';
import { UnionRef } from '../accounts/types.ts';
import { MerchantRef } from '../offers/types.ts';
import { NotFound } from '../common/not-found.ts';
import {
  ApiKeyNotActive,
  createApiClient,
  issueApiKey,
  revokeApiKey,
  rotateApiKey,
} from './api-keys.service.ts';
import { ApiClientRef, ApiKeyRef, ApiScopeEnum, CreatedWebhookSubscriptionRef, IssuedApiKeyRef, WebhookDeliveryRef, WebhookEventEnum, WebhookSubscriptionRef } from './types.ts';
import {
  createWebhookSubscription,
  disableWebhookSubscription,
  replayWebhookDelivery,
  resumeWebhookSubscription,
  WebhookDeliveryInFlight,
  WebhookSubscriptionNotActive,
} from './webhooks.service.ts';
import type { Context } from '../context.ts';

errorType(ApiKeyNotActive, 'ApiKeyNotActive', { description: '密钥已吊销或已过期。' });

const CreateApiClientInput = builder.inputType('CreateApiClientInput', {
  description: '登记一个第三方接入方（API client）。',
  fields: (t) => ({
    name: t.string({ required: true, validate: z.string().trim().min(2).max(80), description: '接入方名称（应用名），2 到 80 个字。' }),
    organization: t.string({ required: true, validate: z.string().trim().min(2).max(120), description: '所属机构，2 到 120 个字。' }),
    union: t.globalID({ required: true, for: [UnionRef], description: '登记并管理该接入方的工会。' }),
    merchant: t.globalID({
      required: false,
      for: [MerchantRef],
      description: '商家收银系统接入时填写：该商家须已通过审核，且属于登记工会的辖区。',
    }),
  }),
});

const IssueApiKeyInput = builder.inputType('IssueApiKeyInput', {
  description: '为接入方签发一把 API 密钥（API key）。',
  fields: (t) => ({
    client: t.globalID({ required: true, for: [ApiClientRef], description: '接入方；调用者须是其登记工会或上级工会的工作人员。' }),
    scopes: t.field({ type: [ApiScopeEnum], required: true, validate: z.array(z.string()).min(1, { message: '至少选择一项权限' }), description: '权限范围，至少一项；WRITE_REDEMPTIONS 只对绑定了商家的接入方有效。' }),
    expiresAt: t.field({ type: 'DateTime', required: false, description: '失效时间；不填为长期有效，直到吊销。' }),
  }),
});

const RotateApiKeyInput = builder.inputType('RotateApiKeyInput', {
  description: '轮换密钥（rotate）：签发同权限的新密钥，旧密钥在重叠期后失效。',
  fields: (t) => ({
    key: t.globalID({ required: true, for: [ApiKeyRef], description: '要轮换的有效密钥。' }),
    overlapHours: t.int({
      required: false,
      defaultValue: 24,
      description: '旧密钥继续有效的小时数（0–720）。',
      validate: z.number().int().min(0).max(720),
    }),
  }),
});

const RevokeApiKeyInput = builder.inputType('RevokeApiKeyInput', {
  description: '立即吊销密钥（revoke）。',
  fields: (t) => ({
    key: t.globalID({ required: true, for: [ApiKeyRef], description: '要吊销的密钥。' }),
    reason: t.string({ required: true, validate: reason, description: '吊销原因，写入审计记录。' }),
  }),
});

/** Staff of the client's union (or above) manage its keys; an unknown client answers like a foreign one. */
async function staffOverClient(ctx: Context, clientId: string) {
  const client = await ctx.db.query.apiClients.findFirst({ where: { id: clientId }, columns: { unionId: true } });
  return client ? { unionStaffOver: client.unionId } : { platformAdmin: true };
}

async function staffOverKey(ctx: Context, keyId: string) {
  const key = await ctx.db.query.apiKeys.findFirst({ where: { id: keyId }, columns: { clientId: true } });
  return key ? staffOverClient(ctx, key.clientId) : { platformAdmin: true };
}

builder.mutationFields((t) => ({
  createApiClient: t.drizzleField({
    type: 'apiClients',
    nullable: true,
    description: '登记第三方接入方。',
    args: { input: t.arg({ type: CreateApiClientInput, required: true }) },
    authScopes: (_root, { input }) => ({ unionStaffOver: input.union.id }),
    errors: { types: [InputValidationError], dataField: { name: 'client' } },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await createApiClient(ctx.db, requireViewer(ctx).userId, {
        name: input.name,
        organization: input.organization,
        unionId: input.union.id,
        merchantId: input.merchant?.id ?? null,
      });
      const client = await ctx.db.query.apiClients.findFirst(query({ where: { id: created.id } }));
      if (!client) throw new NotFound('接入方');
      return client;
    },
  }),
  issueApiKey: t.field({
    type: IssuedApiKeyRef,
    nullable: true,
    description: '为接入方签发密钥；secret 只返回这一次。',
    args: { input: t.arg({ type: IssueApiKeyInput, required: true }) },
    authScopes: (_root, { input }, ctx) => staffOverClient(ctx, input.client.id),
    errors: { types: [InputValidationError], dataField: { name: 'issued' } },
    resolve: (_root, { input }, ctx) =>
      issueApiKey(ctx.db, requireViewer(ctx).userId, {
        clientId: input.client.id,
        scopes: input.scopes,
        expiresAt: input.expiresAt ?? null,
      }),
  }),
  rotateApiKey: t.field({
    type: IssuedApiKeyRef,
    nullable: true,
    description: '轮换密钥：签发同权限的新密钥，旧密钥在重叠期后失效。',
    args: { input: t.arg({ type: RotateApiKeyInput, required: true }) },
    authScopes: (_root, { input }, ctx) => staffOverKey(ctx, input.key.id),
    errors: { types: [InputValidationError, ApiKeyNotActive], dataField: { name: 'issued' } },
    resolve: (_root, { input }, ctx) =>
      rotateApiKey(ctx.db, requireViewer(ctx).userId, { keyId: input.key.id, overlapHours: input.overlapHours ?? 24 }),
  }),
  revokeApiKey: t.field({
    type: ApiKeyRef,
    nullable: true,
    description: '立即吊销密钥。',
    args: { input: t.arg({ type: RevokeApiKeyInput, required: true }) },
    authScopes: (_root, { input }, ctx) => staffOverKey(ctx, input.key.id),
    errors: { types: [InputValidationError, ApiKeyNotActive], dataField: { name: 'key' } },
    resolve: (_root, { input }, ctx) => revokeApiKey(ctx.db, requireViewer(ctx).userId, { keyId: input.key.id, reason: input.reason }),
  }),
}));

errorType(WebhookSubscriptionNotActive, 'WebhookSubscriptionNotActive', { description: '订阅已停用，或并未暂停。' });
errorType(WebhookDeliveryInFlight, 'WebhookDeliveryInFlight', { description: '投递进行中，不能重发。' });

const WebhookDeliveryInput = builder.inputType('WebhookDeliveryInput', {
  description: '指定一次投递（delivery）。',
  fields: (t) => ({ delivery: t.globalID({ required: true, for: [WebhookDeliveryRef], description: '本接入方订阅的一次投递。' }) }),
});

async function deliveryManager(ctx: Context, deliveryId: string) {
  const delivery = await ctx.db.query.webhookDeliveries.findFirst({
    where: { id: deliveryId },
    with: { subscription: { columns: { clientId: true } } },
    columns: { id: true },
  });
  return webhookManager(ctx, delivery?.subscription.clientId);
}

const CreateWebhookSubscriptionInput = builder.inputType('CreateWebhookSubscriptionInput', {
  description: '订阅事件推送（webhook subscription）。',
  fields: (t) => ({
    client: t.globalID({ required: false, for: [ApiClientRef], description: '以 API 密钥调用时可省略，即本接入方。' }),
    url: t.string({ required: true, validate: z.string().trim().max(500), description: '接收地址，最多 500 个字符；生产环境须为公网主机上的 HTTPS 地址。' }),
    events: t.field({
      type: [WebhookEventEnum],
      required: true,
      description: '要订阅的事件，至少一种。',
      validate: z.array(z.string()).min(1, { message: '至少订阅一种事件' }),
    }),
  }),
});

const WebhookSubscriptionInput = builder.inputType('WebhookSubscriptionInput', {
  description: '指定一个 Webhook 订阅。',
  fields: (t) => ({ subscription: t.globalID({ required: true, for: [WebhookSubscriptionRef], description: '本接入方的订阅。' }) }),
});

/** The integrator itself with manage_webhooks, or union staff over the client. */
async function webhookManager(ctx: Context, clientId: string | undefined) {
  if (!clientId) return false;
  if (ctx.apiCaller) return ctx.apiCaller.clientId === clientId ? { apiScope: 'manage_webhooks' as const } : false;
  return staffOverClient(ctx, clientId);
}

builder.mutationFields((t) => ({
  createWebhookSubscription: t.field({
    type: CreatedWebhookSubscriptionRef,
    nullable: true,
    description: '订阅事件推送。签名密钥只返回这一次。',
    args: { input: t.arg({ type: CreateWebhookSubscriptionInput, required: true }) },
    authScopes: (_root, { input }, ctx) => webhookManager(ctx, input.client?.id ?? ctx.apiCaller?.clientId),
    errors: { types: [InputValidationError], dataField: { name: 'created' } },
    resolve: (_root, { input }, ctx) =>
      createWebhookSubscription(ctx.db, ctx.viewer?.userId ?? null, {
        clientId: (input.client?.id ?? ctx.apiCaller?.clientId)!,
        url: input.url,
        events: input.events,
        production: ctx.production,
      }),
  }),
  disableWebhookSubscription: t.field({
    type: WebhookSubscriptionRef,
    description: '停用订阅：不再投递，不可恢复（要恢复请新建订阅）。接入方本身（MANAGE_WEBHOOKS）或其登记工会的工作人员可调用。类型化错误：WebhookSubscriptionNotActive（已停用）。',
    nullable: true,
    args: { input: t.arg({ type: WebhookSubscriptionInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const subscription = await ctx.db.query.webhookSubscriptions.findFirst({
        where: { id: input.subscription.id },
        columns: { clientId: true },
      });
      return webhookManager(ctx, subscription?.clientId);
    },
    errors: { types: [InputValidationError, WebhookSubscriptionNotActive], dataField: { name: 'subscription' } },
    resolve: (_root, { input }, ctx) => disableWebhookSubscription(ctx.db, ctx.viewer?.userId ?? null, input.subscription.id),
  }),
  resumeWebhookSubscription: t.field({
    type: WebhookSubscriptionRef,
    nullable: true,
    description: '恢复已暂停的订阅；积压的投递随后发出。',
    args: { input: t.arg({ type: WebhookSubscriptionInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const subscription = await ctx.db.query.webhookSubscriptions.findFirst({
        where: { id: input.subscription.id },
        columns: { clientId: true },
      });
      return webhookManager(ctx, subscription?.clientId);
    },
    errors: { types: [InputValidationError, WebhookSubscriptionNotActive], dataField: { name: 'subscription' } },
    resolve: (_root, { input }, ctx) => resumeWebhookSubscription(ctx.db, ctx.viewer?.userId ?? null, input.subscription.id),
  }),
  replayWebhookDelivery: t.field({
    type: WebhookDeliveryRef,
    nullable: true,
    description: '重新投递一次事件（重试次数重新计算）。',
    args: { input: t.arg({ type: WebhookDeliveryInput, required: true }) },
    authScopes: (_root, { input }, ctx) => deliveryManager(ctx, input.delivery.id),
    errors: { types: [InputValidationError, WebhookDeliveryInFlight], dataField: { name: 'delivery' } },
    resolve: (_root, { input }, ctx) => replayWebhookDelivery(ctx.db, input.delivery.id),
  }),
}));
