/**
 * The primitives every seat decision is made of: counting seats and team members, ending entries,
 * confirming one, offering freed seats to the waiting list, and the audit record of an entry's
 * change. All run inside a transaction that holds the event lock (event-lock.ts).
 */
import { competitionEntries, competitionParticipants, type Database } from '@huigong/db';
import { and, asc, count, eq, inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { recordAudit, type AuditEntry } from '../audit/audit.service.ts';
import { NotFound } from '../common/not-found.ts';
import { newRedemptionCode } from '../offers/codes.ts';
import type { CompetitionEventRow, CompetitionRow } from './competition.service.ts';
import { entryLifecycle, SEAT_HOLDING, type EntryRow, type EntryStatus } from './lifecycle.ts';

/** An event whose row lock the transaction holds, with its competition. */
export interface Locked {
  event: CompetitionEventRow;
  competition: CompetitionRow;
}

/** The audit record of a change to an entry (or its team), in the caller's transaction. */
export function recordEntryChange(
  tx: Database,
  actorUserId: string | null,
  entryId: string,
  change: Omit<AuditEntry, 'actorUserId' | 'subjectType' | 'subjectId'>,
): Promise<void> {
  return recordAudit(tx, { actorUserId, subjectType: 'competition_entry', subjectId: entryId, ...change });
}

/** The entry, locked for update (after its event: the lock order is event, then entry). */
export async function entryOf(tx: Database, entryId: string): Promise<EntryRow> {
  const [entry] = await tx.select().from(competitionEntries).where(eq(competitionEntries.id, entryId)).for('update');
  if (!entry) throw new NotFound('报名');
  return entry;
}

export async function seatsHeld(tx: Database, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(competitionEntries)
    .where(and(eq(competitionEntries.eventId, eventId), inArray(competitionEntries.status, SEAT_HOLDING)));
  return Number(row?.n ?? 0);
}

export async function acceptedCount(tx: Database, entryId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(competitionParticipants)
    .where(and(eq(competitionParticipants.entryId, entryId), eq(competitionParticipants.status, 'accepted')));
  return Number(row?.n ?? 0);
}

/** The SQL test "this entry's team has fewer accepted members than `minTeamSize`". */
export function teamBelowMinimum(minTeamSize: number | AnyColumn): SQL {
  return sql`(select count(*) from ${competitionParticipants} p
              where p.entry_id = ${competitionEntries.id} and p.status = 'accepted') < ${minTeamSize}`;
}

/** Unambiguous characters (no 0/O, 1/I/L), shared with the redemption codes of offers. */
export function randomCode(length: number): string {
  let out = '';
  while (out.length < length) out += newRedemptionCode();
  return out.slice(0, length);
}

/** A seat becomes the entry's for good: a check-in code is issued with it. */
export function confirmation(now: Date) {
  return { status: 'confirmed' as const, confirmedAt: now, checkInCode: randomCode(8), offerExpiresAt: null };
}

/** Ends live entries (cancel, withdraw, lapse, expiry): frees their seat and their members. */
export async function endEntries(
  tx: Database,
  where: SQL | undefined,
  status: 'cancelled' | 'withdrawn' | 'lapsed' | 'expired',
  reason: string | null,
): Promise<{ id: string; status: EntryStatus }[]> {
  const rows = await tx
    .select({ id: competitionEntries.id, status: competitionEntries.status })
    .from(competitionEntries)
    .where(where);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  await tx
    .update(competitionEntries)
    .set({ status, queueOrder: null, endedAt: new Date(), endReason: reason })
    .where(inArray(competitionEntries.id, ids));
  await tx
    .update(competitionParticipants)
    .set({ active: false })
    .where(and(inArray(competitionParticipants.entryId, ids), eq(competitionParticipants.active, true)));
  return rows;
}

/**
 * Numbers the event's waiting list 1, 2, 3… in its current order (queue order, then arrival), in
 * one statement. Run under the event lock after anything leaves or moves in the line, so the
 * stored order is always a dense, unique sequence and equals the position members are shown.
 */
async function renumberWaitingList(tx: Database, eventId: string): Promise<void> {
  await tx.execute(sql`
    update ${competitionEntries} e set queue_order = line.position
    from (
      select id, (row_number() over (order by queue_order, arrival_seq))::int as position
      from ${competitionEntries}
      where event_id = ${eventId} and status = 'waiting'
    ) line
    where e.id = line.id and e.queue_order is distinct from line.position`);
}

/** Offers freed seats to the head of the waiting list, one offer per free seat; closes the gaps left. */
export async function offerFreeSeats(tx: Database, { event, competition }: Locked): Promise<number> {
  const free = event.capacity - (await seatsHeld(tx, event.id));
  const next =
    free <= 0
      ? []
      : await tx
          .select({ id: competitionEntries.id })
          .from(competitionEntries)
          .where(and(eq(competitionEntries.eventId, event.id), inArray(competitionEntries.status, entryLifecycle.from('offer'))))
          .orderBy(asc(competitionEntries.queueOrder), asc(competitionEntries.arrivalSeq))
          .limit(free);
  const offerExpiresAt = new Date(Date.now() + competition.offerHoldHours * 60 * 60 * 1000);
  for (const entry of next) {
    await tx
      .update(competitionEntries)
      .set({ status: 'offered', queueOrder: null, offerExpiresAt })
      .where(eq(competitionEntries.id, entry.id));
    await recordEntryChange(tx, null, entry.id, {
      action: 'competition_entry.offered',
      fromState: 'waiting',
      toState: 'offered',
      data: { offerExpiresAt: offerExpiresAt.toISOString() },
    });
  }
  // Entries that left the line (offered, cancelled, withdrawn, expired) leave no gap behind.
  await renumberWaitingList(tx, event.id);
  return next.length;
}
