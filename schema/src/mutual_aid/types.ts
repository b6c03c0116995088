import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { shanghaiToday } from '../common/dates.ts';
import { fen, MoneyRef } from '../common/money.ts';
import { viewerCanType } from '../common/transitions.ts';
import { actsAt, CITY_LEVELS, isStaffOver, staffReach, UNIT_LEVELS } from './access.ts';
import './errors.ts';
import './files.ts';
import {
  CLAIM_STATUS_LABELS,
  claimLifecycle,
  ENROLMENT_STATUS_LABELS,
  enrolmentLifecycle,
  REJECTION_REASONS,
  type ClaimStatus,
  type EnrolmentStatus,
  type RejectionReason,
} from './lifecycle.ts';

const reachOf = (ctx: Context) => staffReach(ctx.db, ctx.viewer);
const money = (f: number | null) => (f === null ? null : fen(f));

export const MutualAidClaimStatus = builder.enumType('MutualAidClaimStatus', {
  values: Object.fromEntries(
    Object.entries(CLAIM_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in ClaimStatus as Uppercase<K>]: { value: K; description: string } },
});

export const MutualAidEnrolmentStatus = builder.enumType('MutualAidEnrolmentStatus', {
  values: Object.fromEntries(
    Object.entries(ENROLMENT_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in EnrolmentStatus as Uppercase<K>]: { value: K; description: string } },
});

export const MutualAidRejectionReason = builder.enumType('MutualAidRejectionReason', {
  description: '不予赔付的编号原因。',
  values: Object.fromEntries(
    Object.entries(REJECTION_REASONS).map(([value, r]) => [value.toUpperCase(), { value, description: `${r.number}. ${r.message}` }]),
  ) as { [K in RejectionReason as Uppercase<K>]: { value: K; description: string } },
});

const BandRef = builder.objectRef<{ upToFen: number | null; ratePercent: number }>('MutualAidBand').implement({
  description: '赔付比例分段：起付标准以上的个人负担部分，累计至 upTo（最后一段不设上限）按 ratePercent 赔付。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    upTo: t.field({ type: MoneyRef, nullable: true, resolve: (b) => money(b.upToFen) }),
    ratePercent: t.exposeInt('ratePercent'),
  }),
});

const ExplanationLineRef = builder.objectRef<{ label: string; amountFen: number }>('MutualAidExplanationLine').implement({
  description: '核算说明中的一行。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    label: t.exposeString('label'),
    amount: t.field({ type: MoneyRef, description: '扣减为负数。', resolve: (l) => fen(l.amountFen) }),
  }),
});

export const MutualAidSchemeRef = builder.drizzleNode('mutualAidSchemes', {
  name: 'MutualAidScheme',
  description: '市总工会的年度职工医疗互助方案：每人互助金、起付标准、分段赔付比例、年度最高限额、等待期、市总兜底资金。登录用户可见。',
  id: { column: (s) => s.id },
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    year: t.exposeInt('year'),
    union: t.relation('union', { description: '设立方案的市总工会。' }),
    premium: t.field({ type: MoneyRef, description: '每人每年互助金。', select: { columns: { premiumFen: true } }, resolve: (s) => fen(s.premiumFen) }),
    deductible: t.field({ type: MoneyRef, description: '起付标准（每人每年）。', select: { columns: { deductibleFen: true } }, resolve: (s) => fen(s.deductibleFen) }),
    bands: t.field({ type: [BandRef], select: { columns: { bands: true } }, resolve: (s) => s.bands }),
    ceiling: t.field({ type: MoneyRef, description: '每人每年最高赔付。', select: { columns: { ceilingFen: true } }, resolve: (s) => fen(s.ceilingFen) }),
    waitingDays: t.exposeInt('waitingDays', { description: '保障生效后的等待期（天）。' }),
    backstop: t.field({ type: MoneyRef, description: '市总兜底资金。', select: { columns: { backstopFen: true } }, resolve: (s) => fen(s.backstopFen) }),
    premiumsPaid: t.field({ type: MoneyRef, select: { columns: { premiumsPaidFen: true } }, resolve: (s) => fen(s.premiumsPaidFen) }),
    approvedTotal: t.field({ type: MoneyRef, select: { columns: { approvedFen: true } }, resolve: (s) => fen(s.approvedFen) }),
    paidTotal: t.field({ type: MoneyRef, select: { columns: { paidFen: true } }, resolve: (s) => fen(s.paidFen) }),
    poolRemaining: t.field({
      type: MoneyRef,
      description: '可批准余额：已缴互助金 + 兜底资金 − 已批准。',
      select: { columns: { premiumsPaidFen: true, backstopFen: true, approvedFen: true } },
      resolve: (s) => fen(s.premiumsPaidFen + s.backstopFen - s.approvedFen),
    }),
  }),
});

