import { sql } from 'drizzle-orm';
import { index, integer, uniqueIndex, jsonb, pgEnum, snakeCase, text, unique, uuid } from 'drizzle-orm/pg-core';
import { unions, users } from '../accounts/tables.ts';
import { merchants } from '../offers/tables.ts';
import { createdAt, id, timestamptz } from '../columns.ts';

export const apiScope = pgEnum('api_scope', [
  'read_unions',
  'read_offers',
  'write_redemptions',
  'read_jobs',
  'read_competitions',
  'read_grants',
  'manage_webhooks',
]);

/** A third party (a co-issuing bank, another union's app, a city portal) registered by union staff. */
export const apiClients = snakeCase.table(
  'api_clients',
  {
    id: id(),
    name: text().notNull(),
    /** The organisation behind the client, e.g. 中国工商银行洛阳分行. */
    organization: text().notNull(),
    /** The union that registered it; its staff (and their superiors) manage the client. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    /**
     * A merchant's own till or point-of-sale system: its keys act for this merchant (redeeming
     * codes at its stores with the write_redemptions scope) and for no other.
     */
    merchantId: uuid().references(() => merchants.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('api_clients_union_idx').on(t.unionId, t.createdAt)],
);

/**
 * A key is `hgk_<prefix>_<secret>`: the prefix is stored in clear to find the key and to show it
 * in lists; only a SHA-256 of the high-entropy secret is kept. Rotation gives the old key an
 * expiry so that both work during the overlap.
 */
export const apiKeys = snakeCase.table(
  'api_keys',
  {
    id: id(),
    clientId: uuid()
      .notNull()
      .references(() => apiClients.id, { onDelete: 'cascade' }),
    prefix: text().notNull().unique(),
    secretHash: text().notNull(),
    scopes: apiScope().array().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    lastUsedAt: timestamptz(),
    expiresAt: timestamptz(),
    revokedAt: timestamptz(),
  },
  (t) => [index('api_keys_client_idx').on(t.clientId, t.createdAt)],
);

export const webhookEvent = pgEnum('webhook_event', [
  'offer.published',
  'offer.ended',
  'claim.redeemed',
  'voucher.purchased',
  'voucher.refunded',
  'job.published',
  'application.status_changed',
  'registration.confirmed',
  'registration.promoted',
  'grant.decided',
  'tranche.paid',
]);

/** An integrator's endpoint and the events it wants. The signing secret must be readable to sign. */
export const webhookSubscriptions = snakeCase.table(
  'webhook_subscriptions',
  {
    id: id(),
    clientId: uuid()
      .notNull()
      .references(() => apiClients.id, { onDelete: 'cascade' }),
    url: text().notNull(),
    events: webhookEvent().array().notNull(),
    secret: text().notNull(),
    createdAt: createdAt(),
    disabledAt: timestamptz(),
    /** Set when deliveries keep failing; nothing is sent until the integrator resumes it. */
    pausedAt: timestamptz(),
  },
  (t) => [index('webhook_subscriptions_client_idx').on(t.clientId, t.createdAt)],
);

export const webhookDeliveryStatus = pgEnum('webhook_delivery_status', ['pending', 'delivering', 'delivered', 'failed']);

/**
 * One row per event and subscription, written in the transaction of the change it reports
 * together with the pg-boss job that sends it (queue `webhook-delivery`, see queue.ts): pg-boss
 * hands jobs to workers with SKIP LOCKED and schedules retries with exponential back-off; this row
 * is what integrators see (status, attempts, history). The unique key makes delivery of one event
 * to one endpoint idempotent.
 */
export const webhookDeliveries = snakeCase.table(
  'webhook_deliveries',
  {
    id: id(),
    subscriptionId: uuid()
      .notNull()
      .references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    eventId: uuid().notNull(),
    event: webhookEvent().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    status: webhookDeliveryStatus().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    /** When the queued job is due (a retry's back-off), as pg-boss scheduled it. */
    nextAttemptAt: timestamptz().notNull().defaultNow(),
    /**
     * The pg-boss job that will send this delivery; null while its endpoint is paused (resuming
     * queues a job). A job whose id is no longer this one (replaced by a replay) is dropped.
     */
    jobId: uuid(),
    lastStatusCode: integer(),
    lastError: text(),
    createdAt: createdAt(),
    deliveredAt: timestamptz(),
  },
  (t) => [
    unique('webhook_deliveries_once').on(t.subscriptionId, t.eventId),
    // Workers find a delivery by the job pg-boss handed them.
    uniqueIndex('webhook_deliveries_job_idx').on(t.jobId),
    index('webhook_deliveries_parked_idx').on(t.subscriptionId).where(sql`${t.jobId} is null and ${t.status} = 'pending'`),
    index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.createdAt),
  ],
);

/** Every attempt at a delivery, kept for the integrator's diagnosis. */
export const webhookDeliveryAttempts = snakeCase.table(
  'webhook_delivery_attempts',
  {
    id: id(),
    deliveryId: uuid()
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    attempt: integer().notNull(),
    statusCode: integer(),
    error: text(),
    durationMs: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('webhook_delivery_attempts_delivery_idx').on(t.deliveryId, t.createdAt)],
);
