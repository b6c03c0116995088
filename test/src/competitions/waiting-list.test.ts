import { auditEvents, competitionEntries } from '@huigong/db';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { CANCEL, CREATE_COMPETITION, competitionInput, createMembers, REGISTER, type FixtureMember } from './fixtures.ts';

const MOVE = /* GraphQL */ `
  mutation Move($input: MoveCompetitionWaitlistEntryInput!) {
    moveCompetitionWaitlistEntry(input: $input) {
      __typename
      ... on MoveCompetitionWaitlistEntrySuccess { entry { id waitlistPosition } }
      ... on InputValidationError { fieldErrors { field code message } }
      ... on Error { code message }
    }
  }
`;
const WAITING_LIST = /* GraphQL */ `
  query WaitingList($id: ID!) {
    competitionEvent(id: $id) {
      capacity seatsTaken waitingCount
      waitingList(first: 100) { totalCount nodes { id waitlistPosition } }
    }
  }
`;
const CAPACITY = /* GraphQL */ `
  mutation Capacity($input: ChangeCompetitionEventCapacityInput!) {
    changeCompetitionEventCapacity(input: $input) { __typename ... on Error { code } }
  }
`;

let env: TestEnvironment;
let staff: GraphQLClient;
let eventId: string;
let eventDbId: string;
let members: FixtureMember[];
/** Entry global id of each member, in registration order. */
let entries: string[];

beforeAll(async () => {
  env = await createTestEnvironment();
  staff = await env.as(demo.luoyangStaff);
  const luoyangId = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
  const input = competitionInput(luoyangId, {
    title: '候补名单调整测试',
    events: [{ name: '数控车', kind: 'INDIVIDUAL', capacity: 4, prizes: [] }],
  });
  const competition = (await staff.query(CREATE_COMPETITION, { input })).createCompetition.competition;
  eventId = competition.events.nodes[0].id;
  eventDbId = decodeGlobalId(eventId).id;
  members = await createMembers(env, 40);
  // One after another, so entry i is in line at position i - 3.
  entries = [];
  for (const m of members) entries.push((await m.client.query(REGISTER, { input: { event: eventId } })).registerForCompetitionEvent.entry.id);
});
afterAll(() => env?.close());

async function waitingRows() {
  return env.db
    .select({ id: competitionEntries.id, queueOrder: competitionEntries.queueOrder })
    .from(competitionEntries)
    .where(and(eq(competitionEntries.eventId, eventDbId), eq(competitionEntries.status, 'waiting')))
    .orderBy(asc(competitionEntries.queueOrder), asc(competitionEntries.arrivalSeq));
}

async function waitingList(): Promise<string[]> {
  const list = (await staff.query(WAITING_LIST, { id: eventId })).competitionEvent.waitingList;
  expect(list.nodes.map((n: any) => n.waitlistPosition)).toEqual(Array.from({ length: list.totalCount }, (_, i) => i + 1));
  return list.nodes.map((n: any) => n.id);
}

