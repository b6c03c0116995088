/**
 * Every decision about an event's seats is taken under that event's row lock (pretix's approach),
 * so 100 simultaneous registrations are decided one after another in arrival order; a trigger
 * (migrations, competitions_custom) refuses any write that would overbook all the same.
 */
import { competitionEvents, type Database } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { NotFound } from '../common/not-found.ts';
import { attemptInSavepoint as attempt, commitThenFail } from '../common/outcome.ts';
import { applyDeadlines } from './deadlines.ts';
import type { Locked } from './entries.ts';

/**
 * Takes the event's row lock: counts read under it cannot go stale before the write. Always lock
 * the event before any entry of it, in that order.
 */
export async function lockEvent(tx: Database, eventId: string): Promise<Locked> {
  const [event] = await tx.select().from(competitionEvents).where(eq(competitionEvents.id, eventId)).for('update');
  if (!event) throw new NotFound('比赛项目');
  const competition = await tx.query.competitions.findFirst({ where: { id: event.competitionId } });
  if (!competition) throw new NotFound('竞赛');
  return { event, competition };
}

/**
 * Runs `work` under the event lock after applying passed deadlines, commit-then-fail: when `work`
 * fails with an expected error its own writes roll back, but the deadline processing (a lapse the
 * member is just now learning about) still commits, and then the typed failure is returned.
 */
export function withEventLock<T>(db: Database, eventId: string, work: (tx: Database, locked: Locked) => Promise<T>): Promise<T> {
  return commitThenFail(db, async (tx) => {
    const locked = await lockEvent(tx, eventId);
    await applyDeadlines(tx, locked);
    return attempt(tx, (sp) => work(sp, locked));
  });
}

/** The same, for a write addressed by one of the event's entries. */
export async function withEntryEventLock<T>(
  db: Database,
  entryId: string,
  work: (tx: Database, locked: Locked) => Promise<T>,
): Promise<T> {
  const entry = await db.query.competitionEntries.findFirst({ where: { id: entryId }, columns: { eventId: true } });
  if (!entry) throw new NotFound('报名');
  return withEventLock(db, entry.eventId, work);
}
