import { executeRows } from '@huigong/db';
import { sql } from 'drizzle-orm';
import {
  buildClientSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { encodeGlobalId, GraphQLClient, type GraphQLResponse } from '../support/graphql.ts';
import { CLAIM, CREATE_OFFER, merchantOf, merchantStaff } from '../offers/fixtures.ts';
import { Fuzzer, internalErrorsOf } from './fuzz.ts';

/**
 * Existence is never revealed: for every mutation and every query field that takes an ID, and
 * for each kind of caller, an id that names no row and the id of another party's row get the same
 * answer (the same __typename, error code and message) and write nothing. The calls are built
 * from the schema (introspection, as fuzz.ts does): every ID slot of every argument, at any depth
 * of the input, is tried in turn; the table below says which node type a slot takes and which row
 * is "another party's" (a row in Henan that none of the callers owns, in a state the public does
 * not see where the type has one).
 */

const UNKNOWN = 'a0000000-0000-4000-8000-00000000dead';
const FILLER = 'b0000000-0000-4000-8000-00000000beef';

/** Which node type an ID slot takes, by the slot's name (and for `id`, by the mutation's name). */
const SLOT_TYPES: Record<string, string> = {
  entry: 'CompetitionEntry',
  employer: 'Employer',
  merchant: 'Merchant',
  store: 'MerchantStore',
  stores: 'MerchantStore',
  region: 'Union',
  union: 'Union',
  organizer: 'Union',
  audienceUnion: 'Union',
  parent: 'Union',
  fair: 'JobFair',
  posting: 'JobPosting',
  postings: 'JobPosting',
  tranche: 'GrantTranche',
  application: 'GrantApplication',
  reviewer: 'User',
  user: 'User',
  claim: 'OfferClaim',
  purchase: 'VoucherPurchase',
  voucher: 'VoucherPurchase',
  event: 'CompetitionEvent',
  competition: 'Competition',
  offer: 'Offer',
  client: 'ApiClient',
  call: 'GrantCall',
  tier: 'GrantTier',
  criterion: 'GrantCriterion',
  subscription: 'WebhookSubscription',
  messages: 'Message',
  member: 'Member',
  delivery: 'WebhookDelivery',
  report: 'GrantReport',
  review: 'GrantReview',
  key: 'ApiKey',
  file: 'StoredFile',
  case: 'RightsCase',
  caseOfficer: 'User',
  lawyer: 'User',
  upload: 'StoredFile',
  session: 'CongressSession',
  resolution: 'CongressResolution',
  motion: 'CongressMotion',
  mergeInto: 'CongressMotion',
  delegate: 'CongressDelegate',
  document: 'CongressDocument',
  paragraph: 'CongressParagraph',
  opinion: 'CongressOpinion',
  summary: 'CongressGroupSummary',
};
/** The hardship programme's slots, where the same word names another domain's type elsewhere. */
const HARDSHIP_SLOT_TYPES: Record<string, string> = {
  file: 'HardshipFile',
  scheme: 'HardshipAidScheme',
  claim: 'MutualAidClaim',
  application: 'HardshipAidApplication',
  loan: 'HardshipLoan',
  pairing: 'HardshipPairing',
  area: 'Union',
  cadre: 'User',
};
/** The service stations' slots (a station's `report` is a member's problem report, not a grant report). */
const STATION_SLOT_TYPES: Record<string, string> = {
  station: 'Station',
  report: 'StationReport',
  photos: 'StoredFile',
};
/** The mutual-aid programme's slots. */
const MUTUAL_AID_SLOT_TYPES: Record<string, string> = {
  scheme: 'MutualAidScheme',
  enrolment: 'MutualAidEnrolment',
  cover: 'MutualAidCover',
  claim: 'MutualAidClaim',
  documents: 'StoredFile',
};
/** The classes' slots (a class `session` is a ClassSession, not a congress session). */
const CLASS_SLOT_TYPES: Record<string, string> = {
  course: 'ClassCourse',
  enrolment: 'ClassEnrolment',
  session: 'ClassSession',
  incident: 'ClassIncident',
};
const slotTypeOf = (fieldName: string, slot: string) =>
  (/class/i.test(fieldName) ? CLASS_SLOT_TYPES[slot] : undefined) ??
  (/hardship|hospitalAid/i.test(fieldName) ? HARDSHIP_SLOT_TYPES[slot] : undefined) ??
  (/station/i.test(fieldName) ? STATION_SLOT_TYPES[slot] : undefined) ??
  (/mutualAid/i.test(fieldName) ? MUTUAL_AID_SLOT_TYPES[slot] : undefined) ??
  SLOT_TYPES[slot];
const ID_BY_FIELD: Record<string, string> = {
  cancelJobFairRegistration: 'JobFair',
  registerForJobFair: 'JobFair',
  closeJobPosting: 'JobPosting',
  reviewJobPosting: 'JobPosting',
  submitJobPosting: 'JobPosting',
  updateJobPosting: 'JobPosting',
  updateJobApplicationStatus: 'JobApplication',
  withdrawJobApplication: 'JobApplication',
  reviewMerchant: 'Merchant',
  reviewOffer: 'Offer',
  reviewEmployer: 'Employer',
  competitionEvent: 'CompetitionEvent',
  classCourse: 'ClassCourse',
};
/**
 * Union is reference data anyone may read and name (a region, an organizer): an existing union
 * is not "another party's". User ids are only taken by platform-admin fields.
 */
const PUBLIC_TYPES = new Set(['Union']);

/** Another party's row of each node type (see the header). `$merchant`/`$employer` are the callers'. */
const FOREIGN_ROWS: Record<string, string> = {
  Offer: `select o.id from offers o join unions u on u.id = o.union_id where o.status in ('draft', 'pending_review') and o.merchant_id <> $merchant and (u.code like '41%' or u.code like 'G41%') limit 1`,
  Merchant: `select m.id from merchants m join unions u on u.id = m.union_id where m.id <> $merchant and (u.code like '41%' or u.code like 'G41%') order by (m.status = 'approved') limit 1`,
  MerchantStore: `select s.id from merchant_stores s where s.merchant_id <> $merchant limit 1`,
  OfferClaim: `select c.id from offer_claims c where c.merchant_id <> $merchant and c.member_id not in ($members) limit 1`,
  VoucherPurchase: `select p.id from voucher_purchases p where p.member_id not in ($members) limit 1`,
  JobPosting: `select p.id from job_postings p where p.status in ('draft', 'pending_review') and p.employer_id <> $employer limit 1`,
  Employer: `select e.id from employers e join unions u on u.id = e.union_id where e.id <> $employer and (u.code like '41%' or u.code like 'G41%') limit 1`,
  JobApplication: `select a.id from job_applications a where a.member_id not in ($members) limit 1`,
  JobFair: `select f.id from job_fairs f join unions u on u.id = f.organizer_union_id where (u.code like '41%' or u.code like 'G41%') limit 1`,
  Competition: `select c.id from competitions c join unions u on u.id = c.organizer_union_id where (u.code like '41%' or u.code like 'G41%') limit 1`,
  CompetitionEvent: `select e.id from competition_events e join competitions c on c.id = e.competition_id join unions u on u.id = c.organizer_union_id where (u.code like '41%' or u.code like 'G41%') limit 1`,
  CompetitionEntry: `select e.id from competition_entries e where e.registrant_member_id not in ($members) limit 1`,
  GrantCall: `select c.id from grant_calls c limit 1`,
  GrantTier: `select t.id from grant_tiers t limit 1`,
  GrantCriterion: `select t.id from grant_criteria t limit 1`,
  GrantApplication: `select a.id from grant_applications a where a.applicant_user_id not in ($users) order by (a.status = 'draft') desc limit 1`,
  GrantReview: `select r.id from grant_reviews r where r.reviewer_user_id not in ($users) limit 1`,
  GrantTranche: `select t.id from grant_tranches t join grant_applications a on a.id = t.application_id where a.applicant_user_id not in ($users) limit 1`,
  GrantReport: `select t.id from grant_reports t join grant_applications a on a.id = t.application_id where a.applicant_user_id not in ($users) limit 1`,
  Member: `select m.id from members m join unions u on u.id = m.union_id where (u.code like '41%' or u.code like 'G41%') and m.id not in ($members) limit 1`,
  Message: `select m.id from messages m where m.user_id not in ($users) limit 1`,
  ApiClient: `select c.id from api_clients c where c.id <> $client limit 1`,
  ApiKey: `select k.id from api_keys k where k.client_id <> $client limit 1`,
  WebhookSubscription: `select s.id from webhook_subscriptions s where s.client_id <> $client limit 1`,
  HardshipFile: `select f.id from hardship_files f join unions u on u.id = f.union_id where (u.code like '41%' or u.code like 'G41%') and f.member_id not in ($members) limit 1`,
  HardshipAidScheme: `select s.id from hardship_aid_schemes s join unions u on u.id = s.union_id where (u.code like '41%' or u.code like 'G41%') order by (s.status = 'draft') desc limit 1`,
  HardshipAidApplication: `select a.id from hardship_aid_applications a join unions u on u.id = a.union_id where (u.code like '41%' or u.code like 'G41%') and a.member_id not in ($members) limit 1`,
  HardshipLoan: `select l.id from hardship_loans l join unions u on u.id = l.union_id where (u.code like '41%' or u.code like 'G41%') and l.member_id not in ($members) limit 1`,
  HardshipPairing: `select p.id from hardship_pairings p join hardship_files f on f.id = p.file_id join unions u on u.id = f.union_id where (u.code like '41%' or u.code like 'G41%') limit 1`,
  StationReport: `select r.id from station_reports r join unions u on u.id = r.union_id where (u.code like '41%' or u.code like 'G41%') and r.member_id not in ($members) limit 1`,
  RightsCase: `select c.id from rights_cases c join unions u on u.id = c.union_id where (u.code like '41%' or u.code like 'G41%') limit 1`,
  CongressSession: `select s.id from congress_sessions s join unions u on u.id = s.union_id where (u.code like '41%' or u.code like 'G41%') order by s.created_at limit 1`,
  CongressResolution: `select r.id from congress_resolutions r join congress_sessions s on s.id = r.session_id join unions u on u.id = s.union_id where (u.code like '41%' or u.code like 'G41%') order by (r.status = 'voting') desc limit 1`,
  CongressMotion: `select m.id from congress_motions m join congress_sessions s on s.id = m.session_id join unions u on u.id = s.union_id where (u.code like '41%' or u.code like 'G41%') order by (m.status = 'submitted') desc limit 1`,
  CongressDelegate: `select d.id from congress_delegates d join congress_sessions s on s.id = d.session_id join unions u on u.id = s.union_id where (u.code like '41%' or u.code like 'G41%') and d.member_id not in ($members) limit 1`,
  CongressDocument: `select d.id from congress_documents d join congress_sessions s on s.id = d.session_id where s.stage = 'group_discussion' limit 1`,
  CongressParagraph: `select p.id from congress_paragraphs p join congress_sessions s on s.id = p.session_id where s.stage = 'group_discussion' limit 1`,
  CongressOpinion: `select o.id from congress_opinions o limit 1`,
  CongressGroupSummary: `select g.id from congress_group_summaries g where g.answered_at is null limit 1`,
  MutualAidScheme: `select s.id from mutual_aid_schemes s join unions u on u.id = s.union_id where u.code like '41%' limit 1`,
  MutualAidEnrolment: `select e.id from mutual_aid_enrolments e join unions u on u.id = e.union_id where u.code like 'G41%' order by (e.status = 'submitted') desc limit 1`,
  MutualAidCover: `select c.id from mutual_aid_covers c join unions u on u.id = c.union_id where u.code like 'G41%' and c.member_id not in ($members) limit 1`,
  MutualAidClaim: `select c.id from mutual_aid_claims c where c.status = 'checked' and c.member_id not in ($members) limit 1`,
  ClassCourse: `select c.id from class_courses c join unions u on u.id = c.union_id where u.code like '41%' limit 1`,
  ClassSession: `select s.id from class_sessions s join class_courses c on c.id = s.course_id where c.kind = 'summer' limit 1`,
  ClassEnrolment: `select e.id from class_enrolments e where e.member_id not in ($members) order by (e.status = 'confirmed') desc limit 1`,
  ClassIncident: `select i.id from class_incidents i limit 1`,
  WebhookDelivery: `select d.id from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id where s.client_id <> $client limit 1`,
};

let env: TestEnvironment;
let schema: GraphQLSchema;
let callers: { name: string; client: GraphQLClient }[];
const foreign: Record<string, string> = {};

const b64 = (type: string, id: string) => encodeGlobalId(type, id);

async function writesSoFar(): Promise<number> {
  const [row] = await executeRows<{ n: number | string }>(env.db, sql`select count(*) as n from existence_writes`);
  return Number(row?.n ?? 0);
}

/** A value that passes the usual validators, so that calls get past them to the rules behind. */
function plausible(type: GraphQLInputType, name: string, depth = 0): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [plausible(nullable.ofType, name, depth + 1)];
  if (isEnumType(nullable)) return nullable.getValues()[0]!.name;
  if (isInputObjectType(nullable)) {
    if (nullable.name === 'MoneyInput') return { amount: 10_000, currency: 'CNY' };
    if (nullable.name === 'GeoPointInput') return { latitude: 34.62, longitude: 112.45 };
    const out: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      if (isNonNullType(field.type) && depth < 4) out[field.name] = plausible(field.type, field.name, depth + 1);
    }
    return out;
  }
  if (!isScalarType(nullable)) return null;
  switch (nullable.name) {
    case 'ID':
      return b64(SLOT_TYPES[name] ?? 'Offer', FILLER);
    case 'Int':
      return 1;
    case 'SafeInt':
      return 10_000;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Date':
      return '2027-06-01';
    case 'DateTime':
      return name.toLowerCase().includes('until') || name.toLowerCase().includes('end') ? '2027-06-30T18:00:00+08:00' : '2027-06-01T09:00:00+08:00';
    default:
      if (/phone/i.test(name)) return '13912345678';
      if (/creditCode/i.test(name)) return '91410302MA45AB018E';
      if (/url|endpoint/i.test(name)) return 'https://hooks.example.com/huigong';
      if (/password/i.test(name)) return 'Huigong@2026x';
      if (/code/i.test(name)) return 'ABCD1234';
      if (/name/i.test(name)) return '张三';
      return '用于检查存在性的一段说明文字';
  }
}

