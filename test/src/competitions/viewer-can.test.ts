import { auditEvents, competitionEntries } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { ACCEPT_OFFER, CANCEL, CREATE_COMPETITION, competitionInput, createMembers, REGISTER, type FixtureMember } from './fixtures.ts';

const ENTRY_CAN = /* GraphQL */ `
  query EntryCan($id: ID!) {
    node(id: $id) {
      ... on CompetitionEntry { status checkInCode viewerCan { cancel acceptOffer invite leaveTeam withdraw move recordScore } }
    }
  }
`;
const EVENT_CAN = /* GraphQL */ `
  query EventCan($id: ID!) {
    competitionEvent(id: $id) { viewerCan { register checkIn changeCapacity publishResults } }
  }
`;
const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteCompetitionTeamMemberInput!) {
    inviteCompetitionTeamMember(input: $input) {
      __typename
      ... on InviteCompetitionTeamMemberSuccess { invitation { realName status viewerCan { accept decline } } }
      ... on Error { code message }
    }
  }
`;
const INVITATIONS = /* GraphQL */ `
  query { myCompetitionInvitations(first: 5) { nodes { entry { id } viewerCan { accept decline } } } }
`;
const RESPOND = /* GraphQL */ `
  mutation Respond($input: RespondToCompetitionInvitationInput!) {
    respondToCompetitionInvitation(input: $input) {
      __typename
      ... on RespondToCompetitionInvitationSuccess { entry { status viewerCan { cancel invite leaveTeam } } }
      ... on Error { code message }
    }
  }
`;
const CHECK_IN = /* GraphQL */ `
  mutation CheckIn($input: CheckInCompetitionEntryInput!) {
    checkInCompetitionEntry(input: $input) { __typename ... on Error { code } }
  }
`;
const SCORE = /* GraphQL */ `
  mutation Score($input: RecordCompetitionScoreInput!) {
    recordCompetitionScore(input: $input) { __typename ... on Error { code } }
  }
`;
const PUBLISH = /* GraphQL */ `
  mutation Publish($input: PublishCompetitionResultsInput!) {
    publishCompetitionResults(input: $input) { __typename ... on Error { code } }
  }
