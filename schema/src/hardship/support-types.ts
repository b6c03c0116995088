import { builder } from '../builder.ts';
import { shanghaiToday } from '../common/dates.ts';
import { fen, MoneyRef } from '../common/money.ts';
import { viewerCanType } from '../common/transitions.ts';
import { actsAt, staffReach } from './access.ts';
import { LOAN_STATUS_LABELS, loanLifecycle, type LoanStatus } from './lifecycle.ts';

// The help beyond aid: start-up loans, visits (四季送) and one-to-one pairing (一帮一).

export const HardshipLoanStatus = builder.enumType('HardshipLoanStatus', {
  values: Object.fromEntries(
    Object.entries(LOAN_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in LoanStatus as Uppercase<K>]: { value: K; description: string } },
});

export const HardshipVisitRound = builder.enumType('HardshipVisitRound', {
  description: '四季送：春送岗位、夏送清凉、金秋助学、冬送温暖，以及节日走访。',
  values: {
    SPRING: { value: 'spring', description: '春送岗位' },
    SUMMER: { value: 'summer', description: '夏送清凉' },
    AUTUMN: { value: 'autumn', description: '金秋助学' },
    WINTER: { value: 'winter', description: '冬送温暖' },
    HOLIDAY: { value: 'holiday', description: '节日走访' },
  } as const,
});

export const HardshipLoanViewerCanRef = viewerCanType('HardshipLoanViewerCan', {
  approve: '可批准（市总工会）。',
  refuse: '可不予批准。',
  disburse: '可登记放款。',
  repay: '可登记还款。',
  markArrears: '可标记逾期（有逾期未还的分期时）。',
  writeOff: '可核销。',
});

const InstalmentRef = builder.drizzleObject('hardshipLoanInstalments', {
  name: 'HardshipLoanInstalment',
  description: '还款计划中的一期。只能经由所属借款访问，借款本身已检查权限。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    position: t.exposeInt('position'),
    dueOn: t.expose('dueOn', { type: 'Date' }),
    amount: t.field({ type: MoneyRef, select: { columns: { amountFen: true } }, resolve: (i) => fen(i.amountFen) }),
    paid: t.field({ type: MoneyRef, select: { columns: { paidFen: true } }, resolve: (i) => fen(i.paidFen) }),
    overdue: t.boolean({
      select: { columns: { dueOn: true, paidFen: true, amountFen: true } },
      resolve: (i) => i.paidFen < i.amountFen && i.dueOn < shanghaiToday(),
    }),
  }),
});

export const HardshipLoanRef = builder.drizzleNode('hardshipLoans', {
  name: 'HardshipLoan',
  description: '创业小额借款（5 万至 10 万元）：申请 → 市总工会批准 → 放款 → 按计划还款 → 逾期 → 还清或核销。',
  id: { column: (l) => l.id },
  authScopes: (l) => ({ ownMember: l.memberId, unionStaffOver: l.unionId }),
  fields: (t) => ({
    file: t.relation('file'),
    memberName: t.string({ select: { with: { member: { columns: { realName: true } } } }, resolve: (l) => l.member.realName }),
    amount: t.field({ type: MoneyRef, select: { columns: { amountFen: true } }, resolve: (l) => fen(l.amountFen) }),
    repaid: t.field({ type: MoneyRef, select: { columns: { repaidFen: true } }, resolve: (l) => fen(l.repaidFen) }),
    outstanding: t.field({
      type: MoneyRef,
      select: { columns: { amountFen: true, repaidFen: true } },
      resolve: (l) => fen(l.amountFen - l.repaidFen),
    }),
    termMonths: t.exposeInt('termMonths'),
    purpose: t.exposeString('purpose'),
    status: t.expose('status', { type: HardshipLoanStatus }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (l) => LOAN_STATUS_LABELS[l.status] }),
    disbursedOn: t.expose('disbursedOn', { type: 'Date', nullable: true }),
    closingReason: t.exposeString('closingReason', { nullable: true }),
    instalments: t.relation('instalments', { type: InstalmentRef, query: { orderBy: { position: 'asc' } } }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    viewerCan: t.field({
      type: HardshipLoanViewerCanRef,
      select: { columns: { status: true, unionPath: true } },
      resolve: async (l, _args, ctx) => {
        const city = actsAt(await staffReach(ctx.db, ctx.viewer), l.unionPath, ['city']);
        return loanLifecycle.viewerCan(l.status, {
          approve: city,
          refuse: city,
          disburse: city,
          repay: city,
          markArrears: city,
          writeOff: city,
        });
      },
    }),
  }),
});

