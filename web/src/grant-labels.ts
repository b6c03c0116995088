import type {
  GrantApplicationStatus,
  GrantDistinction,
  GrantPaymentMethod,
  GrantReportStatus,
  GrantReviewStatus,
  GrantTrancheStatus,
} from './gql/graphql';

/**
 * zh-CN words for every grant enum the storefront shows, one map per enum. Each is typed against
 * the enum generated from the committed schema, so a value added to the API fails `typecheck`
 * until it has its label here.
 */
export const GRANT_LABELS = {
  applicationStatus: {
    DRAFT: '草稿',
    SUBMITTED: '已提交',
    SCREENING: '形式审查中',
    INFO_REQUESTED: '需补充材料',
    RESUBMITTED: '已补充材料',
    UNDER_REVIEW: '专家评审中',
    DECISION_PENDING: '待决定',
    APPROVED: '已批准',
    REJECTED: '未获批准',
    WITHDRAWN: '已撤回',
  } satisfies Record<GrantApplicationStatus, string>,
  reviewStatus: {
    ASSIGNED: '待评审',
    CONFLICT_DECLARED: '已回避',
    SUBMITTED: '已提交评审',
  } satisfies Record<GrantReviewStatus, string>,
  trancheStatus: {
    PLANNED: '未申请',
    REQUESTED: '已申请，待工会审批',
    STAFF_APPROVED: '工会已审批，待财务复核',
    FINANCE_APPROVED: '财务已复核，待拨付',
    PAID: '已拨付',
    FAILED: '拨付失败',
  } satisfies Record<GrantTrancheStatus, string>,
  reportStatus: {
    DUE: '待提交',
    SUBMITTED: '已提交，待验收',
    CHANGES_REQUESTED: '需修改',
    ACCEPTED: '已验收',
  } satisfies Record<GrantReportStatus, string>,
  paymentMethod: {
    BANK_TRANSFER: '银行转账',
    STRIPE_TRANSFER: 'Stripe 转账',
  } satisfies Record<GrantPaymentMethod, string>,
  distinction: {
    MAJOR_BREAKTHROUGH: '取得重大技术突破',
    KEY_PROVINCIAL_PROJECT: '承担省级重点工程项目',
    NATIONAL_MODEL_WORKER: '全国劳动模范',
    NATIONAL_SKILL_AWARD: '获国家级技能奖项',
  } satisfies Record<GrantDistinction, string>,
} as const;

type GrantLabels = typeof GRANT_LABELS;

/** The label of an enum value; the value's type is checked against the map's enum. */
export function grantLabel<K extends keyof GrantLabels>(kind: K, value: keyof GrantLabels[K]): string {
  return GRANT_LABELS[kind][value] as string;
}

/** The enum each audit subject's states belong to (audit records store the database's lowercase values). */
const AUDIT_SUBJECTS: Record<string, { noun: string; states: Record<string, string> }> = {
  grant_application: { noun: '申请', states: GRANT_LABELS.applicationStatus },
  grant_tranche: { noun: '拨款', states: GRANT_LABELS.trancheStatus },
  grant_report: { noun: '报告', states: GRANT_LABELS.reportStatus },
  grant_review: { noun: '评审', states: GRANT_LABELS.reviewStatus },
  grant_document: { noun: '材料', states: {} },
};

/** A state stored in an audit record ("under_review") in words ("专家评审中"); unknown values are shown as stored. */
export function auditState(action: string, state: string | null | undefined): string {
  if (!state) return '—';
  const subject = AUDIT_SUBJECTS[action.split('.')[0] ?? ''];
  return subject?.states[state.toUpperCase()] ?? state;
}

/** An audit action ("grant_tranche.paid") in words ("拨款：已拨付"). */
export function auditAction(action: string, toState: string | null | undefined): string {
  const [prefix = '', verb = ''] = action.split('.');
  const subject = AUDIT_SUBJECTS[prefix];
  if (!subject) return action;
  const special: Record<string, string> = {
    created: '创建',
    updated: '修改',
    attached: '上传',
    payout_account_set: '登记收款账户',
    payout_confirmed: 'Stripe 确认转账',
    assigned: '分配评审专家',
  };
  return `${subject.noun}：${special[verb] ?? auditState(action, toState ?? verb)}`;
}
