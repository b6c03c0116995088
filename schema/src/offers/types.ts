import type { merchantStores, offers } from '@huigong/db';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { GeoPointInput } from '../common/geo.ts';
import { fen, MoneyRef } from '../common/money.ts';
import { qrPayload } from './codes.ts';
import DataLoader from 'dataloader';
import type { Context } from '../context.ts';
import {
  claimEligibility,
  memberUsageByOffer,
  type ClaimEligibility,
  type RedemptionFigure,
  type Usage,
} from './claims.service.ts';
import { effectiveStatus } from './offers.service.ts';
import { distanceMeters, type GeoPoint } from './search.service.ts';

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
  values: {
    PENDING: { value: 'pending', description: '待审核' },
    APPROVED: { value: 'approved', description: '已通过（签约普惠商家）' },
    REJECTED: { value: 'rejected', description: '未通过' },
  } as const,
});

export const OfferKind = builder.enumType('OfferKind', {
  values: {
    PERCENTAGE_OFF: { value: 'percentage_off', description: '折扣，如 8.5 折' },
    AMOUNT_OFF: { value: 'amount_off', description: '满减，如满 100 减 20' },
    MEMBER_PRICE: { value: 'member_price', description: '会员价' },
    PREPAID_VOUCHER: { value: 'prepaid_voucher', description: '预付券，如 80 元购 100 元券' },
  } as const,
});

export const OfferStatus = builder.enumType('OfferStatus', {
  values: {
    DRAFT: { value: 'draft', description: '草稿' },
    PENDING_REVIEW: { value: 'pending_review', description: '待工会审核' },
    PUBLISHED: { value: 'published', description: '已发布' },
    PAUSED: { value: 'paused', description: '已暂停' },
    ENDED: { value: 'ended', description: '已结束（含过了有效期）' },
  } as const,
});

export const OfferAudience = builder.enumType('OfferAudience', {
  values: {
    ALL_MEMBERS: { value: 'all_members', description: '全体会员' },
    HARDSHIP: { value: 'hardship', description: '困难职工' },
    MODEL_WORKERS: { value: 'model_workers', description: '劳动模范' },
    REGION: { value: 'region', description: '指定地区（工会及其下级）的会员' },
  } as const,
});

export const ClaimStatus = builder.enumType('ClaimStatus', {
  values: {
    ACTIVE: { value: 'active', description: '待使用' },
    REDEEMED: { value: 'redeemed', description: '已核销' },
    CANCELLED: { value: 'cancelled', description: '已取消' },
    EXPIRED: { value: 'expired', description: '已过期' },
  } as const,
});

export { GeoPointInput };

const pointOf = (input: { latitude: number; longitude: number } | null | undefined): GeoPoint | null =>
  input ? { latitude: input.latitude, longitude: input.longitude } : null;

export const MerchantStoreRef = builder.drizzleNode('merchantStores', {
  name: 'MerchantStore',
  description: '商家门店。地址与位置公开。',
  id: { column: (store) => store.id },
  authScopes: { publicRead: 'read_offers' },
  fields: (t) => ({
    name: t.exposeString('name'),
    address: t.exposeString('address'),
    phone: t.exposeString('phone', { nullable: true }),
    latitude: t.exposeFloat('latitude'),
    longitude: t.exposeFloat('longitude'),
    region: t.relation('union', { description: '门店所在地区（市或区县工会）。' }),
    merchant: t.relation('merchant'),
  }),
});

