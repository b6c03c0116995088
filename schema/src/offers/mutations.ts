import { requireViewer } from '../common/viewer.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import { RoleAlreadyGranted } from '../accounts/accounts.service.ts';
import { NotFound } from '../common/not-found.ts';
import { UnionRef } from '../accounts/types.ts';
import { builder } from '../builder.ts';
import { TooManyAttempts } from '../common/attempt-guard.ts';
import { errorType, InputValidationError } from '../common/errors.ts';
import { geoPoint } from '../common/geo.ts';
import { MoneyInput } from '../common/money.ts';
import { creditCode, personName, phone, positiveMoney, reason } from '../common/validators.ts';
import { cancelClaim, claimOffer, redeemCode } from './claims.service.ts';
import { codeFromCounterInput } from './codes.ts';
import {
  ClaimNotCancellable,
  CodeAlreadyRedeemed,
  CodeExpired,
  CodeUnknown,
  CreditCodeTaken,
  InvalidState,
  LimitReached,
  NotEligible,
  OfferNotActive,
  OfferSoldOut,
  PaymentProviderError,
  PaymentRequired,
  PaymentsNotConfigured,
  VoucherNotRefundable,
  WrongMerchant,
  WrongStore,
} from './errors.ts';
import { cancelVoucherPurchase, purchaseVoucher, refundVoucher } from './vouchers.service.ts';
import {
  addMerchantStaff,
  addMerchantStore,
  applyForMerchant,
  removeMerchantStaff,
  reviewMerchant,
} from './merchants.service.ts';
import { createOffer, transitionOffer, updateOffer, type OfferAction } from './offers.service.ts';
import {
  BenefitCategory,
  GeoPointInput,
  MerchantRef,
  MerchantStoreRef,
  OfferAudience,
  OfferClaimRef,
  OfferKind,
  OfferRef,
  VoucherPurchaseRef,
} from './types.ts';

errorType(CreditCodeTaken, 'MerchantCreditCodeTaken', { description: '该统一社会信用代码已有商家申请。' });
errorType(InvalidState, 'InvalidState', {
  description: '当前状态不允许此操作。',
  fields: (t) => ({ currentState: t.exposeString('currentState') }),
});
errorType(OfferNotActive, 'OfferNotActive', { description: '优惠未发布、已暂停、已结束或不在有效期内。' });
errorType(OfferSoldOut, 'OfferSoldOut', { description: '库存已领完。' });
const LimitScope = builder.enumType('LimitScope', {
  values: { TOTAL: { value: 'total', description: '每人总数' }, DAILY: { value: 'daily', description: '每人每日' } } as const,
});
errorType(LimitReached, 'LimitReached', {
  description: '达到每人限领数。',
  fields: (t) => ({ scope: t.field({ type: LimitScope, resolve: (e: LimitReached) => e.scope }) }),
});
const IneligibleReason = builder.enumType('OfferIneligibleReason', {
  values: {
    NOT_A_MEMBER: { value: 'not_a_member' },
    HARDSHIP_ONLY: { value: 'hardship_only' },
    MODEL_WORKERS_ONLY: { value: 'model_workers_only' },
    REGION_ONLY: { value: 'region_only' },
  } as const,
});
errorType(NotEligible, 'OfferNotEligible', {
  description: '不在优惠的适用人群内。',
  fields: (t) => ({ reason: t.field({ type: IneligibleReason, resolve: (e: NotEligible) => e.reason }) }),
});
errorType(PaymentRequired, 'PaymentRequired', { description: '预付券须购买。' });
errorType(CodeUnknown, 'CodeUnknown', { description: '核销码不存在、签名无效或已取消。' });
errorType(CodeAlreadyRedeemed, 'CodeAlreadyRedeemed', {
  description: '核销码已使用。',
  fields: (t) => ({ redeemedAt: t.field({ type: 'DateTime', resolve: (e: CodeAlreadyRedeemed) => e.redeemedAt }) }),
});
errorType(CodeExpired, 'CodeExpired', { description: '核销码已过期。' });
errorType(WrongMerchant, 'WrongMerchant', { description: '核销码属于其他商家。' });
errorType(WrongStore, 'WrongStore', { description: '该优惠不适用于此门店。' });
errorType(ClaimNotCancellable, 'ClaimNotCancellable', { description: '领取已使用、已取消或已过期。' });


