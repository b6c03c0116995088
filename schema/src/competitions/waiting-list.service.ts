/**
 * Staff's hold on the line: moving a waiting entry, and changing an event's capacity (more seats
 * go straight to the head of the line). Offers, lapses and renumbering are in entries.ts and
 * deadlines.ts, run under the same event lock.
 */
import { competitionEntries, competitionEvents, type Database } from '@huigong/db';
import { and, count, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { found } from '../common/reload.ts';
import type { CompetitionEventRow } from './competition.service.ts';
import { entryOf, offerFreeSeats, recordEntryChange, seatsHeld } from './entries.ts';
import { NotOnWaitingList } from './errors.ts';
import { withEntryEventLock, withEventLock } from './event-lock.ts';
import { entryLifecycle, type EntryRow } from './lifecycle.ts';

/**
 * Staff move a waiting entry to another place in line; the reason goes into the audit trail. The
 * line is dense (see renumberWaitingList in entries.ts), so a move is two conditional updates: the
 * entries between the old and the new place shift by one, then the entry takes its place.
 */
export async function moveOnWaitingList(
  db: Database,
  actorUserId: string,
  input: { entryId: string; position: number; reason: string },
): Promise<EntryRow> {
  // withEventLock has just applied deadlines and renumbered the line under the lock.
  return withEntryEventLock(db, input.entryId, async (tx, { event }) => {
    const entry = await entryOf(tx, input.entryId);
    if (!entryLifecycle.can(entry.status, 'move') || entry.queueOrder === null) throw new NotOnWaitingList();
    const waitingHere = and(eq(competitionEntries.eventId, event.id), eq(competitionEntries.status, 'waiting'));
    const [line] = await tx.select({ n: count() }).from(competitionEntries).where(waitingHere);
    const length = Number(line?.n ?? 0);
    if (input.position > length) {
      throw fieldError(['input', 'position'], 'OUT_OF_RANGE', `候补名单共 ${length} 位`);
    }
    const from = entry.queueOrder;
    const to = input.position;
    if (from !== to) {
      await tx
        .update(competitionEntries)
        .set({ queueOrder: to < from ? sql`${competitionEntries.queueOrder} + 1` : sql`${competitionEntries.queueOrder} - 1` })
        .where(
          and(
            waitingHere,
            to < from
              ? sql`${competitionEntries.queueOrder} >= ${to} and ${competitionEntries.queueOrder} < ${from}`
              : sql`${competitionEntries.queueOrder} > ${from} and ${competitionEntries.queueOrder} <= ${to}`,
            sql`${competitionEntries.id} <> ${entry.id}`,
          ),
        );
      await tx
        .update(competitionEntries)
        .set({ queueOrder: to })
        .where(and(eq(competitionEntries.id, entry.id), eq(competitionEntries.status, 'waiting')));
    }
    await recordEntryChange(tx, actorUserId, entry.id, {
      action: 'competition_entry.waitlist_moved',
      fromState: String(from),
      toState: String(to),
      reason: input.reason,
    });
    return entryOf(tx, entry.id);
  });
}

/**
 * Staff change an event's capacity. More seats go straight to the waiting list, in order; fewer
 * than the seats already held is refused (withdraw entries first, with reasons).
 */
export async function changeCapacity(
  db: Database,
  actorUserId: string,
  input: { eventId: string; capacity: number; reason: string },
): Promise<CompetitionEventRow> {
  return withEventLock(db, input.eventId, async (tx, locked) => {
    const held = await seatsHeld(tx, locked.event.id);
    if (input.capacity < held) {
      throw fieldError(['input', 'capacity'], 'BELOW_SEATS_TAKEN', `已有 ${held} 个名额被占用，容量不能低于此数`);
    }
    const [updated] = await tx
      .update(competitionEvents)
      .set({ capacity: input.capacity })
      .where(eq(competitionEvents.id, locked.event.id))
      .returning();
    const event = await found(updated, '比赛项目');
    await recordAudit(tx, {
      actorUserId,
      action: 'competition_event.capacity_changed',
      subjectType: 'competition_event',
      subjectId: event.id,
      fromState: String(locked.event.capacity),
      toState: String(input.capacity),
      reason: input.reason,
    });
    await offerFreeSeats(tx, { ...locked, event });
    return event;
  });
}
