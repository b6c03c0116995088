import { actsAt, isStaffOver, type StaffReach, type UnionLevel } from '../accounts/staff-reach.ts';
import { NotFound } from '../common/not-found.ts';
import { HardshipWrongLevel } from './errors.ts';

export { actsAt, isStaffOver, staffReach, type StaffReach } from '../accounts/staff-reach.ts';

/**
 * Staff act on what their subtree holds, at their own level: outside the subtree the object does
 * not exist for them (NotFound); inside it at another level the step is not theirs.
 */
export function assertActsAt(reach: readonly StaffReach[], path: string, levels: readonly UnionLevel[], what: string): void {
  if (!isStaffOver(reach, path)) throw new NotFound(what);
  if (!actsAt(reach, path, levels)) throw new HardshipWrongLevel(levels);
}
