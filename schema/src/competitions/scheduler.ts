/** What a scheduler calls, and what reads call lazily: passed deadlines applied under each event's lock. */
import { competitionEntries, competitionParticipants, type Database } from '@huigong/db';
import { and, eq, inArray } from 'drizzle-orm';
import { applyDeadlines, eventsWithDeadlinesDue } from './deadlines.ts';
import { lockEvent } from './event-lock.ts';

/** Applies passed deadlines on every event (of `onlyEventIds`) that has one due; returns how many. */
export async function processCompetitionDeadlines(db: Database, onlyEventIds?: string[]): Promise<number> {
  const events = await eventsWithDeadlinesDue(db, onlyEventIds);
  for (const eventId of events) {
    await db.transaction(async (tx) => applyDeadlines(tx, await lockEvent(tx, eventId)));
  }
  return events.size;
}

/** Lazily applies due deadlines before showing a member's entries. */
export async function processDeadlinesForEntriesOf(db: Database, memberId: string): Promise<void> {
  const rows = await db
    .selectDistinct({ eventId: competitionParticipants.eventId })
    .from(competitionParticipants)
    .innerJoin(competitionEntries, eq(competitionEntries.id, competitionParticipants.entryId))
    .where(
      and(
        eq(competitionParticipants.memberId, memberId),
        // Waiting entries too: an offer lapsing ahead of them moves them up or offers them the seat.
        inArray(competitionEntries.status, ['offered', 'forming', 'waiting']),
      ),
    );
  if (rows.length > 0) await processCompetitionDeadlines(db, rows.map((r) => r.eventId));
}
