import { grantApplicationStatus, type grantApplications, type grantReports, type grantReviews, type grantTranches } from '@huigong/db';
import { transitionTable, type TransitionTable } from '../common/transitions.ts';

// The lifecycles of the grant rows, as data. The services enforce them (`assert`, and `from` in
// the conditional UPDATE's `where status in (…)`); the GraphQL types show them (`viewerCan`).

export type ApplicationStatus = (typeof grantApplications.$inferSelect)['status'];
export type TrancheStatus = (typeof grantTranches.$inferSelect)['status'];
export type ReportStatus = (typeof grantReports.$inferSelect)['status'];
export type ReviewStatus = (typeof grantReviews.$inferSelect)['status'];

/** Plain-language names of the application states, for messages and for the applicant's status line. */
export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  draft: '草稿',
  submitted: '已提交',
  screening: '形式审查中',
  info_requested: '需补充材料',
  resubmitted: '已补充材料',
  under_review: '专家评审中',
  decision_pending: '待决定',
  approved: '已批准',
  rejected: '未获批准',
  withdrawn: '已撤回',
};

export const TRANCHE_STATUS_LABELS: Record<TrancheStatus, string> = {
  planned: '未申请',
  requested: '已申请',
  staff_approved: '工会已审批',
  finance_approved: '财务已复核',
  paid: '已拨付',
  failed: '拨付失败',
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  due: '待提交',
  submitted: '已提交',
  changes_requested: '需修改',
  accepted: '已验收',
};

export const REVIEW_STATUS_LABELS: Record<ReviewStatus, string> = {
  assigned: '待评审',
  conflict_declared: '已声明回避',
  submitted: '已提交评审',
};

/**
 * Steps on an application that keep it in its state (editing, attaching, assigning): no single
 * state follows, so the step's name stands for the state it would reach (InvalidTransition's toState).
 */
const APPLICATION_STEPS = {
  update: '修改申请',
  attachDocument: '上传材料',
  assignReviewer: '分配评审专家',
  scoreReview: '提交评审',
  setPayoutAccount: '登记收款账户',
} as const;
type ApplicationStep = keyof typeof APPLICATION_STEPS;

/** The states an application ends in; before them the applicant may still withdraw. */
const ENDED: readonly ApplicationStatus[] = ['approved', 'rejected', 'withdrawn'];
const LIVE: readonly ApplicationStatus[] = grantApplicationStatus.enumValues.filter((status) => !ENDED.includes(status));

type ApplicationAction =
  | ApplicationStep
  | 'submit'
  | 'startScreening'
  | 'requestInfo'
  | 'resubmit'
  | 'startReview'
  | 'completeReview'
  | 'approve'
  | 'reject'
  | 'withdraw';

export const applicationLifecycle: TransitionTable<ApplicationStatus | ApplicationStep, ApplicationAction> = transitionTable<
  ApplicationStatus | ApplicationStep,
  ApplicationAction
>({
  what: '资助申请',
  labels: { ...APPLICATION_STATUS_LABELS, ...APPLICATION_STEPS },
  actions: {
    update: { from: ['draft', 'info_requested'], to: 'update' },
    attachDocument: { from: ['draft', 'info_requested'], to: 'attachDocument' },
    submit: { from: ['draft'], to: 'submitted' },
    startScreening: { from: ['submitted'], to: 'screening' },
    requestInfo: { from: ['screening', 'resubmitted'], to: 'info_requested' },
    resubmit: { from: ['info_requested'], to: 'resubmitted' },
    assignReviewer: { from: ['screening', 'resubmitted', 'under_review'], to: 'assignReviewer' },
    startReview: { from: ['screening', 'resubmitted'], to: 'under_review' },
    /** A reviewer's scores are taken only while the application is under review. */
    scoreReview: { from: ['under_review'], to: 'scoreReview' },
    /** Made by the service when the last required review is in. */
    completeReview: { from: ['under_review'], to: 'decision_pending' },
    approve: { from: ['decision_pending'], to: 'approved' },
    reject: { from: ['screening', 'resubmitted', 'decision_pending'], to: 'rejected' },
    withdraw: { from: LIVE, to: 'withdrawn' },
    setPayoutAccount: { from: [...LIVE, 'approved'], to: 'setPayoutAccount' },
  },
});

/** The application states `action` starts from, for a conditional UPDATE of the status column. */
export const applicationStatusesFor = (action: ApplicationAction) =>
  applicationLifecycle.from(action) as readonly ApplicationStatus[];

export const trancheLifecycle = transitionTable<
  TrancheStatus,
  'request' | 'approve' | 'financeApprove' | 'recordPayment' | 'payWithStripe' | 'recordFailure' | 'reverse'