const title = z.string().trim().min(2, { message: '至少 2 个字' }).max(60);
const longText = z.string().trim().min(2, { message: '至少 2 个字' }).max(2000);

const MerchantStoreInput = builder.inputType('MerchantStoreInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: title }),
    address: t.string({ required: true, validate: z.string().trim().min(4).max(200) }),
    region: t.globalID({ required: true, for: [UnionRef], description: '门店所在地区的市或区县工会。' }),
    location: t.field({ type: GeoPointInput, required: true, validate: geoPoint }),
    phone: t.string({ required: false, validate: z.string().trim().max(30) }),
  }),
});

const ApplyForMerchantInput = builder.inputType('ApplyForMerchantInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: title }),
    creditCode: t.string({ required: true, validate: creditCode, description: '统一社会信用代码（GB 32100）。' }),
    category: t.field({ type: BenefitCategory, required: true }),
    contactName: t.string({ required: true, validate: personName }),
    contactPhone: t.string({ required: true, validate: phone }),
    description: t.string({ required: false, validate: z.string().trim().max(2000) }),
    union: t.globalID({ required: true, for: [UnionRef], description: '商家所在地的市或区县工会，由其工作人员审核。' }),
    stores: t.field({ type: [MerchantStoreInput], required: true, validate: z.array(z.any()).min(1).max(50) }),
  }),
});

type StoreArg = {
  name: string;
  address: string;
  region: { id: string };
  location: { latitude: number; longitude: number };
  phone?: string | null | undefined;
};
const storeValues = (store: StoreArg) => ({
  name: store.name,
  address: store.address,
  unionId: store.region.id,
  latitude: store.location.latitude,
  longitude: store.location.longitude,
  phone: store.phone ?? null,
});

const ReviewInput = (name: string, target: typeof MerchantRef | typeof OfferRef) =>
  builder.inputType(name, {
    fields: (t) => ({
      id: t.globalID({ required: true, for: [target] }),
      approve: t.boolean({ required: true }),
      reason: t.string({ required: true, validate: reason, description: '审核意见，写入审计记录。' }),
    }),
  });
const ReviewMerchantInput = ReviewInput('ReviewMerchantInput', MerchantRef);
const ReviewOfferInput = ReviewInput('ReviewOfferInput', OfferRef);

const AddMerchantStoreInput = builder.inputType('AddMerchantStoreInput', {
  fields: (t) => ({
    merchant: t.globalID({ required: true, for: [MerchantRef] }),
    store: t.field({ type: MerchantStoreInput, required: true }),
  }),
});

const MerchantStaffInput = builder.inputType('MerchantStaffInput', {
  fields: (t) => ({
    merchant: t.globalID({ required: true, for: [MerchantRef] }),
    phone: t.string({ required: true, validate: phone, description: '已注册账号的手机号。' }),
  }),
});

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

