import { accountClosures, executeRows, users, type Database } from '@huigong/db';
import { and, eq, lte, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { AttemptGuard } from '../common/attempt-guard.ts';
import { DomainError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { transitionTable } from '../common/transitions.ts';
import { InvalidCredentials } from './accounts.service.ts';
import { verifyPassword } from './password.ts';

/** Days between the request and the erasure, during which the member may change their mind. */
export const COOLING_OFF_DAYS = 15;

export type ClosureStatus = 'pending' | 'cancelled' | 'completed';

export const closureLifecycle = transitionTable<ClosureStatus, 'cancel' | 'complete'>({
  what: '注销申请',
  labels: { pending: '冷静期中', cancelled: '已撤销', completed: '已注销' },
  actions: {
    cancel: { from: ['pending'], to: 'cancelled' },
    complete: { from: ['pending'], to: 'completed' },
  },
});

export class AccountClosureAlreadyRequested extends DomainError {
  readonly code = 'ACCOUNT_CLOSURE_ALREADY_REQUESTED';
  constructor(readonly effectiveAt: Date) {
    super('已提交注销申请，冷静期内可随时撤销');
  }
}

/** Something still in progress that closing would break (a payment being made or refunded). */
export class AccountClosureBlocked extends DomainError {
  readonly code = 'ACCOUNT_CLOSURE_BLOCKED';
  constructor(readonly reasons: string[]) {
    super(`暂不能注销：${reasons.join('；')}`);
  }
}

/** What the erasure writes in place of the person (the row id stays as the pseudonym). */
export const CLOSED_DISPLAY_NAME = '已注销用户';
export const CLOSED_MEMBER_NAME = '已注销会员';
const closedPhone = (userId: string) => `closed:${userId}`;

async function blockers(db: Database, userId: string): Promise<string[]> {
  const [row] = await executeRows<{ paying: number; refunding: number }>(db, sql`
    select count(*) filter (where v.status = 'pending_payment')::int as paying,
           count(*) filter (where v.status = 'refunding')::int as refunding
    from voucher_purchases v join members m on m.id = v.member_id where m.user_id = ${userId}`);
  const [hardship] = await executeRows<{ aid: number; loans: number }>(db, sql`
    select (select count(*) from hardship_aid_applications a where a.member_id = m.id and a.status in ('applied', 'verified', 'approved'))::int as aid,
           (select count(*) from hardship_loans l where l.member_id = m.id and l.status in ('applied', 'approved', 'disbursed', 'in_arrears'))::int as loans
    from members m where m.user_id = ${userId}`);
  const reasons: string[] = [];
  if (row && row.paying > 0) reasons.push('有待支付的代金券订单，请先完成支付或等待其失效');
  if (row && row.refunding > 0) reasons.push('有正在退款的代金券订单，请等待退款完成');
  if (hardship && hardship.aid > 0) reasons.push('有办理中的帮扶申请，请等待办结或联系基层工会撤回');
  if (hardship && hardship.loans > 0) reasons.push('有未结清的创业借款，请先还清');
  return reasons;
}

/**
 * Asks to close the account. The password is asked again (guesses limited like sign-in), nothing
 * is erased yet: the erasure runs when the cooling-off period is over, unless cancelled. Two
 * requests at once cannot both make one: a partial unique index allows one pending per account.
 */
export async function requestAccountClosure(
  db: Database,
  userId: string,
  input: { password: string },
  client: { ip: string | null; guard?: AttemptGuard | undefined },
) {
  const user = await db.query.users.findFirst({ where: { id: userId }, columns: { phone: true, passwordHash: true } });
  if (!user) throw new NotFound('账号');
  await client.guard?.begin(user.phone, client.ip);
  const ok = await verifyPassword(user.passwordHash, input.password);
  if (!ok) throw new InvalidCredentials();
  await client.guard?.succeeded(user.phone, client.ip);
  const reasons = await blockers(db, userId);
  if (reasons.length > 0) throw new AccountClosureBlocked(reasons);
  return db.transaction(async (tx) => {
    const effectiveAt = new Date(Date.now() + COOLING_OFF_DAYS * 24 * 60 * 60 * 1000);
    // The partial unique index (one pending per account) decides between parallel requests.
    const [row] = await tx.insert(accountClosures).values({ userId, effectiveAt }).onConflictDoNothing().returning();
    if (!row) {
      const [pending] = await tx
        .select({ effectiveAt: accountClosures.effectiveAt })
        .from(accountClosures)
        .where(and(eq(accountClosures.userId, userId), eq(accountClosures.status, 'pending')));
      throw new AccountClosureAlreadyRequested(pending?.effectiveAt ?? effectiveAt);
    }
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'user.closure_requested',
      subjectType: 'user',
      subjectId: userId,
      toState: 'pending',
      data: { effectiveAt: effectiveAt.toISOString() },
    });
    return row;
  });
}

