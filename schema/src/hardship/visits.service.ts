import { hardshipPairings, hardshipVisits, uniqueViolation, type Database } from '@huigong/db';
import { and, eq, isNull } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { shanghaiToday } from '../common/dates.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { InvalidTransition } from '../common/transitions.ts';
import { isStaffOver, staffReach } from './access.ts';
import { HardshipAlreadyPaired } from './errors.ts';

export type VisitRound = (typeof hardshipVisits.round.enumValues)[number];

/** A confirmed or exited household's file that staff over it may work on; anything else is NotFound. */
async function staffFile(db: Database, viewer: Viewer, fileId: string) {
  const file = await db.query.hardshipFiles.findFirst({ where: { id: fileId }, columns: { id: true, unionPath: true, status: true } });
  if (!file || !isStaffOver(await staffReach(db, viewer), file.unionPath)) throw new NotFound('困难职工档案');
  return file;
}

/** Logs a visit (四季送): who went, when, and what they brought. Any staff over the household. */
export async function logVisit(
  db: Database,
  viewer: Viewer,
  input: { fileId: string; round: VisitRound; visitedOn: string; visitors: string; brought: string; valueFen?: number | null; note?: string | null },
): Promise<string> {
  const file = await staffFile(db, viewer, input.fileId);
  if (input.visitedOn > shanghaiToday()) throw fieldError(['input', 'visitedOn'], 'IN_THE_FUTURE', '走访日期不能晚于今天');
  return db.transaction(async (tx) => {
    const [visit] = await tx
      .insert(hardshipVisits)
      .values({
        fileId: file.id,
        unionPath: file.unionPath,
        round: input.round,
        visitedOn: input.visitedOn,
        visitors: input.visitors,
        brought: input.brought,
        valueFen: input.valueFen ?? 0,
        note: input.note ?? '',
        recordedByUserId: viewer.userId,
      })
      .returning({ id: hardshipVisits.id });
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'hardship_visit.logged',
      subjectType: 'hardship_file',
      subjectId: file.id,
      fromState: file.status,
      toState: file.status,
      data: { visitId: visit!.id, round: input.round, valueFen: input.valueFen ?? 0 },
    });
    return visit!.id;
  });
}

/** Pairs a household with a union cadre (一帮一): staff over the household, a cadre who is staff over it too. */
export async function pairHousehold(db: Database, viewer: Viewer, fileId: string, cadreUserId: string): Promise<string> {
  const file = await staffFile(db, viewer, fileId);
  const cadre = await db.query.users.findFirst({
    where: { id: cadreUserId },
    columns: { id: true },
    with: { roleGrants: { with: { union: { columns: { path: true } } } } },
  });
  const covers = cadre?.roleGrants.some((g) => g.role === 'union_staff' && g.union && file.unionPath.startsWith(g.union.path));
  if (!cadre || !covers) throw fieldError(['input', 'cadre'], 'NOT_A_CADRE', '结对干部须为该家庭所在工会或其上级工会的工作人员');
  try {
    return await db.transaction(async (tx) => {
      const [pairing] = await tx
        .insert(hardshipPairings)
        .values({ fileId: file.id, unionPath: file.unionPath, cadreUserId: cadre.id, startedOn: shanghaiToday(), pairedByUserId: viewer.userId })
        .returning({ id: hardshipPairings.id });
      await recordAudit(tx, {
        actorUserId: viewer.userId,
        action: 'hardship_pairing.started',
        subjectType: 'hardship_file',
        subjectId: file.id,
        data: { pairingId: pairing!.id, cadreUserId: cadre.id },
      });
      return pairing!.id;
    });
  } catch (error) {
    if (uniqueViolation(error) === 'hardship_pairings_one_active') throw new HardshipAlreadyPaired();
    throw error;
  }
}

export async function endPairing(db: Database, viewer: Viewer, pairingId: string, reason: string): Promise<string> {
  return db.transaction(async (tx) => {
    const pairing = await tx.query.hardshipPairings.findFirst({ where: { id: pairingId } });
    if (!pairing || !isStaffOver(await staffReach(tx, viewer), pairing.unionPath)) throw new NotFound('结对帮扶');
    const ended = await tx
      .update(hardshipPairings)
      .set({ endedOn: shanghaiToday(), endReason: reason })
      .where(and(eq(hardshipPairings.id, pairing.id), isNull(hardshipPairings.endedOn)))
      .returning({ id: hardshipPairings.id });
    if (ended.length === 0) throw new InvalidTransition('结对帮扶', 'ended', 'ended', { ended: '已结束' });
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'hardship_pairing.ended',
      subjectType: 'hardship_file',
      subjectId: pairing.fileId,
      reason,
      data: { pairingId: pairing.id },
    });
    return pairing.id;
  });
}