// The content of an offer, shared by create and update (an update replaces a draft's content).
const offerContentFields = (t: PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>) => ({
    title: t.string({ required: true, validate: title }),
    description: t.string({ required: true, validate: longText }),
    terms: t.string({ required: false, validate: z.string().trim().max(2000) }),
    category: t.field({ type: BenefitCategory, required: true }),
    kind: t.field({ type: OfferKind, required: true }),
    percentPaid: t.int({ required: false, validate: z.number().int().min(1).max(99), description: '折扣：实付百分比，85 即 8.5 折。' }),
    minSpend: t.field({ type: MoneyInput, required: false, validate: positiveMoney, description: '满减门槛。' }),
    reduction: t.field({ type: MoneyInput, required: false, validate: positiveMoney, description: '满减金额。' }),
    regularPrice: t.field({ type: MoneyInput, required: false, validate: positiveMoney, description: '原价或券面值。' }),
    memberPrice: t.field({ type: MoneyInput, required: false, validate: positiveMoney, description: '会员价或券售价。' }),
    validFrom: t.field({ type: 'DateTime', required: true }),
    validUntil: t.field({ type: 'DateTime', required: true }),
    stock: t.int({ required: false, validate: z.number().int().min(1).max(10_000_000), description: '总库存；不填为不限量。' }),
    perMemberLimit: t.int({ required: false, validate: z.number().int().min(1).max(1000) }),
    perMemberDailyLimit: t.int({ required: false, validate: z.number().int().min(1).max(1000) }),
    codeValidHours: t.int({ required: false, validate: z.number().int().min(1).max(24 * 366) }),
    audience: t.field({ type: OfferAudience, required: false, defaultValue: 'all_members' }),
    audienceUnion: t.globalID({ required: false, for: [UnionRef], description: 'audience 为 REGION 时的地区工会。' }),
    stores: t.globalIDList({ required: true, for: [MerchantStoreRef], validate: z.array(z.any()).min(1).max(100) }),
});

const CreateOfferInput = builder.inputType('CreateOfferInput', {
  fields: (t) => ({
    merchant: t.globalID({ required: true, for: [MerchantRef] }),
    ...offerContentFields(t),
  }),
});

const UpdateOfferInput = builder.inputType('UpdateOfferInput', {
  description: '替换草稿或已暂停优惠的全部内容。',
  fields: (t) => ({
    offer: t.globalID({ required: true, for: [OfferRef] }),
    ...offerContentFields(t),
  }),
});

type OfferContentArgs = typeof CreateOfferInput.$inferInput;

function offerContent(input: Omit<OfferContentArgs, 'merchant'>) {
  return {
    title: input.title,
    description: input.description,
    terms: input.terms ?? null,
    category: input.category,
    kind: input.kind,
    percentPaid: input.percentPaid ?? null,
    minSpendFen: input.minSpend?.amount ?? null,
    reductionFen: input.reduction?.amount ?? null,
    regularPriceFen: input.regularPrice?.amount ?? null,
    memberPriceFen: input.memberPrice?.amount ?? null,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    stock: input.stock ?? null,
    perMemberLimit: input.perMemberLimit ?? null,
    perMemberDailyLimit: input.perMemberDailyLimit ?? null,
    codeValidHours: input.codeValidHours ?? null,
    audience: input.audience ?? 'all_members',
    audienceUnionId: input.audienceUnion?.id ?? null,
    storeIds: input.stores.map((s) => s.id),
  };
}

const OfferActionInput = builder.inputType('OfferActionInput', {
  fields: (t) => ({
    offer: t.globalID({ required: true, for: [OfferRef] }),
    reason: t.string({ required: false, validate: z.string().trim().max(500) }),
  }),
});

const ClaimOfferInput = builder.inputType('ClaimOfferInput', {
  fields: (t) => ({ offer: t.globalID({ required: true, for: [OfferRef] }) }),
});

const CancelClaimInput = builder.inputType('CancelClaimInput', {
  fields: (t) => ({ claim: t.globalID({ required: true, for: [OfferClaimRef] }) }),
});

const RedeemCodeInput = builder.inputType('RedeemCodeInput', {
  fields: (t) => ({
    code: t.string({ required: true, validate: z.string().trim().min(4).max(200), description: '短码或扫描所得的二维码内容。' }),
    store: t.globalID({ required: true, for: [MerchantStoreRef], description: '核销所在门店。' }),
  }),
});

