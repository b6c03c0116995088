import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMembers, type FixtureMember } from '../competitions/fixtures.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import {
  ASSIGN_STAFF,
  CALL_ROLL,
  child,
  CLAIM_SUBSIDY,
  CLOSE_INCIDENT,
  count,
  COURSE,
  CREATE_COURSE,
  ENROL,
  ok,
  RECORD_INCIDENT,
  run,
  setCourse,
  START,
  summerInput,
  unionIdOf,
} from './fixtures.ts';

/**
 * A summer class for members' children (report 003): priority groups seated first within the
 * priority window, then everyone else by arrival; the three-party agreement; the minimum
 * staffing before the start; roll call with pick-up by a named guardian; the subsidy claim only
 * at >= 70 % attendance and with no open incident.
 */
let env: TestEnvironment;
let staff: GraphQLClient;
let course: any;
let courseDbId: string;
let parents: FixtureMember[];
let teacher: FixtureMember;
const GROUPS = ['MIGRANT_WORKER', 'SINGLE_PARENT', 'LEFT_BEHIND'];

beforeAll(async () => {
  env = await createTestEnvironment();
  // The members first (straight to the database), then the requests: see opening.test.ts.
  parents = await createMembers(env, 32);
  teacher = parents.pop()!;
  staff = await env.as(demo.luoyangStaff);
  course = await ok(staff, CREATE_COURSE, summerInput(await unionIdOf(env, '410300')));
  courseDbId = decodeGlobalId(course.id).id;
}, 120_000);
afterAll(() => env?.close());

const enrolments = () => count(env, sql`select count(*) as n from class_enrolments where course_id = ${courseDbId}`);

