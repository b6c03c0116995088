/**
 * The offer scenarios: public search in Chinese, "near me", an offer page with its stores, a
 * member's wallet (reads, each with a hand-written baseline), and claims on one popular offer
 * and code verification at the counter (writes).
 */
import type { Sql } from 'postgres';
import { BENCH_POPULAR_OFFER_ID, REDEEM_CODE_PREFIX, benchToken, globalId } from './fixtures.ts';
import { offerSearchWords } from './offers.ts';
import type { Scenario, ScenarioData } from './scenarios.ts';

const PAGE = 20;
const WRITE_SLICE = 6000;
const cny = (amount: number | null) => (amount === null ? null : { amount: Number(amount), currency: 'CNY' });
const upper = (value: string) => value.toUpperCase();
const decode = (id: string) => Buffer.from(id, 'base64').toString().split(':')[1]!;

/** The same bigrams as @huigong/db/offers/search-text searchGrams (Han runs and latin/digit runs). */
function grams(text: string): string[] {
  const out = new Set<string>();
  for (const run of text.toLowerCase().match(/[\p{Script=Han}]+|[a-z0-9]+/gu) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) out.add(chars[i]! + chars[i + 1]!);
  }
  return [...out];
}

function distanceMeters(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h = Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return Math.round(2 * 6371008.8 * Math.asin(Math.sqrt(h)));
}

const OFFER_SEARCH = /* GraphQL */ `
  query OfferSearch($filter: OfferSearchInput, $orderBy: OfferOrder, $first: Int) {
    offers(filter: $filter, orderBy: $orderBy, first: $first) {
      edges { distanceMeters node { id title category kind claimCount remainingStock merchant { id name } } }
    }
  }`;

async function offerSearchBaseline(sql: Sql, v: Record<string, any>) {
  const first: number = v.first ?? PAGE;
  const text: string = (v.filter?.text ?? '').trim();
  const terms = text ? text.split(/\s+/).slice(0, 5) : [];
  const near: { latitude: number; longitude: number } | undefined = v.filter?.near;
  const radius: number | undefined = v.filter?.withinMeters;
  const termConditions = terms.map((term) => {
    const g = grams(term);
    return sql`${g.length ? sql`and o.search_grams @> ${g}::text[]` : sql``} and o.search_text ilike ${'%' + term.replace(/[\\%_]/g, (c) => '\\' + c) + '%'}`;
  });
  const where = sql`o.status = 'published' and o.valid_until > now() ${termConditions.length ? termConditions.reduce((a, b) => sql`${a} ${b}`) : sql``}`;
  let rows;
  if (near) {
    const dLat = radius ? radius / 111_000 : 0;
    const dLng = radius ? radius / (111_000 * Math.max(Math.cos((near.latitude * Math.PI) / 180), 0.01)) : 0;
    rows = await sql`
      with distances as (
        select os.offer_id, min(2 * 6371008.8 * asin(sqrt(power(sin(radians(s.latitude - ${near.latitude}) / 2), 2)
          + cos(radians(${near.latitude})) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - ${near.longitude}) / 2), 2)))) as distance
        from merchant_stores s join offer_stores os on os.store_id = s.id
        where ${radius ? sql`s.latitude between ${near.latitude - dLat} and ${near.latitude + dLat} and s.longitude between ${near.longitude - dLng} and ${near.longitude + dLng}` : sql`true`}
        group by os.offer_id)
      select o.id, o.title, o.category, o.kind, o.claim_count, o.stock_remaining, m.id as merchant_id, m.name as merchant_name, d.distance
      from offers o join distances d on d.offer_id = o.id join merchants m on m.id = o.merchant_id
      where ${where} ${radius ? sql`and d.distance <= ${radius}` : sql``}
      order by d.distance asc nulls last, o.published_at desc, o.id limit ${first}`;
  } else {
    rows = await sql`
      select o.id, o.title, o.category, o.kind, o.claim_count, o.stock_remaining, m.id as merchant_id, m.name as merchant_name, null::float8 as distance
      from offers o join merchants m on m.id = o.merchant_id
      where ${where}
      order by ${terms.length ? sql`similarity(o.search_text, ${terms.join(' ')}) desc,` : sql``} o.published_at desc, o.id limit ${first}`;
  }
  return {
    offers: {
      edges: rows.map((r) => ({
        distanceMeters: r.distance === null ? null : Math.round(Number(r.distance)),
        node: {
          id: globalId('Offer', r.id),
          title: r.title,
          category: upper(r.category),
          kind: upper(r.kind),
          claimCount: r.claim_count,
          remainingStock: r.stock_remaining,
          merchant: { id: globalId('Merchant', r.merchant_id), name: r.merchant_name },
        },
      })),
    },
  };
}

