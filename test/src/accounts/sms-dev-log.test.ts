import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { GraphQLClient } from '../support/graphql.ts';

const root = resolve(import.meta.dirname, '../../..');

/**
 * The README's demo flow, as a newcomer runs it: the real entry point in development, no SMS keys,
 * its own fresh PGlite database with the demo data. The code must be in the server's log.
 */
describe('development without SMS keys: the code is written to the server log', () => {
  let child: ChildProcess;
  let dataDir: string;
  let output = '';
  let url = '';

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'huigong-sms-dev-'));
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATA_DIR: dataDir, MESSAGE_POLL_MS: '0', WEBHOOK_POLL_MS: '0' };
    // Whatever the machine has, this is the keyless development set-up (and its own database).
    for (const key of Object.keys(env)) if (key.startsWith('SMS_') || key === 'DATABASE_URL' || key === 'REDIS_URL') delete env[key];
    child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`server did not start:\n${output}`)), 150_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /huigong ready: .*?(http:\/\/localhost:\d+)\/graphql/.exec(output);
        if (ready) {
          clearTimeout(timer);
          done(ready[1]!);
        }
      });
      child.on('exit', (code, signal) => fail(new Error(`server exited (${code ?? signal}):\n${output}`)));
    });
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('logs the code instead of sending it, and the logged code signs in', async () => {
    const client = new GraphQLClient(url);
    const sent = await client.query(
      `mutation { requestSmsCode(input: { phone: "${demo.memberWang}", purpose: SIGN_IN }) { __typename } }`,
    );
    expect(sent.requestSmsCode.__typename).toBe('RequestSmsCodeSuccess');
    // The request's answer is written after the log line; wait for the line itself, not for time.
    const line = await new Promise<RegExpExecArray>((done) => {
      const look = () => {
        const found = new RegExp(`SMS not configured: code for ${demo.memberWang} is (\\d{6})`).exec(output);
        if (found) done(found);
        else child.stdout!.once('data', look);
      };
      look();
    });
    const login = await client.query(
      `mutation ($input: LoginWithSmsCodeInput!) { loginWithSmsCode(input: $input) { __typename ... on LoginWithSmsCodeSuccess { session { token } } } }`,
      { input: { phone: demo.memberWang, code: line[1] } },
    );
    expect(login.loginWithSmsCode.__typename).toBe('LoginWithSmsCodeSuccess');
    const me = await client.withToken(login.loginWithSmsCode.session.token).query(`{ me { phone } }`);
    expect(me.me.phone).toBe(demo.memberWang);
  });
});
