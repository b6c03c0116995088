import {
  hardshipFiles,
  hardshipLoanInstalments,
  hardshipLoans,
  LOAN_MAX_FEN,
  LOAN_MIN_FEN,
  type Database,
} from '@huigong/db';
import { and, asc, eq, lt, sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { shanghaiDateMonthsAhead, shanghaiToday } from '../common/dates.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { assertActsAt, isStaffOver, staffReach } from './access.ts';
import { HardshipAidPaused, HardshipFileNotConfirmed, HardshipWrongLevel, LoanNotOverdue, LoanOverpaid } from './errors.ts';
import { GRASSROOTS_LEVELS, loanLifecycle, type LoanAction, type LoanStatus } from './lifecycle.ts';

type LoanRow = typeof hardshipLoans.$inferSelect;

/** A registered member (confirmed file, re-check not overdue) applies, or their grassroots union for them. */
export async function applyForLoan(
  db: Database,
  viewer: Viewer,
  input: { fileId?: string | null; amountFen: number; termMonths: number; purpose: string },
): Promise<string> {
  if (input.amountFen < LOAN_MIN_FEN || input.amountFen > LOAN_MAX_FEN) {
    throw fieldError(['input', 'amount'], 'OUT_OF_RANGE', `创业小额借款为 ${LOAN_MIN_FEN / 100} 元至 ${LOAN_MAX_FEN / 100} 元`);
  }
  let file: typeof hardshipFiles.$inferSelect | undefined;
  if (input.fileId) {
    file = await db.query.hardshipFiles.findFirst({ where: { id: input.fileId } });
    if (!file) throw new NotFound('困难职工档案');
    if (file.memberId !== viewer.member?.id) assertActsAt(await staffReach(db, viewer), file.unionPath, GRASSROOTS_LEVELS, '困难职工档案');
  } else {
    if (!viewer.member) throw new NotFound('会员');
    file = await db.query.hardshipFiles.findFirst({ where: { memberId: viewer.member.id, status: 'confirmed' } });
    if (!file) throw new HardshipFileNotConfirmed();
  }
  if (file.status !== 'confirmed') throw new HardshipFileNotConfirmed();
  const today = shanghaiToday();
  if (!file.recheckDueOn || file.recheckDueOn < today) throw new HardshipAidPaused(file.recheckDueOn ?? today);
  const chosen = file;
  return db.transaction(async (tx) => {
    const [loan] = await tx
      .insert(hardshipLoans)
      .values({
        fileId: chosen.id,
        memberId: chosen.memberId,
        unionId: chosen.unionId,
        unionPath: chosen.unionPath,
        amountFen: input.amountFen,
        termMonths: input.termMonths,
        purpose: input.purpose,
        appliedByUserId: viewer.userId,
      })
      .returning({ id: hardshipLoans.id });
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'hardship_loan.applied',
      subjectType: 'hardship_loan',
      subjectId: loan!.id,
      toState: 'applied',
      data: { amountFen: input.amountFen, termMonths: input.termMonths },
    });
    return loan!.id;
  });
}

async function lockLoan(tx: Database, viewer: Viewer, loanId: string): Promise<LoanRow> {
  const [loan] = await tx.select().from(hardshipLoans).where(eq(hardshipLoans.id, loanId)).for('update');
  if (!loan) throw new NotFound('创业借款');
  const reach = await staffReach(tx, viewer);
  if (!isStaffOver(reach, loan.unionPath)) {
    if (viewer.member?.id === loan.memberId) throw new HardshipWrongLevel(['city']);
    throw new NotFound('创业借款');
  }
  assertActsAt(reach, loan.unionPath, ['city'], '创业借款');
  return loan;
}

async function audit(tx: Database, viewer: Viewer, loan: LoanRow, action: string, to: LoanStatus, reason?: string | null, data?: Record<string, unknown>) {
  await recordAudit(tx, {
    actorUserId: viewer.userId,
    action: `hardship_loan.${action}`,
    subjectType: 'hardship_loan',
    subjectId: loan.id,
    fromState: loan.status,
    toState: to,
    reason: reason ?? null,
    ...(data && { data }),
  });
}

