import { z } from 'zod';
import { RoleAlreadyGranted } from '../../accounts/accounts.service.ts';
import { UnionRef } from '../../accounts/types.ts';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { geoPoint, GeoPointInput, type LatLng } from '../../common/geo.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { creditCode, personName, phone, reason } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { merchantUnionId } from '../access.ts';
import { CreditCodeTaken, InvalidState } from '../errors.ts';
import { addMerchantStaff, addMerchantStore, applyForMerchant, removeMerchantStaff, reviewMerchant } from '../merchants.service.ts';
import { BenefitCategory } from '../types/enums.ts';
import { MerchantRef } from '../types/merchants.ts';
import type { OfferRef } from '../types/offers.ts';

/** A name or title of the offers domain: 2..60 characters. */
export const offersTitle = z.string().trim().min(2, { message: '至少 2 个字' }).max(60);

const MerchantStoreInput = builder.inputType('MerchantStoreInput', {
  description: '一家门店（merchant store）：会员在这里出示核销码。地址与位置公开。',
  fields: (t) => ({
    name: t.string({ required: true, validate: offersTitle, description: '门店名称，2 到 60 个字。' }),
    address: t.string({ required: true, validate: z.string().trim().min(4).max(200), description: '详细地址，4 到 200 个字。' }),
    region: t.globalID({ required: true, for: [UnionRef], description: '门店所在地区的市或区县工会。' }),
    location: t.field({ type: GeoPointInput, required: true, validate: geoPoint, description: '门店位置（WGS-84），用于「附近门店」。' }),
    phone: t.string({ required: false, validate: z.string().trim().max(30), description: '门店电话，最多 30 个字符；公开。' }),
  }),
});

interface StoreArg {
  name: string;
  address: string;
  region: { id: string };
  location: LatLng;
  phone?: string | null | undefined;
}
const storeValues = (store: StoreArg) => ({
  name: store.name,
  address: store.address,
  unionId: store.region.id,
  latitude: store.location.latitude,
  longitude: store.location.longitude,
  phone: store.phone ?? null,
});

const ApplyForMerchantInput = builder.inputType('ApplyForMerchantInput', {
  description: '普惠商家入驻申请（merchant application）。',
  fields: (t) => ({
    name: t.string({ required: true, validate: offersTitle, description: '商家名称，2 到 60 个字；通过后公开。' }),
    creditCode: t.string({ required: true, validate: creditCode, description: '统一社会信用代码（GB 32100）。' }),
    category: t.field({ type: BenefitCategory, required: true, description: '主营的普惠服务类别。' }),
    contactName: t.string({ required: true, validate: personName, description: '联系人姓名；只有申请人、商家员工与辖区工会工作人员可见。' }),
    contactPhone: t.string({ required: true, validate: phone, description: '联系人手机号（11 位中国大陆号码）；可见范围同 contactName。' }),
    description: t.string({ required: false, validate: z.string().trim().max(2000), description: '商家简介，最多 2000 个字；通过后公开。' }),
    union: t.globalID({ required: true, for: [UnionRef], description: '商家所在地的市或区县工会，由其工作人员审核。' }),
    stores: t.field({ type: [MerchantStoreInput], required: true, validate: z.array(z.any()).min(1).max(50), description: '门店，1 到 50 家。' }),
  }),
});

builder.mutationField('applyForMerchant', (t) =>
  t.drizzleField({
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
      return found(ctx.db.query.merchants.findFirst(query({ where: { id: merchant.id } })), '商家');
    },
  }),
);

/** A reviewer's decision on a merchant or an offer, with the reason the audit record keeps. */
export const reviewInput = (name: string, target: typeof MerchantRef | typeof OfferRef) =>
  builder.inputType(name, {
    description: `工会工作人员对${target === MerchantRef ? '商家申请' : '待审核优惠'}的审核决定。`,
    fields: (t) => ({
      id: t.globalID({ required: true, for: [target], description: `被审核的${target === MerchantRef ? '商家（Merchant）' : '优惠（Offer）'}的全局 ID。` }),
      approve: t.boolean({ required: true, description: 'true 为通过，false 为驳回。' }),
      reason: t.string({ required: true, validate: reason, description: '审核意见，写入审计记录。' }),
    }),
  });

