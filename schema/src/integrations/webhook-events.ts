import { QUEUES, rowsOf, sendJobs, webhookDeliveries, webhookEvent, type Database } from '@huigong/db';
import { randomUUID } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { AuditEntry } from '../audit/audit.service.ts';

export type WebhookEventName = (typeof webhookEvent.enumValues)[number];

/**
 * Webhook events are read off the audit trail: every state change that matters already writes an
 * audit record in its own transaction, so publishing from there needs no code in the domains and
 * cannot report a change that was rolled back. A rule names the audit records that make an event.
 */
interface EventRule {
  event: WebhookEventName;
  subjectType: string;
  /** GraphQL type of the subject, for the global id integrators pass to `node(id:)`. */
  typename: string;
  matches(entry: AuditEntry): boolean;
  /**
   * Which subscriptions (alias `s`) may hear of it: a catalogue event goes to every subscriber; a
   * merchant's business only to that merchant's own till; a member's application, registration or
   * grant only to clients registered by a union over the one it happened in, as that union's
   * staff would see it. Subscribing is open, hearing is not.
   */
  audience: Audience;
}

type Audience = 'everyone' | { merchantOf: (subjectId: string) => SQL } | { unionPathOf: (subjectId: string) => SQL };

const CLAIM_MERCHANT = (id: string) => sql`(select merchant_id from offer_claims where id = ${id})`;
const VOUCHER_MERCHANT = (id: string) =>
  sql`(select o.merchant_id from voucher_purchases v join offers o on o.id = v.offer_id where v.id = ${id})`;
const APPLICATION_PATH = (id: string) =>
  sql`(select p.location_path from job_applications a join job_postings p on p.id = a.posting_id where a.id = ${id})`;
const ENTRY_PATH = (id: string) => sql`(select u.path from competition_entries e join competitions c on c.id = e.competition_id
  join unions u on u.id = c.organizer_union_id where e.id = ${id})`;
const GRANT_PATH = (id: string) => sql`(select u.path from grant_applications g join grant_calls c on c.id = g.call_id
  join unions u on u.id = c.union_id where g.id = ${id})`;

function audienceFilter(audience: Audience, subjectId: string): SQL {
  if (audience === 'everyone') return sql`true`;
  if ('merchantOf' in audience) {
    return sql`exists (select 1 from api_clients a where a.id = s.client_id and a.merchant_id = ${audience.merchantOf(subjectId)})`;
  }
  return sql`exists (select 1 from api_clients a join unions u on u.id = a.union_id
    where a.id = s.client_id and starts_with(${audience.unionPathOf(subjectId)}, u.path))`;
}

const APPLICATION_STATES = ['viewed', 'interviewing', 'offered', 'hired', 'rejected', 'withdrawn'];

const RULES: EventRule[] = [
  {
    event: 'job.published',
    subjectType: 'job_posting',
    typename: 'JobPosting',
    matches: (e) => e.toState === 'published' && e.fromState !== 'published',
    audience: 'everyone',
  },
  {
    event: 'application.status_changed',
    subjectType: 'job_application',
    typename: 'JobApplication',
    matches: (e) => e.action.startsWith('job_application.') && APPLICATION_STATES.includes(e.toState ?? ''),
    audience: { unionPathOf: APPLICATION_PATH },
  },
  {
    event: 'registration.confirmed',
    subjectType: 'competition_entry',
    typename: 'CompetitionEntry',
    matches: (e) => e.toState === 'confirmed',
    audience: { unionPathOf: ENTRY_PATH },
  },
  {
    event: 'registration.promoted',
    subjectType: 'competition_entry',
    typename: 'CompetitionEntry',
    matches: (e) => e.action === 'competition_entry.offered',
    audience: { unionPathOf: ENTRY_PATH },
  },
  {
    event: 'offer.published',
    subjectType: 'offer',
    typename: 'Offer',
    matches: (e) => e.toState === 'published' && e.fromState !== 'published',
    audience: 'everyone',
  },
  { event: 'offer.ended', subjectType: 'offer', typename: 'Offer', matches: (e) => e.toState === 'ended', audience: 'everyone' },
  {
    event: 'claim.redeemed',
    subjectType: 'offer_claim',
    typename: 'OfferClaim',
    matches: (e) => e.toState === 'redeemed',
    audience: { merchantOf: CLAIM_MERCHANT },
  },
  {
    event: 'voucher.purchased',
    subjectType: 'voucher_purchase',
    typename: 'VoucherPurchase',
    matches: (e) => e.toState === 'paid',
    audience: { merchantOf: VOUCHER_MERCHANT },
  },
  {
    event: 'voucher.refunded',
    subjectType: 'voucher_purchase',
    typename: 'VoucherPurchase',
    matches: (e) => e.toState === 'refunded',
    audience: { merchantOf: VOUCHER_MERCHANT },
  },
  {
    event: 'grant.decided',
    subjectType: 'grant_application',
    typename: 'GrantApplication',
    matches: (e) => e.action.startsWith('grant_application.') && (e.toState === 'approved' || e.toState === 'rejected'),
    audience: { unionPathOf: GRANT_PATH },
  },
  // Tranche changes are audited on their application; the payload names the application.
  {
    event: 'tranche.paid',
    subjectType: 'grant_application',
    typename: 'GrantApplication',
    matches: (e) => e.action === 'grant_tranche.paid',
    audience: { unionPathOf: GRANT_PATH },
  },
];

const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString('base64');

/**
 * Queues one delivery per subscription listening to the event this audit entry makes, if any,
 * with its pg-boss job, in the caller's transaction: the insert selects the subscriptions in SQL,
 * and a paused subscription's delivery waits without a job until it is resumed.
 */
export async function enqueueWebhookEvent(db: Database, entry: AuditEntry, occurredAt: Date): Promise<void> {
  for (const rule of RULES) {
    if (rule.subjectType !== entry.subjectType || !rule.matches(entry)) continue;
    const eventId = randomUUID();
    const payload = {
      id: eventId,
      type: rule.event,
      createdAt: occurredAt.toISOString(),
      data: {
        subject: { type: rule.typename, id: globalId(rule.typename, entry.subjectId) },
        fromState: entry.fromState ?? null,
        toState: entry.toState ?? null,
      },
    };
    const result = await db.execute<{ id: string; job_id: string | null }>(sql`
      insert into ${webhookDeliveries} (subscription_id, event_id, event, payload, job_id)
      select s.id, ${eventId}, ${rule.event}, ${JSON.stringify(payload)}::jsonb,
             case when s.paused_at is null then gen_random_uuid() end
      from webhook_subscriptions s
      where s.disabled_at is null and ${rule.event}::webhook_event = any(s.events)
        and ${audienceFilter(rule.audience, entry.subjectId)}
      returning id, job_id`);
    await queueDeliveries(db, rowsOf(result));
  }
}

/** Queues the pg-boss job of each delivery that has one, in the caller's transaction. */
export async function queueDeliveries(db: Database, deliveries: { id: string; job_id: string | null }[]): Promise<void> {
  await sendJobs(
    db,
    QUEUES.webhookDelivery,
    deliveries.filter((d) => d.job_id !== null).map((d) => ({ id: d.job_id!, data: { deliveryId: d.id } })),
  );
}
