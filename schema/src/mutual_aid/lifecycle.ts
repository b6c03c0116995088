import { transitionTable } from '../common/transitions.ts';

export type ClaimStatus = 'entered' | 'returned' | 'checked' | 'valuated' | 'approved' | 'paid' | 'rejected';
export type ClaimAction = 'check' | 'sendBack' | 'resubmit' | 'valuate' | 'approve' | 'pay' | 'reject';

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  entered: '已提交，待审核材料',
  returned: '已退回，待补充材料',
  checked: '材料已审核，待核算',
  valuated: '已核算，待审批',
  approved: '已批准，待支付',
  paid: '已支付',
  rejected: '不予赔付',
};

/** openIMIS' claim path: entered → checked → valuated → approved → paid, or rejected with a numbered reason. */
export const claimLifecycle = transitionTable<ClaimStatus, ClaimAction>({
  what: '互助理赔申请',
  labels: CLAIM_STATUS_LABELS,
  actions: {
    check: { from: ['entered'], to: 'checked' },
    sendBack: { from: ['entered', 'checked'], to: 'returned' },
    resubmit: { from: ['returned'], to: 'entered' },
    // A valuation is redone when the ledger moved under it (another claim of the year was approved first).
    valuate: { from: ['checked', 'valuated'], to: 'valuated' },
    approve: { from: ['valuated'], to: 'approved' },
    pay: { from: ['approved'], to: 'paid' },
    reject: { from: ['entered', 'returned', 'checked', 'valuated'], to: 'rejected' },
  },
});

export type EnrolmentStatus = 'draft' | 'submitted' | 'paid';
export type EnrolmentAction = 'addRows' | 'submit' | 'recordPremium';

export const ENROLMENT_STATUS_LABELS: Record<EnrolmentStatus, string> = {
  draft: '名单上传中',
  submitted: '已参保，待缴互助金',
  paid: '互助金已缴，保障生效',
};

export const enrolmentLifecycle = transitionTable<EnrolmentStatus, EnrolmentAction>({
  what: '集体参保',
  labels: ENROLMENT_STATUS_LABELS,
  actions: {
    addRows: { from: ['draft'], to: 'draft' },
    submit: { from: ['draft'], to: 'submitted' },
    recordPremium: { from: ['submitted'], to: 'paid' },
  },
});

export type RejectionReason = 'not_covered' | 'waiting_period' | 'below_deductible' | 'ceiling_reached' | 'duplicate' | 'documents_missing';

/** The numbered reasons (openIMIS keeps numbers so that letters and reports can cite them). */
export const REJECTION_REASONS: Record<RejectionReason, { number: number; message: string }> = {
  not_covered: { number: 1, message: '入院日期不在互助保障期内（未参保、互助金未缴或保障已到期）' },
  waiting_period: { number: 2, message: '入院日期在等待期内，等待期内发生的住院不予赔付' },
  below_deductible: { number: 3, message: '个人负担部分未超过起付标准' },
  ceiling_reached: { number: 4, message: '本年度互助金赔付已达每人最高限额' },
  duplicate: { number: 5, message: '同一次住院已申请过互助金（重复申请）' },
  documents_missing: { number: 6, message: '材料不全（缺少社保结算单、出院小结或发票）' },
};
