import { DomainError } from './errors.ts';

export class TooManyAttempts extends DomainError {
  readonly code = 'TOO_MANY_ATTEMPTS';
  constructor(readonly retryAfterSeconds: number) {
    super(`尝试次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`);
  }
}

/**
 * Slows down guessing, per account and per address: passwords at login, and codes (redemption
 * codes at a merchant's counter, certificate numbers). The HTTP layer provides the implementation
 * (in memory, or in Redis shared by all instances).
 */
export interface AttemptGuard {
  /** Reserves one attempt; throws TooManyAttempts when the account or the address is blocked. */
  begin(account: string | null, ip: string | null): Promise<void>;
  /** The attempt was right (a correct password, a code that exists): it does not count. */
  succeeded(account: string | null, ip: string | null): Promise<void>;
}