interface Slot {
  /** argument, then input field names, e.g. ['input', 'offer'] */
  path: string[];
  type: string;
  list: boolean;
}

function slotsOf(field: GraphQLField<unknown, unknown>): Slot[] {
  const slots: Slot[] = [];
  const walk = (type: GraphQLInputType, path: string[], seen: Set<string>) => {
    const nullable = getNullableType(type);
    const named = getNamedType(type);
    const last = path[path.length - 1]!;
    if (named.name === 'ID') {
      const slotType = last === 'id' || last === 'ids' ? (ID_BY_FIELD[field.name] ?? 'Node') : slotTypeOf(field.name, last);
      slots.push({ path, type: slotType ?? `?${last}`, list: isListType(nullable) });
      return;
    }
    if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const inner of Object.values(named.getFields())) walk(inner.type, [...path, inner.name], new Set([...seen, named.name]));
    }
  };
  for (const arg of field.args) walk(arg.type, [arg.name], new Set());
  return slots;
}

function withSlot(args: Record<string, unknown>, slot: Slot, value: string): Record<string, unknown> {
  const copy = structuredClone(args);
  let target: Record<string, unknown> = copy;
  for (const [index, part] of slot.path.entries()) {
    if (index === slot.path.length - 1) {
      target[part] = slot.list ? [value] : value;
    } else {
      let next = target[part];
      if (Array.isArray(next)) next = next[0];
      if (!next || typeof next !== 'object') {
        next = {};
        target[part] = next;
      }
      target = next as Record<string, unknown>;
    }
  }
  return copy;
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isUnionType(named)) return '{ __typename ... on Error { code message } }';
  if (isObjectType(named) || named.name === 'Node') return '{ __typename }';
  return '';
}

