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
  it('delivers a signed event for a confirmed registration, retrying with growing delays, once per event', { timeout: 120_000 }, async () => {
    const receiver = await startReceiver(3);
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

      // The first three posts get a 500. Each retry is scheduled later than the one before
      // (30 s, 60 s, 120 s); the test moves each one forward instead of waiting.
      const delays: number[] = [];
      for (let failures = 1; failures <= 3; failures += 1) {
        await until(async () => {
          const [row] = await env.db.query.webhookDeliveries.findMany({ where: { status: 'pending', attempts: failures } });
          return row && receiver.received.length >= failures ? row : undefined;
        }).then((row) => delays.push(row.nextAttemptAt.getTime() - Date.now()));
        await env.db.execute(sql`update webhook_deliveries set next_attempt_at = now() where status = 'pending'`);
      }
      expect(delays[0]).toBeGreaterThan(20_000);
      expect(delays[1]).toBeGreaterThan(delays[0]! + 20_000);
      expect(delays[2]).toBeGreaterThan(delays[1]! + 50_000);
      await until(async () => (receiver.received.length >= 4 ? true : undefined));

      const first = receiver.received[0]!;
      const second = receiver.received[3]!;
      expect(second.headers['webhook-id']).toBe(first.headers['webhook-id']);
      expect(second.headers['huigong-event']).toBe('registration.confirmed');
      const signed = {
        id: String(second.headers['webhook-id']),
        timestamp: String(second.headers['webhook-timestamp']),
        signature: String(second.headers['webhook-signature']),
      };
      expect(signed.signature).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      expect(verifyWebhookSignature(secret, signed, second.body)).toBe(true);
      expect(verifyWebhookSignature(`whsec_${Buffer.from('wrong key').toString('base64')}`, signed, second.body)).toBe(false);
      expect(verifyWebhookSignature(secret, signed, second.body.replace('}', ' }'))).toBe(false);
      expect(verifyWebhookSignature(secret, { ...signed, timestamp: String(Number(signed.timestamp) - 3600) }, second.body)).toBe(false);
      const payload = JSON.parse(second.body);
      expect(payload.id).toBe(signed.id);
      expect(payload).toMatchObject({
        type: 'registration.confirmed',
        data: { subject: { type: 'CompetitionEntry', id: entryId }, toState: 'confirmed' },
      });

      const deliveries = await integrator.query(
        `query($id: ID!) { node(id: $id) { ... on WebhookSubscription { deliveries(first: 5) {
          totalCount nodes { status attempts lastStatusCode history { attempt statusCode } } } } } }`,
        { id: subscription.id },
      );
      expect(deliveries.node.deliveries).toEqual({
        totalCount: 1,
        nodes: [
          {
            status: 'DELIVERED',
            attempts: 4,
            lastStatusCode: 204,
            history: [
              { attempt: 1, statusCode: 500 },
              { attempt: 2, statusCode: 500 },
              { attempt: 3, statusCode: 500 },
              { attempt: 4, statusCode: 204 },
            ],
          },
        ],
      });
      // Nothing more arrives for the same event.
      await new Promise((r) => setTimeout(r, 400));
      expect(receiver.received).toHaveLength(4);
    } finally {
      await receiver.close();
    }
  });

  it('pauses an endpoint that exhausts its retries, and sends again after resume and replay', async () => {
    const receiver = await startReceiver(1_000);
    try {
      const subscribed = await integrator.query(SUBSCRIBE, { input: { url: receiver.url, events: ['REGISTRATION_CONFIRMED'] } });
      const { subscription } = subscribed.createWebhookSubscription.created;
      const register = async (phone: string) => {
        const competitions = await env.anonymous.query(`{ competitions(first: 5) { nodes { events(first: 5) { nodes { id kind } } } } }`);
        const event = competitions.competitions.nodes.flatMap((c: any) => c.events.nodes).find((e: any) => e.kind === 'INDIVIDUAL');
        const member = await env.as(phone);
        const result = await member.query(
          `mutation($input: RegisterForCompetitionEventInput!) { registerForCompetitionEvent(input: $input) { __typename } }`,
          { input: { event: event.id } },
        );
        expect(result.registerForCompetitionEvent.__typename).toBe('RegisterForCompetitionEventSuccess');
      };
      // Two more Luoyang members, eligible for the Luoyang competition in the seed.
      await register('13900000005');
      const mine = sql`subscription_id = (select id from webhook_subscriptions where url = ${receiver.url} and disabled_at is null)`;
      for (let attempt = 1; attempt < 8; attempt += 1) {
        // Wait until the failure is recorded (the receiver sees the post before the worker does).
        await until(async () => {
          const rows = await env.db.execute(
            sql`select 1 from webhook_deliveries where status = 'pending' and attempts = ${attempt} and ${mine}`,
          );
          const found = (rows as unknown as { rows?: unknown[] }).rows ?? (rows as unknown as unknown[]);
          return found.length > 0 ? true : undefined;
        });
        await env.db.execute(sql`update webhook_deliveries set next_attempt_at = now() where status = 'pending' and ${mine}`);
      }
      await until(async () => (receiver.received.length >= 8 ? true : undefined));
      const paused = await until(async () => {
        const row = await env.db.query.webhookSubscriptions.findFirst({ where: { url: receiver.url } });
        return row?.pausedAt ? row : undefined;
      });
      expect(paused.pausedAt).toBeInstanceOf(Date);
      const [failed] = await env.db.query.webhookDeliveries.findMany({ where: { subscriptionId: paused.id } });
      expect(failed).toMatchObject({ status: 'failed', attempts: 8 });

      // While paused, a new event waits instead of being tried.
      await register('13900000012');
      await new Promise((r) => setTimeout(r, 500));
      expect(receiver.received).toHaveLength(8);

      const resumed = await integrator.query(
        `mutation($input: WebhookSubscriptionInput!) { resumeWebhookSubscription(input: $input) { __typename
          ... on ResumeWebhookSubscriptionSuccess { subscription { pausedAt } } } }`,
        { input: { subscription: subscription.id } },
      );
      expect(resumed.resumeWebhookSubscription).toEqual({ __typename: 'ResumeWebhookSubscriptionSuccess', subscription: { pausedAt: null } });
      await until(async () => (receiver.received.length >= 9 ? true : undefined));

      const list = await integrator.query(
        `query($id: ID!) { node(id: $id) { ... on WebhookSubscription { deliveries(first: 5) { nodes { id status } } } } }`,
        { id: subscription.id },
      );
      const failedId = list.node.deliveries.nodes.find((d: any) => d.status === 'FAILED').id;
      const replayed = await integrator.query(
        `mutation($input: WebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { __typename
          ... on ReplayWebhookDeliverySuccess { delivery { status attempts } } } }`,
        { input: { delivery: failedId } },
      );
      // The worker may already have picked it up by the time the response is shaped.
      expect(replayed.replayWebhookDelivery.__typename).toBe('ReplayWebhookDeliverySuccess');
      expect(replayed.replayWebhookDelivery.delivery.status).toMatch(/^(PENDING|DELIVERING|DELIVERED)$/);
      await until(async () => (receiver.received.length >= 10 ? true : undefined));
    } finally {
      await receiver.close();
    }
  }, 120_000);

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