/** Resolves who may act on an offer; an unknown id is answered like a foreign one. */
async function offerScopes(db: Parameters<typeof transitionOffer>[0], offerId: string, as: 'merchant' | 'reviewer') {
  const offer = await db.query.offers.findFirst({ where: { id: offerId }, columns: { merchantId: true, unionId: true } });
  if (!offer) return { merchantStaffOf: '' };
  return as === 'merchant' ? { merchantStaffOf: offer.merchantId } : { unionStaffOver: offer.unionId };
}

const offerActionField = (action: Exclude<OfferAction, 'approve' | 'reject'>, description: string) =>
  builder.mutationField(`${action}Offer`, (t) =>
    t.drizzleField({
      type: 'offers',
      description,
      nullable: true,
      args: { input: t.arg({ type: OfferActionInput, required: true }) },
      authScopes: (_root, { input }, ctx) => offerScopes(ctx.db, input.offer.id, 'merchant'),
      errors: { types: [InputValidationError, NotFound, InvalidState], dataField: { name: 'offer' } },
      resolve: async (query, _root, { input }, ctx) => {
        await transitionOffer(ctx.db, requireViewer(ctx).userId, { offerId: input.offer.id, action, reason: input.reason ?? null });
        return (await ctx.db.query.offers.findFirst(query({ where: { id: input.offer.id } })))!;
      },
    }),
  );

offerActionField('submit', '商家提交草稿供工会审核。');
offerActionField('pause', '暂停已发布的优惠（已领取的码仍可核销）。');
offerActionField('resume', '恢复已暂停的优惠。');
offerActionField('end', '结束优惠；不可恢复。');

