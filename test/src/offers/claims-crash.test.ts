import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { resolve } from 'node:path';
import { executeRows } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, GraphQLClient } from '../support/graphql.ts';
import { CLAIM, createMembers, merchantOf, merchantStaff, publishOffer, REDEEM } from './fixtures.ts';

/**
 * The server killed with SIGKILL while many claims and redemptions of one offer are in flight,
 * then started again on the same PostgreSQL database: whatever was cut off, stock and claims
 * still add up, every success a client was told of exists, no code was issued twice and no
 * redemption was counted twice, because each of them is one transaction with its conditional
 * UPDATE (claims.service.ts). The merchant's till is subscribed to `claim.redeemed`, and the
 * server's webhook worker is delivering while it dies: every redemption's delivery ends
 * `delivered`, once, and reaches the till under its one webhook-id.
 */

const root = resolve(import.meta.dirname, '../../..');
const STOCK = 80;
const CLAIMERS = 90;
const PRE_CLAIMED = 25;

/** The real entry point as its own process; resolves with its URL once it listens. */
function startServerProcess(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
      COST_BUCKET_CAPACITY: '1000000',
      COST_RESTORE_RATE: '1000000',
      CODE_ATTEMPTS_PER_MERCHANT: '100000',
      CODE_ATTEMPTS_PER_ADDRESS: '100000',
      LOGIN_ATTEMPTS_PER_ADDRESS: '100000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${output}`)), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const ready = /huigong ready: .*?(http:\/\/localhost:(\d+))\/graphql/.exec(output);
      if (ready) {
        clearTimeout(timer);
        done({ child, url: `http://127.0.0.1:${ready[2]}` });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code, signal) => fail(new Error(`server exited (${code ?? signal}):\n${output}`)));
  });
}

/** The till's webhook endpoint: counts what arrives by webhook-id. */
function startReceiver() {
  const received: string[] = [];
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received.push(String(req.headers['webhook-id']));
      res.statusCode = 204;
      res.end();
    });
  });
  return new Promise<{ url: string; received: string[]; close: () => Promise<void> }>((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({
        url: `http://127.0.0.1:${(server.address() as { port: number }).port}/till`,
        received,
        close: () => new Promise((closed) => server.close(() => closed())),
      }),
    ),
  );
}

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<void>((done) => (child.exitCode !== null || child.signalCode ? done() : child.once('exit', () => done())));

