import type { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import PgBoss from 'pg-boss';
import type { Database } from './client.ts';
import { executeRows } from './rows.ts';

/**
 * Background jobs run on pg-boss (a maintained Postgres job queue: SKIP LOCKED fetching, retries
 * with exponential back-off, expiry of jobs a crashed worker held, archiving). It keeps its tables
 * in their own schema of the same database, on PGlite as on a real server, so a job can be queued
 * in the very transaction of the change it reports.
 */
export const JOB_SCHEMA = 'pgboss';

/** The queues this application uses, created when the database is migrated. */
export const QUEUES = {
  /** One job per webhook delivery (integrations/webhook-delivery.service.ts). */
  webhookDelivery: 'webhook-delivery',
  /** One job per urgent message's SMS (messages/sms-delivery.service.ts). */
  messageSms: 'message-sms',
} as const;

/**
 * Default policies, stored with each queue and copied into every job when it is queued. A server
 * may change retry timing from its configuration (`configureQueue`).
 */
const POLICIES: Record<string, Omit<PgBoss.Queue, 'name'>> = {
  // 8 attempts: retries after ~30 s, 1 min, 2 min … doubling, with jitter (pg-boss back-off).
  // A job not finished within a minute (a worker died mid-delivery) is retried.
  [QUEUES.webhookDelivery]: { policy: 'standard', retryLimit: 7, retryDelay: 30, retryBackoff: true, expireInSeconds: 60 },
  // 5 attempts, 20 s doubling; a job held by a dead worker expires after 2 minutes and is retried,
  // and the retry asks the provider whether the first attempt's SMS went out before sending again.
  [QUEUES.messageSms]: { policy: 'standard', retryLimit: 4, retryDelay: 20, retryBackoff: true, expireInSeconds: 120 },
};

type Executor = PgBoss.Db;

/** pg-boss passes what node-postgres accepts; drizzle wants nulls for absent values and JSON as text. */
function toParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Array.isArray(value)) return JSON.stringify(value);
  return value;
}

/**
 * Runs pg-boss's SQL through a drizzle database or transaction. Used to insert jobs inside the
 * caller's transaction (`{ db: executorFor(tx) }`), so a job exists exactly when the change commits.
 */
export function executorFor(db: Database): Executor {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      let query: SQL;
      if (values.length === 0) {
        query = sql.raw(text);
      } else {
        const chunks: SQL[] = [];
        let last = 0;
        for (const match of text.matchAll(/\$(\d+)/g)) {
          chunks.push(sql.raw(text.slice(last, match.index)));
          // A param, not an interpolation: drizzle would spread an array (pg-boss's id lists) into a list.
          chunks.push(sql`${sql.param(toParameter(values[Number(match[1]) - 1]))}`);
          last = match.index + match[0].length;
        }
        chunks.push(sql.raw(text.slice(last)));
        query = sql.join(chunks);
      }
      return { rows: await executeRows(db, query) };
    },
  };
}

/**
 * PGlite has one connection and no pool: pg-boss's own statements (some several to a string,
 * inside BEGIN … COMMIT) go straight to it, after any transaction in progress.
 */
function pgliteExecutor(client: PGlite): Executor {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      if (values.length > 0) {
        const result = await client.query(text, values.map((v) => (v === undefined ? null : v)));
        return { rows: result.rows };
      }
      const results = await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
  };
}

export type JobQueue = PgBoss;

export interface JobQueueOptions {
  /** Maintenance (expiring jobs of crashed workers, archiving): on in servers, off in one-off scripts. */
  supervise?: boolean;
}

/** A pg-boss instance on this database: a small pool of its own on Postgres, the one PGlite connection otherwise. */
export function createJobQueue(target: { url: string } | { pglite: PGlite }, options: JobQueueOptions = {}): JobQueue {
  const common = {
    schema: JOB_SCHEMA,
    supervise: options.supervise ?? false,
    schedule: false,
    migrate: true,
  };
  const boss =
    'url' in target
      ? new PgBoss({ ...common, connectionString: target.url, max: 3, application_name: 'huigong-jobs' })
      : new PgBoss({ ...common, db: pgliteExecutor(target.pglite) });
  // pg-boss re-emits the errors of its pool (a connection the server terminated) and of its
  // maintenance; with no listener EventEmitter throws them and the process dies. They are
  // transient (the pool reconnects, jobs are retried), so they are reported, not thrown. A
  // connection ended by the server's shutdown or a dropped database (57P01) is expected when
  // the database goes away first (tests dropping theirs, a restart) and is not reported.
  boss.on('error', (error: Error & { code?: string }) => {
    if (error.code === '57P01') return;
    console.error(JSON.stringify({ level: 50, time: Date.now(), msg: 'job queue error', err: error.message, code: error.code }));
  });
  return boss;
}

/** Installs (or upgrades) pg-boss's schema and creates the application's queues. Idempotent. */
export async function installJobQueue(boss: JobQueue): Promise<void> {
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    if (!(await boss.getQueue(name))) {
      try {
        await boss.createQueue(name, { name, ...POLICIES[name] });
      } catch (error) {
        // Another instance created it between the check and here.
        if (!(await boss.getQueue(name))) throw error;
      }
    }
  }
}

/** Changes a queue's retry policy; jobs queued from now on follow it. */
export async function configureQueue(
  boss: JobQueue,
  name: string,
  policy: { retryLimit?: number | undefined; retryDelay?: number | undefined },
): Promise<void> {
  const current = await boss.getQueue(name);
  if (!current) throw new Error(`queue ${name} is not installed: migrate the database first`);
  const retryLimit = policy.retryLimit ?? current.retryLimit;
  const retryDelay = policy.retryDelay ?? current.retryDelay;
  if (retryLimit === current.retryLimit && retryDelay === current.retryDelay) return;
  await boss.updateQueue(name, {
    name,
    ...(current.policy ? { policy: current.policy } : {}),
    ...(current.retryBackoff !== undefined ? { retryBackoff: current.retryBackoff } : {}),
    ...(current.expireInSeconds ? { expireInSeconds: current.expireInSeconds } : {}),
    retryLimit,
    retryDelay,
  });
}

/**
 * Only builds statements: sending with `{ db: executorFor(tx) }` never touches this instance's own
 * connection, so one sender serves every database (tests open many).
 */
const sender = new PgBoss({
  schema: JOB_SCHEMA,
  db: {
    executeSql: () => Promise.reject(new Error('jobs are sent through executorFor(tx), never this connection')),
  },
});

export interface JobToSend {
  id: string;
  data: object;
  /** Not before this time (an SMS held back by quiet hours). */
  startAfter?: Date;
}

/** Queues jobs (with their queue's policy) in the caller's transaction, in one statement. */
export async function sendJobs(db: Database, queue: string, jobs: JobToSend[]): Promise<void> {
  if (jobs.length === 0) return;
  await sender.insert(
    jobs.map((job) => ({ name: queue, ...job })),
    { db: executorFor(db) },
  );
}
