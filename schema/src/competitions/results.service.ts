import { competitionCertificates, competitionEntries, competitionEvents, uniqueViolation, type Database } from '@huigong/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { NotFound } from '../common/not-found.ts';
import { DomainError } from '../common/errors.ts';
import { EntryNotActive, randomCode, type EntryRow } from './registration.service.ts';

export class CheckInCodeInvalid extends DomainError {
  readonly code = 'CHECK_IN_CODE_INVALID';
  constructor() {
    super('签到码无效');
  }
}

export class AlreadyCheckedIn extends DomainError {
  readonly code = 'ALREADY_CHECKED_IN';
  constructor(readonly checkedInAt: Date) {
    super('该参赛者已签到');
  }
}

export class NotCheckedIn extends DomainError {
  readonly code = 'NOT_CHECKED_IN';
  constructor() {
    super('参赛者尚未签到，不能录入成绩');
  }
}

export class ResultsAlreadyPublished extends DomainError {
  readonly code = 'RESULTS_ALREADY_PUBLISHED';
  constructor() {
    super('该项目成绩已公布，不能再更改');
  }
}

export class NoScores extends DomainError {
  readonly code = 'NO_SCORES';
  constructor() {
    super('该项目还没有任何成绩，无法公布');
  }
}

/**
 * Staff check an entrant in by the code on their entry. The conditional UPDATE lets exactly one
 * of several desks win; the others learn it was already done.
 */
export async function checkIn(
  db: Database,
  actorUserId: string,
  input: { competitionId: string; code: string },
): Promise<EntryRow> {
  const code = input.code.trim().toUpperCase();
  return db.transaction(async (tx) => {
    const now = new Date();
    const [entry] = await tx
      .update(competitionEntries)
      .set({ checkedInAt: now, checkedInByUserId: actorUserId })
      .where(
        and(
          eq(competitionEntries.competitionId, input.competitionId),
          eq(competitionEntries.checkInCode, code),
          eq(competitionEntries.status, 'confirmed'),
          isNull(competitionEntries.checkedInAt),
        ),
      )
      .returning();
    if (entry) {
      await recordAudit(tx, {
        actorUserId,
        action: 'competition_entry.checked_in',
        subjectType: 'competition_entry',
        subjectId: entry.id,
        fromState: 'confirmed',
        toState: 'checked_in',
      });
      return entry;
    }
    const known = await tx.query.competitionEntries.findFirst({
      where: { competitionId: input.competitionId, checkInCode: code },
    });
    if (!known) throw new CheckInCodeInvalid();
    if (known.checkedInAt) throw new AlreadyCheckedIn(known.checkedInAt);
    throw new EntryNotActive(known.status);
  });
}

async function lockEventForResults(tx: Database, eventId: string) {
  const [event] = await tx.select().from(competitionEvents).where(eq(competitionEvents.id, eventId)).for('update');
  if (!event) throw new NotFound('比赛项目');
  if (event.resultsPublishedAt) throw new ResultsAlreadyPublished();
  return event;
}

/** Records (or corrects) the score of a checked-in entry, until the event's results are published. */
export async function recordScore(
  db: Database,
  actorUserId: string,
  input: { entryId: string; score: string; durationSeconds?: number | null },
): Promise<EntryRow> {
  const target = await db.query.competitionEntries.findFirst({ where: { id: input.entryId }, columns: { eventId: true } });
  if (!target) throw new NotFound('报名');
  return db.transaction(async (tx) => {
    await lockEventForResults(tx, target.eventId);
    const [before] = await tx.select().from(competitionEntries).where(eq(competitionEntries.id, input.entryId)).for('update');
    if (!before) throw new NotFound('报名');
    if (before.status !== 'confirmed') throw new EntryNotActive(before.status);
    if (!before.checkedInAt) throw new NotCheckedIn();
    const [entry] = await tx
      .update(competitionEntries)
      .set({ score: input.score, durationSeconds: input.durationSeconds ?? null, scoredAt: new Date() })
      .where(eq(competitionEntries.id, input.entryId))
      .returning();
    await recordAudit(tx, {
      actorUserId,
      action: 'competition_entry.scored',
      subjectType: 'competition_entry',
      subjectId: input.entryId,
      fromState: before.score,
      toState: input.score,
      data: { durationSeconds: input.durationSeconds ?? null },
    });
    return entry!;
  });
}

