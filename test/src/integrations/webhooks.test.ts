import http from 'node:http';
import { verifyWebhookSignature } from '@huigong/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** The integrator's endpoint: records what arrives; answers 500 to the first `failFirst` posts. */
function startReceiver(failFirst: number) {
  const received: Received[] = [];
  let seen = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen += 1;
      received.push({ headers: req.headers, body });
      res.statusCode = seen <= failFirst ? 500 : 204;
      res.end();
    });
  });
  return new Promise<{ url: string; received: Received[]; close: () => Promise<void> }>((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      done({
        url: `http://127.0.0.1:${port}/huigong`,
        received,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    }),
  );
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const SUBSCRIBE = /* GraphQL */ `
  mutation Subscribe($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) {
      __typename
      ... on CreateWebhookSubscriptionSuccess { created { secret subscription { id url events } } }
      ... on InputValidationError { fieldErrors { field code message } }
      ... on Error { code message }
    }
  }
`;

let env: TestEnvironment;
let integrator: GraphQLClient;
let readOnlyIntegrator: GraphQLClient;

beforeAll(async () => {
  env = await createTestEnvironment({ env: { WEBHOOK_POLL_MS: '100' } });
  const staff = await env.as(demo.luoyangStaff);
  const union = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
  const client = await staff.query(
    `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { ... on CreateApiClientSuccess { client { id } } } }`,
    { input: { name: '洛阳城市服务平台', organization: '洛阳市大数据局', union } },
  );
  const clientId = client.createApiClient.client.id;
  const issue = (scopes: string[]) =>
    staff.query(
      `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { ... on IssueApiKeySuccess { issued { secret } } } }`,
      { input: { client: clientId, scopes } },
    );
  integrator = env.anonymous.withToken((await issue(['MANAGE_WEBHOOKS', 'READ_COMPETITIONS'])).issueApiKey.issued.secret);
  readOnlyIntegrator = env.anonymous.withToken((await issue(['READ_COMPETITIONS'])).issueApiKey.issued.secret);
});
afterAll(() => env?.close());

describe('webhooks', () => {
  it('delivers a signed event for a confirmed registration, retrying after a failure, once per event', async () => {
    const receiver = await startReceiver(1);
    try {
      const subscribed = await integrator.query(SUBSCRIBE, { input: { url: receiver.url, events: ['REGISTRATION_CONFIRMED'] } });
      expect(subscribed.createWebhookSubscription.__typename).toBe('CreateWebhookSubscriptionSuccess');
      const { secret, subscription } = subscribed.createWebhookSubscription.created;
      expect(secret).toMatch(/^whsec_/);

      const competitions = await env.anonymous.query(
        `{ competitions(first: 5) { nodes { title events(first: 5) { nodes { id name kind } } } } }`,
      );
      const event = competitions.competitions.nodes
        .flatMap((c: any) => c.events.nodes)
        .find((e: any) => e.kind === 'INDIVIDUAL');
      const member = await env.as(demo.memberLi);
      const registered = await member.query(
        `mutation($input: RegisterForCompetitionEventInput!) { registerForCompetitionEvent(input: $input) {
          __typename ... on RegisterForCompetitionEventSuccess { entry { id status } } ... on Error { code message } } }`,
        { input: { event: event.id } },
      );
      expect(registered.registerForCompetitionEvent.entry.status).toBe('CONFIRMED');
      const entryId = registered.registerForCompetitionEvent.entry.id;

      // The first post gets a 500; the retry comes after the back-off, so move it forward.
      await until(async () => (receiver.received.length >= 1 ? true : undefined));
      await env.db.execute(sql`update webhook_deliveries set next_attempt_at = now() where status = 'pending'`);
      await until(async () => (receiver.received.length >= 2 ? true : undefined));

      const [first, second] = receiver.received as [Received, Received];
      expect(second.headers['huigong-delivery']).toBe(first.headers['huigong-delivery']);
      expect(second.headers['huigong-event']).toBe('registration.confirmed');
      expect(verifyWebhookSignature(secret, String(second.headers['huigong-signature']), second.body)).toBe(true);
      expect(verifyWebhookSignature('whsec_wrong', String(second.headers['huigong-signature']), second.body)).toBe(false);
      expect(verifyWebhookSignature(secret, String(second.headers['huigong-signature']), second.body.replace('}', ' }'))).toBe(false);
      const payload = JSON.parse(second.body);
      expect(payload).toMatchObject({
        type: 'registration.confirmed',
        data: { subject: { type: 'CompetitionEntry', id: entryId }, toState: 'confirmed' },
      });

      const deliveries = await integrator.query(
        `query($id: ID!) { node(id: $id) { ... on WebhookSubscription { deliveries(first: 5) { totalCount nodes { status attempts lastStatusCode } } } } }`,
        { id: subscription.id },
      );
      expect(deliveries.node.deliveries).toEqual({
        totalCount: 1,
        nodes: [{ status: 'DELIVERED', attempts: 2, lastStatusCode: 204 }],
      });
      // Nothing more arrives for the same event.
      await new Promise((r) => setTimeout(r, 400));
      expect(receiver.received).toHaveLength(2);
    } finally {
      await receiver.close();
    }
  });

  it('needs the manage_webhooks scope and a usable URL', async () => {
    const refused = await readOnlyIntegrator.request(SUBSCRIBE, { input: { url: 'http://127.0.0.1:9/x', events: ['JOB_PUBLISHED'] } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const bad = await integrator.query(SUBSCRIBE, { input: { url: 'ftp://example.com/x', events: ['JOB_PUBLISHED'] } });
    expect(bad.createWebhookSubscription.fieldErrors[0]).toMatchObject({ field: ['input', 'url'], code: 'INVALID_URL' });
    const none = await integrator.query(SUBSCRIBE, { input: { url: 'https://example.com/x', events: [] } });
    expect(none.createWebhookSubscription.__typename).toBe('InputValidationError');
  });

  it('writes no delivery when the change rolls back', async () => {
    const before = await env.db.query.webhookDeliveries.findMany();
    const member = await env.as(demo.memberLi);
    const competitions = await env.anonymous.query(`{ competitions(first: 5) { nodes { events(first: 5) { nodes { id kind } } } } }`);
    const event = competitions.competitions.nodes.flatMap((c: any) => c.events.nodes).find((e: any) => e.kind === 'INDIVIDUAL');
    // Registering twice is refused as a typed error: its transaction writes nothing, so no event.
    const again = await member.query(
      `mutation($input: RegisterForCompetitionEventInput!) { registerForCompetitionEvent(input: $input) { __typename } }`,
      { input: { event: event.id } },
    );
    expect(again.registerForCompetitionEvent.__typename).toBe('AlreadyRegistered');
    expect(await env.db.query.webhookDeliveries.findMany()).toHaveLength(before.length);
  });
});
