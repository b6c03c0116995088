import { stationReports, stations } from '@huigong/db';
import { and, sql, type SQL } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { UnionRef } from '../accounts/types.ts';
import { unionPath } from '../accounts/unions.service.ts';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.ts';
import { geoPoint, GeoPointInput } from '../common/geo.ts';
import { requireViewer } from '../common/viewer.ts';
import { WALK_METRES_PER_MINUTE, walkRadiusMetres } from './hours.ts';
import { StationReportStatus } from './report-types.ts';
import { encodeStationCursor, searchStations } from './search.service.ts';
import { StationAmenity, StationKind, StationRef, StationStatusEnum } from './types.ts';

const NO_ID = '00000000-0000-0000-0000-000000000000';
const under = (column: unknown, path: string): SQL => sql`starts_with(${column}, ${path})`;

const StationSearchFilter = builder.inputType('StationSearchFilter', {
  fields: (t) => ({
    kinds: t.field({ type: [StationKind], required: false, validate: z.array(z.string()).max(5), description: '站点类型（任一）。' }),
    amenities: t.field({
      type: [StationAmenity],
      required: false,
      validate: z.array(z.string()).max(10),
      description: '须全部具备的设施，如饮用水与取暖。',
    }),
    openNow: t.boolean({ required: false, description: '只要此刻（北京时间）开放的站点。' }),
    withinWalkMinutes: t.int({
      required: false,
      validate: z.number().int().min(1, { message: '步行时间至少 1 分钟' }).max(120, { message: '步行时间最多 120 分钟' }),
      description: `步行可达：半径 = 分钟数 × ${WALK_METRES_PER_MINUTE} 米（步速约 4.8 公里/小时）；15 即“15 分钟服务圈”（1.2 公里）。`,
    }),
    excludeFailed: t.boolean({ required: false, description: '不含最近一次检查不合格的站点。' }),
  }),
});

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

builder.queryFields((t) => ({
  stationsNear: t.connection(
    {
      type: StationRef,
      description: '离某点最近的服务站点（公开，无需登录），由近及远；游标只支持向后翻页（first/after）。',
      authScopes: { public: true },
      args: {
        near: t.arg({ type: GeoPointInput, required: true, validate: geoPoint, description: '浏览器定位或选定的地点（WGS-84）。' }),
        filter: t.arg({ type: StationSearchFilter, required: false }),
      },
      resolve: async (_root, args, ctx) => {
        if (args.last != null || args.before != null) throw refuse('附近站点只支持向后翻页（first/after）');
        if (args.first != null && args.first < 0) throw refuse('first 不能为负数');
        const limit = Math.min(args.first ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        const filter = args.filter ?? {};
        const { hits, hasNextPage } = await searchStations(
          ctx.db,
          {
            near: { latitude: args.near.latitude, longitude: args.near.longitude },
            kinds: filter.kinds ?? null,
            amenities: filter.amenities ?? null,
            openNow: filter.openNow ?? null,
            excludeFailed: filter.excludeFailed ?? null,
            radiusMetres: filter.withinWalkMinutes != null ? walkRadiusMetres(filter.withinWalkMinutes) : null,
          },
          { after: args.after ?? null, limit },
        );
        const rows = hits.length ? await ctx.db.query.stations.findMany({ where: { id: { in: hits.map((h) => h.id) } } }) : [];
        const byId = new Map(rows.map((r) => [r.id, r]));
        const edges = hits.flatMap((hit) => {
          const node = byId.get(hit.id);
          return node ? [{ cursor: encodeStationCursor(hit), node, distanceMetres: Math.round(hit.distance) }] : [];
        });
        return {
          edges,
          pageInfo: {
            hasNextPage,
            hasPreviousPage: args.after != null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        };
      },
    },
    {},
    {
      fields: (edge) => ({
        distanceMetres: edge.int({
          description: '与 near 的直线距离（米）。',
          resolve: (e) => (e as unknown as { distanceMetres: number }).distanceMetres,
        }),
        walkMinutes: edge.int({
          description: `按步速 ${WALK_METRES_PER_MINUTE} 米/分钟估算的步行分钟数（直线距离，向上取整）。`,
          resolve: (e) => Math.max(1, Math.ceil((e as unknown as { distanceMetres: number }).distanceMetres / WALK_METRES_PER_MINUTE)),
        }),
      }),
    },
  ),
  unionStations: t.drizzleConnection({
    type: 'stations',
    description: '某工会及其下级工会运营的服务站点（该工会及上级工会的工作人员）。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: {
      union: t.arg.globalID({ for: [UnionRef], required: true }),
      status: t.arg({ type: StationStatusEnum, required: false }),
    },
    totalCount: async (_root, args, ctx) => {
      const path = (await unionPath(ctx.db, args.union.id)) ?? '/none/';
      return ctx.db.$count(stations, and(under(stations.unionPath, path), args.status ? sql`${stations.status} = ${args.status}` : undefined));
    },
    resolve: async (query, _root, args, ctx) => {
      const path = (await unionPath(ctx.db, args.union.id)) ?? '/none/';
      return ctx.db.query.stations.findMany(
        query({
          where: { RAW: (s) => under(s.unionPath, path), ...(args.status ? { status: args.status } : {}) },
          orderBy: { name: 'asc', id: 'asc' },
        }),
      );
    },
  }),
  stationReports: t.drizzleConnection({
    type: 'stationReports',
    description: '会员在某工会辖区内站点反馈的问题（工作人员的待办），最早的在前。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: {
      union: t.arg.globalID({ for: [UnionRef], required: true }),
      status: t.arg({ type: StationReportStatus, required: false }),
    },
    totalCount: async (_root, args, ctx) => {
      const path = (await unionPath(ctx.db, args.union.id)) ?? '/none/';
      return ctx.db.$count(
        stationReports,
        and(under(stationReports.unionPath, path), args.status ? sql`${stationReports.status} = ${args.status}` : undefined),
      );
    },
    resolve: async (query, _root, args, ctx) => {
      const path = (await unionPath(ctx.db, args.union.id)) ?? '/none/';
      return ctx.db.query.stationReports.findMany(
        query({
          where: { RAW: (r) => under(r.unionPath, path), ...(args.status ? { status: args.status } : {}) },
          orderBy: { createdAt: 'asc', id: 'asc' },
        }),
      );
    },
  }),
  myStationReports: t.drizzleConnection({
    type: 'stationReports',
    description: '我反馈的站点问题，最新的在前。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.stationReports.findMany(
        query({ where: { memberId: requireViewer(ctx).member?.id ?? NO_ID }, orderBy: { createdAt: 'desc', id: 'desc' } }),
      ),
  }),
  stationMapTiles: t.string({
    nullable: true,
    description: '站点地图的瓦片地址模板（MAP_TILE_URL，含 {z}/{x}/{y}）；未配置时为 null，页面只显示列表。',
    authScopes: { public: true },
    resolve: () => mapTileUrl(),
  }),
}));

/** The configured tile server, when it is an http(s) template with {z}, {x} and {y}. */
export function mapTileUrl(value = process.env.MAP_TILE_URL): string | null {
  if (!value) return null;
  return /^https?:\/\/[^\s]+$/.test(value) && ['{z}', '{x}', '{y}'].every((p) => value.includes(p)) ? value : null;
}