const OFFER_DETAIL = /* GraphQL */ `
  query OfferDetail($id: ID!, $near: GeoPointInput) {
    node(id: $id) {
      ... on Offer {
        id title description terms category kind percentPaid
        minSpend { amount currency } reduction { amount currency } regularPrice { amount currency } memberPrice { amount currency }
        validUntil remainingStock perMemberLimit claimCount
        merchant { id name }
        stores(near: $near) { distanceMeters store { id name address latitude longitude } }
      }
    }
  }`;

async function offerDetailBaseline(sql: Sql, v: Record<string, any>) {
  const id = decode(v.id);
  const [[offer], stores] = await Promise.all([
    sql`select o.*, m.name as merchant_name from offers o join merchants m on m.id = o.merchant_id where o.id = ${id}`,
    sql`select s.id, s.name, s.address, s.latitude, s.longitude from offer_stores os join merchant_stores s on s.id = os.store_id where os.offer_id = ${id}`,
  ]);
  if (!offer) return { node: null };
  const near = v.near as { latitude: number; longitude: number } | undefined;
  const views = stores.map((s) => ({
    distanceMeters: near ? distanceMeters(near, s as any) : null,
    store: { id: globalId('MerchantStore', s.id), name: s.name, address: s.address, latitude: s.latitude, longitude: s.longitude },
  }));
  if (near) views.sort((a, b) => a.distanceMeters! - b.distanceMeters!);
  return {
    node: {
      id: globalId('Offer', offer.id),
      title: offer.title,
      description: offer.description,
      terms: offer.terms,
      category: upper(offer.category),
      kind: upper(offer.kind),
      percentPaid: offer.percent_paid,
      minSpend: cny(offer.min_spend_fen),
      reduction: cny(offer.reduction_fen),
      regularPrice: cny(offer.regular_price_fen),
      memberPrice: cny(offer.member_price_fen),
      validUntil: offer.valid_until.toISOString(),
      remainingStock: offer.stock_remaining,
      perMemberLimit: offer.per_member_limit,
      claimCount: offer.claim_count,
      merchant: { id: globalId('Merchant', offer.merchant_id), name: offer.merchant_name },
      stores: views,
    },
  };
}

const WALLET = /* GraphQL */ `
  query Wallet($first: Int) {
    wallet(first: $first) {
      nodes { id status code expiresAt claimedAt offer { id title merchant { name } } }
    }
  }`;

async function walletBaseline(sql: Sql, v: Record<string, any>, token: string | undefined) {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256').update(token ?? '').digest('base64url');
  const rows = await sql`
    select c.id, case when c.status = 'active' and c.expires_at <= now() then 'expired' else c.status::text end as status,
      c.code, c.expires_at, c.created_at, o.id as offer_id, o.title, m.name as merchant_name
    from sessions s join members mb on mb.user_id = s.user_id
      join offer_claims c on c.member_id = mb.id
      join offers o on o.id = c.offer_id join merchants m on m.id = o.merchant_id
    where s.token_hash = ${hash} and s.revoked_at is null and s.expires_at > now()
    order by c.created_at desc, c.id desc limit ${v.first ?? PAGE}`;
  return {
    wallet: {
      nodes: rows.map((r) => ({
        id: globalId('OfferClaim', r.id),
        status: upper(r.status),
        code: r.code,
        expiresAt: r.expires_at.toISOString(),
        claimedAt: r.created_at.toISOString(),
        offer: { id: globalId('Offer', r.offer_id), title: r.title, merchant: { name: r.merchant_name } },
      })),
    },
  };
}

const CLAIM = /* GraphQL */ `
  mutation Claim($input: ClaimOfferInput!) {
    claimOffer(input: $input) {
      __typename
      ... on ClaimOfferSuccess { claim { id code status expiresAt } }
      ... on Error { code }
    }
  }`;

