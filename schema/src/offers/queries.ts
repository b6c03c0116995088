import { requireViewer } from '../common/viewer.ts';
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { z } from 'zod';
import { unionPath } from '../accounts/unions.service.ts';
import { UnionRef } from '../accounts/types.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import { geoPoint, GeoPointInput } from '../common/geo.ts';
import { isPlatformAdmin, type Viewer } from '../accounts/viewer.ts';
import { merchantFigures } from './claims.service.ts';
import { merchantStaffList } from './merchants.service.ts';
import { searchOffers, type OfferOrder } from './search.service.ts';
import { requireMember } from './access.ts';
import { BenefitCategory, ClaimStatus, MerchantStatus, OfferAudience, OfferKind } from './types/enums.ts';
import { MerchantRef } from './types/merchants.ts';
import { OfferRef, RedemptionFigureRef } from './types/offers.ts';

const OfferOrderEnum = builder.enumType('OfferOrder', {
  description: 'Query.offers 的排序方式（order）。',
  values: {
    RELEVANCE: { value: 'relevance', description: '与搜索词的相似度（无搜索词时同 NEWEST）' },
    NEWEST: { value: 'newest', description: '最新发布' },
    POPULAR: { value: 'popular', description: '领取最多' },
    DISTANCE: { value: 'distance', description: '离 near 最近（须给出 near）' },
  } as const,
});

const OfferSearchInput = builder.inputType('OfferSearchInput', {
  description: '公开优惠的筛选条件（filter）；各项同时满足。',
  fields: (t) => ({
    text: t.string({ required: false, validate: z.string().max(50), description: '搜索词，空格分隔多个词（须全部命中）。' }),
    category: t.field({ type: BenefitCategory, required: false, description: '只看这一类别。' }),
    kind: t.field({ type: OfferKind, required: false, description: '只看这一优惠方式。' }),
    audience: t.field({ type: OfferAudience, required: false, description: '只看面向这类会员的优惠。' }),
    region: t.globalID({ for: [UnionRef], required: false, description: '地区：该工会辖区（含下级）内有可用门店的优惠。' }),
    near: t.field({ type: GeoPointInput, required: false, validate: geoPoint, description: '“附近”：给出坐标后结果带距离。' }),
    withinMeters: t.int({ required: false, validate: z.number().int().min(100).max(200_000), description: '仅返回此距离内的优惠（须给出 near）。' }),
  }),
});

/** Subtree paths where the viewer reviews; null means everywhere (platform admin). */
function reviewPaths(viewer: Viewer | null): string[] | null {
  if (isPlatformAdmin(viewer)) return null;
  return (viewer?.grants ?? []).filter((g) => g.role === 'union_staff' && g.unionPath).map((g) => g.unionPath!);
}

const inSubtrees = (paths: string[] | null) =>
  paths === null ? {} : { union: { OR: paths.map((path) => ({ path: { like: `${path}%` } })) } };

