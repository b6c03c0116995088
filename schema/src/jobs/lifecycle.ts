import type { employers, jobApplications, jobPostings } from '@huigong/db';
import { shanghaiToday } from '../common/dates.ts';
import { transitionTable } from '../common/transitions.ts';

export type EmployerStatus = (typeof employers.status.enumValues)[number];
export type PostingStatus = (typeof jobPostings.status.enumValues)[number];
export type ApplicationStatus = (typeof jobApplications.status.enumValues)[number];

export const EMPLOYER_STATUS_LABELS: Record<EmployerStatus, string> = {
  pending: '待审核',
  verified: '已审核',
  rejected: '未通过',
};

export const POSTING_STATUS_LABELS: Record<PostingStatus | 'edit', string> = {
  draft: '草稿',
  pending_review: '待审核',
  published: '招聘中',
  closed: '已停止招聘',
  filled: '已招满',
  edit: '修改',
};

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  submitted: '已投递',
  viewed: '已查看',
  interviewing: '面试中',
  offered: '已发录用意向',
  hired: '已录用',
  rejected: '未录用',
  withdrawn: '已撤回',
};

/**
 * An employer is verified by the union staff of its region (a rejected one may be verified later,
 * on appeal). Only a verified employer sends postings for review and takes part in job fairs:
 * those two rows keep the employer's state and are refused with EmployerNotVerified.
 */
export const employerLifecycle = transitionTable<EmployerStatus, 'verify' | 'reject' | 'submitPostings' | 'joinFair'>({
  what: '用人单位',
  labels: EMPLOYER_STATUS_LABELS,
  actions: {
    verify: { from: ['pending', 'rejected'], to: 'verified' },
    reject: { from: ['pending'], to: 'rejected' },
    submitPostings: { from: ['verified'], to: 'verified' },
    joinFair: { from: ['verified'], to: 'verified' },
  },
});

/**
 * A posting: draft → pending review → published (or back to draft with a note) → closed or filled.
 * An edit keeps the state (or sends a published posting back to review where the region asks for
 * it), so its refusal names the action, `edit`.
 */
export const postingLifecycle = transitionTable<PostingStatus, 'edit' | 'submit' | 'approve' | 'return' | 'close' | 'fill'>({
  what: '岗位',
  labels: POSTING_STATUS_LABELS,
  actions: {
    // No single state follows an edit: the refusal's toState is the action's name (not a status).
    edit: { from: ['draft', 'pending_review', 'published'], to: 'edit' as PostingStatus },
    submit: { from: ['draft'], to: 'pending_review' },
    approve: { from: ['pending_review'], to: 'published' },
    return: { from: ['pending_review'], to: 'draft' },
    close: { from: ['draft', 'pending_review', 'published'], to: 'closed' },
    fill: { from: ['draft', 'pending_review', 'published'], to: 'filled' },
  },
});

/** An application: the employer moves it along submitted → viewed → interviewing → offered → hired | rejected; the applicant may withdraw it until it is decided. */
export const applicationLifecycle = transitionTable<
  ApplicationStatus,
  'view' | 'interview' | 'offer' | 'hire' | 'reject' | 'withdraw'
>({
  what: '求职申请',
  labels: APPLICATION_STATUS_LABELS,
  actions: {
    view: { from: ['submitted'], to: 'viewed' },
    interview: { from: ['submitted', 'viewed'], to: 'interviewing' },
    offer: { from: ['viewed', 'interviewing'], to: 'offered' },
    hire: { from: ['offered'], to: 'hired' },
    reject: { from: ['submitted', 'viewed', 'interviewing', 'offered'], to: 'rejected' },
    withdraw: { from: ['submitted', 'viewed', 'interviewing', 'offered'], to: 'withdrawn' },
  },
});

export type ApplicationAction = keyof typeof applicationLifecycle.actions;
export type EmployerApplicationAction = Exclude<ApplicationAction, 'withdraw'>;

/** The action an employer takes to move an application to `status` (the API's EmployerSetsApplicationStatus). */
export const EMPLOYER_ACTION_FOR: Record<'viewed' | 'interviewing' | 'offered' | 'hired' | 'rejected', EmployerApplicationAction> = {
  viewed: 'view',
  interviewing: 'interview',
  offered: 'offer',
  hired: 'hire',
  rejected: 'reject',
};

/**
 * A fair has no status column: it is upcoming until its day has passed in Shanghai, then over.
 * Employers join and members register while it is upcoming (a refusal is FairClosed); a member may
 * give a registration back at any time.
 */
export type FairState = 'upcoming' | 'over';

export const fairState = (fairDate: string): FairState => (fairDate < shanghaiToday() ? 'over' : 'upcoming');

export const fairLifecycle = transitionTable<FairState, 'join' | 'register' | 'cancelRegistration'>({
  what: '招聘会',
  labels: { upcoming: '即将举办', over: '已结束' },
  actions: {
    join: { from: ['upcoming'], to: 'upcoming' },
    register: { from: ['upcoming'], to: 'upcoming' },
    cancelRegistration: { from: ['upcoming', 'over'], to: 'upcoming' },
  },
});
