import { expect } from 'vitest';
import { ACCEPT_CURRENT } from '../accounts/consent-fixture.ts';
import type { GraphQLClient } from '../support/graphql.ts';

// Shared GraphQL documents and builders for the hardship tests.

/** The error selections a payload can take: only the types in the mutation's result union. */
const FRAGMENTS: Record<string, string> = {
  InputValidationError: '... on InputValidationError { fieldErrors { field code message } }',
  InvalidTransition: '... on InvalidTransition { fromState toState }',
  HardshipWrongLevel: '... on HardshipWrongLevel { levels }',
  HardshipFileExists: '... on HardshipFileExists { inAnotherUnion }',
  AidCapExceeded: '... on AidCapExceeded { remaining { amount } }',
  AidBudgetExceeded: '... on AidBudgetExceeded { remaining { amount } }',
};

export const errors = (...types: string[]) => `${types.map((t) => FRAGMENTS[t]).join('\n')}\n... on Error { code message }`;

export const FILE_FIELDS = /* GraphQL */ `
  fragment File on HardshipFile {
    id status statusLabel memberName cause filedOnBehalf returnReason refusalReason exitReason
    recheckDueOn confirmedOn recheckOverdue belowLocalMinimum isMigrantWorker
    monthlyIncomePerHead { amount currency }
    householdMembers { name relation age }
    union { code }
    viewerCan { verify confirm sendBack refuse resubmit recheck exit reenter }
    auditTrail(first: 20) { totalCount nodes { action fromState toState reason actorName } }
  }
`;

const STEP = ['InputValidationError', 'InvalidTransition', 'HardshipWrongLevel'];
const fileMutation = (field: string, inputType: string, types: string[] = STEP) => /* GraphQL */ `
  mutation M($input: ${inputType}!) {
    ${field}(input: $input) {
      __typename
      ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success { file { ...File } }
      ${errors(...types)}
    }
  }
  ${FILE_FIELDS}
`;

export const FILE = fileMutation('fileHardshipHousehold', 'FileHardshipHouseholdInput', [
  'InputValidationError',
  'HardshipWrongLevel',
  'HardshipFileExists',
]);
export const VERIFY = fileMutation('verifyHardshipFile', 'HardshipFileActionInput');
export const CONFIRM = fileMutation('confirmHardshipFile', 'HardshipFileActionInput');
export const SEND_BACK = fileMutation('sendBackHardshipFile', 'HardshipFileReasonInput');
export const REFUSE = fileMutation('refuseHardshipFile', 'HardshipFileReasonInput');
export const RESUBMIT = fileMutation('resubmitHardshipFile', 'ResubmitHardshipFileInput');
export const RECHECK = fileMutation('recheckHardshipFile', 'RecheckHardshipFileInput');
export const EXIT = fileMutation('exitHardshipFile', 'ExitHardshipFileInput');
export const REENTER = fileMutation('reenterHardshipFile', 'ResubmitHardshipFileInput', [...STEP, 'HardshipFileExists']);

export const ME = /* GraphQL */ `{ me { member { id isHardship union { id code } } } }`;

export const yuan = (n: number) => ({ amount: Math.round(n * 100), currency: 'CNY' });

/** A household that qualifies: income per head under the local 低保 line. */
export const household = (overrides: Record<string, unknown> = {}) => ({
  cause: 'ILLNESS',
  causeNote: '配偶患病长期治疗',
  householdMembers: [
    { name: '郑红梅', relation: '本人', age: 28 },
    { name: '郑父', relation: '父母', age: 60 },
  ],
  monthlyIncomePerHead: yuan(520),
  localMinimum: yuan(620),
  housing: 'RENTED',
  ...overrides,
});

/** Runs a file mutation and expects success; returns the file. */
export async function ok(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const data = await client.query(document, { input });
  const result = Object.values(data)[0] as any;
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.file ?? result.application ?? result.scheme;
}

/** Runs a mutation and returns its payload (success or typed error). */
export async function run(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const data = await client.query(document, { input });
  return Object.values(data)[0] as any;
}

