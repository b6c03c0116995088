import type { merchantStores, offers } from '@huigong/db';
import DataLoader from 'dataloader';
import { scopesFor } from '../../scopes.ts';
import { builder } from '../../builder.ts';
import { distanceMetres, GeoPointInput } from '../../common/geo.ts';
import { fen, MoneyRef } from '../../common/money.ts';
import { viewerCanType } from '../../common/transitions.ts';
import type { Context } from '../../context.ts';
import type { RedemptionFigure } from '../claims.service.ts';
import { claimEligibility, memberUsageByOffer, type ClaimEligibility, type Usage } from '../eligibility.service.ts';
import { offerLifecycle, type OfferStatus as OfferStatusValue } from '../lifecycle.ts';
import { effectiveStatus } from '../offers.service.ts';
import { BenefitCategory, OfferAudience, OfferKind, OfferStatus } from './enums.ts';
import { MerchantStoreRef } from './merchants.ts';

export interface OfferStoreView {
  store: typeof merchantStores.$inferSelect;
  distanceMeters: number | null;
}

const OfferStoreRef = builder.objectRef<OfferStoreView>('OfferStore').implement({
  description: '优惠可用的门店；给出坐标时附距离。',
  authScopes: { public: true },
  fields: (t) => ({
    store: t.field({ type: MerchantStoreRef, description: '门店。', resolve: (view) => view.store }),
    distanceMeters: t.int({ nullable: true, description: '与给定坐标的距离（米）。', resolve: (view) => view.distanceMeters }),
  }),
});

const ClaimBlockerRef = builder.objectRef<{ code: string; message: string }>('ClaimBlocker').implement({
  description: '不能领取的原因，与 claimOffer 此时会返回的类型化错误相同。',
  authScopes: { public: true },
  fields: (t) => ({
    code: t.exposeString('code', { description: '错误代码，如 OFFER_NOT_ACTIVE、OFFER_SOLD_OUT、LIMIT_REACHED、OFFER_NOT_ELIGIBLE。' }),
    message: t.exposeString('message', { description: '给人看的中文说明。' }),
  }),
});

const ClaimEligibilityRef = builder.objectRef<ClaimEligibility>('ClaimEligibility').implement({
  description: '当前登录会员能否领取此优惠；不能时说明原因（仅供展示，领取时仍以数据库为准）。',
  authScopes: { public: true },
  fields: (t) => ({
    canClaim: t.exposeBoolean('canClaim', { description: '此刻能否领取（未登录或不是会员时为 false）。' }),
    reason: t.field({
      type: ClaimBlockerRef,
      nullable: true,
      description: '不能领取的原因，code 与领取时会返回的错误相同。',
      // graphql-js treats a returned Error as a thrown one, so the error is copied into a plain object.
      resolve: (e) => (e.error ? { code: e.error.code, message: e.error.message } : null),
    }),
  }),
});

type LoadedOffer = typeof offers.$inferSelect & { audienceUnion: { path: string } | null };

/** Memoised per request and offer: viewerEligibility and viewerCan ask the same question. */
const eligibilities = new WeakMap<Context, Map<string, Promise<ClaimEligibility>>>();
function eligibilityOf(offer: LoadedOffer, ctx: Context): Promise<ClaimEligibility> {
  let byOffer = eligibilities.get(ctx);
  if (!byOffer) eligibilities.set(ctx, (byOffer = new Map()));
  let eligibility = byOffer.get(offer.id);
  if (!eligibility) {
    eligibility = claimEligibility(ctx.viewer?.member ?? null, offer, (id) => usageLoader(ctx).load(id));
    byOffer.set(offer.id, eligibility);
  }
  return eligibility;
}

export const OfferViewerCanRef = viewerCanType('OfferViewerCan', {
  edit: '可修改内容（商家员工，草稿或已暂停时）。',
  submit: '可提交审核（商家员工，草稿时）。',
  approve: '可审核通过并发布（辖区工会工作人员，待审核时）。',
  reject: '可驳回（辖区工会工作人员，待审核时）。',
  pause: '可暂停（商家员工，已发布时）。',
  resume: '可恢复上架（商家员工，已暂停时）。',
  end: '可结束（商家员工，未结束时）。',
  claim: '可立即领取（符合条件的会员，已发布且在有效期内、有库存、未达限领；预付券为 false）。',
  purchase: '可购买预付券（条件同 claim；仅预付券）。',
});

/**
 * The offer's lifecycle from its effective state (past its window it has ended), narrowed by the
 * checks the offer mutations make: its merchant's staff run it, union staff over its union review
 * it, and a member in its audience under the limits claims or buys it.
 */
