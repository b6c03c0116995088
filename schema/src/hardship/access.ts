import { unions, type Database } from '@huigong/db';
import { inArray } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { NotFound } from '../common/not-found.ts';
import { HardshipWrongLevel } from './errors.ts';
import type { UnionLevel } from './lifecycle.ts';

/** One union_staff grant of the viewer: the subtree it covers and the level it sits at. */
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

/** The levels at which the viewer is staff over the union at `path`. */
export function levelsOver(reach: readonly StaffReach[], path: string): Set<UnionLevel> {
  return new Set(reach.filter((r) => path.startsWith(r.path)).map((r) => r.level));
}

export const isStaffOver = (reach: readonly StaffReach[], path: string) => reach.some((r) => path.startsWith(r.path));

export const actsAt = (reach: readonly StaffReach[], path: string, levels: readonly UnionLevel[]) =>
  reach.some((r) => path.startsWith(r.path) && levels.includes(r.level));

/**
 * Staff act on what their subtree holds, at their own level: outside the subtree the object does
 * not exist for them (NotFound); inside it at another level the step is not theirs.
 */
export function assertActsAt(reach: readonly StaffReach[], path: string, levels: readonly UnionLevel[], what: string): void {
  if (!isStaffOver(reach, path)) throw new NotFound(what);
  if (!actsAt(reach, path, levels)) throw new HardshipWrongLevel(levels);
}
