import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import { CLAIM, CREATE_OFFER, merchantOf, merchantStaff } from '../offers/fixtures.ts';

const CREATE_CLIENT = /* GraphQL */ `
  mutation CreateClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      __typename
      ... on CreateApiClientSuccess { client { id merchant { name } } }
      ... on InputValidationError { fieldErrors { field code message } }
      ... on Error { code message }
    }
  }
`;
const ISSUE_KEY = /* GraphQL */ `
  mutation Issue($input: IssueApiKeyInput!) {
    issueApiKey(input: $input) { ... on IssueApiKeySuccess { issued { secret } } ... on Error { code message } }
  }
`;
const OFFERS = `{ offers(first: 3) { nodes { id title merchant { name } } } }`;
const JOBS = `{ jobPostings(first: 3) { nodes { id title } } }`;
const COMPETITIONS = `{ competitions(first: 3) { nodes { id title } } }`;
const GRANT_CALLS = `{ grantCalls(first: 3) { nodes { id title } } }`;
const NODE = `query($id: ID!) { node(id: $id) { id } }`;
/** What a till asks for: no merchant-staff figures, which a key does not see. */
const TILL_REDEEM = /* GraphQL */ `
  mutation Redeem($input: RedeemCodeInput!) {
    redeemCode(input: $input) {
      __typename
      ... on RedeemCodeSuccess { claim { id status redeemedStore { name } offer { title } } }
      ... on Error { code message }
    }
  }
`;

let env: TestEnvironment;
let luoyang: GraphQLClient;
let luoyangUnionId: string;
let hotpot: { id: string; name: string; stores: { id: string; name: string }[] };
let checkup: { id: string; name: string; stores: { id: string; name: string }[] };

/** Registers a client (optionally a merchant's till) and returns a GraphQL client for a new key with these scopes. */
async function integrator(scopes: string[], merchant?: string): Promise<GraphQLClient> {
  const created = await luoyang.query(CREATE_CLIENT, {
    input: { name: merchant ? '门店收银系统' : '城市服务平台', organization: '洛阳某科技公司', union: luoyangUnionId, merchant },
  });
  expect(created.createApiClient.__typename).toBe('CreateApiClientSuccess');
  const issued = await luoyang.query(ISSUE_KEY, { input: { client: created.createApiClient.client.id, scopes } });
  return env.anonymous.withToken(issued.issueApiKey.issued.secret);
}

/** The database id inside a global id (base64 of `Type:uuid`). */
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;

const errorOf = (response: { errors?: { message: string; extensions?: { code?: string } }[] }) => ({
  code: response.errors?.[0]?.extensions?.code,
  message: response.errors?.[0]?.message,
});

beforeAll(async () => {
  env = await createTestEnvironment();
  luoyang = await env.as(demo.luoyangStaff);
  luoyangUnionId = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
  hotpot = await merchantOf(await env.as(merchantStaff.hotpotLuoyang));
  checkup = await merchantOf(await env.as(merchantStaff.checkupJianxi));
});
afterAll(() => env?.close());

