import { z } from 'zod';
import { UnionRef } from '../../accounts/types.ts';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { MoneyInput } from '../../common/money.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { positiveMoney } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { offerScopes } from '../access.ts';
import { InvalidState } from '../errors.ts';
import { createOffer, transitionOffer, updateOffer, type OfferStep } from '../offers.service.ts';
import { BenefitCategory, OfferAudience, OfferKind } from '../types/enums.ts';
import { MerchantRef, MerchantStoreRef } from '../types/merchants.ts';
import { OfferRef } from '../types/offers.ts';
import { offersTitle, reviewInput } from './merchants.ts';

const longText = z.string().trim().min(2, { message: '至少 2 个字' }).max(2000);

type BuilderTypes = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

// The content of an offer, shared by create and update (an update replaces a draft's content).
const offerContentFields = (t: PothosSchemaTypes.InputFieldBuilder<BuilderTypes, 'InputObject'>) => ({
  title: t.string({ required: true, validate: offersTitle, description: '标题，2 到 60 个字。' }),
  description: t.string({ required: true, validate: longText, description: '优惠说明，2 到 2000 个字。' }),
  terms: t.string({ required: false, validate: z.string().trim().max(2000), description: '使用规则，最多 2000 个字。' }),
  category: t.field({ type: BenefitCategory, required: true, description: '普惠服务类别。' }),
  kind: t.field({ type: OfferKind, required: true, description: '优惠方式：PERCENTAGE_OFF 填 percentPaid，AMOUNT_OFF 填 minSpend 与 reduction，MEMBER_PRICE 与 PREPAID_VOUCHER 填 regularPrice 与 memberPrice。' }),
  percentPaid: t.int({ required: false, validate: z.number().int().min(1).max(99), description: '折扣：实付百分比，85 即 8.5 折。' }),
  minSpend: t.field({ type: MoneyInput, required: false, validate: positiveMoney, description: '满减门槛。' }),
  reduction: t.field({ type: MoneyInput, required: false, validate: positiveMoney, description: '满减金额。' }),
  regularPrice: t.field({ type: MoneyInput, required: false, validate: positiveMoney, description: '原价或券面值。' }),
  memberPrice: t.field({ type: MoneyInput, required: false, validate: positiveMoney, description: '会员价或券售价。' }),
  validFrom: t.field({ type: 'DateTime', required: true, description: '有效期开始。' }),
  validUntil: t.field({ type: 'DateTime', required: true, description: '有效期结束，须晚于 validFrom。' }),
  stock: t.int({ required: false, validate: z.number().int().min(1).max(10_000_000), description: '总库存；不填为不限量。' }),
  perMemberLimit: t.int({ required: false, validate: z.number().int().min(1).max(1000), description: '每人限领总数，1 到 1000；不填为不限。' }),
  perMemberDailyLimit: t.int({ required: false, validate: z.number().int().min(1).max(1000), description: '每人每日（Asia/Shanghai）限领数，1 到 1000；不填为不限。' }),
  codeValidHours: t.int({ required: false, validate: z.number().int().min(1).max(24 * 366), description: '领取后核销码的有效小时数，1 到 8784；不超过 validUntil。' }),
  audience: t.field({ type: OfferAudience, required: false, defaultValue: 'all_members', description: '面向哪些会员，默认 ALL_MEMBERS；REGION 须给出 audienceUnion。' }),
  audienceUnion: t.globalID({ required: false, for: [UnionRef], description: 'audience 为 REGION 时的地区工会。' }),
  stores: t.globalIDList({ required: true, for: [MerchantStoreRef], validate: z.array(z.any()).min(1).max(100), description: '可用门店，本商家的 1 到 100 家。' }),
});

const CreateOfferInput = builder.inputType('CreateOfferInput', {
  description: '新优惠草稿的全部内容。金额以分计（MoneyInput）。',
  fields: (t) => ({
    merchant: t.globalID({ required: true, for: [MerchantRef], description: '发布优惠的商家；调用者须是其员工，商家须已通过审核。' }),
    ...offerContentFields(t),
  }),
});

const UpdateOfferInput = builder.inputType('UpdateOfferInput', {
  description: '替换草稿或已暂停优惠的全部内容。',
  fields: (t) => ({
    offer: t.globalID({ required: true, for: [OfferRef], description: '要修改的优惠。' }),
    ...offerContentFields(t),
  }),
});

type OfferContentArgs = typeof CreateOfferInput.$inferInput;

/** The input's content as the service takes it: money in fen, nulls for what was left out. */
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