/** Withdraws the pending request; one that is not pending (or someone else's) is NotFound. */
export async function cancelAccountClosure(db: Database, userId: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(accountClosures)
      .set({ status: 'cancelled', cancelledAt: new Date() })
      .where(and(eq(accountClosures.userId, userId), eq(accountClosures.status, 'pending')))
      .returning();
    if (!row) throw new NotFound('注销申请');
    await recordAudit(tx, {
      actorUserId: userId,
      action: 'user.closure_cancelled',
      subjectType: 'user',
      subjectId: userId,
      fromState: 'pending',
      toState: 'cancelled',
    });
    return row;
  });
}

export async function pendingClosure(db: Database, userId: string) {
  const [row] = await db
    .select()
    .from(accountClosures)
    .where(and(eq(accountClosures.userId, userId), eq(accountClosures.status, 'pending')));
  return row ?? null;
}

/**
 * Erases what identifies the person and is not needed any more; keeps (see
 * docs/accounts-and-messages.md, "Closing an account") the financial records of vouchers and grants,
 * claims and redemptions, competition results and certificates, the consent records and the audit
 * trail, which refer to the account only by its internal id: once the account row holds nothing
 * about the person, those records are pseudonymised. The phone number is freed for a new account.
 */
async function erase(tx: Database, userId: string): Promise<void> {
  const [member] = await executeRows<{ id: string }>(tx, sql`select id from members where user_id = ${userId}`);
  await tx
    .update(users)
    .set({ phone: closedPhone(userId), displayName: CLOSED_DISPLAY_NAME, passwordHash: '!closed', closedAt: new Date() })
    .where(eq(users.id, userId));
  await tx.execute(sql`update sessions set revoked_at = coalesce(revoked_at, now()), user_agent = null where user_id = ${userId}`);
  await tx.execute(sql`delete from role_grants where user_id = ${userId}`);
  await tx.execute(sql`delete from sms_codes where user_id = ${userId}`);
  // The inbox and its SMS (with the phone number) go; message settings with them.
  await tx.execute(sql`delete from messages where user_id = ${userId}`);
  await tx.execute(sql`delete from message_settings where user_id = ${userId}`);
  if (member) {
    await tx.execute(sql`
      update members set real_name = ${CLOSED_MEMBER_NAME}, card_number = ${`closed:${member.id}`}, birth_date = null,
        is_hardship = false, is_model_worker = false, craftsman_title = null
      where id = ${member.id}`);
    // The job seeker's own profile and the free text of applications describe the person; the
    // application itself (which posting, its outcome) stays with the employer.
    await tx.execute(sql`delete from job_seeker_profiles where member_id = ${member.id}`);
    await tx.execute(sql`
      update job_applications set note = null, experience = null, skills = '{}', certificates = '{}'
      where member_id = ${member.id}`);
    // The hardship register keeps what was decided and paid (public funds); the household's
    // names and ages, the notes and the documents describing the family go. The documents'
    // files are released to the orphan sweep, which deletes their bytes.
    await tx.execute(sql`
      update hardship_files set household_members = '[]'::jsonb, cause_note = '' where member_id = ${member.id}`);
    await tx.execute(sql`
      update hardship_aid_applications set note = '', student_name = case when student_name is null then null else ${CLOSED_MEMBER_NAME} end
      where member_id = ${member.id}`);
    await tx.execute(sql`
      update stored_files set attached_at = null, attachment_kind = null, attachment_id = null, created_at = now() - interval '30 days'
      where attachment_kind = 'hardship_document' and attachment_id in (select id from hardship_files where member_id = ${member.id})`);
    await tx.execute(sql`delete from hardship_documents where file_id in (select id from hardship_files where member_id = ${member.id})`);
  }
  // Uploads nobody attached are the person's alone: released to the sweep at once.
  await tx.execute(sql`update stored_files set created_at = now() - interval '30 days' where uploaded_by_user_id = ${userId} and attached_at is null`);
}

/**
 * Completes the closures whose cooling-off period is over. Each one is taken with a conditional
 * UPDATE (pending → completed) so two sweeps never erase twice; erasure and status commit together.
 */
export async function completeDueClosures(db: Database, now = new Date(), batch = 20): Promise<number> {
  const due = await db
    .select({ id: accountClosures.id, userId: accountClosures.userId })
    .from(accountClosures)
    .where(and(eq(accountClosures.status, 'pending'), lte(accountClosures.effectiveAt, now)))
    .limit(batch);
  let completed = 0;
  for (const closure of due) {
    const done = await db.transaction(async (tx) => {
      const [row] = await tx
        .update(accountClosures)
        .set({ status: 'completed', completedAt: new Date() })
        .where(and(eq(accountClosures.id, closure.id), eq(accountClosures.status, 'pending'), lte(accountClosures.effectiveAt, now)))
        .returning({ id: accountClosures.id });
      if (!row) return false;
      await erase(tx, closure.userId);
      await recordAudit(tx, {
        actorUserId: null,
        action: 'user.closed',
        subjectType: 'user',
        subjectId: closure.userId,
        fromState: 'pending',
        toState: 'completed',
      });
      return true;
    });
    if (done) completed += 1;
  }
  return completed;
}