export const MerchantRef = builder.drizzleNode('merchants', {
  name: 'Merchant',
  description: '普惠商家。通过审核的商家公开；申请中的仅申请人、商家员工与辖区工会工作人员可见。',
  id: { column: (merchant) => merchant.id },
  authScopes: (merchant) =>
    merchant.status === 'approved'
      ? { publicRead: 'read_offers' }
      : { self: merchant.applicantUserId, merchantStaffOf: merchant.id, unionStaffOver: merchant.unionId },
  fields: (t) => ({
    name: t.exposeString('name'),
    creditCode: t.exposeString('creditCode', { description: '统一社会信用代码。' }),
    category: t.expose('category', { type: BenefitCategory }),
    description: t.exposeString('description', { nullable: true }),
    status: t.expose('status', { type: MerchantStatus }),
    union: t.relation('union', { description: '负责审核与管理的工会。' }),
    contactName: t.exposeString('contactName', {
      nullable: true,
      authScopes: (merchant) => ({ merchantStaffOf: merchant.id, unionStaffOver: merchant.unionId, self: merchant.applicantUserId }),
    }),
    contactPhone: t.exposeString('contactPhone', {
      nullable: true,
      authScopes: (merchant) => ({ merchantStaffOf: merchant.id, unionStaffOver: merchant.unionId, self: merchant.applicantUserId }),
    }),
    reviewReason: t.exposeString('reviewReason', { nullable: true, description: '审核意见。' }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    stores: t.relation('stores', { query: { orderBy: { createdAt: 'asc' } } }),
    publishedOffers: t.relatedConnection('offers', {
      description: '已发布、仍在有效期内的优惠。',
      query: () => ({ where: { status: 'published', validUntil: { gt: new Date() } }, orderBy: { publishedAt: 'desc', id: 'asc' } }),
    }),
    offers: t.relatedConnection('offers', {
      description: '全部优惠（含草稿），仅商家员工与辖区工会工作人员可见。',
      nullable: true,
      authScopes: (merchant) => ({ merchantStaffOf: merchant.id, unionStaffOver: merchant.unionId }),
      query: { orderBy: { createdAt: 'desc', id: 'asc' } },
      totalCount: true,
    }),
  }),
});

export interface OfferStoreView {
  store: typeof merchantStores.$inferSelect;
  distanceMeters: number | null;
}

const OfferStoreRef = builder.objectRef<OfferStoreView>('OfferStore').implement({
  description: '优惠可用的门店；给出坐标时附距离。',
  authScopes: { public: true },
  fields: (t) => ({
    store: t.field({ type: MerchantStoreRef, resolve: (view) => view.store }),
    distanceMeters: t.int({ nullable: true, description: '与给定坐标的距离（米）。', resolve: (view) => view.distanceMeters }),
  }),
});

const ClaimBlockerRef = builder.objectRef<{ code: string; message: string }>('ClaimBlocker').implement({
  authScopes: { public: true },
  fields: (t) => ({ code: t.exposeString('code'), message: t.exposeString('message') }),
});

const ClaimEligibilityRef = builder.objectRef<ClaimEligibility>('ClaimEligibility').implement({
  description: '当前登录会员能否领取此优惠；不能时说明原因（仅供展示，领取时仍以数据库为准）。',
  authScopes: { public: true },
  fields: (t) => ({
    canClaim: t.exposeBoolean('canClaim'),
    reason: t.field({
      type: ClaimBlockerRef,
      nullable: true,
      description: '不能领取的原因，code 与领取时会返回的错误相同。',
      // graphql-js treats a returned Error as a thrown one, so the error is copied into a plain object.
      resolve: (e) => (e.error ? { code: e.error.code, message: e.error.message } : null),
    }),
  }),
});

/** One loader per request: the signed-in member's usage of every offer on the page, in one query. */
const usageLoaders = new WeakMap<Context, DataLoader<string, Usage>>();
function usageLoader(ctx: Context): DataLoader<string, Usage> {
  let loader = usageLoaders.get(ctx);
  if (!loader) {
    const memberId = ctx.viewer?.member?.id;
    loader = new DataLoader(async (ids) => {
      if (!memberId) return ids.map(() => ({ total: 0, today: 0 }));
      const usage = await memberUsageByOffer(ctx.db, memberId, ids);
      return ids.map((id) => usage.get(id) ?? { total: 0, today: 0 });
    });
    usageLoaders.set(ctx, loader);
  }
  return loader;
}

const PUBLIC_OFFER_STATES = new Set(['published', 'paused', 'ended']);

export const OfferRef = builder.drizzleNode('offers', {
  name: 'Offer',
  description: '普惠优惠。发布后公开；草稿与待审核的仅商家员工与辖区工会工作人员可见。',
  id: { column: (offer) => offer.id },
  authScopes: (offer) =>
    PUBLIC_OFFER_STATES.has(offer.status)
      ? { publicRead: 'read_offers' }
      : { merchantStaffOf: offer.merchantId, unionStaffOver: offer.unionId },
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    terms: t.exposeString('terms', { nullable: true, description: '使用规则。' }),
    category: t.expose('category', { type: BenefitCategory }),
    kind: t.expose('kind', { type: OfferKind }),
    percentPaid: t.exposeInt('percentPaid', { nullable: true, description: '折扣优惠：实付百分比（85 即 8.5 折）。' }),
    minSpend: t.field({
      type: MoneyRef,
      nullable: true,
      description: '满减门槛。',
      select: { columns: { minSpendFen: true } },
      resolve: (o) => (o.minSpendFen === null ? null : fen(o.minSpendFen)),
    }),
    reduction: t.field({
      type: MoneyRef,
      nullable: true,
      description: '满减金额。',
      select: { columns: { reductionFen: true } },
      resolve: (o) => (o.reductionFen === null ? null : fen(o.reductionFen)),
    }),
    regularPrice: t.field({
      type: MoneyRef,
      nullable: true,
      description: '原价或券面值。',
      select: { columns: { regularPriceFen: true } },
      resolve: (o) => (o.regularPriceFen === null ? null : fen(o.regularPriceFen)),
    }),
    memberPrice: t.field({
      type: MoneyRef,
      nullable: true,
      description: '会员价或预付券售价。',
      select: { columns: { memberPriceFen: true } },
      resolve: (o) => (o.memberPriceFen === null ? null : fen(o.memberPriceFen)),
    }),
    validFrom: t.expose('validFrom', { type: 'DateTime' }),
    validUntil: t.expose('validUntil', { type: 'DateTime' }),
    status: t.field({
      type: OfferStatus,
      description: '过了有效期的已发布或已暂停优惠显示为 ENDED，无需人工操作。',
      select: { columns: { status: true, validUntil: true } },
      resolve: (o) => effectiveStatus(o),
    }),
    stockTotal: t.exposeInt('stockTotal', { nullable: true, description: '总库存；null 表示不限量。' }),
    remainingStock: t.exposeInt('stockRemaining', { nullable: true, description: '剩余库存；null 表示不限量。' }),
    perMemberLimit: t.exposeInt('perMemberLimit', { nullable: true, description: '每人限领总数。' }),
    perMemberDailyLimit: t.exposeInt('perMemberDailyLimit', { nullable: true, description: '每人每日限领数。' }),
    codeValidHours: t.exposeInt('codeValidHours', { description: '领取后核销码的有效小时数（不超过优惠结束时间）。' }),
    audience: t.expose('audience', { type: OfferAudience }),
    audienceUnion: t.relation('audienceUnion', { nullable: true }),
    merchant: t.relation('merchant'),
    stores: t.field({
      type: [OfferStoreRef],
      description: '可用门店；给出 near 时按距离由近到远。',
      args: { near: t.arg({ type: GeoPointInput, required: false }) },
      select: { with: { stores: true } },
      resolve: (offer, args) => {
        const point = pointOf(args.near);
        const views = offer.stores.map((store) => ({
          store,
          distanceMeters: point ? distanceMeters(point, store) : null,
        }));
        return point ? views.sort((a, b) => a.distanceMeters! - b.distanceMeters!) : views;
      },
    }),
    claimCount: t.exposeInt('claimCount', { description: '累计领取次数（热度）。' }),
    redemptionCount: t.exposeInt('redemptionCount', { description: '累计核销次数。' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    reviewNote: t.exposeString('reviewNote', {
      nullable: true,
      description: '工会审核意见。',
      authScopes: (offer) => ({ merchantStaffOf: offer.merchantId, unionStaffOver: offer.unionId }),
    }),
    viewerEligibility: t.field({
      type: ClaimEligibilityRef,
      description: '当前登录会员能否领取（预付券：能否购买）及原因。',
      select: { with: { audienceUnion: { columns: { path: true } } } },
      // Offer rows are loaded whole (the type declares no narrower `select`), so the cast only
      // restores what the planner's partial typing hides.
      resolve: (offer, _args, ctx) =>
        claimEligibility(ctx.viewer?.member ?? null, offer as never, (id) => usageLoader(ctx).load(id)),
    }),
  }),
});

export const OfferClaimRef = builder.drizzleNode('offerClaims', {
  name: 'OfferClaim',
  description: '会员领取的一份优惠（卡包中的一项）。会员本人、该商家员工与该商家收银系统（WRITE_REDEMPTIONS 密钥）可见。',
  id: { column: (claim) => claim.id },
  authScopes: (claim) => ({
    ownMember: claim.memberId,
    merchantStaffOf: claim.merchantId,
    $all: { apiScope: 'write_redemptions', apiClientOfMerchant: claim.merchantId },
  }),
  fields: (t) => ({
    offer: t.relation('offer'),
    status: t.field({
      type: ClaimStatus,
      description: '过期但尚未被系统处理的领取也显示为 EXPIRED。',
      select: { columns: { status: true, expiresAt: true } },
      resolve: (claim) => (claim.status === 'active' && claim.expiresAt <= new Date() ? 'expired' : claim.status),
    }),
    code: t.exposeString('code', {
      nullable: true,
      description: '到店出示或读出的核销码（仅本人可见）。',
      authScopes: (claim) => ({ ownMember: claim.memberId }),
    }),
    qrPayload: t.string({
      nullable: true,
      description: '签名的二维码内容（仅本人可见）。',
      authScopes: (claim) => ({ ownMember: claim.memberId }),
      select: { columns: { code: true, expiresAt: true } },
      resolve: (claim) => qrPayload(claim.code, claim.expiresAt),
    }),
    claimedAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    redeemedAt: t.expose('redeemedAt', { type: 'DateTime', nullable: true }),
    redeemedStore: t.relation('redeemedStore', { nullable: true }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true }),
    purchase: t.relation('purchase', { nullable: true, description: '预付券的购买记录；普通领取为空。' }),
  }),
});

