import { offerClaims, offers } from '@huigong/db';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../support/graphql.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { CLAIM, createMembers, merchantOf, merchantStaff, publishOffer, REDEEM } from './fixtures.ts';

// Many requests at once, each counted: stock, per-member limits and single redemption are the
// database's to enforce (conditional UPDATE, advisory lock), never a read-then-write in JavaScript.

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(() => env?.close());

const tally = (typenames: string[]) =>
  typenames.reduce<Record<string, number>>((acc, name) => ({ ...acc, [name]: (acc[name] ?? 0) + 1 }), {});

describe('claims under contention', () => {
  it('gives exactly 50 codes to 200 members claiming a stock of 50 at once', async () => {
    const merchant = await env.as(merchantStaff.hotpotLuoyang);
    const reviewer = await env.as(demo.luoyangStaff);
    const offerId = await publishOffer(merchant, reviewer, { title: '限量 50 份火锅券', stock: 50 });
    const claimants = await createMembers(env, 200, 'G410305001');

    const results = await Promise.all(claimants.map((client) => client.query(CLAIM, { input: { offer: offerId } })));
    const counts = tally(results.map((r) => r.claimOffer.__typename));
    expect(counts).toEqual({ ClaimOfferSuccess: 50, OfferSoldOut: 150 });

    const codes = new Set(results.filter((r) => r.claimOffer.claim).map((r) => r.claimOffer.claim.code));
    expect(codes.size).toBe(50);
    const { id } = decodeGlobalId(offerId);
    const [offer] = await env.db.select().from(offers).where(eq(offers.id, id));
    expect(offer).toMatchObject({ stockRemaining: 0, claimCount: 50 });
    const [{ n }] = (await env.db
      .select({ n: sql<number>`count(*)::int` })
      .from(offerClaims)
      .where(eq(offerClaims.offerId, id))) as [{ n: number }];
    expect(n).toBe(50);
  }, 120_000);

  it('lets a member with a limit of 1 firing 10 claims at once get exactly one', async () => {
    const merchant = await env.as(merchantStaff.hotpotLuoyang);
    const reviewer = await env.as(demo.luoyangStaff);
    const offerId = await publishOffer(merchant, reviewer, { title: '每人限领一次', perMemberLimit: 1 });
    const [member] = await createMembers(env, 1, 'G410305001');

    const results = await Promise.all(
      Array.from({ length: 10 }, () => member!.query(CLAIM, { input: { offer: offerId } })),
    );
    expect(tally(results.map((r) => r.claimOffer.__typename))).toEqual({ ClaimOfferSuccess: 1, LimitReached: 9 });
    expect(results.find((r) => r.claimOffer.__typename === 'LimitReached')!.claimOffer.scope).toBe('TOTAL');
    const [{ n }] = (await env.db
      .select({ n: sql<number>`count(*)::int` })
      .from(offerClaims)
      .where(eq(offerClaims.offerId, decodeGlobalId(offerId).id))) as [{ n: number }];
    expect(n).toBe(1);
  });
});

describe('redemption under contention', () => {
  it('redeems one code exactly once when 20 counters scan it at the same moment', async () => {
    const merchantClient = await env.as(merchantStaff.hotpotLuoyang);
    const reviewer = await env.as(demo.luoyangStaff);
    const offerId = await publishOffer(merchantClient, reviewer, { title: '核销并发测试' });
    const member = await env.as(demo.memberWang);
    const claimed = await member.query(CLAIM, { input: { offer: offerId } });
    expect(claimed.claimOffer.__typename).toBe('ClaimOfferSuccess');
    const { code } = claimed.claimOffer.claim;
    const merchant = await merchantOf(merchantClient);

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        merchantClient.query(REDEEM, { input: { code, store: merchant.stores[i % merchant.stores.length]!.id } }),
      ),
    );
    expect(tally(results.map((r) => r.redeemCode.__typename))).toEqual({ RedeemCodeSuccess: 1, CodeAlreadyRedeemed: 19 });
    const claims = await env.db
      .select()
      .from(offerClaims)
      .where(and(eq(offerClaims.code, code), eq(offerClaims.status, 'redeemed')));
    expect(claims).toHaveLength(1);
    const [offer] = await env.db.select().from(offers).where(eq(offers.id, decodeGlobalId(offerId).id));
    expect(offer!.redemptionCount).toBe(1);
  });
});

describe('statement counts of the main member operations', () => {
  const WALLET = /* GraphQL */ `
    query Wallet($first: Int) { wallet(first: $first) { nodes { code status offer { title merchant { name } stores { store { name } } } } } }
  `;
  it('loads a wallet page in the same number of statements for 1 or 20 claims', async () => {
    const [member] = await createMembers(env, 1, 'G410305001');
    const merchant = await env.as(merchantStaff.hotpotLuoyang);
    const offerId = await publishOffer(merchant, await env.as(demo.luoyangStaff), { title: '卡包计数测试' });
    await member!.query(CLAIM, { input: { offer: offerId } });
    const one = await member!.request(WALLET, { first: 20 });
    for (let i = 0; i < 19; i += 1) await member!.query(CLAIM, { input: { offer: offerId } });
    const twenty = await member!.request(WALLET, { first: 20 });
    expect(twenty.data.wallet.nodes).toHaveLength(20);
    expect(twenty.sqlStatements).toBe(one.sqlStatements);
    expect(twenty.sqlStatements).toBe(3);
  });

  it('claims in a pinned number of statements', async () => {
    const [member] = await createMembers(env, 1, 'G410305001');
    const merchant = await env.as(merchantStaff.hotpotLuoyang);
    const offerId = await publishOffer(merchant, await env.as(demo.luoyangStaff), { title: '领取计数测试', stock: 10, perMemberLimit: 5 });
    const result = await member!.request(CLAIM, { input: { offer: offerId } });
    expect(result.data.claimOffer.__typename).toBe('ClaimOfferSuccess');
    // viewer, advisory lock, offer, limits, stock, code, audit, result: grows only if someone adds a query.
    expect(result.sqlStatements).toBe(8);
  });
});
