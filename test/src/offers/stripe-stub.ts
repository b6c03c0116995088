import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
  params: URLSearchParams;
}

/**
 * Stripe's network edge, faked: the real SDK talks HTTP to this server instead of api.stripe.com.
 * It answers the three calls the voucher flow makes and, like Stripe, replays the first response
 * for a repeated idempotency key.
 */
export class StripeStub {
  readonly requests: StubRequest[] = [];
  /** Answer the next N requests with a Stripe API error (HTTP 402). */
  failNext = 0;
  private readonly replies = new Map<string, unknown>();
  private counter = 0;
  private server!: http.Server;
  url = '';

  async start() {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => this.handle(req, body, res));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  stop() {
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, body: string, res: http.ServerResponse) {
    const params = new URLSearchParams(body);
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    const path = (req.url ?? '').split('?')[0]!;
    this.requests.push({ method: req.method ?? '', path, idempotencyKey, authorization: req.headers.authorization, params });
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${this.counter}` });
      res.end(JSON.stringify(payload));
    };
    if (this.failNext > 0) {
      this.failNext -= 1;
      return send(402, { error: { type: 'card_error', code: 'processing_error', message: 'stub failure' } });
    }
    const cacheKey = idempotencyKey ? `${req.method} ${path} ${idempotencyKey}` : undefined;
    if (cacheKey && this.replies.has(cacheKey)) return send(200, this.replies.get(cacheKey));

    let reply: unknown;
    this.counter += 1;
    if (req.method === 'POST' && path === '/v1/payment_intents') {
      const metadata: Record<string, string> = {};
      for (const [key, value] of params) {
        const match = /^metadata\[(.+)\]$/.exec(key);
        if (match) metadata[match[1]!] = value;
      }
      const id = `pi_stub_${this.counter}`;
      reply = {
        id,
        object: 'payment_intent',
        amount: Number(params.get('amount')),
        currency: params.get('currency'),
        metadata,
        status: 'requires_payment_method',
        client_secret: `${id}_secret_${this.counter}`,
      };
    } else if (req.method === 'POST' && /^\/v1\/payment_intents\/[^/]+\/cancel$/.test(path)) {
      reply = { id: path.split('/')[3], object: 'payment_intent', status: 'canceled' };
    } else if (req.method === 'POST' && path === '/v1/refunds') {
      reply = { id: `re_stub_${this.counter}`, object: 'refund', payment_intent: params.get('payment_intent'), status: 'succeeded' };
    } else {
      return send(404, { error: { type: 'invalid_request_error', message: `stub has no ${req.method} ${path}` } });
    }
    if (cacheKey) this.replies.set(cacheKey, reply);
    send(200, reply);
  }
}