export const MutualAidEnrolmentViewerCanRef = viewerCanType('MutualAidEnrolmentViewerCan', {
  addRows: '可上传名单。',
  submit: '可提交参保（逐行校验，全部或全不）。',
  recordPremium: '可登记互助金到账（市总工会）。',
});

export const MutualAidEnrolmentRef = builder.drizzleNode('mutualAidEnrolments', {
  name: 'MutualAidEnrolment',
  description: '基层工会（单位）的一次集体参保：名单、应缴互助金、到账登记。所在工会及上级工会的工作人员可见。',
  id: { column: (e) => e.id },
  authScopes: (e) => ({ unionStaffOver: e.unionId }),
  fields: (t) => ({
    scheme: t.relation('scheme'),
    union: t.relation('union', { description: '参保单位（基层工会）。' }),
    status: t.expose('status', { type: MutualAidEnrolmentStatus }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (e) => ENROLMENT_STATUS_LABELS[e.status] }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    rowCount: t.exposeInt('rowCount', { description: '已上传的名单行数（草稿）。' }),
    memberCount: t.exposeInt('memberCount', { description: '参保人数。' }),
    premiumDue: t.field({ type: MoneyRef, select: { columns: { premiumDueFen: true } }, resolve: (e) => fen(e.premiumDueFen) }),
    paymentReference: t.exposeString('paymentReference', { nullable: true, description: '银行转账流水号。' }),
    paidOn: t.expose('paidOn', { type: 'Date', nullable: true }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    viewerCan: t.field({
      type: MutualAidEnrolmentViewerCanRef,
      select: { columns: { status: true, unionPath: true } },
      resolve: async (e, _args, ctx) => {
        const reach = await reachOf(ctx);
        const unit = actsAt(reach, e.unionPath, UNIT_LEVELS);
        return enrolmentLifecycle.viewerCan(e.status, { addRows: unit, submit: unit, recordPremium: actsAt(reach, e.unionPath, CITY_LEVELS) });
      },
    }),
  }),
});

const LedgerRef = builder.drizzleObject('mutualAidLedgers', {
  name: 'MutualAidLedger',
  description: '会员年度台账：已用起付标准、已批准赔付。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    deductibleUsed: t.field({ type: MoneyRef, select: { columns: { deductibleUsedFen: true } }, resolve: (l) => fen(l.deductibleUsedFen) }),
    approvedTotal: t.field({ type: MoneyRef, select: { columns: { approvedFen: true } }, resolve: (l) => fen(l.approvedFen) }),
    ceilingRemaining: t.field({
      type: MoneyRef,
      select: { columns: { approvedFen: true, ceilingFen: true } },
      resolve: (l) => fen(l.ceilingFen - l.approvedFen),
    }),
    claimsApproved: t.exposeInt('claimsApproved'),
  }),
});

export const MutualAidCoverRef = builder.drizzleNode('mutualAidCovers', {
  name: 'MutualAidCover',
  description: '会员在一个方案年度的互助保障：缴费前未生效，缴费后自开始日期与到账日期中较晚者起一年。会员本人与所在工会及上级工作人员可见。',
  id: { column: (c) => c.id },
  authScopes: (c) => ({ ownMember: c.memberId, unionStaffOver: c.unionId }),
  fields: (t) => ({
    scheme: t.relation('scheme'),
    union: t.relation('union', { description: '参保单位。' }),
    memberName: t.string({ select: { with: { member: { columns: { realName: true } } } }, resolve: (c) => c.member.realName }),
    activeFrom: t.expose('activeFrom', { type: 'Date', nullable: true }),
    activeUntil: t.expose('activeUntil', { type: 'Date', nullable: true }),
    state: t.string({
      description: 'IDLE（待缴费）、ACTIVE（保障中）、EXPIRED（已到期）或 PENDING（已缴费，未到开始日期）。',
      select: { columns: { activeFrom: true, activeUntil: true } },
      resolve: (c) => {
        if (!c.activeFrom) return 'IDLE';
        const today = shanghaiToday();
        return today < c.activeFrom ? 'PENDING' : today > c.activeUntil! ? 'EXPIRED' : 'ACTIVE';
      },
    }),
    stateLabel: t.string({
      select: { columns: { activeFrom: true, activeUntil: true } },
      resolve: (c) => {
        if (!c.activeFrom) return '待缴互助金，尚未生效';
        const today = shanghaiToday();
        return today < c.activeFrom ? `将于 ${c.activeFrom} 生效` : today > c.activeUntil! ? '已到期' : '保障中';
      },
    }),
    ledger: t.field({
      type: LedgerRef,
      nullable: true,
      select: { columns: { memberId: true, schemeId: true } },
      resolve: (c, _args, ctx) => ctx.db.query.mutualAidLedgers.findFirst({ where: { memberId: c.memberId, schemeId: c.schemeId } }).then((l) => l ?? null),
    }),
    claims: t.relatedConnection('claims', { query: { orderBy: { createdAt: 'desc' } }, totalCount: true }),
  }),
});

