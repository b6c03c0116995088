import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { CLAIM, merchantOf, merchantStaff } from '../offers/fixtures.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';

const DISTRICTS = `{ unions(level: DISTRICT, first: 60) { nodes { name code } } }`;

describe('query cost and the per-caller budget', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment({
      env: { COST_BUCKET_CAPACITY: '100', COST_RESTORE_RATE: '1', MAX_QUERY_COST: '100' },
    });
  });
  afterAll(() => env?.close());

  it('reports requested and actual cost and the bucket in extensions.cost', async () => {
    const member = await env.as(demo.memberWu);
    const response = await fetch(`${env.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
      body: JSON.stringify({ query: DISTRICTS }),
    });
    const body: any = await response.json();
    const districts = body.data.unions.nodes.length;
    expect(districts).toBeGreaterThan(3);
    // 1 for the connection + 60 nodes requested; actual: the data, the connection and each node.
    expect(body.extensions.cost).toEqual({
      requestedQueryCost: 61,
      actualQueryCost: districts + 2,
      throttleStatus: { maximumAvailable: 100, currentlyAvailable: expect.any(Number), restoreRate: 1 },
    });
    expect(body.extensions.cost.throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(100 - 61 + (61 - districts - 2));
  });

  it('refuses an operation above the per-operation maximum before running it', async () => {
    const result = await env.anonymous.request(`{ unions(first: 100) { nodes { children(first: 100) { nodes { name } } } } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'MAX_COST_EXCEEDED',
      cost: { requestedQueryCost: 10201, maximumQueryCost: 100 },
    });
    expect(result.data).toBeUndefined();
    // Refused before execution: the database was not asked anything.
    expect(result.headers.get('x-sql-statements')).toBe('0');
  });

  it('refuses operations over the depth and alias limits before they touch the database', async () => {
    const deep = `{ unions(first: 1) { nodes { ${'children(first: 1) { nodes { '.repeat(12)}name${' } }'.repeat(12)} } } }`;
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: unions(first: 1) { nodes { name } }`).join(' ')} }`;
    for (const query of [deep, aliases]) {
      const result = await env.anonymous.request(query);
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0]?.message).toMatch(/depth|Aliases/i);
      expect(result.data).toBeUndefined();
      expect(result.headers.get('x-sql-statements')).toBe('0');
    }
  });

  it('throttles a caller who spends faster than the bucket refills, and tells them when to come back', async () => {
    const member = await env.as(demo.memberZhou);
    const outcomes: { status: number; code?: string; retryAfter: string | null; available?: number }[] = [];
    for (let i = 0; i < 10; i += 1) {
      const response = await member.request(DISTRICTS);
      outcomes.push({
        status: response.status,
        code: response.errors?.[0]?.extensions?.code,
        retryAfter: response.headers.get('retry-after'),
        available: (response.errors?.[0]?.extensions?.cost as any)?.throttleStatus?.currentlyAvailable,
      });
    }
    const throttled = outcomes.filter((o) => o.code === 'THROTTLED');
    expect(outcomes[0]!.status).toBe(200);
    expect(throttled.length).toBeGreaterThan(0);
    expect(throttled[0]).toMatchObject({ status: 429 });
    expect(Number(throttled[0]!.retryAfter)).toBeGreaterThan(0);
    expect(throttled[0]!.available).toBeLessThan(61);

    // Another caller has a budget of their own.
    const other = await env.as(demo.memberYang);
    expect((await other.request(DISTRICTS)).status).toBe(200);
  });

  it('throttles a burst from one API key while another key of the same client is served', async () => {
    const staff = await env.as(demo.luoyangStaff);
    const union = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
    const client = await staff.query(
      `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { ... on CreateApiClientSuccess { client { id } } } }`,
      { input: { name: '联名卡服务', organization: '洛阳某银行', union } },
    );
    const issue = async () => {
      const issued = await staff.query(
        `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { ... on IssueApiKeySuccess { issued { secret } } } }`,
        { input: { client: client.createApiClient.client.id, scopes: ['READ_UNIONS'] } },
      );
      return env.anonymous.withToken(issued.issueApiKey.issued.secret);
    };
    const [bursting, calm] = [await issue(), await issue()];
    const burst = await Promise.all(Array.from({ length: 6 }, () => bursting.request(DISTRICTS)));
    const codes = burst.map((r) => r.errors?.[0]?.extensions?.code ?? r.status);
    expect(codes).toContain(200);
    expect(codes).toContain('THROTTLED');
    expect(burst.find((r) => r.status === 429)?.headers.get('retry-after')).toMatch(/^\d+$/);

    const served = await calm.request(DISTRICTS);
    expect(served.status).toBe(200);
    expect(served.data.unions.nodes.length).toBeGreaterThan(0);
  });
});

