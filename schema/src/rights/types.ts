import { builder } from '../builder.ts';
import { fen, MoneyRef } from '../common/money.ts';
import { viewerCanType } from '../common/transitions.ts';
import { registerAttachmentKind } from '../files/attachment-kinds.ts';
import { StoredFileRef } from '../files/types.ts';
import { caseAccess } from './access.ts';
import './errors.ts';
import { RIGHTS_CASE_STATUS_LABELS, rightsCaseLifecycle, type RightsCaseStatus } from './lifecycle.ts';
import { RIGHTS_DOCUMENT_KIND } from './steps.service.ts';

registerAttachmentKind(RIGHTS_DOCUMENT_KIND, {
  label: '维权案件材料',
  maxBytes: 10 * 1024 * 1024,
  canView: async (db, viewer, caseId) => {
    const row = await db.query.rightsCases.findFirst({ where: { id: caseId } });
    return row ? caseAccess(viewer, row).reads : false;
  },
});

export const TYPE_LABELS = {
  work_injury: '工伤待遇',
  unpaid_wages: '拖欠工资（讨薪）',
  restructuring_layoff: '企业改制职工安置',
  health_rights: '健康权纠纷',
  death_at_work: '工亡',
  women_workers: '女职工歧视、性骚扰（保密）',
} as const;

export const RightsCaseType = builder.enumType('RightsCaseType', {
  values: Object.fromEntries(Object.entries(TYPE_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }])) as {
    [K in keyof typeof TYPE_LABELS as Uppercase<K>]: { value: K; description: string };
  },
});

export const RightsCaseStatusEnum = builder.enumType('RightsCaseStatus', {
  values: Object.fromEntries(
    Object.entries(RIGHTS_CASE_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in RightsCaseStatus as Uppercase<K>]: { value: K; description: string } },
});

export const ROUTE_LABELS = {
  consultation: '仅法律咨询',
  mediation: '区总工会调解',
  lawyer: '指派工会律师',
  litigation: '诉讼（仲裁）支持',
} as const;

export const RightsCaseRoute = builder.enumType('RightsCaseRoute', {
  values: Object.fromEntries(Object.entries(ROUTE_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }])) as {
    [K in keyof typeof ROUTE_LABELS as Uppercase<K>]: { value: K; description: string };
  },
});

export const OUTCOME_LABELS = { settled: '调解/和解结案', won: '胜诉（裁决支持）', lost: '败诉', withdrawn: '撤回', referred: '转交其他机构' } as const;

export const RightsCaseOutcome = builder.enumType('RightsCaseOutcome', {
  values: Object.fromEntries(Object.entries(OUTCOME_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }])) as {
    [K in keyof typeof OUTCOME_LABELS as Uppercase<K>]: { value: K; description: string };
  },
});

export const RightsCaseChannel = builder.enumType('RightsCaseChannel', {
  values: {
    MEMBER: { value: 'member', description: '会员本人提交' },
    WORKER: { value: 'worker', description: '非会员职工（手机号经短信验证）' },
    UNION: { value: 'union', description: '工会代职工提交' },
  } as const,
});

export const RightsCaseViewerCanRef = viewerCanType('RightsCaseViewerCan', {
  triage: '可分流（审查法律援助资格并确定办理方式）。',
  startMediation: '可转入调解。',
  assignLawyer: '可指派工会律师。',
  startLitigation: '可转入诉讼（仲裁）支持。',
  close: '可结案（记录结果与追回金额）。',
  withdraw: '可撤回（职工本人）。',
  addNote: '可添加办理记录。',
  addDocument: '可上传材料。',
});