>({
  what: '拨款',
  labels: TRANCHE_STATUS_LABELS,
  actions: {
    request: { from: ['planned'], to: 'requested' },
    approve: { from: ['requested'], to: 'staff_approved' },
    financeApprove: { from: ['staff_approved'], to: 'finance_approved' },
    recordPayment: { from: ['finance_approved', 'failed'], to: 'paid' },
    payWithStripe: { from: ['finance_approved', 'failed'], to: 'paid' },
    recordFailure: { from: ['finance_approved'], to: 'failed' },
    /** Stripe reversed a transfer we made (webhook). */
    reverse: { from: ['paid'], to: 'failed' },
  },
});

export const reportLifecycle = transitionTable<ReportStatus, 'submit' | 'accept' | 'requestChanges'>({
  what: '报告',
  labels: REPORT_STATUS_LABELS,
  actions: {
    submit: { from: ['due', 'changes_requested'], to: 'submitted' },
    accept: { from: ['submitted'], to: 'accepted' },
    requestChanges: { from: ['submitted'], to: 'changes_requested' },
  },
});

export const reviewLifecycle = transitionTable<ReviewStatus, 'submit' | 'declareConflict'>({
  what: '评审任务',
  labels: REVIEW_STATUS_LABELS,
  actions: {
    submit: { from: ['assigned'], to: 'submitted' },
    declareConflict: { from: ['assigned'], to: 'conflict_declared' },
  },
});

/** A call has no status column: its phase follows from its window. */
export type CallPhase = 'upcoming' | 'open' | 'closed';

export function callPhase(call: { opensAt: Date; closesAt: Date }, now = new Date()): CallPhase {
  if (now < call.opensAt) return 'upcoming';
  return now < call.closesAt ? 'open' : 'closed';
}

export const callLifecycle = transitionTable<CallPhase | 'draftApplication', 'draftApplication' | 'apply'>({
  what: '资助项目',
  labels: { upcoming: '未开始', open: '申报中', closed: '已截止', draftApplication: '起草申请' },
  actions: {
    /** A draft may be started before the window opens, never after it closes. */
    draftApplication: { from: ['upcoming', 'open'], to: 'draftApplication' },
    /** An application is submitted inside the window. */
    apply: { from: ['open'], to: 'open' },
  },
});

/**
 * viewerCan of a row: each action is allowed when the state allows it and the viewer holds the
 * role that takes it (`actors`); a role the viewer lacks (or an anonymous viewer) gives false.
 */
export function viewerCanBy<S extends string, A extends string, R extends string>(
  table: TransitionTable<S, A>,
  state: S,
  actors: Readonly<Record<A, R | null>>,
  roles: Readonly<Partial<Record<R, boolean>>>,
): Record<A, boolean> {
  const allowed = Object.fromEntries(
    (Object.keys(actors) as A[]).map((action) => {
      const role = actors[action];
      return [action, role !== null && roles[role] === true];
    }),
  ) as Record<A, boolean>;
  return table.viewerCan(state, allowed);
}

/** Tranches are paid in order: one may be asked for once the one before it is paid. */
export const trancheInOrder = (position: number, previousStatus: TrancheStatus | undefined) =>
  position === 0 || previousStatus === 'paid';

/** Who takes each step of an application (null: the service itself, never a viewer). */
export const APPLICATION_ACTORS = {
  update: 'applicant',
  attachDocument: 'applicant',
  submit: 'applicant',
  resubmit: 'applicant',
  withdraw: 'applicant',
  setPayoutAccount: 'applicant',
  startScreening: 'staff',
  requestInfo: 'staff',
  assignReviewer: 'staff',
  startReview: 'staff',
  approve: 'staff',
  reject: 'staff',
  scoreReview: null,
  completeReview: null,
} as const satisfies Record<keyof typeof applicationLifecycle.actions, 'applicant' | 'staff' | null>;

export const TRANCHE_ACTORS = {
  request: 'applicant',
  approve: 'staff',
  financeApprove: 'secondApprover',
  recordPayment: 'finance',
  payWithStripe: 'finance',
  recordFailure: 'finance',
  reverse: null,
} as const satisfies Record<keyof typeof trancheLifecycle.actions, string | null>;

export const REPORT_ACTORS = {
  submit: 'applicant',
  accept: 'staff',
  requestChanges: 'staff',
} as const satisfies Record<keyof typeof reportLifecycle.actions, string | null>;

export const REVIEW_ACTORS = {
  submit: 'scoringReviewer',
  declareConflict: 'reviewer',
} as const satisfies Record<keyof typeof reviewLifecycle.actions, string | null>;
