import { builder } from '../builder.ts';
import { encodeGlobalId } from '../common/global-id.ts';
import type { Context } from '../context.ts';
import { shanghaiToday } from '../common/dates.ts';
import { fen, MoneyRef } from '../common/money.ts';
import { viewerCanType } from '../common/transitions.ts';
import { actsAt, staffReach, type StaffReach } from './access.ts';
import './errors.ts';
import { fileReceivesAid } from './aid.service.ts';
import './support-types.ts';
import {
  actingLevels,
  AID_STATUS_LABELS,
  aidLifecycle,
  CLOSED_FILE_STATES,
  FILE_STATUS_LABELS,
  fileLifecycle,
  GRASSROOTS_LEVELS,
  SCHEME_STATUS_LABELS,
  schemeLifecycle,
  type AidStatus,
  type FileStatus,
  type SchemeStatus,
} from './lifecycle.ts';

export const HardshipCause = builder.enumType('HardshipCause', {
  description: '致困原因。',
  values: {
    ILLNESS: { value: 'illness', description: '因病' },
    DISABILITY: { value: 'disability', description: '因残' },
    UNEMPLOYMENT: { value: 'unemployment', description: '失业' },
    SCHOOLING: { value: 'schooling', description: '子女就学' },
    DISASTER: { value: 'disaster', description: '因灾' },
    OTHER: { value: 'other', description: '其他' },
  } as const,
});

export const HardshipHousing = builder.enumType('HardshipHousing', {
  description: '住房情况。',
  values: {
    OWNED: { value: 'owned', description: '自有住房' },
    RENTED: { value: 'rented', description: '租房' },
    PUBLIC_RENTAL: { value: 'public_rental', description: '公租房/廉租房' },
    DORMITORY: { value: 'dormitory', description: '单位宿舍' },
    NONE: { value: 'none', description: '无固定住所' },
  } as const,
});

export const HardshipFileStatus = builder.enumType('HardshipFileStatus', {
  values: Object.fromEntries(
    Object.entries(FILE_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in FileStatus as Uppercase<K>]: { value: K; description: string } },
});

export const HardshipExitReason = builder.enumType('HardshipExitReason', {
  description: '退出（解困脱困）原因。',
  values: {
    ILLNESS_CURED: { value: 'illness_cured', description: '疾病治愈' },
    REEMPLOYED: { value: 'reemployed', description: '再就业' },
    CHILDREN_EMPLOYED: { value: 'children_employed', description: '子女毕业就业' },
    SELF_EMPLOYED: { value: 'self_employed', description: '自谋职业' },
    SOCIAL_INSURANCE: { value: 'social_insurance', description: '纳入社会保险' },
    SERIOUS_ILLNESS_COVER: { value: 'serious_illness_cover', description: '大病保险和医疗互助' },
    SOCIAL_ASSISTANCE: { value: 'social_assistance', description: '社会救助兜底' },
  } as const,
});

export const HardshipAidKind = builder.enumType('HardshipAidKind', {
  values: {
    LIVING: { value: 'living', description: '生活救助（每人每年不超过 5000 元）' },
    MEDICAL: { value: 'medical', description: '医疗救助（每人每年不超过 1 万元；职工帮扶医院住院按个人自费部分的 80%）' },
    TEMPORARY: { value: 'temporary', description: '临时救助' },
    DISASTER: { value: 'disaster', description: '灾害救助（针对某一地区和灾害事件）' },
    SERIOUS_ILLNESS: { value: 'serious_illness', description: '大病关爱' },
    STUDENT: { value: 'student', description: '金秋助学（7–8 月受理，须录取通知书）' },
  } as const,
});

export const HardshipAidChannel = builder.enumType('HardshipAidChannel', {
  values: {
    MEMBER: { value: 'member', description: '本人申请' },
    NOMINATED: { value: 'nominated', description: '基层工会推荐' },
    HOSPITAL_BILLED: { value: 'hospital_billed', description: '职工帮扶医院结算' },
  } as const,
});

