import { offers, offerStores } from '@huigong/db';
import { searchGrams } from '@huigong/db/offers/search-text';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { unionGlobalId } from './fixtures.ts';

// Public browsing on the demo seed (drizzle/src/seed/offers.ts): merchants in Luoyang and Zhengzhou.

const SEARCH = /* GraphQL */ `
  query Search($filter: OfferSearchInput, $orderBy: OfferOrder, $first: Int, $after: String) {
    offers(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      edges { cursor distanceMeters node { id title kind category claimCount publishedAt merchant { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const DETAIL = /* GraphQL */ `
  query Detail($id: ID!, $near: GeoPointInput) {
    node(id: $id) {
      ... on Offer {
        title kind percentPaid remainingStock stockTotal audience
        minSpend { amount currency } reduction { amount currency }
        regularPrice { amount currency } memberPrice { amount currency }
        merchant { name category stores { name } }
        stores(near: $near) { distanceMeters store { name address latitude longitude region { name } } }
        viewerEligibility { canClaim reason { code message } }
      }
    }
  }
`;

/** 洛阳老城区 西大街, beside the hotpot restaurant. */
const laocheng = { latitude: 34.6836, longitude: 112.475 };
/** 郑州 花园路. */
const zhengzhouCentre = { latitude: 34.78, longitude: 113.686 };

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env?.close());

const search = async (variables: Record<string, unknown>) => {
  const data = await env.anonymous.query(SEARCH, variables);
  return data.offers.edges as {
    cursor: string;
    distanceMeters: number | null;
    node: { id: string; title: string; kind: string; category: string; claimCount: number; publishedAt: string; merchant: { name: string } };
  }[];
};

describe('finding offers without signing in', () => {
  it('finds the Luoyang hotpot restaurant by 火锅, with offers from both cities', async () => {
    const edges = await search({ filter: { text: '火锅' } });
    const merchants = new Set(edges.map((e) => e.node.merchant.name));
    expect(merchants).toEqual(new Set(['洛阳老城区火锅店', '郑州金水区老码头火锅']));
    expect(edges).toHaveLength(4);
  });

  it('matches several words, longer phrases and the category label', async () => {
    expect((await search({ filter: { text: '老城区 火锅' } })).map((e) => e.node.merchant.name)).toEqual([
      '洛阳老城区火锅店',
      '洛阳老城区火锅店',
      '洛阳老城区火锅店',
    ]);
    expect((await search({ filter: { kind: 'PREPAID_VOUCHER' } })).map((e) => e.node.title)).toEqual(['80 元购 100 元火锅代金券']);
    expect((await search({ filter: { text: '龙门石窟' } })).map((e) => e.node.title)).toEqual(
      expect.arrayContaining(['龙门石窟门票会员价']),
    );
    expect((await search({ filter: { text: '健康体检' } })).every((e) => e.node.category === 'MEDICAL_CHECKUP')).toBe(true);
    expect(await search({ filter: { text: '不存在的商品' } })).toEqual([]);
    // One character is too short for a pair but still matches.
    expect((await search({ filter: { text: '锅', kind: 'AMOUNT_OFF' } })).map((e) => e.node.title)).toEqual(['火锅满 200 减 40']);
    // LIKE wildcards in the query are literal characters, not patterns.
    expect(await search({ filter: { text: '%' } })).toEqual([]);
  });

  it('filters by region subtree, category and kind', async () => {
    const luoyang = await unionGlobalId(env, '410300');
    const inLuoyang = await search({ filter: { text: '火锅', region: luoyang } });
    expect(new Set(inLuoyang.map((e) => e.node.merchant.name))).toEqual(new Set(['洛阳老城区火锅店']));

    const zhengzhou = await unionGlobalId(env, '410100');
    const zz = await search({ filter: { region: zhengzhou }, first: 50 });
    expect(zz.length).toBe(3);
    expect(zz.every((e) => ['郑州金水区老码头火锅', '中原区职工技能培训学校', '金水区职工游泳健身馆'].includes(e.node.merchant.name))).toBe(true);

    const checkups = await search({ filter: { category: 'MEDICAL_CHECKUP' } });
    expect(checkups.map((e) => e.node.merchant.name)).toEqual(['涧西区职工健康体检中心', '涧西区职工健康体检中心']);
    const amountOff = await search({ filter: { kind: 'AMOUNT_OFF' } });
    expect(amountOff.map((e) => e.node.title).sort()).toEqual(['火锅满 200 减 40', '焊工培训满 1000 减 200'].sort());
    const hardship = await search({ filter: { audience: 'HARDSHIP' } });
    expect(hardship.map((e) => e.node.title)).toEqual(['困难职工免费妇科检查']);
  });

  it('orders by distance from a point ("near me") and limits to a radius', async () => {
    const edges = await search({ filter: { near: laocheng }, orderBy: 'DISTANCE', first: 50 });
    expect(edges[0]!.node.merchant.name).toBe('洛阳老城区火锅店');
    expect(edges[0]!.distanceMeters).toBeLessThan(100);
    const distances = edges.map((e) => e.distanceMeters!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // Zhengzhou is about 110 km east of Luoyang.
    const last = edges.at(-1)!;
    expect(last.distanceMeters).toBeGreaterThan(100_000);
    expect(last.distanceMeters).toBeLessThan(130_000);

    const nearby = await search({ filter: { near: laocheng, withinMeters: 20_000 }, orderBy: 'DISTANCE', first: 50 });
    expect(nearby.length).toBeGreaterThan(0);
    expect(nearby.every((e) => e.distanceMeters! <= 20_000)).toBe(true);
    expect(nearby.some((e) => e.node.merchant.name.startsWith('郑州'))).toBe(false);

    const fromZhengzhou = await search({ filter: { near: zhengzhouCentre, text: '火锅' }, orderBy: 'DISTANCE' });
    expect(fromZhengzhou[0]!.node.merchant.name).toBe('郑州金水区老码头火锅');
  });

  it('orders by popularity and by newest', async () => {
    const popular = await search({ orderBy: 'POPULAR', first: 50 });
    const counts = popular.map((e) => e.node.claimCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(popular[0]!.node.title).toBe('龙门石窟门票会员价');

    const newest = await search({ orderBy: 'NEWEST', first: 50 });
    const times = newest.map((e) => Date.parse(e.node.publishedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('pages with Relay cursors without overlap and caps a page at 100', async () => {
    const all = await search({ orderBy: 'NEWEST', first: 50 });
    const first = await env.anonymous.query(SEARCH, { orderBy: 'NEWEST', first: 4 });
    expect(first.offers.pageInfo.hasNextPage).toBe(true);
    const second = await env.anonymous.query(SEARCH, { orderBy: 'NEWEST', first: 4, after: first.offers.pageInfo.endCursor });
    const ids = [...first.offers.edges, ...second.offers.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual(all.slice(0, 8).map((e) => e.node.id));
  });

  it('runs a search page in a fixed number of SQL statements, however many offers it shows', async () => {
    const few = await env.anonymous.request(SEARCH, { first: 2 });
    const many = await env.anonymous.request(SEARCH, { first: 50 });
    expect(few.sqlStatements).toBeDefined();
    expect(many.sqlStatements).toBe(few.sqlStatements);
    expect(many.sqlStatements).toBeLessThanOrEqual(4);
  });

  it('answers "may I claim?" for a whole page of offers with one usage query', async () => {
    const ELIGIBILITY = `query($first: Int) { offers(first: $first) { nodes { id viewerEligibility { canClaim reason { code } } } } }`;
    const member = await env.as(demo.memberWang);
    const few = await member.request(ELIGIBILITY, { first: 2 });
    const many = await member.request(ELIGIBILITY, { first: 50 });
    expect(many.data.offers.nodes.length).toBeGreaterThan(5);
    expect(many.sqlStatements).toBe(few.sqlStatements);
  });
});

describe('indexes behind the search', () => {
  const plan = async (where: string) => {
    const rows = await env.db.transaction(async (tx) => {
      // With sequential scans priced out, the planner shows whether an index can serve the filter.
      await tx.execute(sql.raw('set local enable_seqscan = off'));
      const result = (await tx.execute(sql.raw(`explain select id from offers o where ${where}`))) as unknown;
      return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, string>[];
    });
    return rows.map((r) => Object.values(r)[0]).join('\n');
  };

  it('serves a two-character Chinese word from the bigram index and longer text from the trigram index', async () => {
    expect(await plan(`o.search_grams @> array['火锅']::text[]`)).toContain('offers_search_grams_idx');
    expect(await plan(`o.search_text ilike '%老城区火锅%'`)).toContain('offers_search_trgm_idx');
  });

  it('splits Chinese into overlapping character pairs', () => {
    expect(searchGrams('洛阳老城区火锅店')).toEqual(['洛阳', '阳老', '老城', '城区', '区火', '火锅', '锅店']);
    expect(searchGrams('KTV 8.5折')).toEqual(['kt', 'tv']);
  });
});

describe('offer detail', () => {
  it('shows terms, merchant, stores with distance, stock, and why an anonymous visitor cannot claim', async () => {
    const [hit] = await search({ filter: { text: '火锅满' } });
    const data = await env.anonymous.query(DETAIL, { id: hit!.node.id, near: laocheng });
    expect(data.node).toMatchObject({
      title: '火锅满 200 减 40',
      kind: 'AMOUNT_OFF',
      minSpend: { amount: 20000, currency: 'CNY' },
      reduction: { amount: 4000, currency: 'CNY' },
      remainingStock: 200,
      stockTotal: 200,
      merchant: { name: '洛阳老城区火锅店', category: 'DINING' },
      viewerEligibility: { canClaim: false, reason: { code: 'NOT_ELIGIBLE' } },
    });
    expect(data.node.stores).toHaveLength(2);
    expect(data.node.stores[0].store.name).toBe('洛阳老城区火锅店·西大街店');
    expect(data.node.stores[0].distanceMeters).toBeLessThan(data.node.stores[1].distanceMeters);
    expect(data.node.stores[0].store.region.name).toBe('洛阳市老城区总工会');
  });

  it('tells each member whether they may claim, by audience', async () => {
    const [hit] = await search({ filter: { audience: 'HARDSHIP' } });
    const wang = await (await env.as(demo.memberWang)).query(DETAIL, { id: hit!.node.id });
    expect(wang.node.viewerEligibility).toMatchObject({ canClaim: false, reason: { code: 'NOT_ELIGIBLE' } });
    const zhang = await (await env.as(demo.memberZhang)).query(DETAIL, { id: hit!.node.id });
    expect(zhang.node.viewerEligibility).toEqual({ canClaim: true, reason: null });
    expect(zhang.node.memberPrice).toEqual({ amount: 100, currency: 'CNY' });
  });
});

describe('page size', () => {
  it('caps a page at 100 offers', async () => {
    // 105 more published offers of one merchant, written directly: the cap is what is under test.
    const [template] = await env.db.select().from(offers).limit(1);
    const stores = await env.db.select().from(offerStores).where(eq(offerStores.offerId, template!.id));
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = template!;
    const bulk = await env.db
      .insert(offers)
      .values(
        Array.from({ length: 105 }, (_, i) => ({
          ...rest,
          title: `批量测试券 ${i}`,
          searchText: `批量测试券 ${i}`,
          searchGrams: searchGrams(`批量测试券 ${i}`),
        })),
      )
      .returning({ id: offers.id });
    await env.db.insert(offerStores).values(bulk.map((o) => ({ offerId: o.id, storeId: stores[0]!.storeId })));

    const page = await env.anonymous.query(SEARCH, { filter: { text: '批量测试券' }, first: 100 });
    expect(page.offers.edges).toHaveLength(100);
    // Asking for more never returns more (the server may also refuse the request outright).
    const oversized = await env.anonymous.request(SEARCH, { filter: { text: '批量测试券' }, first: 500 });
    expect(oversized.errors?.length ? 0 : oversized.data.offers.edges.length).toBeLessThanOrEqual(100);
    expect(page.offers.pageInfo.hasNextPage).toBe(true);
    const rest2 = await env.anonymous.query(SEARCH, { filter: { text: '批量测试券' }, first: 100, after: page.offers.pageInfo.endCursor });
    expect(rest2.offers.edges).toHaveLength(5);
  });
});
