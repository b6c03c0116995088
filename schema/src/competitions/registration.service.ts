/**
 * Registration for competition events: taking a seat or a place in line, giving it back, staff
 * withdrawing an entry, and confirming a seat offered from the waiting list. Every write runs
 * under the event lock (event-lock.ts) after the deadlines due have been applied.
 */
import { competitionEntries, competitionParticipants, uniqueViolation, type Database } from '@huigong/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { shanghaiToday } from '../common/dates.ts';
import { fieldError } from '../common/errors.ts';
import { assertEligible, type CompetitionRow } from './competition.service.ts';
import { acceptedCount, confirmation, endEntries, entryOf, offerFreeSeats, recordEntryChange, seatsHeld, type Locked } from './entries.ts';
import {
  AlreadyRegistered,
  CancellationClosed,
  OfferExpired,
  RegistrationClosed,
  RegistrationNotOpen,
  TeamFormationClosed,
} from './errors.ts';
import { withEntryEventLock, withEventLock } from './event-lock.ts';
import { cancellationClosed, entryLifecycle, teamFormationClosed, type EntryRow } from './lifecycle.ts';

function assertRegistrationOpen(competition: CompetitionRow): void {
  const today = shanghaiToday();
  if (today < competition.registrationOpensOn) throw new RegistrationNotOpen(competition.registrationOpensOn);
  if (today > competition.registrationClosesOn) throw new RegistrationClosed(competition.registrationClosesOn);
}

/**
 * Registers a member (individual events) or a team with its captain (team events). With a free
 * seat the entry is confirmed (a team: holds the seat while forming); without one it joins the
 * waiting list. One live participation per member per event is a unique index.
 */
export async function register(
  db: Database,
  actorUserId: string,
  memberId: string | null,
  input: { eventId: string; teamName?: string | null },
): Promise<EntryRow> {
  return withEventLock(db, input.eventId, async (tx, { event, competition }) => {
    if (event.kind === 'team' && !input.teamName) {
      throw fieldError(['input', 'teamName'], 'REQUIRED', '团体项目须填写队名');
    }
    if (event.kind === 'individual' && input.teamName) {
      throw fieldError(['input', 'teamName'], 'NOT_A_TEAM_EVENT', '个人项目不填写队名');
    }
    assertRegistrationOpen(competition);
    await assertEligible(tx, competition, memberId);
    if (teamFormationClosed(event)) throw new TeamFormationClosed();

    // Decided under the event lock: nobody else can take or free a seat between count and insert.
    const hasSeat = (await seatsHeld(tx, event.id)) < event.capacity;
    const now = new Date();
    let seated: Partial<EntryRow> = {};
    if (hasSeat) seated = event.kind === 'team' ? { status: 'forming' } : confirmation(now);
    const [entry] = await tx
      .insert(competitionEntries)
      .values({
        eventId: event.id,
        competitionId: competition.id,
        kind: event.kind,
        registrantMemberId: memberId!,
        teamName: event.kind === 'team' ? input.teamName! : null,
        status: 'waiting',
        queueOrder: hasSeat
          ? null
          : sql`(select coalesce(max(${competitionEntries.queueOrder}), 0) + 1 from ${competitionEntries}
                 where ${competitionEntries.eventId} = ${event.id} and ${competitionEntries.status} = 'waiting')`,
        ...seated,
      })
      .returning();
    if (!entry) throw new Error('insert into competition_entries returned no row');
    try {
      await tx.insert(competitionParticipants).values({
        entryId: entry.id,
        eventId: event.id,
        memberId: memberId!,
        role: event.kind === 'team' ? 'captain' : 'individual',
        status: 'accepted',
        active: true,
        respondedAt: now,
      });
    } catch (error) {
      if (uniqueViolation(error) === 'competition_participants_one_per_event') throw new AlreadyRegistered();
      throw error;
    }
    await recordEntryChange(tx, actorUserId, entry.id, {
      action: 'competition_entry.registered',
      toState: entry.status,
      data: { eventId: event.id, arrivalSeq: entry.arrivalSeq, ...(entry.teamName && { teamName: entry.teamName }) },
    });
    return entry;
  });
}

/**
 * The member (or captain) takes back their entry: a held seat before the competition's cancellation
 * deadline, a place in line or an offer at any time.
 */
export async function cancelEntry(db: Database, actorUserId: string, entryId: string): Promise<EntryRow> {
  return withEntryEventLock(db, entryId, async (tx, locked) => {
    const entry = await entryOf(tx, entryId);
    entryLifecycle.assert(entry.status, 'cancel');
    // Leaving the waiting list (or declining an offer) harms nobody, so only a held seat has a cut-off.
    if (cancellationClosed(entry, locked.competition)) throw new CancellationClosed(locked.competition.cancellationDeadline);
    return endAndRefill(tx, locked, entry, 'cancel', actorUserId, null);
  });
}

/** Staff take an entry out of the event, with a reason; no deadline applies. */
export async function withdrawEntry(db: Database, actorUserId: string, entryId: string, reason: string): Promise<EntryRow> {
  return withEntryEventLock(db, entryId, async (tx, locked) => {
    const entry = await entryOf(tx, entryId);
    entryLifecycle.assert(entry.status, 'withdraw');
    return endAndRefill(tx, locked, entry, 'withdraw', actorUserId, reason);
  });
}

async function endAndRefill(
  tx: Database,
  locked: Locked,
  entry: EntryRow,
  action: 'cancel' | 'withdraw',
  actorUserId: string,
  reason: string | null,
): Promise<EntryRow> {
  const status = action === 'cancel' ? 'cancelled' : 'withdrawn';
  await endEntries(
    tx,
    and(eq(competitionEntries.id, entry.id), inArray(competitionEntries.status, entryLifecycle.from(action))),
    status,
    reason,
  );
  await recordEntryChange(tx, actorUserId, entry.id, {
    action: `competition_entry.${status}`,
    fromState: entry.status,
    toState: status,
    reason,
  });
  await offerFreeSeats(tx, locked);
  return entryOf(tx, entry.id);
}

/** The first in line confirms the seat offered to them before the offer's deadline. */
export async function acceptOffer(db: Database, actorUserId: string, entryId: string): Promise<EntryRow> {
  return withEntryEventLock(db, entryId, async (tx, { event }) => {
    const entry = await entryOf(tx, entryId);
    // Deadlines were applied under the lock just now, so an offer past its time is already lapsed.
    if (entry.status === 'lapsed') throw new OfferExpired();
    entryLifecycle.assert(entry.status, 'acceptOffer');
    const now = new Date();
    const formed = event.kind === 'individual' || (await acceptedCount(tx, entry.id)) >= (event.minTeamSize ?? 1);
    // A team below its minimum after the formation deadline could only hold the seat to lose it.
    if (!formed && teamFormationClosed(event, now)) throw new TeamFormationClosed();
    const [updated] = await tx
      .update(competitionEntries)
      .set(formed ? confirmation(now) : { status: 'forming', offerExpiresAt: null })
      .where(and(eq(competitionEntries.id, entry.id), inArray(competitionEntries.status, entryLifecycle.from('acceptOffer'))))
      .returning();
    if (!updated) throw new Error('acceptOffer: the offered entry changed under the event lock');
    await recordEntryChange(tx, actorUserId, entry.id, {
      action: 'competition_entry.offer_accepted',
      fromState: 'offered',
      toState: updated.status,
    });
    return updated;
  });
}
