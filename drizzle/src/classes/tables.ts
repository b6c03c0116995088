import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgEnum, snakeCase, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { members, unions, users } from '../accounts/tables.ts';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';

const money = () => bigint({ mode: 'number' });

/** Free training at the workers' cultural palace (职工培训班), or a summer class for members' children (暑托班). */
export const classKind = pgEnum('class_kind', ['training', 'summer']);
/** Who a seat is for: the member themselves, or a child enrolled by a member parent. */
export const classAudience = pgEnum('class_audience', ['members', 'children']);
export const classCourseStatus = pgEnum('class_course_status', ['scheduled', 'started', 'finished']);

/**
 * A course run by a union: term dates (Asia/Shanghai), capacity, the enrolment window (opens at a
 * set instant), and for summer classes a priority window and the minimum staffing. Every seat
 * decision is taken under this row's lock (schema/src/classes/course-lock.ts).
 */
export const classCourses = snakeCase.table(
  'class_courses',
  {
    id: id(),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    /** The union's path, copied for subtree checks and roll-ups. */
    unionPath: text().notNull(),
    kind: classKind().notNull(),
    audience: classAudience().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    venue: text().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    capacity: integer().notNull(),
    /** Children's age band on the first day, inclusive (summer classes). */
    minAge: integer(),
    maxAge: integer(),
    enrolmentOpensAt: timestamptz().notNull(),
    enrolmentClosesAt: timestamptz().notNull(),
    /** Until this instant only priority groups are seated; the others wait in arrival order. */
    priorityUntil: timestamptz(),
    /** Set once the priority window's waiting enrolments were seated. */
    prioritySeatedAt: timestamptz(),
    /** The fee in fen for a seat not taken by the member themselves; members and hardship households pay nothing. */
    feeFen: money().notNull().default(0),
    offerHoldHours: integer().notNull().default(24),
    minTeachers: integer().notNull().default(0),
    minVolunteers: integer().notNull().default(0),
    /** Accident insurance policy number (summer classes need one to start). */
    insurancePolicy: text(),
    /** The subsidy the class may claim, in fen (0: none). */
    subsidyFen: money().notNull().default(0),
    status: classCourseStatus().notNull().default('scheduled'),
    startedAt: timestamptz(),
    /** The instant the last seat was taken (the fill time is measured from enrolmentOpensAt). */
    filledAt: timestamptz(),
    createdByUserId: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('class_courses_union_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.startsOn),
    index('class_courses_starts_idx').on(t.startsOn, t.id),
    check('class_courses_capacity', sql`${t.capacity} between 1 and 10000`),
    check('class_courses_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    check('class_courses_window', sql`${t.enrolmentClosesAt} > ${t.enrolmentOpensAt}`),
    check(
      'class_courses_priority_window',
      sql`${t.priorityUntil} is null or (${t.priorityUntil} > ${t.enrolmentOpensAt} and ${t.priorityUntil} <= ${t.enrolmentClosesAt})`,
    ),
    check('class_courses_ages', sql`${t.minAge} is null or ${t.maxAge} is null or ${t.maxAge} >= ${t.minAge}`),
    check('class_courses_fee', sql`${t.feeFen} >= 0 and ${t.subsidyFen} >= 0`),
    check('class_courses_offer_hold', sql`${t.offerHoldHours} between 1 and 720`),
    check('class_courses_staffing', sql`${t.minTeachers} >= 0 and ${t.minVolunteers} >= 0`),
  ],
);

/** One session (课次) of a course, with its times. */
export const classSessions = snakeCase.table(
  'class_sessions',
  {
    id: id(),
    courseId: uuid()
      .notNull()
      .references(() => classCourses.id, { onDelete: 'cascade' }),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    topic: text().notNull().default(''),
    /** When the roll was first called. */
    rollCalledAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [index('class_sessions_course_idx').on(t.courseId, t.startsAt), check('class_sessions_times', sql`${t.endsAt} > ${t.startsAt}`)],
);

/** Priority groups of summer classes (report 003): migrant workers' children, single-parent and left-behind children. */
export const classPriorityGroup = pgEnum('class_priority_group', ['migrant_worker', 'single_parent', 'left_behind']);

export const classEnrolmentStatus = pgEnum('class_enrolment_status', [
  'confirmed',
  'waiting',
  'offered', // first in line, offered a freed seat until offer_expires_at
  'cancelled',
  'lapsed', // let an offer run out
]);

export interface ClassGuardian {
  name: string;
  phone: string;
  relation: string;
}

/**
 * A seat (or a place in line) on a course, for the enrolling member or for their child. One live
 * enrolment per person per course is a partial unique index on `attendee_key`.
 */
export const classEnrolments = snakeCase.table(
  'class_enrolments',
  {
    id: id(),
    courseId: uuid()
      .notNull()
      .references(() => classCourses.id),
    /** The course's union, copied so authorization needs no join. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    /** The member who enrolled (the learner, or the child's parent). */
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    /** `m:<member id>` for the member, `c:<member id>:<child name>:<birth date>` for a child. */
    attendeeKey: text().notNull(),
    childName: text(),
    childBirthDate: date({ mode: 'string' }),
    school: text(),
    guardians: text().array().notNull().default(sql`'{}'::text[]`),
    priorityGroup: classPriorityGroup(),
    status: classEnrolmentStatus().notNull(),
    /** Arrival order, drawn while holding the course lock. */
    arrivalSeq: bigint({ mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    queueOrder: integer(),
    offerExpiresAt: timestamptz(),
    confirmedAt: timestamptz(),
    feeFen: money().notNull().default(0),
    /** The fee was waived because the member's household is on the hardship register (an active file). */
    hardshipWaiver: boolean().notNull().default(false),
    /** The three-party agreement (三方协议: parent, union, class) accepted online. */
    agreementAcceptedAt: timestamptz(),
    agreementVersion: text(),
    endedAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('class_enrolments_one_live_per_attendee')
      .on(t.courseId, t.attendeeKey)
      .where(sql`${t.status} in ('confirmed', 'waiting', 'offered')`),
    index('class_enrolments_course_status_idx').on(t.courseId, t.status, t.queueOrder, t.arrivalSeq),
    index('class_enrolments_member_idx').on(t.memberId, t.createdAt),
    index('class_enrolments_offer_due_idx')
      .on(t.offerExpiresAt)
      .where(sql`${t.status} = 'offered'`),
    check('class_enrolments_waiting_has_order', sql`(${t.status} = 'waiting') = (${t.queueOrder} is not null)`),
    check('class_enrolments_offer_has_deadline', sql`${t.status} <> 'offered' or ${t.offerExpiresAt} is not null`),
    check('class_enrolments_child', sql`(${t.childName} is null) = (${t.childBirthDate} is null)`),
  ],
);

export const classStaffRole = pgEnum('class_staff_role', ['teacher', 'volunteer']);

/** A teacher (辅导老师) or volunteer of a class, recorded by union staff; a teacher with an account calls the roll. */
export const classStaff = snakeCase.table(
  'class_staff',
  {
    id: id(),
    courseId: uuid()
      .notNull()
      .references(() => classCourses.id),
    role: classStaffRole().notNull(),
    name: text().notNull(),
    phone: text().notNull(),
    /** The account with this phone, when there is one: it may call the roll. */
    userId: uuid().references(() => users.id),
    createdByUserId: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [unique('class_staff_one_per_phone').on(t.courseId, t.phone), index('class_staff_user_idx').on(t.userId)],
);

/** One learner's presence at one session, and for children the named guardian who picked them up. */
export const classAttendance = snakeCase.table(
  'class_attendance',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => classSessions.id),
    enrolmentId: uuid()
      .notNull()
      .references(() => classEnrolments.id),
    courseId: uuid()
      .notNull()
      .references(() => classCourses.id),
    present: boolean().notNull(),
    pickedUpBy: text(),
    pickedUpAt: timestamptz(),
    recordedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('class_attendance_one_per_session').on(t.sessionId, t.enrolmentId),
    index('class_attendance_course_idx').on(t.courseId),
    check('class_attendance_pickup', sql`${t.pickedUpBy} is null or ${t.present}`),
  ],
);

export const classIncidentStatus = pgEnum('class_incident_status', ['open', 'closed']);

/** An incident (安全事件) in a class; an open one blocks the subsidy claim. */
export const classIncidents = snakeCase.table(
  'class_incidents',
  {
    id: id(),
    courseId: uuid()
      .notNull()
      .references(() => classCourses.id),
    /** The course's union, copied so authorization needs no join. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    description: text().notNull(),
    occurredAt: timestamptz().notNull(),
    status: classIncidentStatus().notNull().default('open'),
    resolution: text(),
    recordedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    closedByUserId: uuid().references(() => users.id),
    closedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [index('class_incidents_course_idx').on(t.courseId, t.status)],
);

/** The subsidy claim of a summer class (专项补助): one per course, allowed at >= 70 % attendance with no open incident. */
export const classSubsidyClaims = snakeCase.table(
  'class_subsidy_claims',
  {
    id: id(),
    courseId: uuid()
      .notNull()
      .references(() => classCourses.id),
    unionPath: text().notNull(),
    amountFen: money().notNull(),
    /** The attendance rate when claimed, in basis points (7000 = 70 %). */
    attendanceBasisPoints: integer().notNull(),
    claimedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique('class_subsidy_claims_one_per_course').on(t.courseId),
    check('class_subsidy_claims_rate', sql`${t.attendanceBasisPoints} >= 7000`),
    check('class_subsidy_claims_amount', sql`${t.amountFen} > 0`),
  ],
);
