import { competitionCertificates, competitionEntries, competitionEvents, uniqueViolation, type Database } from '@huigong/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { found } from '../common/reload.ts';
import { entryOf, randomCode, recordEntryChange } from './entries.ts';
import { AlreadyCheckedIn, CheckInCodeInvalid, NoScores, NotCheckedIn, ResultsAlreadyPublished } from './errors.ts';
import { entryLifecycle, type EntryRow } from './lifecycle.ts';

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
          inArray(competitionEntries.status, entryLifecycle.from('checkIn')),
          isNull(competitionEntries.checkedInAt),
        ),
      )
      .returning();
    if (entry) {
      await recordEntryChange(tx, actorUserId, entry.id, {
        action: 'competition_entry.checked_in',
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
    entryLifecycle.assert(known.status, 'checkIn');
    throw new Error('checkIn: a confirmed entry not checked in was not updated');
  });
}

async function lockEventForResults(tx: Database, eventId: string) {
  const [row] = await tx.select().from(competitionEvents).where(eq(competitionEvents.id, eventId)).for('update');
  const event = await found(row, '比赛项目');
  if (event.resultsPublishedAt) throw new ResultsAlreadyPublished();
  return event;
}

/** Records (or corrects) the score of a checked-in entry, until the event's results are published. */
export async function recordScore(
  db: Database,
  actorUserId: string,
  input: { entryId: string; score: string; durationSeconds?: number | null },
): Promise<EntryRow> {
  const target = await found(
    db.query.competitionEntries.findFirst({ where: { id: input.entryId }, columns: { eventId: true } }),
    '报名',
  );
  return db.transaction(async (tx) => {
    await lockEventForResults(tx, target.eventId);
    const before = await entryOf(tx, input.entryId);
    entryLifecycle.assert(before.status, 'recordScore');
    if (!before.checkedInAt) throw new NotCheckedIn();
    const [entry] = await tx
      .update(competitionEntries)
      .set({ score: input.score, durationSeconds: input.durationSeconds ?? null, scoredAt: new Date() })
      .where(eq(competitionEntries.id, input.entryId))
      .returning();
    await recordEntryChange(tx, actorUserId, input.entryId, {
      action: 'competition_entry.scored',
      fromState: before.score,
      toState: input.score,
      data: { durationSeconds: input.durationSeconds ?? null },
    });
    return found(entry, '报名');
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
    return found(published, '比赛项目');
  });
}
