/** Courses and their running: creation with sessions, staffing, the start, roll call, incidents and the subsidy claim. */
import { classAttendance, classCourses, classEnrolments, classIncidents, classSessions, classStaff, classSubsidyClaims, uniqueViolation, users, executeRows, type Database } from '@huigong/db';
import { and, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { unionPath } from '../accounts/unions.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { InvalidTransition } from '../common/transitions.ts';
import { isCourseStaff, isCourseTeacher } from './access.ts';
import { lockCourse } from './course-lock.ts';
import {
  ClassAttendanceTooLow,
  ClassIncidentOpen,
  ClassInsuranceMissing,
  ClassNotTeacher,
  ClassSubsidyAlreadyClaimed,
  ClassSubsidyNotAvailable,
  ClassUnderstaffed,
} from './errors.ts';
import { courseLifecycle, type CourseRow } from './lifecycle.ts';

/** The subsidy rule of report 003: "学生出勤率达70%以上". */
export const SUBSIDY_MIN_ATTENDANCE_BP = 7000;

export interface CourseInput {
  unionId: string;
  kind: 'training' | 'summer';
  title: string;
  description?: string | null;
  venue: string;
  startsOn: string;
  endsOn: string;
  capacity: number;
  minAge?: number | null;
  maxAge?: number | null;
  enrolmentOpensAt: Date;
  enrolmentClosesAt: Date;
  priorityUntil?: Date | null;
  feeFen?: number | null;
  offerHoldHours?: number | null;
  minTeachers?: number | null;
  minVolunteers?: number | null;
  insurancePolicy?: string | null;
  subsidyFen?: number | null;
  sessions: { startsAt: Date; endsAt: Date; topic?: string | null }[];
}

/** Staff over the course, or NotFound: a course of another subtree does not exist for them. */
async function staffCourse(tx: Database, viewer: Viewer, courseId: string, lock = false): Promise<CourseRow> {
  const course = lock ? await lockCourse(tx, courseId) : await tx.query.classCourses.findFirst({ where: { id: courseId } });
  if (!course || !isCourseStaff(viewer, course)) throw new NotFound('班级');
  return course;
}

export async function createCourse(db: Database, viewer: Viewer, input: CourseInput): Promise<string> {
  const path = await unionPath(db, input.unionId);
  if (!path || !isCourseStaff(viewer, { unionPath: path })) throw new NotFound('工会');
  const at = (field: string, code: string, message: string) => fieldError(['input', field], code, message);
  if (input.endsOn < input.startsOn) throw at('endsOn', 'BEFORE_START', '结业日期不能早于开班日期');
  if (input.enrolmentClosesAt <= input.enrolmentOpensAt) throw at('enrolmentClosesAt', 'BEFORE_OPEN', '报名截止须晚于报名开始');
  if (input.priorityUntil && input.kind !== 'summer') throw at('priorityUntil', 'SUMMER_ONLY', '优先报名时段仅适用于暑托班');
  if (input.priorityUntil && (input.priorityUntil <= input.enrolmentOpensAt || input.priorityUntil > input.enrolmentClosesAt)) {
    throw at('priorityUntil', 'OUTSIDE_WINDOW', '优先报名时段须在报名时段之内');
  }
  if (input.minAge != null && input.maxAge != null && input.maxAge < input.minAge) throw at('maxAge', 'BELOW_MIN', '最大年龄不能小于最小年龄');
  if ((input.minAge != null || input.maxAge != null) && input.kind !== 'summer') throw at('minAge', 'SUMMER_ONLY', '年龄段仅适用于暑托班');
  if (input.subsidyFen && input.kind !== 'summer') throw at('subsidy', 'SUMMER_ONLY', '专项补助仅适用于暑托班');
  input.sessions.forEach((s, i) => {
    if (s.endsAt <= s.startsAt) throw fieldError(['input', 'sessions', String(i), 'endsAt'], 'BEFORE_START', '下课时间须晚于上课时间');
  });
  const summer = input.kind === 'summer';
  return db.transaction(async (tx) => {
    const [course] = await tx
      .insert(classCourses)
      .values({
        unionId: input.unionId,
        unionPath: path,
        kind: input.kind,
        audience: summer ? 'children' : 'members',
        title: input.title,
        description: input.description ?? '',
        venue: input.venue,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        capacity: input.capacity,
        minAge: input.minAge ?? null,
        maxAge: input.maxAge ?? null,
        enrolmentOpensAt: input.enrolmentOpensAt,
        enrolmentClosesAt: input.enrolmentClosesAt,
        priorityUntil: input.priorityUntil ?? null,
        feeFen: input.feeFen ?? 0,
        offerHoldHours: input.offerHoldHours ?? 24,
        // Report 003: "每班至少配备辅导老师1名,志愿者1~2名".
        minTeachers: input.minTeachers ?? (summer ? 1 : 0),
        minVolunteers: input.minVolunteers ?? (summer ? 1 : 0),
        insurancePolicy: input.insurancePolicy ?? null,
        subsidyFen: input.subsidyFen ?? 0,
        createdByUserId: viewer.userId,
      })
      .returning({ id: classCourses.id });
    if (!course) throw new Error('insert into class_courses returned no row');
    if (input.sessions.length > 0) {
      await tx.insert(classSessions).values(input.sessions.map((s) => ({ courseId: course.id, startsAt: s.startsAt, endsAt: s.endsAt, topic: s.topic ?? '' })));
    }
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'class_course.created', subjectType: 'class_course', subjectId: course.id, toState: 'scheduled' });
    return course.id;
  });
}

