import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { executeRows, QUEUES, sendJobs } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';

/**
 * Deliveries that a worker left in DELIVERING (killed between the post and the status update,
 * before the two were one transaction) are repaired by the workers themselves: when a worker
 * starts and every half lease, a delivery whose job ended longer than the lease ago (or is gone)
 * is put back and sent again, with the same webhook-id. One whose job ended within the lease, or
 * is still live, is left alone.
 */

let env: TestEnvironment;
let subscriptionId: string;
const received: { id: string; body: string }[] = [];
let receiver: http.Server;
let receiverUrl: string;

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({ id: String(req.headers['webhook-id']), body });
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', () => done()));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/hook`;

  // No worker in the first server: the stuck rows are arranged before any worker starts.
  env = await createTestEnvironment({ env: { WEBHOOK_POLL_MS: '0' } });
  const staff = await env.as(demo.luoyangStaff);
  const union = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
  const client = await staff.query(
    `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { ... on CreateApiClientSuccess { client { id } } } }`,
    { input: { name: '修复检查', organization: '洛阳市大数据局', union } },
  );
  const issued = await staff.query(
    `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { ... on IssueApiKeySuccess { issued { secret } } } }`,
    { input: { client: client.createApiClient.client.id, scopes: ['MANAGE_WEBHOOKS'] } },
  );
  const integrator = env.anonymous.withToken(issued.issueApiKey.issued.secret);
  const created = await integrator.query(
    `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) {
      __typename ... on CreateWebhookSubscriptionSuccess { created { subscription { id } } } ... on Error { code message } } }`,
    { input: { url: 'https://hooks.example.com/huigong', events: ['OFFER_PUBLISHED'] } },
  );
  subscriptionId = Buffer.from(created.createWebhookSubscription.created.subscription.id, 'base64').toString().split(':')[1]!;
  // Endpoints must be public HTTPS in the API; the test's receiver is local.
  await env.db.execute(sql`update webhook_subscriptions set url = ${receiverUrl} where id = ${subscriptionId}`);
}, 120_000);

afterAll(async () => {
  await env?.close();
  await new Promise((done) => receiver?.close(() => done(undefined)));
});

/** A delivery as a crashed worker left it: DELIVERING, its job in `jobState`, ended `endedAgo` ago. */
async function stuckDelivery(job: { state: 'completed' | 'failed' | 'active' | 'gone'; endedSecondsAgo: number }) {
  const eventId = randomUUID();
  const jobId = randomUUID();
  const [row] = await executeRows<{ id: string }>(
    env.db,
    sql`insert into webhook_deliveries (subscription_id, event_id, event, payload, status, attempts, job_id)
      values (${subscriptionId}, ${eventId}, 'offer.published', ${JSON.stringify({ id: eventId, type: 'offer.published' })}::jsonb, 'delivering', 1, ${jobId})
      returning id`,
  );
  const id = row!.id;
  if (job.state !== 'gone') {
    await sendJobs(env.db, QUEUES.webhookDelivery, [{ id: jobId, data: { deliveryId: id } }]);
    await env.db.execute(sql`update pgboss.job set state = ${job.state}, started_on = now() - make_interval(secs => ${job.endedSecondsAgo + 1}),
      completed_on = ${job.state === 'active' ? null : sql`now() - make_interval(secs => ${job.endedSecondsAgo})`}
      where id = ${jobId}::uuid`);
  }
  return { id, eventId };
}

describe('webhook deliveries left DELIVERING by a crashed worker', () => {
  it('are put back and sent once more by a worker, when it starts and then every half lease', async () => {
    const LEASE = 2;
    const completedLongAgo = await stuckDelivery({ state: 'completed', endedSecondsAgo: 3600 });
    const jobGone = await stuckDelivery({ state: 'gone', endedSecondsAgo: 0 });
    const failedLongAgo = await stuckDelivery({ state: 'failed', endedSecondsAgo: 3600 });
    const stillActive = await stuckDelivery({ state: 'active', endedSecondsAgo: 0 });
    const justEnded = await stuckDelivery({ state: 'completed', endedSecondsAgo: 0 });

    // The worker repairs what is past the lease as it starts, before its first round.
    await env.startAnotherServer({ WEBHOOK_POLL_MS: '100', WEBHOOK_LEASE_SECONDS: String(LEASE) });
    const statusOf = async (id: string) => (await env.db.query.webhookDeliveries.findFirst({ where: { id } }))!.status;
    for (const repaired of [completedLongAgo, jobGone, failedLongAgo]) {
      await until(async () => ((await statusOf(repaired.id)) === 'delivered' ? true : undefined));
    }
    // A live job is pg-boss's to retry (it expires it when its worker died): never touched here.
    expect(await statusOf(stillActive.id)).toBe('delivering');
    // Ended within the lease: put back by a later periodic repair, once the lease has passed.
    await until(async () => ((await statusOf(justEnded.id)) === 'delivered' ? true : undefined));
    expect(await statusOf(stillActive.id)).toBe('delivering');

    // Each repaired event reached the endpoint exactly once, under its own webhook-id.
    for (const repaired of [completedLongAgo, jobGone, failedLongAgo, justEnded]) {
      expect(received.filter((r) => r.id === repaired.eventId)).toHaveLength(1);
    }
    expect(received.filter((r) => r.id === stillActive.eventId)).toHaveLength(0);
  }, 60_000);
});
