import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentTencentSms {
  phone: string;
  sdkAppId: string;
  signName: string;
  templateId: string;
  params: string[];
  sessionContext: string | null;
  serialNo: string;
}

/**
 * Tencent Cloud's SMS API (2021-01-11) at its network edge: the official SDK is pointed here
 * (SMS_ENDPOINT) and sends its real TC3-signed JSON requests; this answers SendSms and
 * PullSmsSendStatusByPhoneNumber in Tencent's documented shapes. `refuse(phone, code)` makes
 * SendSms answer that error code for one number, as Tencent does for a blacklisted one.
 */
const SECRET_ID = 'AKIDtest';

export async function startFakeTencentSms() {
  const sent: SentTencentSms[] = [];
  const refusals = new Map<string, string>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const action = String(req.headers['x-tc-action'] ?? '');
      const requestId = `tc-req-${sent.length}`;
      const reply = (body: object) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ Response: { RequestId: requestId, ...body } }));
      };
      const fail = (code: string, message: string) => reply({ Error: { Code: code, Message: message } });
      if (!/^TC3-HMAC-SHA256 Credential=[^/]+\/\d{4}-\d{2}-\d{2}\/[^/]+\/tc3_request, SignedHeaders=.+, Signature=[0-9a-f]{64}$/.test(String(req.headers.authorization ?? ''))) {
        return fail('AuthFailure.SignatureFailure', 'missing or malformed TC3 signature');
      }
      if (!String(req.headers.authorization).includes(`Credential=${SECRET_ID}/`)) return fail('AuthFailure.SecretIdNotFound', 'unknown SecretId');
      if (req.headers['x-tc-version'] !== '2021-01-11') return fail('InvalidAction', `version ${req.headers['x-tc-version']}`);
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      } catch {
        return fail('InvalidParameter', 'body is not JSON');
      }
      if (action === 'SendSms') {
        const phones = (body.PhoneNumberSet as string[] | undefined) ?? [];
        const statuses = phones.map((phone) => {
          const refused = refusals.get(phone);
          if (refused) return { SerialNo: '', PhoneNumber: phone, Fee: 0, SessionContext: body.SessionContext ?? '', Code: refused, Message: refused, IsoCode: 'CN' };
          const serialNo = `2433:${String(sent.length + 1).padStart(10, '0')}`;
          sent.push({
            phone,
            sdkAppId: String(body.SmsSdkAppId ?? ''),
            signName: String(body.SignName ?? ''),
            templateId: String(body.TemplateId ?? ''),
            params: (body.TemplateParamSet as string[] | undefined) ?? [],
            sessionContext: (body.SessionContext as string | undefined) ?? null,
            serialNo,
          });
          return { SerialNo: serialNo, PhoneNumber: phone, Fee: 1, SessionContext: body.SessionContext ?? '', Code: 'Ok', Message: 'send success', IsoCode: 'CN' };
        });
        return reply({ SendStatusSet: statuses });
      }
      if (action === 'PullSmsSendStatusByPhoneNumber') {
        const mine = sent.filter((s) => s.phone === body.PhoneNumber && s.sdkAppId === body.SmsSdkAppId);
        return reply({
          PullSmsSendStatusSet: mine.map((s) => ({
            UserReceiveTime: Math.floor(Date.now() / 1000),
            CountryCode: '86',
            SubscriberNumber: s.phone.slice(3),
            PhoneNumber: s.phone,
            SerialNo: s.serialNo,
            ReportStatus: 'SUCCESS',
            Description: 'DELIVRD',
            SessionContext: s.sessionContext ?? '',
          })),
        });
      }
      fail('InvalidAction', action);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    env: {
      SMS_PROVIDER: 'tencent',
      SMS_ACCESS_KEY_ID: SECRET_ID,
      SMS_ACCESS_KEY_SECRET: 'tencent-test-secret',
      SMS_SDK_APP_ID: '1400006666',
      SMS_ENDPOINT: `http://127.0.0.1:${port}`,
      SMS_SIGN_NAME: '惠工',
      SMS_TEMPLATE_CODE: '2001001',
      SMS_TEMPLATE_SEAT_OFFERED: '2001002',
    },
    /** The last code sent to an 11-digit number (Tencent's params: [purpose, code]). */
    codeFor(phone: string): string {
      const last = sent.filter((s) => s.phone === `+86${phone}` && s.templateId === '2001001').at(-1);
      if (!last) throw new Error(`no code sent to ${phone}`);
      return last.params[1]!;
    },
    refuse(phone: string, code: string) {
      refusals.set(`+86${phone}`, code);
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