/** Staff record a teacher or a volunteer of a class; a teacher with an account (by phone) may call the roll. */
export async function assignStaff(
  db: Database,
  viewer: Viewer,
  input: { courseId: string; role: 'teacher' | 'volunteer'; name: string; phone: string },
): Promise<string> {
  return db.transaction(async (tx) => {
    const course = await staffCourse(tx, viewer, input.courseId);
    if (course.status === 'finished') courseLifecycle.assert(course.status, 'start');
    const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.phone, input.phone)).limit(1);
    try {
      await tx.transaction(async (sp) => {
        await sp.insert(classStaff).values({ courseId: course.id, role: input.role, name: input.name, phone: input.phone, userId: user?.id ?? null, createdByUserId: viewer.userId });
      });
    } catch (error) {
      if (uniqueViolation(error) === 'class_staff_one_per_phone') throw fieldError(['input', 'phone'], 'ALREADY_ASSIGNED', '此手机号已登记为本班的老师或志愿者');
      throw error;
    }
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'class_course.staff_assigned', subjectType: 'class_course', subjectId: course.id, data: { role: input.role, name: input.name } });
    return course.id;
  });
}

/** Starts a class: not without the minimum staffing, nor a summer class without accident insurance. */
export async function startCourse(db: Database, viewer: Viewer, courseId: string, insurancePolicy: string | null): Promise<string> {
  return db.transaction(async (tx) => {
    const course = await staffCourse(tx, viewer, courseId, true);
    courseLifecycle.assert(course.status, 'start');
    const staffRows = await tx.select({ role: classStaff.role, n: count() }).from(classStaff).where(eq(classStaff.courseId, course.id)).groupBy(classStaff.role);
    const of = (role: string) => Number(staffRows.find((r) => r.role === role)?.n ?? 0);
    if (of('teacher') < course.minTeachers || of('volunteer') < course.minVolunteers) throw new ClassUnderstaffed(course.minTeachers, course.minVolunteers);
    const policy = insurancePolicy ?? course.insurancePolicy;
    if (course.kind === 'summer' && !policy) throw new ClassInsuranceMissing();
    const [updated] = await tx
      .update(classCourses)
      .set({ status: 'started', startedAt: new Date(), insurancePolicy: policy })
      .where(and(eq(classCourses.id, course.id), inArray(classCourses.status, courseLifecycle.from('start'))))
      .returning({ id: classCourses.id });
    if (!updated) throw new Error('startCourse: the course changed under its lock');
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'class_course.started', subjectType: 'class_course', subjectId: course.id, fromState: 'scheduled', toState: 'started' });
    return course.id;
  });
}

