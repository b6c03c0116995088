import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_VERSIONS } from '@huigong/schema/accounts/consent';

const root = resolve(import.meta.dirname, '../../..');

interface Started {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

/** Runs the real entry point (`npm start` runs the same file) and waits for its "ready" log line. */
function startMain(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return new Promise((done, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`server did not start:\n${output}`)), 90_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /huigong ready: .*API (http:\/\/localhost:\d+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        done({ child, url: match[1]!, exited });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => fail(new Error(`server exited with ${code}:\n${output}`)));
  });
}

async function gql(url: string, query: string, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('the server as `npm start` runs it', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'huigong-pglite-'));
  const pgBase = process.env.DATABASE_URL;
  const pgName = `huigong_start_${randomBytes(4).toString('hex')}`;
  const env: Record<string, string> = { DATA_DIR: dataDir };

  beforeAll(async () => {
    if (pgBase) {
      const admin = postgres(pgBase, { max: 1, onnotice: () => {} });
      await admin.unsafe(`create database "${pgName}"`);
      await admin.end();
      const url = new URL(pgBase);
      url.pathname = `/${pgName}`;
      env.DATABASE_URL = url.toString();
    }
  });

  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (pgBase) {
      const admin = postgres(pgBase, { max: 1, onnotice: () => {} });
      await admin.unsafe(`drop database if exists "${pgName}" with (force)`);
      await admin.end();
    }
  });

  it('migrates and seeds on first start, shuts down cleanly on SIGTERM, and keeps data across restarts', async () => {
    const first = await startMain(env);
    try {
      const hello = await gql(first.url, '{ __typename me { id } }');
      expect(hello.status).toBe(200);
      expect(hello.body.data).toEqual({ __typename: 'Query', me: null });
      expect(hello.body.errors).toBeUndefined();

      const health = await fetch(`${first.url}/health`);
      expect(await health.json()).toEqual({ status: 'ok', database: pgBase ? 'postgres' : 'pglite' });

      // The explorer is on in development, with its assets from this server.
      const landing = await fetch(`${first.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(landing.headers.get('content-type')).toMatch(/text\/html/);
      expect(await landing.text()).toContain('src="/explorer/graphiql.js"');
      expect((await fetch(`${first.url}/explorer/graphiql.js`)).status).toBe(200);

      const signUp = await gql(
        first.url,
        `mutation { signUp(input: { phone: "13655556666", password: "persist me please", displayName: "持久化", accepted: [{ document: USER_AGREEMENT, version: "${CURRENT_VERSIONS.user_agreement}" }, { document: PRIVACY_POLICY, version: "${CURRENT_VERSIONS.privacy_policy}" }] }) {
          __typename ... on SignUpSuccess { session { token } } } }`,
      );
      expect(signUp.body.data.signUp.__typename).toBe('SignUpSuccess');
      const token = signUp.body.data.signUp.session.token;

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);

      const second = await startMain(env);
      try {
        const me = await gql(second.url, '{ me { phone displayName } }', token);
        expect(me.body.data.me).toEqual({ phone: '13655556666', displayName: '持久化' });
        // Seeded once, not twice.
        const unions = await gql(second.url, '{ unions { nodes { name } } }');
        expect(unions.body.data.unions.nodes).toEqual([{ name: '中华全国总工会' }]);
      } finally {
        second.child.kill('SIGTERM');
        expect(await second.exited).toBe(0);
      }
    } finally {
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
    }
  }, 180_000);

  it('turns introspection and the landing page off in production', async () => {
    const prod = await startMain({ ...env, NODE_ENV: 'production' });
    try {
      const introspection = await gql(prod.url, '{ __schema { types { name } } }');
      expect(introspection.status).toBe(400);
      expect(introspection.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(JSON.stringify(introspection.body)).not.toMatch(/stacktrace/);
      const hello = await gql(prod.url, '{ __typename }');
      expect(hello.body.data).toEqual({ __typename: 'Query' });
      const page = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toContain('graphiql');
      expect((await fetch(`${prod.url}/explorer/graphiql.js`)).headers.get('content-type')).not.toMatch(/javascript/);
    } finally {
      prod.child.kill('SIGTERM');
      await prod.exited;
    }
  }, 120_000);
});
