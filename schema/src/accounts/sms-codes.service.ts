import { createHmac, randomInt } from 'node:crypto';
import { executeRows, sessions, smsCodes, uniqueViolation, users, type Database } from '@huigong/db';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { AttemptGuard } from '../common/attempt-guard.ts';
import { DomainError, fieldError } from '../common/errors.ts';
import { assertGrassrootsUnion, insertAccount, issueSession, PhoneTaken, type IssuedSession, type SignUpInput } from './accounts.service.ts';
import { recordConsent, requireCurrentConsent, type ConsentDocument } from './consent.ts';
import { hashPassword } from './password.ts';
import { SmsNotConfigured, type SmsSender } from './sms-provider.ts';

export type SmsCodePurpose = 'sign_in' | 'sign_up' | 'reset_password' | 'change_phone' | 'rights_case';

export const CODE_TTL_MS = 5 * 60 * 1000;
export const RESEND_COOLDOWN_SECONDS = 60;

export class SmsCooldown extends DomainError {
  readonly code = 'SMS_COOLDOWN';
  constructor(readonly retryAfterSeconds: number) {
    super(`验证码已发送，请 ${retryAfterSeconds} 秒后再重新获取`);
  }
}

export class InvalidSmsCode extends DomainError {
  readonly code = 'INVALID_SMS_CODE';
  constructor() {
    super('验证码不正确或已失效，请重新获取');
  }
}

/** What the code services need from their host (the HTTP server builds it from its configuration). */
export interface SmsCodeDeps {
  sender: SmsSender | null;
  /** HMAC key for stored codes. */
  codeSecret: string;
  production: boolean;
  /** Development without provider keys: where the code goes instead of an SMS (the server log). */
  logCode?: (phone: string, purpose: SmsCodePurpose, code: string) => void;
  /** Limits sending, per phone and per address (each request counts). */
  sendGuard?: AttemptGuard;
  /** Limits guessing, per phone and per address (a right code clears the phone's count). */
  verifyGuard?: AttemptGuard;
}

const hashCode = (secret: string, phone: string, purpose: SmsCodePurpose, code: string) =>
  createHmac('sha256', secret).update(`${phone}:${purpose}:${code}`).digest('base64url');

const CODE_TEMPLATE_PURPOSE: Record<SmsCodePurpose, string> = {
  sign_in: '登录',
  sign_up: '注册',
  reset_password: '重置密码',
  change_phone: '更换手机号',
  rights_case: '维权求助',
};

export interface SentCode {
  phone: string;
  expiresAt: Date;
  resendAfterSeconds: number;
}

/**
 * Sends a 6-digit code. One request per phone and purpose per minute (checked under an advisory
 * lock on the phone, so parallel requests send one code); sign-in and reset codes for a number
 * without an account answer the same as a sent one and send nothing, so the endpoint cannot be
 * used to find out who is registered.
 */
