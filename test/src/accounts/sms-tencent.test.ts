import { loadConfig } from '@huigong/api/config';
import { smsCodes } from '@huigong/db';
import { smsSenderFor, smsSettingsFromEnv } from '@huigong/schema/accounts/sms-provider';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { startFakeTencentSms } from '../support/fake-tencent-sms.ts';
import { ACCEPT_CURRENT } from './consent-fixture.ts';

const REQUEST = `mutation ($input: RequestSmsCodeInput!) { requestSmsCode(input: $input) {
  __typename ... on RequestSmsCodeSuccess { sent { phone } } ... on Error { code message } } }`;
const SIGN_UP = `mutation ($input: SignUpWithSmsCodeInput!) { signUpWithSmsCode(input: $input) {
  __typename ... on SignUpWithSmsCodeSuccess { session { token } } ... on Error { code message } } }`;
const LOGIN = `mutation ($input: LoginWithSmsCodeInput!) { loginWithSmsCode(input: $input) {
  __typename ... on LoginWithSmsCodeSuccess { session { token } } ... on Error { code message } } }`;

describe('Tencent Cloud SMS (official SDK against a fake edge), chosen by SMS_PROVIDER=tencent', () => {
  let env: TestEnvironment;
  let sms: Awaited<ReturnType<typeof startFakeTencentSms>>;

  beforeAll(async () => {
    sms = await startFakeTencentSms();
    env = await createTestEnvironment({ env: { ...sms.env, SMS_SENDS_PER_PHONE: '1000', MESSAGE_POLL_MS: '0' } });
  });
  afterAll(async () => {
    await env?.close();
    await sms?.close();
  });

  it('signs up with a code sent through Tencent Cloud, with the positional zh-CN template', async () => {
    const phone = '13522220001';
    const sent = await env.anonymous.query(REQUEST, { input: { phone, purpose: 'SIGN_UP' } });
    expect(sent.requestSmsCode.__typename).toBe('RequestSmsCodeSuccess');
    const message = sms.sent.at(-1)!;
    expect(message).toMatchObject({ phone: `+86${phone}`, sdkAppId: '1400006666', signName: '惠工', templateId: '2001001' });
    expect(message.params[0]).toBe('注册');
    expect(message.params[1]).toMatch(/^\d{6}$/);
    // The code row keeps Tencent's SerialNo; SessionContext carries our id of it.
    const [row] = await env.db.select().from(smsCodes).where(eq(smsCodes.phone, phone));
    expect(row!.providerMessageId).toBe(message.serialNo);
    expect(message.sessionContext).toBe(row!.id);

    const ok = await env.anonymous.query(SIGN_UP, {
      input: { phone, code: sms.codeFor(phone), password: 'Tengxun@2026', displayName: '腾讯云用户', accepted: ACCEPT_CURRENT },
    });
    expect(ok.signUpWithSmsCode.__typename).toBe('SignUpWithSmsCodeSuccess');

    // And signs in with the next one.
    await env.db.update(smsCodes).set({ createdAt: new Date(Date.now() - 120_000) }).where(eq(smsCodes.phone, phone));
    await env.anonymous.query(REQUEST, { input: { phone, purpose: 'SIGN_IN' } });
    expect(sms.sent.at(-1)!.params[0]).toBe('登录');
    const login = await env.anonymous.query(LOGIN, { input: { phone, code: sms.codeFor(phone) } });
    expect(login.loginWithSmsCode.__typename).toBe('LoginWithSmsCodeSuccess');
  });

  it('answers a refusal by Tencent as SmsSendFailed and keeps no code (no cool-down for nothing)', async () => {
    const phone = '13522220002';
    sms.refuse(phone, 'FailedOperation.PhoneNumberInBlacklist');
    const refused = await env.anonymous.query(REQUEST, { input: { phone, purpose: 'SIGN_UP' } });
    expect(refused.requestSmsCode).toMatchObject({ __typename: 'SmsSendFailed', code: 'SMS_SEND_FAILED' });
    expect(await env.db.select().from(smsCodes).where(eq(smsCodes.phone, phone))).toHaveLength(0);
  });

  it('finds an SMS sent earlier by its SessionContext (the retry after a crash asks before resending)', async () => {
    const sender = smsSenderFor(smsSettingsFromEnv(sms.env))!;
    const phone = '13522220003';
    const outId = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const sentNow = await sender.send(phone, 'seat_offered', { content: '您在「洛阳焊工赛」的候补已递补到名额' }, outId);
    expect(sms.sent.at(-1)).toMatchObject({ templateId: '2001002', params: ['您在「洛阳焊工赛」的候补已递补到名额'], sessionContext: outId });
    expect(await sender.findSent(phone, outId, new Date())).toEqual({ messageId: sentNow.messageId });
    expect(await sender.findSent(phone, 'ffffffffffffffffffffffffffffffff', new Date())).toBeNull();
    // A wrong key is Tencent's answer too: a typed refusal, not a crash.
    const wrongKey = smsSenderFor(smsSettingsFromEnv({ ...sms.env, SMS_ACCESS_KEY_ID: 'AKIDunknown' }))!;
    await expect(wrongKey.send(phone, 'seat_offered', { content: '测试' }, 'b'.repeat(32))).rejects.toMatchObject({
      code: 'SMS_SEND_FAILED',
      providerCode: 'AuthFailure.SecretIdNotFound',
    });
  });

  it('is chosen by configuration, and a half configuration is refused at start', () => {
    expect(loadConfig({ ...sms.env, NODE_ENV: 'test' }).sms).toMatchObject({ provider: 'tencent', sdkAppId: '1400006666', region: 'ap-guangzhou' });
    expect(loadConfig({ NODE_ENV: 'test', SMS_PROVIDER: 'aliyun', SMS_ACCESS_KEY_ID: 'a', SMS_ACCESS_KEY_SECRET: 'b' }).sms?.provider).toBe('aliyun');
    expect(() => loadConfig({ ...sms.env, NODE_ENV: 'test', SMS_SDK_APP_ID: '' })).toThrow(/SMS_SDK_APP_ID/);
    expect(() => loadConfig({ NODE_ENV: 'test', SMS_PROVIDER: 'huawei' })).toThrow(/aliyun, tencent/);
    // Without keys: not configured, whichever provider is named (development logs the code).
    expect(loadConfig({ NODE_ENV: 'test', SMS_PROVIDER: 'tencent' }).sms).toBeNull();
  });
});
