import type { Database } from '@huigong/db';
import { deliverDueWebhooks } from '@huigong/schema';
import type { Logger } from 'pino';

/**
 * Polls the webhook outbox. Several instances may run it at once: claims use SKIP LOCKED.
 * `stop()` waits for the round in progress, so shutdown never abandons a claimed delivery early.
 */
export function startWebhookWorker(db: Database, log: Logger, intervalMs: number) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  const round = async () => {
    try {
      for (;;) {
        const run = await deliverDueWebhooks(db);
        if (run.delivered + run.retrying + run.failed > 0) log.info({ webhooks: run }, 'webhook delivery round');
        // A full batch means more may be due: keep going before sleeping.
        if (stopped || run.delivered + run.retrying + run.failed < 20) break;
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
