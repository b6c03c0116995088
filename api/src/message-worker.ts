import type { DatabaseHandle } from '@huigong/db';
import { completeDueClosures } from '@huigong/schema/accounts/closure.service';
import { queueClaimExpiringReminders } from '@huigong/schema/messages/reminders.service';
import { sendDueMessageSms } from '@huigong/schema/messages/sms-delivery.service';
import type { SmsSender } from '@huigong/schema/accounts/sms-provider';
import type { Logger } from 'pino';
import { startPollingWorker } from './polling-worker.ts';

/** Scheduled work is about days and hours: once a minute is plenty. */
const SCHEDULED_INTERVAL_MS = 60_000;

/**
 * Sends due SMS from pg-boss's `message-sms` queue (see messages/sms-delivery.service.ts), 10 jobs
 * a round; and, once a minute, the time-driven work of accounts and messages: reminders of claims
 * about to expire (one per claim, however often it runs) and account closures whose cooling-off
 * period is over. Both are safe to run on several instances at once.
 */
export function startMessageWorker(database: DatabaseHandle, sender: SmsSender | null, log: Logger, intervalMs: number) {
  const sms = startPollingWorker({
    name: 'sms',
    log,
    intervalMs,
    batchSize: 10,
    round: () => sendDueMessageSms(database.db, database.jobs, sender),
  });
  const scheduled = startPollingWorker({
    name: 'scheduled',
    log,
    intervalMs: Math.max(intervalMs, SCHEDULED_INTERVAL_MS),
    batchSize: 20,
    round: async () => ({
      claimReminders: await queueClaimExpiringReminders(database.db),
      accountsClosed: await completeDueClosures(database.db),
    }),
  });
  return {
    async stop() {
      await Promise.all([sms.stop(), scheduled.stop()]);
    },
  };
}
