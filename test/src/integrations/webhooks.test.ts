import http from 'node:http';
import { rowsOf } from '@huigong/db';
import { verifyWebhookSignature } from '@huigong/schema';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import { CLAIM, merchantOf, merchantStaff } from '../offers/fixtures.ts';

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
let till: GraphQLClient;

const MAX_ATTEMPTS = 4;

beforeAll(async () => {
  // Retries after 1–2 s, 2–4 s, 4–8 s (pg-boss back-off with jitter), at most four attempts.
  env = await createTestEnvironment({
    env: { WEBHOOK_POLL_MS: '100', WEBHOOK_RETRY_DELAY_SECONDS: '1', WEBHOOK_MAX_ATTEMPTS: String(MAX_ATTEMPTS) },
  });
  const staff = await env.as(demo.luoyangStaff);
  const union = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
  const register = async (name: string, merchant?: string) => {
    const client = await staff.query(
      `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { ... on CreateApiClientSuccess { client { id } } } }`,
      { input: { name, organization: '洛阳市大数据局', union, merchant } },
    );
    return client.createApiClient.client.id as string;
  };
  const issue = async (client: string, scopes: string[]) => {
    const issued = await staff.query(
      `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { ... on IssueApiKeySuccess { issued { secret } } } }`,
      { input: { client, scopes } },
    );
    return env.anonymous.withToken(issued.issueApiKey.issued.secret);
  };
  const portal = await register('洛阳城市服务平台');
  integrator = await issue(portal, ['MANAGE_WEBHOOKS', 'READ_COMPETITIONS']);
  readOnlyIntegrator = await issue(portal, ['READ_COMPETITIONS']);
  const hotpot = await merchantOf(await env.as(merchantStaff.hotpotLuoyang));
  till = await issue(await register('老城区火锅店收银系统', hotpot.id), ['WRITE_REDEMPTIONS', 'MANAGE_WEBHOOKS', 'READ_OFFERS']);
});
afterAll(() => env?.close());

