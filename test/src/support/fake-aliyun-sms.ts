import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentSms {
  phone: string;
  signName: string;
  templateCode: string;
  params: Record<string, string>;
  outId: string | null;
  bizId: string;
}

/**
 * Aliyun's SMS API at its network edge: the official SDK is pointed here (SMS_ENDPOINT) and signs
 * and sends its real requests; this answers SendSms and QuerySendDetails as Aliyun documents them.
 * `hold()` keeps the next SendSms waiting after it is recorded as delivered, to kill a worker mid-send.
 */
export async function startFakeAliyunSms() {
  const sent: SentSms[] = [];
  let holding: { release: () => void; reached: Promise<void>; reach: () => void } | null = null;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    req.resume();
    req.on('end', async () => {
      const action = req.headers['x-acs-action'] ?? url.searchParams.get('Action');
      const reply = (body: object) => {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ RequestId: `req-${sent.length}`, ...body }));
      };
      if (!req.headers.authorization && !url.searchParams.get('Signature')) {
        res.statusCode = 400;
        return reply({ Code: 'SignatureDoesNotMatch', Message: 'no signature' });
      }
      if (action === 'SendSms') {
        const bizId = `biz-${sent.length + 1}`;
        sent.push({
          phone: url.searchParams.get('PhoneNumbers') ?? '',
          signName: url.searchParams.get('SignName') ?? '',
          templateCode: url.searchParams.get('TemplateCode') ?? '',
          params: JSON.parse(url.searchParams.get('TemplateParam') ?? '{}'),
          outId: url.searchParams.get('OutId'),
          bizId,
        });
        if (holding) {
          const h = holding;
          holding = null;
          h.reach();
          await new Promise<void>((resolve) => (h.release = resolve));
        }
        return reply({ Code: 'OK', Message: 'OK', BizId: bizId });
      }
      if (action === 'QuerySendDetails') {
        const phone = url.searchParams.get('PhoneNumber');
        const mine = sent.filter((s) => s.phone === phone);
        return reply({
          Code: 'OK',
          Message: 'OK',
          TotalCount: String(mine.length),
          SmsSendDetailDTOs: {
            SmsSendDetailDTO: mine.map((s) => ({ PhoneNum: s.phone, OutId: s.outId, SendStatus: 3, TemplateCode: s.templateCode })),
          },
        });
      }
      res.statusCode = 404;
      reply({ Code: 'InvalidAction', Message: String(action) });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    sent,
    env: {
      SMS_PROVIDER: 'aliyun',
      SMS_ACCESS_KEY_ID: 'LTAI-test',
      SMS_ACCESS_KEY_SECRET: 'test-secret',
      SMS_ENDPOINT: `http://127.0.0.1:${port}`,
      SMS_SIGN_NAME: '惠工',
      SMS_TEMPLATE_CODE: 'SMS_100001',
      SMS_TEMPLATE_SEAT_OFFERED: 'SMS_100002',
    },
    codeFor(phone: string): string {
      const last = sent.filter((s) => s.phone === phone && s.templateCode === 'SMS_100001').at(-1);
      if (!last) throw new Error(`no code sent to ${phone}`);
      return last.params.code!;
    },
    /** The next SendSms is recorded, then its answer waits until `release()`. */
    hold() {
      let reach!: () => void;
      const reached = new Promise<void>((resolve) => (reach = resolve));
      holding = { release: () => {}, reached, reach };
      const h = holding;
      return { reached, release: () => h.release() };
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
