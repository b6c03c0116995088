import { DomainError } from '../common/errors.ts';
import { fen, type Money } from '../common/money.ts';

/** Plain-language names of the application states, for messages and for the applicant's status line. */
export const APPLICATION_STATUS_LABELS: Record<string, string> = {
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

export const TRANCHE_STATUS_LABELS: Record<string, string> = {
  planned: '未申请',
  requested: '已申请',
  staff_approved: '工会已审批',
  finance_approved: '财务已复核',
  paid: '已拨付',
  failed: '拨付失败',
};

export const REPORT_STATUS_LABELS: Record<string, string> = {
  due: '待提交',
  submitted: '已提交',
  changes_requested: '需修改',
  accepted: '已验收',
};

export class InvalidGrantTransition extends DomainError {
  readonly code = 'INVALID_GRANT_TRANSITION';
  constructor(
    readonly currentStatus: string,
    readonly action: string,
    labels: Record<string, string> = APPLICATION_STATUS_LABELS,
  ) {
    super(`当前状态为“${labels[currentStatus] ?? currentStatus}”，不能${action}`);
  }
}

export class GrantCallNotOpen extends DomainError {
  readonly code = 'GRANT_CALL_NOT_OPEN';
  constructor() {
    super('该资助项目不在申报期内');
  }
}

export class AmountOutsideTier extends DomainError {
  readonly code = 'AMOUNT_OUTSIDE_TIER';
  readonly min: Money;
  readonly max: Money;
  constructor(min: number, max: number) {
    super(
      min === max
        ? `该档次的资助金额固定为 ${min / 100} 元`
        : `该档次的资助金额须在 ${min / 100} 元到 ${max / 100} 元之间`,
    );
    this.min = fen(min);
    this.max = fen(max);
  }
}

export class BudgetLinesMismatch extends DomainError {
  readonly code = 'BUDGET_LINES_MISMATCH';
  readonly linesTotal: Money;
  readonly requested: Money;
  constructor(linesTotal: number, requested: number) {
    super(`预算明细合计 ${linesTotal / 100} 元，与申请金额 ${requested / 100} 元不一致`);
    this.linesTotal = fen(linesTotal);
    this.requested = fen(requested);
  }
}

export class GrantNotEligible extends DomainError {
  readonly code = 'GRANT_NOT_ELIGIBLE';
}

export class GrantApplicationExists extends DomainError {
  readonly code = 'GRANT_APPLICATION_EXISTS';
  constructor() {
    super('你已在本项目中有一份申请');
  }
}

export class NotEnoughReviewers extends DomainError {
  readonly code = 'NOT_ENOUGH_REVIEWERS';
  constructor(
    readonly required: number,
    readonly assigned: number,
  ) {
    super(`需要 ${required} 位评审专家，目前已分配 ${assigned} 位`);
  }
}

export class ReviewerSeatsFull extends DomainError {
  readonly code = 'REVIEWER_SEATS_FULL';
  constructor(readonly required: number) {
    super(`每份申请需要 ${required} 位评审专家，已经分配满了`);
  }
}

export class NotAGrantReviewer extends DomainError {
  readonly code = 'NOT_A_GRANT_REVIEWER';
  constructor(message = '该用户不是评审专家') {
    super(message);
  }
}

export class ReviewerAlreadyAssigned extends DomainError {
  readonly code = 'REVIEWER_ALREADY_ASSIGNED';
  constructor() {
    super('该专家已分配过此申请（含已声明回避的情况）');
  }
}

export class CallBudgetExceeded extends DomainError {
  readonly code = 'CALL_BUDGET_EXCEEDED';
  readonly remaining: Money;
  constructor(remaining: number) {
    super(`项目剩余预算 ${remaining / 100} 元，不足以批准该金额`);
    this.remaining = fen(remaining);
  }
}

export class TrancheOutOfOrder extends DomainError {
  readonly code = 'TRANCHE_OUT_OF_ORDER';
  constructor() {
    super('上一笔拨款尚未拨付，不能申请这一笔');
  }
}

export class SameApproverForbidden extends DomainError {
  readonly code = 'SAME_APPROVER_FORBIDDEN';
  constructor() {
    super('财务复核须由另一人完成，不能与工会审批为同一人');
  }
}

export class ReportNotAccepted extends DomainError {
  readonly code = 'REPORT_NOT_ACCEPTED';
  constructor(title: string) {
    super(`须待“${title}”验收通过后才能申请这一笔拨款`);
  }
}

export class DocumentsMissing extends DomainError {
  readonly code = 'DOCUMENTS_MISSING';
  constructor(readonly missing: string[]) {
    super(`尚缺申报材料：${missing.join('、')}`);
  }
}