export interface RollMark {
  enrolmentId: string;
  present: boolean;
  pickedUpBy?: string | null;
}

/**
 * The teacher's roll call for one session (on a phone): present or absent for each learner, and
 * for a child the named guardian who picked them up. Calling it again corrects the marks.
 */
export async function callRoll(db: Database, viewer: Viewer, sessionId: string, marks: RollMark[]): Promise<string> {
  const session = await db.query.classSessions.findFirst({ where: { id: sessionId } });
  if (!session) throw new NotFound('课次');
  return db.transaction(async (tx) => {
    const course = await lockCourse(tx, session.courseId);
    const staff = isCourseStaff(viewer, course);
    if (!staff && !(await isCourseTeacher(tx, viewer, course.id))) throw new NotFound('课次');
    courseLifecycle.assert(course.status, 'callRoll');
    const ids = [...new Set(marks.map((m) => m.enrolmentId))];
    const enrolments = ids.length
      ? await tx.select().from(classEnrolments).where(and(inArray(classEnrolments.id, ids), eq(classEnrolments.courseId, course.id), eq(classEnrolments.status, 'confirmed')))
      : [];
    const byId = new Map(enrolments.map((e) => [e.id, e]));
    const now = new Date();
    for (const [i, mark] of marks.entries()) {
      const enrolment = byId.get(mark.enrolmentId);
      if (!enrolment) throw fieldError(['input', 'marks', String(i), 'enrolment'], 'NOT_IN_CLASS', '该学员不在本班的录取名单中');
      if (mark.pickedUpBy && !mark.present) throw fieldError(['input', 'marks', String(i), 'pickedUpBy'], 'ABSENT', '缺勤的学员不登记接送');
      if (mark.pickedUpBy && enrolment.childName !== null) {
        const names = enrolment.guardians.map((g) => g.split('|')[1]);
        if (!names.includes(mark.pickedUpBy)) throw fieldError(['input', 'marks', String(i), 'pickedUpBy'], 'NOT_A_GUARDIAN', '接送人须为报名时登记的监护人');
      }
      const values = { present: mark.present, pickedUpBy: mark.pickedUpBy ?? null, pickedUpAt: mark.pickedUpBy ? now : null, recordedByUserId: viewer.userId };
      await tx
        .insert(classAttendance)
        .values({ sessionId: session.id, enrolmentId: enrolment.id, courseId: course.id, ...values })
        .onConflictDoUpdate({ target: [classAttendance.sessionId, classAttendance.enrolmentId], set: values });
    }
    await tx.update(classSessions).set({ rollCalledAt: sql`coalesce(${classSessions.rollCalledAt}, now())` }).where(eq(classSessions.id, session.id));
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'class_session.roll_called', subjectType: 'class_session', subjectId: session.id, data: { marks: marks.length, present: marks.filter((m) => m.present).length } });
    return session.id;
  });
}

/**
 * The attendance rate in basis points: presences over (seated learners × sessions whose roll was
 * called). Null before the first roll call.
 */
export async function attendanceBasisPoints(db: Database, courseId: string): Promise<number | null> {
  const [row] = await executeRows<{ present: string; sessions: string; seated: string }>(db, sql`
    select (select count(*) from class_attendance a join class_enrolments e on e.id = a.enrolment_id
              where a.course_id = ${courseId} and a.present and e.status = 'confirmed') as present,
           (select count(*) from class_sessions s where s.course_id = ${courseId} and s.roll_called_at is not null) as sessions,
           (select count(*) from class_enrolments e where e.course_id = ${courseId} and e.status = 'confirmed') as seated`);
  const expected = Number(row?.sessions ?? 0) * Number(row?.seated ?? 0);
  if (expected === 0) return null;
  return Math.floor((Number(row?.present ?? 0) * 10_000) / expected);
}

