import { grantApplications, grantReports, grantReviews, grantTranches, type Database } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { found } from '../common/reload.ts';

// Row locks for the rest of the transaction: every state change of a grant row goes through one.
// Where two are taken, the application is locked first, then the row under it, so concurrent
// actions on one application cannot deadlock.

export function lockApplication(tx: Database, applicationId: string) {
  return found(
    tx.select().from(grantApplications).where(eq(grantApplications.id, applicationId)).for('update').then((rows) => rows[0]),
    '资助申请',
  );
}

export function lockTranche(tx: Database, trancheId: string) {
  return found(
    tx.select().from(grantTranches).where(eq(grantTranches.id, trancheId)).for('update').then((rows) => rows[0]),
    '拨款',
  );
}

export function lockReview(tx: Database, reviewId: string) {
  return found(
    tx.select().from(grantReviews).where(eq(grantReviews.id, reviewId)).for('update').then((rows) => rows[0]),
    '评审任务',
  );
}

export function lockReport(tx: Database, reportId: string) {
  return found(
    tx.select().from(grantReports).where(eq(grantReports.id, reportId)).for('update').then((rows) => rows[0]),
    '报告',
  );
}
