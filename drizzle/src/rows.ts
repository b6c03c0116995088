import type { SQL } from 'drizzle-orm';
import type { Database } from './client.ts';

/** `db.execute` answers `{ rows }` on PGlite and an array on postgres.js; this gives the rows either way. */
export async function executeRows<T>(db: Database, query: SQL): Promise<T[]> {
  return rowsOf<T>(await db.execute(query));
}

/** The rows of a `db.execute` result from either driver. */
export function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}
