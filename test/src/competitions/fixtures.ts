import { createHash, randomBytes } from 'node:crypto';
import { members, sessions, unions, users } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { GraphQLClient } from '../support/graphql.ts';
import type { TestEnvironment } from '../support/environment.ts';

export interface FixtureMember {
  phone: string;
  memberId: string;
  client: GraphQLClient;
}

let sequence = 0;

/**
 * Members created straight in the database with a ready session token: a hundred password logins
 * would spend the test's time hashing. The API still authenticates them like any other bearer.
 */
export async function createMembers(
  env: TestEnvironment,
  count: number,
  options: { unionCode?: string; birthDate?: string | null } = {},
): Promise<FixtureMember[]> {
  const [union] = await env.db
    .select({ id: unions.id })
    .from(unions)
    .where(eq(unions.code, options.unionCode ?? 'G410305001'));
  const created: FixtureMember[] = [];
  for (let i = 0; i < count; i += 1) {
    sequence += 1;
    const phone = `1370${String(process.pid % 1000).padStart(3, '0')}${String(sequence).padStart(4, '0')}`;
    const [user] = await env.db
      .insert(users)
      .values({ phone, displayName: `参赛者${sequence}`, passwordHash: 'not-a-login' })
      .returning({ id: users.id });
    const [member] = await env.db
      .insert(members)
      .values({
        userId: user!.id,
        cardNumber: `9${String(process.pid).padStart(8, '0')}${String(sequence).padStart(7, '0')}`,
        unionId: union!.id,
        realName: `参赛者${sequence}`,
        birthDate: options.birthDate === undefined ? '1990-05-01' : options.birthDate,
      })
      .returning({ id: members.id });
    const token = `hgs_${randomBytes(24).toString('base64url')}`;
    await env.db.insert(sessions).values({
      userId: user!.id,
      tokenHash: createHash('sha256').update(token).digest('base64url'),
      expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
    });
    created.push({ phone, memberId: member!.id, client: env.anonymous.withToken(token) });
  }
  return created;
}

const DAY = 24 * 60 * 60 * 1000;
/** YYYY-MM-DD in Asia/Shanghai, `days` from today. */
export const shanghaiDay = (days: number) =>
  new Date(Date.now() + days * DAY + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);

export const CREATE_COMPETITION = /* GraphQL */ `
  mutation Create($input: CreateCompetitionInput!) {
    createCompetition(input: $input) {
      __typename
      ... on CreateCompetitionSuccess {
        competition {
          id title registrationOpen
          events(first: 10) { nodes { id name kind capacity prizes { tier name quantity } } }
        }
      }
      ... on InputValidationError { fieldErrors { field code message } }
      ... on Error { code message }
    }
  }
`;

export const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterForCompetitionEventInput!) {
    registerForCompetitionEvent(input: $input) {
      __typename
      ... on RegisterForCompetitionEventSuccess {
        entry { id status waitlistPosition arrivalSeq checkInCode teamName }
      }
      ... on NotEligible { reason }
      ... on InputValidationError { fieldErrors { field code message } }
      ... on Error { code message }
    }
  }
`;

export const ENTRY = /* GraphQL */ `
  query Entry($id: ID!) {
    node(id: $id) {
      ... on CompetitionEntry {
        id status waitlistPosition offerExpiresAt checkInCode checkedInAt score rank endReason
        prize { name }
        participants { realName role status }
      }
    }
  }
`;

export const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CompetitionEntryInput!) {
    cancelCompetitionEntry(input: $input) {
      __typename
      ... on CancelCompetitionEntrySuccess { entry { id status } }
      ... on InvalidTransition { fromState toState }
      ... on Error { code message }
    }
  }
`;

export const ACCEPT_OFFER = /* GraphQL */ `
  mutation Accept($input: CompetitionEntryInput!) {
    acceptCompetitionOffer(input: $input) {
      __typename
      ... on AcceptCompetitionOfferSuccess { entry { id status checkInCode } }
      ... on InvalidTransition { fromState toState }
      ... on Error { code message }
    }
  }
`;

export function competitionInput(organizerId: string, overrides: Record<string, unknown> = {}) {
  return {
    title: '测试焊工技能竞赛',
    trade: '焊工',
    level: 'CITY',
    organizer: organizerId,
    registrationOpensOn: shanghaiDay(-1),
    registrationClosesOn: shanghaiDay(10),
    cancellationDeadline: new Date(Date.now() + 12 * DAY).toISOString(),
    startsOn: shanghaiDay(15),
    endsOn: shanghaiDay(16),
    venue: '洛阳市职工技能实训基地',
    isOnline: false,
    events: [
      {
        name: '焊条电弧焊',
        kind: 'INDIVIDUAL',
        capacity: 3,
        prizes: [
          { tier: 1, name: '一等奖', quantity: 1 },
          { tier: 2, name: '二等奖', quantity: 1 },
          { tier: 3, name: '三等奖', quantity: 1 },
        ],
      },
    ],
    ...overrides,
  };
}
