import type { Database } from '@huigong/db';
import type { SQL } from 'drizzle-orm';

/** `db.execute` answers `{ rows }` on PGlite and an array on postgres.js; this gives the rows either way. */
export async function executeRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}