export const HardshipVisitRef = builder.drizzleNode('hardshipVisits', {
  name: 'HardshipVisit',
  description: '一次走访慰问：谁、何时、送了什么。工作人员可见。',
  id: { column: (v) => v.id },
  select: { columns: { id: true }, with: { file: { columns: { unionId: true } } } },
  authScopes: (v) => ({ unionStaffOver: v.file.unionId }),
  fields: (t) => ({
    round: t.expose('round', { type: HardshipVisitRound }),
    visitedOn: t.expose('visitedOn', { type: 'Date' }),
    visitors: t.exposeString('visitors', { description: '走访人员。' }),
    brought: t.exposeString('brought', { description: '送去的物品或帮扶内容。' }),
    value: t.field({ type: MoneyRef, select: { columns: { valueFen: true } }, resolve: (v) => fen(v.valueFen) }),
    note: t.exposeString('note'),
    file: t.relation('file'),
  }),
});

export const HardshipPairingRef = builder.drizzleNode('hardshipPairings', {
  name: 'HardshipPairing',
  description: '一帮一结对：一户困难职工家庭与一名工会干部。',
  id: { column: (p) => p.id },
  select: { columns: { id: true }, with: { file: { columns: { unionId: true, memberId: true } } } },
  authScopes: (p) => ({ unionStaffOver: p.file.unionId, ownMember: p.file.memberId }),
  fields: (t) => ({
    cadreName: t.string({ select: { with: { cadre: { columns: { displayName: true } } } }, resolve: (p) => p.cadre.displayName }),
    startedOn: t.expose('startedOn', { type: 'Date' }),
    endedOn: t.expose('endedOn', { type: 'Date', nullable: true }),
    endReason: t.exposeString('endReason', { nullable: true }),
    active: t.boolean({ select: { columns: { endedOn: true } }, resolve: (p) => p.endedOn === null }),
    file: t.relation('file'),
  }),
});

const CountRef = builder.objectRef<{ key: string; count: number }>('HardshipCount').implement({
  description: '某一类的户数。',
  authScopes: { authenticated: true },
  fields: (t) => ({ key: t.exposeString('key', { description: '状态或退出原因（与对应枚举的值同名，小写）。' }), count: t.exposeInt('count') }),
});

const AidPaidRef = builder.objectRef<{ kind: string; count: number; amountFen: number }>('HardshipAidPaidFigure').implement({
  description: '某类帮扶的已发放笔数与金额。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    kind: t.exposeString('kind'),
    count: t.exposeInt('count'),
    amount: t.field({ type: MoneyRef, resolve: (a) => fen(a.amountFen) }),
  }),
});

export interface FiguresShape {
  unionId: string;
  name: string;
  code: string;
  level: string;
  byStatus: Record<string, number>;
  exitsByReason: Record<string, number>;
  aidPaid: { kind: string; count: number; amountFen: number }[];
  loansOutstandingFen: number;
  loansRunning: number;
  visits: number;
  visitsValueFen: number;
  children?: FiguresShape[];
}

const counts = (record: Record<string, number>) =>
  Object.entries(record)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => ({ key, count }));
const sum = (record: Record<string, number>, keys?: string[]) =>
  Object.entries(record).reduce((total, [key, n]) => total + (keys && !keys.includes(key) ? 0 : n), 0);

export const HardshipFiguresRef = builder.objectRef<FiguresShape>('HardshipFigures');

HardshipFiguresRef.implement({
  description: '一个工会辖区的困难帮扶统计（按工会树汇总）：建档、认定、退出（按原因）、各类帮扶发放、借款余额、走访。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    unionName: t.exposeString('name'),
    unionCode: t.exposeString('code'),
    filed: t.int({ description: '建档总数（含已退出、未予认定）。', resolve: (f) => sum(f.byStatus) }),
    underReview: t.int({
      description: '审核中的档案。',
      resolve: (f) => sum(f.byStatus, ['filed', 'returned', 'verified', 'city_confirmed', 'province_confirmed']),
    }),
    confirmed: t.int({ description: '已认定在库的困难职工家庭。', resolve: (f) => f.byStatus.confirmed ?? 0 }),
    exited: t.int({ description: '已退出（解困脱困）。', resolve: (f) => f.byStatus.exited ?? 0 }),
    byStatus: t.field({ type: [CountRef], resolve: (f) => counts(f.byStatus) }),
    exitsByReason: t.field({ type: [CountRef], resolve: (f) => counts(f.exitsByReason) }),
    aidPaid: t.field({ type: [AidPaidRef], description: '按帮扶类型的已发放。', resolve: (f) => f.aidPaid }),
    aidPaidTotal: t.field({ type: MoneyRef, resolve: (f) => fen(f.aidPaid.reduce((s, a) => s + a.amountFen, 0)) }),
    loansRunning: t.int({ description: '还款中（含逾期）的创业借款笔数。', resolve: (f) => f.loansRunning }),
    loansOutstanding: t.field({ type: MoneyRef, description: '创业借款未还本金。', resolve: (f) => fen(f.loansOutstandingFen) }),
    visits: t.int({ description: '走访户次。', resolve: (f) => f.visits }),
    visitsValue: t.field({ type: MoneyRef, resolve: (f) => fen(f.visitsValueFen) }),
    children: t.field({
      type: [HardshipFiguresRef],
      description: '直属下级工会的同口径统计（市看区县，省看各市）。',
      resolve: (f) => f.children ?? [],
    }),
  }),
});
