import { competitionEvents, competitions } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { ACCEPT_OFFER, CREATE_COMPETITION, competitionInput, createMembers, ENTRY, REGISTER, shanghaiDay } from './fixtures.ts';

const RECORD_CERTIFICATE = /* GraphQL */ `
  mutation Record($input: RecordSkillCertificateInput!) {
    recordSkillCertificate(input: $input) {
      __typename
      ... on RecordSkillCertificateSuccess { certificate { trade level } }
      ... on Error { code }
    }
  }
`;
const ELIGIBILITY = /* GraphQL */ `
  query Eligibility($id: ID!) { competitionEvent(id: $id) { viewerEligibility { eligible reason message } } }
`;
const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteCompetitionTeamMemberInput!) {
    inviteCompetitionTeamMember(input: $input) {
      __typename
      ... on InviteCompetitionTeamMemberSuccess { invitation { realName role status } }
      ... on NotEligible { reason }
      ... on TeamFull { maxTeamSize }
      ... on InputValidationError { fieldErrors { field code } }
      ... on Error { code }
    }
  }
`;
const RESPOND = /* GraphQL */ `
  mutation Respond($input: RespondToCompetitionInvitationInput!) {
    respondToCompetitionInvitation(input: $input) {
      __typename
      ... on RespondToCompetitionInvitationSuccess { entry { id status checkInCode participants { role status } } }
      ... on Error { code }
    }
  }
`;
const INVITATIONS = /* GraphQL */ `
  query { myCompetitionInvitations(first: 10) { nodes { status entry { id teamName registrantName } } } }
`;
const EVENT = /* GraphQL */ `
  query Event($id: ID!) { competitionEvent(id: $id) { seatsTaken waitingCount } }
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

describe('creating competitions', () => {
  it('is for staff over the organizing union only', async () => {
    const member = await env.as(demo.memberWang);
    const byMember = await member.request(CREATE_COMPETITION, { input: competitionInput(luoyangId) });
    expect(byMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    const foreign = await zhengzhou.request(CREATE_COMPETITION, { input: competitionInput(luoyangId) });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names the field of an inconsistent input', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ registrationClosesOn: shanghaiDay(-5) }, 'input.registrationClosesOn', 'BEFORE_OPENING'],
      [{ endsOn: shanghaiDay(14) }, 'input.endsOn', 'BEFORE_START'],
      [{ venue: null }, 'input.venue', 'REQUIRED'],
      [
        { events: [{ name: '团体', kind: 'TEAM', capacity: 2, minTeamSize: 3, maxTeamSize: 2, prizes: [] }] },
        'input.events.0.maxTeamSize',
        'BELOW_MIN_TEAM_SIZE',
      ],
      [{ events: [] }, 'input.events', 'TOO_SMALL'],
    ];
    for (const [overrides, field, code] of cases) {
      const result = await staff.query(CREATE_COMPETITION, { input: competitionInput(luoyangId, overrides) });
      expect(result.createCompetition.__typename, field).toBe('InputValidationError');
      expect(result.createCompetition.fieldErrors[0]).toMatchObject({ field: field.split('.'), code });
    }
    const online = await staff.query(CREATE_COMPETITION, {
      input: competitionInput(luoyangId, { venue: null, isOnline: true, title: '网上练兵' }),
    });
    expect(online.createCompetition.__typename).toBe('CreateCompetitionSuccess');
  });
});

