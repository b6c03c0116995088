import { builder } from '../builder.ts';

export const MessageKindEnum = builder.enumType('MessageKind', {
  description: '站内消息的种类（message kind），即引起它的业务变化。',
  values: {
    APPLICATION_STATUS_CHANGED: { value: 'application_status_changed', description: '求职申请状态变化' },
    SEAT_OFFERED: { value: 'seat_offered', description: '候补递补到名额（有确认期限）' },
    REGISTRATION_CONFIRMED: { value: 'registration_confirmed', description: '报名已确认' },
    CLAIM_EXPIRING: { value: 'claim_expiring', description: '领取的优惠一天内到期' },
    VOUCHER_PAID: { value: 'voucher_paid', description: '代金券支付成功' },
    GRANT_DECIDED: { value: 'grant_decided', description: '资助申请有了结果' },
    TRANCHE_PAID: { value: 'tranche_paid', description: '资助款已拨付' },
  } as const,
});

const SUBJECT_TYPENAMES: Record<string, string> = {
  job_application: 'JobApplication',
  competition_entry: 'CompetitionEntry',
  voucher_purchase: 'VoucherPurchase',
  grant_application: 'GrantApplication',
  offer_claim: 'OfferClaim',
};

export const MessageRef = builder.drizzleNode('messages', {
  name: 'Message',
  description: '站内消息：来自与本人有关的业务变化（与 webhook 读取同一审计记录）。仅本人可见。',
  id: { column: (m) => m.id },
  authScopes: (m) => ({ self: m.userId }),
  fields: (t) => ({
    kind: t.expose('kind', { type: MessageKindEnum, description: '消息种类。' }),
    title: t.exposeString('title', { description: '标题（中文）。' }),
    body: t.exposeString('body', { description: '正文（中文，纯文本）。' }),
    subjectId: t.id({
      description: '相关对象的全局 ID（可用 node(id:) 查询）。',
      resolve: (m) => Buffer.from(`${SUBJECT_TYPENAMES[m.subjectType] ?? m.subjectType}:${m.subjectId}`).toString('base64'),
    }),
    subjectType: t.string({ description: '相关对象的 GraphQL 类型名，如 JobApplication、OfferClaim。', resolve: (m) => SUBJECT_TYPENAMES[m.subjectType] ?? m.subjectType }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '消息产生的时间。' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true, description: '标记已读的时间；未读为 null。' }),
    smsStatus: t.string({
      nullable: true,
      description: '紧急消息的短信状态：queued、sending、sent、skipped、failed；非紧急消息为空。',
      select: { with: { sms: { columns: { status: true } } } },
      resolve: (m) => m.sms?.status ?? null,
    }),
  }),
});

export const MessageSettingsRef = builder
  .objectRef<{ smsEnabled: boolean; quietStartHour: number; quietEndHour: number }>('MessageSettings')
  .implement({
    description: '消息设置：紧急消息是否发短信，以及免打扰时段（北京时间整点，开始等于结束表示不设）。',
    authScopes: { authenticated: true },
    fields: (t) => ({
      smsEnabled: t.exposeBoolean('smsEnabled', { description: '紧急消息（如候补递补的确认期限）是否同时发短信。' }),
      quietStartHour: t.exposeInt('quietStartHour', { description: '免打扰开始的整点（0–23，北京时间）。' }),
      quietEndHour: t.exposeInt('quietEndHour', { description: '免打扰结束的整点（0–23，北京时间）；等于开始表示不设免打扰。' }),
    }),
  });
