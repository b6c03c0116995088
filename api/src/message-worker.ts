import type { DatabaseHandle } from '@huigong/db';
import { sendDueMessageSms } from '@huigong/schema/messages/sms-delivery.service';
import type { SmsSender } from '@huigong/schema/accounts/sms-provider';
import type { Logger } from 'pino';

/** Polls pg-boss's `message-sms` queue and sends due SMS (see messages/sms-delivery.service.ts). */
export function startMessageWorker(database: DatabaseHandle, sender: SmsSender | null, log: Logger, intervalMs: number) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const round = async () => {
    try {
      for (;;) {
        const run = await sendDueMessageSms(database.db, database.jobs, sender);
        const handled = run.sent + run.reconciled + run.retrying + run.skipped;
        if (handled > 0) log.info({ sms: run }, 'message SMS round');
        if (stopped || handled < 10) break;
      }
    } catch (error) {
      log.error({ err: error }, 'message SMS round failed');
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
