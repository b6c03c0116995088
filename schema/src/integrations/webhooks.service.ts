import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { rowsOf, webhookDeliveries, webhookSubscriptions, type Database } from '@huigong/db';
import { and, eq, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { DomainError, fieldError } from '../common/errors.ts';
import { queueDeliveries, type WebhookEventName } from './webhook-events.ts';

export class WebhookSubscriptionNotActive extends DomainError {
  readonly code = 'WEBHOOK_SUBSCRIPTION_NOT_ACTIVE';
  constructor() {
    super('该 Webhook 订阅已停用');
  }
}

function privateAddress(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '');
  if (bare === 'localhost' || bare.endsWith('.localhost')) return true;
  if (isIP(bare) === 4) {
    const [a, b] = bare.split('.').map(Number) as [number, number];
    return a === 10 || a === 127 || a === 0 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
  }
  if (isIP(bare) === 6) return bare === '::1' || /^f[cd]/i.test(bare) || /^fe80/i.test(bare);
  return false;
}

/**
 * Endpoints must be HTTPS on a public host in production (no requests into our own network);
 * development and tests may post to plain http on this machine.
 */
export function checkEndpoint(raw: string, production: boolean): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw fieldError(['input', 'url'], 'INVALID_URL', '请输入完整的网址，如 https://example.com/hooks');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw fieldError(['input', 'url'], 'INVALID_URL', '仅支持 http(s) 地址');
  if (production && url.protocol !== 'https:') throw fieldError(['input', 'url'], 'HTTPS_REQUIRED', '生产环境仅接受 https 地址');
  if (production && privateAddress(url.hostname)) throw fieldError(['input', 'url'], 'PRIVATE_ADDRESS', '不能推送到内网或本机地址');
  if (url.username || url.password) throw fieldError(['input', 'url'], 'INVALID_URL', '地址中不能包含账号密码');
  return url;
}

export async function createWebhookSubscription(
  db: Database,
  actorUserId: string | null,
  input: { clientId: string; url: string; events: WebhookEventName[]; production: boolean },
) {
  const url = checkEndpoint(input.url, input.production);
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  return db.transaction(async (tx) => {
    const [subscription] = await tx
      .insert(webhookSubscriptions)
      .values({ clientId: input.clientId, url: url.toString(), events: [...new Set(input.events)], secret })
      .returning();
    if (!subscription) throw new Error('insert into webhook_subscriptions returned no row');
    await recordAudit(tx, {
      actorUserId,
      action: 'webhook_subscription.created',
      subjectType: 'webhook_subscription',
      subjectId: subscription.id,
      toState: 'active',
      data: { url: subscription.url, events: subscription.events },
    });
    return { subscription, secret };
  });
}

export async function disableWebhookSubscription(db: Database, actorUserId: string | null, subscriptionId: string) {
  return db.transaction(async (tx) => {
    const [subscription] = await tx
      .update(webhookSubscriptions)
      .set({ disabledAt: new Date() })
      .where(and(eq(webhookSubscriptions.id, subscriptionId), isNull(webhookSubscriptions.disabledAt)))
      .returning();
    if (!subscription) throw new WebhookSubscriptionNotActive();
    await recordAudit(tx, {
      actorUserId,
      action: 'webhook_subscription.disabled',
      subjectType: 'webhook_subscription',
      subjectId: subscription.id,
      fromState: 'active',
      toState: 'disabled',
    });
    return subscription;
  });
}

/** Lets a paused subscription receive again; deliveries that were waiting are queued again. */
export async function resumeWebhookSubscription(db: Database, actorUserId: string | null, subscriptionId: string) {
  return db.transaction(async (tx) => {
    const [subscription] = await tx
      .update(webhookSubscriptions)
      .set({ pausedAt: null })
      .where(
        and(
          eq(webhookSubscriptions.id, subscriptionId),
          isNotNull(webhookSubscriptions.pausedAt),
          isNull(webhookSubscriptions.disabledAt),
        ),
      )
      .returning();
    if (!subscription) throw new WebhookSubscriptionNotActive();
    await queueParkedDeliveries(tx, subscription.id);
    await recordAudit(tx, {
      actorUserId,
      action: 'webhook_subscription.resumed',
      subjectType: 'webhook_subscription',
      subjectId: subscription.id,
      fromState: 'paused',
      toState: 'active',
    });
    return subscription;
  });
}