const ClaimDocumentRef = builder.drizzleObject('mutualAidClaimDocuments', {
  name: 'MutualAidClaimDocument',
  description: '理赔材料（经由所属申请访问）。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    file: t.relation('file'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const ClaimAuditEventRef = builder.drizzleObject('auditEvents', {
  variant: 'MutualAidAuditEvent',
  description: '互助理赔审计记录中的一条。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    action: t.exposeString('action'),
    fromState: t.exposeString('fromState', { nullable: true }),
    toState: t.exposeString('toState', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const MutualAidClaimViewerCanRef = viewerCanType('MutualAidClaimViewerCan', {
  check: '可审核材料（核对保障期与等待期）。',
  sendBack: '可退回补充材料。',
  resubmit: '可补充材料后重新提交。',
  valuate: '可按方案规则核算（市总工会）。',
  approve: '可审批（市总工会）。',
  pay: '可登记支付（市总工会）。',
  reject: '可不予赔付（选择编号原因）。',
});

export const MutualAidClaimRef = builder.drizzleNode('mutualAidClaims', {
  name: 'MutualAidClaim',
  description: '一次住院的互助理赔：社保结算后的个人负担部分，按方案规则核算。会员本人与所在工会及上级工作人员可见。',
  id: { column: (c) => c.id },
  authScopes: (c) => ({ ownMember: c.memberId, unionStaffOver: c.unionId }),
  fields: (t) => ({
    scheme: t.relation('scheme'),
    cover: t.relation('cover'),
    memberName: t.string({ select: { with: { member: { columns: { realName: true } } } }, resolve: (c) => c.member.realName }),
    status: t.expose('status', { type: MutualAidClaimStatus }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (c) => CLAIM_STATUS_LABELS[c.status] }),
    hospital: t.exposeString('hospital'),
    admittedOn: t.expose('admittedOn', { type: 'Date' }),
    dischargedOn: t.expose('dischargedOn', { type: 'Date' }),
    totalCost: t.field({ type: MoneyRef, select: { columns: { totalCostFen: true } }, resolve: (c) => fen(c.totalCostFen) }),
    socialInsurancePaid: t.field({ type: MoneyRef, select: { columns: { socialInsuranceFen: true } }, resolve: (c) => fen(c.socialInsuranceFen) }),
    selfPaid: t.field({ type: MoneyRef, description: '个人负担部分。', select: { columns: { selfPaidFen: true } }, resolve: (c) => fen(c.selfPaidFen) }),
    note: t.exposeString('note'),
    returnNote: t.exposeString('returnNote', { nullable: true, description: '退回补充材料的说明。' }),
    valuated: t.field({
      type: MoneyRef,
      nullable: true,
      description: '按方案规则核算的赔付金额（不可手填）。',
      select: { columns: { valuatedFen: true } },
      resolve: (c) => money(c.valuatedFen),
    }),
    explanation: t.field({
      type: [ExplanationLineRef],
      description: '核算过程。',
      select: { columns: { explanation: true } },
      resolve: (c) => c.explanation ?? [],
    }),
    rejectionReason: t.expose('rejectionReason', { type: MutualAidRejectionReason, nullable: true }),
    rejectionNumber: t.int({
      nullable: true,
      description: '不予赔付原因的编号（1–6）。',
      select: { columns: { rejectionReason: true } },
      resolve: (c) => (c.rejectionReason ? REJECTION_REASONS[c.rejectionReason].number : null),
    }),
    rejectionMessage: t.exposeString('rejectionNote', { nullable: true, description: '不予赔付的说明（中文）。' }),
    paymentReference: t.exposeString('paymentReference', { nullable: true }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    documents: t.relation('documents', { query: { orderBy: { createdAt: 'asc' } } }),
    auditTrail: t.relatedConnection('auditEvents', { type: ClaimAuditEventRef, query: { orderBy: { id: 'asc' } }, totalCount: true }),
    viewerCan: t.field({
      type: MutualAidClaimViewerCanRef,
      select: { columns: { status: true, unionPath: true, memberId: true } },
      resolve: async (c, _args, ctx) => {
        const reach = await reachOf(ctx);
        const review = isStaffOver(reach, c.unionPath) && (actsAt(reach, c.unionPath, UNIT_LEVELS) || actsAt(reach, c.unionPath, CITY_LEVELS));
        const city = actsAt(reach, c.unionPath, CITY_LEVELS);
        const own = ctx.viewer?.member?.id === c.memberId;
        return claimLifecycle.viewerCan(c.status, {
          check: review,
          sendBack: review,
          resubmit: own || review,
          valuate: city,
          approve: city,
          pay: city,
          reject: c.status === 'valuated' ? city : review,
        });
      },
    }),
  }),
});

export { ClaimDocumentRef };