builder.queryFields((t) => ({
  offers: t.connection(
    {
      type: OfferRef,
      description: '公开浏览与搜索已发布的优惠（无需登录）。分页游标基于偏移。',
      authScopes: { publicRead: 'read_offers' },
      args: {
        filter: t.arg({ type: OfferSearchInput, required: false, description: '筛选条件；不给时为全部已发布、在有效期内的优惠。' }),
        orderBy: t.arg({ type: OfferOrderEnum, required: false, defaultValue: 'relevance', description: '排序，默认 RELEVANCE；DISTANCE 须同时给出 filter.near。' }),
      },
      resolve: async (_root, args, ctx) => {
        const filter = args.filter ?? {};
        const regionPath = filter.region ? await unionPath(ctx.db, filter.region.id) : null;
        if (filter.region && !regionPath) return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } };
        const near = filter.near ? { latitude: filter.near.latitude, longitude: filter.near.longitude } : null;
        let orderBy = (args.orderBy ?? 'relevance') as OfferOrder;
        if (orderBy === 'distance' && !near) orderBy = 'newest';
        return resolveOffsetConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, async (page) => {
          const hits = await searchOffers(
            ctx.db,
            {
              text: filter.text ?? null,
              category: filter.category ?? null,
              kind: filter.kind ?? null,
              audience: filter.audience ?? null,
              regionPath,
              near,
              withinMeters: filter.withinMeters ?? null,
              orderBy,
            },
            page,
          );
          if (hits.length === 0) return [];
          const rows = await ctx.db.query.offers.findMany({ where: { id: { in: hits.map((h) => h.id) } } });
          const byId = new Map(rows.map((row) => [row.id, row]));
          return hits
            .map((hit) => {
              const row = byId.get(hit.id);
              return row ? Object.assign(row, { searchDistanceMeters: hit.distanceMeters }) : undefined;
            })
            .filter((row) => row !== undefined);
        });
      },
    },
    {},
    {
      fields: (edge) => ({
        distanceMeters: edge.int({
          nullable: true,
          description: '与 filter.near 的距离（米，取最近的可用门店）。',
          resolve: (e) => (e.node as { searchDistanceMeters?: number | null }).searchDistanceMeters ?? null,
        }),
      }),
    },
  ),
  merchantApplications: t.drizzleConnection({
    type: 'merchants',
    description: '本人辖区（含下级工会）内的商家申请，供工会工作人员审核。',
    authScopes: { unionStaff: true },
    args: { status: t.arg({ type: MerchantStatus, required: false, defaultValue: 'pending', description: '只看此状态的申请，默认 PENDING（待审核）；传 null 看全部。' }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.merchants.findMany(
        query({
          where: { ...(args.status ? { status: args.status } : {}), ...inSubtrees(reviewPaths(ctx.viewer)) },
          orderBy: { createdAt: 'asc', id: 'asc' },
        }),
      ),
  }),
  offersForReview: t.drizzleConnection({
    type: 'offers',
    description: '本人辖区内待审核的优惠。',
    authScopes: { unionStaff: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.offers.findMany(
        query({
          where: { status: 'pending_review', ...inSubtrees(reviewPaths(ctx.viewer)) },
          orderBy: { updatedAt: 'asc', id: 'asc' },
        }),
      ),
  }),
  myMerchants: t.drizzleField({
    type: ['merchants'],
    description: '本人作为员工的商家，以及本人提交的商家申请。',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) => {
      const staffOf = requireViewer(ctx).grants.filter((g) => g.role === 'merchant_staff').map((g) => g.organizationId!);
      return ctx.db.query.merchants.findMany(
        query({
          where: { OR: [{ applicantUserId: requireViewer(ctx).userId }, ...(staffOf.length ? [{ id: { in: staffOf } }] : [])] },
          orderBy: { createdAt: 'asc' },
        }),
      );
    },
  }),
  wallet: t.drizzleConnection({
    type: 'offerClaims',
    description: '我的卡包：领取的优惠、核销码及状态，最新的在前。',
    authScopes: { member: true },
    args: { status: t.arg({ type: ClaimStatus, required: false, description: '只看此状态的领取；不给为全部。' }) },
    resolve: async (query, _root, args, ctx) => {
      const memberId = requireMember(ctx).id;
      // No write on a read: a code past its expiry shows as EXPIRED from the time (the Claim type's
      // effective status, and this filter), and the sweeper returns its stock (sweepExpired).
      const now = new Date();
      const status =
        args.status === 'active'
          ? { status: 'active' as const, expiresAt: { gt: now } }
          : args.status === 'expired'
            ? { OR: [{ status: 'expired' as const }, { status: 'active' as const, expiresAt: { lte: now } }] }
            : args.status
              ? { status: args.status }
              : {};
      return ctx.db.query.offerClaims.findMany(
        query({
          where: { memberId, ...status },
          orderBy: { createdAt: 'desc', id: 'desc' },
        }),
      );
    },
  }),
}));

const MerchantStaffMemberRef = builder
  .objectRef<{ displayName: string; phone: string; since: Date }>('MerchantStaffMember')
  .implement({
    description: '商家员工（仅本商家员工与辖区工会工作人员可见）。',
    authScopes: { authenticated: true },
    fields: (t) => ({
      displayName: t.exposeString('displayName', { description: '员工账号的显示名。' }),
      phone: t.exposeString('phone', { description: '员工账号的手机号（用于 removeMerchantStaff）。' }),
      since: t.expose('since', { type: 'DateTime', description: '成为本商家员工的时间。' }),
    }),
  });

builder.drizzleObjectFields(MerchantRef, (t) => ({
  staff: t.field({
    type: [MerchantStaffMemberRef],
    nullable: true,
    description: '商家员工名单。',
    authScopes: (merchant) => ({ merchantStaffOf: merchant.id, unionStaffOver: merchant.unionId }),
    resolve: (merchant, _args, ctx) => merchantStaffList(ctx.db, merchant.id),
  }),
  redemptionFigures: t.field({
    type: [RedemptionFigureRef],
    nullable: true,
    description: '每个优惠每天的领取与核销数（Asia/Shanghai 日期，含首尾，最多 366 天）。',
    authScopes: (merchant) => ({ merchantStaffOf: merchant.id, unionStaffOver: merchant.unionId }),
    args: {
      from: t.arg({ type: 'Date', required: true, description: '起始日（Asia/Shanghai，含）。' }),
      to: t.arg({ type: 'Date', required: true, description: '结束日（Asia/Shanghai，含），不早于 from，与 from 相隔最多 366 天；否则返回 BAD_USER_INPUT。' }),
    },
    validate: z
      .object({ from: z.string(), to: z.string() })
      .refine((a) => a.from <= a.to && Date.parse(a.to) - Date.parse(a.from) <= 366 * 86_400_000, {
        message: '日期范围须为 1 到 366 天',
      }) as never,
    resolve: async (merchant, args, ctx) => {
      const figures = await merchantFigures(ctx.db, merchant.id, args.from, args.to);
      const ids = [...new Set(figures.map((f) => f.offerId))];
      const offers = ids.length ? await ctx.db.query.offers.findMany({ where: { id: { in: ids } } }) : [];
      const byId = new Map(offers.map((o) => [o.id, o]));
      return figures.flatMap((f) => {
        const offer = byId.get(f.offerId);
        return offer ? [{ ...f, offer }] : [];
      });
    },
  }),
}));

builder.queryField('voucherPurchases', (t) =>
  t.drizzleConnection({
    type: 'voucherPurchases',
    description: '我的预付券购买记录，最新的在前。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.voucherPurchases.findMany(
        query({ where: { memberId: requireMember(ctx).id }, orderBy: { createdAt: 'desc', id: 'desc' } }),
      ),
  }),
);