describe('reordering the waiting list', () => {
  it('moves one entry up or down; the others shift by one, in order', async () => {
    const before = await waitingList();
    expect(before).toEqual(entries.slice(4));

    const up = await staff.query(MOVE, { input: { entry: before[9], position: 2, reason: '上届冠军，按规程优先' } });
    expect(up.moveCompetitionWaitlistEntry.entry).toEqual({ id: before[9], waitlistPosition: 2 });
    const afterUp = [before[0], before[9], ...before.slice(1, 9), ...before.slice(10)];
    expect(await waitingList()).toEqual(afterUp);

    const down = await staff.query(MOVE, { input: { entry: afterUp[0], position: 5, reason: '本人申请延后' } });
    expect(down.moveCompetitionWaitlistEntry.entry).toEqual({ id: afterUp[0], waitlistPosition: 5 });
    expect(await waitingList()).toEqual([...afterUp.slice(1, 5), afterUp[0], ...afterUp.slice(5)]);

    const [audit] = await env.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, decodeGlobalId(before[9]!).id), eq(auditEvents.action, 'competition_entry.waitlist_moved')));
    expect(audit).toMatchObject({ fromState: '10', toState: '2', reason: '上届冠军，按规程优先' });
  });

  it('answers a place past the end and an entry not in line with typed errors', async () => {
    const line = await waitingList();
    const tooFar = await staff.query(MOVE, { input: { entry: line[0], position: line.length + 1, reason: '测试' } });
    expect(tooFar.moveCompetitionWaitlistEntry.fieldErrors).toEqual([
      { field: ['input', 'position'], code: 'OUT_OF_RANGE', message: `候补名单共 ${line.length} 位` },
    ]);
    const seated = await staff.query(MOVE, { input: { entry: entries[0], position: 1, reason: '测试' } });
    expect(seated.moveCompetitionWaitlistEntry).toMatchObject({ __typename: 'NotOnWaitingList', code: 'NOT_ON_WAITING_LIST' });
    const member = await members[10]!.client.request(MOVE, { input: { entry: entries[10], position: 1, reason: '我想插队' } });
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('parallel moves, cancellations and promotions keep the line a dense, unique 1…n sequence', async () => {
    const line = await waitingList();
    const seated = entries.slice(0, 4);
    const leaving = [line[3]!, line[7]!, line[20]!];
    const moved = line.filter((id) => !leaving.includes(id)).slice(0, 20);
    const clientOf = (entry: string) => members[entries.indexOf(entry)]!.client;
    const results = await Promise.all([
      // Staff move twenty entries at once, each to a place somewhere in the line.
      ...moved.map((entry, i) =>
        staff.query(MOVE, { input: { entry, position: 1 + ((i * 7) % 25), reason: `并发调整 ${i}` } }),
      ),
      // Three in line give up their place, two seated members cancel (the head of the line is offered
      // their seats) and staff add a seat: entries leave the line while it is being reordered.
      ...leaving.map((entry) => clientOf(entry).query(CANCEL, { input: { entry } })),
      ...seated.slice(0, 2).map((entry) => clientOf(entry).query(CANCEL, { input: { entry } })),
      staff.query(CAPACITY, { input: { event: eventId, capacity: 5, reason: '增开一个工位' } }),
    ]);
    const moves = results.slice(0, moved.length).map((r) => r.moveCompetitionWaitlistEntry.__typename);
    // A move may only fail because its entry was offered a seat (left the line) or its place no longer exists.
    for (const [i, kind] of moves.entries()) {
      if (kind !== 'MoveCompetitionWaitlistEntrySuccess') {
        expect(['NotOnWaitingList', 'InputValidationError'], `move ${i}`).toContain(kind);
      }
    }
    expect(results.slice(moved.length, -1).every((r) => r.cancelCompetitionEntry.__typename === 'CancelCompetitionEntrySuccess')).toBe(true);
    expect(results.at(-1).changeCompetitionEventCapacity.__typename).toBe('ChangeCompetitionEventCapacitySuccess');

    // 36 were in line; 3 left and 3 seats (2 cancelled + 1 added) went to the head of the line.
    const after = await waitingList();
    expect(after).toHaveLength(30);
    expect(new Set(after).size).toBe(30);
    const rows = await waitingRows();
    expect(rows.map((r) => r.queueOrder)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const event = (await staff.query(WAITING_LIST, { id: eventId })).competitionEvent;
    expect(event).toMatchObject({ capacity: 5, seatsTaken: 5, waitingCount: 30 });

    // Every successful move left exactly one audit record.
    const audits = await env.db
      .select({ reason: auditEvents.reason })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'competition_entry.waitlist_moved'),
          inArray(auditEvents.subjectId, moved.map((id) => decodeGlobalId(id).id)),
        ),
      );
    expect(audits.filter((a) => a.reason?.startsWith('并发调整'))).toHaveLength(
      moves.filter((k) => k === 'MoveCompetitionWaitlistEntrySuccess').length,
    );
  });
});
