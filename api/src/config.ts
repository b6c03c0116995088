import { resolve } from 'node:path';
import { smsSettingsFromEnv, type SmsSettings } from '@huigong/schema/accounts/sms-provider';
import { fileSettingsFromEnv, type FileSettings } from '@huigong/schema/files/settings';

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
  /** Shares rate-limit buckets between instances when set; in-process memory otherwise. */
  redisUrl: string | undefined;
  /** Leaky bucket of query-cost points per caller (Shopify's model). */
  costBucketCapacity: number;
  costRestoreRate: number;
  /** The most a single operation may cost. */
  maxQueryCost: number;
  /** Failed logins allowed per account before a lock of `loginLockSeconds`. */
  loginAttemptsPerAccount: number;
  loginLockSeconds: number;
  /** Failed logins allowed per client address per hour. */
  loginAttemptsPerAddress: number;
  /** Unknown redemption codes a merchant's counter may try before it is locked for `codeLockSeconds`. */
  codeAttemptsPerMerchant: number;
  codeLockSeconds: number;
  /** Unknown redemption codes and certificate numbers allowed per client address per hour. */
  codeAttemptsPerAddress: number;
  /** How often the webhook queue is polled; 0 turns the worker off (another process runs it). */
  webhookPollMs: number;
  /** Attempts per webhook delivery before it fails and its endpoint is paused. */
  webhookMaxAttempts: number;
  /** Base of the exponential back-off between attempts, in seconds. */
  webhookRetryDelaySeconds: number;
  /**
   * A delivery left `delivering` with its job ended this long ago (or gone) was abandoned by a
   * crashed worker: workers put it back to be sent again, when they start and every half lease.
   */
  webhookLeaseSeconds: number;
  /** The storefront's public origin (https://huigong.example) for Stripe's return pages; the request's own origin when unset. */
  publicBaseUrl: string | undefined;
  /** SMS provider (Aliyun), from SMS_*; null when its keys are absent. */
  sms: SmsSettings | null;
  /** HMAC key of stored SMS codes; required in production for SMS codes to work. */
  smsCodeSecret: string | undefined;
  /** Wrong SMS codes allowed per phone before a lock of `loginLockSeconds`. */
  smsCodeAttemptsPerPhone: number;
  /** Codes a phone may be sent per hour, and an address may ask for per hour. */
  smsSendsPerPhone: number;
  smsSendsPerAddress: number;
  /** How often this instance sends due message SMS; 0 turns its worker off. */
  messagePollMs: number;
  /** Uploaded files (docs/files.md): local disk under the data directory, or S3 when FILES_S3_BUCKET is set. */
  files: FileSettings;
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got ${value}`);
  return n;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function publicBaseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const url = new URL(value); // throws on a malformed value, at start rather than at the first purchase
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`PUBLIC_BASE_URL must be http(s), got ${value}`);
  return url.origin;
}

/** In production a missing key leaves SMS codes off (SMS_NOT_CONFIGURED) rather than using a known one. */
function smsCodeSecret(mode: Environment, value: string | undefined): string | undefined {
  if (value) return value;
  return mode === 'production' ? undefined : 'huigong-development-sms-code-secret';
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
    redisUrl: env.REDIS_URL || undefined,
    costBucketCapacity: positiveInt('COST_BUCKET_CAPACITY', env.COST_BUCKET_CAPACITY, 1000),
    costRestoreRate: positiveInt('COST_RESTORE_RATE', env.COST_RESTORE_RATE, 50),
    maxQueryCost: positiveInt('MAX_QUERY_COST', env.MAX_QUERY_COST, 1000),
    loginAttemptsPerAccount: positiveInt('LOGIN_ATTEMPTS_PER_ACCOUNT', env.LOGIN_ATTEMPTS_PER_ACCOUNT, 5),
    loginLockSeconds: positiveInt('LOGIN_LOCK_SECONDS', env.LOGIN_LOCK_SECONDS, 900),
    loginAttemptsPerAddress: positiveInt('LOGIN_ATTEMPTS_PER_ADDRESS', env.LOGIN_ATTEMPTS_PER_ADDRESS, 50),
    codeAttemptsPerMerchant: positiveInt('CODE_ATTEMPTS_PER_MERCHANT', env.CODE_ATTEMPTS_PER_MERCHANT, 30),
    codeLockSeconds: positiveInt('CODE_LOCK_SECONDS', env.CODE_LOCK_SECONDS, 900),
    codeAttemptsPerAddress: positiveInt('CODE_ATTEMPTS_PER_ADDRESS', env.CODE_ATTEMPTS_PER_ADDRESS, 100),
    webhookPollMs: env.WEBHOOK_POLL_MS === '0' ? 0 : positiveInt('WEBHOOK_POLL_MS', env.WEBHOOK_POLL_MS, 2000),
    webhookMaxAttempts: positiveInt('WEBHOOK_MAX_ATTEMPTS', env.WEBHOOK_MAX_ATTEMPTS, 8),
    webhookRetryDelaySeconds: positiveInt('WEBHOOK_RETRY_DELAY_SECONDS', env.WEBHOOK_RETRY_DELAY_SECONDS, 30),
    webhookLeaseSeconds: positiveInt('WEBHOOK_LEASE_SECONDS', env.WEBHOOK_LEASE_SECONDS, 300),
    publicBaseUrl: publicBaseUrl(env.PUBLIC_BASE_URL),
    sms: smsSettingsFromEnv(env),
    smsCodeSecret: smsCodeSecret(mode, env.SMS_CODE_SECRET),
    smsCodeAttemptsPerPhone: positiveInt('SMS_CODE_ATTEMPTS_PER_PHONE', env.SMS_CODE_ATTEMPTS_PER_PHONE, 5),
    smsSendsPerPhone: positiveInt('SMS_SENDS_PER_PHONE', env.SMS_SENDS_PER_PHONE, 10),
    smsSendsPerAddress: positiveInt('SMS_SENDS_PER_ADDRESS', env.SMS_SENDS_PER_ADDRESS, 30),
    messagePollMs: env.MESSAGE_POLL_MS === '0' ? 0 : positiveInt('MESSAGE_POLL_MS', env.MESSAGE_POLL_MS, 2000),
    files: fileSettingsFromEnv(env, root),
  };
}