/** Approve, refuse, mark in arrears or write off: the city union's steps on a loan. */
export async function moveLoan(db: Database, viewer: Viewer, loanId: string, action: Exclude<LoanAction, 'disburse' | 'repay'>, reason?: string | null) {
  return db.transaction(async (tx) => {
    const loan = await lockLoan(tx, viewer, loanId);
    const to = loanLifecycle.assert(loan.status, action);
    if (action === 'markArrears') {
      const overdue = await tx
        .select({ id: hardshipLoanInstalments.id })
        .from(hardshipLoanInstalments)
        .where(
          and(
            eq(hardshipLoanInstalments.loanId, loan.id),
            lt(hardshipLoanInstalments.dueOn, shanghaiToday()),
            sql`${hardshipLoanInstalments.paidFen} < ${hardshipLoanInstalments.amountFen}`,
          ),
        )
        .limit(1);
      if (overdue.length === 0) throw new LoanNotOverdue();
    }
    const now = new Date();
    await tx
      .update(hardshipLoans)
      .set({
        status: to,
        ...(action === 'approve' && { approvedByUserId: viewer.userId, approvedAt: now }),
        ...((action === 'refuse' || action === 'writeOff') && { closedAt: now, closingReason: reason ?? null }),
      })
      .where(and(eq(hardshipLoans.id, loan.id), eq(hardshipLoans.status, loan.status)));
    await audit(tx, viewer, loan, action, to, reason);
    return loan.id;
  });
}

/** Pays the loan out and writes its schedule: equal monthly instalments, the last taking the remainder. */
export async function disburseLoan(db: Database, viewer: Viewer, loanId: string, reference: string) {
  return db.transaction(async (tx) => {
    const loan = await lockLoan(tx, viewer, loanId);
    const to = loanLifecycle.assert(loan.status, 'disburse');
    const now = new Date();
    const today = shanghaiToday(now);
    await tx
      .update(hardshipLoans)
      .set({ status: to, disbursedByUserId: viewer.userId, disbursedOn: today, disbursementReference: reference })
      .where(eq(hardshipLoans.id, loan.id));
    const each = Math.floor(loan.amountFen / loan.termMonths);
    await tx.insert(hardshipLoanInstalments).values(
      Array.from({ length: loan.termMonths }, (_, i) => ({
        loanId: loan.id,
        position: i,
        dueOn: shanghaiDateMonthsAhead(i + 1, now),
        amountFen: i === loan.termMonths - 1 ? loan.amountFen - each * (loan.termMonths - 1) : each,
      })),
    );
    await audit(tx, viewer, loan, 'disbursed', to, null, { reference });
    return loan.id;
  });
}

/**
 * A repayment fills the earliest unpaid instalments. The loan's repaid total grows under the
 * condition that it never passes the amount lent; the last repayment closes the loan, and a loan
 * in arrears with nothing overdue left is running again.
 */
export async function repayLoan(db: Database, viewer: Viewer, loanId: string, amountFen: number) {
  return db.transaction(async (tx) => {
    const loan = await lockLoan(tx, viewer, loanId);
    loanLifecycle.assert(loan.status, 'repay');
    const outstanding = loan.amountFen - loan.repaidFen;
    if (amountFen > outstanding) throw new LoanOverpaid(outstanding);
    const now = new Date();
    let left = amountFen;
    const instalments = await tx
      .select()
      .from(hardshipLoanInstalments)
      .where(and(eq(hardshipLoanInstalments.loanId, loan.id), sql`${hardshipLoanInstalments.paidFen} < ${hardshipLoanInstalments.amountFen}`))
      .orderBy(asc(hardshipLoanInstalments.position));
    for (const instalment of instalments) {
      if (left === 0) break;
      const pay = Math.min(left, instalment.amountFen - instalment.paidFen);
      left -= pay;
      await tx
        .update(hardshipLoanInstalments)
        .set({ paidFen: instalment.paidFen + pay, ...(instalment.paidFen + pay === instalment.amountFen && { paidAt: now }) })
        .where(eq(hardshipLoanInstalments.id, instalment.id));
    }
    const repaid = loan.repaidFen + amountFen;
    let to: LoanStatus = loan.status;
    if (repaid === loan.amountFen) to = 'repaid';
    else if (loan.status === 'in_arrears') {
      const [stillOverdue] = await tx
        .select({ id: hardshipLoanInstalments.id })
        .from(hardshipLoanInstalments)
        .where(
          and(
            eq(hardshipLoanInstalments.loanId, loan.id),
            lt(hardshipLoanInstalments.dueOn, shanghaiToday(now)),
            sql`${hardshipLoanInstalments.paidFen} < ${hardshipLoanInstalments.amountFen}`,
          ),
        )
        .limit(1);
      if (!stillOverdue) to = 'disbursed';
    }
    const updated = await tx
      .update(hardshipLoans)
      .set({ repaidFen: sql`${hardshipLoans.repaidFen} + ${amountFen}`, status: to, ...(to === 'repaid' && { closedAt: now }) })
      .where(and(eq(hardshipLoans.id, loan.id), sql`${hardshipLoans.repaidFen} + ${amountFen} <= ${hardshipLoans.amountFen}`))
      .returning({ id: hardshipLoans.id });
    if (updated.length === 0) throw new LoanOverpaid(outstanding);
    await audit(tx, viewer, loan, to === 'repaid' ? 'repaid' : 'repayment', to, null, { amountFen, repaidFen: repaid });
    return loan.id;
  });
}
