import { auditEvents, competitionEntries, competitions } from '@huigong/db';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import {
  ACCEPT_OFFER,
  CANCEL,
  CREATE_COMPETITION,
  competitionInput,
  createMembers,
  ENTRY,
  REGISTER,
  type FixtureMember,
} from './fixtures.ts';

const EVENT = /* GraphQL */ `
  query Event($id: ID!) {
    competitionEvent(id: $id) {
      id name capacity seatsTaken waitingCount resultsPublishedAt
      waitingList(first: 20) { nodes { id waitlistPosition } }
      results(first: 20) { totalCount nodes { rank score durationSeconds entrantName prize { tier name } } }
    }
  }
`;
const PUBLIC_EVENT = /* GraphQL */ `
  query Event($id: ID!) {
    competitionEvent(id: $id) {
      seatsTaken waitingCount
      results(first: 20) { nodes { rank score entrantName prize { name } } }
    }
  }
`;
const WITHDRAW = /* GraphQL */ `
  mutation Withdraw($input: WithdrawCompetitionEntryInput!) {
    withdrawCompetitionEntry(input: $input) {
      __typename
      ... on WithdrawCompetitionEntrySuccess { entry { id status endReason } }
      ... on InputValidationError { fieldErrors { field code } }
      ... on Error { code }
    }
  }
`;
const MOVE = /* GraphQL */ `
  mutation Move($input: MoveCompetitionWaitlistEntryInput!) {
    moveCompetitionWaitlistEntry(input: $input) {
      __typename
      ... on MoveCompetitionWaitlistEntrySuccess { entry { id waitlistPosition } }
      ... on InputValidationError { fieldErrors { field code } }
      ... on Error { code }
    }
  }
`;
const CHECK_IN = /* GraphQL */ `
  mutation CheckIn($input: CheckInCompetitionEntryInput!) {
    checkInCompetitionEntry(input: $input) {
      __typename
      ... on CheckInCompetitionEntrySuccess { entry { id checkedInAt } }
      ... on AlreadyCheckedIn { checkedInAt }
      ... on Error { code }
    }
  }
`;
const SCORE = /* GraphQL */ `
  mutation Score($input: RecordCompetitionScoreInput!) {
    recordCompetitionScore(input: $input) {
      __typename
      ... on RecordCompetitionScoreSuccess { entry { id score durationSeconds } }
      ... on InvalidTransition { fromState toState }
      ... on InputValidationError { fieldErrors { field code } }
      ... on Error { code }
    }
  }
`;
const PUBLISH = /* GraphQL */ `
  mutation Publish($input: PublishCompetitionResultsInput!) {
    publishCompetitionResults(input: $input) {
      __typename
      ... on PublishCompetitionResultsSuccess { event { id resultsPublishedAt } }
      ... on Error { code }
    }
  }
`;
const MY_CERTIFICATES = /* GraphQL */ `
  query { myCompetitionCertificates(first: 10) { nodes { number holderName prizeName rank eventName competitionTitle organizerName } } }
`;
const VERIFY = /* GraphQL */ `
  query Verify($number: String!) {
    competitionCertificate(number: $number) { number holderName competitionTitle eventName prizeName rank organizerName issuedAt }
  }
`;
const PROCESS_DEADLINES = /* GraphQL */ `
  mutation { processCompetitionDeadlines { __typename ... on ProcessCompetitionDeadlinesSuccess { processedEvents } } }
`;

let env: TestEnvironment;
let staff: GraphQLClient;
let luoyangId: string;

beforeAll(async () => {
  env = await createTestEnvironment();
  staff = await env.as(demo.luoyangStaff);
  luoyangId = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
});
afterAll(() => env?.close());

async function createCompetition(overrides: Record<string, unknown> = {}) {
  const result = await staff.query(CREATE_COMPETITION, { input: competitionInput(luoyangId, overrides) });
  expect(result.createCompetition.__typename).toBe('CreateCompetitionSuccess');
  return result.createCompetition.competition;
}

const entryDbId = (globalId: string) => decodeGlobalId(globalId).id;

async function status(client: GraphQLClient, entryId: string) {
  return (await client.query(ENTRY, { id: entryId })).node;
}

