import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import { fileOf, PDF_HEADER, PNG_HEADER, upload } from '../files/uploads.ts';
import '../files/test-kinds.ts';
import { CREATE, DISMISS, INSPECT, NEAR, ok, REPORT, REPORTS, RESOLVE, run, station, TAKE, UNION } from './fixtures.ts';

const HERE = { latitude: 35.5, longitude: 106.0 };

let env: TestEnvironment;
let dir: string;
let luoyang: GraphQLClient;
let zhengzhou: GraphQLClient;
let grassroots: GraphQLClient;
let zheng: GraphQLClient;
let zhang: GraphQLClient;
let laochengId: string;
let stationId: string;

const photo = async (client: GraphQLClient, purpose = 'station_inspection_photo', data = fileOf(PNG_HEADER, 2000)) => {
  const answer = await upload(env.url, client.token, { data, fileName: '现场.png' }, { purpose });
  expect(answer.status, JSON.stringify(answer.json)).toBe(201);
  return answer.json.id as string;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huigong-stations-'));
  env = await createTestEnvironment({ env: { FILES_DIR: dir, FILES_SWEEP_INTERVAL_MS: '0' } });
  [luoyang, zhengzhou, grassroots, zheng, zhang] = await Promise.all([
    env.as(demo.luoyangStaff),
    env.as(demo.zhengzhouStaff),
    env.as(demo.laochengGrassrootsStaff),
    env.as(demo.memberZheng),
    env.as(demo.memberZhang),
  ]);
  laochengId = (await env.anonymous.query(UNION, { code: 'G410302001' })).unionByCode.id;
  stationId = (await ok(grassroots, CREATE, { union: laochengId, ...station('西大街户外劳动者驿站', HERE.latitude, HERE.longitude, ['WATER', 'HEATING']) })).id;
}, 120_000);

