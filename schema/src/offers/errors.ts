import { DomainError } from '../common/errors.ts';

export class CreditCodeTaken extends DomainError {
  readonly code = 'CREDIT_CODE_TAKEN';
  constructor() {
    super('该统一社会信用代码已提交过商家申请');
  }
}

/** A lifecycle step that the current state does not allow (e.g. approving an approved merchant). */
export class InvalidState extends DomainError {
  readonly code = 'INVALID_STATE';
  constructor(
    readonly currentState: string,
    message = '当前状态不允许此操作',
  ) {
    super(message);
  }
}

export class OfferNotActive extends DomainError {
  readonly code = 'OFFER_NOT_ACTIVE';
  constructor() {
    super('该优惠当前不可领取（未发布、已暂停、已结束或不在有效期内）');
  }
}

export class OfferSoldOut extends DomainError {
  readonly code = 'OFFER_SOLD_OUT';
  constructor() {
    super('该优惠已被领完');
  }
}

export type LimitScope = 'total' | 'daily';

export class LimitReached extends DomainError {
  readonly code = 'LIMIT_REACHED';
  constructor(readonly scope: LimitScope) {
    super(scope === 'daily' ? '今日领取次数已达上限' : '您领取该优惠的次数已达上限');
  }
}

export type IneligibleReason = 'not_a_member' | 'hardship_only' | 'model_workers_only' | 'region_only';

const ineligibleMessages: Record<IneligibleReason, string> = {
  not_a_member: '仅限绑定工会会员卡的会员领取',
  hardship_only: '该优惠仅限困难职工领取',
  model_workers_only: '该优惠仅限劳动模范领取',
  region_only: '该优惠仅限指定地区的工会会员领取',
};

export class NotEligible extends DomainError {
  readonly code = 'NOT_ELIGIBLE';
  constructor(readonly reason: IneligibleReason) {
    super(ineligibleMessages[reason]);
  }
}

export class PaymentRequired extends DomainError {
  readonly code = 'PAYMENT_REQUIRED';
  constructor() {
    super('预付券须购买后使用，不能直接领取');
  }
}

export class CodeUnknown extends DomainError {
  readonly code = 'CODE_UNKNOWN';
  constructor() {
    super('核销码无效');
  }
}

export class CodeAlreadyRedeemed extends DomainError {
  readonly code = 'CODE_ALREADY_REDEEMED';
  constructor(readonly redeemedAt: Date) {
    super('该核销码已使用');
  }
}

export class CodeExpired extends DomainError {
  readonly code = 'CODE_EXPIRED';
  constructor() {
    super('该核销码已过期');
  }
}

export class WrongMerchant extends DomainError {
  readonly code = 'WRONG_MERCHANT';
  constructor() {
    super('该核销码不属于本商家');
  }
}

export class WrongStore extends DomainError {
  readonly code = 'WRONG_STORE';
  constructor() {
    super('该优惠不能在此门店核销');
  }
}

export class ClaimNotCancellable extends DomainError {
  readonly code = 'CLAIM_NOT_CANCELLABLE';
  constructor() {
    super('只能取消未使用且未过期的领取');
  }
}

export class PaymentsNotConfigured extends DomainError {
  readonly code = 'PAYMENTS_NOT_CONFIGURED';
  constructor() {
    super('在线支付尚未开通，暂不能购买预付券');
  }
}

export class PaymentProviderError extends DomainError {
  readonly code = 'PAYMENT_PROVIDER_ERROR';
  constructor() {
    super('支付服务暂时不可用，请稍后重试');
  }
}

export class VoucherNotRefundable extends DomainError {
  readonly code = 'VOUCHER_NOT_REFUNDABLE';
  constructor() {
    super('只有已付款且未使用的预付券可以退款');
  }
}
