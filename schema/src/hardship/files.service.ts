import { hardshipFiles, members, uniqueViolation, unions, type Database, type HardshipHouseholdMember } from '@huigong/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { shanghaiDateMonthsAhead, shanghaiToday } from '../common/dates.ts';
import { NotFound } from '../common/not-found.ts';
import { assertActsAt, isStaffOver, staffReach } from './access.ts';
import { attachDocuments, type HardshipDocumentChoice } from './documents.service.ts';
import { HardshipFileExists, HardshipNotEligible, HardshipWrongLevel } from './errors.ts';
import {
  CLOSED_FILE_STATES,
  confirmActionFor,
  fileLifecycle,
  GRASSROOTS_LEVELS,
  levelsFor,
  type FileAction,
  type FileStatus,
} from './lifecycle.ts';

export type HardshipCause = (typeof hardshipFiles.cause.enumValues)[number];
export type HardshipHousing = (typeof hardshipFiles.housing.enumValues)[number];
export type HardshipExitReason = NonNullable<(typeof hardshipFiles.$inferSelect)['exitReason']>;
type FileRow = typeof hardshipFiles.$inferSelect;

export interface HouseholdInput {
  cause: HardshipCause;
  causeNote?: string | null;
  householdMembers: HardshipHouseholdMember[];
  monthlyIncomePerHeadFen: number;
  localMinimumFen: number;
  housing: HardshipHousing;
  isMigrantWorker?: boolean | null;
  labourContractMonths?: number | null;
}

/** A named cause of hardship is a hardship condition of its own; "other" needs income under the line. */
const CONDITION_CAUSES: HardshipCause[] = ['illness', 'disability', 'unemployment', 'schooling', 'disaster'];
const MIGRANT_MIN_CONTRACT_MONTHS = 12;

/**
 * The register's conditions: at least one hardship condition (income per head under the local
 * 低保 line, or a named cause), and for a migrant worker's household without local residence a
 * labour contract of at least a year (report 000: 加入工会组织、签订1年以上劳动合同、符合条件之一).
 * Union membership is given: only members have files.
 */
export function assertEligible(input: HouseholdInput): void {
  const belowLine = input.monthlyIncomePerHeadFen < input.localMinimumFen;
  if (!belowLine && !CONDITION_CAUSES.includes(input.cause)) {
    throw new HardshipNotEligible('家庭人均月收入不低于当地最低生活保障标准，且未说明因病、因残、失业、子女就学或因灾等致困原因');
  }
  if (input.isMigrantWorker && (input.labourContractMonths ?? 0) < MIGRANT_MIN_CONTRACT_MONTHS) {
    throw new HardshipNotEligible('农民工家庭须已签订 1 年以上劳动合同，方可认定为城镇困难职工家庭');
  }
}

function householdValues(input: HouseholdInput) {
  return {
    cause: input.cause,
    causeNote: input.causeNote ?? '',
    householdMembers: input.householdMembers,
    monthlyIncomePerHeadFen: input.monthlyIncomePerHeadFen,
    localMinimumFen: input.localMinimumFen,
    housing: input.housing,
    isMigrantWorker: input.isMigrantWorker ?? false,
    labourContractMonths: input.labourContractMonths ?? null,
  };
}

async function openFileOf(db: Database, memberId: string) {
  return db.query.hardshipFiles.findFirst({
    where: { memberId, status: { notIn: [...CLOSED_FILE_STATES] } },
    columns: { id: true, unionId: true },
  });
}

async function refuseDuplicate(db: Database, memberId: string, unionId: string): Promise<never> {
  const existing = await openFileOf(db, memberId);
  throw new HardshipFileExists(existing ? existing.unionId !== unionId : false);
}

/**
 * Opens a file: by the member for themself, or by their grassroots union on their behalf. One
 * open file per member across every register: the unique partial index decides a race, and the
 * loser is answered like any duplicate.
 */
