import { createHmac, timingSafeEqual } from 'node:crypto';
import { executorFor, QUEUES, webhookDeliveries, webhookDeliveryAttempts, webhookSubscriptions, type Database, type JobQueue } from '@huigong/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';

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

export interface DeliveryRun {
  delivered: number;
  retrying: number;
  failed: number;
  /** Jobs dropped without a post: their endpoint is paused or gone, or a replay replaced them. */
  skipped: number;
}

interface DeliveryJob {
  id: string;
  data: { deliveryId: string };
  retryCount: number;
  retryLimit: number;
}

/**
 * Takes due delivery jobs from pg-boss (SKIP LOCKED, so several workers never take the same one;
 * a job a crashed worker held expires after a minute and is retried), posts them signed, and
 * records the outcome. A failed post fails the job, and pg-boss schedules the retry with
 * exponential back-off; when the retries run out the endpoint is paused.
 */
export async function deliverDueWebhooks(
  db: Database,
  jobs: JobQueue,
  options: { batch?: number; timeoutMs?: number; fetchImpl?: typeof fetch } = {},
): Promise<DeliveryRun> {
  const queue = QUEUES.webhookDelivery;
  const fetchImpl = options.fetchImpl ?? fetch;
  const run: DeliveryRun = { delivered: 0, retrying: 0, failed: 0, skipped: 0 };
  const fetched = (await jobs.fetch<DeliveryJob['data']>(queue, {
    batchSize: options.batch ?? 20,
    includeMetadata: true,
  })) as DeliveryJob[];
  if (fetched.length === 0) return run;

  // Claim the deliveries these jobs are (still) for; a replayed delivery has a newer job.
  const claimed = await db
    .update(webhookDeliveries)
    .set({ status: 'delivering', attempts: sql`${webhookDeliveries.attempts} + 1` })
    .where(
      and(
        inArray(webhookDeliveries.jobId, fetched.map((job) => job.id)),
        inArray(webhookDeliveries.status, ['pending', 'delivering']),
      ),
    )
    .returning();
  const deliveryOf = new Map(claimed.map((delivery) => [delivery.jobId, delivery]));
  const subscriptions = claimed.length
    ? await db.query.webhookSubscriptions.findMany({
        where: { id: { in: [...new Set(claimed.map((d) => d.subscriptionId))] } },
        columns: { id: true, url: true, secret: true, pausedAt: true, disabledAt: true },
      })
    : [];
  const subscriptionOf = new Map(subscriptions.map((s) => [s.id, s]));

  const stale = fetched.filter((job) => !deliveryOf.has(job.id)).map((job) => job.id);
  if (stale.length) {
    await jobs.complete(queue, stale);
    run.skipped += stale.length;
  }

  await Promise.all(
    fetched.map(async (job) => {
      const delivery = deliveryOf.get(job.id);
      if (!delivery) return;
      const subscription = subscriptionOf.get(delivery.subscriptionId);
      if (!subscription || subscription.disabledAt || subscription.pausedAt) {
        // Paused: park the delivery (no job) until the endpoint is resumed. Disabled: give up.
        const parked = subscription && !subscription.disabledAt;
        await db
          .update(webhookDeliveries)
          .set({
            status: parked ? 'pending' : 'failed',
            jobId: null,
            attempts: sql`${webhookDeliveries.attempts} - 1`,
            ...(parked ? {} : { lastError: 'subscription disabled' }),
          })
          .where(eq(webhookDeliveries.id, delivery.id));
        await jobs.complete(queue, job.id, { skipped: parked ? 'paused' : 'disabled' });
        run.skipped += 1;
        return;
      }

      const body = JSON.stringify(delivery.payload);
      const timestamp = Math.floor(Date.now() / 1000);
      let statusCode: number | null = null;
      let error: string | null = null;
      const started = Date.now();
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
      const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
      const outcome = ok ? null : (error ?? `HTTP ${statusCode}`);
      const finalFailure = !ok && job.retryCount >= job.retryLimit;

      let nextAttemptAt: Date | undefined;
      if (!ok) {
        await jobs.fail(queue, job.id, { statusCode, error: outcome });
        if (!finalFailure) nextAttemptAt = (await jobs.getJobById(queue, job.id))?.startAfter;
      }
      // The delivery's outcome and the job's completion commit together: a crash between them
      // can no longer leave a delivery in `delivering` whose job is gone.
      await db.transaction(async (tx) => {
        await tx
          .update(webhookDeliveries)
          .set({
            status: ok ? 'delivered' : finalFailure ? 'failed' : 'pending',
            lastStatusCode: statusCode,
            lastError: outcome,
            deliveredAt: ok ? new Date() : null,
            nextAttemptAt,
          })
          .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.jobId, job.id)));
        if (ok) await jobs.complete(queue, job.id, { statusCode }, { db: executorFor(tx) });
      });
      await db.insert(webhookDeliveryAttempts).values({
        deliveryId: delivery.id,
        attempt: delivery.attempts,
        statusCode,
        error: outcome,
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
