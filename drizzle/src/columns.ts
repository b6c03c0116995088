import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Primary key shared by every table: random UUIDs keep ids unguessable before they are even encoded. */
export const id = () => uuid().primaryKey().default(sql`gen_random_uuid()`);

/**
 * Millisecond precision on purpose: JavaScript dates hold milliseconds, so a cursor built from
 * a row's timestamp compares equal to the stored value and pagination never skips a row.
 */
export const timestamptz = () => timestamp({ withTimezone: true, precision: 3 });

export const createdAt = () => timestamptz().notNull().defaultNow();
export const updatedAt = () =>
  timestamptz()
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
