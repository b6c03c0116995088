import { index, pgEnum, snakeCase, text, uuid } from 'drizzle-orm/pg-core';
import { unions, users } from '../accounts/tables.ts';
import { createdAt, id, timestamptz } from '../columns.ts';

export const apiScope = pgEnum('api_scope', [
  'read_unions',
  'read_offers',
  'write_redemptions',
  'read_jobs',
  'write_applications',
  'read_competitions',
  'write_registrations',
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
