import { grantApplications, type Database } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { NotFound } from '../common/not-found.ts';

/** Locks the application row for the rest of the transaction: every state change goes through here. */
export async function lockApplication(tx: Database, applicationId: string): Promise<typeof grantApplications.$inferSelect> {
  const [row] = await tx.select().from(grantApplications).where(eq(grantApplications.id, applicationId)).for('update');
  if (!row) throw new NotFound('资助申请');
  return row;
}