export class WebhookDeliveryInFlight extends DomainError {
  readonly code = 'WEBHOOK_DELIVERY_IN_FLIGHT';
  constructor() {
    super('该投递正在进行中，请稍后再试');
  }
}

/**
 * Sends a delivery again (after a failure, or because the receiver lost it) with a fresh job and
 * retry budget; a job still queued for it from before is dropped when a worker takes it.
 */
export async function replayWebhookDelivery(db: Database, deliveryId: string) {
  return db.transaction(async (tx) => {
    const [delivery] = await tx
      .update(webhookDeliveries)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: sql`now()`, jobId: sql`gen_random_uuid()` })
      .where(
        and(
          eq(webhookDeliveries.id, deliveryId),
          // In flight only while its job is still live; one left by a crashed worker may be replayed.
          or(
            ne(webhookDeliveries.status, 'delivering'),
            sql`not exists (select 1 from pgboss.job j where j.id = ${webhookDeliveries.jobId}
              and j.state in ('created', 'retry', 'active'))`,
          ),
        ),
      )
      .returning();
    if (!delivery) throw new WebhookDeliveryInFlight();
    await queueDeliveries(tx, [{ id: delivery.id, job_id: delivery.jobId }]);
    return delivery;
  });
}

/**
 * Gives every waiting delivery without a job one: those of a resumed subscription, or, when
 * `subscriptionId` is omitted, of every active subscription (a worker does this when it starts,
 * so nothing written before the queue existed, or left by an interrupted park, is forgotten).
 */
export async function queueParkedDeliveries(db: Database, subscriptionId?: string): Promise<number> {
  const result = await db.execute(sql`
    update ${webhookDeliveries} d set job_id = gen_random_uuid(), next_attempt_at = now(),
      status = 'pending'
    from webhook_subscriptions s
    where d.subscription_id = s.id and d.job_id is null and d.status in ('pending', 'delivering')
      and s.paused_at is null and s.disabled_at is null
      ${subscriptionId ? sql`and s.id = ${subscriptionId}` : sql``}
    returning d.id, d.job_id`);
  const rows = rowsOf<{ id: string; job_id: string | null }>(result);
  await queueDeliveries(db, rows);
  return rows.length;
}

/**
 * Puts back deliveries that a worker left in `delivering` for good: before the delivery's outcome
 * and its job's completion were one transaction, a worker killed between the two left the row
 * `delivering` with its job completed, and nothing ever touched it again. A delivery counts as
 * stuck when its job is no longer live (not created, retrying or active: a live job is still
 * handled by pg-boss, which expires and retries a job whose worker died) and ended longer than
 * `leaseSeconds` ago, or is gone. It is given a new job and sent again with the same
 * `webhook-id` (receivers drop a repeat); a paused endpoint's waits without a job, as parked ones do.
 */
export async function repairStuckDeliveries(db: Database, leaseSeconds: number): Promise<number> {
  const result = await db.execute(sql`
    update ${webhookDeliveries} d
      set status = 'pending', next_attempt_at = now(),
        job_id = case when s.paused_at is null then gen_random_uuid() else null end
    from webhook_subscriptions s
    where d.subscription_id = s.id and d.status = 'delivering' and s.disabled_at is null
      and not exists (select 1 from pgboss.job j where j.id = d.job_id
        and (j.state in ('created', 'retry', 'active')
          or coalesce(j.completed_on, j.started_on, j.created_on) > now() - make_interval(secs => ${leaseSeconds})))
    returning d.id, d.job_id`);
  const rows = rowsOf<{ id: string; job_id: string | null }>(result);
  await queueDeliveries(db, rows);
  return rows.length;
}
