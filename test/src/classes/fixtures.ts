import { executeRows } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';

// Shared GraphQL documents and builders for the classes tests.

export const ENROLMENT_FIELDS = /* GraphQL */ `
  fragment E on ClassEnrolment {
    id status learnerName childName priorityGroup arrivalSeq waitlistPosition offerExpiresAt
    fee { amount } hardshipWaiver agreementAcceptedAt agreementVersion
    guardians { relation name phone }
    viewerCan { cancel acceptOffer }
  }
`;
export const COURSE_FIELDS = /* GraphQL */ `
  fragment C on ClassCourse {
    id kind audience title capacity seatsTaken waitingCount status filledAt priorityUntil
    fee { amount } subsidy { amount } minTeachers minVolunteers
    sessions { id startsAt }
    viewerCan { enrol start callRoll claimSubsidy }
  }
`;
const ERRORS = /* GraphQL */ `
  ... on InputValidationError { fieldErrors { field code message } }
  ... on Error { code message }
`;

const courseMutation = (field: string, input: string, extra = '') => /* GraphQL */ `
  mutation M($input: ${input}!) {
    ${field}(input: $input) { __typename ... on ${field[0]!.toUpperCase()}${field.slice(1)}Success { course { ...C } } ${extra} ${ERRORS} }
  }
  ${COURSE_FIELDS}
`;
const enrolmentMutation = (field: string, input: string, extra = '') => /* GraphQL */ `
  mutation M($input: ${input}!) {
    ${field}(input: $input) { __typename ... on ${field[0]!.toUpperCase()}${field.slice(1)}Success { enrolment { ...E } } ${extra} ${ERRORS} }
  }
  ${ENROLMENT_FIELDS}
`;

export const CREATE_COURSE = courseMutation('createClassCourse', 'CreateClassCourseInput');
export const ASSIGN_STAFF = courseMutation('assignClassStaff', 'AssignClassStaffInput');
export const START = courseMutation('startClass', 'StartClassInput', '... on ClassUnderstaffed { teachersNeeded volunteersNeeded }');
export const CLAIM_SUBSIDY = courseMutation('claimClassSubsidy', 'ClassCourseActionInput', '... on ClassAttendanceTooLow { basisPoints } ... on ClassIncidentOpen { openIncidents }');
export const ENROL = enrolmentMutation('enrolInClass', 'EnrolInClassInput', '... on ClassNotEligible { reason }');
export const CANCEL = enrolmentMutation('cancelClassEnrolment', 'ClassEnrolmentActionInput');
export const ACCEPT_OFFER = enrolmentMutation('acceptClassOffer', 'ClassEnrolmentActionInput');
export const CALL_ROLL = /* GraphQL */ `
  mutation M($input: CallClassRollInput!) {
    callClassRoll(input: $input) { __typename ... on CallClassRollSuccess { session { id rollCalledAt roll { enrolmentId learnerName present pickedUpBy } } } ${ERRORS} }
  }
`;
export const RECORD_INCIDENT = /* GraphQL */ `
  mutation M($input: RecordClassIncidentInput!) {
    recordClassIncident(input: $input) { __typename ... on RecordClassIncidentSuccess { incident { id open } } ${ERRORS} }
  }
`;
export const CLOSE_INCIDENT = /* GraphQL */ `
  mutation M($input: CloseClassIncidentInput!) {
    closeClassIncident(input: $input) { __typename ... on CloseClassIncidentSuccess { incident { id open resolution } } ${ERRORS} }
  }
`;
export const COURSE = /* GraphQL */ `
  query Q($id: ID!) { classCourse(id: $id) { ...C attendanceBasisPoints } }
  ${COURSE_FIELDS}
`;
export const MY_ENROLMENTS = /* GraphQL */ `
  { myClassEnrolments(first: 20) { nodes { ...E course { title } } } }
  ${ENROLMENT_FIELDS}
`;

const HOUR = 3600_000;
export const iso = (ms: number) => new Date(ms).toISOString();
/** YYYY-MM-DD in Asia/Shanghai, `days` from today. */
export const shanghaiDay = (days: number) => new Date(Date.now() + days * 24 * HOUR + 8 * HOUR).toISOString().slice(0, 10);

export function trainingInput(unionId: string, overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    union: unionId,
    kind: 'TRAINING',
    title: '摄影基础班（三个月）',
    venue: '洛阳市工人文化宫 三楼 摄影教室',
    startsOn: shanghaiDay(30),
    endsOn: shanghaiDay(120),
    capacity: 50,
    enrolmentOpensAt: iso(now + 24 * HOUR),
    enrolmentClosesAt: iso(now + 7 * 24 * HOUR),
    offerHoldHours: 24,
    sessions: [1, 2, 3].map((w) => ({ startsAt: iso(now + (30 + 7 * w) * 24 * HOUR), endsAt: iso(now + (30 + 7 * w) * 24 * HOUR + 2 * HOUR), topic: `第${w}讲` })),
    ...overrides,
  };
}

export function summerInput(unionId: string, overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    ...trainingInput(unionId),
    kind: 'SUMMER',
    title: '职工子女暑托班（一期）',
    venue: '涧西区工人文化宫 二楼',
    capacity: 10,
    minAge: 6,
    maxAge: 12,
    enrolmentOpensAt: iso(now - HOUR),
    priorityUntil: iso(now + 24 * HOUR),
    fee: { amount: 30_000, currency: 'CNY' },
    subsidy: { amount: 3_000_000, currency: 'CNY' },
    ...overrides,
  };
}

export function child(name: string, overrides: Record<string, unknown> = {}) {
  return {
    name,
    birthDate: '2017-03-15',
    school: '洛阳市涧西区东方红小学',
    guardians: [
      { relation: '母亲', name: '李秀梅', phone: '13912340001' },
      { relation: '祖父', name: '王德厚', phone: '13912340002' },
    ],
    ...overrides,
  };
}

export async function run(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const data = await client.query(document, { input });
  return Object.values(data)[0] as any;
}

export async function ok(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const result = await run(client, document, input);
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.course ?? result.enrolment ?? result.session ?? result.incident;
}

export const unionIdOf = async (env: TestEnvironment, code: string) =>
  (await env.anonymous.query(`query($c: String!) { unionByCode(code: $c) { id } }`, { c: code })).unionByCode.id as string;

/** Moves a course's instants (opening, priority window), as the clock would. */
export async function setCourse(env: TestEnvironment, courseDbId: string, set: { opensAt?: Date; priorityUntil?: Date }) {
  if (set.opensAt) await executeRows(env.db, sql`update class_courses set enrolment_opens_at = ${set.opensAt.toISOString()}::timestamptz where id = ${courseDbId}`);
  if (set.priorityUntil) await executeRows(env.db, sql`update class_courses set priority_until = ${set.priorityUntil.toISOString()}::timestamptz where id = ${courseDbId}`);
}

export const count = async (env: TestEnvironment, query: ReturnType<typeof sql>) =>
  Number((await executeRows<{ n: string }>(env.db, query))[0]!.n);
