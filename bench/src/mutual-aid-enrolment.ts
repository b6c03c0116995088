/**
 * Benchmark scenario (issue 18): a unit enrols 10,000 members from one CSV file, through the API
 * as the storefront does it (chunks of 2,000 rows, then one submit that checks every row and
 * writes the covers in one transaction), and the city records the premium. Prints the times; no
 * assertion on them anywhere.
 *
 *   npm run bench:mutual-aid                      # embedded PGlite (in memory)
 *   DATABASE_URL=postgres://… npm run bench:mutual-aid   # a fresh database huigong_bench_mutual_aid
 *   npm run bench:mutual-aid -- --members 20000
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '@huigong/api/config';
import { startServer } from '@huigong/api/server';
import { members, openDatabase, unions, users, type DatabaseHandle } from '@huigong/db';
import { DEMO_PASSWORD, seedDemoData } from '@huigong/db/seed/demo';
import { hashPassword } from '@huigong/schema';
import { luhnCheckDigit } from '@huigong/schema/common/validators';
import { eq } from 'drizzle-orm';
import postgres from 'postgres';

const { values: args } = parseArgs({ options: { members: { type: 'string', default: '10000' } } });
const COUNT = Number(args.members);
const CHUNK = 2000;
const UNIT = 'G410302001';
const UNIT_STAFF = '13800000105';
const CITY_STAFF = '13800000101';

async function database(): Promise<{ handle: DatabaseHandle; kind: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { handle: await openDatabase({ dataDir: 'memory://' }), kind: 'PGlite (memory)' };
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe('drop database if exists huigong_bench_mutual_aid with (force)');
  await admin.unsafe('create database huigong_bench_mutual_aid');
  await admin.end();
  const target = new URL(url);
  target.pathname = '/huigong_bench_mutual_aid';
  return { handle: await openDatabase({ url: target.toString(), maxConnections: 10 }), kind: 'PostgreSQL' };
}

const ms = (from: number) => `${(performance.now() - from).toFixed(0)} ms`;

const { handle, kind } = await database();
await handle.migrate();
await seedDemoData(handle.db, await hashPassword(DEMO_PASSWORD));

// The unit's members, written straight to the database (the scenario is the enrolment, not sign-up).
const [unit] = await handle.db.select({ id: unions.id }).from(unions).where(eq(unions.code, UNIT));
const people = Array.from({ length: COUNT }, (_, i) => {
  const body = `623100410302${String(500_000 + i).padStart(6, '0')}`;
  return { phone: `1399${String(i).padStart(7, '0')}`, card: body + luhnCheckDigit(body), name: `职工${String(i).padStart(5, '0')}` };
});
for (let at = 0; at < COUNT; at += 1000) {
  const slice = people.slice(at, at + 1000);
  const rows = await handle.db
    .insert(users)
    .values(slice.map((p) => ({ phone: p.phone, displayName: p.name, passwordHash: 'bench' })))
    .returning({ id: users.id });
  await handle.db.insert(members).values(slice.map((p, i) => ({ userId: rows[i]!.id, cardNumber: p.card, unionId: unit!.id, realName: p.name })));
}

const server = await startServer(
  loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', COST_BUCKET_CAPACITY: '1000000', COST_RESTORE_RATE: '1000000' }),
  handle,
);

async function gql(token: string | null, query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const login = async (phone: string) =>
  (await gql(null, `mutation($i: LoginInput!) { login(input: $i) { ... on LoginSuccess { session { token } } } }`, { i: { phone, password: DEMO_PASSWORD } }))
    .login.session.token as string;

try {
  const unitToken = await login(UNIT_STAFF);
  const cityToken = await login(CITY_STAFF);
  const ids = await gql(unitToken, `query($c: String!) { unionByCode(code: $c) { id } mutualAidSchemes(first: 1) { nodes { id year } } }`, { c: UNIT });
  const scheme = ids.mutualAidSchemes.nodes[0];
  const csv = ['卡号,姓名', ...people.map((p) => `${p.card},${p.name}`)].join('\n');
  const lines = csv.split('\n');
  console.log(`mutual-aid enrolment on ${kind}: ${COUNT} members, file of ${(Buffer.byteLength(csv) / 1024).toFixed(0)} KB`);

  const start = performance.now();
  const created = await gql(
    unitToken,
    `mutation($i: CreateMutualAidEnrolmentInput!) { createMutualAidEnrolment(input: $i) { __typename ... on CreateMutualAidEnrolmentSuccess { enrolment { id } } } }`,
    { i: { scheme: scheme.id, union: ids.unionByCode.id, startsOn: `${scheme.year}-01-01` } },
  );
  const enrolment = created.createMutualAidEnrolment.enrolment.id;
  const uploadStart = performance.now();
  for (let at = 0; at < lines.length; at += CHUNK) {
    const added = await gql(
      unitToken,
      `mutation($i: AddMutualAidEnrolmentRowsInput!) { addMutualAidEnrolmentRows(input: $i) { __typename ... on Error { message } } }`,
      { i: { enrolment, csv: lines.slice(at, at + CHUNK).join('\n'), replace: at === 0 } },
    );
    if (added.addMutualAidEnrolmentRows.__typename !== 'AddMutualAidEnrolmentRowsSuccess') throw new Error(JSON.stringify(added));
  }
  const uploaded = ms(uploadStart);
  const submitStart = performance.now();
  const submitted = await gql(
    unitToken,
    `mutation($i: MutualAidEnrolmentActionInput!) { submitMutualAidEnrolment(input: $i) { __typename
      ... on SubmitMutualAidEnrolmentSuccess { enrolment { memberCount premiumDue { amount } } }
      ... on MutualAidEnrolmentRefused { refusedCount rows { line code } } ... on Error { message } } }`,
    { i: { enrolment } },
  );
  const checked = ms(submitStart);
  const result = submitted.submitMutualAidEnrolment;
  if (result.__typename !== 'SubmitMutualAidEnrolmentSuccess') throw new Error(JSON.stringify(result).slice(0, 500));
  const premiumStart = performance.now();
  const paid = await gql(
    cityToken,
    `mutation($i: RecordMutualAidPremiumInput!) { recordMutualAidPremium(input: $i) { __typename } }`,
    { i: { enrolment, paymentReference: `BENCH-${Date.now()}` } },
  );
  if (paid.recordMutualAidPremium.__typename !== 'RecordMutualAidPremiumSuccess') throw new Error(JSON.stringify(paid));
  console.log(`  upload ${Math.ceil(lines.length / CHUNK)} chunks of ${CHUNK} rows: ${uploaded}`);
  console.log(`  submit (check every row, write ${result.enrolment.memberCount} covers): ${checked}`);
  console.log(`  record premium ¥${result.enrolment.premiumDue.amount / 100} (activate every cover): ${ms(premiumStart)}`);
  console.log(`  total, from the new enrolment to active covers: ${ms(start)}`);
} finally {
  await server.stop();
  await handle.close();
}