describe('the demo seed', () => {
  it('has an open competition with an individual and a team event', async () => {
    const data = await env.anonymous.query(`{
      competitions(first: 10, registrationOpen: true) {
        nodes { title trade organizer { name } registrationOpen events(first: 5) { nodes { name kind capacity minTeamSize seatsTaken prizes { name quantity } } } }
      }
    }`);
    const welding = data.competitions.nodes.find((c: any) => c.title === '洛阳市职工焊工技能大赛');
    expect(welding).toMatchObject({ organizer: { name: '洛阳市总工会' }, registrationOpen: true, trade: '焊工' });
    expect(welding.events.nodes.map((e: any) => e.kind).sort()).toEqual(['INDIVIDUAL', 'TEAM']);
    expect(welding.events.nodes.find((e: any) => e.kind === 'TEAM')).toMatchObject({ minTeamSize: 3, seatsTaken: 1 });
    const byTrade = await env.anonymous.query(`{ a: competitions(first: 5, trade: "焊工") { nodes { title } } b: competitions(first: 5, trade: "护理") { nodes { title } } }`);
    expect(byTrade.a.nodes.map((c: any) => c.title)).toContain('洛阳市职工焊工技能大赛');
    expect(byTrade.b.nodes).toEqual([]);
  });
});

describe('create → register → full → waiting list → offers → check-in → scores → results → certificates', () => {
  let competition: any;
  let eventId: string;
  let m: FixtureMember[];
  const entries: string[] = [];

  beforeAll(async () => {
    competition = await createCompetition();
    eventId = competition.events.nodes[0].id;
    m = await createMembers(env, 7);
  });

  it('creates the competition with its event and prize structure', () => {
    expect(competition).toMatchObject({ title: '测试焊工技能竞赛', registrationOpen: true });
    expect(competition.events.nodes[0]).toMatchObject({
      kind: 'INDIVIDUAL',
      capacity: 3,
      prizes: [
        { tier: 1, name: '一等奖', quantity: 1 },
        { tier: 2, name: '二等奖', quantity: 1 },
        { tier: 3, name: '三等奖', quantity: 1 },
      ],
    });
  });

  it('confirms the first three and puts the rest on the waiting list in order', async () => {
    for (const member of m) {
      const result = await member.client.query(REGISTER, { input: { event: eventId } });
      expect(result.registerForCompetitionEvent.__typename).toBe('RegisterForCompetitionEventSuccess');
      entries.push(result.registerForCompetitionEvent.entry.id);
    }
    const states = await Promise.all(m.map((member, i) => status(member.client, entries[i]!)));
    expect(states.map((s) => s.status)).toEqual(['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'WAITING', 'WAITING', 'WAITING', 'WAITING']);
    expect(states.map((s) => s.waitlistPosition)).toEqual([null, null, null, 1, 2, 3, 4]);
    expect(states[0].checkInCode).toMatch(/^[2-9A-Z]{8}$/);
    expect(states[3].checkInCode).toBeNull();

    const event = (await env.anonymous.query(PUBLIC_EVENT, { id: eventId })).competitionEvent;
    expect(event).toMatchObject({ seatsTaken: 3, waitingCount: 4 });
  });

  it('refuses a second registration by the same member', async () => {
    const again = await m[0]!.client.query(REGISTER, { input: { event: eventId } });
    expect(again.registerForCompetitionEvent).toMatchObject({ __typename: 'AlreadyRegistered', code: 'ALREADY_REGISTERED' });
  });

  it('lets only the entrant see an entry, and only staff see the waiting list', async () => {
    const other = await m[1]!.client.request(ENTRY, { id: entries[0] });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const foreignStaff = await env.as(demo.zhengzhouStaff);
    const list = await foreignStaff.request(EVENT, { id: eventId });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const own = await staff.query(EVENT, { id: eventId });
    expect(own.competitionEvent.waitingList.nodes.map((n: any) => n.id)).toEqual(entries.slice(3));
  });

  it('a cancellation offers the seat to the first in line, with a confirm-by deadline', async () => {
    const cancelled = await m[0]!.client.query(CANCEL, { input: { entry: entries[0] } });
    expect(cancelled.cancelCompetitionEntry).toMatchObject({ entry: { status: 'CANCELLED' } });
    const offered = await status(m[3]!.client, entries[3]!);
    expect(offered.status).toBe('OFFERED');
    expect(Date.parse(offered.offerExpiresAt)).toBeGreaterThan(Date.now() + 47 * 3600_000);
    expect((await status(m[4]!.client, entries[4]!)).waitlistPosition).toBe(1);

    const twice = await m[0]!.client.query(CANCEL, { input: { entry: entries[0] } });
    expect(twice.cancelCompetitionEntry).toMatchObject({
      __typename: 'InvalidTransition',
      code: 'INVALID_TRANSITION',
      fromState: 'cancelled',
      toState: 'cancelled',
    });
    const event = (await env.anonymous.query(PUBLIC_EVENT, { id: eventId })).competitionEvent;
    expect(event).toMatchObject({ seatsTaken: 3, waitingCount: 3 });
  });

  it('a lapsed offer passes to the next in line, and the late member learns it', async () => {
    await env.db
      .update(competitionEntries)
      .set({ offerExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(competitionEntries.id, entryDbId(entries[3]!)));
    const late = await m[3]!.client.query(ACCEPT_OFFER, { input: { entry: entries[3] } });
    expect(late.acceptCompetitionOffer).toMatchObject({ __typename: 'OfferExpired', code: 'OFFER_EXPIRED' });
    expect((await status(m[3]!.client, entries[3]!)).status).toBe('LAPSED');
    expect((await status(m[4]!.client, entries[4]!)).status).toBe('OFFERED');

    const accepted = await m[4]!.client.query(ACCEPT_OFFER, { input: { entry: entries[4] } });
    expect(accepted.acceptCompetitionOffer.entry).toMatchObject({ status: 'CONFIRMED' });
    expect(accepted.acceptCompetitionOffer.entry.checkInCode).toMatch(/^[2-9A-Z]{8}$/);
  });

  it('staff reorder the waiting list only with a reason, which is audited', async () => {
    const noReason = await staff.query(MOVE, { input: { entry: entries[6], position: 1, reason: '' } });
    expect(noReason.moveCompetitionWaitlistEntry.__typename).toBe('InputValidationError');

    const moved = await staff.query(MOVE, { input: { entry: entries[6], position: 1, reason: '往届获奖选手，按规程优先候补' } });
    expect(moved.moveCompetitionWaitlistEntry.entry).toMatchObject({ waitlistPosition: 1 });
    const event = (await staff.query(EVENT, { id: eventId })).competitionEvent;
    expect(event.waitingList.nodes.map((n: any) => [n.id, n.waitlistPosition])).toEqual([
      [entries[6], 1],
      [entries[5], 2],
    ]);
    const [audit] = await env.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, entryDbId(entries[6]!)), eq(auditEvents.action, 'competition_entry.waitlist_moved')));
    expect(audit).toMatchObject({ fromState: '2', toState: '1', reason: '往届获奖选手，按规程优先候补' });

    const member = await m[6]!.client.request(MOVE, { input: { entry: entries[6], position: 1, reason: '我想插队' } });
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('staff withdraw an entry with a reason; the head of the reordered list is offered the seat', async () => {
    const withdrawn = await staff.query(WITHDRAW, { input: { entry: entries[1], reason: '资格复核未通过' } });
    expect(withdrawn.withdrawCompetitionEntry.entry).toMatchObject({ status: 'WITHDRAWN', endReason: '资格复核未通过' });
    expect((await status(m[6]!.client, entries[6]!)).status).toBe('OFFERED');

    const HISTORY = `query H($id: ID!) { node(id: $id) { ... on CompetitionEntry { history(first: 20) { nodes { action fromState toState reason actorName } } } } }`;
    const history = (await staff.query(HISTORY, { id: entries[1] })).node.history.nodes;
    expect(history.map((h: any) => h.action)).toEqual(['competition_entry.registered', 'competition_entry.withdrawn']);
    expect(history[1]).toMatchObject({ fromState: 'confirmed', toState: 'withdrawn', reason: '资格复核未通过', actorName: '洛阳市总工会·周敏' });
    const sixth = (await staff.query(HISTORY, { id: entries[6] })).node.history.nodes;
    expect(sixth.map((h: any) => h.action)).toEqual([
      'competition_entry.registered',
      'competition_entry.waitlist_moved',
      'competition_entry.offered',
    ]);
    expect(sixth[2].actorName).toBeNull();
    const byMember = await m[1]!.client.request(HISTORY, { id: entries[1] });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('members cannot cancel after the cut-off', async () => {
    const id = decodeGlobalId(competition.id).id;
    const [before] = await env.db.select().from(competitions).where(eq(competitions.id, id));
    await env.db.update(competitions).set({ cancellationDeadline: new Date(Date.now() - 1000) }).where(eq(competitions.id, id));
    const late = await m[2]!.client.query(CANCEL, { input: { entry: entries[2] } });
    expect(late.cancelCompetitionEntry).toMatchObject({ __typename: 'CancellationClosed', code: 'CANCELLATION_CLOSED' });
    // Leaving the waiting list has no cut-off: it takes no one's seat.
    const [lineOnly] = await createMembers(env, 1);
    const queued = (await lineOnly!.client.query(REGISTER, { input: { event: eventId } })).registerForCompetitionEvent.entry;
    expect(queued.status).toBe('WAITING');
    expect((await lineOnly!.client.query(CANCEL, { input: { entry: queued.id } })).cancelCompetitionEntry.entry.status).toBe('CANCELLED');
    await env.db.update(competitions).set({ cancellationDeadline: before!.cancellationDeadline }).where(eq(competitions.id, id));
  });

  it('the scheduler function lapses due offers as well', async () => {
    await env.db
      .update(competitionEntries)
      .set({ offerExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(competitionEntries.id, entryDbId(entries[6]!)));
    const processed = await staff.query(PROCESS_DEADLINES);
    expect(processed.processCompetitionDeadlines.processedEvents).toBeGreaterThanOrEqual(1);
    const rows = await env.db
      .select({ id: competitionEntries.id, status: competitionEntries.status })
      .from(competitionEntries)
      .where(inArray(competitionEntries.id, [entryDbId(entries[6]!), entryDbId(entries[5]!)]));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({
      [entryDbId(entries[6]!)]: 'lapsed',
      [entryDbId(entries[5]!)]: 'offered',
    });
    const accepted = await m[5]!.client.query(ACCEPT_OFFER, { input: { entry: entries[5] } });
    expect(accepted.acceptCompetitionOffer.entry.status).toBe('CONFIRMED');
  });

  it('records every step in the audit trail', async () => {
    const rows = await env.db
      .select({ action: auditEvents.action, subjectId: auditEvents.subjectId })
      .from(auditEvents)
      .where(inArray(auditEvents.subjectId, entries.map(entryDbId)));
    const actions = new Set(rows.map((r) => r.action));
    for (const action of [
      'competition_entry.registered',
      'competition_entry.cancelled',
      'competition_entry.offered',
      'competition_entry.offer_lapsed',
      'competition_entry.offer_accepted',
      'competition_entry.withdrawn',
      'competition_entry.waitlist_moved',
    ]) {
      expect(actions, action).toContain(action);
    }
  });

  // Confirmed now: m2, m4, m5.
  it('staff check entrants in once, by code', async () => {
    const codes = await Promise.all([2, 4, 5].map(async (i) => (await status(m[i]!.client, entries[i]!)).checkInCode));
    for (const code of codes) {
      const result = await staff.query(CHECK_IN, { input: { competition: competition.id, code: code.toLowerCase() } });
      expect(result.checkInCompetitionEntry.__typename).toBe('CheckInCompetitionEntrySuccess');
    }
    const again = await staff.query(CHECK_IN, { input: { competition: competition.id, code: codes[0] } });
    expect(again.checkInCompetitionEntry.__typename).toBe('AlreadyCheckedIn');
    const wrong = await staff.query(CHECK_IN, { input: { competition: competition.id, code: 'ZZZZZZZZ' } });
    expect(wrong.checkInCompetitionEntry.__typename).toBe('CheckInCodeInvalid');
    const byMember = await m[2]!.client.request(CHECK_IN, { input: { competition: competition.id, code: codes[0] } });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('takes scores of checked-in entrants only', async () => {
    const lapsed = await staff.query(SCORE, { input: { entry: entries[3], score: '99' } });
    expect(lapsed.recordCompetitionScore).toMatchObject({ __typename: 'InvalidTransition', fromState: 'lapsed', toState: 'recordScore' });
    const bad = await staff.query(SCORE, { input: { entry: entries[2], score: '9.999' } });
    expect(bad.recordCompetitionScore.__typename).toBe('InputValidationError');
    for (const [i, score, durationSeconds] of [
      [2, '90.50', 300],
      [4, '90.5', 300],
      [5, '90.50', 280],
    ] as const) {
      const result = await staff.query(SCORE, { input: { entry: entries[i], score, durationSeconds } });
      expect(result.recordCompetitionScore.entry).toMatchObject({ score: '90.50', durationSeconds });
    }
    const RANKS = `query R($id: ID!) { competitionEvent(id: $id) { entries(first: 20, status: CONFIRMED) { nodes { id provisionalRank } } } }`;
    const provisional = async () =>
      Object.fromEntries(
        (await staff.query(RANKS, { id: eventId })).competitionEvent.entries.nodes.map((n: any) => [n.id, n.provisionalRank]),
      );
    // Same score: the shorter time ranks first.
    expect(await provisional()).toEqual({ [entries[2]!]: 2, [entries[4]!]: 2, [entries[5]!]: 1 });
    // A correction before publication replaces the score.
    const corrected = await staff.query(SCORE, { input: { entry: entries[5], score: '85' } });
    expect(corrected.recordCompetitionScore.entry).toMatchObject({ score: '85.00', durationSeconds: null });
    expect(await provisional()).toEqual({ [entries[2]!]: 1, [entries[4]!]: 1, [entries[5]!]: 3 });
  });

  it('publishes the ranking with the tie rule and assigns prizes', async () => {
    const before = (await env.anonymous.query(PUBLIC_EVENT, { id: eventId })).competitionEvent;
    expect(before.results.nodes).toEqual([]);

    const published = await staff.query(PUBLISH, { input: { event: eventId } });
    expect(published.publishCompetitionResults.event.resultsPublishedAt).toBeTruthy();
    const results = (await env.anonymous.query(PUBLIC_EVENT, { id: eventId })).competitionEvent.results.nodes;
    // Equal score and equal time: a shared first place, both get 一等奖; the next rank is 3.
    expect(results.map((r: any) => [r.rank, r.score, r.prize?.name ?? null])).toEqual([
      [1, '90.50', '一等奖'],
      [1, '90.50', '一等奖'],
      [3, '85.00', '三等奖'],
    ]);
    const again = await staff.query(PUBLISH, { input: { event: eventId } });
    expect(again.publishCompetitionResults.__typename).toBe('ResultsAlreadyPublished');
    const late = await staff.query(SCORE, { input: { entry: entries[5], score: '100' } });
    expect(late.recordCompetitionScore.__typename).toBe('ResultsAlreadyPublished');
  });

  it('issues certificates that anyone can verify by number', async () => {
    const mine = (await m[2]!.client.query(MY_CERTIFICATES)).myCompetitionCertificates.nodes;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ prizeName: '一等奖', rank: 1, eventName: '焊条电弧焊', organizerName: '洛阳市总工会' });
    expect(mine[0].number).toMatch(/^JS\d{4}-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    const verified = await env.anonymous.query(VERIFY, { number: mine[0].number });
    expect(verified.competitionCertificate).toMatchObject({
      number: mine[0].number,
      holderName: mine[0].holderName,
      competitionTitle: '测试焊工技能竞赛',
      prizeName: '一等奖',
    });
    const forged = await env.anonymous.query(VERIFY, { number: 'JS2026-AAAA-BBBB-CCCC' });
    expect(forged.competitionCertificate).toBeNull();
    const third = (await m[5]!.client.query(MY_CERTIFICATES)).myCompetitionCertificates.nodes;
    expect(third.map((c: any) => c.prizeName)).toEqual(['三等奖']);
  });
});

describe('lapses are processed lazily on read', () => {
  it('the next in line sees the offer as soon as they look, without any scheduler', async () => {
    const competition = await createCompetition({
      title: '惰性处理',
      offerHoldHours: 2,
      events: [{ name: '单人', kind: 'INDIVIDUAL', capacity: 1, prizes: [] }],
    });
    const eventId = competition.events.nodes[0].id;
    const [a, b, c] = await createMembers(env, 3);
    const ids: string[] = [];
    for (const member of [a, b, c]) {
      ids.push((await member!.client.query(REGISTER, { input: { event: eventId } })).registerForCompetitionEvent.entry.id);
    }
    await a!.client.query(CANCEL, { input: { entry: ids[0] } });
    const offer = await status(b!.client, ids[1]!);
    expect(offer.status).toBe('OFFERED');
    expect(Date.parse(offer.offerExpiresAt) - Date.now()).toBeLessThanOrEqual(2 * 3600_000);

    await env.db
      .update(competitionEntries)
      .set({ offerExpiresAt: new Date(Date.now() - 1) })
      .where(eq(competitionEntries.id, entryDbId(ids[1]!)));
    const mine = await c!.client.query(`{ myCompetitionEntries(first: 5) { nodes { id status offerExpiresAt } } }`);
    expect(mine.myCompetitionEntries.nodes).toEqual([{ id: ids[2], status: 'OFFERED', offerExpiresAt: expect.any(String) }]);
    expect((await status(b!.client, ids[1]!)).status).toBe('LAPSED');
  });
});
