import { DomainError, errorType } from '../common/errors.ts';
import { fen, MoneyRef, type Money } from '../common/money.ts';
import { InvalidTransition } from '../common/transitions.ts';
import { APPLICATION_STATUS_LABELS } from './lifecycle.ts';

/** Every wrong-state refusal of the grants domain: the API-wide InvalidTransition (common/transitions.ts). */
export { InvalidTransition };

/**
 * @deprecated no longer thrown: services refuse a wrong-state step with InvalidTransition. The
 * GraphQL type stays in the mutations' result unions so clients' `... on InvalidGrantTransition`
 * fragments still validate.
 */
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

export class StripeNotConfigured extends DomainError {
  readonly code = 'STRIPE_NOT_CONFIGURED';
  constructor() {
    super('未配置 Stripe，无法通过 Stripe 拨付；请以银行转账拨付并登记流水号');
  }
}

export class PayoutAccountMissing extends DomainError {
  readonly code = 'PAYOUT_ACCOUNT_MISSING';
  constructor() {
    super('受资助工作室尚未登记 Stripe 收款账户');
  }
}

errorType(InvalidGrantTransition, 'InvalidGrantTransition', {
  description:
    'Deprecated: no longer returned; every wrong-state refusal is now InvalidTransition (code INVALID_TRANSITION). 对象当前所处的状态不允许此操作。',
  fields: (t) => ({ currentStatus: t.exposeString('currentStatus') }),
});
errorType(GrantCallNotOpen, 'GrantCallNotOpen', { description: '资助项目不在申报期内。' });
errorType(AmountOutsideTier, 'AmountOutsideTier', {
  description: '金额不在所选档次的范围内。',
  fields: (t) => ({ min: t.field({ type: MoneyRef, resolve: (e: AmountOutsideTier) => e.min }), max: t.field({ type: MoneyRef, resolve: (e: AmountOutsideTier) => e.max }) }),
});
errorType(BudgetLinesMismatch, 'BudgetLinesMismatch', {
  description: '预算明细合计与申请金额不一致。',
  fields: (t) => ({
    linesTotal: t.field({ type: MoneyRef, resolve: (e: BudgetLinesMismatch) => e.linesTotal }),
    requested: t.field({ type: MoneyRef, resolve: (e: BudgetLinesMismatch) => e.requested }),
  }),
});
errorType(GrantNotEligible, 'GrantNotEligible', { description: '申请人不符合该档次的申报条件；message 说明原因。' });
errorType(GrantApplicationExists, 'GrantApplicationExists', { description: '同一会员在同一项目中只能有一份有效申请。' });
errorType(NotEnoughReviewers, 'NotEnoughReviewers', {
  description: '评审专家人数不足。',
  fields: (t) => ({ required: t.exposeInt('required'), assigned: t.exposeInt('assigned') }),
});
errorType(ReviewerSeatsFull, 'ReviewerSeatsFull', { description: '评审专家名额已满。' });
errorType(NotAGrantReviewer, 'NotAGrantReviewer', { description: '该用户不能担任此申请的评审专家。' });
errorType(ReviewerAlreadyAssigned, 'ReviewerAlreadyAssigned', { description: '该专家已分配过此申请。' });
errorType(CallBudgetExceeded, 'CallBudgetExceeded', {
  description: '资助项目剩余预算不足。',
  fields: (t) => ({ remaining: t.field({ type: MoneyRef, resolve: (e: CallBudgetExceeded) => e.remaining }) }),
});
errorType(TrancheOutOfOrder, 'TrancheOutOfOrder', { description: '须按顺序拨款：上一笔尚未拨付。' });
errorType(DocumentsMissing, 'DocumentsMissing', {
  description: '尚未上传全部申报材料。',
  fields: (t) => ({ missing: t.stringList({ resolve: (e: DocumentsMissing) => e.missing }) }),
});
errorType(StripeNotConfigured, 'StripeNotConfigured', { description: '服务器未配置 Stripe 密钥。' });
errorType(PayoutAccountMissing, 'PayoutAccountMissing', { description: '工作室尚未登记 Stripe 收款账户。' });
errorType(ReportNotAccepted, 'ReportNotAccepted', { description: '这一笔拨款须待相关报告验收通过。' });
errorType(SameApproverForbidden, 'SameApproverForbidden', { description: '工会审批与财务复核须由不同的人完成。' });
