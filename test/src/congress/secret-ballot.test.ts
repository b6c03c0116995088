import { sql } from 'drizzle-orm';
import { executeRows } from '@huigong/db';
import { getNamedType, isObjectType, type GraphQLObjectType } from 'graphql';
import { getSchema } from '@huigong/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { ADD_DELEGATES, ADD_RESOLUTION, ADVANCE, CAST, CLOSE_VOTE, CREATE, HOSPITAL, ok, OPEN_VOTE, SET_ROLES, SIGN_IN, STAFF, UNION, workers, type Worker } from './fixtures.ts';

/**
 * Who voted how is not readable by any role: the API has no path from a delegate to a choice,
 * and the table of choices holds nothing that names or dates a delegate.
 */
let env: TestEnvironment;
let people: Worker[];

beforeAll(async () => {
  env = await createTestEnvironment();
  const unionId = (await executeRows<{ id: string }>(env.db, sql`select id from unions where code = ${HOSPITAL}`))[0]!.id;
  people = await workers(env.db, env.anonymous, unionId, 4, 500);
}, 120_000);

afterAll(async () => {
  await env?.close();
});

describe('secret ballots', () => {
  it('store the choice apart from the roster, with nothing that links them', async () => {
    const columns = async (table: string) =>
      (await executeRows<{ column_name: string }>(env.db, sql`select column_name from information_schema.columns where table_name = ${table} order by column_name`)).map((r) => r.column_name);
    expect(await columns('congress_ballots')).toEqual(['choice', 'id', 'receipt_hash', 'resolution_id']);
    expect(await columns('congress_ballot_roster')).toEqual(['delegate_id', 'resolution_id']);
  });

  it('no type of the API carries a choice next to a delegate or a person, except the caster’s own receipt', () => {
    const schema = getSchema();
    const offenders: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const fields = Object.values((type as GraphQLObjectType).getFields());
      const hasChoice = fields.some((f) => getNamedType(f.type).name === 'CongressChoice');
      if (hasChoice && type.name !== 'CongressBallotCast') offenders.push(type.name);
    }
    expect(offenders).toEqual([]);
    // The receipt type names no delegate and is not a node: it cannot be fetched again.
    const cast = schema.getType('CongressBallotCast') as GraphQLObjectType;
    expect(Object.keys(cast.getFields()).sort()).toEqual(['changed', 'choice', 'receipt', 'resolution']);
    expect(cast.getInterfaces()).toEqual([]);
  });

  it('staff, the presidium and the platform admin read counts only after the tally, and never who voted how', async () => {
    const staff = await env.as(STAFF);
    const admin = await env.as(demo.admin);
    const hospital = (await env.anonymous.query(UNION, { code: HOSPITAL })).unionByCode.id;
    const s = await ok(staff, CREATE, { union: hospital, title: '无记名投票测试' });
    const added = await ok(staff, ADD_DELEGATES, { session: s.id, groupName: '一组', cardNumbers: people.map((p) => p.cardNumber) });
    await ok(staff, SET_ROLES, { delegate: added.delegates.nodes[0].id, isGroupLeader: false, isPresidium: true });
    const presidium = people.find((p) => p.name === added.delegates.nodes[0].memberName)!;
    for (const to of ['LAUNCHED', 'PREPARATORY', 'OPENING']) await ok(staff, ADVANCE, { session: s.id, to });
    const r = await ok(staff, ADD_RESOLUTION, { session: s.id, title: '无记名表决', body: '四名代表。' });
    await ok(staff, OPEN_VOTE, { resolution: r.id, endsAt: new Date(Date.now() + 3600_000).toISOString() });
    for (const p of people) await ok(p.client, SIGN_IN, { session: s.id });

    // Every field a reader can ask of the resolution and the delegates, as each role.
    const EVERYTHING = /* GraphQL */ `query($s: ID!, $r: ID!) {
      s: node(id: $s) { ... on CongressSession { delegates(first: 10) { nodes { id memberName groupName isPresidium signedInStages } } } }
      r: node(id: $r) { ... on CongressResolution { status turnout presentCount forCount againstCount abstainCount quorumMet viewerHasVoted } }
    }`;
    const readers = { staff, admin, presidium: presidium.client };
    const snapshot = async () => Object.fromEntries(await Promise.all(Object.entries(readers).map(async ([k, c]) => [k, await c.query(EVERYTHING, { s: s.id, r: r.id })])));

    const before = await snapshot();
    await ok(people[1]!.client, CAST, { resolution: r.id, choice: 'AGAINST' });
    const after = await snapshot();
    // Watching the figures around one ballot reveals only that someone voted, never how.
    for (const who of Object.keys(readers)) {
      expect(after[who].r).toMatchObject({ turnout: 1, forCount: null, againstCount: null, abstainCount: null });
      expect(JSON.stringify(after[who].s)).toBe(JSON.stringify(before[who].s));
    }
    for (const p of [people[0]!, people[2]!, people[3]!]) await ok(p.client, CAST, { resolution: r.id, choice: 'FOR' });
    const tallied = await ok(staff, CLOSE_VOTE, { resolution: r.id });
    expect(tallied).toMatchObject({ forCount: 3, againstCount: 1 });

    // Nothing about a ballot went into the audit trail or anywhere a delegate id sits beside a choice.
    const audit = await executeRows<{ n: string }>(env.db, sql`select count(*) as n from audit_events where data::text ilike '%against%' and action <> 'congress_resolution.tallied'`);
    expect(Number(audit[0]!.n)).toBe(0);
  }, 90_000);
});
