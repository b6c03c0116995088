import { executeRows, type Database } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { withLuhnDigit } from '../support/demo.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import { fileOf, PNG_HEADER, upload } from '../files/uploads.ts';

// Shared GraphQL documents and builders for the mutual-aid tests.

const FRAGMENTS: Record<string, string> = {
  InputValidationError: '... on InputValidationError { fieldErrors { field code message } }',
  InvalidTransition: '... on InvalidTransition { fromState toState }',
  MutualAidWrongLevel: '... on MutualAidWrongLevel { levels }',
  MutualAidEnrolmentRefused: '... on MutualAidEnrolmentRefused { rowCount refusedCount rows { line cardNumber code message } }',
  MutualAidCeilingReached: '... on MutualAidCeilingReached { remaining { amount } }',
  MutualAidPoolExhausted: '... on MutualAidPoolExhausted { remaining { amount } }',
  MutualAidDuplicateClaim: '... on MutualAidDuplicateClaim { reasonNumber }',
};
const errors = (...types: string[]) => `${types.map((t) => FRAGMENTS[t] ?? '').join('\n')}\n... on Error { code message }`;
const STEP = ['InputValidationError', 'InvalidTransition', 'MutualAidWrongLevel'];

const mutation = (field: string, inputType: string, data: string, fragment: string, types: string[]) => /* GraphQL */ `
  mutation M($input: ${inputType}!) {
    ${field}(input: $input) {
      __typename
      ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success { ${data} { ...F } }
      ${errors(...types)}
    }
  }
  ${fragment}
`;

export const SCHEME_FIELDS = /* GraphQL */ `
  fragment F on MutualAidScheme {
    id name year waitingDays premium { amount } deductible { amount } ceiling { amount } backstop { amount }
    bands { upTo { amount } ratePercent }
    premiumsPaid { amount } approvedTotal { amount } paidTotal { amount } poolRemaining { amount }
  }
`;
export const ENROLMENT_FIELDS = /* GraphQL */ `
  fragment F on MutualAidEnrolment {
    id status statusLabel startsOn rowCount memberCount premiumDue { amount } paymentReference paidOn
    viewerCan { addRows submit recordPremium }
  }
`;
export const CLAIM_FIELDS = /* GraphQL */ `
  fragment F on MutualAidClaim {
    id status statusLabel memberName hospital admittedOn dischargedOn
    totalCost { amount } socialInsurancePaid { amount } selfPaid { amount }
    valuated { amount } explanation { label amount { amount } }
    rejectionReason rejectionNumber rejectionMessage returnNote paymentReference
    documents { file { id fileName } }
    viewerCan { check sendBack resubmit valuate approve pay reject }
    auditTrail(first: 20) { totalCount nodes { action fromState toState } }
  }
`;

export const CREATE_SCHEME = mutation('createMutualAidScheme', 'CreateMutualAidSchemeInput', 'scheme', SCHEME_FIELDS, [
  'InputValidationError',
  'MutualAidWrongLevel',
]);
export const CREATE_ENROLMENT = mutation('createMutualAidEnrolment', 'CreateMutualAidEnrolmentInput', 'enrolment', ENROLMENT_FIELDS, [
  'InputValidationError',
  'MutualAidWrongLevel',
]);
export const ADD_ROWS = mutation('addMutualAidEnrolmentRows', 'AddMutualAidEnrolmentRowsInput', 'enrolment', ENROLMENT_FIELDS, STEP);
export const SUBMIT = mutation('submitMutualAidEnrolment', 'MutualAidEnrolmentActionInput', 'enrolment', ENROLMENT_FIELDS, [
  ...STEP,
  'MutualAidEnrolmentRefused',
]);
export const RECORD_PREMIUM = mutation('recordMutualAidPremium', 'RecordMutualAidPremiumInput', 'enrolment', ENROLMENT_FIELDS, STEP);

const claimMutation = (field: string, inputType: string, types: string[] = STEP) => mutation(field, inputType, 'claim', CLAIM_FIELDS, types);
export const FILE_CLAIM = claimMutation('fileMutualAidClaim', 'FileMutualAidClaimInput', [...STEP, 'MutualAidDuplicateClaim']);
export const CHECK = claimMutation('checkMutualAidClaim', 'MutualAidClaimActionInput');
export const VALUATE = claimMutation('valuateMutualAidClaim', 'MutualAidClaimActionInput');
export const APPROVE = claimMutation('approveMutualAidClaim', 'MutualAidClaimActionInput', [
  ...STEP,
  'MutualAidCeilingReached',
  'MutualAidPoolExhausted',
]);
export const PAY = claimMutation('payMutualAidClaim', 'PayMutualAidClaimInput');
export const REJECT = claimMutation('rejectMutualAidClaim', 'RejectMutualAidClaimInput');
export const SEND_BACK = claimMutation('sendBackMutualAidClaim', 'SendBackMutualAidClaimInput');
export const RESUBMIT = claimMutation('resubmitMutualAidClaim', 'ResubmitMutualAidClaimInput');

export const MY_COVERS = /* GraphQL */ `{
  myMutualAidCovers(first: 5) { nodes { id state stateLabel activeFrom activeUntil scheme { year }
    ledger { deductibleUsed { amount } approvedTotal { amount } ceilingRemaining { amount } claimsApproved } } }
}`;

export const UNION = `query($code: String!) { unionByCode(code: $code) { id } }`;

export const yuan = (n: number) => ({ amount: Math.round(n * 100), currency: 'CNY' });

export async function run(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const data = await client.query(document, { input });
  return Object.values(data)[0] as any;
}

export async function ok(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const result = await run(client, document, input);
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.scheme ?? result.enrolment ?? result.claim;
}

/** A photo of the settlement, uploaded by `client` for a claim. */
export async function photo(url: string, client: GraphQLClient, n = 1): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const answer = await upload(url, client.token, { data: fileOf(PNG_HEADER, 2048 + i), fileName: `结算单${i + 1}.png` }, { purpose: 'mutual_aid_claim_document' });
    expect(answer.status, JSON.stringify(answer.json)).toBe(201);
    ids.push(answer.json.id);
  }
  return ids;
}

/** `count` members of the union with `code`, written straight to the database (no logins needed). */
export async function insertMembers(db: Database, code: string, count: number, seed: number) {
  const rows = await executeRows<{ id: string }>(db, sql`select id from unions where code = ${code}`);
  const unionId = rows[0]!.id;
  const people = Array.from({ length: count }, (_, i) => ({
    phone: `1366${String(seed * 10_000 + i).padStart(7, '0')}`,
    card: withLuhnDigit(`6231004103029${String(seed).padStart(1, '0')}${String(i).padStart(4, '0')}`),
    name: `会员${seed}${String(i).padStart(4, '0')}`,
  }));
  for (const p of people) {
    await executeRows(
      db,
      sql`with u as (insert into users (phone, display_name, password_hash) values (${p.phone}, ${p.name}, 'x') returning id)
          insert into members (user_id, card_number, union_id, real_name) select id, ${p.card}, ${unionId}, ${p.name} from u`,
    );
  }
  return people;
}

export async function memberIdOf(db: Database, card: string): Promise<string> {
  return (await executeRows<{ id: string }>(db, sql`select id from members where card_number = ${card}`))[0]!.id;
}
