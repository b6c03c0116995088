/**
 * The seat primitives, all run inside a transaction that holds the course lock (course-lock.ts):
 * counting seats, lapsing offers, seating the line when the priority window closes, offering
 * freed seats to the head of the waiting list, and keeping the line numbered 1, 2, 3…
 */
import { classCourses, classEnrolments, type Database } from '@huigong/db';
import { and, asc, count, eq, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { recordAudit, type AuditEntry } from '../audit/audit.service.ts';
import { SEAT_HOLDING, type CourseRow } from './lifecycle.ts';

export function recordEnrolmentChange(
  tx: Database,
  actorUserId: string | null,
  enrolmentId: string,
  change: Omit<AuditEntry, 'actorUserId' | 'subjectType' | 'subjectId'>,
): Promise<void> {
  return recordAudit(tx, { actorUserId, subjectType: 'class_enrolment', subjectId: enrolmentId, ...change });
}

export async function seatsHeld(tx: Database, courseId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(classEnrolments)
    .where(and(eq(classEnrolments.courseId, courseId), inArray(classEnrolments.status, SEAT_HOLDING)));
  return Number(row?.n ?? 0);
}

/** True while only priority groups are seated. */
export const inPriorityWindow = (course: CourseRow, now = new Date()) => course.priorityUntil !== null && now < course.priorityUntil;

/** Numbers the waiting list 1, 2, 3… in its current order (queue order, then arrival), in one statement. */
export async function renumberWaitingList(tx: Database, courseId: string): Promise<void> {
  await tx.execute(sql`
    update ${classEnrolments} e set queue_order = line.position
    from (
      select id, (row_number() over (order by queue_order, arrival_seq))::int as position
      from ${classEnrolments}
      where course_id = ${courseId} and status = 'waiting'
    ) line
    where e.id = line.id and e.queue_order is distinct from line.position`);
}

/** Records the instant the course became full, once (`held`: the seats held now, when the caller counted them). */
export async function markFilled(tx: Database, course: CourseRow, held?: number): Promise<void> {
  if (course.filledAt !== null) return;
  if ((held ?? (await seatsHeld(tx, course.id))) < course.capacity) return;
  await tx.update(classCourses).set({ filledAt: new Date() }).where(and(eq(classCourses.id, course.id), sql`${classCourses.filledAt} is null`));
}

/**
 * Offers freed seats to the head of the line, one offer per free seat, each with a deadline. In
 * the priority window only priority groups are offered a seat: the others keep their place.
 */
export async function offerFreeSeats(tx: Database, course: CourseRow): Promise<number> {
  const free = course.capacity - (await seatsHeld(tx, course.id));
  const next =
    free <= 0
      ? []
      : await tx
          .select({ id: classEnrolments.id })
          .from(classEnrolments)
          .where(
            and(
              eq(classEnrolments.courseId, course.id),
              eq(classEnrolments.status, 'waiting'),
              inPriorityWindow(course) ? isNotNull(classEnrolments.priorityGroup) : undefined,
            ),
          )
          .orderBy(asc(classEnrolments.queueOrder), asc(classEnrolments.arrivalSeq))
          .limit(free);
  const offerExpiresAt = new Date(Date.now() + course.offerHoldHours * 3600_000);
  for (const row of next) {
    await tx
      .update(classEnrolments)
      .set({ status: 'offered', queueOrder: null, offerExpiresAt })
      .where(and(eq(classEnrolments.id, row.id), eq(classEnrolments.status, 'waiting')));
    await recordEnrolmentChange(tx, null, row.id, {
      action: 'class_enrolment.offered',
      fromState: 'waiting',
      toState: 'offered',
      data: { offerExpiresAt: offerExpiresAt.toISOString() },
    });
  }
  await renumberWaitingList(tx, course.id);
  return next.length;
}

/**
 * Applies every deadline that has passed for a locked course: offers not confirmed in time lapse
 * (and pass to the next in line); when the priority window has closed, the enrolments that waited
 * through it are seated in their order (priority groups first, then everyone else by arrival).
 * Returns the course as it now is.
 */
export async function applyDeadlines(tx: Database, course: CourseRow): Promise<CourseRow> {
  const now = new Date();
  const lapsed = await tx
    .update(classEnrolments)
    .set({ status: 'lapsed', offerExpiresAt: null, endedAt: now })
    .where(and(eq(classEnrolments.courseId, course.id), eq(classEnrolments.status, 'offered'), lte(classEnrolments.offerExpiresAt, now)))
    .returning({ id: classEnrolments.id });
  for (const row of lapsed) {
    await recordEnrolmentChange(tx, null, row.id, { action: 'class_enrolment.offer_lapsed', fromState: 'offered', toState: 'lapsed' });
  }
  let current = course;
  let seatsMoved = lapsed.length > 0;
  if (course.priorityUntil !== null && course.prioritySeatedAt === null && now >= course.priorityUntil) {
    const free = course.capacity - (await seatsHeld(tx, course.id));
    const line =
      free <= 0
        ? []
        : await tx
            .select({ id: classEnrolments.id })
            .from(classEnrolments)
            .where(and(eq(classEnrolments.courseId, course.id), eq(classEnrolments.status, 'waiting')))
            .orderBy(asc(classEnrolments.queueOrder), asc(classEnrolments.arrivalSeq))
            .limit(free);
    for (const row of line) {
      await tx
        .update(classEnrolments)
        .set({ status: 'confirmed', queueOrder: null, confirmedAt: now })
        .where(and(eq(classEnrolments.id, row.id), eq(classEnrolments.status, 'waiting')));
      await recordEnrolmentChange(tx, null, row.id, { action: 'class_enrolment.seated_after_priority', fromState: 'waiting', toState: 'confirmed' });
    }
    seatsMoved = true;
    const [updated] = await tx.update(classCourses).set({ prioritySeatedAt: now }).where(eq(classCourses.id, course.id)).returning();
    current = updated ?? course;
  }
  // Seats free up only by a cancellation (which offers them itself), a lapse or the window's close.
  if (seatsMoved) {
    await offerFreeSeats(tx, current);
    await markFilled(tx, current);
  }
  return current;
}
