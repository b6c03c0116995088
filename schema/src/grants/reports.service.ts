import { grantReports, type Database } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { shanghaiDateMonthsAhead } from '../common/dates.ts';
import { NotFound } from '../common/not-found.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { InvalidGrantTransition, REPORT_STATUS_LABELS } from './errors.ts';

type Report = typeof grantReports.$inferSelect;
type ReportStatus = Report['status'];

/** Today's date in Asia/Shanghai, `months` months ahead (common/dates.ts). */
export const shanghaiDatePlusMonths = (from: Date, months: number): string => shanghaiDateMonthsAhead(months, from);

async function moveReport(
  db: Database,
  actorUserId: string,
  reportId: string,
  options: { from: readonly ReportStatus[]; to: ReportStatus; verb: string; set: Partial<typeof grantReports.$inferInsert>; reason?: string | null },
) {
  return db.transaction(async (tx) => {
    const [report] = await tx.select().from(grantReports).where(eq(grantReports.id, reportId)).for('update');
    if (!report) throw new NotFound('报告');
    if (!options.from.includes(report.status)) {
      throw new InvalidGrantTransition(report.status, options.verb, REPORT_STATUS_LABELS);
    }
    const [updated] = await tx
      .update(grantReports)
      .set({ ...options.set, status: options.to })
      .where(eq(grantReports.id, report.id))
      .returning();
    await recordAudit(tx, {
      actorUserId,
      action: `grant_report.${options.to}`,
      subjectType: 'grant_application',
      subjectId: report.applicationId,
      fromState: report.status,
      toState: options.to,
      reason: options.reason ?? null,
      data: { reportId: report.id, title: report.title },
    });
    return updated!;
  });
}

/** The grantee hands in a report, or a revised one after changes were requested. */
export function submitGrantReport(db: Database, actorUserId: string, reportId: string, content: string) {
  return moveReport(db, actorUserId, reportId, {
    from: ['due', 'changes_requested'],
    to: 'submitted',
    verb: '提交报告',
    set: { content, submittedAt: new Date() },
  });
}

/** Staff accept a report (which may unlock the next tranche) or ask for changes. */
export function reviewGrantReport(
  db: Database,
  actorUserId: string,
  reportId: string,
  input: { accept: boolean; note: string | null },
) {
  return moveReport(db, actorUserId, reportId, {
    from: ['submitted'],
    to: input.accept ? 'accepted' : 'changes_requested',
    verb: input.accept ? '验收报告' : '要求修改报告',
    reason: input.note,
    set: { reviewNote: input.note, reviewedByUserId: actorUserId, reviewedAt: new Date() },
  });
}