/** The wrong-state errors of an offer step: InvalidTransition, and the old type kept for clients' fragments. */
const STEP_ERRORS = [InputValidationError, NotFound, InvalidTransition, InvalidState];

builder.mutationField('createOffer', (t) =>
  t.drizzleField({
    type: 'offers',
    description: '商家创建优惠草稿；提交并经工会审核后发布。',
    nullable: true,
    authScopes: (_root, { input }) => ({ merchantStaffOf: input.merchant.id }),
    args: { input: t.arg({ type: CreateOfferInput, required: true }) },
    errors: { types: STEP_ERRORS, dataField: { name: 'offer' } },
    resolve: async (query, _root, { input }, ctx) => {
      const offer = await createOffer(ctx.db, requireViewer(ctx).userId, { merchantId: input.merchant.id, ...offerContent(input) });
      return found(ctx.db.query.offers.findFirst(query({ where: { id: offer.id } })), '优惠');
    },
  }),
);

builder.mutationField('updateOffer', (t) =>
  t.drizzleField({
    type: 'offers',
    description:
      '修改草稿（提交审核前，或被驳回后）或已暂停的优惠；已暂停的修改后回到草稿，须重新提交审核。已有会员领取的，优惠方式与金额不可改、原有门店不可移除。',
    nullable: true,
    authScopes: (_root, { input }, ctx) => offerScopes(ctx, input.offer.id, 'merchant'),
    args: { input: t.arg({ type: UpdateOfferInput, required: true }) },
    errors: { types: STEP_ERRORS, dataField: { name: 'offer' } },
    resolve: async (query, _root, { input }, ctx) => {
      const offer = await updateOffer(ctx.db, requireViewer(ctx).userId, input.offer.id, offerContent(input));
      return found(ctx.db.query.offers.findFirst(query({ where: { id: offer.id } })), '优惠');
    },
  }),
);

const OfferActionInput = builder.inputType('OfferActionInput', {
  description: '优惠生命周期的一步（提交、暂停、恢复、结束）。',
  fields: (t) => ({
    offer: t.globalID({ required: true, for: [OfferRef], description: '优惠；调用者须是其商家的员工。' }),
    reason: t.string({ required: false, validate: z.string().trim().max(500), description: '说明，最多 500 个字，写入审计记录。' }),
  }),
});

/** submitOffer, pauseOffer, resumeOffer, endOffer: one lifecycle step by the merchant's staff. */
const offerStepField = (action: Exclude<OfferStep, 'approve' | 'reject'>, description: string) =>
  builder.mutationField(`${action}Offer`, (t) =>
    t.drizzleField({
      type: 'offers',
      description,
      nullable: true,
      args: { input: t.arg({ type: OfferActionInput, required: true }) },
      authScopes: (_root, { input }, ctx) => offerScopes(ctx, input.offer.id, 'merchant'),
      errors: { types: STEP_ERRORS, dataField: { name: 'offer' } },
      resolve: async (query, _root, { input }, ctx) => {
        const offer = await transitionOffer(ctx.db, requireViewer(ctx).userId, {
          offerId: input.offer.id,
          action,
          reason: input.reason ?? null,
        });
        return found(ctx.db.query.offers.findFirst(query({ where: { id: offer.id } })), '优惠');
      },
    }),
  );

offerStepField('submit', '商家提交草稿供工会审核。');
offerStepField('pause', '暂停已发布的优惠（已领取的码仍可核销）。');
offerStepField('resume', '恢复已暂停的优惠。');
offerStepField('end', '结束优惠；不可恢复。');

const ReviewOfferInput = reviewInput('ReviewOfferInput', OfferRef);

builder.mutationField('reviewOffer', (t) =>
  t.drizzleField({
    type: 'offers',
    description: '工会工作人员审核待审核的优惠：通过即发布，驳回退回草稿。',
    nullable: true,
    authScopes: (_root, { input }, ctx) => offerScopes(ctx, input.id.id, 'reviewer'),
    args: { input: t.arg({ type: ReviewOfferInput, required: true }) },
    errors: { types: STEP_ERRORS, dataField: { name: 'offer' } },
    resolve: async (query, _root, { input }, ctx) => {
      const offer = await transitionOffer(ctx.db, requireViewer(ctx).userId, {
        offerId: input.id.id,
        action: input.approve ? 'approve' : 'reject',
        reason: input.reason,
      });
      return found(ctx.db.query.offers.findFirst(query({ where: { id: offer.id } })), '优惠');
    },
  }),
);
