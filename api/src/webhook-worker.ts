import type { DatabaseHandle } from '@huigong/db';
import { deliverDueWebhooks, queueParkedDeliveries, repairStuckDeliveries } from '@huigong/schema';
import type { Logger } from 'pino';
import { startPollingWorker } from './polling-worker.ts';

/**
 * Delivers due webhooks from pg-boss's `webhook-delivery` queue, 20 jobs a round. On start, and
 * then every half lease, it puts back deliveries a crashed worker left `delivering` (see
 * repairStuckDeliveries).
 */
export async function startWebhookWorker(database: DatabaseHandle, log: Logger, intervalMs: number, leaseSeconds = 300) {
  const requeued = await queueParkedDeliveries(database.db);
  if (requeued > 0) log.info({ requeued }, 'queued webhook deliveries that were waiting without a job');
  const repair = async () => {
    const repaired = await repairStuckDeliveries(database.db, leaseSeconds);
    if (repaired > 0) log.warn({ repaired }, 'put back webhook deliveries left delivering by a crashed worker');
    return repaired;
  };
  await repair();
  let nextRepairAt = Date.now() + (leaseSeconds * 1000) / 2;
  return startPollingWorker({
    name: 'webhooks',
    log,
    intervalMs,
    batchSize: 20,
    round: async () => {
      let repaired = 0;
      if (Date.now() >= nextRepairAt) {
        nextRepairAt = Date.now() + (leaseSeconds * 1000) / 2;
        repaired = await repair();
      }
      return { ...(await deliverDueWebhooks(database.db, database.jobs)), repaired };
    },
  });
}
