import type { DatabaseHandle } from '@huigong/db';
import { deliverDueWebhooks, queueParkedDeliveries } from '@huigong/schema';
import type { Logger } from 'pino';

/**
 * Polls pg-boss's `webhook-delivery` queue. Several instances may run it at once: pg-boss hands
 * each job to one worker. `stop()` waits for the round in progress, so shutdown never abandons a
 * delivery it has taken (one it did abandon expires in pg-boss and is retried).
 */
export async function startWebhookWorker(database: DatabaseHandle, log: Logger, intervalMs: number) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const requeued = await queueParkedDeliveries(database.db);
  if (requeued > 0) log.info({ requeued }, 'queued webhook deliveries that were waiting without a job');

  const round = async () => {
    try {
      for (;;) {
        const run = await deliverDueWebhooks(database.db, database.jobs);
        const handled = run.delivered + run.retrying + run.failed + run.skipped;
        if (handled > 0) log.info({ webhooks: run }, 'webhook delivery round');
        // A full batch means more may be due: keep going before sleeping.
        if (stopped || handled < 20) break;
      }
    } catch (error) {
      log.error({ err: error }, 'webhook delivery round failed');
    }
  };

  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = round().finally(schedule);
    }, intervalMs);
    timer.unref();
  };
  schedule();

  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
