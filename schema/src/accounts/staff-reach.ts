import { unions, type Database } from '@huigong/db';
import { inArray } from 'drizzle-orm';
import { hasUnionRoleOver, type Viewer } from './viewer.ts';

export type UnionLevel = (typeof unions.$inferSelect)['level'];

/**
 * Union staff over the union at `unionPath` (its own union or an ancestor), platform admins
 * included: for programmes whose rows any staff above may read (jobs, rights cases).
 */
export const isUnionStaffOver = (viewer: Viewer | null, unionPath: string): boolean =>
  hasUnionRoleOver(viewer, 'union_staff', unionPath);

/**
 * One union_staff grant of the viewer: the subtree it covers and the level it sits at. The
 * programmes whose steps belong to a level (hardship, mutual aid, confidential rights intake) work
 * from these, and platform admins hold none.
 */
export interface StaffReach {
  path: string;
  level: UnionLevel;
}

// A union's level never changes, so it is remembered for the process.
const levelMemo = new Map<string, UnionLevel>();
const reachMemo = new WeakMap<Viewer, Promise<StaffReach[]>>();

/** The viewer's union_staff grants with their levels: one query per request at most. */
export function staffReach(db: Database, viewer: Viewer | null): Promise<StaffReach[]> {
  if (!viewer) return Promise.resolve([]);
  let known = reachMemo.get(viewer);
  if (!known) {
    known = (async () => {
      const grants = viewer.grants.filter((g) => g.role === 'union_staff' && g.unionId && g.unionPath);
      const missing = grants.map((g) => g.unionId!).filter((id) => !levelMemo.has(id));
      if (missing.length > 0) {
        const rows = await db.select({ id: unions.id, level: unions.level }).from(unions).where(inArray(unions.id, missing));
        for (const row of rows) levelMemo.set(row.id, row.level);
      }
      return grants.flatMap((g) => {
        const level = levelMemo.get(g.unionId!);
        return level ? [{ path: g.unionPath!, level }] : [];
      });
    })();
    reachMemo.set(viewer, known);
  }
  return known;
}

/** Some grant of `reach` covers the union at `path`. */
export const isStaffOver = (reach: readonly StaffReach[], path: string) => reach.some((r) => path.startsWith(r.path));

/** Some grant of `reach` covers the union at `path` from one of `levels`. */
export const actsAt = (reach: readonly StaffReach[], path: string, levels: readonly UnionLevel[]) =>
  reach.some((r) => path.startsWith(r.path) && levels.includes(r.level));