export const HardshipAidStatus = builder.enumType('HardshipAidStatus', {
  values: Object.fromEntries(
    Object.entries(AID_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in AidStatus as Uppercase<K>]: { value: K; description: string } },
});

export const HardshipAidSchemeStatus = builder.enumType('HardshipAidSchemeStatus', {
  values: Object.fromEntries(
    Object.entries(SCHEME_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in SchemeStatus as Uppercase<K>]: { value: K; description: string } },
});

const HouseholdMemberRef = builder
  .objectRef<{ name: string; relation: string; age: number }>('HardshipHouseholdMember')
  .implement({
    description: '家庭成员。只能经由所属档案访问，档案本身已检查权限。',
    authScopes: { authenticated: true },
    fields: (t) => ({ name: t.exposeString('name'), relation: t.exposeString('relation'), age: t.exposeInt('age') }),
  });

const reachOf = (ctx: Context): Promise<StaffReach[]> => staffReach(ctx.db, ctx.viewer);

export const HardshipFileViewerCanRef = viewerCanType('HardshipFileViewerCan', {
  verify: '可核实（基层工会）。',
  confirm: '可审核认定（市、省、全总依次）。',
  sendBack: '可退回修改（须说明理由）。',
  refuse: '可不予认定（须说明理由）。',
  resubmit: '可修改后重新提交。',
  recheck: '可完成年度核查。',
  exit: '可办理退出（须选择原因）。',
  reenter: '可重新申报入库。',
});

