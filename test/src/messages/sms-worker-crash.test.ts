import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { smsDeliveries } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANCEL, CREATE_COMPETITION, competitionInput, createMembers, REGISTER } from '../competitions/fixtures.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { startFakeAliyunSms } from '../support/fake-aliyun-sms.ts';

const root = resolve(import.meta.dirname, '../../..');

/** The real entry point as a separate process, with its SMS worker polling fast; resolves when ready. */
function startWorkerProcess(env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`worker did not start:\n${output}`)), 90_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('huigong ready')) {
        clearTimeout(timer);
        done(child);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code, signal) => fail(new Error(`worker exited (${code ?? signal}):\n${output}`)));
  });
}

const killed = (child: ChildProcess) => new Promise<void>((done) => (child.exitCode !== null || child.signalCode ? done() : child.once('exit', () => done())));

// Two processes share one database only on a real server: the in-memory PGlite lives in this one
// (inbox.test.ts covers the same sequence in-process on both databases).
describe.skipIf(!process.env.DATABASE_URL)('seat-offered SMS across a killed worker process', () => {
  let env: TestEnvironment;
  let sms: Awaited<ReturnType<typeof startFakeAliyunSms>>;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    sms = await startFakeAliyunSms();
    env = await createTestEnvironment({ env: { ...sms.env, MESSAGE_POLL_MS: '0' } });
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && !child.signalCode) child.kill('SIGKILL');
    await env?.close();
    await sms?.close();
  });

  it('is sent once when the worker is killed mid-send and another one retries the job', async () => {
    const staff = await env.as(demo.luoyangStaff);
    const luoyangId = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
    const input = competitionInput(luoyangId, { title: '进程崩溃测试赛', events: [{ name: '钳工', kind: 'INDIVIDUAL', capacity: 1, prizes: [] }] });
    const eventId = (await staff.query(CREATE_COMPETITION, { input })).createCompetition.competition.events.nodes[0].id;
    const [first, second] = await createMembers(env, 2);
    const entry = (await first!.client.query(REGISTER, { input: { event: eventId } })).registerForCompetitionEvent.entry;
    await second!.client.query(REGISTER, { input: { event: eventId } });
    await second!.client.query(
      `mutation { updateMessageSettings(input: { quietStartHour: 0, quietEndHour: 0 }) { __typename } }`,
    );
    await first!.client.query(CANCEL, { input: { entry: entry.id } });

    const workerEnv = { ...sms.env, DATABASE_URL: env.databaseUrl!, SEED_DEMO_DATA: 'false', WEBHOOK_POLL_MS: '0', MESSAGE_POLL_MS: '50' };
    const held = sms.hold();
    const doomed = await startWorkerProcess(workerEnv);
    children.push(doomed);
    await held.reached;
    doomed.kill('SIGKILL');
    await killed(doomed);
    const seatSms = () => sms.sent.filter((s) => s.templateCode === 'SMS_100002');
    expect(seatSms()).toHaveLength(1);
    const [claimed] = await env.db.select().from(smsDeliveries);
    expect(claimed!.status).toBe('sending');

    // pg-boss retries a job its worker held past expireInSeconds: move that clock on instead of waiting.
    await env.db.execute(sql`update pgboss.job set started_on = now() - interval '10 minutes' where id = ${claimed!.id}`);
    await env.jobs.expire();
    await env.db.execute(sql`update pgboss.job set start_after = now() - interval '1 second' where id = ${claimed!.id}`);

    const restarted = await startWorkerProcess(workerEnv);
    children.push(restarted);
    // The worker records the answer on the row, then completes the job: wait for both.
    let status = claimed!.status;
    let job = '';
    for (let i = 0; i < 400 && (status !== 'sent' || !job.includes('completed')); i += 1) {
      await new Promise((r) => setTimeout(r, 50));
      status = (await env.db.select().from(smsDeliveries))[0]!.status;
      job = JSON.stringify(await env.db.execute(sql`select state from pgboss.job where id = ${claimed!.id}`));
    }
    expect(status).toBe('sent');
    expect(seatSms()).toHaveLength(1);
    expect(job).toContain('completed');
    restarted.kill('SIGTERM');
    await killed(restarted);
    held.release();
  }, 120_000);
});
