import type { Database } from '@huigong/db';

/**
 * Union paths never change once written (a union is not re-parented), so a process-wide memo is
 * safe and saves a query on every subtree authorization.
 */
const pathMemo = new Map<string, string>();

/** The union's path if this process has already read it, without a query. */
export function knownUnionPath(unionId: string): string | undefined {
  return pathMemo.get(unionId);
}

export async function unionPath(db: Database, unionId: string): Promise<string | null> {
  const known = pathMemo.get(unionId);
  if (known) return known;
  const union = await db.query.unions.findFirst({ where: { id: unionId }, columns: { path: true } });
  if (!union) return null;
  pathMemo.set(unionId, union.path);
  return union.path;
}
