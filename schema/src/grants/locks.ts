import { grantApplications, grantReports, grantReviews, grantTranches, type Database } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { found } from '../common/reload.ts';

// Row locks for the rest of the transaction: every state change of a grant row goes through one.
// Where two are taken, the application is locked first, then the row under it, so concurrent
// actions on one application cannot deadlock.

type Lockable = typeof grantApplications | typeof grantTranches | typeof grantReviews | typeof grantReports;

/** SELECT … FOR UPDATE of one row by id; NotFound(`what`) when there is none. */
function lockRow<T extends Lockable>(tx: Database, table: T, id: string, what: string): Promise<T['$inferSelect']> {
  // drizzle cannot follow a union of tables through select().from(); each member has an id column.
  const rows = tx.select().from(table as typeof grantApplications).where(eq(table.id, id)).for('update');
  return found(rows.then((r) => r[0] as T['$inferSelect'] | undefined), what);
}

export const lockApplication = (tx: Database, id: string) => lockRow(tx, grantApplications, id, '资助申请');
export const lockTranche = (tx: Database, id: string) => lockRow(tx, grantTranches, id, '拨款');
export const lockReview = (tx: Database, id: string) => lockRow(tx, grantReviews, id, '评审任务');
export const lockReport = (tx: Database, id: string) => lockRow(tx, grantReports, id, '报告');