// A variant, not the primary type of audit_events: each domain exposes its own trail.
const HardshipAuditEventRef = builder.drizzleObject('auditEvents', {
  variant: 'HardshipAuditEvent',
  description: '困难帮扶审计记录中的一条：谁、何时、从哪个状态到哪个状态、为什么。',
  // Reachable only through the audited object's auditTrail, which checks who may read it.
  authScopes: { authenticated: true },
  fields: (t) => ({
    action: t.exposeString('action', { description: '如 hardship_file.verify、hardship_aid.approved。' }),
    fromState: t.exposeString('fromState', { nullable: true }),
    toState: t.exposeString('toState', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    actorName: t.string({
      nullable: true,
      select: { with: { actor: { columns: { displayName: true } } } },
      resolve: (event) => event.actor?.displayName ?? null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const HardshipFileRef = builder.drizzleNode('hardshipFiles', {
  name: 'HardshipFile',
  description: '困难职工档案（建档立卡）。会员本人与其所在工会及上级工会的工作人员可见。',
  id: { column: (file) => file.id },
  authScopes: (file) => ({ ownMember: file.memberId, unionStaffOver: file.unionId }),
  fields: (t) => ({
    member: t.relation('member'),
    memberName: t.string({
      select: { with: { member: { columns: { realName: true } } } },
      resolve: (file) => file.member.realName,
    }),
    union: t.relation('union', { description: '档案所在的基层工会。' }),
    status: t.expose('status', { type: HardshipFileStatus }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (f) => FILE_STATUS_LABELS[f.status] }),
    cause: t.expose('cause', { type: HardshipCause }),
    causeNote: t.exposeString('causeNote'),
    householdMembers: t.field({
      type: [HouseholdMemberRef],
      select: { columns: { householdMembers: true } },
      resolve: (f) => f.householdMembers,
    }),
    monthlyIncomePerHead: t.field({
      type: MoneyRef,
      description: '家庭人均月收入。',
      select: { columns: { monthlyIncomePerHeadFen: true } },
      resolve: (f) => fen(f.monthlyIncomePerHeadFen),
    }),
    localMinimum: t.field({
      type: MoneyRef,
      description: '当地最低生活保障标准（每人每月）。',
      select: { columns: { localMinimumFen: true } },
      resolve: (f) => fen(f.localMinimumFen),
    }),
    belowLocalMinimum: t.boolean({
      description: '人均收入低于当地低保标准。',
      select: { columns: { monthlyIncomePerHeadFen: true, localMinimumFen: true } },
      resolve: (f) => f.monthlyIncomePerHeadFen < f.localMinimumFen,
    }),
    housing: t.expose('housing', { type: HardshipHousing }),
    isMigrantWorker: t.exposeBoolean('isMigrantWorker', { description: '农民工家庭。' }),
    labourContractMonths: t.exposeInt('labourContractMonths', { nullable: true, description: '劳动合同期限（月）。' }),
    filedOnBehalf: t.exposeBoolean('filedOnBehalf', { description: '由基层工会代为申报。' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    verifiedAt: t.expose('verifiedAt', { type: 'DateTime', nullable: true }),
    cityConfirmedAt: t.expose('cityConfirmedAt', { type: 'DateTime', nullable: true }),
    provinceConfirmedAt: t.expose('provinceConfirmedAt', { type: 'DateTime', nullable: true }),
    confirmedOn: t.expose('confirmedOn', { type: 'Date', nullable: true, description: '全国总工会认定日期。' }),
    lastCheckedOn: t.expose('lastCheckedOn', { type: 'Date', nullable: true }),
    recheckDueOn: t.expose('recheckDueOn', { type: 'Date', nullable: true, description: '下次年度核查的截止日期。' }),
    recheckOverdue: t.boolean({
      description: '年度核查已逾期：帮扶暂停，直至基层工会完成核查。',
      select: { columns: { status: true, recheckDueOn: true } },
      resolve: (f) => f.status === 'confirmed' && f.recheckDueOn !== null && f.recheckDueOn < shanghaiToday(),
    }),
    isOpen: t.boolean({
      description: '在册档案（未被认定不符、未退出）：每名会员至多一份。',
      select: { columns: { status: true } },
      resolve: (f) => !CLOSED_FILE_STATES.includes(f.status),
    }),
    receivesAid: t.boolean({
      description: '此刻可申请帮扶：已认定且年度核查未逾期。',
      select: { columns: { status: true, recheckDueOn: true } },
      resolve: (f) => fileReceivesAid(f),
    }),
    returnReason: t.exposeString('returnReason', { nullable: true, description: '最近一次退回的理由。' }),
    refusalReason: t.exposeString('refusalReason', { nullable: true }),
    exitReason: t.expose('exitReason', { type: HardshipExitReason, nullable: true }),
    exitNote: t.exposeString('exitNote', { nullable: true }),
    exitedAt: t.expose('exitedAt', { type: 'DateTime', nullable: true }),
    aidApplications: t.relatedConnection('aidApplications', { query: { orderBy: { createdAt: 'desc' } }, totalCount: true }),
    loans: t.relatedConnection('loans', { query: { orderBy: { createdAt: 'desc' } }, totalCount: true }),
    visits: t.relatedConnection('visits', {
      description: '走访慰问记录（工作人员可见）。',
      nullable: true,
      authScopes: (parent: unknown) => ({ unionStaffOver: (parent as { unionId: string }).unionId }),
      query: { orderBy: { visitedOn: 'desc' } },
      totalCount: true,
    }),
    pairings: t.relatedConnection('pairings', { description: '一帮一结对，最新的在前。', query: { orderBy: { createdAt: 'desc' } }, totalCount: true }),
    auditTrail: t.relatedConnection('auditEvents', {
      type: HardshipAuditEventRef,
      description: '档案的审计记录，按发生顺序。',
      query: { orderBy: { id: 'asc' } },
      totalCount: true,
    }),
    viewerCan: t.field({
      type: HardshipFileViewerCanRef,
      select: { columns: { status: true, unionPath: true, memberId: true } },
      resolve: async (file, _args, ctx) => {
        const reach = await reachOf(ctx);
        const own = ctx.viewer?.member?.id === file.memberId;
        const acting = actsAt(reach, file.unionPath, actingLevels(file.status));
        const grassroots = actsAt(reach, file.unionPath, GRASSROOTS_LEVELS);
        const can = fileLifecycle.viewerCan(file.status);
        return {
          verify: can.verify && acting,
          confirm: (can.confirmCity || can.confirmProvince || can.confirmNational) && acting,
          sendBack: can.sendBack && acting,
          refuse: can.refuse && acting,
          resubmit: can.resubmit && (own || grassroots),
          recheck: can.recheck && grassroots,
          exit: can.exit && grassroots,
          reenter: can.reenter && (own || grassroots),
        };
      },
    }),
  }),
});

export const HardshipAidSchemeViewerCanRef = viewerCanType('HardshipAidSchemeViewerCan', {
  open: '可批准开放受理。',
  close: '可结束本轮。',
});

export const HardshipAidSchemeRef = builder.drizzleNode('hardshipAidSchemes', {
  name: 'HardshipAidScheme',
  description: '市总工会设立的年度帮扶项目（一轮救助）：类型、每人每年上限、预算、受理时间。登录用户可见。',
  id: { column: (s) => s.id },
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: HardshipAidKind }),
    year: t.exposeInt('year'),
    union: t.relation('union', { description: '设立项目的市总工会。' }),
    area: t.relation('area', { nullable: true, description: '灾害救助的受灾地区。' }),
    event: t.exposeString('event', { nullable: true, description: '灾害事件。' }),
    status: t.expose('status', { type: HardshipAidSchemeStatus }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (s) => SCHEME_STATUS_LABELS[s.status] }),
    capPerPerson: t.field({
      type: MoneyRef,
      description: '每人每年上限。',
      select: { columns: { capPerPersonFen: true } },
      resolve: (s) => fen(s.capPerPersonFen),
    }),
    budget: t.field({ type: MoneyRef, select: { columns: { budgetFen: true } }, resolve: (s) => fen(s.budgetFen) }),
    approvedTotal: t.field({ type: MoneyRef, select: { columns: { approvedFen: true } }, resolve: (s) => fen(s.approvedFen) }),
    paidTotal: t.field({ type: MoneyRef, select: { columns: { paidFen: true } }, resolve: (s) => fen(s.paidFen) }),
    remainingBudget: t.field({
      type: MoneyRef,
      select: { columns: { approvedFen: true, budgetFen: true } },
      resolve: (s) => fen(s.budgetFen - s.approvedFen),
    }),
    applyFrom: t.expose('applyFrom', { type: 'Date' }),
    applyUntil: t.expose('applyUntil', { type: 'Date' }),
    acceptingApplications: t.boolean({
      description: '此刻受理申请（已开放且在受理时间内）。',
      select: { columns: { status: true, applyFrom: true, applyUntil: true } },
      resolve: (s) => {
        const today = shanghaiToday();
        return s.status === 'open' && s.applyFrom <= today && today <= s.applyUntil;
      },
    }),
    applications: t.relatedConnection('applications', {
      description: '本项目的申请（设立项目的市总工会工作人员可见）。',
      nullable: true,
      authScopes: (parent: unknown) => ({ unionStaffOver: (parent as { unionId: string }).unionId }),
      query: { orderBy: { createdAt: 'asc' } },
      totalCount: true,
    }),
    viewerCan: t.field({
      type: HardshipAidSchemeViewerCanRef,
      select: { columns: { status: true, unionPath: true } },
      resolve: async (s, _args, ctx) => {
        const city = actsAt(await reachOf(ctx), s.unionPath, ['city']);
        return schemeLifecycle.viewerCan(s.status, { open: city, close: city });
      },
    }),
  }),
});

export const HardshipAidViewerCanRef = viewerCanType('HardshipAidApplicationViewerCan', {
  verify: '可核实并拟定发放金额（基层工会）。',
  approve: '可审批（市总工会，须非拟定人）。',
  pay: '可登记发放。',
  refuse: '可不予批准（须说明理由）。',
});

export const HardshipAidApplicationRef = builder.drizzleNode('hardshipAidApplications', {
  name: 'HardshipAidApplication',
  description: '一笔帮扶申请：申请/推荐/医院结算 → 基层核实 → 市总审批 → 发放。会员本人与所在工会及上级工作人员可见。',
  id: { column: (a) => a.id },
  authScopes: (a) => ({ ownMember: a.memberId, unionStaffOver: a.unionId }),
  fields: (t) => ({
    scheme: t.relation('scheme'),
    file: t.relation('file'),
    memberName: t.string({
      select: { with: { member: { columns: { realName: true } } } },
      resolve: (a) => a.member.realName,
    }),
    channel: t.expose('channel', { type: HardshipAidChannel }),
    status: t.expose('status', { type: HardshipAidStatus }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (a) => AID_STATUS_LABELS[a.status] }),
    requested: t.field({ type: MoneyRef, select: { columns: { requestedFen: true } }, resolve: (a) => fen(a.requestedFen) }),
    selfPaid: t.field({
      type: MoneyRef,
      nullable: true,
      description: '医院结算：个人自费部分（按 80% 救助）。',
      select: { columns: { selfPaidFen: true } },
      resolve: (a) => (a.selfPaidFen === null ? null : fen(a.selfPaidFen)),
    }),
    hospitalBillNumber: t.exposeString('hospitalBillNumber', { nullable: true }),
    studentName: t.exposeString('studentName', { nullable: true }),
    school: t.exposeString('school', { nullable: true }),
    admissionLetterNumber: t.exposeString('admissionLetterNumber', { nullable: true }),
    note: t.exposeString('note'),
    mutualAidClaim: t.field({
      type: 'ID',
      nullable: true,
      description: '按医疗互助报销后的个人负担部分申请时，那笔医疗互助报销（MutualAidClaim 的 id）。',
      select: { columns: { mutualAidClaimId: true } },
      resolve: (a) => (a.mutualAidClaimId ? encodeGlobalId('MutualAidClaim', a.mutualAidClaimId) : null),
    }),
    prepared: t.field({
      type: MoneyRef,
      nullable: true,
      description: '基层核实后的拟发放金额。',
      select: { columns: { preparedFen: true } },
      resolve: (a) => (a.preparedFen === null ? null : fen(a.preparedFen)),
    }),
    approved: t.field({
      type: MoneyRef,
      nullable: true,
      select: { columns: { approvedFen: true } },
      resolve: (a) => (a.approvedFen === null ? null : fen(a.approvedFen)),
    }),
    paymentReference: t.exposeString('paymentReference', { nullable: true }),
    refusalReason: t.exposeString('refusalReason', { nullable: true }),
    verifiedAt: t.expose('verifiedAt', { type: 'DateTime', nullable: true }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    auditTrail: t.relatedConnection('auditEvents', {
      type: HardshipAuditEventRef,
      query: { orderBy: { id: 'asc' } },
      totalCount: true,
    }),
    viewerCan: t.field({
      type: HardshipAidViewerCanRef,
      select: { columns: { status: true, unionPath: true, preparedByUserId: true } },
      resolve: async (a, _args, ctx) => {
        const reach = await reachOf(ctx);
        const grassroots = actsAt(reach, a.unionPath, GRASSROOTS_LEVELS);
        const city = actsAt(reach, a.unionPath, ['city']);
        return aidLifecycle.viewerCan(a.status, {
          verify: grassroots,
          approve: city && a.preparedByUserId !== ctx.viewer?.userId,
          pay: city,
          refuse: a.status === 'verified' ? city : grassroots,
        });
      },
    }),
  }),
});