`;

const NOTHING = { cancel: false, acceptOffer: false, invite: false, leaveTeam: false, withdraw: false, move: false, recordScore: false };

let env: TestEnvironment;
let staff: GraphQLClient;
let foreignStaff: GraphQLClient;
let competition: any;
let individualEvent: string;
let teamEvent: string;
let m: FixtureMember[];

const can = async (client: GraphQLClient, entry: string) => (await client.query(ENTRY_CAN, { id: entry })).node.viewerCan;
const eventCan = async (client: GraphQLClient, event: string) =>
  (await client.query(EVENT_CAN, { id: event })).competitionEvent.viewerCan;

async function register(member: FixtureMember, event: string, teamName?: string) {
  const result = (await member.client.query(REGISTER, { input: { event, teamName } })).registerForCompetitionEvent;
  expect(result).toMatchObject({ __typename: 'RegisterForCompetitionEventSuccess' });
  return result.entry.id as string;
}

beforeAll(async () => {
  env = await createTestEnvironment();
  staff = await env.as(demo.luoyangStaff);
  foreignStaff = await env.as(demo.zhengzhouStaff);
  const luoyang = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
  const created = await staff.query(CREATE_COMPETITION, {
    input: competitionInput(luoyang, {
      events: [
        { name: '个人赛', kind: 'INDIVIDUAL', capacity: 1, prizes: [{ tier: 1, name: '一等奖', quantity: 1 }] },
        {
          name: '团体赛',
          kind: 'TEAM',
          capacity: 2,
          minTeamSize: 2,
          maxTeamSize: 3,
          teamFormationDeadline: new Date(Date.now() + 5 * 24 * 3600_000).toISOString(),
          prizes: [],
        },
      ],
    }),
  });
  competition = created.createCompetition.competition;
  const byKind = (kind: string) => competition.events.nodes.find((e: any) => e.kind === kind).id;
  individualEvent = byKind('INDIVIDUAL');
  teamEvent = byKind('TEAM');
  m = await createMembers(env, 3);
});
afterAll(() => env?.close());

describe('viewerCan follows the state and the viewer', () => {
  let first: string;
  let second: string;

  it('an event offers registration to an eligible member until they hold an entry, and its staff actions to its staff only', async () => {
    expect(await eventCan(env.anonymous, individualEvent)).toEqual({
      register: false,
      checkIn: false,
      changeCapacity: false,
      publishResults: false,
    });
    expect(await eventCan(m[0]!.client, individualEvent)).toMatchObject({ register: true, publishResults: false });
    expect(await eventCan(staff, individualEvent)).toEqual({
      register: false,
      checkIn: true,
      changeCapacity: true,
      publishResults: true,
    });
    expect(await eventCan(foreignStaff, individualEvent)).toMatchObject({ checkIn: false, publishResults: false });

    first = await register(m[0]!, individualEvent);
    second = await register(m[1]!, individualEvent);
    expect(await eventCan(m[0]!.client, individualEvent)).toMatchObject({ register: false });
  });

  it('the entrant may cancel a held seat, staff may withdraw it, and nobody else may do anything', async () => {
    expect(await can(m[0]!.client, first)).toEqual({ ...NOTHING, cancel: true });
    expect(await can(staff, first)).toEqual({ ...NOTHING, withdraw: true });
    // Another member and staff of another region cannot even see the entry.
    expect((await m[1]!.client.request(ENTRY_CAN, { id: first })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await foreignStaff.request(ENTRY_CAN, { id: first })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // In line: the member may leave the line, staff may move them in it.
    expect(await can(m[1]!.client, second)).toEqual({ ...NOTHING, cancel: true });
    expect(await can(staff, second)).toEqual({ ...NOTHING, withdraw: true, move: true });
  });

  it('after a cancellation the flags are gone, and cancelling again is an InvalidTransition that writes nothing', async () => {
    const cancelled = await m[0]!.client.query(CANCEL, { input: { entry: first } });
    expect(cancelled.cancelCompetitionEntry.__typename).toBe('CancelCompetitionEntrySuccess');
    expect(await can(m[0]!.client, first)).toEqual(NOTHING);
    expect(await can(staff, first)).toEqual(NOTHING);

    const id = decodeGlobalId(first).id;
    const before = {
      audit: await env.db.select().from(auditEvents).where(eq(auditEvents.subjectId, id)),
      entry: await env.db.select().from(competitionEntries).where(eq(competitionEntries.id, id)),
    };
    const again = await m[0]!.client.query(CANCEL, { input: { entry: first } });
    expect(again.cancelCompetitionEntry).toMatchObject({
      __typename: 'InvalidTransition',
      code: 'INVALID_TRANSITION',
      fromState: 'cancelled',
      toState: 'cancelled',
    });
    expect(await env.db.select().from(auditEvents).where(eq(auditEvents.subjectId, id))).toEqual(before.audit);
    expect(await env.db.select().from(competitionEntries).where(eq(competitionEntries.id, id))).toEqual(before.entry);
  });

  it('the next in line may accept the offered seat; once confirmed, staff may score only after check-in and until results are out', async () => {
    expect(await can(m[1]!.client, second)).toEqual({ ...NOTHING, cancel: true, acceptOffer: true });
    const accepted = await m[1]!.client.query(ACCEPT_OFFER, { input: { entry: second } });
    expect(accepted.acceptCompetitionOffer.entry.status).toBe('CONFIRMED');
    expect(await can(m[1]!.client, second)).toEqual({ ...NOTHING, cancel: true });
    expect(await can(staff, second)).toEqual({ ...NOTHING, withdraw: true });

    const code = accepted.acceptCompetitionOffer.entry.checkInCode;
    expect((await staff.query(CHECK_IN, { input: { competition: competition.id, code } })).checkInCompetitionEntry.__typename).toBe(
      'CheckInCompetitionEntrySuccess',
    );
    expect(await can(staff, second)).toEqual({ ...NOTHING, withdraw: true, recordScore: true });
    await staff.query(SCORE, { input: { entry: second, score: '88' } });
    expect((await staff.query(PUBLISH, { input: { event: individualEvent } })).publishCompetitionResults.__typename).toBe(
      'PublishCompetitionResultsSuccess',
    );
    expect(await can(staff, second)).toEqual(NOTHING);
    expect(await eventCan(staff, individualEvent)).toMatchObject({ publishResults: false, changeCapacity: true });
  });

  it('a captain may invite, the invited member may answer, and a member who joined may leave', async () => {
    const team = { id: await register(m[2]!, teamEvent, '焊花队') };
    expect(await can(m[2]!.client, team.id)).toEqual({ ...NOTHING, cancel: true, invite: true });

    const invited = await m[2]!.client.query(INVITE, { input: { entry: team.id, phone: m[0]!.phone } });
    // The captain sees the invitation but cannot answer it.
    expect(invited.inviteCompetitionTeamMember.invitation.viewerCan).toEqual({ accept: false, decline: false });
    const mine = (await m[0]!.client.query(INVITATIONS)).myCompetitionInvitations.nodes;
    expect(mine).toEqual([{ entry: { id: team.id }, viewerCan: { accept: true, decline: true } }]);

    const joined = await m[0]!.client.query(RESPOND, { input: { entry: team.id, accept: true } });
    expect(joined.respondToCompetitionInvitation.entry).toEqual({
      status: 'CONFIRMED',
      viewerCan: { cancel: false, invite: false, leaveTeam: true },
    });
    expect((await m[0]!.client.query(INVITATIONS)).myCompetitionInvitations.nodes).toEqual([]);
    expect(await can(m[2]!.client, team.id)).toEqual({ ...NOTHING, cancel: true, invite: true });
  });
});