describe('login brute force', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment({ env: { LOGIN_ATTEMPTS_PER_ACCOUNT: '5', LOGIN_ATTEMPTS_PER_ADDRESS: '8' } });
  });
  afterAll(() => env?.close());

  const LOGIN = `mutation($input: LoginInput!) { login(input: $input) {
    __typename ... on TooManyAttempts { retryAfterSeconds } ... on Error { code message } } }`;
  const attempt = (phone: string, password: string) => env.anonymous.query(LOGIN, { input: { phone, password } });

  it('checks at most five passwords per account even when guesses arrive in parallel, then locks it', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => attempt(demo.memberZhang, 'guess-guess')));
    const kinds = results.map((r) => r.login.__typename);
    expect(kinds.filter((k) => k === 'InvalidCredentials')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'TooManyAttempts')).toHaveLength(7);
    const locked = results.find((r) => r.login.__typename === 'TooManyAttempts')!.login;
    expect(locked).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(locked.retryAfterSeconds).toBeGreaterThan(0);

    // Even the right password waits for the lock to pass.
    expect((await attempt(demo.memberZhang, 'Huigong@2026')).login.__typename).toBe('TooManyAttempts');
  });

  it('counts failures per address across accounts, and a correct password does not count', async () => {
    expect((await attempt(demo.memberLi, 'Huigong@2026')).login.__typename).toBe('LoginSuccess');
    // The address has 5 failures from the test above; 3 more reach its limit of 8.
    for (const phone of [demo.memberYang, demo.memberZhao, demo.memberWu]) {
      expect((await attempt(phone, 'wrong-password')).login.__typename).toBe('InvalidCredentials');
    }
    expect((await attempt(demo.memberZhou, 'Huigong@2026')).login.__typename).toBe('TooManyAttempts');
  });
});

describe('code guessing at the counter and certificate checks', () => {
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment({
      env: { CODE_ATTEMPTS_PER_MERCHANT: '5', CODE_ATTEMPTS_PER_ADDRESS: '9', LOGIN_ATTEMPTS_PER_ADDRESS: '100' },
    });
  });
  afterAll(() => env?.close());

  const REDEEM = `mutation($input: RedeemCodeInput!) { redeemCode(input: $input) {
    __typename ... on TooManyAttempts { retryAfterSeconds } ... on Error { code } } }`;

  it('tries at most five unknown codes per merchant, even in parallel, and then refuses even a real code', async () => {
    const staff = await env.as(merchantStaff.hotpotLuoyang);
    const hotpot = await merchantOf(staff);
    const store = hotpot.stores[0]!.id;
    // A member's real code at this counter, and one for the other merchant's counter below.
    const offers = await env.anonymous.query(`{ offers(first: 50, filter: { text: "火锅" }) { nodes { id kind merchant { id } } } }`);
    const offer = offers.offers.nodes.find((o: any) => o.merchant.id === hotpot.id && o.kind !== 'PREPAID_VOUCHER');
    const real = (await (await env.as(demo.memberWang)).query(CLAIM, { input: { offer: offer.id } })).claimOffer.claim.code;

    const guesses = Array.from({ length: 8 }, (_, i) => `ZZZZZZ${String(i).padStart(2, '0')}`);
    const results = await Promise.all(guesses.map((code) => staff.query(REDEEM, { input: { code, store } })));
    const kinds = results.map((r) => r.redeemCode.__typename);
    expect(kinds.filter((k) => k === 'CodeUnknown')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'TooManyAttempts')).toHaveLength(3);
    expect(results.find((r) => r.redeemCode.__typename === 'TooManyAttempts')!.redeemCode.retryAfterSeconds).toBeGreaterThan(0);
    // The counter is locked: the member's real code waits too, and stays unredeemed.
    expect((await staff.query(REDEEM, { input: { code: real, store } })).redeemCode.__typename).toBe('TooManyAttempts');
    expect(await env.db.query.offerClaims.findFirst({ where: { code: real } })).toMatchObject({ status: 'active' });
  });

  it('counts unknown certificate numbers against the address', async () => {
    const CHECK = `query($number: String!) { competitionCertificate(number: $number) { number } }`;
    // The address has 5 unknown codes from the test above (the refused ones did not count); its limit is 9.
    for (let i = 0; i < 4; i += 1) {
      expect((await env.anonymous.query(CHECK, { number: `NO-SUCH-${i}` })).competitionCertificate).toBeNull();
    }
    const refused = await env.anonymous.request(CHECK, { number: 'NO-SUCH-9' });
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
  });
});

describe('with REDIS_URL, instances share one bucket per caller', () => {
  const redisEnv = {
    COST_BUCKET_CAPACITY: '100',
    COST_RESTORE_RATE: '1',
    MAX_QUERY_COST: '100',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  };
  let env: TestEnvironment;
  beforeAll(async () => {
    env = await createTestEnvironment({ env: redisEnv });
  });
  afterAll(() => env?.close());

  it('charges a request on one instance against the budget seen by the other', async () => {
    const member = await env.as(demo.memberWang);
    const spent = await member.request(DISTRICTS);
    expect(spent.status).toBe(200);

    const other = await env.startAnotherServer(redisEnv);
    const onOther = await fetch(`${other.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
      body: JSON.stringify({ query: '{ me { id } }' }),
    }).then((r) => r.json() as Promise<any>);
    // 100 - 61 + refund of the unused part: far below a fresh bucket, because it is the same bucket.
    expect(onOther.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThan(90);

    const fresh = await env.as(demo.memberLi);
    const freshOnOther = await fresh.withToken(fresh.token).request('{ me { id } }');
    expect(freshOnOther.status).toBe(200);
  });
});
