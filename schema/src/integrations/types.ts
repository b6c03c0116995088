import { builder } from '../builder.ts';
import { UnionRef } from '../accounts/types.ts';

export const ApiScopeEnum = builder.enumType('ApiScope', {
  description: 'API 密钥的权限范围。',
  values: {
    READ_UNIONS: { value: 'read_unions', description: '读取工会组织' },
    READ_OFFERS: { value: 'read_offers', description: '读取普惠优惠' },
    WRITE_REDEMPTIONS: { value: 'write_redemptions', description: '核销兑换码（仅限绑定商家的收银系统，且只在该商家的门店）' },
    READ_JOBS: { value: 'read_jobs', description: '读取招聘岗位、用人单位与招聘会' },
    READ_COMPETITIONS: { value: 'read_competitions', description: '读取技能竞赛' },
    READ_GRANTS: { value: 'read_grants', description: '读取工作室资助' },
    MANAGE_WEBHOOKS: { value: 'manage_webhooks', description: '管理 Webhook 订阅' },
  } as const,
});

export const ApiClientRef = builder.drizzleNode('apiClients', {
  name: 'ApiClient',
  description: '第三方接入方（合作银行、其他工会应用、城市服务平台）。登记它的工会及上级工作人员可管理。',
  id: { column: (client) => client.id },
  // An integrator may also read its own registration.
  authScopes: (client, ctx) => ctx.apiCaller?.clientId === client.id || { unionStaffOver: client.unionId },
  fields: (t) => ({
    name: t.exposeString('name', { description: '接入方名称（应用名），2 到 80 个字。' }),
    organization: t.exposeString('organization', { description: '接入方所属机构，2 到 120 个字。' }),
    union: t.relation('union', { description: '登记并管理该接入方的工会；其及上级工会的工作人员可管理。' }),
    merchant: t.relation('merchant', {
      nullable: true,
      description: '绑定的商家：该接入方是这家商家的收银系统，其密钥只能在该商家的门店核销。',
    }),
    keys: t.relatedConnection('keys', { query: { orderBy: { createdAt: 'desc' } }, totalCount: true, description: '签发给该接入方的密钥（含已吊销的），最新的在前。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '登记时间。' }),
  }),
});

export const ApiKeyRef = builder.drizzleNode('apiKeys', {
  name: 'ApiKey',
  description: 'API 密钥。只显示前缀；密钥本身只在签发时返回一次，库中仅存其哈希。',
  id: { column: (key) => key.id },
  authScopes: async (key, ctx) => {
    if (ctx.apiCaller?.clientId === key.clientId) return true;
    const client = await ctx.db.query.apiClients.findFirst({ where: { id: key.clientId }, columns: { unionId: true } });
    return client ? { unionStaffOver: client.unionId } : false;
  },
  fields: (t) => ({
    prefix: t.string({ description: '形如 hgk_AbC123xY，用于辨认密钥。', resolve: (key) => `hgk_${key.prefix}` }),
    scopes: t.expose('scopes', { type: [ApiScopeEnum], description: '密钥的权限范围（scopes），签发后不可改；要改请签发新密钥。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '签发时间。' }),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true, description: '最近一次用它成功认证的时间；从未使用为 null。' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true, description: '轮换后的旧密钥在重叠期结束时失效。' }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true, description: '吊销时间（revokeApiKey）；未吊销为 null。' }),
    active: t.boolean({
      description: '此刻是否可用：未吊销且未过期。不可用的密钥认证时返回 HTTP 401。',
      resolve: (key) => !key.revokedAt && (!key.expiresAt || key.expiresAt > new Date()),
    }),
  }),
});

export interface IssuedKeyShape {
  key: typeof import('@huigong/db').apiKeys.$inferSelect;
  secret: string;
}

export const IssuedApiKeyRef = builder.objectRef<IssuedKeyShape>('IssuedApiKey').implement({
  description: '新签发的密钥。secret 只返回这一次，请立即妥善保存；请求时放在 Authorization: Bearer 头中。',
  authScopes: { unionStaff: true },
  fields: (t) => ({
    secret: t.exposeString('secret', { description: '完整密钥，形如 hgk_<前缀>_<密文>；只此一次，之后无法再读出（库中只存 SHA-256）。' }),
    key: t.field({ type: ApiKeyRef, description: '密钥的记录（前缀、权限、有效期）。', resolve: (issued) => issued.key }),
  }),
});

builder.drizzleObjectField(UnionRef, 'apiClients', (t) =>
  t.relatedConnection('apiClients', {
    description: '本工会登记的第三方接入方（本工会及上级工作人员可见）。',
    nullable: true,
    authScopes: (union) => ({ unionStaffOver: union.id }),
    query: { orderBy: { createdAt: 'desc' } },
    totalCount: true,
  }),
);

export const WebhookEventEnum = builder.enumType('WebhookEvent', {
  description: '可订阅的事件。',
  values: {
    OFFER_PUBLISHED: { value: 'offer.published', description: '优惠上架' },
    OFFER_ENDED: { value: 'offer.ended', description: '优惠结束' },
    CLAIM_REDEEMED: { value: 'claim.redeemed', description: '兑换码核销' },
    VOUCHER_PURCHASED: { value: 'voucher.purchased', description: '代金券购买成功' },
    VOUCHER_REFUNDED: { value: 'voucher.refunded', description: '代金券退款' },
    JOB_PUBLISHED: { value: 'job.published', description: '岗位发布' },
    APPLICATION_STATUS_CHANGED: { value: 'application.status_changed', description: '求职申请状态变化' },
    REGISTRATION_CONFIRMED: { value: 'registration.confirmed', description: '竞赛报名确认' },
    REGISTRATION_PROMOTED: { value: 'registration.promoted', description: '候补递补（获得名额）' },
    GRANT_DECIDED: { value: 'grant.decided', description: '资助申请作出决定' },
    TRANCHE_PAID: { value: 'tranche.paid', description: '资助款项拨付' },
  } as const,
});

const WebhookDeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: '一次事件投递（delivery）的状态。',
  values: {
    PENDING: { value: 'pending', description: '等待投递或重试' },
    DELIVERING: { value: 'delivering', description: '投递中' },
    DELIVERED: { value: 'delivered', description: '对方已返回 2xx' },
    FAILED: { value: 'failed', description: '多次重试后放弃' },
  } as const,
});

/** Staff over the client's union, or the integrator that owns it. */
async function clientAccess(clientId: string, ctx: import('../context.ts').Context) {
  if (ctx.apiCaller?.clientId === clientId) return true;
  const client = await ctx.db.query.apiClients.findFirst({ where: { id: clientId }, columns: { unionId: true } });
  return client ? { unionStaffOver: client.unionId } : false;
}

export const WebhookSubscriptionRef = builder.drizzleNode('webhookSubscriptions', {
  name: 'WebhookSubscription',
  description: 'Webhook 订阅。投递按 Standard Webhooks 签名：webhook-id、webhook-timestamp、webhook-signature（v1,<base64 HMAC-SHA256("id.时间戳.正文")>）。',
  id: { column: (subscription) => subscription.id },
  authScopes: (subscription, ctx) => clientAccess(subscription.clientId, ctx),
  fields: (t) => ({
    url: t.exposeString('url', { description: '接收投递的地址（POST JSON），最多 500 个字符；生产环境须为公网 HTTPS。' }),
    events: t.expose('events', { type: [WebhookEventEnum], description: '订阅的事件；只投递接入方有权看到的事件。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '订阅时间。' }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true, description: '停用时间（disableWebhookSubscription）；停用后不再投递，不可恢复。' }),
    pausedAt: t.expose('pausedAt', {
      type: 'DateTime',
      nullable: true,
      description: '某次投递重试用尽后自动暂停；修复接收端后调用 resumeWebhookSubscription。',
    }),
    deliveries: t.relatedConnection('deliveries', { query: { orderBy: { createdAt: 'desc' } }, totalCount: true, description: '投递记录，最新的在前。' }),
  }),
});

const WebhookDeliveryAttemptRef = builder.drizzleObject('webhookDeliveryAttempts', {
  name: 'WebhookDeliveryAttempt',
  description: '一次投递尝试。',
  // Reachable only through a delivery whose access was checked.
  authScopes: { authenticated: true, integrator: true },
  fields: (t) => ({
    attempt: t.exposeInt('attempt', { description: '第几次尝试，从 1 开始。' }),
    statusCode: t.exposeInt('statusCode', { nullable: true, description: '对方返回的 HTTP 状态码；未得到响应（超时、连接失败）为 null。' }),
    error: t.exposeString('error', { nullable: true, description: '失败原因；成功为 null。' }),
    durationMs: t.exposeInt('durationMs', { description: '耗时（毫秒）。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '尝试的时间。' }),
  }),
});

export const WebhookDeliveryRef = builder.drizzleNode('webhookDeliveries', {
  name: 'WebhookDelivery',
  description: '一次事件投递及其结果，可重新投递。',
  id: { column: (delivery) => delivery.id },
  authScopes: async (delivery, ctx) => {
    const subscription = await ctx.db.query.webhookSubscriptions.findFirst({
      where: { id: delivery.subscriptionId },
      columns: { clientId: true },
    });
    return subscription ? clientAccess(subscription.clientId, ctx) : false;
  },
  fields: (t) => ({
    history: t.relation('attemptLog', { description: '每次尝试的结果，按时间先后。', query: { orderBy: { createdAt: 'asc' } } }),
    eventId: t.exposeID('eventId', { description: '事件 ID，即请求头 webhook-id；每次重试相同，供接收方去重。' }),
    event: t.expose('event', { type: WebhookEventEnum, description: '事件类型，即请求头 Huigong-Event。' }),
    payload: t.string({ description: '投递的 JSON 正文。', resolve: (d) => JSON.stringify(d.payload) }),
    status: t.expose('status', { type: WebhookDeliveryStatusEnum, description: '投递状态。' }),
    attempts: t.exposeInt('attempts', { description: '已尝试的次数（默认最多 8 次，指数退避）。' }),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true, description: '最近一次尝试对方返回的 HTTP 状态码；没有响应为 null。' }),
    lastError: t.exposeString('lastError', { nullable: true, description: '最近一次失败的原因。' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', description: '下一次尝试的时间（已投递或已放弃时为最后一次的时间）。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '事件发生、投递写入的时间（与变更同一事务）。' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true, description: '对方返回 2xx 的时间；未送达为 null。' }),
  }),
});

builder.drizzleObjectField(ApiClientRef, 'webhookSubscriptions', (t) =>
  t.relatedConnection('webhookSubscriptions', { query: { orderBy: { createdAt: 'desc' } }, totalCount: true, description: '该接入方的 Webhook 订阅，最新的在前。' }),
);

export interface CreatedSubscriptionShape {
  subscription: typeof import('@huigong/db').webhookSubscriptions.$inferSelect;
  secret: string;
}

export const CreatedWebhookSubscriptionRef = builder
  .objectRef<CreatedSubscriptionShape>('CreatedWebhookSubscription')
  .implement({
    description: '新建的订阅与签名密钥（只返回这一次）。',
    authScopes: { authenticated: true, integrator: true },
    fields: (t) => ({
      secret: t.exposeString('secret', { description: '签名密钥 whsec_<base64>，只此一次；用其 base64 部分作 HMAC-SHA256 的密钥验证 webhook-signature。' }),
      subscription: t.field({ type: WebhookSubscriptionRef, description: '新建的订阅。', resolve: (created) => created.subscription }),
    }),
  });
