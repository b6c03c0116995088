import type { DatabaseHandle } from '@huigong/db';
import { sendDueMessageSms } from '@huigong/schema/messages/sms-delivery.service';
import type { SmsSender } from '@huigong/schema/accounts/sms-provider';
import type { Logger } from 'pino';
import { startPollingWorker } from './polling-worker.ts';

/** Sends due SMS from pg-boss's `message-sms` queue (see messages/sms-delivery.service.ts), 10 jobs a round. */
export function startMessageWorker(database: DatabaseHandle, sender: SmsSender | null, log: Logger, intervalMs: number) {
  return startPollingWorker({
    name: 'sms',
    log,
    intervalMs,
    batchSize: 10,
    round: () => sendDueMessageSms(database.db, database.jobs, sender),
  });
}
