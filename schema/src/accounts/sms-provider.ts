import DysmsapiModule, { QuerySendDetailsRequest, SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import tencentSms from 'tencentcloud-sdk-nodejs-sms';
import { DomainError } from '../common/errors.ts';

export class SmsNotConfigured extends DomainError {
  readonly code = 'SMS_NOT_CONFIGURED';
  constructor() {
    super('短信服务未配置，暂时无法发送验证码');
  }
}

export class SmsSendFailed extends DomainError {
  readonly code = 'SMS_SEND_FAILED';
  constructor(readonly providerCode: string) {
    super('短信发送失败，请稍后再试');
  }
}

/** zh-CN templates registered with the provider: the one-time code, and a seat offered from a waiting list. */
export type SmsTemplate = 'code' | 'seat_offered';

interface ProviderSettings {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  /** The provider's ids of our zh-CN templates (Aliyun template codes, Tencent template ids). */
  templates: Record<SmsTemplate, string>;
  /** host[:port] of the API (the provider's own unless pointed elsewhere, as tests do). */
  endpoint: string;
  protocol: 'https' | 'http';
}

export interface AliyunSmsSettings extends ProviderSettings {
  provider: 'aliyun';
}

export interface TencentSmsSettings extends ProviderSettings {
  provider: 'tencent';
  /** The SMS application (SmsSdkAppId, e.g. 1400006666). */
  sdkAppId: string;
  region: string;
}

export type SmsSettings = AliyunSmsSettings | TencentSmsSettings;

export interface SmsSender {
  /** Sends one SMS; `outId` is our own id of it, kept by the provider with the message. */
  send(phone: string, template: SmsTemplate, params: Record<string, string>, outId: string): Promise<{ messageId: string }>;
  /** Asks the provider whether an SMS with this out-id went to this phone on that day. */
  findSent(phone: string, outId: string, day: Date): Promise<{ messageId: string } | null>;
}

// The SDK is CommonJS with `exports.default = Client`: Node's ESM loader gives the module object
// (class under `.default`), bundlers such as vitest's give the class itself.
type DysmsapiClass = typeof DysmsapiModule.default;
const Dysmsapi: DysmsapiClass =
  typeof DysmsapiModule === 'function' ? (DysmsapiModule as unknown as DysmsapiClass) : DysmsapiModule.default;

const shanghaiDay = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(date)
    .replaceAll('-', '');

/** Aliyun SMS (短信服务, dysmsapi 2017-05-25) through its official SDK. */
export function aliyunSmsSender(settings: AliyunSmsSettings): SmsSender {
  const client = new Dysmsapi(
    new $OpenApiUtil.Config({
      accessKeyId: settings.accessKeyId,
      accessKeySecret: settings.accessKeySecret,
      endpoint: settings.endpoint,
      protocol: settings.protocol,
      readTimeout: 10_000,
      connectTimeout: 5_000,
    }),
  );
  return {
    async send(phone, template, params, outId) {
      const response = await client.sendSms(
        new SendSmsRequest({
          phoneNumbers: phone,
          signName: settings.signName,
          templateCode: settings.templates[template],
          templateParam: JSON.stringify(params),
          outId,
        }),
      );
      const body = response.body;
      if (body?.code !== 'OK' || !body.bizId) throw new SmsSendFailed(body?.code ?? 'NO_BODY');
      return { messageId: body.bizId };
    },
    async findSent(phone, outId, day) {
      const response = await client.querySendDetails(
        new QuerySendDetailsRequest({ phoneNumber: phone, sendDate: shanghaiDay(day), pageSize: 50, currentPage: 1 }),
      );
      const body = response.body;
      if (body?.code !== 'OK') throw new SmsSendFailed(body?.code ?? 'NO_BODY');
      const found = body.smsSendDetailDTOs?.smsSendDetailDTO?.find((d: { outId?: string }) => d.outId === outId);
      return found ? { messageId: found.outId ?? outId } : null;
    },
  };
}

/**
 * Tencent Cloud templates take their variables by position ({1}, {2}): the code template is
 * `您的{1}验证码为{2}，5分钟内有效，请勿泄露。`, the seat offer `{1}`.
 */
const TENCENT_PARAM_ORDER: Record<SmsTemplate, string[]> = { code: ['purpose', 'code'], seat_offered: ['content'] };

type TencentSmsClient = InstanceType<typeof tencentSms.sms.v20210111.Client>;

/**
 * A refusal answered by Tencent Cloud (an error code in its response) is certain; a request that
 * got no answer (timeout, connection lost) may have been sent and is left to the caller's retry.
 */
async function tencentCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code) throw new SmsSendFailed(code);
    throw error;
  }
}

