import { demo } from '../support/demo.ts';
import { expect } from 'vitest';
import type { GraphQLClient } from '../support/graphql.ts';

export const LAWYER = demo.legalAidLawyer;

export const CASE_FIELDS = /* GraphQL */ `
  fragment Case on RightsCase {
    id reference type confidential channel claimantName employerName description openedAtPlace
    status statusLabel route legalAidEligible eligibilityReason caseOfficerName lawyerName outcome
    amountInDispute { amount } recovered { amount } union { code }
    viewerCan { triage startMediation assignLawyer startLitigation close withdraw addNote addDocument }
    events(first: 50) { totalCount nodes { kind toState note actorName createdAt } }
  }
`;

const ERRORS = /* GraphQL */ `
  ... on InputValidationError { fieldErrors { field code message } }
  ... on Error { code message }
`;
const STEP_ERRORS = `${ERRORS} ... on InvalidTransition { fromState toState }`;

const caseMutation = (field: string, inputType: string, errors = STEP_ERRORS) => /* GraphQL */ `
  mutation M($input: ${inputType}!) {
    ${field}(input: $input) {
      __typename
      ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success { case { ...Case } }
      ${errors}
    }
  }
  ${CASE_FIELDS}
`;

export const OPEN = caseMutation('openRightsCase', 'OpenRightsCaseInput', ERRORS);
export const OPEN_FOR = caseMutation('openRightsCaseForWorker', 'OpenRightsCaseForWorkerInput', ERRORS);
export const TAKE = caseMutation('takeConfidentialRightsCase', 'TakeConfidentialRightsCaseInput', ERRORS);
export const TRIAGE = caseMutation('triageRightsCase', 'TriageRightsCaseInput');
export const MEDIATE = caseMutation('startRightsMediation', 'RightsCaseStepInput');
export const ASSIGN = caseMutation('assignRightsLawyer', 'AssignRightsLawyerInput');
export const LITIGATE = caseMutation('startRightsLitigation', 'RightsCaseStepInput');
export const CLOSE = caseMutation('closeRightsCase', 'CloseRightsCaseInput');
export const WITHDRAW = caseMutation('withdrawRightsCase', 'RightsCaseStepInput');
export const NOTE = caseMutation('addRightsCaseNote', 'AddRightsCaseNoteInput');
export const DOCUMENT = caseMutation('addRightsCaseDocument', 'AddRightsCaseDocumentInput');

export const OPEN_AS_WORKER = /* GraphQL */ `
  mutation M($input: OpenRightsCaseAsWorkerInput!) {
    openRightsCaseAsWorker(input: $input) {
      __typename
      ... on OpenRightsCaseAsWorkerSuccess { receipt { reference statusLabel } }
      ${ERRORS}
    }
  }
`;

export const REQUEST_CODE = /* GraphQL */ `
  mutation ($input: RequestSmsCodeInput!) { requestSmsCode(input: $input) { __typename ... on Error { code message } } }
`;

export const CASE = /* GraphQL */ `query($id: ID!) { node(id: $id) { __typename ... on RightsCase { ...Case } } } ${CASE_FIELDS}`;
export const QUEUE = /* GraphQL */ `query($union: ID!) { rightsCases(union: $union, first: 100) { totalCount nodes { id confidential status } } }`;
export const ASSIGNED = /* GraphQL */ `{ myAssignedRightsCases(first: 100) { nodes { id confidential } } }`;
export const MINE = /* GraphQL */ `{ myRightsCases(first: 20) { nodes { id status statusLabel events(first: 20) { nodes { kind note } } } } }`;
export const INTAKES = /* GraphQL */ `{ confidentialRightsIntakes { case type unionName } }`;
export const LAWYERS = /* GraphQL */ `query($union: ID!) { rightsLawyers(union: $union) { user name } }`;
export const FIGURES = /* GraphQL */ `
  query($union: ID!) { rightsFigures(union: $union) {
    includesConfidential opened open closed recovered { amount } meanDaysToClose medianDaysToClose
    byType { type opened closed recovered { amount } } byOutcome { outcome cases recovered { amount } }
    outreach { events attendance firms }
  } }
`;
export const UNION = `query($code: String!) { unionByCode(code: $code) { id } }`;

export const yuan = (n: number) => ({ amount: Math.round(n * 100), currency: 'CNY' });

export const details = (overrides: Record<string, unknown> = {}) => ({
  type: 'UNPAID_WAGES',
  employerName: '洛阳某钢结构工程队',
  amountInDispute: yuan(36_000),
  description: '在厂房扩建工地干了四个月，包工头拖欠工资三万六千元，多次讨要无果。',
  ...overrides,
});

/** Runs a mutation and returns its payload (success or typed error). */
export async function run(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const data = await client.query(document, { input });
  return Object.values(data)[0] as any;
}

export async function ok(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const result = await run(client, document, input);
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.case;
}

export async function unionId(client: GraphQLClient, code: string): Promise<string> {
  return (await client.query(UNION, { code })).unionByCode.id;
}
