import { sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, jsonb, pgEnum, snakeCase, text, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.ts';
import { auditEvents } from '../audit/tables.ts';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';

export const messageKind = pgEnum('message_kind', [
  'application_status_changed',
  'seat_offered',
  'registration_confirmed',
  'claim_expiring',
  'voucher_paid',
  'grant_decided',
  'tranche_paid',
]);

/**
 * A person's inbox, written from the audit trail in the change's own transaction. One message per
 * audit record and recipient (unique), so replaying an audit record cannot duplicate it.
 */
export const messages = snakeCase.table(
  'messages',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: messageKind().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    /** The subject's GraphQL type and id, for a link in the storefront. */
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    /** The audit record it comes from, or a dedup key for scheduled ones (claim expiring). */
    auditEventId: bigint({ mode: 'number' }).references(() => auditEvents.id),
    dedupKey: text().notNull(),
    data: jsonb().$type<Record<string, unknown>>(),
    createdAt: createdAt(),
    readAt: timestamptz(),
  },
  (t) => [
    unique('messages_once').on(t.userId, t.dedupKey),
    index('messages_inbox_idx').on(t.userId, t.createdAt, t.id),
    index('messages_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
  ],
);

export const smsDeliveryStatus = pgEnum('sms_delivery_status', ['queued', 'sending', 'sent', 'skipped', 'failed']);

/**
 * The SMS of an urgent message. One per message (unique); the job that sends it claims the row
 * (`sending`, with the provider's out-id) before calling the provider and records the result in the
 * same row, so a retried job finds the earlier attempt and asks the provider instead of resending.
 */
export const smsDeliveries = snakeCase.table(
  'sms_deliveries',
  {
    id: id(),
    messageId: uuid()
      .notNull()
      .unique()
      .references(() => messages.id, { onDelete: 'cascade' }),
    phone: text().notNull(),
    status: smsDeliveryStatus().notNull().default('queued'),
    /** Sent with the SMS (Aliyun OutId / Tencent SessionContext) to find it again at the provider. */
    outId: text().notNull(),
    /** Earliest time to send (after quiet hours). */
    notBefore: timestamptz().notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    providerMessageId: text(),
    lastError: text(),
    sentAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique('sms_deliveries_out_id').on(t.outId)],
);

/** A person's message settings; no row means the defaults (SMS on, quiet 22:00–08:00 Beijing time). */
export const messageSettings = snakeCase.table(
  'message_settings',
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    smsEnabled: boolean().notNull().default(true),
    /** Hours in Asia/Shanghai, 0–23; start == end means no quiet hours. */
    quietStartHour: integer().notNull().default(22),
    quietEndHour: integer().notNull().default(8),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('message_settings_hours', sql`${t.quietStartHour} between 0 and 23 and ${t.quietEndHour} between 0 and 23`),
  ],
);