export const VoucherPurchaseStatus = builder.enumType('VoucherPurchaseStatus', {
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

export const VoucherPurchaseRef = builder.drizzleNode('voucherPurchases', {
  name: 'VoucherPurchase',
  description: '预付券购买（通过 Stripe 支付）。仅购买的会员本人可见。',
  id: { column: (purchase) => purchase.id },
  authScopes: (purchase) => ({ ownMember: purchase.memberId }),
  fields: (t) => ({
    offer: t.relation('offer'),
    status: t.expose('status', { type: VoucherPurchaseStatus }),
    amount: t.field({
      type: MoneyRef,
      description: '支付金额。',
      select: { columns: { amountFen: true } },
      resolve: (p) => fen(p.amountFen),
    }),
    faceValue: t.field({
      type: MoneyRef,
      description: '券面值。',
      select: { columns: { faceValueFen: true } },
      resolve: (p) => fen(p.faceValueFen),
    }),
    reservedUntil: t.expose('reservedUntil', { type: 'DateTime', description: '库存预留截止时间。' }),
    checkoutUrl: t.string({
      nullable: true,
      description: '待支付时 Stripe 支付页的地址（可继续支付）；其他状态为空。',
      select: { columns: { checkoutUrl: true, status: true } },
      resolve: (p) => (p.status === 'pending_payment' ? p.checkoutUrl : null),
    }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true }),
    refundedAt: t.expose('refundedAt', { type: 'DateTime', nullable: true }),
    voucher: t.relation('claim', { nullable: true, description: '支付成功后发放的券（含核销码）。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export type RedemptionFigureShape = RedemptionFigure & { offer: typeof offers.$inferSelect };

export const RedemptionFigureRef = builder.objectRef<RedemptionFigureShape>('RedemptionFigure').implement({
  description: '某优惠某日（Asia/Shanghai）的领取数与核销数。',
  authScopes: { public: true },
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (f) => f.date }),
    offer: t.field({ type: OfferRef, resolve: (f) => f.offer }),
    claims: t.exposeInt('claims'),
    redemptions: t.exposeInt('redemptions'),
  }),
});
