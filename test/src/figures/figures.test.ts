import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS } from '@huigong/schema/figures/metrics';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { CLAIM, merchantOf, merchantStaff, publishOffer, REDEEM } from '../offers/fixtures.ts';

let env: TestEnvironment;

// Every figure of every programme, as the schema lists them (a new figure not added here fails the sums test's count check).
const PROGRAMMES = `
  discounts { merchants offers claims redemptions savingsFen { amount } }
  jobs { employers postings applications hires fairs fairRegistrations }
  competitions { competitions entries seatsFilled certificates }
  grants { applications approved approvedFen { amount } paidFen { amount } budgetFen { amount } budgetUsedFen { amount } }
  hardship { filesOpened aidPaid aidPaidFen { amount } visits }
  mutualAid { claims paid paidFen { amount } }
  rights { casesOpened casesClosed recoveredFen { amount } }
  congress { sessions published }`;
const FIGURES = `query($union: ID!, $from: Date!, $to: Date!) {
  unionFigures(union: $union, from: $from, to: $to) {
    union { code name } from to
    total { ${PROGRAMMES} } direct { ${PROGRAMMES} }
    children { union { id code name } figures { ${PROGRAMMES} } }
    months { month figures { ${PROGRAMMES} } }
  } }`;

const day = (offsetDays: number) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
const PERIOD = { from: day(-1000), to: day(90) };

/** Flattens a figures object to { 'discounts.claims': n, 'grants.paidFen': fen, … }. */
function flat(figures: Record<string, Record<string, number | { amount: number }>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [programme, values] of Object.entries(figures)) {
    for (const [key, value] of Object.entries(values)) out[`${programme}.${key}`] = typeof value === 'number' ? value : value.amount;
  }
  return out;
}

const sumOf = (list: Record<string, number>[]) => {
  const out: Record<string, number> = {};
  for (const item of list) for (const [k, v] of Object.entries(item)) out[k] = (out[k] ?? 0) + v;
  return out;
};

const unionId = async (code: string) => (await env.anonymous.query(`query($code: String!) { unionByCode(code: $code) { id } }`, { code })).unionByCode.id as string;

async function figuresAs(phone: string, code: string, period = PERIOD) {
  const client = await env.as(phone);
  return (await client.query(FIGURES, { union: await unionId(code), ...period })).unionFigures;
}

function expectAddsUp(figures: any) {
  const total = flat(figures.total);
  expect(Object.keys(total).sort()).toEqual(METRICS.map((x) => `${x.programme}.${x.key}`).sort());
  expect(total, `${figures.union.code}: total = children + direct`).toEqual(sumOf([flat(figures.direct), ...figures.children.map((c: any) => flat(c.figures))]));
  expect(total, `${figures.union.code}: total = sum of months`).toEqual(sumOf(figures.months.map((m: any) => flat(m.figures))));
}

beforeAll(async () => {
  env = await createTestEnvironment();
}, 120_000);

afterAll(async () => {
  await env?.close();
});

