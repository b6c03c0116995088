import { builder } from '../builder.ts';
import { shanghaiToday } from '../common/dates.ts';
import { viewerCanType } from '../common/transitions.ts';
import { StoredFileRef } from '../files/types.ts';
import { isStationStaff } from './access.ts';
import './errors.ts';
import './files.ts';
import { formatClock, isOpenAt, navigationLinks, shanghaiMoment, WEEKDAY_LABELS, type NavigationLinks } from './hours.ts';
import { STATION_STATUS_LABELS, stationLifecycle, type StationStatus } from './lifecycle.ts';

export const StationKind = builder.enumType('StationKind', {
  description: '站点类型。',
  values: {
    OUTDOOR_REST: { value: 'outdoor_rest', description: '户外劳动者服务站' },
    WARM_HEART: { value: 'warm_heart', description: '暖心驿站' },
    NURSING_ROOM: { value: 'nursing_room', description: '妈咪小屋' },
    LEGAL_AID: { value: 'legal_aid', description: '法律援助工作站' },
    SERVICE_CENTRE: { value: 'service_centre', description: '职工服务中心' },
  } as const,
});

export const AMENITY_LABELS = {
  rest: '休息座椅',
  water: '饮用水',
  heating: '取暖',
  cooling: '空调纳凉',
  microwave: '微波炉',
  fridge: '冰箱',
  medicine: '急救药箱',
  toilet: '卫生间',
  charging: '手机充电',
  reading: '书报阅读',
} as const;

export const StationAmenity = builder.enumType('StationAmenity', {
  description: '“八有”标准中的设施（累可歇脚、热可纳凉、冷可取暖、伤可用药 …）。',
  values: Object.fromEntries(
    Object.entries(AMENITY_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in keyof typeof AMENITY_LABELS as Uppercase<K>]: { value: K; description: string } },
});

export const StationStatusEnum = builder.enumType('StationStatus', {
  values: Object.fromEntries(
    Object.entries(STATION_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in StationStatus as Uppercase<K>]: { value: K; description: string } },
});

export const StationInspectionResult = builder.enumType('StationInspectionResult', {
  values: { PASS: { value: 'pass', description: '合格' }, FAIL: { value: 'fail', description: '不合格' } } as const,
});

const OpeningHoursRef = builder
  .objectRef<{ weekday: number; opensMinute: number; closesMinute: number }>('StationOpeningHours')
  .implement({
    description: '每周固定开放时段（北京时间）。',
    authScopes: { public: true },
    fields: (t) => ({
      weekday: t.exposeInt('weekday', { description: 'ISO 星期：1 为周一，7 为周日。' }),
      weekdayLabel: t.string({ resolve: (h) => WEEKDAY_LABELS[h.weekday] ?? '' }),
      opens: t.string({ description: 'HH:MM', resolve: (h) => formatClock(h.opensMinute) }),
      closes: t.string({ description: 'HH:MM；24:00 表示至午夜。', resolve: (h) => formatClock(h.closesMinute) }),
    }),
  });

const HoursExceptionRef = builder
  .objectRef<{ on: string; closed: boolean; opensMinute: number | null; closesMinute: number | null; note: string }>('StationHoursException')
  .implement({
    description: '某一天的特殊安排：闭站，或当天的特殊开放时间（替代当天的固定时段）。',
    authScopes: { public: true },
    fields: (t) => ({
      on: t.expose('on', { type: 'Date' }),
      closed: t.exposeBoolean('closed'),
      opens: t.string({ nullable: true, resolve: (e) => (e.opensMinute === null ? null : formatClock(e.opensMinute)) }),
      closes: t.string({ nullable: true, resolve: (e) => (e.closesMinute === null ? null : formatClock(e.closesMinute)) }),
      note: t.exposeString('note'),
    }),
  });

const DutyLawyerRef = builder.objectRef<{ weekday: number; name: string; phone: string }>('StationDutyLawyer').implement({
  description: '值班律师（公益法律服务，按星期排班）。',
  authScopes: { public: true },
  fields: (t) => ({
    weekday: t.exposeInt('weekday'),
    weekdayLabel: t.string({ resolve: (l) => WEEKDAY_LABELS[l.weekday] ?? '' }),
    name: t.exposeString('name'),
    phone: t.exposeString('phone'),
  }),
});

const NavigationRef = builder.objectRef<NavigationLinks>('StationNavigation').implement({
  description: '在常用地图应用中打开步行导航的链接（坐标为 WGS-84，已告知各应用）。',
  authScopes: { public: true },
  fields: (t) => ({
    amap: t.exposeString('amap', { description: '高德地图' }),
    baidu: t.exposeString('baidu', { description: '百度地图' }),
    tencent: t.exposeString('tencent', { description: '腾讯地图' }),
    apple: t.exposeString('apple', { description: 'Apple 地图' }),
    google: t.exposeString('google', { description: 'Google 地图' }),
  }),
});

export const StationViewerCanRef = viewerCanType('StationViewerCan', {
  edit: '可修改站点信息与开放时间（站点所属工会及上级工会的工作人员）。',
  close: '可关闭站点。',
  reopen: '可重新开放站点。',
  inspect: '可按“八有”标准检查站点。',
  report: '可反馈问题（登录会员）。',
});

