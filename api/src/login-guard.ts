import { TooManyAttempts, type LoginGuard } from '@huigong/schema';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface LoginGuardSettings {
  /** Failed attempts allowed per account before it is locked for `accountLockSeconds`. */
  attemptsPerAccount: number;
  accountLockSeconds: number;
  /** Failed attempts allowed per address per hour (credential stuffing across accounts). */
  attemptsPerAddress: number;
}

/**
 * Each attempt is reserved before the password is checked, so parallel guesses cannot exceed the
 * allowance; a correct password gives the attempt back.
 */
export function createLoginGuard(settings: LoginGuardSettings, redis?: Redis): LoginGuard {
  const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, blockDuration: duration })
      : new RateLimiterMemory({ keyPrefix, points, duration, blockDuration: duration });
  const byAccount = make('huigong:login:account', settings.attemptsPerAccount, settings.accountLockSeconds);
  const byAddress = make('huigong:login:address', settings.attemptsPerAddress, 3600);

  const take = async (limiter: RateLimiterAbstract, key: string) => {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new TooManyAttempts(Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  };

  return {
    async begin(phone, ip) {
      await take(byAccount, phone);
      if (ip) await take(byAddress, ip);
    },
    async succeeded(phone, ip) {
      await byAccount.delete(phone);
      if (ip) await byAddress.reward(ip, 1);
    },
  };
}
