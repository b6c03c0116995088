import { transitionTable } from '../common/transitions.ts';

export type FileStatus =
  | 'filed'
  | 'returned'
  | 'verified'
  | 'city_confirmed'
  | 'province_confirmed'
  | 'confirmed'
  | 'refused'
  | 'exited';

export const FILE_STATUS_LABELS: Record<FileStatus, string> = {
  filed: '已申报，待基层工会核实',
  returned: '已退回，待补充修改',
  verified: '基层已核实，待市总工会审核',
  city_confirmed: '市级已审核，待省总工会审核',
  province_confirmed: '省级已审核，待全国总工会认定',
  confirmed: '已认定入库',
  refused: '未予认定',
  exited: '已退出（解困脱困）',
};

/** A file in one of these states is closed; any other is the member's one open file (a unique partial index). */
export const CLOSED_FILE_STATES: readonly FileStatus[] = ['refused', 'exited'];

const UNDER_REVIEW = ['filed', 'verified', 'city_confirmed', 'province_confirmed'] as const;

/** The register: filed → verified (grassroots) → city → province → national (confirmed). */
export const fileLifecycle = transitionTable<FileStatus, FileAction>({
  what: '困难职工档案',
  labels: FILE_STATUS_LABELS,
  actions: {
    verify: { from: ['filed'], to: 'verified' },
    confirmCity: { from: ['verified'], to: 'city_confirmed' },
    confirmProvince: { from: ['city_confirmed'], to: 'province_confirmed' },
    confirmNational: { from: ['province_confirmed'], to: 'confirmed' },
    sendBack: { from: UNDER_REVIEW, to: 'returned' },
    refuse: { from: UNDER_REVIEW, to: 'refused' },
    resubmit: { from: ['returned'], to: 'filed' },
    recheck: { from: ['confirmed'], to: 'confirmed' },
    exit: { from: ['confirmed'], to: 'exited' },
    reenter: { from: ['exited'], to: 'filed' },
  },
});

export type FileAction =
  | 'verify'
  | 'confirmCity'
  | 'confirmProvince'
  | 'confirmNational'
  | 'sendBack'
  | 'refuse'
  | 'resubmit'
  | 'recheck'
  | 'exit'
  | 'reenter';

import type { UnionLevel } from '../accounts/staff-reach.ts';

export type { UnionLevel };

/** The grassroots union verifies and re-checks; a district union may act for the grassroots unions under it (001). */
export const GRASSROOTS_LEVELS: readonly UnionLevel[] = ['grassroots', 'district'];

/** Which level acts on a file in each state under review (and so may send it back or refuse it). */
export function actingLevels(status: FileStatus): readonly UnionLevel[] {
  switch (status) {
    case 'filed':
    case 'returned':
    case 'confirmed':
    case 'exited':
      return GRASSROOTS_LEVELS;
    case 'verified':
      return ['city'];
    case 'city_confirmed':
      return ['province'];
    case 'province_confirmed':
      return ['national'];
    default:
      return [];
  }
}

/** Which level takes an action: each confirmation its own; sending back or refusing, whoever's turn it is. */
export function levelsFor(action: FileAction, status: FileStatus): readonly UnionLevel[] {
  switch (action) {
    case 'confirmCity':
      return ['city'];
    case 'confirmProvince':
      return ['province'];
    case 'confirmNational':
      return ['national'];
    case 'sendBack':
    case 'refuse':
      return actingLevels(status);
    default:
      return GRASSROOTS_LEVELS;
  }
}

/** The confirmation step that follows a state (the city, province or national one). */
export function confirmActionFor(status: FileStatus): FileAction {
  if (status === 'city_confirmed') return 'confirmProvince';
  if (status === 'province_confirmed') return 'confirmNational';
  return 'confirmCity';
}

export type AidStatus = 'applied' | 'verified' | 'approved' | 'paid' | 'refused';
export type AidAction = 'verify' | 'approve' | 'pay' | 'refuse';

export const AID_STATUS_LABELS: Record<AidStatus, string> = {
  applied: '已申请，待基层工会核实',
  verified: '已核实，待市总工会审批',
  approved: '已审批，待发放',
  paid: '已发放',
  refused: '未予批准',
};

/** Aid: applied → verified (grassroots, prepares the payment) → approved (city) → paid; or refused. */
export const aidLifecycle = transitionTable<AidStatus, AidAction>({
  what: '帮扶申请',
  labels: AID_STATUS_LABELS,
  actions: {
    verify: { from: ['applied'], to: 'verified' },
    approve: { from: ['verified'], to: 'approved' },
    pay: { from: ['approved'], to: 'paid' },
    refuse: { from: ['applied', 'verified'], to: 'refused' },
  },
});

export type SchemeStatus = 'draft' | 'open' | 'closed';
export type SchemeAction = 'open' | 'close';

export const SCHEME_STATUS_LABELS: Record<SchemeStatus, string> = {
  draft: '草稿（未开放）',
  open: '受理中',
  closed: '已结束',
};

/** A scheme (a round of aid) is drafted, opened by the city union, and closed when the round ends. */
export const schemeLifecycle = transitionTable<SchemeStatus, SchemeAction>({
  what: '帮扶项目',
  labels: SCHEME_STATUS_LABELS,
  actions: {
    open: { from: ['draft'], to: 'open' },
    close: { from: ['open'], to: 'closed' },
  },
});

export type LoanStatus = 'applied' | 'approved' | 'disbursed' | 'in_arrears' | 'repaid' | 'written_off' | 'refused';
export type LoanAction = 'approve' | 'refuse' | 'disburse' | 'repay' | 'markArrears' | 'writeOff';

export const LOAN_STATUS_LABELS: Record<LoanStatus, string> = {
  applied: '已申请，待市总工会审批',
  approved: '已批准，待放款',
  disbursed: '还款中',
  in_arrears: '逾期未还',
  repaid: '已还清',
  written_off: '已核销',
  refused: '未予批准',
};

/** Start-up loans, as Fineract's loan states: pending approval → approved → active → in arrears → closed. */
export const loanLifecycle = transitionTable<LoanStatus, LoanAction>({
  what: '创业借款',
  labels: LOAN_STATUS_LABELS,
  actions: {
    approve: { from: ['applied'], to: 'approved' },
    refuse: { from: ['applied'], to: 'refused' },
    disburse: { from: ['approved'], to: 'disbursed' },
    // A repayment keeps the loan running (or brings it back from arrears); the last one closes it.
    repay: { from: ['disbursed', 'in_arrears'], to: 'disbursed' },
    markArrears: { from: ['disbursed'], to: 'in_arrears' },
    writeOff: { from: ['in_arrears'], to: 'written_off' },
  },
});
