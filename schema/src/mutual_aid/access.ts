import type { Database } from '@huigong/db';
import type { Viewer } from '../accounts/viewer.ts';
import { NotFound } from '../common/not-found.ts';
import { actsAt, isStaffOver, staffReach, type StaffReach, type UnionLevel } from '../accounts/staff-reach.ts';
import { MutualAidWrongLevel } from './errors.ts';

export { actsAt, isStaffOver, staffReach, type StaffReach };

/** The unit's grassroots union enrols and files on behalf; a district union may act for the units under it. */
export const UNIT_LEVELS: readonly UnionLevel[] = ['grassroots', 'district'];
/** The city's mutual-aid office sets the scheme, records premiums, valuates, approves and pays. */
export const CITY_LEVELS: readonly UnionLevel[] = ['city'];

/** Outside the viewer's subtree the object does not exist for them; inside it at another level the step is not theirs. */
export async function assertActs(db: Database, viewer: Viewer, path: string, levels: readonly UnionLevel[], what: string) {
  const reach = await staffReach(db, viewer);
  if (!isStaffOver(reach, path)) throw new NotFound(what);
  if (!actsAt(reach, path, levels)) throw new MutualAidWrongLevel(levels);
}
