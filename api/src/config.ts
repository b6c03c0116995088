import { resolve } from 'node:path';

export type Environment = 'development' | 'production' | 'test';

export interface Config {
  env: Environment;
  port: number;
  host: string;
  /** Real Postgres when set; the embedded PGlite database in `dataDir` otherwise. */
  databaseUrl: string | undefined;
  dataDir: string;
  /** Seed the demo data into an empty database on start. */
  seedDemoData: boolean;
  logLevel: string;
  /** Largest accepted request body. */
  bodyLimit: string;
  /** Adds `x-sql-statements` to responses: for tests and the benchmark, never for production. */
  exposeSqlStatementCount: boolean;
  /** Folder with the built storefront, served at `/`. */
  webDist: string;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode: Environment =
    env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const root = resolve(import.meta.dirname, '../..');
  return {
    env: mode,
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(root, env.DATA_DIR ?? '.data/pglite'),
    seedDemoData: bool(env.SEED_DEMO_DATA, true),
    logLevel: env.LOG_LEVEL ?? (mode === 'test' ? 'silent' : 'info'),
    bodyLimit: env.BODY_LIMIT ?? '100kb',
    exposeSqlStatementCount: bool(env.EXPOSE_SQL_STATEMENT_COUNT, mode !== 'production'),
    webDist: resolve(root, env.WEB_DIST ?? 'web/dist'),
  };
}
