import { apiKeys } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';

const CREATE_CLIENT = /* GraphQL */ `
  mutation CreateClient($input: CreateApiClientInput!) {
    createApiClient(input: $input) {
      __typename
      ... on CreateApiClientSuccess { client { id name organization union { name } } }
      ... on Error { code message }
    }
  }
`;
const ISSUE_KEY = /* GraphQL */ `
  mutation Issue($input: IssueApiKeyInput!) {
    issueApiKey(input: $input) {
      __typename
      ... on IssueApiKeySuccess { issued { secret key { id prefix scopes active } } }
      ... on Error { code message }
    }
  }
`;
const ROTATE_KEY = /* GraphQL */ `
  mutation Rotate($input: RotateApiKeyInput!) {
    rotateApiKey(input: $input) {
      __typename
      ... on RotateApiKeySuccess { issued { secret key { id prefix scopes } } }
      ... on Error { code message }
    }
  }
`;
const REVOKE_KEY = /* GraphQL */ `
  mutation Revoke($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      __typename
      ... on RevokeApiKeySuccess { key { active revokedAt } }
      ... on Error { code message }
    }
  }
`;
const WHO_AM_I = `{ apiCaller { scopes client { name organization } } me { id } }`;

let env: TestEnvironment;
let luoyang: GraphQLClient;
let luoyangUnionId: string;
let clientId: string;

beforeAll(async () => {
  env = await createTestEnvironment({ env: { COST_BUCKET_CAPACITY: '1000', COST_RESTORE_RATE: '50' } });
  luoyang = await env.as(demo.luoyangStaff);
  luoyangUnionId = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
  const created = await luoyang.query(CREATE_CLIENT, {
    input: { name: '洛阳工会卡联名服务', organization: '中国工商银行洛阳分行', union: luoyangUnionId },
  });
  expect(created.createApiClient.__typename).toBe('CreateApiClientSuccess');
  clientId = created.createApiClient.client.id;
});
afterAll(() => env?.close());