export async function fileHousehold(
  db: Database,
  viewer: Viewer,
  input: HouseholdInput & { memberId?: string | null; documents?: readonly HardshipDocumentChoice[] },
): Promise<string> {
  let memberId: string;
  let onBehalf = false;
  if (input.memberId && input.memberId !== viewer.member?.id) {
    const [member] = await db
      .select({ id: members.id, path: unions.path })
      .from(members)
      .innerJoin(unions, eq(unions.id, members.unionId))
      .where(eq(members.id, input.memberId));
    if (!member) throw new NotFound('会员');
    assertActsAt(await staffReach(db, viewer), member.path, GRASSROOTS_LEVELS, '会员');
    memberId = member.id;
    onBehalf = true;
  } else {
    if (!viewer.member) throw new NotFound('会员');
    memberId = viewer.member.id;
  }
  const [member] = await db
    .select({ unionId: members.unionId, path: unions.path })
    .from(members)
    .innerJoin(unions, eq(unions.id, members.unionId))
    .where(eq(members.id, memberId));
  if (!member) throw new NotFound('会员');
  assertEligible(input);
  if (await openFileOf(db, memberId)) await refuseDuplicate(db, memberId, member.unionId);

  try {
    return await db.transaction(async (tx) => {
      const [file] = await tx
        .insert(hardshipFiles)
        .values({
          ...householdValues(input),
          memberId,
          unionId: member.unionId,
          unionPath: member.path,
          filedByUserId: viewer.userId,
          filedOnBehalf: onBehalf,
        })
        .returning({ id: hardshipFiles.id });
      await recordAudit(tx, {
        actorUserId: viewer.userId,
        action: 'hardship_file.filed',
        subjectType: 'hardship_file',
        subjectId: file!.id,
        fromState: null,
        toState: 'filed',
        data: { onBehalf, cause: input.cause },
      });
      await attachDocuments(tx, viewer, { id: file!.id, status: 'filed' }, input.documents ?? []);
      return file!.id;
    });
  } catch (error) {
    if (uniqueViolation(error) === 'hardship_files_one_open_per_member') {
      return refuseDuplicate(db, memberId, member.unionId);
    }
    throw error;
  }
}

/** Locks a file the viewer may see (its member, or staff over its union); anything else is NotFound. */
async function lockVisibleFile(tx: Database, viewer: Viewer, fileId: string): Promise<FileRow> {
  const [file] = await tx.select().from(hardshipFiles).where(eq(hardshipFiles.id, fileId)).for('update');
  if (!file) throw new NotFound('困难职工档案');
  const own = viewer.member?.id === file.memberId;
  if (!own && !isStaffOver(await staffReach(tx, viewer), file.unionPath)) throw new NotFound('困难职工档案');
  return file;
}

interface Move {
  action: FileAction;
  reason?: string | null;
  set?: Partial<typeof hardshipFiles.$inferInsert>;
  data?: Record<string, unknown>;
  /** Who may take the step: staff at the acting level, or also the file's own member. */
  memberMayAct?: boolean;
}

/**
 * One step of a file's lifecycle: the file is locked, the viewer's reach and the state checked,
 * the row updated under the state condition, and the step audited in the same transaction.
 */
async function moveFile(db: Database, viewer: Viewer, fileId: string, move: (file: FileRow) => Move): Promise<string> {
  return db.transaction(async (tx) => {
    const file = await lockVisibleFile(tx, viewer, fileId);
    const step = move(file);
    const to = fileLifecycle.assert(file.status, step.action);
    const own = viewer.member?.id === file.memberId;
    if (!(step.memberMayAct && own)) {
      const levels = levelsFor(step.action, file.status);
      const reach = await staffReach(tx, viewer);
      // The member sees their own file, so a step that is not theirs is named, not hidden.
      if (own && !isStaffOver(reach, file.unionPath)) throw new HardshipWrongLevel(levels);
      assertActsAt(reach, file.unionPath, levels, '困难职工档案');
    }
    const [updated] = await tx
      .update(hardshipFiles)
      .set({ ...step.set, status: to })
      .where(and(eq(hardshipFiles.id, file.id), inArray(hardshipFiles.status, [...fileLifecycle.from(step.action)])))
      .returning({ id: hardshipFiles.id });
    if (!updated) throw new Error('hardship file changed under its row lock');
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: `hardship_file.${step.action}`,
      subjectType: 'hardship_file',
      subjectId: file.id,
      fromState: file.status,
      toState: to,
      reason: step.reason ?? null,
      ...(step.data && { data: step.data }),
    });
    return file.id;
  });
}

export function verifyFile(db: Database, viewer: Viewer, fileId: string, note?: string | null) {
  const now = new Date();
  return moveFile(db, viewer, fileId, () => ({
    action: 'verify',
    reason: note ?? null,
    set: { verifiedByUserId: viewer.userId, verifiedAt: now },
  }));
}

