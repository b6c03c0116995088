import { createHmac, timingSafeEqual } from 'node:crypto';
import { webhookDeliveries, webhookDeliveryAttempts, webhookSubscriptions, type Database } from '@huigong/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';

export const WEBHOOK_MAX_ATTEMPTS = 8;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 3_600_000;

/**
 * Standard Webhooks signing (standardwebhooks.com): HMAC-SHA256 over "<id>.<timestamp>.<body>"
 * with the base64 key after `whsec_`, sent as `webhook-signature: v1,<base64>`.
 */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** What an integrator runs on receipt: one of the signatures matches and the timestamp is recent. */
export function verifyWebhookSignature(
  secret: string,
  headers: { id: string; timestamp: string; signature: string },
  body: string,
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, headers.id, timestamp, body).slice(3), 'base64');
  return headers.signature.split(' ').some((candidate) => {
    const [version, value] = candidate.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const actual = Buffer.from(value, 'base64');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  });
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
             where ((status = 'pending' and next_attempt_at <= now())
                    or (status = 'delivering' and locked_until < now()))
               and subscription_id in (select id from webhook_subscriptions
                                       where paused_at is null and disabled_at is null)
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
      const timestamp = Math.floor(Date.now() / 1000);
      let statusCode: number | null = null;
      let error: string | null = null;
      const started = Date.now();
      if (subscription) {
        try {
          const response = await fetchImpl(subscription.url, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'user-agent': 'Huigong-Webhooks/1',
              // The message id is the event's, so a receiver can drop a repeated delivery.
              'webhook-id': delivery.eventId,
              'webhook-timestamp': String(timestamp),
              'webhook-signature': signWebhook(subscription.secret, delivery.eventId, timestamp, body),
              'huigong-event': delivery.event,
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
      await db.insert(webhookDeliveryAttempts).values({
        deliveryId: delivery.id,
        attempt: delivery.attempts,
        statusCode,
        error: ok ? null : (error ?? `HTTP ${statusCode}`),
        durationMs: Date.now() - started,
      });
      // An endpoint that exhausted a delivery's retries is paused: its other events wait, instead
      // of each failing eight times, until the integrator fixes it and resumes the subscription.
      if (finalFailure) {
        await db
          .update(webhookSubscriptions)
          .set({ pausedAt: new Date() })
          .where(and(eq(webhookSubscriptions.id, delivery.subscriptionId), isNull(webhookSubscriptions.pausedAt)));
      }
      if (ok) run.delivered += 1;
      else if (finalFailure) run.failed += 1;
      else run.retrying += 1;
    }),
  );
  return run;
}
