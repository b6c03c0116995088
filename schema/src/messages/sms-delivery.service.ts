import { messages, QUEUES, smsDeliveries, type Database, type JobQueue } from '@huigong/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { SmsSendFailed, type SmsSender } from '../accounts/sms-provider.ts';

export interface SmsRun {
  sent: number;
  /** Found already sent at the provider by an earlier attempt that died before recording it. */
  reconciled: number;
  retrying: number;
  skipped: number;
}

interface SmsJob {
  id: string;
  data: { deliveryId: string };
}

/**
 * Sends the SMS of urgent messages, once. Each delivery is claimed (`sending`, committed) before
 * the provider is called, with our out-id in the request; the provider's answer is recorded on the
 * same row. A job retried after its worker died mid-send finds the row still `sending` and asks the
 * provider (QuerySendDetails by phone, day and out-id) whether that SMS went out before sending again.
 * Without a provider the delivery is marked skipped (`SMS_NOT_CONFIGURED`); the inbox has the message.
 */
export async function sendDueMessageSms(
  db: Database,
  jobs: JobQueue,
  sender: SmsSender | null,
  options: { batch?: number } = {},
): Promise<SmsRun> {
  const queue = QUEUES.messageSms;
  const run: SmsRun = { sent: 0, reconciled: 0, retrying: 0, skipped: 0 };
  const fetched = (await jobs.fetch<SmsJob['data']>(queue, { batchSize: options.batch ?? 10 })) as SmsJob[];
  for (const job of fetched) {
    const [delivery] = await db
      .select({ d: smsDeliveries, body: messages.body })
      .from(smsDeliveries)
      .innerJoin(messages, eq(messages.id, smsDeliveries.messageId))
      .where(eq(smsDeliveries.id, job.data.deliveryId));
    if (!delivery || !['queued', 'sending'].includes(delivery.d.status)) {
      await jobs.complete(queue, job.id);
      run.skipped += 1;
      continue;
    }
    const d = delivery.d;
    if (!sender) {
      await db.update(smsDeliveries).set({ status: 'skipped', lastError: 'SMS_NOT_CONFIGURED' }).where(eq(smsDeliveries.id, d.id));
      await jobs.complete(queue, job.id);
      run.skipped += 1;
      continue;
    }
    try {
      if (d.status === 'sending') {
        // An earlier attempt claimed it and never recorded an answer: did the provider get it?
        const found = await sender.findSent(d.phone, d.outId, d.updatedAt);
        if (found) {
          await recordSent(db, d.id, found.messageId);
          await jobs.complete(queue, job.id);
          run.reconciled += 1;
          continue;
        }
      }
      // Claim: only one worker moves it to this attempt (a stale job for a sent row matches nothing).
      const claimed = await db
        .update(smsDeliveries)
        .set({ status: 'sending', attempts: sql`${smsDeliveries.attempts} + 1` })
        .where(and(eq(smsDeliveries.id, d.id), inArray(smsDeliveries.status, ['queued', 'sending']), eq(smsDeliveries.attempts, d.attempts)))
        .returning({ id: smsDeliveries.id });
      if (claimed.length === 0) {
        await jobs.complete(queue, job.id);
        run.skipped += 1;
        continue;
      }
      const result = await sender.send(d.phone, 'seat_offered', { content: delivery.body.slice(0, 60) }, d.outId);
      await recordSent(db, d.id, result.messageId);
      await jobs.complete(queue, job.id);
      run.sent += 1;
    } catch (error) {
      // A refusal by the provider is certain: back to queued. Anything else (timeout, connection
      // lost) may have been sent: it stays `sending` for the retry to ask the provider first.
      const refused = error instanceof SmsSendFailed;
      await db
        .update(smsDeliveries)
        .set({ ...(refused && { status: 'queued' as const }), lastError: String((error as Error).message).slice(0, 300) })
        .where(eq(smsDeliveries.id, d.id));
      await jobs.fail(queue, job.id, { error: String((error as Error).message) });
      run.retrying += 1;
    }
  }
  return run;
}

async function recordSent(db: Database, id: string, providerMessageId: string) {
  await db
    .update(smsDeliveries)
    .set({ status: 'sent', providerMessageId, sentAt: new Date(), lastError: null })
    .where(eq(smsDeliveries.id, id));
}