export async function recordIncident(db: Database, viewer: Viewer, input: { courseId: string; description: string; occurredAt: Date }): Promise<string> {
  return db.transaction(async (tx) => {
    const course = await tx.query.classCourses.findFirst({ where: { id: input.courseId } });
    if (!course || !(isCourseStaff(viewer, course) || (await isCourseTeacher(tx, viewer, course.id)))) throw new NotFound('班级');
    if (input.occurredAt > new Date()) throw fieldError(['input', 'occurredAt'], 'IN_FUTURE', '发生时间不能晚于现在');
    const [row] = await tx
      .insert(classIncidents)
      .values({ courseId: course.id, unionId: course.unionId, description: input.description, occurredAt: input.occurredAt, recordedByUserId: viewer.userId })
      .returning({ id: classIncidents.id });
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'class_incident.recorded', subjectType: 'class_incident', subjectId: row!.id, toState: 'open' });
    return row!.id;
  });
}

export async function closeIncident(db: Database, viewer: Viewer, input: { incidentId: string; resolution: string }): Promise<string> {
  return db.transaction(async (tx) => {
    const incident = await tx.query.classIncidents.findFirst({ where: { id: input.incidentId }, with: { course: true } });
    if (!incident || !isCourseStaff(viewer, incident.course)) throw new NotFound('安全事件');
    const [row] = await tx
      .update(classIncidents)
      .set({ status: 'closed', resolution: input.resolution, closedByUserId: viewer.userId, closedAt: new Date() })
      .where(and(eq(classIncidents.id, incident.id), eq(classIncidents.status, 'open')))
      .returning({ id: classIncidents.id });
    if (!row) throw new InvalidTransition('安全事件', 'closed', 'closed', { closed: '已处理完毕' });
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'class_incident.closed', subjectType: 'class_incident', subjectId: row.id, fromState: 'open', toState: 'closed', reason: input.resolution });
    return row.id;
  });
}

/** The summer class's subsidy claim: once per class (a unique constraint), at >= 70 % attendance, with no open incident. */
export async function claimSubsidy(db: Database, viewer: Viewer, courseId: string): Promise<string> {
  return db.transaction(async (tx) => {
    const course = await staffCourse(tx, viewer, courseId, true);
    if (course.kind !== 'summer' || course.subsidyFen <= 0) throw new ClassSubsidyNotAvailable();
    courseLifecycle.assert(course.status, 'claimSubsidy');
    const [open] = await tx.select({ n: count() }).from(classIncidents).where(and(eq(classIncidents.courseId, course.id), eq(classIncidents.status, 'open')));
    if (Number(open?.n ?? 0) > 0) throw new ClassIncidentOpen(Number(open!.n));
    const rate = (await attendanceBasisPoints(tx, course.id)) ?? 0;
    if (rate < SUBSIDY_MIN_ATTENDANCE_BP) throw new ClassAttendanceTooLow(rate);
    let id: string;
    try {
      const [row] = await tx.transaction((sp) =>
        sp.insert(classSubsidyClaims).values({ courseId: course.id, unionPath: course.unionPath, amountFen: course.subsidyFen, attendanceBasisPoints: rate, claimedByUserId: viewer.userId }).returning({ id: classSubsidyClaims.id }),
      );
      id = row!.id;
    } catch (error) {
      if (uniqueViolation(error) === 'class_subsidy_claims_one_per_course') throw new ClassSubsidyAlreadyClaimed();
      throw error;
    }
    await tx.update(classCourses).set({ status: 'finished' }).where(and(eq(classCourses.id, course.id), isNotNull(classCourses.startedAt)));
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'class_course.subsidy_claimed', subjectType: 'class_course', subjectId: course.id, fromState: course.status, toState: 'finished', data: { amountFen: course.subsidyFen, attendanceBasisPoints: rate } });
    return id;
  });
}

export async function finishCourse(db: Database, viewer: Viewer, courseId: string): Promise<string> {
  return db.transaction(async (tx) => {
    const course = await staffCourse(tx, viewer, courseId, true);
    courseLifecycle.assert(course.status, 'finish');
    await tx.update(classCourses).set({ status: 'finished' }).where(and(eq(classCourses.id, course.id), eq(classCourses.status, 'started')));
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'class_course.finished', subjectType: 'class_course', subjectId: course.id, fromState: 'started', toState: 'finished' });
    return course.id;
  });
}
