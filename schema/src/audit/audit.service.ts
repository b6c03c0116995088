import { auditEvents, type Database } from '@huigong/db';
import { enqueueWebhookEvent } from '../integrations/webhook-events.ts';
import { enqueueMessages } from '../messages/message-events.ts';

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
 * together, and queues the webhook deliveries (integrations/webhook-events.ts) and the people's
 * messages (messages/message-events.ts) this change makes.
 */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  const [row] = await db.insert(auditEvents).values(entry).returning({ id: auditEvents.id, createdAt: auditEvents.createdAt });
  if (!row) throw new Error('insert into audit_events returned no row');
  await enqueueWebhookEvent(db, entry, row.createdAt);
  await enqueueMessages(db, entry, row.id);
}
