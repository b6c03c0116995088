import type { merchants } from '@huigong/db';
import { scopesFor } from '../../scopes.ts';
import { builder } from '../../builder.ts';
import { viewerCanType } from '../../common/transitions.ts';
import type { Context } from '../../context.ts';
import { merchantLifecycle, merchantOperations } from '../lifecycle.ts';
import { BenefitCategory, MerchantStatus } from './enums.ts';

export const MerchantViewerCanRef = viewerCanType('MerchantViewerCan', {
  approve: '可通过商家申请（辖区工会工作人员，申请待审核时）。',
  reject: '可驳回商家申请（辖区工会工作人员，申请待审核时）。',
  reapply: '可重新提交被驳回的申请（申请人）。',
  createOffer: '可新建优惠（商家员工，商家已通过审核时）。',
  addStaff: '可添加商家员工（商家员工，商家已通过审核时）。',
  redeem: '可在门店核销会员的核销码（商家员工，商家已通过审核时）。',
});

/**
 * The same checks the merchant mutations make (their auth scopes), for the storefront's buttons.
 * Every scope answers false without a signed-in person, so anonymous callers and API keys see none.
 */
async function merchantViewerCan(merchant: typeof merchants.$inferSelect, ctx: Context) {
  const scopes = scopesFor(ctx);
  const staff = scopes.merchantStaffOf(merchant.id);
  // Union staff anywhere first: everyone else is answered without looking up the union.
  const reviewer = scopes.unionStaff && (await scopes.unionStaffOver(merchant.unionId));
  return {
    ...merchantLifecycle.viewerCan(merchant.status, {
      approve: reviewer,
      reject: reviewer,
      reapply: scopes.self(merchant.applicantUserId),
    }),
    ...merchantOperations.viewerCan(merchant.status, { createOffer: staff, addStaff: staff, redeem: staff }),
  };
}

export const MerchantStoreRef = builder.drizzleNode('merchantStores', {
  name: 'MerchantStore',
  description: '商家门店。地址与位置公开。',
  id: { column: (store) => store.id },
  authScopes: { publicRead: 'read_offers' },
  fields: (t) => ({
    name: t.exposeString('name', { description: '门店名称，2 到 60 个字。' }),
    address: t.exposeString('address', { description: '详细地址。' }),
    phone: t.exposeString('phone', { nullable: true, description: '门店电话；没有时为 null。' }),
    latitude: t.exposeFloat('latitude', { description: '纬度（WGS-84，度）。' }),
    longitude: t.exposeFloat('longitude', { description: '经度（WGS-84，度）。' }),
    region: t.relation('union', { description: '门店所在地区（市或区县工会）。' }),
    merchant: t.relation('merchant', { description: '门店所属的商家。' }),
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
    name: t.exposeString('name', { description: '商家名称，2 到 60 个字。' }),
    creditCode: t.exposeString('creditCode', { description: '统一社会信用代码。' }),
    category: t.expose('category', { type: BenefitCategory, description: '主营的普惠服务类别。' }),
    description: t.exposeString('description', { nullable: true, description: '商家简介，最多 2000 个字。' }),
    status: t.expose('status', { type: MerchantStatus, description: '入驻审核状态。' }),
    union: t.relation('union', { description: '负责审核与管理的工会。' }),
    contactName: t.exposeString('contactName', {
      description: '联系人姓名。仅申请人、商家员工与辖区工会工作人员可读，其他人（含 API key）读取返回 FORBIDDEN。',
      nullable: true,
      authScopes: (merchant) => ({ merchantStaffOf: merchant.id, unionStaffOver: merchant.unionId, self: merchant.applicantUserId }),
    }),
    contactPhone: t.exposeString('contactPhone', {
      description: '联系人手机号。可读范围同 contactName。',
      nullable: true,
      authScopes: (merchant) => ({ merchantStaffOf: merchant.id, unionStaffOver: merchant.unionId, self: merchant.applicantUserId }),
    }),
    reviewReason: t.exposeString('reviewReason', { nullable: true, description: '审核意见。' }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true, description: '最近一次审核的时间；未审核时为 null。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '提交申请的时间。' }),
    stores: t.relation('stores', { query: { orderBy: { createdAt: 'asc' } }, description: '全部门店，按添加先后。' }),
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
    viewerCan: t.field({
      type: MerchantViewerCanRef,
      description: '当前查看者此刻可对该商家进行的操作。',
      resolve: (merchant, _args, ctx) => merchantViewerCan(merchant, ctx),
    }),
  }),
});
