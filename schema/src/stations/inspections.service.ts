import { stationInspections, stations, type Database } from '@huigong/db';
import { and, eq, isNull, lte, or } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { shanghaiToday } from '../common/dates.ts';
import { fieldError } from '../common/errors.ts';
import { attachFile } from '../files/files.service.ts';
import { staffStation } from './access.ts';
import { INSPECTION_PHOTO } from './files.ts';
import { stationLifecycle } from './lifecycle.ts';
import type { StationAmenity } from './stations.service.ts';

/**
 * The "八有" checklist an inspection goes through: a place to rest, drinking water, heating,
 * cooling, a microwave, a first-aid kit, a toilet and phone charging (004; 000 lists the same).
 * A station passes when every item is there.
 */
export const EIGHT_HAVES: readonly StationAmenity[] = ['rest', 'water', 'heating', 'cooling', 'microwave', 'medicine', 'toilet', 'charging'];

export async function inspectStation(
  db: Database,
  viewer: Viewer,
  stationId: string,
  input: { inspectedOn?: string | null; present: StationAmenity[]; note?: string | null; photoIds: string[] },
): Promise<string> {
  const station = await staffStation(db, viewer, stationId);
  stationLifecycle.assert(station.status, 'inspect');
  const inspectedOn = input.inspectedOn ?? shanghaiToday();
  if (inspectedOn > shanghaiToday()) throw fieldError(['input', 'inspectedOn'], 'IN_THE_FUTURE', '检查日期不能晚于今天');
  const extra = input.present.find((a) => !EIGHT_HAVES.includes(a));
  if (extra) throw fieldError(['input', 'present'], 'NOT_ON_CHECKLIST', '“八有”检查表中没有这一项');
  if (new Set(input.photoIds).size !== input.photoIds.length) throw fieldError(['input', 'photos'], 'DUPLICATE', '同一张照片只能附一次');
  const present = EIGHT_HAVES.filter((a) => input.present.includes(a));
  const missing = EIGHT_HAVES.filter((a) => !input.present.includes(a));
  const result = missing.length === 0 ? 'pass' : 'fail';
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(stationInspections)
      .values({
        stationId: station.id,
        unionId: station.unionId,
        unionPath: station.unionPath,
        inspectedOn,
        present,
        missing,
        result,
        note: input.note ?? '',
        inspectedByUserId: viewer.userId,
      })
      .returning({ id: stationInspections.id });
    for (const fileId of input.photoIds) await attachFile(tx, viewer, fileId, INSPECTION_PHOTO, row!.id);
    // The station shows its latest inspection: an older one recorded later does not replace it.
    await tx
      .update(stations)
      .set({ lastInspectionResult: result, lastInspectedOn: inspectedOn })
      .where(and(eq(stations.id, station.id), or(isNull(stations.lastInspectedOn), lte(stations.lastInspectedOn, inspectedOn))));
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'station.inspected',
      subjectType: 'station',
      subjectId: station.id,
      data: { inspectionId: row!.id, result, missing },
    });
    return row!.id;
  });
}
