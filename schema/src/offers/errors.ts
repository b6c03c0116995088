import { builder } from '../builder.ts';
import { DomainError, errorType } from '../common/errors.ts';

// Every expected failure of the offers domain, with its GraphQL type. A step the current state
// does not allow is common/transitions.ts InvalidTransition (see lifecycle.ts), never an error here.

export class CreditCodeTaken extends DomainError {
  readonly code = 'CREDIT_CODE_TAKEN';
  constructor() {
    super('该统一社会信用代码已提交过商家申请');
  }
}

/**
 * @deprecated No longer thrown: every wrong-state refusal is InvalidTransition (lifecycle.ts). The
 * GraphQL type stays in the mutation unions so that clients' `... on InvalidState` still validates.
 */
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

errorType(CreditCodeTaken, 'MerchantCreditCodeTaken', { description: '该统一社会信用代码已有商家申请。' });
errorType(InvalidState, 'InvalidState', {
  description:
    'Deprecated: no longer returned; every wrong-state refusal is now InvalidTransition (code INVALID_TRANSITION). 当前状态不允许此操作。',
  fields: (t) => ({ currentState: t.exposeString('currentState', { description: '对象当时的状态；改读 InvalidTransition.fromState。' }) }),
});
errorType(OfferNotActive, 'OfferNotActive', { description: '优惠未发布、已暂停、已结束或不在有效期内。' });
errorType(OfferSoldOut, 'OfferSoldOut', { description: '库存已领完。' });
const LimitScopeEnum = builder.enumType('LimitScope', {
  description: '达到的是哪一种每人限领数。',
  values: { TOTAL: { value: 'total', description: '每人总数' }, DAILY: { value: 'daily', description: '每人每日' } } as const,
});
errorType(LimitReached, 'LimitReached', {
  description: '达到每人限领数。',
  fields: (t) => ({ scope: t.field({ type: LimitScopeEnum, description: '达到的是每人总数还是每人每日限领数。', resolve: (e: LimitReached) => e.scope }) }),
});
const IneligibleReasonEnum = builder.enumType('OfferIneligibleReason', {
  description: '会员不在优惠适用人群内的原因。',
  values: {
    NOT_A_MEMBER: { value: 'not_a_member', description: '账号未绑定工会会员卡' },
    HARDSHIP_ONLY: { value: 'hardship_only', description: '仅限困难职工（以建档立卡档案为准）' },
    MODEL_WORKERS_ONLY: { value: 'model_workers_only', description: '仅限劳动模范' },
    REGION_ONLY: { value: 'region_only', description: '仅限指定地区工会及其下级的会员' },
  } as const,
});
errorType(NotEligible, 'OfferNotEligible', {
  description: '不在优惠的适用人群内。',
  fields: (t) => ({ reason: t.field({ type: IneligibleReasonEnum, description: '不符合的是哪一条。', resolve: (e: NotEligible) => e.reason }) }),
});
errorType(PaymentRequired, 'PaymentRequired', { description: '预付券须购买。' });
errorType(CodeUnknown, 'CodeUnknown', { description: '核销码不存在、签名无效或已取消。' });
errorType(CodeAlreadyRedeemed, 'CodeAlreadyRedeemed', {
  description: '核销码已使用。',
  fields: (t) => ({ redeemedAt: t.field({ type: 'DateTime', description: '此码被核销的时间。', resolve: (e: CodeAlreadyRedeemed) => e.redeemedAt }) }),
});
errorType(CodeExpired, 'CodeExpired', { description: '核销码已过期。' });
errorType(WrongMerchant, 'WrongMerchant', { description: '核销码属于其他商家。' });
errorType(WrongStore, 'WrongStore', { description: '该优惠不适用于此门店。' });
errorType(ClaimNotCancellable, 'ClaimNotCancellable', { description: '领取已使用、已取消或已过期。' });
errorType(PaymentsNotConfigured, 'PaymentsNotConfigured', { description: '未配置在线支付（缺少 Stripe 密钥）。' });
errorType(PaymentProviderError, 'PaymentProviderError', { description: '支付服务调用失败。' });
errorType(VoucherNotRefundable, 'VoucherNotRefundable', { description: '券不可退款。' });
