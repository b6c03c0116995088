import { createHmac, timingSafeEqual } from 'node:crypto';
import { webhookDeliveries, type Database } from '@huigong/db';
import { eq, inArray, sql } from 'drizzle-orm';

export const WEBHOOK_MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 3_600_000;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`, as Stripe signs its webhooks. */
export function signWebhook(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const mac = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${mac}`;
}

/** What an integrator runs on receipt: the signature matches and is recent (replays are refused). */
export function verifyWebhookSignature(secret: string, header: string, body: string, toleranceSeconds = 300): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isInteger(timestamp) || !parts.v1) return false;
  if (Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, body, timestamp).split('v1=')[1]!, 'hex');
  const actual = Buffer.from(parts.v1, 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function retryDelayMs(attempt: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
}

export interface DeliveryRun {
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * Claims due deliveries (FOR UPDATE SKIP LOCKED, so several workers never take the same one; a
 * claim that a crashed worker left behind expires after a minute), posts them signed, and records
 * the outcome. Non-2xx answers and network errors are retried with exponential back-off.
 */
export async function deliverDueWebhooks(
  db: Database,
  options: { batch?: number; timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<DeliveryRun> {
  const batch = options.batch ?? 20;
  const fetchImpl = options.fetchImpl ?? fetch;
  const claimed = await db
    .update(webhookDeliveries)
    .set({
      status: 'delivering',
      attempts: sql`${webhookDeliveries.attempts} + 1`,
      lockedUntil: sql`now() + interval '1 minute'`,
    })
    .where(
      inArray(
        webhookDeliveries.id,
        sql`(select id from webhook_deliveries
             where (status = 'pending' and next_attempt_at <= now())
                or (status = 'delivering' and locked_until < now())
             order by next_attempt_at
             limit ${batch}
             for update skip locked)`,
      ),
    )
    .returning();
  if (claimed.length === 0) return { delivered: 0, retrying: 0, failed: 0 };

  const subscriptions = await db.query.webhookSubscriptions.findMany({
    where: { id: { in: [...new Set(claimed.map((d) => d.subscriptionId))] } },
    columns: { id: true, url: true, secret: true },
  });
  const byId = new Map(subscriptions.map((s) => [s.id, s]));
  const run: DeliveryRun = { delivered: 0, retrying: 0, failed: 0 };

  await Promise.all(
    claimed.map(async (delivery) => {
      const subscription = byId.get(delivery.subscriptionId);
      const body = JSON.stringify(delivery.payload);
      let statusCode: number | null = null;
      let error: string | null = null;
      if (subscription) {
        try {
          const response = await fetchImpl(subscription.url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'user-agent': 'Huigong-Webhooks/1',
              'huigong-event': delivery.event,
              'huigong-delivery': delivery.id,
              'huigong-signature': signWebhook(subscription.secret, body),
            },
            body,
            redirect: 'manual',
            signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
          });
          statusCode = response.status;
          await response.body?.cancel();
        } catch (cause) {
          error = cause instanceof Error ? cause.message.slice(0, 300) : 'delivery failed';
        }
      } else {
        error = 'subscription removed';
      }
      const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
      const finalFailure = !ok && delivery.attempts >= WEBHOOK_MAX_ATTEMPTS;
      await db
        .update(webhookDeliveries)
        .set({
          status: ok ? 'delivered' : finalFailure ? 'failed' : 'pending',
          lockedUntil: null,
          lastStatusCode: statusCode,
          lastError: ok ? null : (error ?? `HTTP ${statusCode}`),
          deliveredAt: ok ? new Date() : null,
          nextAttemptAt: ok || finalFailure ? undefined : new Date(Date.now() + retryDelayMs(delivery.attempts)),
        })
        .where(eq(webhookDeliveries.id, delivery.id));
      if (ok) run.delivered += 1;
      else if (finalFailure) run.failed += 1;
      else run.retrying += 1;
    }),
  );
  return run;
}