/** Files a household and takes it through the grassroots union and the three levels. */
export async function confirmedFile(
  member: GraphQLClient,
  chain: { grassroots: GraphQLClient; city: GraphQLClient; province: GraphQLClient; national: GraphQLClient },
  input: Record<string, unknown> = { household: household() },
) {
  const filed = await ok(member, FILE, input);
  await ok(chain.grassroots, VERIFY, { file: filed.id });
  await ok(chain.city, CONFIRM, { file: filed.id });
  await ok(chain.province, CONFIRM, { file: filed.id });
  return ok(chain.national, CONFIRM, { file: filed.id, note: '三级审核认定' });
}

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { __typename ... on SignUpSuccess { session { token } } ... on Error { code message } }
  }
`;

/** A new member of the grassroots union `unionId` (a global id), signed in. */
export async function signUpMember(anonymous: GraphQLClient, unionId: string, seq: number, name: string) {
  const body = `62310077${String(seq).padStart(7, '0')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  const cardNumber = body + String((10 - (sum % 10)) % 10);
  const data = await anonymous.query(SIGN_UP, {
    input: {
      phone: `137${String(70000000 + seq)}`,
      password: 'Hardship@2026',
      displayName: name,
      memberCard: { cardNumber, realName: name, union: unionId },
      accepted: ACCEPT_CURRENT,
    },
  });
  expect(data.signUp.__typename).toBe('SignUpSuccess');
  return anonymous.withToken(data.signUp.session.token);
}

export const APPLICATION_FIELDS = /* GraphQL */ `
  fragment Aid on HardshipAidApplication {
    id status statusLabel channel memberName note refusalReason paymentReference
    requested { amount } prepared { amount } approved { amount } selfPaid { amount }
    scheme { id name kind }
    viewerCan { verify approve pay refuse }
    auditTrail(first: 10) { totalCount nodes { action fromState toState reason actorName } }
  }
`;

const REQUEST_TYPES = [
  'InputValidationError',
  'HardshipWrongLevel',
  'AidCapExceeded',
];
const aidMutation = (field: string, inputType: string, types: string[]) => /* GraphQL */ `
  mutation M($input: ${inputType}!) {
    ${field}(input: $input) {
      __typename
      ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success { application { ...Aid } }
      ${errors(...types)}
    }
  }
  ${APPLICATION_FIELDS}
`;

export const APPLY = aidMutation('applyForHardshipAid', 'ApplyForHardshipAidInput', REQUEST_TYPES);
export const NOMINATE = aidMutation('nominateForHardshipAid', 'NominateForHardshipAidInput', REQUEST_TYPES);
export const HOSPITAL_BILL = aidMutation('recordHospitalAidBill', 'RecordHospitalAidBillInput', REQUEST_TYPES);
export const VERIFY_AID = aidMutation('verifyHardshipAidApplication', 'HardshipAidActionInput', STEP);
export const APPROVE_AID = aidMutation('approveHardshipAidApplication', 'HardshipAidActionInput', [
  ...STEP,
  'AidCapExceeded',
  'AidBudgetExceeded',
]);
export const PAY_AID = aidMutation('payHardshipAidApplication', 'PayHardshipAidInput', STEP);
export const REFUSE_AID = aidMutation('refuseHardshipAidApplication', 'RefuseHardshipAidInput', STEP);

export const SCHEME_FIELDS = /* GraphQL */ `
  fragment Scheme on HardshipAidScheme {
    id name kind year status acceptingApplications applyFrom applyUntil event
    capPerPerson { amount } budget { amount } approvedTotal { amount } paidTotal { amount } remainingBudget { amount }
    viewerCan { open close }
  }
`;

const schemeMutation = (field: string, inputType: string, types: string[]) => /* GraphQL */ `
  mutation M($input: ${inputType}!) {
    ${field}(input: $input) {
      __typename
      ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success { scheme { ...Scheme } }
      ${errors(...types)}
    }
  }
  ${SCHEME_FIELDS}
`;

export const CREATE_SCHEME = schemeMutation('createHardshipAidScheme', 'CreateHardshipAidSchemeInput', [
  'InputValidationError',
  'HardshipWrongLevel',
]);
export const OPEN_SCHEME = schemeMutation('openHardshipAidScheme', 'HardshipAidSchemeActionInput', STEP);
export const CLOSE_SCHEME = schemeMutation('closeHardshipAidScheme', 'HardshipAidSchemeActionInput', STEP);

export const UNION = `query($code: String!) { unionByCode(code: $code) { id } }`;
