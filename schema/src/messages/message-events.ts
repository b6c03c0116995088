import { executeRows, messageSettings, QUEUES, sendJobs, smsDeliveries, type Database } from '@huigong/db';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { AuditEntry } from '../audit/audit.service.ts';
import { nextAllowedTime } from './quiet-hours.ts';

export type MessageKind =
  | 'application_status_changed'
  | 'seat_offered'
  | 'registration_confirmed'
  | 'claim_expiring'
  | 'voucher_paid'
  | 'grant_decided'
  | 'tranche_paid';

const APPLICATION_STATE_WORDS: Record<string, string> = {
  viewed: '已查看',
  interviewing: '邀请面试',
  offered: '发出录用意向',
  hired: '已录用',
  rejected: '未通过',
  withdrawn: '已撤回',
};

/**
 * A rule turns an audit record into a message for the person it concerns, like the webhook rules
 * (integrations/webhook-events.ts) read the same records for integrators. `recipient` is SQL
 * selecting (user_id, title, body) from the subject's rows; `sms` marks what is urgent.
 */
interface MessageRule {
  kind: MessageKind;
  subjectType: string;
  matches(entry: AuditEntry): boolean;
  recipient(entry: AuditEntry): SQL;
  sms?: boolean;
}

const shanghaiTime = (column: SQL) => sql`to_char(${column} at time zone 'Asia/Shanghai', 'FMMM"月"FMDD"日" HH24:MI')`;

const ENTRY = (id: string, title: SQL, body: SQL) => sql`
  select m.user_id, ${title} as title, ${body} as body
  from competition_entries e join competitions c on c.id = e.competition_id
  join competition_events ev on ev.id = e.event_id join members m on m.id = e.registrant_member_id
  where e.id = ${id}`;

const GRANT = (id: string, title: SQL, body: SQL) => sql`
  select m.user_id, ${title} as title, ${body} as body
  from grant_applications g join grant_calls c on c.id = g.call_id join members m on m.id = g.applicant_member_id
  where g.id = ${id}`;

const RULES: MessageRule[] = [
  {
    kind: 'application_status_changed',
    subjectType: 'job_application',
    matches: (e) => e.action.startsWith('job_application.') && (e.toState ?? '') in APPLICATION_STATE_WORDS,
    recipient: (e) => sql`
      select m.user_id, '求职申请有新进展' as title,
             '您申请的「' || p.title || '」' || ${APPLICATION_STATE_WORDS[e.toState ?? ''] ?? ''} as body
      from job_applications a join job_postings p on p.id = a.posting_id join members m on m.id = a.member_id
      where a.id = ${e.subjectId}`,
  },
  {
    kind: 'seat_offered',
    subjectType: 'competition_entry',
    matches: (e) => e.action === 'competition_entry.offered',
    recipient: (e) =>
      ENTRY(
        e.subjectId,
        sql`'候补递补：请确认参赛名额'`,
        sql`'您在「' || c.title || '·' || ev.name || '」的候补已递补到名额，请在 ' || ${shanghaiTime(sql`e.offer_expires_at`)} || ' 前确认，逾期名额将顺延给下一位'`,
      ),
    sms: true,
  },
  {
    kind: 'registration_confirmed',
    subjectType: 'competition_entry',
    matches: (e) => e.toState === 'confirmed',
    recipient: (e) => ENTRY(e.subjectId, sql`'报名已确认'`, sql`'您已成功报名「' || c.title || '·' || ev.name || '」'`),
  },
  {
    kind: 'voucher_paid',
    subjectType: 'voucher_purchase',
    matches: (e) => e.toState === 'paid',
    recipient: (e) => sql`
      select m.user_id, '代金券支付成功' as title, '您购买的「' || o.title || '」已支付成功，可在卡包中使用' as body
      from voucher_purchases v join offers o on o.id = v.offer_id join members m on m.id = v.member_id
      where v.id = ${e.subjectId}`,
  },
  {
    kind: 'grant_decided',
    subjectType: 'grant_application',
    matches: (e) => e.action.startsWith('grant_application.') && (e.toState === 'approved' || e.toState === 'rejected'),
    recipient: (e) =>
      GRANT(
        e.subjectId,
        sql`'资助申请评审结果'`,
        e.toState === 'approved'
          ? sql`'您在「' || c.title || '」的资助申请已获批准'`
          : sql`'您在「' || c.title || '」的资助申请未获批准'`,
      ),
  },
  {
    kind: 'tranche_paid',
    subjectType: 'grant_application',
    matches: (e) => e.action === 'grant_tranche.paid',
    recipient: (e) => GRANT(e.subjectId, sql`'资助款已拨付'`, sql`'「' || c.title || '」的一笔资助款已拨付，请留意到账'`),
  },
];