describe('webhooks', () => {
  it('delivers a signed event for a redemption, retrying with growing delays until it succeeds, once per event', { timeout: 120_000 }, async () => {
    const receiver = await startReceiver(3);
    try {
      const subscribed = await till.query(SUBSCRIBE, { input: { url: receiver.url, events: ['CLAIM_REDEEMED'] } });
      expect(subscribed.createWebhookSubscription.__typename).toBe('CreateWebhookSubscriptionSuccess');
      const { secret, subscription } = subscribed.createWebhookSubscription.created;
      expect(secret).toMatch(/^whsec_/);

      // A member claims a hot-pot offer and the restaurant's till redeems the code.
      const hotpot = await merchantOf(await env.as(merchantStaff.hotpotLuoyang));
      const offers = await env.anonymous.query(`{ offers(first: 50, filter: { text: "火锅" }) { nodes { id kind merchant { id } } } }`);
      const offer = offers.offers.nodes.find((o: any) => o.merchant.id === hotpot.id && o.kind !== 'PREPAID_VOUCHER');
      const claimed = await (await env.as(demo.memberWang)).query(CLAIM, { input: { offer: offer.id } });
      const claim = claimed.claimOffer.claim;
      const redeemed = await till.query(
        `mutation($input: RedeemCodeInput!) { redeemCode(input: $input) { __typename ... on RedeemCodeSuccess { claim { id status } } } }`,
        { input: { code: claim.code, store: hotpot.stores[0]!.id } },
      );
      expect(redeemed.redeemCode).toEqual({ __typename: 'RedeemCodeSuccess', claim: { id: claim.id, status: 'REDEEMED' } });

      // The first three posts get a 500. After each, pg-boss schedules the retry with a back-off
      // that doubles: 1–2 s, then 2–4 s, then 4–8 s after the failed attempt.
      const delays: number[] = [];
      for (let failures = 1; failures <= 3; failures += 1) {
        const row = await until(async () => {
          const [pending] = await env.db.query.webhookDeliveries.findMany({
            where: { status: 'pending', attempts: failures },
            with: { attemptLog: { orderBy: { attempt: 'desc' }, limit: 1 } },
          });
          return pending?.attemptLog[0]?.attempt === failures ? pending : undefined;
        }, 30_000);
        delays.push(row.nextAttemptAt.getTime() - row.attemptLog[0]!.createdAt.getTime());
      }
      delays.forEach((delay, i) => {
        expect(delay).toBeGreaterThan(1000 * 2 ** i - 300);
        expect(delay).toBeLessThan(1000 * 2 ** (i + 1) + 300);
      });
      await until(async () => (receiver.received.length >= 4 ? true : undefined), 30_000);
      // The outcome is recorded just after the post is answered.
      await until(async () => {
        const done = await env.db.query.webhookDeliveries.findFirst({ where: { status: 'delivered' }, with: { attemptLog: true } });
        return done && done.attemptLog.length === 4 ? done : undefined;
      });

      const first = receiver.received[0]!;
      const last = receiver.received[3]!;
      expect(last.headers['webhook-id']).toBe(first.headers['webhook-id']);
      expect(last.headers['huigong-event']).toBe('claim.redeemed');
      const signed = {
        id: String(last.headers['webhook-id']),
        timestamp: String(last.headers['webhook-timestamp']),
        signature: String(last.headers['webhook-signature']),
      };
      expect(signed.signature).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      expect(verifyWebhookSignature(secret, signed, last.body)).toBe(true);
      expect(verifyWebhookSignature(`whsec_${Buffer.from('wrong key').toString('base64')}`, signed, last.body)).toBe(false);
      expect(verifyWebhookSignature(secret, signed, last.body.replace('}', ' }'))).toBe(false);
      expect(verifyWebhookSignature(secret, { ...signed, timestamp: String(Number(signed.timestamp) - 3600) }, last.body)).toBe(false);
      const payload = JSON.parse(last.body);
      expect(payload.id).toBe(signed.id);
      expect(payload).toMatchObject({
        type: 'claim.redeemed',
        data: { subject: { type: 'OfferClaim', id: claim.id }, fromState: 'active', toState: 'redeemed' },
      });
      // The till reads the claim the event names.
      expect((await till.query(`query($id: ID!) { node(id: $id) { ... on OfferClaim { status } } }`, { id: claim.id })).node.status).toBe(
        'REDEEMED',
      );

      const deliveries = await till.query(
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
      // Two Luoyang members, eligible for the Luoyang competition in the seed.
      await register('13900000005');
      // Every attempt fails; after the last one the endpoint is paused.
      const paused = await until(async () => {
        const row = await env.db.query.webhookSubscriptions.findFirst({ where: { url: receiver.url } });
        return row?.pausedAt ? row : undefined;
      }, 60_000);
      expect(receiver.received).toHaveLength(MAX_ATTEMPTS);
      const [failed] = await env.db.query.webhookDeliveries.findMany({ where: { subscriptionId: paused.id } });
      expect(failed).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastStatusCode: 500 });

      // While paused, a new event waits without being tried.
      await register('13900000012');
      await new Promise((r) => setTimeout(r, 500));
      expect(receiver.received).toHaveLength(MAX_ATTEMPTS);
      const [waiting] = await env.db.query.webhookDeliveries.findMany({ where: { subscriptionId: paused.id, status: 'pending' } });
      expect(waiting).toMatchObject({ attempts: 0, jobId: null });

      const resumed = await integrator.query(
        `mutation($input: WebhookSubscriptionInput!) { resumeWebhookSubscription(input: $input) { __typename
          ... on ResumeWebhookSubscriptionSuccess { subscription { pausedAt } } } }`,
        { input: { subscription: subscription.id } },
      );
      expect(resumed.resumeWebhookSubscription).toEqual({ __typename: 'ResumeWebhookSubscriptionSuccess', subscription: { pausedAt: null } });
      await until(async () => (receiver.received.length >= MAX_ATTEMPTS + 1 ? true : undefined));
      expect(JSON.parse(receiver.received.at(-1)!.body).id).toBe(waiting!.eventId);

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
      await until(async () => receiver.received.some((r, i) => i >= MAX_ATTEMPTS + 1 && JSON.parse(r.body).id === failed!.eventId) || undefined);
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

  it('tells an integrator only of what it may see: a redemption goes to that merchant\'s till alone', async () => {
    const staff = await env.as(demo.luoyangStaff);
    const zhengzhouStaff = await env.as(demo.zhengzhouStaff);
    const subscribe = async (as: GraphQLClient, union: string, name: string, merchant?: string) => {
      const created = await as.query(
        `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { ... on CreateApiClientSuccess { client { id } } } }`,
        { input: { name, organization: '某公司', union, merchant } },
      );
      const issued = await as.query(
        `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { ... on IssueApiKeySuccess { issued { secret } } } }`,
        { input: { client: created.createApiClient.client.id, scopes: ['MANAGE_WEBHOOKS'] } },
      );
      const key = env.anonymous.withToken(issued.issueApiKey.issued.secret);
      const subscribed = await key.query(SUBSCRIBE, {
        input: { url: 'http://127.0.0.1:9/never', events: ['CLAIM_REDEEMED', 'REGISTRATION_CONFIRMED'] },
      });
      return Buffer.from(subscribed.createWebhookSubscription.created.subscription.id, 'base64').toString().split(':')[1]!;
    };
    const luoyang = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
    const zhengzhou = (await env.anonymous.query(`{ unionByCode(code: "410100") { id } }`)).unionByCode.id;
    const checkup = await merchantOf(await env.as(merchantStaff.checkupJianxi));
    const otherTill = await subscribe(staff, luoyang, '体检中心收银', checkup.id);
    const otherCity = await subscribe(zhengzhouStaff, zhengzhou, '郑州城市服务平台');
    const sameCity = await subscribe(staff, luoyang, '洛阳另一平台');

    const hotpot = await merchantOf(await env.as(merchantStaff.hotpotLuoyang));
    const offers = await env.anonymous.query(`{ offers(first: 50, filter: { text: "火锅" }) { nodes { id kind merchant { id } } } }`);
    const offer = offers.offers.nodes.find((o: any) => o.merchant.id === hotpot.id && o.kind !== 'PREPAID_VOUCHER');
    const claimed = await (await env.as(demo.memberZhang)).query(CLAIM, { input: { offer: offer.id } });
    await till.query(`mutation($input: RedeemCodeInput!) { redeemCode(input: $input) { __typename } }`, {
      input: { code: claimed.claimOffer.claim.code, store: hotpot.stores[0]!.id },
    });
    const competitions = await env.anonymous.query(`{ competitions(first: 5) { nodes { events(first: 5) { nodes { id kind } } } } }`);
    const event = competitions.competitions.nodes.flatMap((c: any) => c.events.nodes).find((e: any) => e.kind === 'INDIVIDUAL');
    const registered = await (await env.as(demo.memberZhang)).query(
      `mutation($input: RegisterForCompetitionEventInput!) { registerForCompetitionEvent(input: $input) { __typename } }`,
      { input: { event: event.id } },
    );
    expect(registered.registerForCompetitionEvent.__typename).toBe('RegisterForCompetitionEventSuccess');

    const heard = async (subscriptionId: string) =>
      (await env.db.query.webhookDeliveries.findMany({ where: { subscriptionId } })).map((d) => d.event).sort();
    // Another merchant's till hears nothing of this redemption; another city nothing of a Luoyang
    // registration; a Luoyang client hears of the registration but not of a merchant's till business.
    expect(await heard(otherTill)).toEqual(['registration.confirmed']);
    expect(await heard(otherCity)).toEqual([]);
    expect(await heard(sameCity)).toEqual(['registration.confirmed']);
  });

  it('writes no delivery and queues no job when the change rolls back', async () => {
    const receiver = await startReceiver(0);
    try {
      const subscribed = await till.query(SUBSCRIBE, { input: { url: receiver.url, events: ['CLAIM_REDEEMED'] } });
      expect(subscribed.createWebhookSubscription.__typename).toBe('CreateWebhookSubscriptionSuccess');
      const hotpot = await merchantOf(await env.as(merchantStaff.hotpotLuoyang));
      const offers = await env.anonymous.query(`{ offers(first: 50, filter: { text: "火锅" }) { nodes { id kind merchant { id } } } }`);
      const offer = offers.offers.nodes.find((o: any) => o.merchant.id === hotpot.id && o.kind !== 'PREPAID_VOUCHER');
      const claimed = await (await env.as(demo.memberLi)).query(CLAIM, { input: { offer: offer.id } });
      const code = claimed.claimOffer.claim.code;
      const REDEEM = `mutation($input: RedeemCodeInput!) { redeemCode(input: $input) { __typename } }`;
      const count = async () => ({
        deliveries: (await env.db.query.webhookDeliveries.findMany()).length,
        jobs: rowsOf(await env.db.execute(sql`select id from pgboss.job where name = 'webhook-delivery'`)).length,
        audit: (await env.db.query.auditEvents.findMany({ where: { action: 'offer_claim.redeemed' } })).length,
      });
      const before = await count();

      // The queue refuses the job: the redemption, its audit record and its delivery row, all
      // written earlier in the same transaction, roll back with it.
      await env.db.execute(sql`create function test_refuse_job() returns trigger language plpgsql as $$
        begin raise exception 'queue unavailable'; end $$`);
      await env.db.execute(sql`create trigger test_refuse_job after insert on pgboss.job for each row execute function test_refuse_job()`);
      try {
        const refused = await till.request(REDEEM, { input: { code, store: hotpot.stores[0]!.id } });
        expect(refused.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      } finally {
        await env.db.execute(sql`drop trigger test_refuse_job on pgboss.job`);
        await env.db.execute(sql`drop function test_refuse_job()`);
      }
      expect(await count()).toEqual(before);
      expect(await env.db.query.offerClaims.findFirst({ where: { code } })).toMatchObject({ status: 'active' });
      await new Promise((r) => setTimeout(r, 300));
      expect(receiver.received).toHaveLength(0);

      // The same redemption, once it commits, is reported exactly once.
      expect((await till.query(REDEEM, { input: { code, store: hotpot.stores[0]!.id } })).redeemCode.__typename).toBe('RedeemCodeSuccess');
      // One delivery and one job per subscription of this merchant's till (the first test's is still active).
      const subscribers = rowsOf(
        await env.db.execute(sql`select s.id from webhook_subscriptions s join api_clients a on a.id = s.client_id
          where 'claim.redeemed' = any(s.events) and s.disabled_at is null
            and a.merchant_id = (select merchant_id from offer_claims where code = ${code})`),
      ).length;
      expect(subscribers).toBe(2);
      expect(await count()).toEqual({ deliveries: before.deliveries + subscribers, jobs: before.jobs + subscribers, audit: before.audit + 1 });
      await until(async () => (receiver.received.length >= 1 ? true : undefined));
      expect(JSON.parse(receiver.received[0]!.body).type).toBe('claim.redeemed');
    } finally {
      await receiver.close();
    }
  });
  it('lets staff replay a delivery a crashed worker left in DELIVERING with its job gone', async () => {
    const receiver = await startReceiver(0);
    try {
      // The first test's delivery, as a kill -9 between the job's completion and the status update
      // left it before the two were one transaction: its job completed, the row still delivering.
      const [row] = await env.db.query.webhookDeliveries.findMany({ where: { status: 'delivered', attempts: 4 } });
      expect(row).toBeDefined();
      await env.db.execute(sql`update webhook_subscriptions set url = ${receiver.url} where id = ${row!.subscriptionId}`);
      await env.db.execute(sql`update webhook_deliveries set status = 'delivering' where id = ${row!.id}`);
      const id = Buffer.from(`WebhookDelivery:${row!.id}`).toString('base64');
      const REPLAY = `mutation($input: WebhookDeliveryInput!) { replayWebhookDelivery(input: $input) { __typename ... on Error { code } } }`;
      expect((await till.query(REPLAY, { input: { delivery: id } })).replayWebhookDelivery.__typename).toBe('ReplayWebhookDeliverySuccess');
      const redelivered = await until(async () => {
        const now = await env.db.query.webhookDeliveries.findFirst({ where: { id: row!.id } });
        return now?.status === 'delivered' ? now : undefined;
      });
      await new Promise((r) => setTimeout(r, 300));
      // Other deliveries of the same subscription may reach the new URL too; this event arrives once.
      expect(receiver.received.map((r) => JSON.parse(r.body).id).filter((eventId) => eventId === row!.eventId)).toEqual([row!.eventId]);
      // While its job is live, a delivering delivery is still refused.
      await env.db.execute(sql`update webhook_deliveries set status = 'delivering' where id = ${row!.id}`);
      await env.db.execute(sql`update pgboss.job set state = 'active' where id = ${redelivered.jobId}::uuid`);
      const refused = await till.query(REPLAY, { input: { delivery: id } });
      expect(refused.replayWebhookDelivery).toEqual({ __typename: 'WebhookDeliveryInFlight', code: 'WEBHOOK_DELIVERY_IN_FLIGHT' });
    } finally {
      await receiver.close();
    }
  });
});