describe('figures up the union tree', () => {
  it('gives a province its cities, a city its districts, with every number the sum of those below', async () => {
    const province = await figuresAs(demo.henanStaff, '410000');
    expect(province.children.map((c: any) => c.union.code)).toEqual(['410100', '410300']);
    expectAddsUp(province);
    const total = flat(province.total);
    // The demo seed runs discounts, jobs, hardship, mutual aid and rights in Henan: the figures are not empty.
    for (const key of ['discounts.merchants', 'discounts.offers', 'jobs.employers', 'jobs.postings', 'hardship.filesOpened', 'hardship.visits']) {
      expect(total[key], key).toBeGreaterThan(0);
    }

    // Drill down: the city asked directly equals its row in the province, and likewise for a district.
    const city = await figuresAs(demo.henanStaff, '410300');
    expectAddsUp(city);
    expect(flat(city.total)).toEqual(flat(province.children.find((c: any) => c.union.code === '410300').figures));
    expect(city.children.map((c: any) => c.union.code)).toEqual(['410302', '410305', '410311']);
    const district = await figuresAs(demo.luoyangStaff, '410302');
    expectAddsUp(district);
    expect(flat(district.total)).toEqual(flat(city.children.find((c: any) => c.union.code === '410302').figures));
    expect(flat(district.total)['hardship.filesOpened']).toBeGreaterThan(0);
  });

  it('counts a claim and its redemption, with the saving in fen, at every level above the offer', async () => {
    const staff = await env.as(merchantStaff.hotpotLuoyang);
    const reviewer = await env.as(demo.luoyangStaff);
    const levels = [
      [demo.henanStaff, '410000'],
      [demo.luoyangStaff, '410300'],
    ] as const;
    const before = await Promise.all(levels.map(([phone, code]) => figuresAs(phone, code)));
    const past = { from: day(-1000), to: day(-1) };
    const pastBefore = flat((await figuresAs(demo.luoyangStaff, '410300', past)).total);
    const offer = await publishOffer(staff, reviewer, { title: '统计测试 满200减40', kind: 'AMOUNT_OFF', percentPaid: undefined, minSpend: { amount: 20_000, currency: 'CNY' }, reduction: { amount: 4_000, currency: 'CNY' } });
    const member = await env.as(demo.memberWang);
    const claimed = (await member.query(CLAIM, { input: { offer } })).claimOffer;
    expect(claimed.__typename).toBe('ClaimOfferSuccess');
    const store = (await merchantOf(staff)).stores[0]!.id;
    expect((await staff.query(REDEEM, { input: { code: claimed.claim.code, store } })).redeemCode.__typename).toBe('RedeemCodeSuccess');
    const after = await Promise.all(levels.map(([phone, code]) => figuresAs(phone, code)));
    for (const [i, [, code]] of levels.entries()) {
      const [b, a] = [flat(before[i].total), flat(after[i].total)] as [Record<string, number>, Record<string, number>];
      expect(a['discounts.offers']! - b['discounts.offers']!, code).toBe(1);
      expect(a['discounts.claims']! - b['discounts.claims']!, code).toBe(1);
      expect(a['discounts.redemptions']! - b['discounts.redemptions']!, code).toBe(1);
      expect(a['discounts.savingsFen']! - b['discounts.savingsFen']!, code).toBe(4_000);
      expectAddsUp(after[i]);
    }
    // Outside the period it does not count: a period that ended yesterday is unchanged by today's claim.
    expect(flat((await figuresAs(demo.luoyangStaff, '410300', past)).total)).toEqual(pastBefore);
  });

  it('shows staff their own subtree only', async () => {
    const ask = async (phone: string, code: string) =>
      (await (await env.as(phone)).request(FIGURES, { union: await unionId(code), ...PERIOD })).errors?.[0]?.extensions?.code;
    expect(await ask(demo.luoyangStaff, '410000')).toBe('FORBIDDEN'); // its parent
    expect(await ask(demo.luoyangStaff, '410100')).toBe('FORBIDDEN'); // a sibling city
    expect(await ask(demo.jianxiStaff, '410302')).toBe('FORBIDDEN'); // a sibling district
    expect(await ask(demo.shandongStaff, '410000')).toBe('FORBIDDEN'); // another province
    expect(await ask(demo.memberWang, '410305')).toBe('FORBIDDEN'); // a member
    const anonymous = await env.anonymous.request(FIGURES, { union: await unionId('410300'), ...PERIOD });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await figuresAs(demo.admin, '410000')).not.toBeNull(); // the platform admin sees all
  });

  it('refuses a period that is reversed or too long as a client error', async () => {
    const luoyang = await env.as(demo.luoyangStaff);
    const union = await unionId('410300');
    for (const period of [{ from: day(0), to: day(-1) }, { from: day(-1200), to: day(0) }]) {
      const answer = await luoyang.request(FIGURES, { union, ...period });
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