/** What a caller learns from an answer: the HTTP status, the errors' codes and messages, the result's type. */
function answerOf(response: GraphQLResponse, field: string) {
  const result = (response.data as Record<string, unknown> | null | undefined)?.[field];
  const first = Array.isArray(result) ? result[0] : result;
  const typed = first && typeof first === 'object' ? (first as { __typename?: string; code?: string; message?: string }) : first;
  return {
    status: response.status,
    errors: (response.errors ?? []).map((e) => `${e.extensions?.code}: ${e.message.replace(/"[^"]*"/g, '"…"')}`),
    result: typed && typeof typed === 'object' ? { type: typed.__typename, code: typed.code, message: typed.message } : (typed ?? null),
  };
}

beforeAll(async () => {
  env = await createTestEnvironment({ env: { WEBHOOK_POLL_MS: '0' } });
  await executeRows(env.db, sql.raw(`create table existence_writes (table_name text not null)`));
  await executeRows(
    env.db,
    sql.raw(`create function existence_count_write() returns trigger language plpgsql as $$
      begin
        -- A key's last-used stamp is its authentication, not the refused call's doing.
        if tg_table_name = 'api_keys' and tg_op = 'UPDATE' then return null; end if;
        insert into existence_writes values (tg_table_name); return null;
      end $$`),
  );
  schema = buildClientSchema((await Fuzzer.introspect(env.anonymous)) as never);

  // The callers, none of whom owns the foreign rows (those are in Henan and not theirs).
  const shandongStaff = await env.as(demo.shandongStaff);
  const shandongUnion = (await env.anonymous.query(`{ unionByCode(code: "370000") { id } }`)).unionByCode.id;
  const created = await shandongStaff.query(
    `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { __typename ... on CreateApiClientSuccess { client { id } } ... on Error { code message } } }`,
    { input: { name: '存在性检查', organization: '山东某公司', union: shandongUnion } },
  );
  const clientId = created.createApiClient.client.id as string;
  const issued = await shandongStaff.query(
    `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { __typename ... on IssueApiKeySuccess { issued { secret } } ... on Error { code message } } }`,
    { input: { client: clientId, scopes: ['READ_UNIONS'] } },
  );
  const key = new GraphQLClient(env.url, issued.issueApiKey.issued.secret);
  callers = [
    { name: 'anonymous', client: env.anonymous },
    { name: 'member', client: await env.as(demo.memberZhou) },
    { name: 'another member', client: await env.as(demo.memberWu) },
    { name: 'merchant staff of another merchant', client: await env.as('13700000001') },
    { name: 'employer of another employer', client: await env.as('13600000001') },
    { name: 'union staff of another subtree', client: shandongStaff },
    { name: 'integrator key without the scope', client: key },
  ];

  // A draft offer of another merchant, and a Henan member's claim and job application.
  const checkup = await env.as(merchantStaff.checkupJianxi);
  const checkupMerchant = await merchantOf(checkup);
  await checkup.query(CREATE_OFFER, {
    input: {
      merchant: checkupMerchant.id, title: '体检套餐草稿', description: '仅商家可见的草稿。', category: 'MEDICAL_CHECKUP', kind: 'PERCENTAGE_OFF',
      percentPaid: 80, validFrom: '2026-12-01T00:00:00+08:00', validUntil: '2027-12-01T00:00:00+08:00', stores: checkupMerchant.stores.map((x) => x.id),
    },
  });
  const wang = await env.as(demo.memberWang);
  const published = (await env.anonymous.query(`{ offers(first: 20) { nodes { id merchant { id } } } }`)).offers.nodes as { id: string; merchant: { id: string } }[];
  const hotpot = (await merchantOf(await env.as(merchantStaff.hotpotLuoyang))).id;
  for (const offer of published.filter((o) => o.merchant.id !== hotpot)) {
    if ((await wang.query(CLAIM, { input: { offer: offer.id } })).claimOffer.__typename === 'ClaimOfferSuccess') break;
  }
  const postings = (await env.anonymous.query(`{ jobPostings(first: 10) { nodes { id } } }`)).jobPostings.nodes as { id: string }[];
  for (const posting of postings) {
    const applied = await wang.request(`mutation($input: ApplyForJobInput!) { applyForJob(input: $input) { __typename } }`, { input: { posting: posting.id } });
    if (applied.data?.applyForJob?.__typename === 'ApplyForJobSuccess') break;
  }

  // Henan's own integration: a client, a key and a webhook subscription that none of the callers owns.
  const luoyangStaff = await env.as(demo.luoyangStaff);
  const luoyang = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
  const henanClient = (
    await luoyangStaff.query(
      `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { ... on CreateApiClientSuccess { client { id } } } }`,
      { input: { name: '洛阳对接', organization: '洛阳市大数据局', union: luoyang } },
    )
  ).createApiClient.client.id;
  const henanKey = (
    await luoyangStaff.query(
      `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { ... on IssueApiKeySuccess { issued { secret } } } }`,
      { input: { client: henanClient, scopes: ['MANAGE_WEBHOOKS'] } },
    )
  ).issueApiKey.issued.secret;
  await new GraphQLClient(env.url, henanKey).query(
    `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { __typename } }`,
    { input: { url: 'https://hooks.example.com/luoyang', events: ['OFFER_PUBLISHED'] } },
  );

  const one = async (query: string) => {
    try {
      return (await executeRows<{ id: string }>(env.db, sql.raw(query)))[0]?.id;
    } catch (error) {
      throw new Error(`fixture query failed: ${query}: ${(error as Error).message}`);
    }
  };
  const ids = async (query: string) => (await executeRows<{ id: string }>(env.db, sql.raw(query))).map((r) => `'${r.id}'`).join(', ') || `'${UNKNOWN}'`;
  const users = await ids(`select id from users where phone in ('${demo.memberZhou}', '${demo.memberWu}', '13700000001', '13600000001', '${demo.shandongStaff}')`);
  const members = await ids(`select m.id from members m join users u on u.id = m.user_id where u.phone in ('${demo.memberZhou}', '${demo.memberWu}')`);
  const organization = async (role: string) =>
    `'${(await one(`select organization_id as id from role_grants g join users u on u.id = g.user_id where g.role = '${role}' and u.phone = '${role === 'merchant_staff' ? '13700000001' : '13600000001'}'`)) ?? UNKNOWN}'`;
  const merchant = await organization('merchant_staff');
  const employer = await organization('employer_staff');
  const client = `'${(clientId && Buffer.from(clientId, 'base64').toString().split(':')[1]) ?? UNKNOWN}'`;
  for (const [type, query] of Object.entries(FOREIGN_ROWS)) {
    const id = await one(
      query.replaceAll('$merchant', merchant).replaceAll('$employer', employer).replaceAll('$members', members).replaceAll('$users', users).replaceAll('$client', client),
    );
    if (id) foreign[type] = b64(type, id);
  }
  // Count every write from here on, as fuzz.test.ts does.
  await executeRows(
    env.db,
    sql.raw(`do $$ declare t record; begin
      for t in select tablename from pg_tables where schemaname = 'public' and tablename <> 'existence_writes' loop
        execute format('create trigger existence_count after insert or update or delete on %I for each row execute function existence_count_write()', t.tablename);
      end loop;
    end $$`),
  );
}, 420_000);

