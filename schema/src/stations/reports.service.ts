import { stationReports, uniqueViolation, type Database } from '@huigong/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { InvalidTransition } from '../common/transitions.ts';
import { isStationStaff } from './access.ts';
import { StationReportExists } from './errors.ts';
import { reportLifecycle } from './lifecycle.ts';
import type { StationAmenity } from './stations.service.ts';

export type ReportKind = (typeof stationReports.kind.enumValues)[number];

/** A member reports a problem at an active station; it lands in the station's union's queue. */
export async function reportProblem(
  db: Database,
  viewer: Viewer,
  stationId: string,
  input: { kind: ReportKind; amenity?: StationAmenity | null; note?: string | null },
): Promise<string> {
  const member = viewer.member;
  if (!member) throw new NotFound('服务站点');
  const station = await db.query.stations.findFirst({ where: { id: stationId }, columns: { id: true, unionId: true, unionPath: true, status: true } });
  if (!station || station.status !== 'active') throw new NotFound('服务站点');
  if (input.kind === 'amenity_missing' && !input.amenity) throw fieldError(['input', 'amenity'], 'REQUIRED', '请选择缺少的设施');
  if (input.kind !== 'amenity_missing' && input.amenity) throw fieldError(['input', 'amenity'], 'NOT_APPLICABLE', '只有“设施缺失”需要选择设施');
  if (input.kind === 'other' && !input.note?.trim()) throw fieldError(['input', 'note'], 'REQUIRED', '请说明遇到的问题');
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(stationReports)
        .values({
          stationId: station.id,
          unionId: station.unionId,
          unionPath: station.unionPath,
          memberId: member.id,
          kind: input.kind,
          amenity: input.amenity ?? null,
          note: input.note ?? '',
        })
        .returning({ id: stationReports.id });
      await recordAudit(tx, {
        actorUserId: viewer.userId,
        action: 'station_report.opened',
        subjectType: 'station_report',
        subjectId: row!.id,
        toState: 'open',
        data: { stationId: station.id, kind: input.kind },
      });
      return row!.id;
    });
  } catch (error) {
    if (uniqueViolation(error) === 'station_reports_one_open') throw new StationReportExists();
    throw error;
  }
}

/** Staff over the station take up, resolve or dismiss a report (a conditional UPDATE on its state). */
export async function handleReport(
  db: Database,
  viewer: Viewer,
  reportId: string,
  action: 'take' | 'resolve' | 'dismiss',
  resolution: string | null,
): Promise<string> {
  const report = await db.query.stationReports.findFirst({ where: { id: reportId }, columns: { id: true, unionPath: true, status: true } });
  if (!report || !isStationStaff(viewer, report.unionPath)) throw new NotFound('站点问题反馈');
  const to = reportLifecycle.assert(report.status, action);
  return db.transaction(async (tx) => {
    const moved = await tx
      .update(stationReports)
      .set({ status: to, handledByUserId: viewer.userId, handledAt: new Date(), ...(resolution !== null ? { resolution } : {}) })
      .where(and(eq(stationReports.id, report.id), inArray(stationReports.status, reportLifecycle.from(action))))
      .returning({ id: stationReports.id });
    if (moved.length === 0) {
      const now = await tx.query.stationReports.findFirst({ where: { id: report.id }, columns: { status: true } });
      throw new InvalidTransition(reportLifecycle.what, now!.status, to, reportLifecycle.labels);
    }
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: `station_report.${action}`,
      subjectType: 'station_report',
      subjectId: report.id,
      fromState: report.status,
      toState: to,
      reason: resolution,
    });
    return report.id;
  });
}