export async function requestSmsCode(
  db: Database,
  deps: SmsCodeDeps,
  input: { phone: string; purpose: SmsCodePurpose; userId?: string | null },
  ip: string | null,
): Promise<SentCode> {
  if (!deps.sender && deps.production) throw new SmsNotConfigured();
  await deps.sendGuard?.begin(input.phone, ip);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`sms-code:${input.phone}`}))`);
    const [last] = await tx
      .select({ createdAt: smsCodes.createdAt })
      .from(smsCodes)
      .where(and(eq(smsCodes.phone, input.phone), eq(smsCodes.purpose, input.purpose)))
      .orderBy(sql`${smsCodes.createdAt} desc`)
      .limit(1);
    const now = Date.now();
    if (last) {
      const wait = Math.ceil((last.createdAt.getTime() + RESEND_COOLDOWN_SECONDS * 1000 - now) / 1000);
      if (wait > 0) throw new SmsCooldown(wait);
    }
    const account = await tx.query.users.findFirst({ where: { phone: input.phone }, columns: { id: true } });
    if ((input.purpose === 'sign_up' || input.purpose === 'change_phone') && account) throw new PhoneTaken();
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const expiresAt = new Date(now + CODE_TTL_MS);
    const [row] = await tx
      .insert(smsCodes)
      .values({
        phone: input.phone,
        purpose: input.purpose,
        userId: input.userId ?? null,
        codeHash: hashCode(deps.codeSecret, input.phone, input.purpose, code),
        expiresAt,
      })
      .returning({ id: smsCodes.id });
    const silent = (input.purpose === 'sign_in' || input.purpose === 'reset_password') && !account;
    if (!silent) {
      if (deps.sender) {
        // Sent inside the transaction: a failed send rolls the code back (no cool-down for nothing).
        const sent = await deps.sender.send(input.phone, 'code', { code, purpose: CODE_TEMPLATE_PURPOSE[input.purpose] }, row!.id);
        await tx.update(smsCodes).set({ providerMessageId: sent.messageId }).where(eq(smsCodes.id, row!.id));
      } else {
        deps.logCode?.(input.phone, input.purpose, code);
      }
    }
    return { phone: input.phone, expiresAt, resendAfterSeconds: RESEND_COOLDOWN_SECONDS };
  });
}

/**
 * Consumes the newest live code of this phone and purpose if it matches. The conditional UPDATE
 * re-checks `consumed_at is null` on the locked row, so of parallel requests with the right code
 * exactly one wins. Wrong guesses count in the guard like wrong passwords.
 */
export async function consumeSmsCode(
  db: Database,
  deps: SmsCodeDeps,
  input: { phone: string; purpose: SmsCodePurpose; code: string; userId?: string | null },
  ip: string | null,
): Promise<void> {
  await deps.verifyGuard?.begin(input.phone, ip);
  const hash = hashCode(deps.codeSecret, input.phone, input.purpose, input.code);
  const rows = await executeRows<{ id: string }>(db, sql`
    update ${smsCodes} set consumed_at = now()
    where id = (select id from ${smsCodes} where phone = ${input.phone} and purpose = ${input.purpose}
                  and consumed_at is null and expires_at > now()
                  ${input.userId ? sql`and user_id = ${input.userId}` : sql``}
                order by created_at desc limit 1)
      and consumed_at is null and code_hash = ${hash}
    returning id`);
  if (rows.length !== 1) throw new InvalidSmsCode();
  await deps.verifyGuard?.succeeded(input.phone, ip);
}

export async function loginWithSmsCode(
  db: Database,
  deps: SmsCodeDeps,
  input: { phone: string; code: string },
  client: { ip: string | null; userAgent: string | null },
): Promise<IssuedSession> {
  return db.transaction(async (tx) => {
    await consumeSmsCode(tx, deps, { phone: input.phone, purpose: 'sign_in', code: input.code }, client.ip);
    const user = await tx.query.users.findFirst({ where: { phone: input.phone }, columns: { id: true } });
    if (!user) throw new InvalidSmsCode();
    return issueSession(tx, user.id, client.userAgent);
  });
}

export async function signUpWithSmsCode(
  db: Database,
  deps: SmsCodeDeps,
  input: SignUpInput & { code: string; accepted: { document: ConsentDocument; version: string }[] },
  client: { ip: string | null; userAgent: string | null },
): Promise<IssuedSession> {
  requireCurrentConsent(input.accepted);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await assertGrassrootsUnion(tx, input.member);
    await consumeSmsCode(tx, deps, { phone: input.phone, purpose: 'sign_up', code: input.code }, client.ip);
    const userId = await insertAccount(tx, input, passwordHash);
    await recordConsent(tx, userId, ['user_agreement', 'privacy_policy']);
    return issueSession(tx, userId, client.userAgent);
  });
}

/** Sets a new password with a code sent to the account's phone, and signs out every other session. */
export async function resetPassword(
  db: Database,
  deps: SmsCodeDeps,
  input: { phone: string; code: string; newPassword: string },
  client: { ip: string | null; userAgent: string | null },
): Promise<IssuedSession & { revokedSessions: number }> {
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await consumeSmsCode(tx, deps, { phone: input.phone, purpose: 'reset_password', code: input.code }, client.ip);
    const [user] = await tx.update(users).set({ passwordHash }).where(eq(users.phone, input.phone)).returning({ id: users.id });
    if (!user) throw new InvalidSmsCode();
    const revoked = await tx
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(and(eq(sessions.userId, user.id), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    await recordAudit(tx, {
      actorUserId: user.id,
      action: 'user.password_reset',
      subjectType: 'user',
      subjectId: user.id,
      data: { revokedSessions: revoked.length },
    });
    const session = await issueSession(tx, user.id, client.userAgent);
    return { ...session, revokedSessions: revoked.length };
  });
}

/** Moves the account to a new phone number, proven by a code sent to that new number. */
export async function changePhone(
  db: Database,
  deps: SmsCodeDeps,
  userId: string,
  input: { newPhone: string; code: string },
  ip: string | null,
): Promise<string> {
  return db.transaction(async (tx) => {
    await consumeSmsCode(tx, deps, { phone: input.newPhone, purpose: 'change_phone', code: input.code, userId }, ip);
    const [before] = await tx.select({ phone: users.phone }).from(users).where(eq(users.id, userId));
    try {
      await tx.update(users).set({ phone: input.newPhone }).where(and(eq(users.id, userId), ne(users.phone, input.newPhone)));
    } catch (error) {
      if (uniqueViolation(error)?.startsWith('users_phone')) throw new PhoneTaken();
      throw error;
    }
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'user.phone_changed',
      subjectType: 'user',
      subjectId: userId,
      fromState: before ? `${before.phone.slice(0, 3)}****${before.phone.slice(7)}` : null,
      toState: `${input.newPhone.slice(0, 3)}****${input.newPhone.slice(7)}`,
    });
    return userId;
  });
}