describe('API clients and keys', () => {
  it('issues a key whose secret is shown once and stored only as a hash', async () => {
    const issued = await luoyang.query(ISSUE_KEY, { input: { client: clientId, scopes: ['READ_OFFERS', 'READ_UNIONS'] } });
    const { secret, key } = issued.issueApiKey.issued;
    expect(secret).toMatch(/^hgk_[A-Za-z0-9_-]{8}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(key.prefix)).toBe(true);
    expect(key).toMatchObject({ scopes: ['READ_OFFERS', 'READ_UNIONS'], active: true });

    const stored = await env.db.query.apiKeys.findMany();
    expect(JSON.stringify(stored)).not.toContain(secret.slice(-43));

    const integrator = env.anonymous.withToken(secret);
    const me = await integrator.query(WHO_AM_I);
    expect(me).toEqual({
      apiCaller: { scopes: ['READ_OFFERS', 'READ_UNIONS'], client: { name: '洛阳工会卡联名服务', organization: '中国工商银行洛阳分行' } },
      me: null,
    });
    // Public data is readable; member data is not.
    expect((await integrator.query(`{ unions { nodes { name } } }`)).unions.nodes).toHaveLength(1);
    const members = await integrator.request(`{ unionByCode(code: "G410305001") { members(first: 1) { totalCount } } }`);
    expect(members.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const used = await env.db.query.apiKeys.findFirst({ where: { prefix: key.prefix.replace(/^hgk_/, '') } });
    expect(used?.lastUsedAt).toBeInstanceOf(Date);
  });

  it('rotates with an overlap during which both keys work, and revokes at once', async () => {
    const issued = await luoyang.query(ISSUE_KEY, { input: { client: clientId, scopes: ['READ_JOBS'] } });
    const old = issued.issueApiKey.issued;

    const rotated = await luoyang.query(ROTATE_KEY, { input: { key: old.key.id, overlapHours: 1 } });
    expect(rotated.rotateApiKey.__typename).toBe('RotateApiKeySuccess');
    const successor = rotated.rotateApiKey.issued;
    expect(successor.key.scopes).toEqual(['READ_JOBS']);
    expect(successor.secret).not.toBe(old.secret);

    expect((await env.anonymous.withToken(old.secret).request(WHO_AM_I)).status).toBe(200);
    expect((await env.anonymous.withToken(successor.secret).request(WHO_AM_I)).status).toBe(200);

    const revoked = await luoyang.query(REVOKE_KEY, { input: { key: old.key.id, reason: '轮换完成，停用旧密钥' } });
    expect(revoked.revokeApiKey.key.active).toBe(false);
    const refused = await env.anonymous.withToken(old.secret).request(WHO_AM_I);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const again = await luoyang.query(REVOKE_KEY, { input: { key: old.key.id, reason: '重复吊销' } });
    expect(again.revokeApiKey).toMatchObject({ __typename: 'ApiKeyNotActive', code: 'API_KEY_NOT_ACTIVE' });
    const rotateRevoked = await luoyang.query(ROTATE_KEY, { input: { key: old.key.id } });
    expect(rotateRevoked.rotateApiKey.__typename).toBe('ApiKeyNotActive');

    const audit = await env.db.query.auditEvents.findMany({ where: { subjectType: 'api_key' }, orderBy: { id: 'asc' } });
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['api_key.issued', 'api_key.rotated', 'api_key.revoked']));
  });

  it('refuses a rotated key once its overlap has ended, while its successor keeps working', async () => {
    const issued = await luoyang.query(ISSUE_KEY, { input: { client: clientId, scopes: ['READ_GRANTS'] } });
    const old = issued.issueApiKey.issued;
    const rotated = await luoyang.query(ROTATE_KEY, { input: { key: old.key.id, overlapHours: 1 } });
    const successor = rotated.rotateApiKey.issued;
    const oldRow = await env.db.query.apiKeys.findFirst({ where: { prefix: old.key.prefix.replace(/^hgk_/, '') } });
    const hours = (oldRow!.expiresAt!.getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(0.9);
    expect(hours).toBeLessThanOrEqual(1);

    // The overlap ends: the clock is moved by ending it in the database rather than waiting an hour.
    await env.db.update(apiKeys).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiKeys.id, oldRow!.id));
    const refused = await env.anonymous.withToken(old.secret).request(WHO_AM_I);
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await env.anonymous.withToken(successor.secret).query(WHO_AM_I)).apiCaller.scopes).toEqual(['READ_GRANTS']);
  });

  it('keeps other cities and members away from a client and its keys', async () => {
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    const foreign = await zhengzhou.request(ISSUE_KEY, { input: { client: clientId, scopes: ['READ_OFFERS'] } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await env.db.query.apiKeys.findMany({ where: { scopes: { arrayContains: ['read_offers'] } } })).toHaveLength(1);

    const node = await zhengzhou.request(`query($id: ID!) { node(id: $id) { ... on ApiClient { name } } }`, { id: clientId });
    expect(node.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const member = await env.as(demo.memberWang);
    const create = await member.request(CREATE_CLIENT, { input: { name: '冒充', organization: '某公司', union: luoyangUnionId } });
    expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const list = await luoyang.query(`query($id: ID!) { node(id: $id) { ... on Union { apiClients { totalCount nodes { name keys { totalCount } } } } } }`, {
      id: luoyangUnionId,
    });
    expect(list.node.apiClients.nodes[0]).toEqual({ name: '洛阳工会卡联名服务', keys: { totalCount: 5 } });
  });

  it('refuses a key with no scopes and a malformed or unknown key', async () => {
    const none = await luoyang.query(ISSUE_KEY, { input: { client: clientId, scopes: [] } });
    expect(none.issueApiKey.__typename).toBe('InputValidationError');
    const unknown = await env.anonymous.withToken(`hgk_AAAAAAAA_${'A'.repeat(43)}`).request(WHO_AM_I);
    expect(unknown.status).toBe(401);
  });

  it('charges an integrator its own budget, keyed by the key', async () => {
    const issued = await luoyang.query(ISSUE_KEY, { input: { client: clientId, scopes: ['READ_UNIONS'] } });
    const integrator = env.anonymous.withToken(issued.issueApiKey.issued.secret);
    const response = await fetch(`${env.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${integrator.token}` },
      body: JSON.stringify({ query: '{ unions(first: 10) { nodes { name } } }' }),
    });
    const body: any = await response.json();
    expect(body.extensions.cost.requestedQueryCost).toBe(11);
    // The bucket refills at 50 points a second between the charge and the refund.
    const expected = 1000 - 11 + (11 - body.extensions.cost.actualQueryCost);
    expect(body.extensions.cost.throttleStatus.currentlyAvailable).toBeGreaterThanOrEqual(expected);
    expect(body.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(1000);
  });
});
