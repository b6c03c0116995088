import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiMoment } from '@huigong/schema/stations/hours';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import { ALWAYS, CLOSE, CREATE, NEAR, ok, REMOVE_EXCEPTION, REOPEN, run, SET_EXCEPTION, station, UNION, UPDATE } from './fixtures.ts';

// A corner of the map the demo seed leaves empty (near 固原), so the demo stations stay out of the way.
const HERE = { latitude: 36.0, longitude: 106.28 };
const north = (metres: number) => HERE.latitude + metres / 111_195;

let env: TestEnvironment;
let luoyang: GraphQLClient;
let zhengzhou: GraphQLClient;
let member: GraphQLClient;
let laochengId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  env = await createTestEnvironment();
  [luoyang, zhengzhou, member] = await Promise.all([env.as(demo.luoyangStaff), env.as(demo.zhengzhouStaff), env.as(demo.memberZheng)]);
  laochengId = (await env.anonymous.query(UNION, { code: 'G410302001' })).unionByCode.id;
  const make = async (key: string, input: Record<string, unknown>) => {
    ids[key] = (await ok(luoyang, CREATE, { union: laochengId, ...input })).id;
  };
  // 300 m: water only. 600 m: water and heating, lawyer on duty today. 900 m: both, closed today by an exception.
  // 2 km: both, a nursing room. 5 km: both.
  await make('near', station('西关驿站', north(300), HERE.longitude, ['WATER', 'REST']));
  await make('warm', station('东关暖心驿站', north(600), HERE.longitude, ['WATER', 'HEATING', 'MICROWAVE'], {
    kind: 'WARM_HEART',
    dutyLawyers: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, name: '李律师', phone: '13700001111' })),
  }));
  await make('shut', station('南关驿站', north(900), HERE.longitude, ['WATER', 'HEATING']));
  await make('mama', station('妈咪小屋', north(2_000), HERE.longitude, ['WATER', 'HEATING', 'FRIDGE'], { kind: 'NURSING_ROOM' }));
  await make('far', station('北郊服务站', north(5_000), HERE.longitude, ['WATER', 'HEATING']));
  await ok(luoyang, SET_EXCEPTION, { station: ids.shut, on: shanghaiMoment().date, closed: true, note: '设备检修' });
}, 120_000);

afterAll(async () => {
  await env?.close();
});

const names = (data: any) => data.stationsNear.edges.map((e: any) => e.node.name);

