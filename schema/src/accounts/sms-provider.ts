import DysmsapiModule, { QuerySendDetailsRequest, SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil } from '@alicloud/openapi-core';
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

export interface SmsSettings {
  provider: 'aliyun';
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templates: Record<SmsTemplate, string>;
  /** host[:port] of the API; dysmsapi.aliyuncs.com unless pointed elsewhere (tests). */
  endpoint: string;
  protocol: 'https' | 'http';
}

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
export function aliyunSmsSender(settings: SmsSettings): SmsSender {
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

/** SMS_* settings from the environment; null when the keys are absent (not configured). */
export function smsSettingsFromEnv(env: NodeJS.ProcessEnv): SmsSettings | null {
  const provider = env.SMS_PROVIDER || 'aliyun';
  if (provider !== 'aliyun') throw new Error(`SMS_PROVIDER must be aliyun, got ${provider}`);
  const accessKeyId = env.SMS_ACCESS_KEY_ID;
  const accessKeySecret = env.SMS_ACCESS_KEY_SECRET;
  if (!accessKeyId || !accessKeySecret) return null;
  const base = env.SMS_ENDPOINT ? new URL(env.SMS_ENDPOINT) : null;
  return {
    provider,
    accessKeyId,
    accessKeySecret,
    signName: env.SMS_SIGN_NAME || '惠工',
    templates: { code: env.SMS_TEMPLATE_CODE || 'SMS_HUIGONG_CODE', seat_offered: env.SMS_TEMPLATE_SEAT_OFFERED || 'SMS_HUIGONG_SEAT' },
    endpoint: base ? base.host : 'dysmsapi.aliyuncs.com',
    protocol: base?.protocol === 'http:' ? 'http' : 'https',
  };
}

export function smsSenderFor(settings: SmsSettings | null): SmsSender | null {
  return settings ? aliyunSmsSender(settings) : null;
}
