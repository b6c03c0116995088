import { resolve } from 'node:path';

/** S3-compatible object storage (AWS S3, MinIO, Aliyun OSS, Tencent COS …), from FILES_S3_*. */
export interface S3Settings {
  bucket: string;
  region: string;
  /** For S3-compatible services; AWS's own endpoint when unset. */
  endpoint: string | undefined;
  /** Path-style URLs (endpoint/bucket/key), which MinIO and most self-hosted stores need. */
  forcePathStyle: boolean;
  /** Prepended to every object key, e.g. "huigong/". */
  prefix: string;
  /** Explicit keys; the SDK's default chain (AWS_* variables, instance role …) when unset. */
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
}

export interface FileSettings {
  /** Local disk root; also where files stored locally before a switch to S3 are read from. */
  dir: string;
  /** New uploads go to S3 when set. */
  s3: S3Settings | null;
  /** Largest accepted file, in bytes. */
  maxBytes: number;
  /** How often the orphan sweep runs on this instance; 0 turns it off. */
  sweepIntervalMs: number;
  /** Unattached uploads older than this are deleted. */
  orphanAgeHours: number;
}

function positiveInt(name: string, value: string | undefined, fallback: number, allowZero = false): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || (n === 0 && !allowZero)) throw new Error(`${name} must be a positive integer, got ${value}`);
  return n;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function fileSettingsFromEnv(env: NodeJS.ProcessEnv, root: string): FileSettings {
  const bucket = env.FILES_S3_BUCKET || undefined;
  const accessKeyId = env.FILES_S3_ACCESS_KEY_ID || undefined;
  const secretAccessKey = env.FILES_S3_SECRET_ACCESS_KEY || undefined;
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('FILES_S3_ACCESS_KEY_ID and FILES_S3_SECRET_ACCESS_KEY must be set together');
  }
  const endpoint = env.FILES_S3_ENDPOINT || undefined;
  if (endpoint) new URL(endpoint); // a malformed endpoint fails at start, not at the first upload
  return {
    dir: resolve(root, env.FILES_DIR ?? '.data/files'),
    s3: bucket
      ? {
          bucket,
          region: env.FILES_S3_REGION || 'us-east-1',
          endpoint,
          forcePathStyle: bool(env.FILES_S3_FORCE_PATH_STYLE, endpoint !== undefined),
          prefix: env.FILES_S3_PREFIX ?? '',
          accessKeyId,
          secretAccessKey,
        }
      : null,
    maxBytes: positiveInt('FILES_MAX_BYTES', env.FILES_MAX_BYTES, 10 * 1024 * 1024),
    sweepIntervalMs: positiveInt('FILES_SWEEP_INTERVAL_MS', env.FILES_SWEEP_INTERVAL_MS, 60 * 60 * 1000, true),
    orphanAgeHours: positiveInt('FILES_ORPHAN_AGE_HOURS', env.FILES_ORPHAN_AGE_HOURS, 24),
  };
}
