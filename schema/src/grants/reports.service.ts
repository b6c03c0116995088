import { grantReports, type Database } from '@huigong/db';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { found } from '../common/reload.ts';
import { reportLifecycle } from './lifecycle.ts';
import { lockReport } from './locks.ts';

type ReportAction = keyof typeof reportLifecycle.actions;

/** Moves a report by `action` of its lifecycle, with the audit record under its application. */
async function moveReport(
  db: Database,
  actorUserId: string,
  reportId: string,
  action: ReportAction,
  options: { set: Partial<typeof grantReports.$inferInsert>; reason?: string | null },
) {
  return db.transaction(async (tx) => {
    const report = await lockReport(tx, reportId);
    const to = reportLifecycle.assert(report.status, action);
    const [updated] = await tx
      .update(grantReports)
      .set({ ...options.set, status: to })
      .where(and(eq(grantReports.id, report.id), inArray(grantReports.status, reportLifecycle.from(action))))
      .returning();
    await recordAudit(tx, {
      actorUserId,
      action: `grant_report.${to}`,
      subjectType: 'grant_application',
      subjectId: report.applicationId,
      fromState: report.status,
      toState: to,
      reason: options.reason ?? null,
      data: { reportId: report.id, title: report.title },
    });
    return found(updated, '报告');
  });
}

/** The grantee hands in a report, or a revised one after changes were requested. */
export function submitGrantReport(db: Database, actorUserId: string, reportId: string, content: string) {
  return moveReport(db, actorUserId, reportId, 'submit', { set: { content, submittedAt: new Date() } });
}

/** Staff accept a report (which may unlock the next tranche) or ask for changes, saying which. */
export async function reviewGrantReport(
  db: Database,
  actorUserId: string,
  reportId: string,
  input: { accept: boolean; note: string | null },
) {
  if (!input.accept && !input.note) throw fieldError(['input', 'note'], 'REQUIRED', '要求修改时须写明修改意见');
  return moveReport(db, actorUserId, reportId, input.accept ? 'accept' : 'requestChanges', {
    reason: input.note,
    set: { reviewNote: input.note, reviewedByUserId: actorUserId, reviewedAt: new Date() },
  });
}
