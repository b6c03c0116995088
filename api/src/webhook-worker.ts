import type { DatabaseHandle } from '@huigong/db';
import { deliverDueWebhooks, queueParkedDeliveries } from '@huigong/schema';
import type { Logger } from 'pino';
import { startPollingWorker } from './polling-worker.ts';

/** Delivers due webhooks from pg-boss's `webhook-delivery` queue, 20 jobs a round. */
export async function startWebhookWorker(database: DatabaseHandle, log: Logger, intervalMs: number) {
  const requeued = await queueParkedDeliveries(database.db);
  if (requeued > 0) log.info({ requeued }, 'queued webhook deliveries that were waiting without a job');
  return startPollingWorker({
    name: 'webhooks',
    log,
    intervalMs,
    batchSize: 20,
    round: () => deliverDueWebhooks(database.db, database.jobs),
  });
}