const ReviewMerchantInput = reviewInput('ReviewMerchantInput', MerchantRef);

builder.mutationField('reviewMerchant', (t) =>
  t.drizzleField({
    type: 'merchants',
    description: '工会工作人员审核本辖区的商家申请（通过或驳回，须说明理由）。',
    nullable: true,
    args: { input: t.arg({ type: ReviewMerchantInput, required: true }) },
    authScopes: async (_root, { input }, ctx) => {
      const unionId = await merchantUnionId(ctx, input.id.id);
      // An unknown merchant is refused like one of another subtree.
      return unionId ? { unionStaffOver: unionId } : false;
    },
    errors: { types: [InputValidationError, NotFound, InvalidTransition, InvalidState], dataField: { name: 'merchant' } },
    resolve: async (query, _root, { input }, ctx) => {
      const merchant = await reviewMerchant(ctx.db, requireViewer(ctx).userId, {
        merchantId: input.id.id,
        approve: input.approve,
        reason: input.reason,
      });
      return found(ctx.db.query.merchants.findFirst(query({ where: { id: merchant.id } })), '商家');
    },
  }),
);

const AddMerchantStoreInput = builder.inputType('AddMerchantStoreInput', {
  description: '为已有商家添加一家门店。',
  fields: (t) => ({
    merchant: t.globalID({ required: true, for: [MerchantRef], description: '商家的全局 ID；调用者须是其员工。' }),
    store: t.field({ type: MerchantStoreInput, required: true, description: '新门店。' }),
  }),
});

builder.mutationField('addMerchantStore', (t) =>
  t.drizzleField({
    type: 'merchantStores',
    description: '商家员工为本商家添加门店；新门店可在之后创建或修改优惠时选用。类型化错误：InputValidationError。',
    nullable: true,
    authScopes: (_root, { input }) => ({ merchantStaffOf: input.merchant.id }),
    args: { input: t.arg({ type: AddMerchantStoreInput, required: true }) },
    errors: { types: [InputValidationError], dataField: { name: 'store' } },
    resolve: async (query, _root, { input }, ctx) => {
      const store = await addMerchantStore(ctx.db, requireViewer(ctx).userId, input.merchant.id, storeValues(input.store));
      return found(ctx.db.query.merchantStores.findFirst(query({ where: { id: store.id } })), '门店');
    },
  }),
);

const MerchantStaffInput = builder.inputType('MerchantStaffInput', {
  description: '添加或移除商家员工（merchant staff）：按手机号指定账号。',
  fields: (t) => ({
    merchant: t.globalID({ required: true, for: [MerchantRef], description: '商家的全局 ID；调用者须是其员工。' }),
    phone: t.string({ required: true, validate: phone, description: '已注册账号的手机号。' }),
  }),
});

builder.mutationField('addMerchantStaff', (t) =>
  t.drizzleField({
    type: 'merchants',
    description: '商家员工为已注册的账号添加本商家员工角色；返回商家。',
    nullable: true,
    authScopes: (_root, { input }) => ({ merchantStaffOf: input.merchant.id }),
    args: { input: t.arg({ type: MerchantStaffInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFound, InvalidTransition, InvalidState, RoleAlreadyGranted],
      dataField: { name: 'merchant' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      await addMerchantStaff(ctx.db, requireViewer(ctx).userId, input.merchant.id, input.phone);
      return found(ctx.db.query.merchants.findFirst(query({ where: { id: input.merchant.id } })), '商家');
    },
  }),
);

builder.mutationField('removeMerchantStaff', (t) =>
  t.drizzleField({
    type: 'merchants',
    description: '移除本商家的一名员工（不能移除最后一名）；返回商家。',
    nullable: true,
    authScopes: (_root, { input }) => ({ merchantStaffOf: input.merchant.id }),
    args: { input: t.arg({ type: MerchantStaffInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition, InvalidState], dataField: { name: 'merchant' } },
    resolve: async (query, _root, { input }, ctx) => {
      await removeMerchantStaff(ctx.db, requireViewer(ctx).userId, input.merchant.id, input.phone);
      return found(ctx.db.query.merchants.findFirst(query({ where: { id: input.merchant.id } })), '商家');
    },
  }),
);