afterAll(async () => {
  await env?.close();
});

describe('an unknown id and another party’s id', () => {
  it('get the same answer for every caller, every field that takes an id and every id slot, and write nothing', async () => {
    const failures: string[] = [];
    const uncovered = new Set<string>();
    let compared = 0;
    let reachedRules = 0;
    const fields = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ['query', field] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ['mutation', field] as const),
    ];
    // What a caller may read is no secret from it: such pairs are not compared.
    const readable = new Set<string>();
    for (const { name, client } of callers) {
      for (const [type, id] of Object.entries(foreign)) {
        const read = await client.request(`query($id: ID!) { node(id: $id) { __typename } }`, { id });
        if (read.data?.node) readable.add(`${name}/${type}`);
      }
    }
    let skippedReadable = 0;
    for (const [operation, field] of fields) {
      const slots = slotsOf(field);
      if (slots.length === 0) continue;
      const base: Record<string, unknown> = {};
      for (const arg of field.args) if (isNonNullType(arg.type)) base[arg.name] = plausible(arg.type, arg.name);
      const declared = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
      const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
      const query = `${operation} Walk(${declared}) { ${field.name}(${passed}) ${selectionOf(field)} }`;
      for (const slot of slots) {
        const types = slot.type === 'Node' ? Object.keys(FOREIGN_ROWS) : [slot.type];
        for (const type of types) {
          if (type.startsWith('?')) {
            failures.push(`${field.name}(${slot.path.join('.')}): no node type known for this slot (add it to SLOT_TYPES)`);
            continue;
          }
          if (PUBLIC_TYPES.has(type) || type === 'User') continue;
          const other = foreign[type];
          if (!other) {
            uncovered.add(type);
            continue;
          }
          for (const { name, client } of callers) {
            if (readable.has(`${name}/${type}`)) {
              skippedReadable += 1;
              continue;
            }
            const before = await writesSoFar();
            const unknownResponse = await client.request(query, withSlot(base, slot, b64(type, UNKNOWN)));
            const foreignResponse = await client.request(query, withSlot(base, slot, other));
            const written = (await writesSoFar()) - before;
            const where = `${name} ${field.name}(${slot.path.join('.')}: ${type})`;
            const unknownAnswer = answerOf(unknownResponse, field.name);
            const foreignAnswer = answerOf(foreignResponse, field.name);
            compared += 1;
            const invalidInput =
              unknownAnswer.errors.some((e) => e.startsWith('BAD_USER_INPUT')) ||
              (typeof unknownAnswer.result === 'object' && unknownAnswer.result?.code === 'INVALID_INPUT');
            if (!invalidInput) reachedRules += 1;
            for (const problem of [...internalErrorsOf(unknownResponse), ...internalErrorsOf(foreignResponse)]) failures.push(`${where}: ${problem}`);
            if (unknownAnswer.errors.some((e) => e.includes('无效的 ID'))) {
              failures.push(`${where}: the unknown id was refused as malformed: the slot takes another type (fix SLOT_TYPES)`);
            }
            if (JSON.stringify(unknownAnswer) !== JSON.stringify(foreignAnswer)) {
              failures.push(`${where}:\n    unknown: ${JSON.stringify(unknownAnswer)}\n    foreign: ${JSON.stringify(foreignAnswer)}`);
            }
            if (written !== 0) failures.push(`${where}: wrote ${written} row(s)`);
          }
        }
      }
    }
    console.log(
      `existence walk: ${compared} comparisons (${reachedRules} past input validation), ${skippedReadable} skipped (the caller may read the row), ${failures.length} failures; no foreign row for: ${[...uncovered].join(', ') || 'none'}`,
    );
    if (failures.length) console.log(failures.join('\n'));
    expect(failures.slice(0, 40).join('\n')).toBe('');
  }, 900_000);
});
