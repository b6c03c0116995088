import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMembers, type FixtureMember } from '../competitions/fixtures.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { ACCEPT_OFFER, CANCEL, COURSE, count, CREATE_COURSE, ENROL, MY_ENROLMENTS, ok, run, setCourse, trainingInput, unionIdOf } from './fixtures.ts';

/**
 * The opening minute of a 50-seat course at the workers' cultural palace (report 004: "每個班50人的
 * 招生名額,僅用一週時間就報滿了"): 300 members enrol at once. Seats go in arrival order under the
 * course lock, the rest wait in that order, and a freed seat is offered to the next in line.
 */
let env: TestEnvironment;
let staff: GraphQLClient;
let course: any;
let courseDbId: string;
let members: FixtureMember[];
const byMember = new Map<string, any>();

beforeAll(async () => {
  env = await createTestEnvironment();
  // The members first (straight to the database, a while): a keep-alive socket left idle past the
  // server's keep-alive timeout meanwhile could be reset under the next request.
  members = await createMembers(env, 301);
  staff = await env.as(demo.luoyangStaff);
  course = await ok(staff, CREATE_COURSE, trainingInput(await unionIdOf(env, '410300')));
  courseDbId = decodeGlobalId(course.id).id;
}, 120_000);
afterAll(() => env?.close());

const waitingInDb = () =>
  env.db.execute(sql`select id, queue_order, arrival_seq from class_enrolments where course_id = ${courseDbId} and status = 'waiting' order by queue_order`);
const rowsOf = (r: any) => (Array.isArray(r) ? r : r.rows) as any[];

describe('the opening minute of a 50-seat course', () => {
  it('refuses enrolment before the opening, writing nothing', async () => {
    const result = await run(members[0]!.client, ENROL, { course: course.id });
    expect(result.__typename).toBe('ClassEnrolmentNotOpen');
    expect(await count(env, sql`select count(*) as n from class_enrolments where course_id = ${courseDbId}`)).toBe(0);
  });

  it('300 parallel enrolments at the opening: exactly 50 seats and 250 waiting, in arrival order', async () => {
    await setCourse(env, courseDbId, { opensAt: new Date(Date.now() - 1000) });
    const crowd = members.slice(0, 300);
    const results = await Promise.all(crowd.map((m) => run(m.client, ENROL, { course: course.id })));
    expect(results.map((r) => r.__typename).every((t) => t === 'EnrolInClassSuccess'), JSON.stringify(results.find((r) => !r.enrolment))).toBe(true);
    const enrolments = results.map((r) => r.enrolment);
    crowd.forEach((m, i) => byMember.set(m.phone, enrolments[i]));
    const confirmed = enrolments.filter((e) => e.status === 'CONFIRMED');
    const waiting = enrolments.filter((e) => e.status === 'WAITING');
    expect(confirmed).toHaveLength(50);
    expect(waiting).toHaveLength(250);
    // Every seat went to an earlier arrival than every place in line, and the line follows arrival exactly.
    expect(Math.min(...waiting.map((e) => e.arrivalSeq))).toBeGreaterThan(Math.max(...confirmed.map((e) => e.arrivalSeq)));
    const byArrival = [...waiting].sort((a, b) => a.arrivalSeq - b.arrivalSeq);
    expect(byArrival.map((e) => e.waitlistPosition)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    // Members learn for free.
    expect(new Set(enrolments.map((e) => e.fee.amount))).toEqual(new Set([0]));

    const line = rowsOf(await waitingInDb());
    expect(line.map((r) => Number(r.queue_order))).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    const now = (await staff.query(COURSE, { id: course.id })).classCourse;
    expect(now).toMatchObject({ seatsTaken: 50, waitingCount: 250 });
    expect(now.filledAt).not.toBeNull();
  }, 120_000);

  it('one person, one live enrolment: ten parallel tries by the same member give one', async () => {
    const late = members[300]!;
    const results = await Promise.all(Array.from({ length: 10 }, () => run(late.client, ENROL, { course: course.id })));
    const kinds = results.map((r) => r.__typename);
    expect(kinds.filter((k) => k === 'EnrolInClassSuccess')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'ClassAlreadyEnrolled')).toHaveLength(9);
    const mine = results.find((r) => r.enrolment)!.enrolment;
    expect(mine).toMatchObject({ status: 'WAITING', waitlistPosition: 251 });
    expect((await run(late.client, CANCEL, { enrolment: mine.id })).enrolment.status).toBe('CANCELLED');
  });

  it('a cancellation offers the seat to the first in line; a lapsed offer passes to the next', async () => {
    const crowd = members.slice(0, 300);
    const seated = crowd.find((m) => byMember.get(m.phone).status === 'CONFIRMED')!;
    const line = crowd.filter((m) => byMember.get(m.phone).status === 'WAITING').sort((a, b) => byMember.get(a.phone).waitlistPosition - byMember.get(b.phone).waitlistPosition);
    const [first, second, third] = line as [FixtureMember, FixtureMember, FixtureMember];

    const cancelled = await run(seated.client, CANCEL, { enrolment: byMember.get(seated.phone).id });
    expect(cancelled.enrolment.status).toBe('CANCELLED');
    // Cancelling twice is a wrong-state refusal.
    expect((await run(seated.client, CANCEL, { enrolment: byMember.get(seated.phone).id })).__typename).toBe('InvalidTransition');

    const mineFirst = (await first.client.query(MY_ENROLMENTS)).myClassEnrolments.nodes[0];
    expect(mineFirst.status).toBe('OFFERED');
    expect(mineFirst.viewerCan).toEqual({ cancel: true, acceptOffer: true });
    expect(new Date(mineFirst.offerExpiresAt).getTime()).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect((await second.client.query(MY_ENROLMENTS)).myClassEnrolments.nodes[0]).toMatchObject({ status: 'WAITING', waitlistPosition: 1 });

    // The offer runs out: the next read (here the member's own list) lapses it and offers the seat on.
    await env.db.execute(sql`update class_enrolments set offer_expires_at = now() - interval '1 second' where id = ${decodeGlobalId(mineFirst.id).id}`);
    const secondNow = (await second.client.query(MY_ENROLMENTS)).myClassEnrolments.nodes[0];
    expect(secondNow.status).toBe('OFFERED');
    expect((await run(first.client, ACCEPT_OFFER, { enrolment: mineFirst.id })).__typename).toBe('ClassOfferExpired');
    expect((await first.client.query(MY_ENROLMENTS)).myClassEnrolments.nodes[0].status).toBe('LAPSED');

    const accepted = await run(second.client, ACCEPT_OFFER, { enrolment: secondNow.id });
    expect(accepted.enrolment.status).toBe('CONFIRMED');
    expect((await third.client.query(MY_ENROLMENTS)).myClassEnrolments.nodes[0]).toMatchObject({ status: 'WAITING', waitlistPosition: 1 });
    expect((await staff.query(COURSE, { id: course.id })).classCourse).toMatchObject({ seatsTaken: 50, waitingCount: 248 });
    const audit = await count(env, sql`select count(*) as n from audit_events where action = 'class_enrolment.offer_lapsed' and subject_id = ${decodeGlobalId(mineFirst.id).id}`);
    expect(audit).toBe(1);
  });

  it('a member of another city cannot see the course to enrol in it', async () => {
    const zhengzhou = await env.as(demo.memberYang);
    expect((await run(zhengzhou, ENROL, { course: course.id })).__typename).toBe('NotFound');
  });
});