builder.mutationFields((t) => ({
  applyForMerchant: t.drizzleField({
    type: 'merchants',
    description: '申请成为普惠商家；由所在地工会审核，通过后申请人成为商家员工。',
    nullable: true,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: ApplyForMerchantInput, required: true }) },
    errors: { types: [InputValidationError, CreditCodeTaken], dataField: { name: 'merchant' } },
    resolve: async (query, _root, { input }, ctx) => {
      const merchant = await applyForMerchant(ctx.db, requireViewer(ctx).userId, {
        name: input.name,
        creditCode: input.creditCode,
        category: input.category,
        contactName: input.contactName,
        contactPhone: input.contactPhone,
        description: input.description ?? null,
        unionId: input.union.id,
        stores: input.stores.map(storeValues),
      });
      return (await ctx.db.query.merchants.findFirst(query({ where: { id: merchant.id } })))!;
    },
  }),
  reviewMerchant: t.drizzleField({
    type: 'merchants',
    description: '工会工作人员审核本辖区的商家申请（通过或驳回，须说明理由）。',
    nullable: true,
    args: { input: t.arg({ type: ReviewMerchantInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const merchant = await ctx.db.query.merchants.findFirst({ where: { id: input.id.id }, columns: { unionId: true } });
      // An unknown merchant is refused like one of another subtree.
      return merchant ? { unionStaffOver: merchant.unionId } : false;
    },
    errors: { types: [InputValidationError, NotFound, InvalidState], dataField: { name: 'merchant' } },
    resolve: async (query, _root, { input }, ctx) => {
      await reviewMerchant(ctx.db, requireViewer(ctx).userId, { merchantId: input.id.id, approve: input.approve, reason: input.reason });
      return (await ctx.db.query.merchants.findFirst(query({ where: { id: input.id.id } })))!;
    },
  }),
  addMerchantStore: t.drizzleField({
    type: 'merchantStores',
    nullable: true,
    authScopes: (_root, { input }) => ({ merchantStaffOf: input.merchant.id }),
    args: { input: t.arg({ type: AddMerchantStoreInput, required: true }) },
    errors: { types: [InputValidationError], dataField: { name: 'store' } },
    resolve: async (query, _root, { input }, ctx) => {
      const store = await addMerchantStore(ctx.db, requireViewer(ctx).userId, input.merchant.id, storeValues(input.store));
      return (await ctx.db.query.merchantStores.findFirst(query({ where: { id: store.id } })))!;
    },
  }),
  addMerchantStaff: t.drizzleField({
    type: 'merchants',
    description: '商家员工为已注册的账号添加本商家员工角色；返回商家。',
    nullable: true,
    authScopes: (_root, { input }) => ({ merchantStaffOf: input.merchant.id }),
    args: { input: t.arg({ type: MerchantStaffInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidState, RoleAlreadyGranted], dataField: { name: 'merchant' } },
    resolve: async (query, _root, { input }, ctx) => {
      await addMerchantStaff(ctx.db, requireViewer(ctx).userId, input.merchant.id, input.phone);
      return (await ctx.db.query.merchants.findFirst(query({ where: { id: input.merchant.id } })))!;
    },
  }),
  removeMerchantStaff: t.drizzleField({
    type: 'merchants',
    description: '移除本商家的一名员工（不能移除最后一名）；返回商家。',
    nullable: true,
    authScopes: (_root, { input }) => ({ merchantStaffOf: input.merchant.id }),
    args: { input: t.arg({ type: MerchantStaffInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidState], dataField: { name: 'merchant' } },
    resolve: async (query, _root, { input }, ctx) => {
      await removeMerchantStaff(ctx.db, requireViewer(ctx).userId, input.merchant.id, input.phone);
      return (await ctx.db.query.merchants.findFirst(query({ where: { id: input.merchant.id } })))!;
    },
  }),
  createOffer: t.drizzleField({
    type: 'offers',
    description: '商家创建优惠草稿；提交并经工会审核后发布。',
    nullable: true,
    authScopes: (_root, { input }) => ({ merchantStaffOf: input.merchant.id }),
    args: { input: t.arg({ type: CreateOfferInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidState], dataField: { name: 'offer' } },
    resolve: async (query, _root, { input }, ctx) => {
      const offer = await createOffer(ctx.db, requireViewer(ctx).userId, { merchantId: input.merchant.id, ...offerContent(input) });
      return (await ctx.db.query.offers.findFirst(query({ where: { id: offer.id } })))!;
    },
  }),
  updateOffer: t.drizzleField({
    type: 'offers',
    description: '修改草稿（提交审核前，或被驳回后）或已暂停的优惠；已暂停的修改后回到草稿，须重新提交审核。已有会员领取的，优惠方式与金额不可改、原有门店不可移除。',
    nullable: true,
    authScopes: (_root, { input }, ctx) => offerScopes(ctx.db, input.offer.id, 'merchant'),
    args: { input: t.arg({ type: UpdateOfferInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidState], dataField: { name: 'offer' } },
    resolve: async (query, _root, { input }, ctx) => {
      await updateOffer(ctx.db, requireViewer(ctx).userId, input.offer.id, offerContent(input));
      return (await ctx.db.query.offers.findFirst(query({ where: { id: input.offer.id } })))!;
    },
  }),
  reviewOffer: t.drizzleField({
    type: 'offers',
    description: '工会工作人员审核待审核的优惠：通过即发布，驳回退回草稿。',
    nullable: true,
    authScopes: (_root, { input }, ctx) => offerScopes(ctx.db, input.id.id, 'reviewer'),
    args: { input: t.arg({ type: ReviewOfferInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidState], dataField: { name: 'offer' } },
    resolve: async (query, _root, { input }, ctx) => {
      await transitionOffer(ctx.db, requireViewer(ctx).userId, {
        offerId: input.id.id,
        action: input.approve ? 'approve' : 'reject',
        reason: input.reason,
      });
      return (await ctx.db.query.offers.findFirst(query({ where: { id: input.id.id } })))!;
    },
  }),
  claimOffer: t.drizzleField({
    type: 'offerClaims',
    description: '会员领取优惠，得到核销码。库存与限领在数据库中原子地判定。',
    nullable: true,
    authScopes: { member: true },
    args: { input: t.arg({ type: ClaimOfferInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFound, OfferNotActive, NotEligible, OfferSoldOut, LimitReached, PaymentRequired],
      dataField: { name: 'claim' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const claim = await claimOffer(ctx.db, requireViewer(ctx).userId, requireViewer(ctx).member!, input.offer.id);
      return (await ctx.db.query.offerClaims.findFirst(query({ where: { id: claim.id } })))!;
    },
  }),
  cancelClaim: t.drizzleField({
    type: 'offerClaims',
    description: '会员取消未使用的领取，库存退回。',
    nullable: true,
    authScopes: { member: true },
    args: { input: t.arg({ type: CancelClaimInput, required: true }) },
    errors: { types: [InputValidationError, ClaimNotCancellable], dataField: { name: 'claim' } },
    resolve: async (query, _root, { input }, ctx) => {
      const claim = await cancelClaim(ctx.db, requireViewer(ctx).userId, requireViewer(ctx).member!.id, input.claim.id);
      return (await ctx.db.query.offerClaims.findFirst(query({ where: { id: claim.id } })))!;
    },
  }),
  redeemCode: t.drizzleField({
    type: 'offerClaims',
    description:
      '商家员工在门店核销会员出示的短码或二维码；每个码只能核销一次。绑定该商家的收银系统也可用带 WRITE_REDEMPTIONS 权限的密钥核销。',
    nullable: true,
    args: { input: t.arg({ type: RedeemCodeInput, required: true }) },
    // Staff of the store's merchant, or that merchant's till system with the write_redemptions
    // scope. A key of another merchant, or one that may only read, is refused like a stranger.
    authScopes: async (_root, { input }, ctx) => {
      const store = await ctx.db.query.merchantStores.findFirst({
        where: { id: input.store.id },
        columns: { merchantId: true },
      });
      const merchantId = store?.merchantId ?? '';
      return { merchantStaffOf: merchantId, $all: { apiScope: 'write_redemptions', apiClientOfMerchant: merchantId } };
    },
    errors: {
      types: [InputValidationError, CodeUnknown, CodeAlreadyRedeemed, CodeExpired, WrongMerchant, WrongStore, TooManyAttempts],
      dataField: { name: 'claim' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const store = await ctx.db.query.merchantStores.findFirst({
        where: { id: input.store.id },
        columns: { merchantId: true },
      });
      if (!store) throw new CodeUnknown();
      // Guessing codes at a counter is limited per merchant (all its staff and tills) and per
      // address; a code of this merchant that exists gives its attempt back, whatever its state.
      const counter = `merchant:${store.merchantId}`;
      await ctx.codeGuard?.begin(counter, ctx.clientIp);
      const actor = { userId: ctx.viewer?.userId ?? null, apiClientId: ctx.apiCaller?.clientId ?? null };
      try {
        const claim = await redeemCode(ctx.db, actor, {
          code: codeFromCounterInput(input.code),
          storeId: input.store.id,
          merchantId: store.merchantId,
        });
        await ctx.codeGuard?.succeeded(counter, ctx.clientIp);
        return (await ctx.db.query.offerClaims.findFirst(query({ where: { id: claim.id } })))!;
      } catch (error) {
        if (error instanceof CodeAlreadyRedeemed || error instanceof CodeExpired || error instanceof WrongStore) {
          await ctx.codeGuard?.succeeded(counter, ctx.clientIp);
        }
        throw error;
      }
    },
  }),
}));

errorType(PaymentsNotConfigured, 'PaymentsNotConfigured', { description: '未配置在线支付（缺少 Stripe 密钥）。' });
errorType(PaymentProviderError, 'PaymentProviderError', { description: '支付服务调用失败。' });
errorType(VoucherNotRefundable, 'VoucherNotRefundable', { description: '券不可退款。' });

const PurchaseVoucherInput = builder.inputType('PurchaseVoucherInput', {
  fields: (t) => ({ offer: t.globalID({ required: true, for: [OfferRef] }) }),
});
const RefundVoucherInput = builder.inputType('RefundVoucherInput', {
  fields: (t) => ({ voucher: t.globalID({ required: true, for: [OfferClaimRef], description: '要退款的券。' }) }),
});

const CancelVoucherPurchaseInput = builder.inputType('CancelVoucherPurchaseInput', {
  fields: (t) => ({ purchase: t.globalID({ required: true, for: [VoucherPurchaseRef] }) }),
});

const VoucherCheckoutRef = builder.objectRef<{ purchaseId: string; checkoutUrl: string }>('VoucherCheckout').implement({
  description: '开始支付：把会员带到 checkoutUrl（Stripe 托管的支付页）；券在支付成功的 webhook 到达后发放。',
  authScopes: { member: true },
  fields: (t) => ({
    purchase: t.drizzleField({
      type: 'voucherPurchases',
      resolve: async (query, checkout, _args, ctx) =>
        (await ctx.db.query.voucherPurchases.findFirst(query({ where: { id: checkout.purchaseId } })))!,
    }),
    checkoutUrl: t.exposeString('checkoutUrl', { description: 'Stripe Checkout 支付页地址。' }),
  }),
});

/** Stripe's page sends the member back to the storefront's return page for this purchase. */
function storefrontReturnUrls(base: string) {
  return (purchaseId: string) => {
    const page = `${base.replace(/\/+$/, '')}/vouchers/return?purchase=${encodeURIComponent(encodeGlobalID('VoucherPurchase', purchaseId))}`;
    return { successUrl: page, cancelUrl: `${page}&cancelled=1` };
  };
}

builder.mutationFields((t) => ({
  purchaseVoucher: t.field({
    type: VoucherCheckoutRef,
    description: '购买预付券：预留库存并创建 Stripe Checkout 支付页（人民币，以分计）。',
    nullable: true,
    authScopes: { member: true },
    args: { input: t.arg({ type: PurchaseVoucherInput, required: true }) },
    errors: {
      types: [
        InputValidationError,
        NotFound,
        InvalidState,
        OfferNotActive,
        NotEligible,
        OfferSoldOut,
        LimitReached,
        PaymentsNotConfigured,
        PaymentProviderError,
      ],
      dataField: { name: 'checkout' },
    },
    resolve: async (_root, { input }, ctx) => {
      const base = ctx.publicBaseUrl;
      if (!base) throw new PaymentsNotConfigured();
      const started = await purchaseVoucher(ctx.db, requireViewer(ctx).member!, input.offer.id, storefrontReturnUrls(base));
      return { purchaseId: started.purchase.id, checkoutUrl: started.checkoutUrl };
    },
  }),
  cancelVoucherPurchase: t.drizzleField({
    type: 'voucherPurchases',
    description: '放弃待支付的购买：先让 Stripe 支付页失效，再释放预留的库存；已付款的保持待确认，由 webhook 发券。',
    nullable: true,
    authScopes: { member: true },
    args: { input: t.arg({ type: CancelVoucherPurchaseInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFound, PaymentsNotConfigured, PaymentProviderError],
      dataField: { name: 'purchase' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const purchase = await cancelVoucherPurchase(ctx.db, requireViewer(ctx).userId, requireViewer(ctx).member!.id, input.purchase.id);
      return (await ctx.db.query.voucherPurchases.findFirst(query({ where: { id: purchase.id } })))!;
    },
  }),
  refundVoucher: t.drizzleField({
    type: 'offerClaims',
    description: '为未使用的预付券退款；退款成功后库存退回。',
    nullable: true,
    authScopes: { member: true },
    args: { input: t.arg({ type: RefundVoucherInput, required: true }) },
    errors: {
      types: [InputValidationError, VoucherNotRefundable, PaymentsNotConfigured, PaymentProviderError],
      dataField: { name: 'voucher' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const claimId = await refundVoucher(ctx.db, requireViewer(ctx).userId, requireViewer(ctx).member!.id, input.voucher.id);
      return (await ctx.db.query.offerClaims.findFirst(query({ where: { id: claimId } })))!;
    },
  }),
}));