export const StationRef = builder.drizzleNode('stations', {
  name: 'Station',
  description: '工会服务站点（户外劳动者服务站、暖心驿站、妈咪小屋、法律援助工作站、职工服务中心）。公开可见。',
  id: { column: (s) => s.id },
  authScopes: { public: true },
  fields: (t) => ({
    kind: t.expose('kind', { type: StationKind }),
    name: t.exposeString('name'),
    address: t.exposeString('address'),
    latitude: t.exposeFloat('latitude', { description: 'WGS-84 纬度。' }),
    longitude: t.exposeFloat('longitude', { description: 'WGS-84 经度。' }),
    unionName: t.string({
      description: '运营站点的工会。',
      select: { with: { union: { columns: { name: true } } } },
      resolve: (s) => s.union.name,
    }),
    amenities: t.field({ type: [StationAmenity], select: { columns: { amenities: true } }, resolve: (s) => s.amenities }),
    stepFree: t.exposeBoolean('stepFree', { description: '无障碍通行（无台阶或有坡道）。' }),
    accessibleToilet: t.exposeBoolean('accessibleToilet', { description: '有无障碍卫生间。' }),
    accessibilityNote: t.exposeString('accessibilityNote'),
    contactPhone: t.exposeString('contactPhone'),
    status: t.expose('status', { type: StationStatusEnum }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (s) => STATION_STATUS_LABELS[s.status] }),
    closedReason: t.exposeString('closedReason', { nullable: true }),
    hours: t.field({
      type: [OpeningHoursRef],
      select: { with: { hours: { orderBy: { weekday: 'asc', opensMinute: 'asc' } } } },
      resolve: (s) => s.hours,
    }),
    upcomingExceptions: t.field({
      type: [HoursExceptionRef],
      description: '今天及以后的特殊安排（闭站或特殊开放时间）。',
      select: () => ({ with: { exceptions: { where: { on: { gte: shanghaiToday() } }, orderBy: { on: 'asc' }, limit: 30 } } }),
      resolve: (s) => s.exceptions,
    }),
    openNow: t.boolean({
      description: '此刻（北京时间）是否开放：当天有特殊安排时按特殊安排，否则按当天固定时段；已关闭的站点为 false。',
      select: () => ({
        columns: { status: true },
        with: { hours: true, exceptions: { where: { on: shanghaiToday() } } },
      }),
      resolve: (s) => isOpenAt(s.status, s.hours, s.exceptions, shanghaiMoment()),
    }),
    dutyLawyers: t.field({ type: [DutyLawyerRef], select: { columns: { dutyLawyers: true } }, resolve: (s) => s.dutyLawyers }),
    lawyerOnDutyToday: t.field({
      type: DutyLawyerRef,
      nullable: true,
      select: { columns: { dutyLawyers: true } },
      resolve: (s) => s.dutyLawyers.find((l) => l.weekday === shanghaiMoment().weekday) ?? null,
    }),
    navigation: t.field({
      type: NavigationRef,
      select: { columns: { latitude: true, longitude: true, name: true, address: true } },
      resolve: (s) => navigationLinks(s, s.name, s.address),
    }),
    inspectionFailed: t.boolean({
      description: '最近一次“八有”检查不合格（整改前在列表与详情中标出）。',
      select: { columns: { lastInspectionResult: true } },
      resolve: (s) => s.lastInspectionResult === 'fail',
    }),
    lastInspectionResult: t.expose('lastInspectionResult', { type: StationInspectionResult, nullable: true }),
    lastInspectedOn: t.expose('lastInspectedOn', { type: 'Date', nullable: true }),
    inspections: t.relatedConnection('inspections', {
      description: '检查记录，最新的在前（站点所属工会及上级工会的工作人员）。',
      nullable: true,
      authScopes: (parent: unknown) => ({ unionStaffOver: (parent as { unionId: string }).unionId }),
      query: { orderBy: { inspectedOn: 'desc', createdAt: 'desc' } },
      totalCount: true,
    }),
    viewerCan: t.field({
      type: StationViewerCanRef,
      select: { columns: { status: true, unionPath: true } },
      resolve: (s, _args, ctx) => {
        const staff = isStationStaff(ctx.viewer, s.unionPath);
        const can = stationLifecycle.viewerCan(s.status, { edit: staff, close: staff, reopen: staff, inspect: staff });
        return { ...can, report: s.status === 'active' && ctx.viewer?.member != null };
      },
    }),
  }),
});

export const StationInspectionRef = builder.drizzleNode('stationInspections', {
  name: 'StationInspection',
  description: '按“八有”标准对站点的一次检查（附照片）。站点所属工会及上级工会的工作人员可见。',
  id: { column: (i) => i.id },
  authScopes: (i) => ({ unionStaffOver: i.unionId }),
  fields: (t) => ({
    station: t.relation('station'),
    inspectedOn: t.expose('inspectedOn', { type: 'Date' }),
    result: t.expose('result', { type: StationInspectionResult }),
    present: t.field({ type: [StationAmenity], select: { columns: { present: true } }, resolve: (i) => i.present }),
    missing: t.field({ type: [StationAmenity], select: { columns: { missing: true } }, resolve: (i) => i.missing }),
    note: t.exposeString('note'),
    inspectorName: t.string({
      select: { with: { inspector: { columns: { displayName: true } } } },
      resolve: (i) => i.inspector.displayName,
    }),
    photos: t.relation('photos', { type: StoredFileRef, query: { orderBy: { createdAt: 'asc' } } }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