afterAll(async () => {
  await env?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('station inspections against the 八有 checklist', () => {
  it('records a failed inspection with photos, and the station is marked in search and detail', async () => {
    const photos = [await photo(grassroots), await photo(grassroots)];
    const failed = await ok(grassroots, INSPECT, {
      station: stationId,
      present: ['REST', 'WATER', 'HEATING', 'COOLING', 'MICROWAVE', 'TOILET', 'CHARGING'],
      photos,
      note: '急救药箱过期未更换',
    });
    expect(failed).toMatchObject({ result: 'FAIL', missing: ['MEDICINE'], station: { inspectionFailed: true, lastInspectionResult: 'FAIL' } });
    expect(failed.photos.map((p: any) => p.id)).toEqual(photos);
    const found = await env.anonymous.query(NEAR, { near: HERE, first: 1 });
    expect(found.stationsNear.edges[0].node).toMatchObject({ name: '西大街户外劳动者驿站', inspectionFailed: true });
    const excluded = await env.anonymous.query(NEAR, { near: HERE, first: 1, filter: { excludeFailed: true, withinWalkMinutes: 10 } });
    expect(excluded.stationsNear.edges).toEqual([]);

    // The photos: the city's staff see them, a member and Zhengzhou's staff do not.
    const PHOTOS = `query($id: ID!) { node(id: $id) { ... on Station { inspections(first: 5) { totalCount nodes { result photos { id } } } } } }`;
    expect((await luoyang.query(PHOTOS, { id: stationId })).node.inspections.nodes[0].photos).toHaveLength(2);
    const stranger = await zhengzhou.request(PHOTOS, { id: stationId });
    expect(stranger.data?.node?.inspections ?? null).toBeNull();
    const photoNode = await zheng.request(`query($id: ID!) { node(id: $id) { id } }`, { id: photos[0] });
    expect(photoNode.data?.node ?? null).toBeNull();

    const passed = await ok(luoyang, INSPECT, {
      station: stationId,
      present: ['REST', 'WATER', 'HEATING', 'COOLING', 'MICROWAVE', 'MEDICINE', 'TOILET', 'CHARGING'],
      photos: [await photo(luoyang)],
    });
    expect(passed).toMatchObject({ result: 'PASS', missing: [], station: { inspectionFailed: false } });
  });

  it('refuses inspections it cannot take, and attaches nothing then', async () => {
    const mine = await photo(grassroots);
    expect(await run(zhengzhou, INSPECT, { station: stationId, present: [], photos: [await photo(zhengzhou)] })).toMatchObject({ __typename: 'NotFound' });
    expect(await run(luoyang, INSPECT, { station: stationId, present: [], photos: [mine] })).toMatchObject({ __typename: 'NotFound' });
    expect((await run(grassroots, INSPECT, { station: stationId, present: [], photos: [] })).__typename).toBe('InputValidationError');
    expect((await run(grassroots, INSPECT, { station: stationId, present: ['FRIDGE'], photos: [mine] })).fieldErrors[0].code).toBe('NOT_ON_CHECKLIST');
    const evidence = await photo(grassroots, 'test_evidence', fileOf(PDF_HEADER, 2000));
    expect(await run(grassroots, INSPECT, { station: stationId, present: [], photos: [evidence] })).toMatchObject({ __typename: 'FilePurposeMismatch' });
    const used = await ok(grassroots, INSPECT, { station: stationId, present: [], photos: [mine] });
    expect(used.result).toBe('FAIL');
    expect(await run(grassroots, INSPECT, { station: stationId, present: [], photos: [mine] })).toMatchObject({ __typename: 'FileAlreadyAttached' });
    const count = (await luoyang.query(`query($id: ID!) { node(id: $id) { ... on Station { inspections { totalCount } } } }`, { id: stationId })).node;
    expect(count.inspections.totalCount).toBe(3);
  });
});

describe('members report a problem; it reaches the station union as a task', () => {
  it('goes from report to the union queue to resolution', async () => {
    const missing = await run(zheng, REPORT, { station: stationId, kind: 'AMENITY_MISSING' });
    expect(missing.fieldErrors[0]).toMatchObject({ field: ['input', 'amenity'], code: 'REQUIRED' });
    expect((await luoyang.request(REPORT, { input: { station: stationId, kind: 'OTHER', note: '门锁坏了' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const report = await ok(zheng, REPORT, { station: stationId, kind: 'AMENITY_MISSING', amenity: 'WATER', note: '饮水机没有水' });
    expect(report).toMatchObject({ status: 'OPEN', reporterName: '郑红梅', viewerCan: { take: false, resolve: false } });

    const queue = await grassroots.query(REPORTS, { union: laochengId, status: 'OPEN' });
    expect(queue.stationReports.nodes.map((r: any) => r.id)).toContain(report.id);
    const zhengzhouUnion = (await env.anonymous.query(UNION, { code: '410100' })).unionByCode.id;
    expect((await zhengzhou.query(REPORTS, { union: zhengzhouUnion })).stationReports.nodes.map((r: any) => r.id)).not.toContain(report.id);
    expect(await run(zhengzhou, TAKE, { report: report.id })).toMatchObject({ __typename: 'NotFound' });
    expect((await zhang.request(`query($id: ID!) { node(id: $id) { id } }`, { id: report.id })).data?.node ?? null).toBeNull();

    const taken = await ok(grassroots, TAKE, { report: report.id });
    expect(taken).toMatchObject({ status: 'IN_PROGRESS', viewerCan: { take: false, resolve: true, dismiss: true } });
    expect(await run(grassroots, TAKE, { report: report.id })).toMatchObject({ __typename: 'InvalidTransition', fromState: 'in_progress' });
    const resolved = await ok(grassroots, RESOLVE, { report: report.id, resolution: '已更换桶装水并安排每日巡查' });
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolution: '已更换桶装水并安排每日巡查' });
    const mine = await zheng.query(`{ myStationReports(first: 5) { nodes { id status resolution } } }`);
    expect(mine.myStationReports.nodes[0]).toMatchObject({ id: report.id, status: 'RESOLVED' });
  });

  it('keeps one open report per member, station and kind when many are sent at once', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => run(zhang, REPORT, { station: stationId, kind: 'CLOSED_WHEN_OPEN', note: '下午两点到站没开门' })),
    );
    expect(results.filter((r) => r.__typename === 'ReportStationProblemSuccess')).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'StationReportExists')).toHaveLength(5);
    const report = results.find((r) => r.report)!.report;

    // Two staff act on it at once: one wins, the other is told the report has moved on.
    const handled = await Promise.all([
      run(grassroots, RESOLVE, { report: report.id, resolution: '已与值守人员核实并调整排班' }),
      run(luoyang, DISMISS, { report: report.id, resolution: '当日为公告的闭站日' }),
      run(luoyang, RESOLVE, { report: report.id, resolution: '已处理' }),
    ]);
    expect(handled.filter((r) => /Success$/.test(r.__typename))).toHaveLength(1);
    expect(handled.filter((r) => r.__typename === 'InvalidTransition')).toHaveLength(2);
    // Handled, the member may report the same kind again.
    expect((await run(zhang, REPORT, { station: stationId, kind: 'CLOSED_WHEN_OPEN' })).__typename).toBe('ReportStationProblemSuccess');
  });
});
