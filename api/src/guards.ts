import type { AttemptGuard } from '@huigong/schema';
import { smsSenderFor } from '@huigong/schema/accounts/sms-provider';
import type { SmsCodeDeps } from '@huigong/schema/accounts/sms-codes.service';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { createAttemptGuard } from './attempt-guard.ts';
import type { Config } from './config.ts';

export interface RequestGuards {
  /** Password sign-ins: per account and per address, cleared on success. */
  loginGuard: AttemptGuard;
  /** Counter codes typed at a till: per merchant and per address, never cleared by a hit. */
  codeGuard: AttemptGuard;
  /** SMS one-time codes: sending (per phone, per address) and checking (like passwords). */
  sms: SmsCodeDeps;
}

/**
 * The limits on guessing, shared by every instance through Redis when it is configured (else
 * in memory, per process), and what SMS codes need to be sent or, in development without
 * provider keys, written to the log.
 */
export function requestGuards(config: Config, log: Logger, redis: Redis | undefined): RequestGuards {
  const loginGuard = createAttemptGuard(
    'login',
    {
      attemptsPerAccount: config.loginAttemptsPerAccount,
      accountLockSeconds: config.loginLockSeconds,
      attemptsPerAddress: config.loginAttemptsPerAddress,
      clearOnSuccess: true,
    },
    redis,
  );
  const codeGuard = createAttemptGuard(
    'codes',
    {
      attemptsPerAccount: config.codeAttemptsPerMerchant,
      accountLockSeconds: config.codeLockSeconds,
      attemptsPerAddress: config.codeAttemptsPerAddress,
      clearOnSuccess: false,
    },
    redis,
  );
  const sendGuard = createAttemptGuard(
    'sms-send',
    { attemptsPerAccount: config.smsSendsPerPhone, accountLockSeconds: 3600, attemptsPerAddress: config.smsSendsPerAddress, clearOnSuccess: false },
    redis,
  );
  const verifyGuard = createAttemptGuard(
    'sms-verify',
    {
      attemptsPerAccount: config.smsCodeAttemptsPerPhone,
      accountLockSeconds: config.loginLockSeconds,
      attemptsPerAddress: config.loginAttemptsPerAddress,
      clearOnSuccess: true,
    },
    redis,
  );
  const sms: SmsCodeDeps = {
    sender: config.smsCodeSecret ? smsSenderFor(config.sms) : null,
    codeSecret: config.smsCodeSecret ?? '',
    production: config.env === 'production',
    // Development without provider keys: the code goes to the log instead of a phone.
    logCode: (phone, purpose, code) => log.warn({ phone, purpose, code }, `SMS not configured: code for ${phone} is ${code}`),
    sendGuard,
    verifyGuard,
  };
  return { loginGuard, codeGuard, sms };
}
