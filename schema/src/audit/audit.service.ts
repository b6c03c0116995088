import { auditEvents, type Database } from '@huigong/db';

export interface AuditEntry {
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  data?: Record<string, unknown> | null;
}

/** Appends to the audit trail inside the caller's transaction, so the record and the change commit together. */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.insert(auditEvents).values(entry);
}
