import type { Database } from '@huigong/db';
import type { Viewer } from './accounts/viewer.ts';
import type { ApiCaller } from './integrations/api-keys.service.ts';
import type { AttemptGuard } from './common/attempt-guard.ts';
import type { SmsCodeDeps } from './accounts/sms-codes.service.ts';
import type { FileStores } from './files/storage.ts';

/** Everything a resolver may use; built once per request by the HTTP layer (or a test). */
export interface Context {
  db: Database;
  /** The signed-in user (session token), if any. */
  viewer: Viewer | null;
  /** The integrator (API key), if any. A request carries one or the other, never both. */
  apiCaller: ApiCaller | null;
  requestId: string;
  /** The raw session token of this request, so `logout` can revoke exactly it. */
  sessionToken: string | null;
  userAgent: string | null;
  /** The caller's address, for per-IP limits. */
  clientIp: string | null;
  /** Production rules apply (e.g. webhook endpoints must be public HTTPS). */
  production: boolean;
  /** The storefront's public origin, for links that leave the site (Stripe's return pages). */
  publicBaseUrl?: string | null;
  /** Brute-force protection for login; absent when the schema runs without HTTP. */
  /** Limits password guesses (per phone number and address). */
  loginGuard?: AttemptGuard;
  /** Limits guesses of redemption codes (per merchant and address) and certificate numbers (per address). */
  codeGuard?: AttemptGuard;
  /** SMS one-time codes: the provider (null when not configured), the code key and their guards. */
  sms?: SmsCodeDeps;
  /** File storage (the same as POST /files) and its size limit; absent when the schema runs without HTTP. */
  files?: { stores: FileStores; maxBytes: number };
}
