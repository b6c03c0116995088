import { auditEvents, type Database } from '@huigong/db';
import { enqueueWebhookEvent } from '../integrations/webhook-events.ts';

export interface AuditEntry {
  actorUserId: string | null;
  /** The integrator, when the change was made with an API key (then actorUserId is null). */
  actorApiClientId?: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  fromState?: string | null;
  toState?: string | null;
  reason?: string | null;
  data?: Record<string, unknown> | null;
}

/**
 * Appends to the audit trail inside the caller's transaction, so the record and the change commit
 * together, and queues the webhook deliveries this change makes (integrations/webhook-events.ts).
 */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  const [row] = await db.insert(auditEvents).values(entry).returning({ createdAt: auditEvents.createdAt });
  await enqueueWebhookEvent(db, entry, row?.createdAt ?? new Date());
}