describe('API key read scopes', () => {
  it('reads only the catalogues its scopes name, through lists and node(id:) alike', async () => {
    const jobsOnly = await integrator(['READ_JOBS']);
    expect((await jobsOnly.query(JOBS)).jobPostings.nodes.length).toBeGreaterThan(0);

    const offers = await env.anonymous.query(OFFERS);
    const offerId = offers.offers.nodes[0].id;
    for (const query of [OFFERS, COMPETITIONS, GRANT_CALLS]) {
      const refused = await jobsOnly.request(query);
      expect(refused.status).toBe(200);
      expect(refused.data === null || Object.values(refused.data).every((value) => value === null)).toBe(true);
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const byNode = await jobsOnly.request(NODE, { id: offerId });
    expect(byNode.data.node).toBeNull();
    expect(byNode.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The same offer for a key that may read offers, and for anyone without a key.
    const offersKey = await integrator(['READ_OFFERS']);
    expect((await offersKey.query(OFFERS)).offers.nodes).toEqual(offers.offers.nodes);
    expect((await offersKey.query(NODE, { id: offerId })).node.id).toBe(offerId);
    expect((await offersKey.request(JOBS)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const everything = await integrator(['READ_COMPETITIONS', 'READ_GRANTS']);
    expect((await everything.query(COMPETITIONS)).competitions.nodes.length).toBeGreaterThan(0);
    expect((await everything.query(GRANT_CALLS)).grantCalls.nodes.length).toBeGreaterThan(0);
  });
});

describe('API key write scope: redemptions at a merchant till', () => {
  let memberCode: string;
  let claimId: string;

  beforeAll(async () => {
    // A member claims one of 洛阳老城区火锅店's demo offers and shows the code at the counter.
    const search = await env.anonymous.query(`{ offers(first: 50, filter: { text: "火锅" }) { nodes { id kind merchant { id } } } }`);
    const offer = search.offers.nodes.find((o: any) => o.merchant.id === hotpot.id && o.kind !== 'PREPAID_VOUCHER');
    const member = await env.as(demo.memberWang);
    const claimed = await member.query(CLAIM, { input: { offer: offer.id } });
    expect(claimed.claimOffer.__typename).toBe('ClaimOfferSuccess');
    memberCode = claimed.claimOffer.claim.code;
    claimId = claimed.claimOffer.claim.id;
  });

  it('refuses a read-only key, another merchant\'s till and an unbound client, writing nothing', async () => {
    const store = hotpot.stores[0]!.id;
    const readOnly = await integrator(['READ_OFFERS'], hotpot.id);
    const otherTill = await integrator(['WRITE_REDEMPTIONS'], checkup.id);
    const unbound = await integrator(['WRITE_REDEMPTIONS']);
    for (const caller of [readOnly, otherTill, unbound]) {
      const refused = await caller.request(TILL_REDEEM, { input: { code: memberCode, store } });
      expect(refused.data.redeemCode).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const claim = await env.db.query.offerClaims.findFirst({ where: { code: memberCode } });
    expect(claim).toMatchObject({ status: 'active', redeemedAt: null });
    expect(await env.db.query.auditEvents.findMany({ where: { action: 'offer_claim.redeemed' } })).toHaveLength(0);
  });

  it('lets the merchant\'s till redeem with write_redemptions, recorded against the integrator', async () => {
    const till = await integrator(['WRITE_REDEMPTIONS', 'READ_OFFERS'], hotpot.id);
    const redeemed = await till.query(TILL_REDEEM, { input: { code: memberCode, store: hotpot.stores[0]!.id } });
    expect(redeemed.redeemCode).toEqual({
      __typename: 'RedeemCodeSuccess',
      claim: { id: claimId, status: 'REDEEMED', redeemedStore: { name: hotpot.stores[0]!.name }, offer: { title: expect.any(String) } },
    });
    const again = await till.query(TILL_REDEEM, { input: { code: memberCode, store: hotpot.stores[0]!.id } });
    expect(again.redeemCode.__typename).toBe('CodeAlreadyRedeemed');

    const [audit] = await env.db.query.auditEvents.findMany({ where: { action: 'offer_claim.redeemed' } });
    const client = await env.db.query.apiClients.findFirst({ where: { merchantId: rawId(hotpot.id), name: '门店收银系统' }, orderBy: { createdAt: 'desc' } });
    expect(audit).toMatchObject({ actorUserId: null, actorApiClientId: client!.id, toState: 'redeemed' });
    const claim = await env.db.query.offerClaims.findFirst({ where: { code: memberCode } });
    expect(claim).toMatchObject({ status: 'redeemed', redeemedByUserId: null });
  });

  it('binds a till only to an approved merchant in the registering union\'s area', async () => {
    const zhengzhouMerchant = await merchantOf(await env.as(merchantStaff.hotpotZhengzhou));
    const foreign = await luoyang.query(CREATE_CLIENT, {
      input: { name: '收银', organization: '某公司', union: luoyangUnionId, merchant: zhengzhouMerchant.id },
    });
    expect(foreign.createApiClient).toEqual({
      __typename: 'InputValidationError',
      code: 'INVALID_INPUT',
      message: expect.any(String),
      fieldErrors: [{ field: ['input', 'merchant'], code: 'MERCHANT_NOT_IN_UNION', message: '该商家不在登记工会的辖区内' }],
    });
    expect(await env.db.query.apiClients.findMany({ where: { merchantId: rawId(zhengzhouMerchant.id) } })).toHaveLength(0);
  });
});

describe('node(id:) on records of another merchant or member (IDOR)', () => {
  it('refuses another merchant\'s draft offer and claims exactly as the typed field does', async () => {
    const hotpotStaff = await env.as(merchantStaff.hotpotLuoyang);
    const checkupStaff = await env.as(merchantStaff.checkupJianxi);
    const now = Date.now();
    const draft = await checkupStaff.query(CREATE_OFFER, {
      input: {
        merchant: checkup.id,
        title: '体检套餐 8 折（草稿）',
        description: '尚未提交审核的优惠。',
        category: 'MEDICAL_CHECKUP',
        kind: 'PERCENTAGE_OFF',
        percentPaid: 80,
        validFrom: new Date(now).toISOString(),
        validUntil: new Date(now + 7 * 86_400_000).toISOString(),
        stores: checkup.stores.map((s) => s.id),
      },
    });
    const draftId = draft.createOffer.offer.id;

    // The typed path to another merchant's offers and figures, and node(id:), give the same refusal.
    const typed = await hotpotStaff.request(`query($id: ID!) { node(id: $id) { ... on Merchant { offers(first: 5) { nodes { id } } } } }`, {
      id: checkup.id,
    });
    const viaNode = await hotpotStaff.request(`query($id: ID!) { node(id: $id) { ... on Offer { id title } } }`, { id: draftId });
    expect(errorOf(typed)).toEqual({ code: 'FORBIDDEN', message: expect.any(String) });
    expect(errorOf(viaNode)).toEqual(errorOf(typed));
    expect(viaNode.data.node).toBeNull();
    // Its own staff see it.
    expect((await checkupStaff.query(`query($id: ID!) { node(id: $id) { ... on Offer { title } } }`, { id: draftId })).node.title).toBe(
      '体检套餐 8 折（草稿）',
    );
  });

  it('refuses a member\'s claim to another member and to staff of another merchant, as the wallet field does', async () => {
    const wang = await env.as(demo.memberWang);
    const wallet = await wang.query(`{ wallet(first: 5) { nodes { id code } } }`);
    const claimId = wallet.wallet.nodes[0].id;
    const CLAIM_NODE = `query($id: ID!) { node(id: $id) { ... on OfferClaim { id code } } }`;

    const li = await env.as(demo.memberLi);
    const otherMember = await li.request(CLAIM_NODE, { id: claimId });
    const otherMerchant = await (await env.as(merchantStaff.checkupJianxi)).request(CLAIM_NODE, { id: claimId });
    const anonymousWallet = await env.anonymous.request(`{ wallet(first: 5) { nodes { id } } }`);
    const staffWallet = await (await env.as(merchantStaff.checkupJianxi)).request(`{ wallet(first: 5) { nodes { id } } }`);
    expect(errorOf(otherMember)).toEqual({ code: 'FORBIDDEN', message: expect.any(String) });
    expect(errorOf(otherMerchant)).toEqual(errorOf(otherMember));
    expect(errorOf(staffWallet)).toEqual(errorOf(otherMember));
    expect(errorOf(anonymousWallet).code).toBe('UNAUTHENTICATED');
    expect(otherMember.data.node).toBeNull();
    expect(JSON.stringify(otherMerchant)).not.toContain(wallet.wallet.nodes[0].code);
  });
});
