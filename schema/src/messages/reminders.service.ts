import type { Database } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { deliverMessages } from './message-events.ts';

/** How far ahead a claimed code's expiry is announced. */
export const CLAIM_EXPIRING_WITHIN_HOURS = 24;

/**
 * Puts "your code expires soon" in the inbox of every member whose active claim (a claimed
 * discount code or a paid voucher) expires within a day. Scheduled, not from the audit trail: no
 * change happens when time passes. The message's key is the claim, so however often the job runs
 * (several instances, a restart) each claim gets one reminder. Closed accounts get none.
 * Claims are read, never changed: they belong to offers/.
 */
export async function queueClaimExpiringReminders(db: Database, now: Date = new Date()): Promise<number> {
  const at = now.toISOString();
  return deliverMessages(db, {
    kind: 'claim_expiring',
    source: sql`
      select m.user_id, '优惠即将到期' as title,
             '您领取的「' || o.title || '」将于 ' ||
               to_char(c.expires_at at time zone 'Asia/Shanghai', 'FMMM"月"FMDD"日" HH24:MI') ||
               ' 到期，请及时到店出示核销码使用' as body,
             'offer_claim' as subject_type, c.id as subject_id, 'claim_expiring:' || c.id as dedup_key,
             jsonb_build_object('expiresAt', c.expires_at, 'offerId', o.id) as data
      from offer_claims c
      join offers o on o.id = c.offer_id
      join members m on m.id = c.member_id
      join users u on u.id = m.user_id and u.closed_at is null
      where c.status = 'active'
        and c.expires_at > ${at}::timestamptz
        and c.expires_at <= ${at}::timestamptz + make_interval(hours => ${CLAIM_EXPIRING_WITHIN_HOURS})`,
  });
}
