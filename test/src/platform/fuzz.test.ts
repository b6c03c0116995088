import { executeRows } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import { Fuzzer, internalErrorsOf, refused, type FuzzCall } from './fuzz.ts';

/**
 * Every query and mutation, driven by introspection (a new field is covered without anyone
 * listing it), with type-correct and type-wrong arguments, hostile strings, malformed and
 * wrong-type IDs and cursors, anonymously and as each kind of user. No answer may be a 5xx or
 * INTERNAL_SERVER_ERROR, and a refused mutation may write no row (counted by triggers on every
 * table). Replay a failure with FUZZ_SEED=<seed>; FUZZ_ROUNDS sets the rounds over all fields.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 3);

let env: TestEnvironment;
let clients: { name: string; client: GraphQLClient }[];
let fuzzer: Fuzzer;

async function writesSoFar(): Promise<number> {
  const [row] = await executeRows<{ n: number | string }>(env.db, sql`select count(*) as n from fuzz_writes`);
  return Number(row?.n ?? 0);
}

beforeAll(async () => {
  env = await createTestEnvironment({ env: { WEBHOOK_POLL_MS: '0' } });
  // Every row written to an application table leaves a row here, in the same transaction, so a
  // rolled-back write leaves nothing and a committed one is counted.
  await executeRows(env.db, sql.raw(`create table fuzz_writes (table_name text not null)`));
  await executeRows(
    env.db,
    sql.raw(`create function fuzz_count_write() returns trigger language plpgsql as $$
      begin insert into fuzz_writes values (tg_table_name); return null; end $$`),
  );
  await executeRows(
    env.db,
    sql.raw(`do $$ declare t record; begin
      for t in select tablename from pg_tables where schemaname = 'public' and tablename <> 'fuzz_writes' loop
        execute format('create trigger fuzz_count after insert or update or delete on %I for each row execute function fuzz_count_write()', t.tablename);
      end loop;
    end $$`),
  );
  const signedIn = await Promise.all(
    (
      [
        ['member', demo.memberWang],
        ['hardship member', demo.memberZhang],
        ['union staff', demo.luoyangStaff],
        ['reviewer', demo.reviewerQian],
        ['finance', demo.shandongFinance],
        ['merchant staff', '13700000001'],
        ['admin', demo.admin],
      ] as const
    ).map(async ([name, phone]) => ({ name, client: await env.as(phone) })),
  );
  clients = [{ name: 'anonymous', client: env.anonymous }, ...signedIn];

  // Real IDs of several types, so that some requests get past decoding to the rules behind.
  const ids: Record<string, string[]> = {};
  const add = (value: unknown) => {
    if (typeof value !== 'string') return;
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const type = decoded.slice(0, decoded.indexOf(':'));
    if (!/^[A-Z]\w*$/.test(type)) return;
    (ids[type] ??= []).includes(value) || ids[type]!.push(value);
  };
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) (key === 'id' ? add(item) : collect(item));
    }
  };
  const member = clients.find((c) => c.name === 'member')!.client;
  collect(
    await env.anonymous.query(`{
      offers(first: 5) { nodes { id merchant { id } stores { store { id } } } }
      jobPostings(first: 5) { nodes { id employer { id } } }
      competitions(first: 5) { nodes { id events { nodes { id } } } }
      grantCalls(first: 5) { nodes { id tiers { id } criteria { id } } }
      unions(first: 5) { nodes { id } }
      jobFairs(first: 3) { nodes { id } }
      classCourses(first: 5) { nodes { id sessions { id } } }
    }`),
  );
  collect(await member.query(`{ me { id member { id union { id } } } }`));
  fuzzer = new Fuzzer(await Fuzzer.introspect(env.anonymous), SEED, ids);
}, 180_000);

afterAll(async () => {
  await env?.close();
});

describe(`fuzz (FUZZ_SEED=${SEED}, FUZZ_ROUNDS=${ROUNDS})`, () => {
  it('answers every root field with typed client errors, and refused mutations write nothing', async () => {
    const failures: string[] = [];
    const show = (call: FuzzCall, who: string, what: string) =>
      `${who} ${call.field}: ${what}\n    ${call.query}\n    ${JSON.stringify(call.variables).slice(0, 400)}`;
    const fields = fuzzer.rootFields();
    let requests = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const { operation, field } of fields) {
        for (const { name, client } of clients) {
          const call = fuzzer.call(operation, field);
          const before = operation === 'mutation' ? await writesSoFar() : 0;
          const response = await client.request(call.query, call.variables);
          requests += 1;
          for (const problem of internalErrorsOf(response)) failures.push(show(call, name, problem));
          if (operation === 'mutation' && refused(response, call.field)) {
            const written = (await writesSoFar()) - before;
            if (written !== 0) failures.push(show(call, name, `refused but wrote ${written} row(s): ${JSON.stringify(response.errors ?? response.data).slice(0, 300)}`));
          }
        }
      }
    }
    console.log(`fuzz: ${requests} requests over ${fields.length} root fields, ${failures.length} failures (FUZZ_SEED=${SEED})`);
    expect(failures.slice(0, 15).join('\n')).toBe('');
  }, 600_000);

  it('answers the reported reproducers with their proper codes', async () => {
    const offerId = Buffer.from('Offer:x').toString('base64');
    const cases: [string, Record<string, unknown> | undefined, string][] = [
      ['{ node(id: "abc") { id } }', undefined, 'BAD_USER_INPUT'],
      ['{ node(id: 1) { id } }', undefined, 'BAD_USER_INPUT'],
      [`{ node(id: "${offerId}") { id } }`, undefined, 'BAD_USER_INPUT'],
      [`{ node(id: "${Buffer.from('__proto__:x').toString('base64')}") { id } }`, undefined, 'BAD_USER_INPUT'],
      ['mutation { withdrawJobApplication(input: { id: 123 }) { __typename } }', undefined, 'BAD_USER_INPUT'],
      ['{ offers(after: "zzz") { nodes { id } } }', undefined, 'BAD_USER_INPUT'],
      ['{ jobPostings(first: 5, after: " ") { nodes { id } } }', undefined, 'BAD_USER_INPUT'],
      ['{ jobFairs(first: 1, last: 1) { nodes { id } } }', undefined, 'BAD_USER_INPUT'],
      ['query ($c: String!) { unionByCode(code: $c) { id } }', { c: '\u0000' }, 'BAD_USER_INPUT'],
      ['query ($t: String) { offers(filter: { text: $t }) { nodes { id } } }', { t: 'a\u0000b' }, 'BAD_USER_INPUT'],
      ['query ($t: String) { offers(filter: { text: $t }) { nodes { id } } }', { t: '火'.repeat(51) }, 'BAD_USER_INPUT'],
      ['query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, () => offerId) }, 'BAD_USER_INPUT'],
      ['subscription { x }', undefined, 'BAD_REQUEST'],
    ];
    for (const [query, variables, code] of cases) {
      const response = await env.anonymous.request(query, variables);
      expect(internalErrorsOf(response), query).toEqual([]);
      expect(response.errors?.[0]?.extensions?.code, query).toBe(code);
    }
    const withCursor = await env.anonymous.request(
      `{ jobFairs(first: 5, before: "${Buffer.from('DC:J:["x"]').toString('base64')}") { nodes { id } } }`,
    );
    expect(withCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Persisted queries: a hash that does not match, and a version that does not exist.
    for (const version of [1, 2]) {
      const response = await fetch(`${env.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version, sha256Hash: 'abc' } } }),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('BAD_REQUEST');
    }
  });
});