/** The next confirmation: the city after the grassroots union, then the province, then the national union. */
export function confirmFile(db: Database, viewer: Viewer, fileId: string, note?: string | null) {
  const now = new Date();
  return moveFile(db, viewer, fileId, (file) => {
    const action = confirmActionFor(file.status);
    if (action === 'confirmCity') {
      return { action, reason: note ?? null, set: { cityConfirmedByUserId: viewer.userId, cityConfirmedAt: now } };
    }
    if (action === 'confirmProvince') {
      return { action, reason: note ?? null, set: { provinceConfirmedByUserId: viewer.userId, provinceConfirmedAt: now } };
    }
    const today = shanghaiToday(now);
    return {
      action,
      reason: note ?? null,
      set: {
        confirmedByUserId: viewer.userId,
        confirmedOn: today,
        lastCheckedOn: today,
        recheckDueOn: shanghaiDateMonthsAhead(12, now),
      },
    };
  });
}

export function sendBackFile(db: Database, viewer: Viewer, fileId: string, reason: string) {
  return moveFile(db, viewer, fileId, () => ({ action: 'sendBack', reason, set: { returnReason: reason } }));
}

export function refuseFile(db: Database, viewer: Viewer, fileId: string, reason: string) {
  return moveFile(db, viewer, fileId, () => ({ action: 'refuse', reason, set: { refusalReason: reason } }));
}

/** The member (or their grassroots union) corrects a returned file and files it again. */
export function resubmitFile(db: Database, viewer: Viewer, fileId: string, household: HouseholdInput | null, note?: string | null) {
  if (household) assertEligible(household);
  return moveFile(db, viewer, fileId, () => ({
    action: 'resubmit',
    memberMayAct: true,
    reason: note ?? null,
    set: { ...(household && householdValues(household)), submittedAt: new Date() },
  }));
}

/**
 * The yearly re-check (清理核查): the grassroots union confirms the household still qualifies,
 * with this year's income, and the next re-check falls due a year later.
 */
export function recheckFile(
  db: Database,
  viewer: Viewer,
  fileId: string,
  input: { monthlyIncomePerHeadFen?: number | null; localMinimumFen?: number | null; note?: string | null },
) {
  const now = new Date();
  return moveFile(db, viewer, fileId, (file) => {
    const income = input.monthlyIncomePerHeadFen ?? file.monthlyIncomePerHeadFen;
    const line = input.localMinimumFen ?? file.localMinimumFen;
    assertEligible({ ...file, monthlyIncomePerHeadFen: income, localMinimumFen: line });
    return {
      action: 'recheck',
      reason: input.note ?? null,
      set: {
        monthlyIncomePerHeadFen: income,
        localMinimumFen: line,
        lastCheckedOn: shanghaiToday(now),
        recheckDueOn: shanghaiDateMonthsAhead(12, now),
      },
      data: { previousDueOn: file.recheckDueOn },
    };
  });
}

export function exitFile(db: Database, viewer: Viewer, fileId: string, reason: HardshipExitReason, note?: string | null) {
  return moveFile(db, viewer, fileId, () => ({
    action: 'exit',
    reason: note ?? null,
    set: { exitReason: reason, exitNote: note ?? null, exitedAt: new Date() },
    data: { exitReason: reason },
  }));
}

/** An exited household falls back into hardship: the file is filed again and goes through the levels anew. */
export async function reenterFile(db: Database, viewer: Viewer, fileId: string, household: HouseholdInput | null, note?: string | null) {
  if (household) assertEligible(household);
  try {
    return await moveFile(db, viewer, fileId, () => ({
      action: 'reenter',
      memberMayAct: true,
      reason: note ?? null,
      set: {
        ...(household && householdValues(household)),
        exitReason: null,
        exitNote: null,
        exitedAt: null,
        verifiedByUserId: null,
        verifiedAt: null,
        cityConfirmedByUserId: null,
        cityConfirmedAt: null,
        provinceConfirmedByUserId: null,
        provinceConfirmedAt: null,
        confirmedByUserId: null,
        returnReason: null,
        submittedAt: new Date(),
      },
    }));
  } catch (error) {
    if (uniqueViolation(error) === 'hardship_files_one_open_per_member') {
      const file = await db.query.hardshipFiles.findFirst({ where: { id: fileId }, columns: { memberId: true, unionId: true } });
      if (file) return refuseDuplicate(db, file.memberId, file.unionId);
    }
    throw error;
  }
}