describe('a summer class', () => {
  it('refuses a child outside the age band, a missing child and a missing agreement, writing nothing', async () => {
    const p = parents[0]!.client;
    expect((await run(p, ENROL, { course: course.id, child: child('小明', { birthDate: '2023-01-01' }), acceptAgreement: true })).reason).toBe('AGE_OUT_OF_BAND');
    expect((await run(p, ENROL, { course: course.id, acceptAgreement: true })).reason).toBe('CHILD_REQUIRED');
    expect((await run(p, ENROL, { course: course.id, child: child('小明') })).__typename).toBe('ClassAgreementRequired');
    const bad = await run(p, ENROL, { course: course.id, child: child('小明', { guardians: [] }), acceptAgreement: true });
    expect(bad.__typename).toBe('InputValidationError');
    expect(await enrolments()).toBe(0);
  });

  it('seats priority groups first under parallel enrolment; the others wait in arrival order', async () => {
    // 10 seats; 6 priority children and 24 others arrive at once inside the priority window.
    const requests = parents.slice(0, 30).map((p, i) =>
      run(p.client, ENROL, {
        course: course.id,
        child: child(`孩子${i}`, i % 5 === 0 ? { priorityGroup: GROUPS[i % 3] } : {}),
        acceptAgreement: true,
      }),
    );
    const results = (await Promise.all(requests)).map((r) => r.enrolment);
    expect(results.every(Boolean)).toBe(true);
    const priority = results.filter((e) => e.priorityGroup !== null);
    const others = results.filter((e) => e.priorityGroup === null);
    expect(priority).toHaveLength(6);
    expect(priority.every((e) => e.status === 'CONFIRMED')).toBe(true);
    expect(others.every((e) => e.status === 'WAITING')).toBe(true);
    expect(others.sort((a, b) => a.arrivalSeq - b.arrivalSeq).map((e) => e.waitlistPosition)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(results[0]).toMatchObject({ agreementVersion: '2026-summer-v1', fee: { amount: 30_000 }, hardshipWaiver: false });
    expect(results[0].agreementAcceptedAt).not.toBeNull();

    // A late priority child still takes a free seat inside the window.
    const late = parents[30]!;
    const lateResult = await run(late.client, ENROL, { course: course.id, child: child('晚到的孩子', { priorityGroup: 'LEFT_BEHIND' }), acceptAgreement: true });
    expect(lateResult.enrolment.status).toBe('CONFIRMED');

    // The window closes: the remaining 3 seats go to the earliest non-priority arrivals.
    await setCourse(env, courseDbId, { priorityUntil: new Date(Date.now() - 1000) });
    const now = (await staff.query(COURSE, { id: course.id })).classCourse;
    expect(now).toMatchObject({ seatsTaken: 10, waitingCount: 21 });
    const earliest = others.slice(0, 3).map((e) => decodeGlobalId(e.id).id);
    const seatedNow = await count(
      env,
      sql`select count(*) as n from class_enrolments where status = 'confirmed' and id in (${sql.join(earliest.map((id) => sql`${id}`), sql`, `)})`,
    );
    expect(seatedNow).toBe(3);
  });

  it('a hardship household pays no fee (hardship register, active file)', async () => {
    const zhang = await env.as(demo.memberZhang);
    const result = await run(zhang, ENROL, { course: course.id, child: child('郭小宝', { birthDate: '2018-06-01' }), acceptAgreement: true });
    expect(result.enrolment).toMatchObject({ status: 'WAITING', fee: { amount: 0 }, hardshipWaiver: true });
  });

  it('cannot start without a teacher and a volunteer, nor without accident insurance', async () => {
    const refused = await run(staff, START, { course: course.id });
    expect(refused).toMatchObject({ __typename: 'ClassUnderstaffed', teachersNeeded: 1, volunteersNeeded: 1 });
    await ok(staff, ASSIGN_STAFF, { course: course.id, role: 'TEACHER', name: '陈老师', phone: teacher.phone });
    expect((await run(staff, START, { course: course.id })).__typename).toBe('ClassUnderstaffed');
    await ok(staff, ASSIGN_STAFF, { course: course.id, role: 'VOLUNTEER', name: '刘同学', phone: '13911112222' });
    const again = await run(staff, ASSIGN_STAFF, { course: course.id, role: 'VOLUNTEER', name: '刘同学', phone: '13911112222' });
    expect(again.fieldErrors[0].code).toBe('ALREADY_ASSIGNED');
    expect((await run(staff, START, { course: course.id })).__typename).toBe('ClassInsuranceMissing');
    const started = await ok(staff, START, { course: course.id, insurancePolicy: 'PICC-2026-LY-0001' });
    expect(started.status).toBe('STARTED');
  });

  it('the teacher calls the roll on a phone; the subsidy is refused below 70 % and with an open incident', async () => {
    const sessions = course.sessions.map((s: any) => s.id);
    const rollOf = async (session: string) =>
      (await teacher.client.query(`query($id: ID!) { node(id: $id) { ... on ClassSession { roll { enrolmentId learnerName guardianNames present } } } }`, { id: session })).node.roll;
    const roll = await rollOf(sessions[0]);
    expect(roll).toHaveLength(10);
    // Someone else cannot read the roll.
    expect((await parents[0]!.client.query(`query($id: ID!) { node(id: $id) { ... on ClassSession { roll { learnerName } } } }`, { id: sessions[0] })).node.roll).toBeNull();

    const wrongGuardian = await run(teacher.client, CALL_ROLL, { session: sessions[0], marks: [{ enrolment: roll[0].enrolmentId, present: true, pickedUpBy: '陌生人' }] });
    expect(wrongGuardian.fieldErrors[0].code).toBe('NOT_A_GUARDIAN');
    const mark = (present: (i: number) => boolean) => roll.map((l: any, i: number) => ({ enrolment: l.enrolmentId, present: present(i), pickedUpBy: present(i) ? l.guardianNames[0] : null }));
    await ok(teacher.client, CALL_ROLL, { session: sessions[0], marks: mark(() => true) });
    await ok(teacher.client, CALL_ROLL, { session: sessions[1], marks: mark((i) => i < 3) });
    // 13 presences of 20: 65 %.
    const low = await run(staff, CLAIM_SUBSIDY, { course: course.id });
    expect(low).toMatchObject({ __typename: 'ClassAttendanceTooLow', basisPoints: 6500 });

    await ok(teacher.client, CALL_ROLL, { session: sessions[2], marks: mark(() => true) });
    const incident = await ok(teacher.client, RECORD_INCIDENT, { course: course.id, description: '课间游戏时一名学生膝盖擦伤，已消毒包扎并通知家长', occurredAt: new Date(Date.now() - 60_000).toISOString() });
    const blocked = await run(staff, CLAIM_SUBSIDY, { course: course.id });
    expect(blocked).toMatchObject({ __typename: 'ClassIncidentOpen', openIncidents: 1 });
    expect(await count(env, sql`select count(*) as n from class_subsidy_claims`)).toBe(0);

    await ok(staff, CLOSE_INCIDENT, { incident: incident.id, resolution: '伤情轻微，家长已确认，保险报案号 2026-0001' });
    const claimed = await ok(staff, CLAIM_SUBSIDY, { course: course.id });
    expect(claimed.status).toBe('FINISHED');
    expect((await staff.query(COURSE, { id: course.id })).classCourse.attendanceBasisPoints).toBe(7666);
    // Parallel second claims: the unique constraint keeps one.
    const repeats = await Promise.all([0, 1, 2].map(() => run(staff, CLAIM_SUBSIDY, { course: course.id })));
    expect(repeats.map((r) => r.__typename)).toEqual(['ClassSubsidyAlreadyClaimed', 'ClassSubsidyAlreadyClaimed', 'ClassSubsidyAlreadyClaimed']);
    expect(await count(env, sql`select count(*) as n from class_subsidy_claims`)).toBe(1);
  });

  it('figures up the union tree', async () => {
    const luoyang = await unionIdOf(env, '410300');
    const figures = (
      await staff.query(
        `query($u: ID!) { classFigures(union: $u) { courses summerClasses seats seated waiting coursesFilled attendanceBasisPoints subsidyClaims subsidyTotal { amount } children { unionCode courses } } }`,
        { u: luoyang },
      )
    ).classFigures;
    expect(figures).toMatchObject({ summerClasses: expect.any(Number), subsidyClaims: 1, subsidyTotal: { amount: 3_000_000 } });
    expect(figures.courses).toBeGreaterThanOrEqual(1);
    expect(figures.seated).toBeGreaterThanOrEqual(10);
  });
});
