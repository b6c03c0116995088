import { loadConfig } from '@huigong/api/config';
import { startServer, type RunningServer } from '@huigong/api/server';
import type { Database, Driver, JobQueue } from '@huigong/db';
import { DEMO_PASSWORD, seedDemoData } from '@huigong/db/seed/demo';
import { hashPassword } from '@huigong/schema';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { GraphQLClient } from './graphql.ts';

export interface TestEnvironment {
  /** Base URL of the running server, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Direct database access, for arranging faults and checking what was (not) written. */
  db: Database;
  driver: Driver;
  /** The database's pg-boss queue, to run a worker step by step. */
  jobs: JobQueue;
  /** The database's URL when it is a real PostgreSQL (another process can open it). */
  databaseUrl: string | undefined;
  /** An anonymous client; `as(phone)` gives a signed-in one. */
  anonymous: GraphQLClient;
  as(phone: string, password?: string): Promise<GraphQLClient>;
  /** A second server instance on the same database (e.g. to test state shared through Redis). */
  startAnotherServer(env?: Record<string, string>): Promise<{ client: GraphQLClient; url: string }>;
  close(): Promise<void>;
}

let demoHash: Promise<string> | undefined;

/**
 * Starts the real HTTP server on a fresh database filled with the demo data (see
 * drizzle/src/seed), the way a client meets it. One per test file, in `beforeAll`.
 */
export async function createTestEnvironment(
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<TestEnvironment> {
  const database: TestDatabase = await createTestDatabase();
  if (options.seed ?? true) {
    demoHash ??= hashPassword(DEMO_PASSWORD);
    await seedDemoData(database.handle.db, await demoHash);
  }
  const configFor = (env: Record<string, string> = {}) =>
    loadConfig({
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      EXPOSE_SQL_STATEMENT_COUNT: 'true',
      // Tests fire requests far faster than any client; the limits have tests of their own
      // (test/src/platform/limits.test.ts) that set these back to production-like values.
      COST_BUCKET_CAPACITY: '1000000',
      COST_RESTORE_RATE: '1000000',
      LOGIN_ATTEMPTS_PER_ADDRESS: '100000',
      CODE_ATTEMPTS_PER_MERCHANT: '100000',
      CODE_ATTEMPTS_PER_ADDRESS: '100000',
      ...env,
    });
  const servers: RunningServer[] = [await startServer(configFor(options.env), database.handle)];
  const server = servers[0]!;
  const anonymous = new GraphQLClient(server.url);
  return {
    url: server.url,
    db: database.handle.db,
    driver: database.handle.driver,
    jobs: database.handle.jobs,
    databaseUrl: database.url,
    anonymous,
    as: (phone, password = DEMO_PASSWORD) => anonymous.login(phone, password),
    startAnotherServer: async (env) => {
      const another = await startServer(configFor(env ?? options.env), database.handle);
      servers.push(another);
      return { client: new GraphQLClient(another.url), url: another.url };
    },
    close: async () => {
      for (const running of servers) await running.stop();
      await database.dispose();
    },
  };
}
