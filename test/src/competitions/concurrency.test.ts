import { auditEvents, competitionEntries, sqlState } from '@huigong/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { ACCEPT_OFFER, CANCEL, CREATE_COMPETITION, competitionInput, createMembers, REGISTER, type FixtureMember } from './fixtures.ts';

const CHECK_IN = /* GraphQL */ `
  mutation CheckIn($input: CheckInCompetitionEntryInput!) {
    checkInCompetitionEntry(input: $input) { __typename ... on Error { code } }
  }
`;
const EVENT = /* GraphQL */ `
  query Event($id: ID!) { competitionEvent(id: $id) { seatsTaken waitingCount } }
`;

let env: TestEnvironment;
let staff: GraphQLClient;
let competition: any;
let eventId: string;
let eventDbId: string;
let members: FixtureMember[];
let entryOf: Map<string, any>;

beforeAll(async () => {
  env = await createTestEnvironment();
  staff = await env.as(demo.luoyangStaff);
  const luoyangId = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
  const input = competitionInput(luoyangId, {
    title: '并发报名测试',
    events: [{ name: '焊条电弧焊', kind: 'INDIVIDUAL', capacity: 30, prizes: [] }],
  });
  competition = (await staff.query(CREATE_COMPETITION, { input })).createCompetition.competition;
  eventId = competition.events.nodes[0].id;
  eventDbId = decodeGlobalId(eventId).id;
  members = await createMembers(env, 100);
});
afterAll(() => env?.close());

async function entriesInDb() {
  return env.db
    .select()
    .from(competitionEntries)
    .where(eq(competitionEntries.eventId, eventDbId))
    .orderBy(asc(competitionEntries.arrivalSeq));
}