describe('eligibility', () => {
  let eventId: string;

  beforeAll(async () => {
    const competition = await createCompetition({ minAge: 30, maxAge: 50, requiredSkillLevel: 'SENIOR' });
    eventId = competition.events.nodes[0].id;
  });

  const register = async (client: GraphQLClient) =>
    (await client.query(REGISTER, { input: { event: eventId } })).registerForCompetitionEvent;

  it('refuses with a typed reason for each rule', async () => {
    const [young] = await createMembers(env, 1, { birthDate: '2000-01-01' });
    const [old] = await createMembers(env, 1, { birthDate: '1960-01-01' });
    const [unknown] = await createMembers(env, 1, { birthDate: null });
    const [uncertified] = await createMembers(env, 1, { birthDate: '1985-01-01' });
    const outsider = await env.as(demo.memberYang); // 郑州: not under 洛阳市总工会
    const staffOnly = await env.as(demo.zhengzhouStaff); // an account without a member card

    for (const [client, reason] of [
      [outsider, 'OUTSIDE_ORGANIZER'],
      [young!.client, 'TOO_YOUNG'],
      [old!.client, 'TOO_OLD'],
      [unknown!.client, 'BIRTH_DATE_UNKNOWN'],
      [uncertified!.client, 'SKILL_CERTIFICATE_REQUIRED'],
      [staffOnly, 'NOT_A_MEMBER'],
    ] as const) {
      const result = await register(client);
      expect(result, reason).toMatchObject({ __typename: 'NotEligible', code: 'NOT_ELIGIBLE', reason });
      expect(result.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const check = await young!.client.query(ELIGIBILITY, { id: eventId });
    expect(check.competitionEvent.viewerEligibility).toMatchObject({ eligible: false, reason: 'TOO_YOUNG' });
    const anonymous = await env.anonymous.query(ELIGIBILITY, { id: eventId });
    expect(anonymous.competitionEvent.viewerEligibility).toBeNull();
  });

  it('accepts a member once staff record a certificate at the required level or higher', async () => {
    const [member] = await createMembers(env, 1, { birthDate: '1985-01-01' });
    const memberNode = Buffer.from(`Member:${member!.memberId}`).toString('base64');
    const record = (level: string, number: string, trade = '焊工') =>
      staff.query(RECORD_CERTIFICATE, { input: { member: memberNode, trade, level, certificateNumber: number } });

    expect((await record('INTERMEDIATE', 'CERT-0001')).recordSkillCertificate.__typename).toBe('RecordSkillCertificateSuccess');
    expect((await record('TECHNICIAN', 'CERT-0002', '电工')).recordSkillCertificate.__typename).toBe('RecordSkillCertificateSuccess');
    expect(await register(member!.client)).toMatchObject({ reason: 'SKILL_CERTIFICATE_REQUIRED' });

    expect((await record('TECHNICIAN', 'CERT-0003')).recordSkillCertificate.__typename).toBe('RecordSkillCertificateSuccess');
    expect((await record('SENIOR', 'CERT-0003')).recordSkillCertificate.__typename).toBe('SkillCertificateTaken');
    expect((await member!.client.query(ELIGIBILITY, { id: eventId })).competitionEvent.viewerEligibility.eligible).toBe(true);
    expect((await register(member!.client)).entry.status).toBe('CONFIRMED');
  });

  it('enforces the registration window (Asia/Shanghai dates)', async () => {
    const competition = await createCompetition({ title: '窗口测试' });
    const id = decodeGlobalId(competition.id).id;
    const [member] = await createMembers(env, 1);
    const event = competition.events.nodes[0].id;

    await env.db.update(competitions).set({ registrationOpensOn: shanghaiDay(1) }).where(eq(competitions.id, id));
    const early = (await member!.client.query(REGISTER, { input: { event } })).registerForCompetitionEvent;
    expect(early).toMatchObject({ __typename: 'RegistrationNotOpen', code: 'REGISTRATION_NOT_OPEN' });

    await env.db
      .update(competitions)
      .set({ registrationOpensOn: shanghaiDay(-5), registrationClosesOn: shanghaiDay(-1) })
      .where(eq(competitions.id, id));
    const late = (await member!.client.query(REGISTER, { input: { event } })).registerForCompetitionEvent;
    expect(late).toMatchObject({ __typename: 'RegistrationClosed', code: 'REGISTRATION_CLOSED' });

    await env.db.update(competitions).set({ registrationClosesOn: shanghaiDay(0) }).where(eq(competitions.id, id));
    const lastDay = (await member!.client.query(REGISTER, { input: { event } })).registerForCompetitionEvent;
    expect(lastDay.entry.status).toBe('CONFIRMED');
  });
});

describe('team events', () => {
  const teamEvent = (overrides: Record<string, unknown> = {}) => ({
    name: '管道焊接团体赛',
    kind: 'TEAM',
    capacity: 1,
    minTeamSize: 3,
    maxTeamSize: 3,
    teamFormationDeadline: new Date(Date.now() + 5 * 24 * 3600_000).toISOString(),
    prizes: [{ tier: 1, name: '团体一等奖', quantity: 1 }],
    ...overrides,
  });

  it('a captain registers, invites, members accept, and the team is confirmed at its minimum size', async () => {
    const competition = await createCompetition({ title: '团体赛', events: [teamEvent()] });
    const eventId = competition.events.nodes[0].id;
    const [captain, a, b, c, d, rival] = await createMembers(env, 6);

    const noName = await captain!.client.query(REGISTER, { input: { event: eventId } });
    expect(noName.registerForCompetitionEvent.fieldErrors).toEqual([
      { field: ['input', 'teamName'], code: 'REQUIRED', message: '团体项目须填写队名' },
    ]);
    const registered = await captain!.client.query(REGISTER, { input: { event: eventId, teamName: '焊花突击队' } });
    const entry = registered.registerForCompetitionEvent.entry;
    expect(entry).toMatchObject({ status: 'FORMING', teamName: '焊花突击队', checkInCode: null });
    const waiting = await rival!.client.query(REGISTER, { input: { event: eventId, teamName: '第二队' } });
    expect(waiting.registerForCompetitionEvent.entry).toMatchObject({ status: 'WAITING', waitlistPosition: 1 });
    expect((await env.anonymous.query(EVENT, { id: eventId })).competitionEvent).toEqual({ seatsTaken: 1, waitingCount: 1 });

    const invite = (phone: string) => captain!.client.query(INVITE, { input: { entry: entry.id, phone } });
    expect((await invite(a!.phone)).inviteCompetitionTeamMember).toMatchObject({
      invitation: { role: 'MEMBER', status: 'INVITED' },
    });
    expect((await invite(a!.phone)).inviteCompetitionTeamMember.__typename).toBe('AlreadyInvited');
    expect((await invite(demo.memberYang)).inviteCompetitionTeamMember).toMatchObject({ reason: 'OUTSIDE_ORGANIZER' });
    expect((await invite('13012345678')).inviteCompetitionTeamMember.fieldErrors).toEqual([
      { field: ['input', 'phone'], code: 'NOT_A_MEMBER' },
    ]);
    expect((await invite(b!.phone)).inviteCompetitionTeamMember.__typename).toBe('InviteCompetitionTeamMemberSuccess');
    // Captain + two pending invitations fill a team of three.
    expect((await invite(c!.phone)).inviteCompetitionTeamMember).toMatchObject({ __typename: 'TeamFull', maxTeamSize: 3 });
    const notCaptain = await a!.client.request(INVITE, { input: { entry: entry.id, phone: c!.phone } });
    expect(notCaptain.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const invitations = await a!.client.query(INVITATIONS);
    expect(invitations.myCompetitionInvitations.nodes).toEqual([
      { status: 'INVITED', entry: { id: entry.id, teamName: '焊花突击队', registrantName: expect.any(String) } },
    ]);
    const stranger = await d!.client.request(RESPOND, { input: { entry: entry.id, accept: true } });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const first = await a!.client.query(RESPOND, { input: { entry: entry.id, accept: true } });
    expect(first.respondToCompetitionInvitation.entry.status).toBe('FORMING');
    const declined = await b!.client.query(RESPOND, { input: { entry: entry.id, accept: false } });
    expect(declined.respondToCompetitionInvitation.__typename).toBe('RespondToCompetitionInvitationSuccess');
    const twice = await b!.client.query(RESPOND, { input: { entry: entry.id, accept: true } });
    expect(twice.respondToCompetitionInvitation.__typename).toBe('NoPendingInvitation');

    expect((await invite(c!.phone)).inviteCompetitionTeamMember.__typename).toBe('InviteCompetitionTeamMemberSuccess');
    const formed = await c!.client.query(RESPOND, { input: { entry: entry.id, accept: true } });
    expect(formed.respondToCompetitionInvitation.entry).toMatchObject({ status: 'CONFIRMED' });
    expect(formed.respondToCompetitionInvitation.entry.checkInCode).toMatch(/^[2-9A-Z]{8}$/);
    expect(formed.respondToCompetitionInvitation.entry.participants.map((p: any) => `${p.role}:${p.status}`)).toEqual([
      'CAPTAIN:ACCEPTED',
      'MEMBER:ACCEPTED',
      'MEMBER:DECLINED',
      'MEMBER:ACCEPTED',
    ]);

    // A team member is in the event: they cannot enter it again with a team of their own.
    const own = await a!.client.query(REGISTER, { input: { event: eventId, teamName: '另起炉灶' } });
    expect(own.registerForCompetitionEvent.__typename).toBe('AlreadyRegistered');

    // A member leaving drops the confirmed team below its minimum: back to forming, code void.
    const LEAVE = `mutation Leave($input: CompetitionEntryInput!) {
      leaveCompetitionTeam(input: $input) { __typename ... on LeaveCompetitionTeamSuccess { entry { status checkInCode } } ... on Error { code } }
    }`;
    const captainLeaves = await captain!.client.query(LEAVE, { input: { entry: entry.id } });
    expect(captainLeaves.leaveCompetitionTeam.__typename).toBe('NotATeamMember');
    const left = await a!.client.query(LEAVE, { input: { entry: entry.id } });
    expect(left.leaveCompetitionTeam.entry).toEqual({ status: 'FORMING', checkInCode: null });
    expect((await invite(d!.phone)).inviteCompetitionTeamMember.__typename).toBe('InviteCompetitionTeamMemberSuccess');
    const reformed = await d!.client.query(RESPOND, { input: { entry: entry.id, accept: true } });
    const code = reformed.respondToCompetitionInvitation.entry.checkInCode;
    expect(reformed.respondToCompetitionInvitation.entry.status).toBe('CONFIRMED');

    const mine = await d!.client.query(`{ myCompetitionEntries(first: 10) { nodes { id teamName status } } }`);
    expect(mine.myCompetitionEntries.nodes).toEqual([{ id: entry.id, teamName: '焊花突击队', status: 'CONFIRMED' }]);

    // On the day: the team checks in with its code, is scored, wins; each member gets a certificate.
    const checkIn = await staff.query(
      `mutation C($input: CheckInCompetitionEntryInput!) { checkInCompetitionEntry(input: $input) { __typename } }`,
      { input: { competition: competition.id, code } },
    );
    expect(checkIn.checkInCompetitionEntry.__typename).toBe('CheckInCompetitionEntrySuccess');
    const scored = await staff.query(
      `mutation S($input: RecordCompetitionScoreInput!) { recordCompetitionScore(input: $input) { __typename } }`,
      { input: { entry: entry.id, score: '96.5' } },
    );
    expect(scored.recordCompetitionScore.__typename).toBe('RecordCompetitionScoreSuccess');
    const published = await staff.query(
      `mutation P($input: PublishCompetitionResultsInput!) { publishCompetitionResults(input: $input) { __typename } }`,
      { input: { event: eventId } },
    );
    expect(published.publishCompetitionResults.__typename).toBe('PublishCompetitionResultsSuccess');
    const CERTS = `{ myCompetitionCertificates(first: 5) { nodes { prizeName teamName holderName } } }`;
    for (const [who, count] of [[captain, 1], [c, 1], [d, 1], [a, 0], [b, 0]] as const) {
      const certs = (await who!.client.query(CERTS)).myCompetitionCertificates.nodes;
      expect(certs, who!.phone).toHaveLength(count);
      if (count) expect(certs[0]).toMatchObject({ prizeName: '团体一等奖', teamName: '焊花突击队' });
    }
  });

  it('a team below its minimum at the deadline loses its seat to the next team in line', async () => {
    const competition = await createCompetition({
      title: '组队期限',
      events: [teamEvent({ minTeamSize: 2, maxTeamSize: 2 })],
    });
    const eventId = competition.events.nodes[0].id;
    const [slow, fast, mate, lonely] = await createMembers(env, 4);
    const slowEntry = (await slow!.client.query(REGISTER, { input: { event: eventId, teamName: '慢队' } }))
      .registerForCompetitionEvent.entry;
    const fastEntry = (await fast!.client.query(REGISTER, { input: { event: eventId, teamName: '快队' } }))
      .registerForCompetitionEvent.entry;
    const lonelyEntry = (await lonely!.client.query(REGISTER, { input: { event: eventId, teamName: '孤队' } }))
      .registerForCompetitionEvent.entry;
    expect([slowEntry.status, fastEntry.status, lonelyEntry.status]).toEqual(['FORMING', 'WAITING', 'WAITING']);
    // The waiting team gathers its members while in line.
    await fast!.client.query(INVITE, { input: { entry: fastEntry.id, phone: mate!.phone } });
    expect((await mate!.client.query(RESPOND, { input: { entry: fastEntry.id, accept: true } })).respondToCompetitionInvitation.entry.status).toBe('WAITING');

    await env.db
      .update(competitionEvents)
      .set({ teamFormationDeadline: new Date(Date.now() - 1000) })
      .where(eq(competitionEvents.id, decodeGlobalId(eventId).id));
    // Any read of the event applies the passed deadline.
    expect((await env.anonymous.query(EVENT, { id: eventId })).competitionEvent).toEqual({ seatsTaken: 1, waitingCount: 0 });
    expect((await slow!.client.query(ENTRY, { id: slowEntry.id })).node).toMatchObject({ status: 'EXPIRED', endReason: 'team_below_minimum' });
    expect((await fast!.client.query(ENTRY, { id: fastEntry.id })).node.status).toBe('OFFERED');
    // A team still below its minimum in line is out as well: it could never take the seat.
    expect((await lonely!.client.query(ENTRY, { id: lonelyEntry.id })).node).toMatchObject({ status: 'EXPIRED' });
    const again = await staff.query(`mutation { processCompetitionDeadlines { __typename ... on ProcessCompetitionDeadlinesSuccess { processedEvents } } }`);
    expect(again.processCompetitionDeadlines.processedEvents).toBe(0);
    const accepted = await fast!.client.query(ACCEPT_OFFER, { input: { entry: fastEntry.id } });
    expect(accepted.acceptCompetitionOffer.entry.status).toBe('CONFIRMED');

    const tooLate = await slow!.client.query(REGISTER, { input: { event: eventId, teamName: '慢队二' } });
    expect(tooLate.registerForCompetitionEvent.__typename).toBe('TeamFormationClosed');
  });
});
