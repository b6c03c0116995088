import { builder } from '../../builder.ts';

// The enums of the offers domain (their values are the database's).

export const BenefitCategory = builder.enumType('BenefitCategory', {
  description: '普惠服务类别（商家与优惠共用）。',
  values: {
    DAILY_LIFE: { value: 'daily_life', description: '生活服务' },
    DINING: { value: 'dining', description: '餐饮美食' },
    LEISURE: { value: 'leisure', description: '休闲娱乐' },
    TOURISM: { value: 'tourism', description: '旅游观光' },
    CULTURE_SPORTS: { value: 'culture_sports', description: '文化体育' },
    MEDICAL_CHECKUP: { value: 'medical_checkup', description: '健康体检' },
    EDUCATION_TRAINING: { value: 'education_training', description: '教育培训' },
  } as const,
});

export const MerchantStatus = builder.enumType('MerchantStatus', {
  description: '商家入驻申请的审核状态（merchant status）；只有 APPROVED 的商家可以发布优惠。',
  values: {
    PENDING: { value: 'pending', description: '待审核' },
    APPROVED: { value: 'approved', description: '已通过（签约普惠商家）' },
    REJECTED: { value: 'rejected', description: '未通过' },
  } as const,
});

export const OfferKind = builder.enumType('OfferKind', {
  description: '优惠方式（offer kind），决定 Offer 上哪些金额字段有值。',
  values: {
    PERCENTAGE_OFF: { value: 'percentage_off', description: '折扣，如 8.5 折' },
    AMOUNT_OFF: { value: 'amount_off', description: '满减，如满 100 减 20' },
    MEMBER_PRICE: { value: 'member_price', description: '会员价' },
    PREPAID_VOUCHER: { value: 'prepaid_voucher', description: '预付券，如 80 元购 100 元券' },
  } as const,
});

export const OfferStatus = builder.enumType('OfferStatus', {
  description: '优惠的生命周期状态：草稿 → 待审核 → 已发布 ⇄ 已暂停 → 已结束。会员只看得到已发布的。',
  values: {
    DRAFT: { value: 'draft', description: '草稿' },
    PENDING_REVIEW: { value: 'pending_review', description: '待工会审核' },
    PUBLISHED: { value: 'published', description: '已发布' },
    PAUSED: { value: 'paused', description: '已暂停' },
    ENDED: { value: 'ended', description: '已结束（含过了有效期）' },
  } as const,
});

export const OfferAudience = builder.enumType('OfferAudience', {
  description: '优惠面向的会员（audience）；不符合的会员领取时返回 OfferNotEligible。',
  values: {
    ALL_MEMBERS: { value: 'all_members', description: '全体会员' },
    HARDSHIP: { value: 'hardship', description: '困难职工' },
    MODEL_WORKERS: { value: 'model_workers', description: '劳动模范' },
    REGION: { value: 'region', description: '指定地区（工会及其下级）的会员' },
  } as const,
});

export const ClaimStatus = builder.enumType('ClaimStatus', {
  description: '领取记录（claim）的状态：待使用的核销码在门店核销后为已核销，过了 expiresAt 为已过期。',
  values: {
    ACTIVE: { value: 'active', description: '待使用' },
    REDEEMED: { value: 'redeemed', description: '已核销' },
    CANCELLED: { value: 'cancelled', description: '已取消' },
    EXPIRED: { value: 'expired', description: '已过期' },
  } as const,
});

export const VoucherPurchaseStatus = builder.enumType('VoucherPurchaseStatus', {
  description: '预付券购买（voucher purchase）的支付状态，随 Stripe 支付结果变化。',
  values: {
    PENDING_PAYMENT: { value: 'pending_payment', description: '待支付（库存已预留）' },
    PAID: { value: 'paid', description: '已支付，券已发放' },
    FAILED: { value: 'failed', description: '支付失败' },
    CANCELLED: { value: 'cancelled', description: '支付已取消' },
    EXPIRED: { value: 'expired', description: '超时未支付，预留已释放' },
    REFUNDING: { value: 'refunding', description: '退款处理中' },
    REFUNDED: { value: 'refunded', description: '已退款' },
  } as const,
});