describe('service stations: run by a union, found by anyone nearby', () => {
  it('lets a worker find the nearest open station with water and heating, and open navigation', async () => {
    const data = await env.anonymous.query(NEAR, { near: HERE, filter: { amenities: ['WATER', 'HEATING'], openNow: true }, first: 2 });
    expect(names(data)).toEqual(['东关暖心驿站', '妈咪小屋']);
    const first = data.stationsNear.edges[0];
    expect(first.distanceMetres).toBeGreaterThan(580);
    expect(first.distanceMetres).toBeLessThan(620);
    expect(first.walkMinutes).toBe(Math.ceil(first.distanceMetres / 80));
    expect(first.node.openNow).toBe(true);
    expect(first.node.navigation.amap).toContain(`${HERE.longitude},${north(600)}`);
    expect(first.node.navigation.amap).toContain('coordinate=wgs84');

    // Within 80 minutes' walk (6.4 km): the five stations of this test, whatever other tests add elsewhere.
    const all = await env.anonymous.query(NEAR, { near: HERE, filter: { withinWalkMinutes: 80 }, first: 10 });
    expect(names(all)).toEqual(['西关驿站', '东关暖心驿站', '南关驿站', '妈咪小屋', '北郊服务站']);
    // The SQL filter and the field agree on what is open now.
    const open = await env.anonymous.query(NEAR, { near: HERE, filter: { openNow: true, withinWalkMinutes: 80 }, first: 10 });
    expect(names(open)).toEqual(all.stationsNear.edges.filter((e: any) => e.node.openNow).map((e: any) => e.node.name));
    expect(names(open)).not.toContain('南关驿站');
  });

  it('filters by kind and by a walking radius (15 minutes at 80 m a minute is 1.2 km)', async () => {
    const walk = await env.anonymous.query(NEAR, { near: HERE, filter: { withinWalkMinutes: 15 } });
    expect(names(walk)).toEqual(['西关驿站', '东关暖心驿站', '南关驿站']);
    const kinds = await env.anonymous.query(NEAR, { near: HERE, filter: { kinds: ['NURSING_ROOM', 'WARM_HEART'] } });
    expect(names(kinds).slice(0, 2)).toEqual(['东关暖心驿站', '妈咪小屋']);
    const bad = await env.anonymous.query(NEAR, { near: HERE, filter: { withinWalkMinutes: 0 } }).catch((e) => e);
    expect(String(bad)).toMatch(/BAD_USER_INPUT|步行/);
  });

  it('pages with cursors and refuses made-up ones as bad input', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i += 1) {
      const data: any = await env.anonymous.query(NEAR, { near: HERE, first: 2, after });
      seen.push(...names(data));
      after = data.stationsNear.pageInfo.endCursor;
    }
    expect(seen.slice(0, 5)).toEqual(['西关驿站', '东关暖心驿站', '南关驿站', '妈咪小屋', '北郊服务站']);
    const hostile = [
      'garbage',
      'SN:',
      `SN:${Buffer.from('{"d":"1; drop table stations","i":"x"}').toString('base64url')}`,
      `SN:${Buffer.from('{"d":-1,"i":"00000000-0000-0000-0000-000000000000"}').toString('base64url')}`,
      `SN:${Buffer.from('{"d":1e400,"i":"00000000-0000-0000-0000-000000000000"}').toString('base64url')}`,
      'SN:' + 'A'.repeat(500),
    ];
    for (const cursor of hostile) {
      const answer = await env.anonymous.request(NEAR, { near: HERE, after: cursor });
      expect(answer.errors?.[0]?.extensions?.code, cursor).toBe('BAD_USER_INPUT');
    }
    const backwards = await env.anonymous.request(`query($near: GeoPointInput!) { stationsNear(near: $near, last: 2) { edges { cursor } } }`, { near: HERE });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const outOfRange = await env.anonymous.request(NEAR, { near: { latitude: 91, longitude: 0 } });
    expect(outOfRange.errors?.[0]?.extensions?.code ?? outOfRange.data).toBeTruthy();
    expect(JSON.stringify(outOfRange)).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('shows hours, exceptions and the lawyer on duty, and only staff over the union may change them', async () => {
    const warm = (await env.anonymous.query(`query($id: ID!) { node(id: $id) { ... on Station { lawyerOnDutyToday { name phone } viewerCan { edit report } hours { weekday } } } }`, { id: ids.warm })).node;
    expect(warm).toMatchObject({ lawyerOnDutyToday: { name: '李律师' }, viewerCan: { edit: false, report: false } });
    expect(warm.hours).toHaveLength(7);

    const input = { station: ids.near, ...station('西关驿站', north(300), HERE.longitude, ['WATER', 'REST', 'TOILET']) };
    expect(await run(zhengzhou, UPDATE, input)).toMatchObject({ __typename: 'NotFound' });
    expect((await member.request(UPDATE, { input })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const overlap = await run(luoyang, UPDATE, { ...input, hours: [{ weekday: 1, opens: '08:00', closes: '12:00' }, { weekday: 1, opens: '11:00', closes: '18:00' }] });
    expect(overlap.fieldErrors[0]).toMatchObject({ code: 'OVERLAPPING_HOURS' });
    const backwards = await run(luoyang, UPDATE, { ...input, hours: [{ weekday: 9, opens: '18:00', closes: '08:00' }] });
    expect(backwards.__typename).toBe('InputValidationError');
    const reversed = await run(luoyang, UPDATE, { ...input, hours: [{ weekday: 2, opens: '18:00', closes: '08:00' }] });
    expect(reversed.fieldErrors[0]).toMatchObject({ code: 'CLOSES_BEFORE_OPENS' });
    const updated = await ok(luoyang, UPDATE, { ...input, hours: ALWAYS });
    expect(updated.amenities).toEqual(['WATER', 'REST', 'TOILET']);
    expect(updated.viewerCan).toMatchObject({ edit: true, close: true, reopen: false, inspect: true });

    // Special hours for today that exclude the present minute, then removed again.
    const { minute, date } = shanghaiMoment();
    const [opens, closes] = minute < 720 ? ['23:00', '23:30'] : ['00:00', '00:30'];
    const special = await ok(luoyang, SET_EXCEPTION, { station: ids.near, on: date, closed: false, opens, closes, note: '节日特殊时间' });
    expect(special.openNow).toBe(false);
    expect(special.upcomingExceptions[0]).toMatchObject({ on: date, closed: false, opens, closes });
    const missing = await run(luoyang, SET_EXCEPTION, { station: ids.near, on: date, closed: false });
    expect(missing.fieldErrors[0].field).toEqual(['input', 'opens']);
    expect((await ok(luoyang, REMOVE_EXCEPTION, { station: ids.near, on: date })).openNow).toBe(true);
    expect(await run(luoyang, REMOVE_EXCEPTION, { station: ids.near, on: date })).toMatchObject({ __typename: 'NotFound' });
  });

  it('closes and reopens a station; a closed one leaves the search', async () => {
    expect(await run(zhengzhou, CLOSE, { station: ids.far, reason: '场地拆迁' })).toMatchObject({ __typename: 'NotFound' });
    const closed = await ok(luoyang, CLOSE, { station: ids.far, reason: '场地拆迁' });
    expect(closed).toMatchObject({ status: 'CLOSED', closedReason: '场地拆迁', openNow: false, viewerCan: { close: false, reopen: true } });
    expect(await run(luoyang, CLOSE, { station: ids.far, reason: '场地拆迁' })).toMatchObject({ __typename: 'InvalidTransition', fromState: 'closed' });
    const data = await env.anonymous.query(NEAR, { near: HERE, first: 10 });
    expect(names(data)).not.toContain('北郊服务站');
    expect((await ok(luoyang, REOPEN, { station: ids.far })).status).toBe('ACTIVE');
  });

  it('closes a station once when two staff close it at the same time', async () => {
    const results = await Promise.all([luoyang, luoyang, luoyang].map((c) => run(c, CLOSE, { station: ids.mama, reason: '暂停服务' })));
    expect(results.filter((r) => r.__typename === 'CloseStationSuccess')).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'InvalidTransition')).toHaveLength(2);
    await ok(luoyang, REOPEN, { station: ids.mama });
  });
});