// A second process shares the database only on a real PostgreSQL server: PGlite lives inside
// this test process, and a SIGKILL of it would kill the test too. The same rules are held on both
// databases without a crash by concurrency.test.ts.
describe.skipIf(!process.env.DATABASE_URL)('claims and redemptions across a SIGKILLed server (PostgreSQL only: PGlite is in-process)', () => {
  let env: TestEnvironment;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    env = await createTestEnvironment({ env: { WEBHOOK_POLL_MS: '0' } });
    receiver = await startReceiver();
  }, 120_000);
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
    await env?.close();
    await receiver?.close();
  });

  it('keeps stock, claims, codes and redemptions consistent', async () => {
    const staff = await env.as(merchantStaff.hotpotLuoyang);
    const reviewer = await env.as(demo.luoyangStaff);
    const offerId = await publishOffer(staff, reviewer, { title: '崩溃测试 9 折', stock: STOCK, perMemberLimit: 1 });
    const offer = decodeGlobalId(offerId).id;
    const store = (await merchantOf(staff)).stores[0]!.id;
    const members = await createMembers(env, CLAIMERS);

    // The restaurant's till hears of every redemption by webhook.
    const unionStaff = await env.as(demo.luoyangStaff);
    const luoyang = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
    const tillClient = await unionStaff.query(
      `mutation($input: CreateApiClientInput!) { createApiClient(input: $input) { ... on CreateApiClientSuccess { client { id } } } }`,
      { input: { name: '火锅店收银系统', organization: '洛阳老城区火锅店', union: luoyang, merchant: (await merchantOf(staff)).id } },
    );
    const issued = await unionStaff.query(
      `mutation($input: IssueApiKeyInput!) { issueApiKey(input: $input) { ... on IssueApiKeySuccess { issued { secret } } } }`,
      { input: { client: tillClient.createApiClient.client.id, scopes: ['MANAGE_WEBHOOKS'] } },
    );
    const subscribed = await env.anonymous.withToken(issued.issueApiKey.issued.secret).query(
      `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { __typename } }`,
      { input: { url: receiver.url, events: ['CLAIM_REDEEMED'] } },
    );
    expect(subscribed.createWebhookSubscription.__typename).toBe('CreateWebhookSubscriptionSuccess');

    // Some claims made before the crash, to be redeemed while it happens.
    const preClaimed: { id: string; code: string }[] = [];
    for (const member of members.slice(0, PRE_CLAIMED)) {
      const result = (await member.query(CLAIM, { input: { offer: offerId } })).claimOffer;
      expect(result.__typename).toBe('ClaimOfferSuccess');
      preClaimed.push({ id: result.claim.id, code: result.claim.code });
    }

    // One redeemed before the crash, at the in-process server: the till works.
    const first = (await staff.query(REDEEM, { input: { code: preClaimed[0]!.code, store } })).redeemCode;
    expect(first.__typename).toBe('RedeemCodeSuccess');

    // Its webhook worker delivers while the requests come in, so some deliveries are cut off.
    const serverEnv = { DATABASE_URL: env.databaseUrl!, SEED_DEMO_DATA: 'false', WEBHOOK_POLL_MS: '20', MESSAGE_POLL_MS: '0' };
    const doomed = await startServerProcess(serverEnv);
    children.push(doomed.child);
    const on = (client: GraphQLClient, url: string) => new GraphQLClient(url, client.token);
    const staffThere = on(staff, doomed.url);

    // Everything at once: the remaining members claim (more than the stock left), and every
    // pre-made code is redeemed twice by the till. The server is killed once a few have answered.
    const answeredClaims: string[] = [];
    const answeredRedemptions: string[] = [];
    let answered = 0;
    const killAfter = 40;
    const settle = async <T,>(work: Promise<T>) => {
      try {
        const value = await work;
        answered += 1;
        if (answered === killAfter) doomed.child.kill('SIGKILL');
        return value;
      } catch {
        return undefined; // cut off by the kill
      }
    };
    const answers: string[] = [];
    const redeem = (claim: { id: string; code: string }) => async () => {
      const response = await settle(staffThere.request(REDEEM, { input: { code: claim.code, store } }));
      if (response) answers.push(response.data?.redeemCode?.__typename ?? JSON.stringify(response.errors));
      if (response?.data?.redeemCode?.__typename === 'RedeemCodeSuccess') answeredRedemptions.push(claim.id);
    };
    const claim = (member: GraphQLClient) => async () => {
      const response = await settle(on(member, doomed.url).request(CLAIM, { input: { offer: offerId } }));
      if (response) answers.push(response.data?.claimOffer?.__typename ?? JSON.stringify(response.errors));
      if (response?.data?.claimOffer?.__typename === 'ClaimOfferSuccess') answeredClaims.push(response.data.claimOffer.claim.id);
    };
    // Interleaved in 16 lanes, so that both kinds are in flight whenever the kill comes.
    const redeemWork = preClaimed.flatMap((c) => [redeem(c), redeem(c)]);
    const claimWork = members.slice(PRE_CLAIMED).map(claim);
    const work: (() => Promise<void>)[] = [];
    while (redeemWork.length || claimWork.length) {
      if (redeemWork.length) work.push(redeemWork.shift()!);
      if (claimWork.length) work.push(claimWork.shift()!);
    }
    const LANES = 16;
    await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        for (let i = lane; i < work.length; i += LANES) {
          if (doomed.child.signalCode) return;
          await work[i]!();
        }
      }),
    );
    if (doomed.child.exitCode === null && !doomed.child.signalCode) doomed.child.kill('SIGKILL');
    await exited(doomed.child);
    expect(doomed.child.signalCode).toBe('SIGKILL');

    // A job the dead worker held is pg-boss's to retry once it expires (a minute, found by its
    // maintenance every two): move that clock on instead of waiting, before the restart.
    const heldJobs = await executeRows<{ id: string }>(
      env.db,
      sql`update pgboss.job set started_on = now() - interval '10 minutes' where name = 'webhook-delivery' and state = 'active' returning id`,
    );
    await env.jobs.expire();
    await env.db.execute(sql`update pgboss.job set start_after = now() where name = 'webhook-delivery' and state = 'retry'`);

    // The server comes back on the same database and goes on serving.
    const restarted = await startServerProcess(serverEnv);
    children.push(restarted.child);
    expect((await fetch(`${restarted.url}/health`)).status).toBe(200);

    const [stock] = await executeRows<{ total: number; remaining: number; redemptions: number }>(
      env.db,
      sql`select stock_total as total, stock_remaining as remaining, redemption_count as redemptions from offers where id = ${offer}`,
    );
    const claims = await executeRows<{ id: string; code: string; status: string }>(
      env.db,
      sql`select id, code, status from offer_claims where offer_id = ${offer}`,
    );
    const audits = await executeRows<{ subject_id: string; n: number | string }>(
      env.db,
      sql`select subject_id, count(*) as n from audit_events where action = 'offer_claim.redeemed'
        and subject_id in (select id from offer_claims where offer_id = ${offer}) group by subject_id`,
    );
    const held = claims.filter((c) => c.status !== 'cancelled' && c.status !== 'expired');

    // Stock never negative nor over-issued, and every claim took its unit.
    expect(stock!.remaining).toBeGreaterThanOrEqual(0);
    expect(held.length + stock!.remaining).toBe(STOCK);
    // Every success a client was told of exists.
    const ids = new Set(claims.map((c) => `OfferClaim:${c.id}`));
    for (const answeredId of [...answeredClaims, ...answeredRedemptions]) expect(ids.has(Buffer.from(answeredId, 'base64').toString())).toBe(true);
    // Every code unique.
    expect(new Set(claims.map((c) => c.code)).size).toBe(claims.length);
    // No redemption counted twice: one audit record per redeemed claim, the counter equal to them.
    const redeemed = claims.filter((c) => c.status === 'redeemed');
    expect(audits.every((a) => Number(a.n) === 1)).toBe(true);
    expect(new Set(audits.map((a) => a.subject_id))).toEqual(new Set(redeemed.map((c) => c.id)));
    expect(stock!.redemptions).toBe(redeemed.length);
    // A redemption answered as a success is one of them, and was answered once.
    const answeredIds = answeredRedemptions.map((id) => Buffer.from(id, 'base64').toString().split(':')[1]);
    expect(new Set(answeredIds).size).toBe(answeredIds.length);
    for (const id of answeredIds) expect(redeemed.some((c) => c.id === id)).toBe(true);
    // Every redemption's webhook ends delivered, once: one delivery per redemption, all of them
    // `delivered`, each received by the till under its own webhook-id (a delivery cut off after
    // its post may arrive twice under the same id, which receivers drop as a repeat).
    const deliveries = await until(async () => {
      const rows = await executeRows<{ event_id: string; status: string; subject: string }>(
        env.db,
        sql`select event_id, status, payload->'data'->'subject'->>'id' as subject from webhook_deliveries where event = 'claim.redeemed'`,
      );
      return rows.length === redeemed.length && rows.every((r) => r.status === 'delivered') ? rows : undefined;
    }, 90_000);
    const redeemedSubjects = redeemed.map((c) => Buffer.from(`OfferClaim:${c.id}`).toString('base64'));
    expect(deliveries.map((d) => d.subject).sort()).toEqual(redeemedSubjects.sort());
    for (const delivery of deliveries) expect(receiver.received).toContain(delivery.event_id);
    expect(new Set(receiver.received).size).toBe(deliveries.length);
    console.log(
      `crash: ${answered} answered before the kill, ${answeredClaims.length} claims and ${answeredRedemptions.length} redemptions among them; ` +
        `${claims.length} claims, ${redeemed.length} redeemed, ${stock!.remaining} left in the database; answers: ${[...new Set(answers)].join(', ')}; ` +
        `${heldJobs.length} webhook jobs held by the dead worker, ${receiver.received.length} posts for ${deliveries.length} deliveries`,
    );

    // After the restart, claims and redemptions go on with the same rules.
    const more = await Promise.all(members.slice(PRE_CLAIMED, PRE_CLAIMED + 10).map((m) => on(m, restarted.url).request(CLAIM, { input: { offer: offerId } })));
    expect(more.every((r) => !r.errors)).toBe(true);
    const [final] = await executeRows<{ remaining: number }>(env.db, sql`select stock_remaining as remaining from offers where id = ${offer}`);
    const finalHeld = await executeRows<{ n: number | string }>(
      env.db,
      sql`select count(*) as n from offer_claims where offer_id = ${offer} and status not in ('cancelled', 'expired')`,
    );
    expect(Number(finalHeld[0]!.n) + final!.remaining).toBe(STOCK);
    restarted.child.kill('SIGTERM');
    await exited(restarted.child);
  }, 300_000);
});
