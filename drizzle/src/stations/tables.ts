import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  smallint,
  snakeCase,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { members, unions, users } from '../accounts/tables.ts';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';

/** What a station is (report 004: 户外劳动者服务站点, 暖心驿站, 妈咪小屋, legal-aid points). */
export const stationKind = pgEnum('station_kind', [
  'outdoor_rest', // 户外劳动者服务站
  'warm_heart', // 暖心驿站
  'nursing_room', // 妈咪小屋
  'legal_aid', // 法律援助工作站
  'service_centre', // 职工服务中心
]);

/**
 * The amenities of the "八有" standard and what the reports list beside it
 * ("累可歇脚、热可纳凉、冷可取暖、伤可用药", 000: air conditioning, microwave, fridge, medicines).
 */
export const stationAmenity = pgEnum('station_amenity', [
  'rest', // 有休息座椅
  'water', // 有饮用水
  'heating', // 有取暖设备
  'cooling', // 有空调/纳凉
  'microwave', // 有微波炉
  'fridge', // 有冰箱
  'medicine', // 有急救药箱
  'toilet', // 有卫生间
  'charging', // 有手机充电
  'reading', // 有书报
]);

export const stationStatus = pgEnum('station_status', ['active', 'closed']);
export const stationInspectionResult = pgEnum('station_inspection_result', ['pass', 'fail']);
export const stationReportKind = pgEnum('station_report_kind', ['closed_when_open', 'amenity_missing', 'other']);
export const stationReportStatus = pgEnum('station_report_status', ['open', 'in_progress', 'resolved', 'dismissed']);

export interface StationDutyLawyer {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  name: string;
  phone: string;
}

export const stations = snakeCase.table(
  'stations',
  {
    id: id(),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    /** The running union's path: subtree checks are prefix matches on the row. */
    unionPath: text().notNull(),
    kind: stationKind().notNull(),
    name: text().notNull(),
    address: text().notNull(),
    /** WGS-84 degrees. Searched through stations_location_idx with a bounding box first. */
    latitude: doublePrecision().notNull(),
    longitude: doublePrecision().notNull(),
    amenities: stationAmenity().array().notNull().default(sql`'{}'::station_amenity[]`),
    stepFree: boolean().notNull().default(false),
    accessibleToilet: boolean().notNull().default(false),
    accessibilityNote: text().notNull().default(''),
    contactPhone: text().notNull(),
    dutyLawyers: jsonb().$type<StationDutyLawyer[]>().notNull().default([]),
    status: stationStatus().notNull().default('active'),
    closedReason: text(),
    /** The latest inspection (by date), copied here so search shows a failed station without a join. */
    lastInspectionResult: stationInspectionResult(),
    lastInspectedOn: date({ mode: 'string' }),
    createdByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('stations_location_idx').on(t.latitude, t.longitude),
    index('stations_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.status),
    check('stations_latitude', sql`${t.latitude} between -90 and 90`),
    check('stations_longitude', sql`${t.longitude} between -180 and 180`),
  ],
);

/** Regular opening hours: one row per interval of a weekday (a lunch break is two rows). */
export const stationHours = snakeCase.table(
  'station_hours',
  {
    id: id(),
    stationId: uuid()
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    /** ISO weekday, 1 = Monday … 7 = Sunday (Asia/Shanghai). */
    weekday: smallint().notNull(),
    /** Minutes after midnight; closes may be 1440 (open until midnight). */
    opensMinute: integer().notNull(),
    closesMinute: integer().notNull(),
  },
  (t) => [
    index('station_hours_station_idx').on(t.stationId, t.weekday),
    check('station_hours_weekday', sql`${t.weekday} between 1 and 7`),
    check('station_hours_span', sql`${t.opensMinute} >= 0 and ${t.opensMinute} < ${t.closesMinute} and ${t.closesMinute} <= 1440`),
  ],
);

/** A dated exception: closed all day, or special hours that replace the weekday's. */
export const stationHourExceptions = snakeCase.table(
  'station_hour_exceptions',
  {
    id: id(),
    stationId: uuid()
      .notNull()
      .references(() => stations.id, { onDelete: 'cascade' }),
    on: date({ mode: 'string' }).notNull(),
    closed: boolean().notNull(),
    opensMinute: integer(),
    closesMinute: integer(),
    note: text().notNull().default(''),
  },
  (t) => [
    uniqueIndex('station_hour_exceptions_one_per_day').on(t.stationId, t.on),
    check(
      'station_hour_exceptions_span',
      sql`(${t.closed} and ${t.opensMinute} is null and ${t.closesMinute} is null)
        or (not ${t.closed} and ${t.opensMinute} >= 0 and ${t.opensMinute} < ${t.closesMinute} and ${t.closesMinute} <= 1440)`,
    ),
  ],
);

/** A staff inspection against the 八有 checklist; photos are stored_files attached to it. */
export const stationInspections = snakeCase.table(
  'station_inspections',
  {
    id: id(),
    stationId: uuid()
      .notNull()
      .references(() => stations.id),
    /** The station's union, copied for the who-may-see checks. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    unionPath: text().notNull(),
    inspectedOn: date({ mode: 'string' }).notNull(),
    /** The checklist's items found present and missing (each item of the standard is in one of them). */
    present: stationAmenity().array().notNull(),
    missing: stationAmenity().array().notNull(),
    result: stationInspectionResult().notNull(),
    note: text().notNull().default(''),
    inspectedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('station_inspections_station_idx').on(t.stationId, t.inspectedOn),
    check('station_inspections_result', sql`(${t.result} = 'pass') = (cardinality(${t.missing}) = 0)`),
  ],
);

/** A member's problem report at a station: a task for the station's union. */
export const stationReports = snakeCase.table(
  'station_reports',
  {
    id: id(),
    stationId: uuid()
      .notNull()
      .references(() => stations.id),
    /** The station's union, copied for the who-may-see checks. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    unionPath: text().notNull(),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    kind: stationReportKind().notNull(),
    amenity: stationAmenity(),
    note: text().notNull().default(''),
    status: stationReportStatus().notNull().default('open'),
    resolution: text(),
    handledByUserId: uuid().references(() => users.id),
    handledAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One open report per member, station and kind: a repeat adds nothing to the union's queue.
    uniqueIndex('station_reports_one_open')
      .on(t.stationId, t.memberId, t.kind)
      .where(sql`${t.status} in ('open', 'in_progress')`),
    index('station_reports_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.status, t.createdAt),
    index('station_reports_member_idx').on(t.memberId, t.createdAt),
    check('station_reports_amenity', sql`(${t.kind} = 'amenity_missing') = (${t.amenity} is not null)`),
  ],
);
