import type { rightsCases, Database } from '@huigong/db';
import { isUnionStaffOver, staffReach } from '../accounts/staff-reach.ts';
import type { Viewer } from '../accounts/viewer.ts';

type CaseRow = Pick<
  typeof rightsCases.$inferSelect,
  'memberId' | 'unionPath' | 'cityPath' | 'confidential' | 'caseOfficerUserId' | 'lawyerUserId' | 'status'
>;

/** Levels from which confidential intake is handled: the city union (女职工委员会) and above. */
const CONFIDENTIAL_INTAKE_LEVELS = new Set(['city', 'province', 'national']);

export interface CaseAccess {
  /** The worker the case is for (a member following it on their phone). */
  member: boolean;
  officer: boolean;
  lawyer: boolean;
  /** Union staff over the case's union: the union's intake desk. Never true for a confidential case. */
  staff: boolean;
  /** May read the whole case. */
  reads: boolean;
}

/**
 * Who sees a case. A confidential case (always for women workers' cases) only its member, its
 * case officer and its assigned lawyer; any other case also the staff of its union and the unions above.
 */
export function caseAccess(viewer: Viewer | null, row: CaseRow): CaseAccess {
  if (!viewer) return { member: false, officer: false, lawyer: false, staff: false, reads: false };
  const member = row.memberId !== null && viewer.member?.id === row.memberId;
  const officer = row.caseOfficerUserId === viewer.userId;
  const lawyer = row.lawyerUserId === viewer.userId;
  const staff = !row.confidential && isUnionStaffOver(viewer, row.unionPath);
  return { member, officer, lawyer, staff, reads: member || officer || lawyer || staff };
}

/** Union staff of the city union above the case (or higher) may take an unassigned confidential case. */
export async function takesConfidentialIntake(db: Database, viewer: Viewer | null, row: CaseRow): Promise<boolean> {
  if (!viewer || !row.confidential || row.caseOfficerUserId !== null || row.status !== 'opened') return false;
  const intakePath = row.cityPath ?? row.unionPath;
  return (await confidentialIntakePaths(db, viewer)).some((p) => intakePath.startsWith(p));
}

/** The subtrees in which the viewer handles confidential intake (grants at city level or above). */
export async function confidentialIntakePaths(db: Database, viewer: Viewer | null): Promise<string[]> {
  const reach = await staffReach(db, viewer);
  return reach.filter((r) => CONFIDENTIAL_INTAKE_LEVELS.has(r.level)).map((r) => r.path);
}

/** A lawyer appointed (legal_aid_lawyer grant) by the case's union or a union above it. */
export const lawyerOver = (grants: readonly { role: string; unionPath: string | null }[], path: string) =>
  grants.some((g) => g.role === 'legal_aid_lawyer' && g.unionPath !== null && path.startsWith(g.unionPath));
