import { AsyncLocalStorage } from 'node:async_hooks';
import { fileURLToPath } from 'node:url';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { SQL } from 'drizzle-orm';
import type { Logger } from 'drizzle-orm/logger';
import type { PgAsyncDatabase, PgAsyncTransaction } from 'drizzle-orm/pg-core/async';
import type { PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { relations, type Relations } from './relations.ts';
import { createJobQueue, installJobQueue, type JobQueue } from './queue.ts';
import { executeRows, rowsOf } from './rows.ts';

/** A database or a transaction: services accept either, so they compose inside a caller's transaction. */
export type Database = PgAsyncDatabase<PgQueryResultHKT, Relations>;
export type Transaction = PgAsyncTransaction<PgQueryResultHKT, Relations>;

export type Driver = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  driver: Driver;
  /** The pg-boss job queue on this database (started by `migrate()` or `startJobs()`). */
  jobs: JobQueue;
  /** Applies the committed drizzle-kit migrations and installs the job queue; safe to call on every start. */
  migrate(): Promise<void>;
  /** Starts the job queue without migrating (a server whose database another process migrates). */
  startJobs(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A postgres:// URL. Without it the embedded PGlite database is used. */
  url?: string | undefined;
  /** PGlite data directory; `memory://` keeps it in memory (tests). */
  dataDir?: string | undefined;
  /** Connection pool size for postgres.js. */
  maxConnections?: number | undefined;
  /** Run the job queue's maintenance (servers: yes; scripts and tests: no). */
  superviseJobs?: boolean | undefined;
}

// executeRows/rowsOf live in rows.ts so that queue.ts needs nothing from this file at load time.
export { executeRows, rowsOf };

export const migrationsFolder = fileURLToPath(new URL('../migrations', import.meta.url));

/**
 * Counts the SQL statements run on behalf of one unit of work (a GraphQL request), so tests can
 * pin query counts per operation and the benchmark can report them.
 */
export const statementCounter = new AsyncLocalStorage<{ count: number }>();

const countingLogger: Logger = {
  logQuery() {
    const store = statementCounter.getStore();
    if (store) store.count += 1;
  },
};

export async function openDatabase(options: DatabaseOptions = {}): Promise<DatabaseHandle> {
  if (options.url) {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      // Timestamps come back as Date objects through drizzle's own mapping.
    });
    const db = drizzlePostgres({ client, relations, logger: countingLogger });
    const jobs = createJobQueue({ url: options.url }, { supervise: options.superviseJobs });
    return {
      db,
      driver: 'postgres',
      jobs,
      migrate: async () => {
        await migratePostgres(db, { migrationsFolder });
        await installJobQueue(jobs);
      },
      startJobs: () => installJobQueue(jobs),
      close: async () => {
        await jobs.stop({ graceful: false, close: true });
        await client.end({ timeout: 5 });
      },
    };
  }

  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const db = drizzlePglite({ client, relations, logger: countingLogger });
  const jobs = createJobQueue({ pglite: client }, { supervise: options.superviseJobs });
  return {
    db,
    driver: 'pglite',
    jobs,
    migrate: async () => {
      await migratePglite(db, { migrationsFolder });
      await installJobQueue(jobs);
    },
    startJobs: () => installJobQueue(jobs),
    close: async () => {
      await jobs.stop({ graceful: false, close: false });
      await client.close();
    },
  };
}
