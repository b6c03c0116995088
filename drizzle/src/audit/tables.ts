import { bigint, index, jsonb, snakeCase, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.ts';
import { createdAt } from '../columns.ts';
import { apiClients } from '../integrations/tables.ts';

/**
 * Append-only record of state changes that matter (approvals, redemptions, payouts, decisions).
 * A trigger in the migrations refuses UPDATE and DELETE on this table.
 */
export const auditEvents = snakeCase.table(
  'audit_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    actorUserId: uuid().references(() => users.id),
    /** Set when the change was made with an API key: the integrator that made it. */
    actorApiClientId: uuid().references(() => apiClients.id),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    fromState: text(),
    toState: text(),
    reason: text(),
    data: jsonb().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [index('audit_events_subject_idx').on(t.subjectType, t.subjectId, t.id)],
);