/**
 * Writes the inbox message(s) an audit record makes, in the caller's transaction, and for urgent
 * ones an SMS delivery with its pg-boss job (held back past the person's quiet hours, none when
 * they turned SMS off). Unique (user, audit record) keeps it to one message per change.
 */
export async function enqueueMessages(db: Database, entry: AuditEntry, auditEventId: number): Promise<void> {
  for (const rule of RULES) {
    if (rule.subjectType !== entry.subjectType || !rule.matches(entry)) continue;
    await deliverMessages(db, {
      kind: rule.kind,
      sms: rule.sms ?? false,
      auditEventId,
      source: sql`
        select r.user_id, r.title, r.body, ${entry.subjectType} as subject_type, ${entry.subjectId}::uuid as subject_id,
               ${`audit:${auditEventId}:${rule.kind}`} as dedup_key, ${entry.data ? JSON.stringify(entry.data) : null}::jsonb as data
        from (${rule.recipient(entry)}) r`,
    });
  }
}

/**
 * The one way into the inbox, for messages from the audit trail and for scheduled ones (a claim
 * about to expire): `source` selects (user_id, title, body, subject_type, subject_id, dedup_key,
 * data); the unique (user, dedup_key) makes a repeat a no-op, and urgent kinds get their SMS.
 * Answers how many messages were new.
 */
export async function deliverMessages(
  db: Database,
  input: { kind: MessageKind; source: SQL; sms?: boolean; auditEventId?: number | null },
): Promise<number> {
  const created = await executeRows<{ id: string; user_id: string }>(
    db,
    sql`
    insert into messages (user_id, kind, title, body, subject_type, subject_id, audit_event_id, dedup_key, data)
    select s.user_id, ${input.kind}, s.title, s.body, s.subject_type, s.subject_id, ${input.auditEventId ?? null}::bigint, s.dedup_key, s.data
    from (${input.source}) s
    on conflict (user_id, dedup_key) do nothing
    returning id, user_id`,
  );
  if (input.sms) for (const message of created) await queueSms(db, message.id, message.user_id);
  return created.length;
}

async function queueSms(db: Database, messageId: string, userId: string): Promise<void> {
  const [settings] = await db.select().from(messageSettings).where(eq(messageSettings.userId, userId));
  if (settings && !settings.smsEnabled) return;
  const user = await db.query.users.findFirst({ where: { id: userId }, columns: { phone: true } });
  if (!user) return;
  const notBefore = nextAllowedTime(new Date(), settings?.quietStartHour ?? 22, settings?.quietEndHour ?? 8);
  const [delivery] = await db
    .insert(smsDeliveries)
    .values({ messageId, phone: user.phone, outId: messageId.replaceAll('-', ''), notBefore })
    .onConflictDoNothing()
    .returning({ id: smsDeliveries.id });
  if (!delivery) return;
  await sendJobs(db, QUEUES.messageSms, [{ id: delivery.id, data: { deliveryId: delivery.id }, startAfter: notBefore }]);
}
