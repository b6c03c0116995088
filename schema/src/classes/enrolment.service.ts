/**
 * Enrolment: taking a seat or a place in line at the opening minute, giving it back, confirming a
 * seat offered from the line. Every write runs under the course lock (course-lock.ts) after the
 * deadlines due have been applied.
 */
import { classEnrolments, uniqueViolation, type Database } from '@huigong/db';
import { and, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { fileReceivesAid } from '../hardship/aid.service.ts';
import { NotFound } from '../common/not-found.ts';
import { isCourseStaff } from './access.ts';
import { withCourseLock, withEnrolmentCourseLock } from './course-lock.ts';
import {
  ClassAgreementRequired,
  ClassAlreadyEnrolled,
  ClassEnrolmentClosed,
  ClassEnrolmentNotOpen,
  ClassNotEligible,
  ClassOfferExpired,
} from './errors.ts';
import { enrolmentLifecycle, type CourseRow, type EnrolmentRow } from './lifecycle.ts';
import { inPriorityWindow, markFilled, offerFreeSeats, recordEnrolmentChange, seatsHeld } from './seats.ts';

/** The version of the three-party agreement text members accept (web/src/pages/classes.ts shows it). */
export const AGREEMENT_VERSION = '2026-summer-v1';

export interface ChildInput {
  name: string;
  birthDate: string;
  school: string;
  guardians: { name: string; phone: string; relation: string }[];
  priorityGroup?: 'migrant_worker' | 'single_parent' | 'left_behind' | null;
}

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

async function hasActiveHardshipFile(tx: Database, memberId: string): Promise<boolean> {
  const files = await tx.query.hardshipFiles.findMany({ where: { memberId, status: 'confirmed' }, columns: { status: true, recheckDueOn: true } });
  return files.some((f) => fileReceivesAid(f));
}

function assertWindow(course: CourseRow, now: Date): void {
  if (now < course.enrolmentOpensAt) throw new ClassEnrolmentNotOpen(course.enrolmentOpensAt);
  if (now > course.enrolmentClosesAt) throw new ClassEnrolmentClosed(course.enrolmentClosesAt);
}

/**
 * Enrols the member (training courses) or their child (summer classes). With a free seat the
 * enrolment is confirmed, without one it joins the line. In a summer class's priority window only
 * priority groups are seated; everyone else waits in arrival order until the window closes, and a
 * priority child who finds the class full goes ahead of every non-priority one in the line.
 */
export async function enrol(
  db: Database,
  viewer: Viewer,
  input: { courseId: string; child?: ChildInput | null; acceptAgreement?: boolean | null },
): Promise<EnrolmentRow> {
  return withCourseLock(db, input.courseId, async (tx, course) => {
    const now = new Date();
    const member = viewer.member;
    if (!member) throw new ClassNotEligible('NOT_A_MEMBER');
    if (!member.unionPath.startsWith(course.unionPath)) throw new NotFound('班级');
    assertWindow(course, now);
    const child = input.child ?? null;
    if (course.audience === 'children' && !child) throw new ClassNotEligible('CHILD_REQUIRED');
    if (course.audience === 'members' && child) throw new ClassNotEligible('CHILD_NOT_ALLOWED');
    if (child) {
      const age = ageOn(child.birthDate, course.startsOn);
      if ((course.minAge !== null && age < course.minAge) || (course.maxAge !== null && age > course.maxAge)) {
        throw new ClassNotEligible('AGE_OUT_OF_BAND');
      }
    }
    if (course.kind === 'summer' && input.acceptAgreement !== true) throw new ClassAgreementRequired();
    const priority = child?.priorityGroup ?? null;

    // Members learn for free; a family's seat is free too when the household is on the hardship register.
    const waiver = child !== null && course.feeFen > 0 && (await hasActiveHardshipFile(tx, member.id));
    const feeFen = child === null || waiver ? 0 : course.feeFen;

    const windowOpen = inPriorityWindow(course, now);
    const held = !windowOpen || priority !== null ? await seatsHeld(tx, course.id) : course.capacity;
    const seated = held < course.capacity;
    let queueOrder: number | ReturnType<typeof sql> | null = null;
    if (!seated) {
      const waitingHere = and(eq(classEnrolments.courseId, course.id), eq(classEnrolments.status, 'waiting'));
      if (windowOpen && priority !== null) {
        // Ahead of every non-priority enrolment in line, behind the priority ones already there.
        const [ahead] = await tx.select({ n: count() }).from(classEnrolments).where(and(waitingHere, isNotNull(classEnrolments.priorityGroup)));
        const position = Number(ahead?.n ?? 0) + 1;
        await tx
          .update(classEnrolments)
          .set({ queueOrder: sql`${classEnrolments.queueOrder} + 1` })
          .where(and(waitingHere, isNull(classEnrolments.priorityGroup)));
        queueOrder = position;
      } else {
        queueOrder = sql`(select coalesce(max(${classEnrolments.queueOrder}), 0) + 1 from ${classEnrolments}
                 where ${classEnrolments.courseId} = ${course.id} and ${classEnrolments.status} = 'waiting')`;
      }
    }
    let row: EnrolmentRow | undefined;
    try {
      [row] = await tx
        .insert(classEnrolments)
        .values({
          courseId: course.id,
          unionId: course.unionId,
          memberId: member.id,
          attendeeKey: child ? `c:${member.id}:${child.name}:${child.birthDate}` : `m:${member.id}`,
          childName: child?.name ?? null,
          childBirthDate: child?.birthDate ?? null,
          school: child?.school ?? null,
          guardians: child ? child.guardians.map((g) => `${g.relation}|${g.name}|${g.phone}`) : [],
          priorityGroup: priority,
          status: seated ? 'confirmed' : 'waiting',
          confirmedAt: seated ? now : null,
          queueOrder,
          feeFen,
          hardshipWaiver: waiver,
          agreementAcceptedAt: course.kind === 'summer' ? now : null,
          agreementVersion: course.kind === 'summer' ? AGREEMENT_VERSION : null,
        })
        .returning();
    } catch (error) {
      if (uniqueViolation(error) === 'class_enrolments_one_live_per_attendee') throw new ClassAlreadyEnrolled();
      throw error;
    }
    if (!row) throw new Error('insert into class_enrolments returned no row');
    await recordEnrolmentChange(tx, viewer.userId, row.id, {
      action: 'class_enrolment.enrolled',
      toState: row.status,
      data: { courseId: course.id, arrivalSeq: row.arrivalSeq, priorityGroup: priority, feeFen, hardshipWaiver: waiver },
    });
    if (seated) await markFilled(tx, course, held + 1);
    return row;
  });
}

/** The enrolment, locked (after its course), visible to its member or to staff over the course. */
async function enrolmentFor(tx: Database, viewer: Viewer, course: CourseRow, enrolmentId: string): Promise<EnrolmentRow> {
  const [row] = await tx.select().from(classEnrolments).where(eq(classEnrolments.id, enrolmentId)).for('update');
  if (!row || (row.memberId !== viewer.member?.id && !isCourseStaff(viewer, course))) throw new NotFound('报名');
  return row;
}

/** The member (or staff) gives back a seat, a place in line or an offer; a freed seat is offered to the next in line. */
export async function cancelEnrolment(db: Database, viewer: Viewer, enrolmentId: string): Promise<EnrolmentRow> {
  return withEnrolmentCourseLock(db, enrolmentId, async (tx, course) => {
    const row = await enrolmentFor(tx, viewer, course, enrolmentId);
    enrolmentLifecycle.assert(row.status, 'cancel');
    const [updated] = await tx
      .update(classEnrolments)
      .set({ status: 'cancelled', queueOrder: null, offerExpiresAt: null, endedAt: new Date() })
      .where(and(eq(classEnrolments.id, row.id), inArray(classEnrolments.status, enrolmentLifecycle.from('cancel'))))
      .returning();
    if (!updated) throw new Error('cancelEnrolment: the enrolment changed under the course lock');
    await recordEnrolmentChange(tx, viewer.userId, row.id, { action: 'class_enrolment.cancelled', fromState: row.status, toState: 'cancelled' });
    await offerFreeSeats(tx, course);
    return updated;
  });
}

/** The first in line confirms the seat offered to them before the offer's deadline. */
export async function acceptOffer(db: Database, viewer: Viewer, enrolmentId: string): Promise<EnrolmentRow> {
  return withEnrolmentCourseLock(db, enrolmentId, async (tx, course) => {
    const row = await enrolmentFor(tx, viewer, course, enrolmentId);
    // Deadlines were applied under the lock just now: an offer past its time is already lapsed.
    if (row.status === 'lapsed') throw new ClassOfferExpired();
    enrolmentLifecycle.assert(row.status, 'acceptOffer');
    const [updated] = await tx
      .update(classEnrolments)
      .set({ status: 'confirmed', confirmedAt: new Date(), offerExpiresAt: null })
      .where(and(eq(classEnrolments.id, row.id), eq(classEnrolments.status, 'offered')))
      .returning();
    if (!updated) throw new Error('acceptOffer: the enrolment changed under the course lock');
    await recordEnrolmentChange(tx, viewer.userId, row.id, { action: 'class_enrolment.offer_accepted', fromState: 'offered', toState: 'confirmed' });
    return updated;
  });
}