const REDEEM = /* GraphQL */ `
  mutation Redeem($input: RedeemCodeInput!) {
    redeemCode(input: $input) {
      __typename
      ... on RedeemCodeSuccess { claim { id status redeemedAt } }
      ... on Error { code }
    }
  }`;

export interface OfferData {
  offerIds: string[];
  points: { latitude: number; longitude: number }[];
  redeem: { code: string; storeId: string; token: string }[];
}

function writeMembers(data: ScenarioData, level: number): number[] {
  const start = (level * WRITE_SLICE) % data.sessions;
  return Array.from({ length: Math.min(WRITE_SLICE, data.sessions) }, (_, i) => (start + i) % data.sessions);
}

export function offerScenarios(offers: OfferData): Scenario[] {
  return [
    {
      name: 'offer-search-text',
      description: '公开优惠搜索：中文关键词（按相关度），20 条，含商家',
      kind: 'read',
      query: OFFER_SEARCH,
      variants: (_d, _l, rng) => Array.from({ length: 200 }, () => ({ variables: { filter: { text: rng.pick(offerSearchWords) }, first: PAGE } })),
      baseline: offerSearchBaseline,
    },
    {
      name: 'offers-near-me',
      description: '附近的优惠：5 公里内，由近到远，20 条',
      kind: 'read',
      query: OFFER_SEARCH,
      variants: (_d, _l, rng) =>
        Array.from({ length: 200 }, () => ({ variables: { filter: { near: rng.pick(offers.points), withinMeters: 5000 }, orderBy: 'DISTANCE', first: PAGE } })),
      baseline: offerSearchBaseline,
    },
    {
      name: 'offer-detail',
      description: '优惠详情：条款、价格、商家与全部门店（按距离）',
      kind: 'read',
      query: OFFER_DETAIL,
      variants: (_d, _l, rng) =>
        Array.from({ length: 500 }, () => ({ variables: { id: globalId('Offer', rng.pick(offers.offerIds)), near: rng.pick(offers.points) } })),
      baseline: offerDetailBaseline,
    },
    {
      name: 'wallet',
      description: '会员卡包：最近 20 张领取记录与核销码',
      kind: 'read',
      query: WALLET,
      variants: (d, _l, rng) => Array.from({ length: 500 }, () => ({ variables: { first: PAGE }, token: benchToken(rng.int(0, d.sessions - 1)) })),
      baseline: walletBaseline,
    },
    {
      name: 'claim-popular-offer',
      description: '抢领同一张热门优惠（库存与限领在数据库中判定）',
      kind: 'write',
      query: CLAIM,
      variants: (d, level) => writeMembers(d, level).map((m) => ({ variables: { input: { offer: globalId('Offer', BENCH_POPULAR_OFFER_ID) } }, token: benchToken(m) })),
      reset: async (sql) => {
        await sql`delete from offer_claims where offer_id = ${BENCH_POPULAR_OFFER_ID}`;
        await sql`update offers set stock_remaining = stock_total, claim_count = 0 where id = ${BENCH_POPULAR_OFFER_ID}`;
      },
      countWrites: async (sql) => (await sql`select count(*)::int as n from offer_claims where offer_id = ${BENCH_POPULAR_OFFER_ID}`)[0]!.n,
    },
    {
      name: 'redeem-code',
      description: '门店核销会员出示的码（每个码只核销一次）',
      kind: 'write',
      query: REDEEM,
      variants: (_d, level) => {
        const start = (level * WRITE_SLICE) % Math.max(1, offers.redeem.length);
        return Array.from({ length: Math.min(WRITE_SLICE, offers.redeem.length) }, (_, i) => offers.redeem[(start + i) % offers.redeem.length]!).map((r) => ({
          variables: { input: { code: r.code, store: globalId('MerchantStore', r.storeId) } },
          token: r.token,
        }));
      },
      reset: async (sql) => {
        await sql`update offer_claims set status = 'active', redeemed_at = null, redeemed_store_id = null, redeemed_by_user_id = null
          where code like ${REDEEM_CODE_PREFIX + '%'} and status = 'redeemed'`;
      },
      countWrites: async (sql) =>
        (await sql`select count(*)::int as n from offer_claims where code like ${REDEEM_CODE_PREFIX + '%'} and status = 'redeemed'`)[0]!.n,
    },
  ];
}