/** Tencent Cloud SMS (短信, API 2021-01-11) through its official SDK. */
export function tencentSmsSender(settings: TencentSmsSettings): SmsSender {
  const client: TencentSmsClient = new tencentSms.sms.v20210111.Client({
    credential: { secretId: settings.accessKeyId, secretKey: settings.accessKeySecret },
    region: settings.region,
    profile: { httpProfile: { endpoint: settings.endpoint, protocol: `${settings.protocol}://`, reqTimeout: 10 } },
  });
  const e164 = (phone: string) => `+86${phone}`;
  return {
    async send(phone, template, params, outId) {
      const response = await tencentCall(() =>
        client.SendSms({
          PhoneNumberSet: [e164(phone)],
          SmsSdkAppId: settings.sdkAppId,
          SignName: settings.signName,
          TemplateId: settings.templates[template],
          TemplateParamSet: TENCENT_PARAM_ORDER[template].map((key) => params[key] ?? ''),
          SessionContext: outId,
        }),
      );
      const status = response.SendStatusSet?.[0];
      if (status?.Code !== 'Ok' || !status.SerialNo) throw new SmsSendFailed(status?.Code ?? 'NO_STATUS');
      return { messageId: status.SerialNo };
    },
    async findSent(phone, outId, day) {
      // The day's receipts for this number (Tencent keeps seven days), matched on our SessionContext.
      const begin = Math.floor(day.getTime() / 1000) - 24 * 3600;
      const response = await tencentCall(() =>
        client.PullSmsSendStatusByPhoneNumber({
          PhoneNumber: e164(phone),
          SmsSdkAppId: settings.sdkAppId,
          BeginTime: begin,
          EndTime: Math.floor(Date.now() / 1000),
          Offset: 0,
          Limit: 100,
        }),
      );
      const found = response.PullSmsSendStatusSet?.find((s) => s.SessionContext === outId);
      return found ? { messageId: found.SerialNo ?? outId } : null;
    },
  };
}

const PROVIDERS = ['aliyun', 'tencent'] as const;

/** SMS_* settings from the environment; null when the keys are absent (not configured). */
export function smsSettingsFromEnv(env: NodeJS.ProcessEnv): SmsSettings | null {
  const provider = env.SMS_PROVIDER || 'aliyun';
  if (!(PROVIDERS as readonly string[]).includes(provider)) {
    throw new Error(`SMS_PROVIDER must be one of ${PROVIDERS.join(', ')}, got ${provider}`);
  }
  const accessKeyId = env.SMS_ACCESS_KEY_ID;
  const accessKeySecret = env.SMS_ACCESS_KEY_SECRET;
  if (!accessKeyId || !accessKeySecret) return null;
  const base = env.SMS_ENDPOINT ? new URL(env.SMS_ENDPOINT) : null;
  const common = {
    accessKeyId,
    accessKeySecret,
    signName: env.SMS_SIGN_NAME || '惠工',
    protocol: base?.protocol === 'http:' ? ('http' as const) : ('https' as const),
  };
  if (provider === 'tencent') {
    const sdkAppId = env.SMS_SDK_APP_ID;
    // Misconfiguration is caught at start, not at the first code someone waits for.
    if (!sdkAppId) throw new Error('SMS_PROVIDER=tencent needs SMS_SDK_APP_ID (the SMS application id, e.g. 1400006666)');
    return {
      ...common,
      provider: 'tencent',
      sdkAppId,
      region: env.SMS_REGION || 'ap-guangzhou',
      templates: { code: env.SMS_TEMPLATE_CODE || '100001', seat_offered: env.SMS_TEMPLATE_SEAT_OFFERED || '100002' },
      endpoint: base ? base.host : 'sms.tencentcloudapi.com',
    };
  }
  return {
    ...common,
    provider: 'aliyun',
    templates: { code: env.SMS_TEMPLATE_CODE || 'SMS_HUIGONG_CODE', seat_offered: env.SMS_TEMPLATE_SEAT_OFFERED || 'SMS_HUIGONG_SEAT' },
    endpoint: base ? base.host : 'dysmsapi.aliyuncs.com',
  };
}

export function smsSenderFor(settings: SmsSettings | null): SmsSender | null {
  if (!settings) return null;
  return settings.provider === 'tencent' ? tencentSmsSender(settings) : aliyunSmsSender(settings);
}