function certificateNumber(year: string): string {
  return `JS${year}-${randomCode(4)}-${randomCode(4)}-${randomCode(4)}`;
}

/**
 * Ranks the scored entries, assigns prizes and issues certificates, all in one transaction under
 * the event lock. The ranking and the prize bands are computed by the database:
 *
 * - Order: higher score first; equal scores, shorter duration first (no duration ranks after any
 *   duration). Entries still equal share a rank ("1224" competition ranking: the next rank skips).
 * - Prize bands: tier k covers ranks after the quantities of the higher tiers, up to their sum
 *   with its own. Tied entries share the rank of the best of them and so the higher prize, even
 *   when that exceeds the tier's quantity; the ranks they skip come off the lower tiers.
 * - Certificates: one per prize-winning individual, one per member of a prize-winning team.
 */
export async function publishResults(db: Database, actorUserId: string, eventId: string) {
  return db.transaction(async (tx) => {
    const event = await lockEventForResults(tx, eventId);
    const e = competitionEntries;
    const ranked = await tx.execute(sql`
      update ${e} set rank = ranked.r
      from (
        select id, rank() over (order by score desc, duration_seconds asc nulls last) as r
        from ${e}
        where event_id = ${eventId} and status = 'confirmed' and checked_in_at is not null and score is not null
      ) as ranked
      where ${e.id} = ranked.id
      returning ${e.id}
    `);
    const rankedCount = Array.isArray(ranked) ? ranked.length : ((ranked as { rows?: unknown[] }).rows?.length ?? 0);
    if (rankedCount === 0) throw new NoScores();
    await tx.execute(sql`
      update ${e} set prize_id = bands.id
      from (
        select id, sum(quantity) over (order by tier) - quantity as after_rank, sum(quantity) over (order by tier) as up_to
        from competition_prizes where event_id = ${eventId}
      ) as bands
      where ${e.eventId} = ${eventId} and ${e.rank} > bands.after_rank and ${e.rank} <= bands.up_to
    `);
    const winners = await tx.query.competitionEntries.findMany({
      where: { eventId, prizeId: { isNotNull: true } },
      columns: { id: true, rank: true, prizeId: true, kind: true, registrantMemberId: true },
      with: { participants: { where: { active: true }, columns: { memberId: true } } },
      orderBy: { rank: 'asc' },
    });
    const year = String(new Date().getUTCFullYear());
    let issued = 0;
    for (const winner of winners) {
      const holders = winner.kind === 'team' ? winner.participants.map((p) => p.memberId) : [winner.registrantMemberId];
      for (const memberId of holders) {
        // A clash of random numbers is astronomically unlikely; retry rather than fail if it happens.
        for (let attempt = 0; ; attempt += 1) {
          try {
            await tx.transaction((sp) =>
              sp.insert(competitionCertificates).values({
                number: certificateNumber(year),
                entryId: winner.id,
                memberId,
                prizeId: winner.prizeId!,
                rank: winner.rank!,
              }),
            );
            issued += 1;
            break;
          } catch (error) {
            if (attempt < 3 && uniqueViolation(error) === 'competition_certificates_number_key') continue;
            throw error;
          }
        }
      }
    }
    const now = new Date();
    const [published] = await tx
      .update(competitionEvents)
      .set({ resultsPublishedAt: now })
      .where(and(eq(competitionEvents.id, eventId), isNull(competitionEvents.resultsPublishedAt)))
      .returning();
    await recordAudit(tx, {
      actorUserId,
      action: 'competition_event.results_published',
      subjectType: 'competition_event',
      subjectId: event.id,
      toState: 'published',
      data: { ranked: rankedCount, prizeWinners: winners.length, certificates: issued },
    });
    return published!;
  });
}