describe('seats and the waiting list under concurrency', () => {
  it('100 parallel registrations for 30 seats: exactly 30 confirmed and 70 waiting, in arrival order', async () => {
    const results = await Promise.all(members.map((m) => m.client.query(REGISTER, { input: { event: eventId } })));
    const entries = results.map((r) => r.registerForCompetitionEvent.entry);
    expect(entries.every(Boolean)).toBe(true);
    entryOf = new Map(members.map((m, i) => [m.phone, entries[i]]));

    const confirmed = entries.filter((e) => e.status === 'CONFIRMED');
    const waiting = entries.filter((e) => e.status === 'WAITING');
    expect(confirmed).toHaveLength(30);
    expect(waiting).toHaveLength(70);

    // Arrival order is the order the database decided in: every confirmed entry arrived before
    // every waiting one, and the waiting positions follow arrival exactly.
    const lastConfirmed = Math.max(...confirmed.map((e) => e.arrivalSeq));
    expect(Math.min(...waiting.map((e) => e.arrivalSeq))).toBeGreaterThan(lastConfirmed);
    const byArrival = [...waiting].sort((a, b) => a.arrivalSeq - b.arrivalSeq);
    expect(byArrival.map((e) => e.waitlistPosition)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    expect(new Set(confirmed.map((e) => e.checkInCode)).size).toBe(30);

    const rows = await entriesInDb();
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(30);
    expect(rows.filter((r) => r.status === 'waiting').map((r) => r.queueOrder)).toEqual(
      Array.from({ length: 70 }, (_, i) => i + 1),
    );
    expect((await env.anonymous.query(EVENT, { id: eventId })).competitionEvent).toEqual({ seatsTaken: 30, waitingCount: 70 });
  });

  it('parallel duplicate registrations by one member: one entry at most', async () => {
    const [late] = await createMembers(env, 1);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => late!.client.query(REGISTER, { input: { event: eventId } })),
    );
    const kinds = results.map((r) => r.registerForCompetitionEvent.__typename);
    expect(kinds.filter((k) => k === 'RegisterForCompetitionEventSuccess')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'AlreadyRegistered')).toHaveLength(9);
    // Cancel it again so the list below is the original 70.
    const entry = results.find((r) => r.registerForCompetitionEvent.entry)!.registerForCompetitionEvent.entry;
    expect((await late!.client.query(CANCEL, { input: { entry: entry.id } })).cancelCompetitionEntry.entry.status).toBe('CANCELLED');
  });

  it('parallel cancellations never promote more people than seats freed', async () => {
    const before = await entriesInDb();
    const headOfLine = before
      .filter((r) => r.status === 'waiting')
      .sort((a, b) => a.queueOrder! - b.queueOrder!)
      .slice(0, 10)
      .map((r) => r.id);
    const cancelling = members.filter((m) => entryOf.get(m.phone).status === 'CONFIRMED').slice(0, 10);
    // Each cancellation is sent three times at once: only one per entry may free a seat.
    const results = await Promise.all(
      cancelling.flatMap((m) =>
        [0, 1, 2].map(() => m.client.query(CANCEL, { input: { entry: entryOf.get(m.phone).id } })),
      ),
    );
    const kinds = results.map((r) => r.cancelCompetitionEntry.__typename);
    expect(kinds.filter((k) => k === 'CancelCompetitionEntrySuccess')).toHaveLength(10);
    expect(kinds.filter((k) => k === 'InvalidTransition')).toHaveLength(20);

    const after = await entriesInDb();
    const offered = after.filter((r) => r.status === 'offered');
    expect(offered).toHaveLength(10);
    expect(offered.map((r) => r.id).sort()).toEqual([...headOfLine].sort());
    expect(after.filter((r) => ['confirmed', 'offered', 'forming'].includes(r.status))).toHaveLength(30);
    expect(after.filter((r) => r.status === 'waiting')).toHaveLength(60);
    const offers = await env.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'competition_entry.offered'), inArray(auditEvents.subjectId, offered.map((r) => r.id))));
    expect(offers).toHaveLength(10);
  });

  it('parallel accepts, lapses and cancellations keep the seat count at capacity', async () => {
    const rows = await entriesInDb();
    const offered = rows.filter((r) => r.status === 'offered');
    // Half the offers run out; the other half are accepted at the same moment as more cancellations.
    await env.db
      .update(competitionEntries)
      .set({ offerExpiresAt: new Date(Date.now() - 1000) })
      .where(inArray(competitionEntries.id, offered.slice(0, 5).map((r) => r.id)));
    const memberOf = (entryId: string) => members.find((m) => decodeGlobalId(entryOf.get(m.phone).id).id === entryId)!;
    const confirmedNow = rows.filter((r) => r.status === 'confirmed').slice(0, 5);
    await Promise.all([
      ...offered.slice(5).map((r) => memberOf(r.id).client.query(ACCEPT_OFFER, { input: { entry: entryOf.get(memberOf(r.id).phone).id } })),
      ...confirmedNow.map((r) => memberOf(r.id).client.query(CANCEL, { input: { entry: entryOf.get(memberOf(r.id).phone).id } })),
      staff.query(`mutation { processCompetitionDeadlines { __typename } }`),
    ]);
    const after = await entriesInDb();
    expect(after.filter((r) => ['confirmed', 'offered', 'forming'].includes(r.status))).toHaveLength(30);
    expect(after.filter((r) => r.status === 'lapsed')).toHaveLength(5);
    // 5 lapsed + 5 cancelled freed 10 seats: the next 10 in line hold offers now.
    expect(after.filter((r) => r.status === 'offered')).toHaveLength(10);
    expect(after.filter((r) => r.status === 'waiting')).toHaveLength(50);
  });

  it('parallel check-ins with one code: exactly one succeeds', async () => {
    const [row] = (await entriesInDb()).filter((r) => r.status === 'confirmed');
    const results = await Promise.all(
      Array.from({ length: 10 }, () => staff.query(CHECK_IN, { input: { competition: competition.id, code: row!.checkInCode } })),
    );
    const kinds = results.map((r) => r.checkInCompetitionEntry.__typename);
    expect(kinds.filter((k) => k === 'CheckInCompetitionEntrySuccess')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'AlreadyCheckedIn')).toHaveLength(9);
  });

  it('lists entries with a fixed number of SQL statements, however many rows', async () => {
    const ENTRIES = /* GraphQL */ `
      query Entries($id: ID!, $first: Int!) {
        competitionEvent(id: $id) {
          seatsTaken
          entries(first: $first) { totalCount nodes { id status registrantName waitlistPosition participants { realName role } } }
        }
      }
    `;
    const few = await staff.request(ENTRIES, { id: eventId, first: 5 });
    const many = await staff.request(ENTRIES, { id: eventId, first: 100 });
    expect(few.errors).toBeUndefined();
    expect(many.data.competitionEvent.entries.nodes).toHaveLength(100);
    expect(many.sqlStatements).toBeDefined();
    expect(many.sqlStatements).toBe(few.sqlStatements);

    const COMPETITIONS = /* GraphQL */ `
      query List($first: Int!) {
        competitions(first: $first) { nodes { title organizer { name } events(first: 10) { nodes { name seatsTaken waitingCount prizes { name } } } } }
      }
    `;
    const one = await env.anonymous.request(COMPETITIONS, { first: 1 });
    const all = await env.anonymous.request(COMPETITIONS, { first: 10 });
    expect(all.data.competitions.nodes.length).toBeGreaterThan(1);
    expect(all.sqlStatements).toBe(one.sqlStatements);
  });

  it('staff add seats: the waiting list moves up in order; fewer seats than taken is refused', async () => {
    const CAPACITY = /* GraphQL */ `
      mutation Capacity($input: ChangeCompetitionEventCapacityInput!) {
        changeCompetitionEventCapacity(input: $input) {
          __typename
          ... on ChangeCompetitionEventCapacitySuccess { event { capacity seatsTaken waitingCount } }
          ... on InputValidationError { fieldErrors { field code } }
        }
      }
    `;
    const before = await entriesInDb();
    const nextThree = before
      .filter((r) => r.status === 'waiting')
      .sort((a, b) => a.queueOrder! - b.queueOrder!)
      .slice(0, 3)
      .map((r) => r.id);
    const grown = await staff.query(CAPACITY, { input: { event: eventId, capacity: 33, reason: '增开三个工位' } });
    expect(grown.changeCompetitionEventCapacity.event).toEqual({ capacity: 33, seatsTaken: 33, waitingCount: 47 });
    const after = await entriesInDb();
    expect(after.filter((r) => nextThree.includes(r.id)).map((r) => r.status)).toEqual(['offered', 'offered', 'offered']);

    const shrunk = await staff.query(CAPACITY, { input: { event: eventId, capacity: 20, reason: '场地缩小' } });
    expect(shrunk.changeCompetitionEventCapacity.fieldErrors).toEqual([{ field: ['input', 'capacity'], code: 'BELOW_SEATS_TAKEN' }]);
  });

  it('the database itself refuses more seat-holding entries than the capacity', async () => {
    const [extra] = await createMembers(env, 1);
    const [competitionId] = (await entriesInDb()).map((r) => r.competitionId);
    const refusal = (error: unknown) => `${sqlState(error)} ${String((error as { cause?: unknown }).cause ?? error)}`;
    const inserted = await env.db
      .insert(competitionEntries)
      .values({
        eventId: eventDbId,
        competitionId: competitionId!,
        kind: 'individual',
        registrantMemberId: extra!.memberId,
        status: 'confirmed',
      })
      .then(() => 'written', refusal);
    expect(inserted).toMatch(/^23514 .*would hold 34 seats of 33/);
    const waiting = (await entriesInDb()).find((r) => r.status === 'waiting')!;
    const promoted = await env.db
      .update(competitionEntries)
      .set({ status: 'confirmed', queueOrder: null })
      .where(eq(competitionEntries.id, waiting.id))
      .then(() => 'written', refusal);
    expect(promoted).toMatch(/^23514 .*would hold 34 seats of 33/);
    expect((await entriesInDb()).filter((r) => ['confirmed', 'offered', 'forming'].includes(r.status))).toHaveLength(33);
  });
});