const RightsCaseEventRef = builder.drizzleObject('rightsCaseEvents', {
  name: 'RightsCaseEvent',
  description: '案件的一步办理记录（带时间），职工本人在手机上可跟进。',
  // Reached only through the case's `events`, which checks who may read it.
  authScopes: { authenticated: true },
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'opened、triaged、mediation_started、lawyer_assigned、litigation_started、closed、note、document。' }),
    fromState: t.exposeString('fromState', { nullable: true }),
    toState: t.exposeString('toState', { nullable: true }),
    toStateLabel: t.string({
      nullable: true,
      select: { columns: { toState: true } },
      resolve: (e) => (e.toState ? (RIGHTS_CASE_STATUS_LABELS[e.toState as RightsCaseStatus] ?? null) : null),
    }),
    note: t.exposeString('note', { nullable: true }),
    actorName: t.string({
      nullable: true,
      select: { with: { actor: { columns: { displayName: true } } } },
      resolve: (e) => e.actor?.displayName ?? null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const RightsCaseDocumentRef = builder.drizzleObject('rightsCaseDocuments', {
  name: 'RightsCaseDocument',
  description: '案件材料（经 /files 上传）。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    title: t.exposeString('title'),
    file: t.relation('file', { type: StoredFileRef }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const RightsCaseRef = builder.drizzleNode('rightsCases', {
  name: 'RightsCase',
  description:
    '维权与法律援助案件。职工本人、承办人、代理律师可见；非保密案件另有所在工会及上级工会的工作人员可见。保密案件（女职工权益）只有职工本人、承办人和代理律师可见。',
  id: { column: (c) => c.id },
  authScopes: async (row, ctx) => caseAccess(ctx.viewer, row).reads,
  fields: (t) => ({
    reference: t.string({ description: '案件编号（给职工的凭据）。', select: { columns: { id: true } }, resolve: (c) => caseReference(c.id) }),
    type: t.expose('type', { type: RightsCaseType }),
    typeLabel: t.string({ select: { columns: { type: true } }, resolve: (c) => TYPE_LABELS[c.type] }),
    confidential: t.exposeBoolean('confidential'),
    channel: t.expose('channel', { type: RightsCaseChannel }),
    claimantName: t.exposeString('claimantName'),
    claimantPhone: t.exposeString('claimantPhone', { nullable: true }),
    employerName: t.exposeString('employerName'),
    description: t.exposeString('description'),
    openedAtPlace: t.exposeString('openedAtPlace', { nullable: true, description: '提交地点（如服务站点；待站点模块上线后关联）。' }),
    amountInDispute: t.field({
      type: MoneyRef,
      nullable: true,
      select: { columns: { amountInDisputeFen: true } },
      resolve: (c) => (c.amountInDisputeFen == null ? null : fen(c.amountInDisputeFen)),
    }),
    monthlyIncome: t.field({
      type: MoneyRef,
      nullable: true,
      select: { columns: { monthlyIncomeFen: true } },
      resolve: (c) => (c.monthlyIncomeFen == null ? null : fen(c.monthlyIncomeFen)),
    }),
    status: t.expose('status', { type: RightsCaseStatusEnum }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (c) => RIGHTS_CASE_STATUS_LABELS[c.status] }),
    route: t.expose('route', { type: RightsCaseRoute, nullable: true }),
    legalAidEligible: t.exposeBoolean('legalAidEligible', { nullable: true, description: '分流时认定的法律援助资格。' }),
    eligibilityReason: t.exposeString('eligibilityReason', { nullable: true }),
    union: t.relation('union', { description: '办理案件的工会。' }),
    caseOfficerName: t.string({
      nullable: true,
      select: { with: { caseOfficer: { columns: { displayName: true } } } },
      resolve: (c) => c.caseOfficer?.displayName ?? null,
    }),
    lawyerName: t.string({
      nullable: true,
      select: { with: { lawyer: { columns: { displayName: true } } } },
      resolve: (c) => c.lawyer?.displayName ?? null,
    }),
    outcome: t.expose('outcome', { type: RightsCaseOutcome, nullable: true }),
    recovered: t.field({
      type: MoneyRef,
      nullable: true,
      description: '结案时追回（或协议约定）的金额。',
      select: { columns: { recoveredFen: true } },
      resolve: (c) => (c.recoveredFen == null ? null : fen(c.recoveredFen)),
    }),
    openedAt: t.expose('openedAt', { type: 'DateTime' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    closedOn: t.expose('closedOn', { type: 'Date', nullable: true }),
    events: t.relatedConnection('events', { type: RightsCaseEventRef, query: { orderBy: { createdAt: 'asc' } }, totalCount: true }),
    documents: t.relation('documents', { type: RightsCaseDocumentRef, query: { orderBy: { createdAt: 'asc' } } }),
    viewerCan: t.field({
      type: RightsCaseViewerCanRef,
      select: { columns: { memberId: true, unionPath: true, cityPath: true, confidential: true, caseOfficerUserId: true, lawyerUserId: true, status: true } },
      resolve: (c, _args, ctx) => {
        const a = caseAccess(ctx.viewer, c);
        const runs = a.officer || (a.staff && c.caseOfficerUserId === null);
        const can = rightsCaseLifecycle.viewerCan(c.status, {
          triage: a.staff || a.officer,
          startMediation: runs,
          assignLawyer: runs,
          startLitigation: runs || a.lawyer,
          close: runs || a.lawyer,
          withdraw: a.member,
        });
        const open = c.status !== 'closed';
        return { ...can, addNote: open && a.reads, addDocument: a.reads };
      },
    }),
  }),
});

export const caseReference = (id: string) => `WQ-${id.slice(0, 8).toUpperCase()}`;

export const RightsCaseReceiptRef = builder
  .objectRef<{ id: string; openedAt: Date }>('RightsCaseReceipt')
  .implement({
    description: '非会员职工提交后的回执：案件编号。工会工作人员会按验证过的手机号联系。',
    authScopes: { public: true },
    fields: (t) => ({
      reference: t.string({ resolve: (r) => caseReference(r.id) }),
      statusLabel: t.string({ resolve: () => RIGHTS_CASE_STATUS_LABELS.opened }),
      openedAt: t.expose('openedAt', { type: 'DateTime' }),
    }),
  });

export const ConfidentialIntakeRef = builder
  .objectRef<{ id: string; type: keyof typeof TYPE_LABELS; openedAt: Date; unionName: string }>('ConfidentialRightsIntake')
  .implement({
    description: '待承办的保密案件（市总工会及以上可见，只显示类型、时间和工会；承办后才能查看内容）。',
    authScopes: { unionStaff: true },
    fields: (t) => ({
      case: t.globalID({ description: '案件 ID（承办后可读）。', resolve: (r) => ({ type: 'RightsCase', id: r.id }) }),
      type: t.field({ type: RightsCaseType, resolve: (r) => r.type }),
      openedAt: t.expose('openedAt', { type: 'DateTime' }),
      unionName: t.exposeString('unionName'),
    }),
  });

export const RightsLawyerRef = builder.objectRef<{ id: string; name: string; unionName: string }>('RightsLawyer').implement({
  description: '工会聘请的法律援助律师（可被指派到本工会及下级工会的案件）。',
  authScopes: { unionStaff: true },
  fields: (t) => ({
    user: t.globalID({ description: '律师的用户 ID（assignRightsLawyer 的 lawyer）。', resolve: (r) => ({ type: 'User', id: r.id }) }),
    name: t.exposeString('name'),
    unionName: t.exposeString('unionName', { description: '聘请的工会。' }),
  }),
});
