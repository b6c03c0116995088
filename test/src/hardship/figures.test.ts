import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DISTRICT_CONFIRMED, DEMO_DISTRICT_FILED, DEMO_EXITS } from '@huigong/db/seed/hardship';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { UNION } from './fixtures.ts';

let env: TestEnvironment;

const FIELDS = `unionCode unionName filed underReview confirmed exited visits loansRunning
  exitsByReason { key count } aidPaid { kind count amount { amount } } aidPaidTotal { amount } loansOutstanding { amount } visitsValue { amount }`;
const FIGURES = `query($union: ID!) { hardshipFigures(union: $union) { ${FIELDS} children { ${FIELDS} } } }`;

const unionId = async (code: string) => (await env.anonymous.query(UNION, { code })).unionByCode.id as string;

beforeAll(async () => {
  env = await createTestEnvironment();
}, 120_000);

afterAll(async () => {
  await env?.close();
});

describe('figures rolled up the union tree', () => {
  it('adds up: a province\'s totals are the sums of its cities', async () => {
    const henan = await env.as(demo.henanStaff);
    const { hardshipFigures: province } = await henan.query(FIGURES, { union: await unionId('410000') });
    expect(province.children.map((c: any) => c.unionCode)).toEqual(['410100', '410300']);
    for (const key of ['filed', 'underReview', 'confirmed', 'exited', 'visits', 'loansRunning'] as const) {
      expect(province[key], key).toBe(province.children.reduce((s: number, c: any) => s + c[key], 0));
    }
    const sumMoney = (key: string) => province.children.reduce((s: number, c: any) => s + c[key].amount, 0);
    expect(province.aidPaidTotal.amount).toBe(sumMoney('aidPaidTotal'));
    expect(province.visitsValue.amount).toBe(sumMoney('visitsValue'));
    const exits = (list: any[]) => Object.fromEntries(list.map((e) => [e.key, e.count]));
    const childExits: Record<string, number> = {};
    for (const child of province.children) for (const e of child.exitsByReason) childExits[e.key] = (childExits[e.key] ?? 0) + e.count;
    expect(exits(province.exitsByReason)).toEqual(childExits);
    // Henan holds Luoyang's demo district and the two demo hardship members of Luoyang and Zhengzhou.
    expect(province.confirmed).toBe(DEMO_DISTRICT_CONFIRMED + 2);
    expect(province.exited).toBe(DEMO_DISTRICT_FILED - DEMO_DISTRICT_CONFIRMED);
    expect(exits(province.exitsByReason)).toEqual(DEMO_EXITS);
  });

  it('shows a city its districts, with the relief the reports tell of', async () => {
    const luoyang = await env.as(demo.luoyangStaff);
    const { hardshipFigures: city } = await luoyang.query(FIGURES, { union: await unionId('410300') });
    expect(city.children.map((c: any) => c.unionCode)).toEqual(['410302', '410305', '410311']);
    const laocheng = city.children.find((c: any) => c.unionCode === '410302');
    expect(laocheng).toMatchObject({ confirmed: DEMO_DISTRICT_CONFIRMED + 1, exited: 79, visits: DEMO_DISTRICT_CONFIRMED });
    expect(Object.fromEntries(laocheng.aidPaid.map((a: any) => [a.kind, [a.count, a.amount.amount]]))).toEqual({
      temporary: [44, 2_600_000],
      disaster: [15, 1_500_000],
      serious_illness: [21, 1_800_000],
    });
    expect(city.confirmed).toBe(city.children.reduce((s: number, c: any) => s + c.confirmed, 0));
  });

  it('is for staff over the union only', async () => {
    const luoyang = await env.as(demo.luoyangStaff);
    const refused = await luoyang.request(FIGURES, { union: await unionId('410000') });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const member = await env.as(demo.memberZhang);
    expect((await member.request(FIGURES, { union: await unionId('410302') })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
