/**
 * Every decision about a course's seats is taken under the course's row lock (pretix's approach,
 * as competitions/event-lock.ts does for events): simultaneous enrolments at the opening minute
 * are decided one after another, in the order the database grants the lock, and that order is
 * the enrolments' arrival sequence.
 */
import { classCourses, classEnrolments, type Database } from '@huigong/db';
import { and, eq, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import { NotFound } from '../common/not-found.ts';
import { attemptInSavepoint, commitThenFail } from '../common/outcome.ts';
import { applyDeadlines } from './seats.ts';
import type { CourseRow } from './lifecycle.ts';

/** Takes the course's row lock. Always lock the course before any enrolment of it. */
export async function lockCourse(tx: Database, courseId: string): Promise<CourseRow> {
  const [course] = await tx.select().from(classCourses).where(eq(classCourses.id, courseId)).for('update');
  if (!course) throw new NotFound('班级');
  return course;
}

/**
 * Runs `work` under the course lock after applying passed deadlines (lapsed offers passed on, the
 * priority window's close), commit-then-fail: an expected failure of `work` rolls back its own
 * writes, but the deadline processing still commits before the typed failure is returned.
 */
export function withCourseLock<T>(db: Database, courseId: string, work: (tx: Database, course: CourseRow) => Promise<T>): Promise<T> {
  return commitThenFail(db, async (tx) => {
    const course = await applyDeadlines(tx, await lockCourse(tx, courseId));
    return attemptInSavepoint(tx, (sp) => work(sp, course));
  });
}

/** The same, addressed by one of the course's enrolments. */
export async function withEnrolmentCourseLock<T>(
  db: Database,
  enrolmentId: string,
  work: (tx: Database, course: CourseRow) => Promise<T>,
): Promise<T> {
  const row = await db.query.classEnrolments.findFirst({ where: { id: enrolmentId }, columns: { courseId: true } });
  if (!row) throw new NotFound('报名');
  return withCourseLock(db, row.courseId, work);
}

/** Applies passed deadlines on every course (of `onlyCourseIds`, or all) that has one due; returns how many. */
export async function processClassDeadlines(db: Database, onlyCourseIds?: string[]): Promise<number> {
  if (onlyCourseIds && onlyCourseIds.length === 0) return 0;
  const now = new Date();
  const dueOffers = await db
    .selectDistinct({ id: classEnrolments.courseId })
    .from(classEnrolments)
    .where(
      and(
        eq(classEnrolments.status, 'offered'),
        lte(classEnrolments.offerExpiresAt, now),
        onlyCourseIds ? inArray(classEnrolments.courseId, onlyCourseIds) : undefined,
      ),
    );
  const duePriority = await db
    .select({ id: classCourses.id })
    .from(classCourses)
    .where(
      and(
        isNotNull(classCourses.priorityUntil),
        lte(classCourses.priorityUntil, now),
        isNull(classCourses.prioritySeatedAt),
        onlyCourseIds ? inArray(classCourses.id, onlyCourseIds) : undefined,
      ),
    );
  const ids = new Set([...dueOffers, ...duePriority].map((r) => r.id));
  for (const id of ids) await db.transaction(async (tx) => applyDeadlines(tx, await lockCourse(tx, id)));
  return ids.size;
}

/** Lazily applies due deadlines before showing a member's enrolments. */
export async function processDeadlinesForMember(db: Database, memberId: string): Promise<void> {
  const rows = await db
    .selectDistinct({ id: classEnrolments.courseId })
    .from(classEnrolments)
    .where(and(eq(classEnrolments.memberId, memberId), or(eq(classEnrolments.status, 'offered'), eq(classEnrolments.status, 'waiting'))));
  await processClassDeadlines(db, rows.map((r) => r.id));
}
