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
 * It answers the calls the voucher flow makes (Checkout Sessions: create, expire, retrieve;
 * refunds) and, like Stripe, replays the first response for a repeated idempotency key. Sessions
 * keep their state: `pay(id)` completes one as the member paying on Stripe's page would, after
 * which Stripe refuses to expire it.
 */
export class StripeStub {
  readonly requests: StubRequest[] = [];
  /** Answer the next N requests with a Stripe API error (HTTP 402). */
  failNext = 0;
  private readonly replies = new Map<string, unknown>();
  readonly sessions = new Map<string, Record<string, unknown>>();
  /**
   * Where session URLs point. Stripe's own host by default; a browser test points it at this
   * stub, which then serves a stand-in for the hosted page with Stripe's two ways back.
   */
  checkoutPageBase = 'https://checkout.stripe.test';
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

  /** The member pays on the hosted page: the session completes with a PaymentIntent. Returns the session as Stripe's event carries it. */
  pay(sessionId: string): Record<string, unknown> {
    const session = this.sessions.get(sessionId);
    if (!session) throw new Error(`stub has no session ${sessionId}`);
    if (session.status === 'open') {
      this.counter += 1;
      Object.assign(session, { status: 'complete', payment_status: 'paid', payment_intent: `pi_stub_${this.counter}` });
    }
    return { ...session };
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
    const page = /^\/c\/pay\/([^/]+)$/.exec(path)?.[1];
    if (req.method === 'GET' && page) {
      const found = this.sessions.get(page);
      if (!found) return send(404, { error: { message: 'no such session' } });
      const attr = (value: unknown) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><meta charset="utf-8"><title>Stripe Checkout (stub)</title>
        <h1>Pay ${Number(found.amount_total) / 100} ${String(found.currency).toUpperCase()}</h1>
        <a id="back-paid" href="${attr(found.success_url)}">paid, back to the shop</a>
        <a id="back-cancel" href="${attr(found.cancel_url)}">back without paying</a>`);
      return;
    }
    const cacheKey = idempotencyKey ? `${req.method} ${path} ${idempotencyKey}` : undefined;
    if (cacheKey && this.replies.has(cacheKey)) return send(200, this.replies.get(cacheKey));

    let reply: unknown;
    this.counter += 1;
    const session = /^\/v1\/checkout\/sessions\/([^/]+)/.exec(path)?.[1];
    if (req.method === 'POST' && path === '/v1/checkout/sessions') {
      const metadata: Record<string, string> = {};
      for (const [key, value] of params) {
        const match = /^metadata\[(.+)\]$/.exec(key);
        if (match) metadata[match[1]!] = value;
      }
      const id = `cs_stub_${this.counter}`;
      const created = {
        id,
        object: 'checkout.session',
        mode: params.get('mode'),
        amount_total: Number(params.get('line_items[0][price_data][unit_amount]')) * Number(params.get('line_items[0][quantity]')),
        currency: params.get('line_items[0][price_data][currency]'),
        client_reference_id: params.get('client_reference_id'),
        metadata,
        status: 'open',
        payment_status: 'unpaid',
        payment_intent: null,
        success_url: params.get('success_url'),
        cancel_url: params.get('cancel_url'),
        expires_at: Number(params.get('expires_at')),
        url: `${this.checkoutPageBase}/c/pay/${id}`,
      };
      this.sessions.set(id, created);
      reply = { ...created };
    } else if (req.method === 'POST' && session && path.endsWith('/expire')) {
      const found = this.sessions.get(session);
      if (!found) return send(404, { error: { type: 'invalid_request_error', message: `No such checkout.session: ${session}` } });
      if (found.status === 'complete') {
        return send(400, { error: { type: 'invalid_request_error', message: 'Only Checkout Sessions with a status in open can be expired.' } });
      }
      found.status = 'expired';
      reply = { ...found };
    } else if (req.method === 'GET' && session) {
      const found = this.sessions.get(session);
      if (!found) return send(404, { error: { type: 'invalid_request_error', message: `No such checkout.session: ${session}` } });
      reply = { ...found };
    } else if (req.method === 'POST' && path === '/v1/refunds') {
      reply = { id: `re_stub_${this.counter}`, object: 'refund', payment_intent: params.get('payment_intent'), status: 'succeeded' };
    } else {
      return send(404, { error: { type: 'invalid_request_error', message: `stub has no ${req.method} ${path}` } });
    }
    if (cacheKey) this.replies.set(cacheKey, reply);
    send(200, reply);
  }
}
