import { sessions, smsCodes, users } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { startFakeAliyunSms } from '../support/fake-aliyun-sms.ts';
import { GraphQLClient } from '../support/graphql.ts';

const REQUEST = `mutation ($input: RequestSmsCodeInput!) { requestSmsCode(input: $input) {
  __typename ... on RequestSmsCodeSuccess { sent { phone expiresAt resendAfterSeconds } }
  ... on SmsCooldown { retryAfterSeconds } ... on Error { code message } } }`;
const LOGIN = `mutation ($input: LoginWithSmsCodeInput!) { loginWithSmsCode(input: $input) {
  __typename ... on LoginWithSmsCodeSuccess { session { token } } ... on Error { code message } } }`;
const SIGN_UP = `mutation ($input: SignUpWithSmsCodeInput!) { signUpWithSmsCode(input: $input) {
  __typename ... on SignUpWithSmsCodeSuccess { session { token } } ... on ConsentRequired { documents }
  ... on Error { code message } } }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) {
  __typename ... on ResetPasswordSuccess { reset { revokedSessions session { token } } } ... on Error { code message } } }`;
const LEGAL = `{ legalDocuments { document version title } }`;

describe('SMS one-time codes (Aliyun SDK against a fake edge)', () => {
  let env: TestEnvironment;
  let sms: Awaited<ReturnType<typeof startFakeAliyunSms>>;

  beforeAll(async () => {
    sms = await startFakeAliyunSms();
    env = await createTestEnvironment({ env: { ...sms.env, SMS_CODE_ATTEMPTS_PER_PHONE: '5', SMS_SENDS_PER_PHONE: '1000' } });
  });
  afterAll(async () => {
    await env?.close();
    await sms?.close();
  });

  const accepted = async () => {
    const { legalDocuments } = await env.anonymous.query(LEGAL);
    return legalDocuments.map((d: { document: string; version: string }) => ({ document: d.document, version: d.version }));
  };

  it('signs up with a code sent by SMS, only after accepting the current agreement and policy', async () => {
    const phone = '13512340001';
    const sent = await env.anonymous.query(REQUEST, { input: { phone, purpose: 'SIGN_UP' } });
    expect(sent.requestSmsCode.__typename).toBe('RequestSmsCodeSuccess');
    const message = sms.sent.at(-1)!;
    expect(message).toMatchObject({ phone, signName: '惠工', templateCode: 'SMS_100001' });
    expect(message.params.code).toMatch(/^\d{6}$/);
    // Only a hash is stored.
    const [row] = await env.db.select().from(smsCodes).where(eq(smsCodes.phone, phone));
    expect(row!.codeHash).not.toContain(message.params.code);
    expect(Math.abs(row!.expiresAt.getTime() - row!.createdAt.getTime() - 5 * 60 * 1000)).toBeLessThan(2000);

    const input = { phone, code: message.params.code, password: 'Changchun@2026', displayName: '刘畅', accepted: [] };
    const refused = await env.anonymous.query(SIGN_UP, { input });
    expect(refused.signUpWithSmsCode).toMatchObject({ __typename: 'ConsentRequired', code: 'CONSENT_REQUIRED' });
    expect(refused.signUpWithSmsCode.documents.sort()).toEqual(['PRIVACY_POLICY', 'USER_AGREEMENT']);
    const stale = await env.anonymous.query(SIGN_UP, {
      input: { ...input, accepted: [{ document: 'USER_AGREEMENT', version: '2020-01-01' }, { document: 'PRIVACY_POLICY', version: '2020-01-01' }] },
    });
    expect(stale.signUpWithSmsCode.__typename).toBe('ConsentRequired');

    const ok = await env.anonymous.query(SIGN_UP, { input: { ...input, accepted: await accepted() } });
    expect(ok.signUpWithSmsCode.__typename).toBe('SignUpWithSmsCodeSuccess');
    const me = await env.anonymous.withToken(ok.signUpWithSmsCode.session.token).query(`{ me { phone pendingConsents { document } } }`);
    expect(me.me).toEqual({ phone, pendingConsents: [] });

    // One use: the same code again is refused (the account exists now anyway, but the code is spent).
    const again = await env.anonymous.query(LOGIN, { input: { phone, code: message.params.code } });
    expect(again.loginWithSmsCode.code).toBe('INVALID_SMS_CODE');
  });

  it('keeps a cool-down between codes, and parallel requests send one SMS', async () => {
    const phone = '13900000006';
    const before = sms.sent.length;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => env.anonymous.query(REQUEST, { input: { phone, purpose: 'SIGN_IN' } })),
    );
    const kinds = answers.map((a) => a.requestSmsCode.__typename);
    expect(kinds.filter((k) => k === 'RequestSmsCodeSuccess')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'SmsCooldown')).toHaveLength(7);
    expect(sms.sent.length - before).toBe(1);
    const cooled = answers.find((a) => a.requestSmsCode.__typename === 'SmsCooldown')!;
    expect(cooled.requestSmsCode.retryAfterSeconds).toBeGreaterThan(50);

    const login = await env.anonymous.query(LOGIN, { input: { phone, code: sms.codeFor(phone) } });
    expect(login.loginWithSmsCode.__typename).toBe('LoginWithSmsCodeSuccess');
  });

  it('answers an unregistered number like a registered one, and sends nothing', async () => {
    const before = sms.sent.length;
    const answer = await env.anonymous.query(REQUEST, { input: { phone: '13512349999', purpose: 'SIGN_IN' } });
    expect(answer.requestSmsCode.__typename).toBe('RequestSmsCodeSuccess');
    expect(sms.sent.length).toBe(before);
    const taken = await env.anonymous.query(REQUEST, { input: { phone: '13900000001', purpose: 'SIGN_UP' } });
    expect(taken.requestSmsCode.code).toBe('PHONE_TAKEN');
  });

  it('limits guessing like passwords: of 20 parallel wrong codes 5 are checked, then even the right one waits', async () => {
    const phone = '13900000007';
    await env.anonymous.query(REQUEST, { input: { phone, purpose: 'SIGN_IN' } });
    const right = sms.codeFor(phone);
    const wrong = String((Number(right) + 1) % 1_000_000).padStart(6, '0');
    const guesses = await Promise.all(
      Array.from({ length: 20 }, () => env.anonymous.query(LOGIN, { input: { phone, code: wrong } })),
    );
    const codes = guesses.map((g) => g.loginWithSmsCode.code);
    expect(codes.filter((c) => c === 'INVALID_SMS_CODE')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(15);
    const locked = await env.anonymous.query(LOGIN, { input: { phone, code: right } });
    expect(locked.loginWithSmsCode.code).toBe('TOO_MANY_ATTEMPTS');
    const sessionCount = await env.db.select().from(sessions).innerJoin(users, eq(users.id, sessions.userId)).where(eq(users.phone, phone));
    expect(sessionCount).toHaveLength(0);
  });

  it('lets exactly one of parallel requests with the right code in', async () => {
    const phone = '13900000009';
    await env.anonymous.query(REQUEST, { input: { phone, purpose: 'SIGN_IN' } });
    const code = sms.codeFor(phone);
    const tries = await Promise.all(Array.from({ length: 10 }, () => env.anonymous.query(LOGIN, { input: { phone, code } })));
    const kinds = tries.map((t) => t.loginWithSmsCode.__typename);
    expect(kinds.filter((k) => k === 'LoginWithSmsCodeSuccess')).toHaveLength(1);
    // The rest find the code spent, or wait behind the guard (each try is reserved before it is checked).
    expect(kinds.filter((k) => k === 'InvalidSmsCode' || k === 'TooManyAttempts')).toHaveLength(9);
    expect(kinds.filter((k) => k === 'InvalidSmsCode').length).toBeGreaterThan(0);
  });

  it('refuses an expired code', async () => {
    const phone = '13900000010';
    await env.anonymous.query(REQUEST, { input: { phone, purpose: 'SIGN_IN' } });
    await env.db.update(smsCodes).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(smsCodes.phone, phone));
    const late = await env.anonymous.query(LOGIN, { input: { phone, code: sms.codeFor(phone) } });
    expect(late.loginWithSmsCode.code).toBe('INVALID_SMS_CODE');
  });

  it('resets a password by SMS and signs out every other session', async () => {
    const phone = '13900000011';
    const oldSession = await env.as(phone);
    expect((await oldSession.query(`{ me { phone } }`)).me.phone).toBe(phone);
    await env.anonymous.query(REQUEST, { input: { phone, purpose: 'RESET_PASSWORD' } });
    const reset = await env.anonymous.query(RESET, { input: { phone, code: sms.codeFor(phone), newPassword: 'Xinmima@2027' } });
    expect(reset.resetPassword.__typename).toBe('ResetPasswordSuccess');
    expect(reset.resetPassword.reset.revokedSessions).toBe(1);
    const stale = await oldSession.request(`{ me { phone } }`);
    expect(stale.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    await expect(env.as(phone)).rejects.toThrow(/login failed/);
    await env.as(phone, 'Xinmima@2027');
    const fresh = env.anonymous.withToken(reset.resetPassword.reset.session.token);
    expect((await fresh.query(`{ me { phone } }`)).me.phone).toBe(phone);
  });

  it('changes the phone number only with a code sent to the new number', async () => {
    const member = await env.as('13900000003');
    const ask = `mutation ($input: RequestPhoneChangeCodeInput!) { requestPhoneChangeCode(input: $input) { __typename ... on Error { code } } }`;
    const change = `mutation ($input: ChangePhoneInput!) { changePhone(input: $input) { __typename ... on ChangePhoneSuccess { user { phone } } ... on Error { code } } }`;
    expect((await member.query(ask, { input: { newPhone: '13900000001' } })).requestPhoneChangeCode.code).toBe('PHONE_TAKEN');
    await member.query(ask, { input: { newPhone: '13612345678' } });
    const code = sms.codeFor('13612345678');
    // Another account cannot use the code sent for this change.
    const other = await env.as('13900000002');
    expect((await other.query(change, { input: { newPhone: '13612345678', code } })).changePhone.code).toBe('INVALID_SMS_CODE');
    const done = await member.query(change, { input: { newPhone: '13612345678', code } });
    expect(done.changePhone).toEqual({ __typename: 'ChangePhoneSuccess', user: { phone: '13612345678' } });
  });

  it('gives typed errors for bad input', async () => {
    const bad = await env.anonymous.query(LOGIN, { input: { phone: '123', code: 'abc' } });
    expect(bad.loginWithSmsCode.code).toBe('INVALID_INPUT');
  });

  it('in production without provider keys answers SMS_NOT_CONFIGURED and stores nothing', async () => {
    const other = await env.startAnotherServer({
      NODE_ENV: 'production',
      SMS_CODE_SECRET: 'prod-secret',
      REDEMPTION_QR_SECRET: 'prod-qr-secret',
      WEBHOOK_POLL_MS: '0',
      MESSAGE_POLL_MS: '0',
    });
    const client = new GraphQLClient(other.url);
    const answer = await client.query(REQUEST, { input: { phone: '13512340077', purpose: 'SIGN_UP' } });
    expect(answer.requestSmsCode).toMatchObject({ __typename: 'SmsNotConfigured', code: 'SMS_NOT_CONFIGURED' });
    expect(await env.db.select().from(smsCodes).where(eq(smsCodes.phone, '13512340077'))).toHaveLength(0);
  });
});