async function offerViewerCan(offer: LoadedOffer, ctx: Context) {
  const scopes = scopesFor(ctx);
  const staff = scopes.merchantStaffOf(offer.merchantId);
  // Union staff anywhere first: everyone else is answered without looking up the union.
  const reviewer = scopes.unionStaff && (await scopes.unionStaffOver(offer.unionId));
  const takeable = ctx.viewer?.member != null && (await eligibilityOf(offer, ctx)).canClaim;
  const voucher = offer.kind === 'prepaid_voucher';
  return {
    ...offerLifecycle.viewerCan(effectiveStatus(offer), {
      edit: staff,
      submit: staff,
      pause: staff,
      resume: staff,
      end: staff,
      approve: reviewer,
      reject: reviewer,
    }),
    claim: takeable && !voucher,
    purchase: takeable && voucher,
  };
}

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

const PUBLIC_OFFER_STATES = new Set<OfferStatusValue>(['published', 'paused', 'ended']);

export const OfferRef = builder.drizzleNode('offers', {
  name: 'Offer',
  description: '普惠优惠。发布后公开；草稿与待审核的仅商家员工与辖区工会工作人员可见。',
  id: { column: (offer) => offer.id },
  authScopes: (offer) =>
    PUBLIC_OFFER_STATES.has(offer.status)
      ? { publicRead: 'read_offers' }
      : { merchantStaffOf: offer.merchantId, unionStaffOver: offer.unionId },
  fields: (t) => ({
    title: t.exposeString('title', { description: '标题，2 到 60 个字。' }),
    description: t.exposeString('description', { description: '优惠说明，2 到 2000 个字。' }),
    terms: t.exposeString('terms', { nullable: true, description: '使用规则。' }),
    category: t.expose('category', { type: BenefitCategory, description: '普惠服务类别。' }),
    kind: t.expose('kind', { type: OfferKind, description: '优惠方式；决定 percentPaid、minSpend/reduction、regularPrice/memberPrice 中哪些有值。' }),
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
    validFrom: t.expose('validFrom', { type: 'DateTime', description: '有效期开始；之前不能领取。' }),
    validUntil: t.expose('validUntil', { type: 'DateTime', description: '有效期结束；之后优惠按已结束计，核销码也不晚于此时失效。' }),
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
    audience: t.expose('audience', { type: OfferAudience, description: '面向哪些会员。' }),
    audienceUnion: t.relation('audienceUnion', { nullable: true, description: 'audience 为 REGION 时的地区工会（含其下级）；其他为 null。' }),
    merchant: t.relation('merchant', { description: '发布优惠的商家。' }),
    stores: t.field({
      type: [OfferStoreRef],
      description: '可用门店；给出 near 时按距离由近到远。',
      args: { near: t.arg({ type: GeoPointInput, required: false, description: '会员所在位置（WGS-84）；给出时附距离并按距离排序。' }) },
      select: { with: { stores: true } },
      resolve: (offer, args) => {
        const point = args.near;
        if (!point) return offer.stores.map((store) => ({ store, distanceMeters: null }));
        return offer.stores
          .map((store) => ({ store, distanceMeters: Math.round(distanceMetres(point, store)) }))
          .sort((a, b) => a.distanceMeters - b.distanceMeters);
      },
    }),
    claimCount: t.exposeInt('claimCount', { description: '累计领取次数（热度）。' }),
    redemptionCount: t.exposeInt('redemptionCount', { description: '累计核销次数。' }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: '审核通过并发布的时间；未发布为 null。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建草稿的时间。' }),
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
      resolve: (offer, _args, ctx) => eligibilityOf(offer as never, ctx),
    }),
    viewerCan: t.field({
      type: OfferViewerCanRef,
      description: '当前查看者此刻可对该优惠进行的操作（过了有效期的按已结束计）。',
      select: { with: { audienceUnion: { columns: { path: true } } } },
      resolve: (offer, _args, ctx) => offerViewerCan(offer as never, ctx),
    }),
  }),
});

export type RedemptionFigureShape = RedemptionFigure & { offer: typeof offers.$inferSelect };

export const RedemptionFigureRef = builder.objectRef<RedemptionFigureShape>('RedemptionFigure').implement({
  description: '某优惠某日（Asia/Shanghai）的领取数与核销数。',
  authScopes: { public: true },
  fields: (t) => ({
    date: t.field({ type: 'Date', description: '日期（Asia/Shanghai 的自然日）。', resolve: (f) => f.date }),
    offer: t.field({ type: OfferRef, description: '优惠。', resolve: (f) => f.offer }),
    claims: t.exposeInt('claims', { description: '当日领取数。' }),
    redemptions: t.exposeInt('redemptions', { description: '当日在门店核销数。' }),
  }),
});
