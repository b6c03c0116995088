import { stationHourExceptions, stationHours, stations, type Database, type StationDutyLawyer } from '@huigong/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { unionPath } from '../accounts/unions.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { InvalidTransition } from '../common/transitions.ts';
import { isStationStaff, staffStation } from './access.ts';
import { parseClock } from './hours.ts';
import { stationLifecycle } from './lifecycle.ts';

export type StationKind = (typeof stations.kind.enumValues)[number];
export type StationAmenity = (typeof stations.amenities.enumValues)[number];

export interface StationFields {
  kind: StationKind;
  name: string;
  address: string;
  location: { latitude: number; longitude: number };
  amenities: StationAmenity[];
  stepFree: boolean;
  accessibleToilet: boolean;
  accessibilityNote: string;
  contactPhone: string;
  hours: { weekday: number; opens: string; closes: string }[];
  dutyLawyers: StationDutyLawyer[];
}

/** Checks the weekly hours (each span opens before it closes, no two spans of a day overlap). */
function weeklyHours(hours: StationFields['hours']) {
  const spans = hours.map((h, i) => {
    const opensMinute = parseClock(h.opens);
    const closesMinute = parseClock(h.closes);
    if (opensMinute === null || opensMinute === 1440) throw fieldError(['input', 'hours', String(i), 'opens'], 'INVALID_FORMAT', '时间格式应为 HH:MM');
    if (closesMinute === null) throw fieldError(['input', 'hours', String(i), 'closes'], 'INVALID_FORMAT', '时间格式应为 HH:MM（24:00 表示营业至午夜）');
    if (closesMinute <= opensMinute) throw fieldError(['input', 'hours', String(i), 'closes'], 'CLOSES_BEFORE_OPENS', '关门时间须晚于开门时间（跨夜请分两天填写）');
    return { weekday: h.weekday, opensMinute, closesMinute, index: i };
  });
  for (const a of spans) {
    const clash = spans.find((b) => b.index > a.index && b.weekday === a.weekday && b.opensMinute < a.closesMinute && a.opensMinute < b.closesMinute);
    if (clash) throw fieldError(['input', 'hours', String(clash.index)], 'OVERLAPPING_HOURS', '同一天的开放时段不能重叠');
  }
  return spans.map(({ weekday, opensMinute, closesMinute }) => ({ weekday, opensMinute, closesMinute }));
}

const columnsOf = (fields: StationFields) => ({
  kind: fields.kind,
  name: fields.name,
  address: fields.address,
  latitude: fields.location.latitude,
  longitude: fields.location.longitude,
  amenities: [...new Set(fields.amenities)],
  stepFree: fields.stepFree,
  accessibleToilet: fields.accessibleToilet,
  accessibilityNote: fields.accessibilityNote,
  contactPhone: fields.contactPhone,
  dutyLawyers: fields.dutyLawyers.map((l) => ({ weekday: l.weekday, name: l.name, phone: l.phone })),
});

/** A station run by `unionId`: staff of that union or above. */
export async function createStation(db: Database, viewer: Viewer, unionId: string, fields: StationFields): Promise<string> {
  const path = await unionPath(db, unionId);
  if (!path || !isStationStaff(viewer, path)) throw new NotFound('工会');
  const spans = weeklyHours(fields.hours);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(stations)
      .values({ ...columnsOf(fields), unionId, unionPath: path, createdByUserId: viewer.userId })
      .returning({ id: stations.id });
    if (spans.length > 0) await tx.insert(stationHours).values(spans.map((s) => ({ ...s, stationId: row!.id })));
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'station.created', subjectType: 'station', subjectId: row!.id, toState: 'active' });
    return row!.id;
  });
}

/** Replaces a station's details and weekly hours. */
export async function updateStation(db: Database, viewer: Viewer, stationId: string, fields: StationFields): Promise<string> {
  const station = await staffStation(db, viewer, stationId);
  const spans = weeklyHours(fields.hours);
  return db.transaction(async (tx) => {
    await tx.update(stations).set(columnsOf(fields)).where(eq(stations.id, station.id));
    await tx.delete(stationHours).where(eq(stationHours.stationId, station.id));
    if (spans.length > 0) await tx.insert(stationHours).values(spans.map((s) => ({ ...s, stationId: station.id })));
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'station.updated', subjectType: 'station', subjectId: station.id });
    return station.id;
  });
}

/** Closes (with a reason) or reopens a station, by a conditional UPDATE on its state. */
export async function setStationStatus(db: Database, viewer: Viewer, stationId: string, action: 'close' | 'reopen', reason: string | null) {
  const station = await staffStation(db, viewer, stationId);
  const to = stationLifecycle.assert(station.status, action);
  return db.transaction(async (tx) => {
    const moved = await tx
      .update(stations)
      .set({ status: to, closedReason: action === 'close' ? reason : null })
      .where(and(eq(stations.id, station.id), inArray(stations.status, stationLifecycle.from(action))))
      .returning({ id: stations.id });
    if (moved.length === 0) {
      const now = await tx.query.stations.findFirst({ where: { id: station.id }, columns: { status: true } });
      throw new InvalidTransition(stationLifecycle.what, now!.status, to, stationLifecycle.labels);
    }
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: `station.${action}`,
      subjectType: 'station',
      subjectId: station.id,
      fromState: station.status,
      toState: to,
      reason,
    });
    return station.id;
  });
}

/** Sets the day's exception (closed, or special hours), replacing one already set for that date. */
export async function setHoursException(
  db: Database,
  viewer: Viewer,
  stationId: string,
  input: { on: string; closed: boolean; opens?: string | null; closes?: string | null; note?: string | null },
) {
  const station = await staffStation(db, viewer, stationId);
  let opensMinute: number | null = null;
  let closesMinute: number | null = null;
  if (!input.closed) {
    opensMinute = input.opens ? parseClock(input.opens) : null;
    closesMinute = input.closes ? parseClock(input.closes) : null;
    if (opensMinute === null || opensMinute === 1440) throw fieldError(['input', 'opens'], 'INVALID_FORMAT', '特殊开放时间须填写开门时间（HH:MM）');
    if (closesMinute === null) throw fieldError(['input', 'closes'], 'INVALID_FORMAT', '特殊开放时间须填写关门时间（HH:MM）');
    if (closesMinute <= opensMinute) throw fieldError(['input', 'closes'], 'CLOSES_BEFORE_OPENS', '关门时间须晚于开门时间');
  }
  const values = { stationId: station.id, on: input.on, closed: input.closed, opensMinute, closesMinute, note: input.note ?? '' };
  await db.transaction(async (tx) => {
    await tx
      .insert(stationHourExceptions)
      .values(values)
      .onConflictDoUpdate({ target: [stationHourExceptions.stationId, stationHourExceptions.on], set: { closed: values.closed, opensMinute, closesMinute, note: values.note } });
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'station.hours_exception', subjectType: 'station', subjectId: station.id, data: { ...values } });
  });
  return station.id;
}

export async function removeHoursException(db: Database, viewer: Viewer, stationId: string, on: string) {
  const station = await staffStation(db, viewer, stationId);
  const removed = await db
    .delete(stationHourExceptions)
    .where(and(eq(stationHourExceptions.stationId, station.id), eq(stationHourExceptions.on, on)))
    .returning({ id: stationHourExceptions.id });
  if (removed.length === 0) throw new NotFound('特殊开放安排');
  return station.id;
}
