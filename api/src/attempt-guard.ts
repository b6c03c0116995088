import { TooManyAttempts, type AttemptGuard } from '@huigong/schema';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface AttemptGuardSettings {
  /** Wrong attempts allowed per account before it is locked for `accountLockSeconds`. */
  attemptsPerAccount: number;
  accountLockSeconds: number;
  /** Wrong attempts allowed per address per hour (guessing across accounts). */
  attemptsPerAddress: number;
  /**
   * A right attempt clears the account's count (login: the owner got in) rather than giving back
   * just that attempt (codes: a busy counter must not hide guesses between real redemptions).
   */
  clearOnSuccess: boolean;
}

/**
 * Each attempt is reserved before it is checked, so parallel guesses cannot exceed the allowance;
 * a right one gives the attempt back.
 */
export function createAttemptGuard(name: string, settings: AttemptGuardSettings, redis?: Redis): AttemptGuard {
  const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, blockDuration: duration })
      : new RateLimiterMemory({ keyPrefix, points, duration, blockDuration: duration });
  const byAccount = make(`huigong:${name}:account`, settings.attemptsPerAccount, settings.accountLockSeconds);
  const byAddress = make(`huigong:${name}:address`, settings.attemptsPerAddress, 3600);

  const take = async (limiter: RateLimiterAbstract, key: string) => {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new TooManyAttempts(Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  };

  return {
    async begin(account, ip) {
      if (account) await take(byAccount, account);
      if (ip) await take(byAddress, ip);
    },
    async succeeded(account, ip) {
      if (account) await (settings.clearOnSuccess ? byAccount.delete(account) : byAccount.reward(account, 1));
      if (ip) await byAddress.reward(ip, 1);
    },
  };
}
