import { DomainError } from '../common/errors.ts';

export class TooManyAttempts extends DomainError {
  readonly code = 'TOO_MANY_ATTEMPTS';
  constructor(readonly retryAfterSeconds: number) {
    super(`尝试次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`);
  }
}

/**
 * Slows down password guessing, per account and per address. The HTTP layer provides the
 * implementation (in memory, or in Redis shared by all instances).
 */
export interface LoginGuard {
  /** Reserves one attempt; throws TooManyAttempts when the account or the address is blocked. */
  begin(phone: string, ip: string | null): Promise<void>;
  /** A correct password: the attempt does not count. */
  succeeded(phone: string, ip: string | null): Promise<void>;
}
