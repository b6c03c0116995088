/**
 * Deadlines need no timer: they are applied under the event lock before every write on the event
 * (event-lock.ts), on reads that show seats, and by the scheduler entry points (scheduler.ts).
 */
import { competitionEntries, competitionEvents, type Database } from '@huigong/db';
import { and, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import { endEntries, offerFreeSeats, recordEntryChange, teamBelowMinimum, type Locked } from './entries.ts';
import { entryLifecycle, teamFormationClosed } from './lifecycle.ts';

/**
 * Applies every deadline that has passed for a locked event: offers not confirmed in time lapse,
 * teams still below their minimum size at the formation deadline lose their seat, and the seats
 * so freed go to the next in line.
 */
export async function applyDeadlines(tx: Database, locked: Locked): Promise<void> {
  const now = new Date();
  const { event } = locked;
  const lapsed = await endEntries(
    tx,
    and(
      eq(competitionEntries.eventId, event.id),
      inArray(competitionEntries.status, entryLifecycle.from('lapse')),
      lte(competitionEntries.offerExpiresAt, now),
    ),
    'lapsed',
    'offer_expired',
  );
  // At the formation deadline every team still below its minimum is out: one holding a seat
  // frees it, one in line could never take a seat anyway.
  const expired =
    event.kind === 'team' && teamFormationClosed(event, now)
      ? await endEntries(
          tx,
          and(
            eq(competitionEntries.eventId, event.id),
            inArray(competitionEntries.status, entryLifecycle.from('expire')),
            teamBelowMinimum(event.minTeamSize!),
          ),
          'expired',
          'team_below_minimum',
        )
      : [];
  for (const [rows, toState, action] of [
    [lapsed, 'lapsed', 'competition_entry.offer_lapsed'],
    [expired, 'expired', 'competition_entry.team_expired'],
  ] as const) {
    for (const row of rows) await recordEntryChange(tx, null, row.id, { action, fromState: row.status, toState });
  }
  await offerFreeSeats(tx, locked);
}

/** The events (of `onlyEventIds`, or all) with an offer or a team formation deadline due now. */
export async function eventsWithDeadlinesDue(db: Database, onlyEventIds?: string[]): Promise<Set<string>> {
  const now = new Date();
  const among = onlyEventIds ? inArray(competitionEntries.eventId, onlyEventIds) : undefined;
  const dueOffers = db
    .selectDistinct({ eventId: competitionEntries.eventId })
    .from(competitionEntries)
    .where(
      and(inArray(competitionEntries.status, entryLifecycle.from('lapse')), lte(competitionEntries.offerExpiresAt, now), among),
    );
  const dueTeams = db
    .selectDistinct({ eventId: competitionEntries.eventId })
    .from(competitionEntries)
    .innerJoin(competitionEvents, eq(competitionEvents.id, competitionEntries.eventId))
    .where(
      and(
        inArray(competitionEntries.status, entryLifecycle.from('expire')),
        eq(competitionEntries.kind, 'team'),
        isNotNull(competitionEvents.teamFormationDeadline),
        lte(competitionEvents.teamFormationDeadline, now),
        teamBelowMinimum(competitionEvents.minTeamSize),
        among,
      ),
    );
  return new Set([...(await dueOffers), ...(await dueTeams)].map((r) => r.eventId));
}
