import { grantTranches, type Database } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { NotFound } from '../common/not-found.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  InvalidGrantTransition,
  ReportNotAccepted,
  SameApproverForbidden,
  TRANCHE_STATUS_LABELS,
  TrancheOutOfOrder,
} from './errors.ts';

/** The name of the CHECK constraint an error reports (both drivers nest the server error under `cause`). */
function violatedCheck(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const candidate = current as { code?: unknown; constraint?: unknown; constraint_name?: unknown; cause?: unknown };
    if (candidate.code === '23514') {
      const name = candidate.constraint ?? candidate.constraint_name;
      return typeof name === 'string' ? name : '';
    }
    current = candidate.cause;
  }
  return undefined;
}

type Tranche = typeof grantTranches.$inferSelect;
type TrancheStatus = Tranche['status'];
type Tx = Database;

async function lockTranche(tx: Tx, trancheId: string): Promise<Tranche> {
  const [row] = await tx.select().from(grantTranches).where(eq(grantTranches.id, trancheId)).for('update');
  if (!row) throw new NotFound('拨款');
  return row;
}

async function moveTranche(
  tx: Tx,
  tranche: Tranche,
  options: {
    from: readonly TrancheStatus[];
    to: TrancheStatus;
    verb: string;
    actorUserId: string;
    set?: Partial<typeof grantTranches.$inferInsert>;
    reason?: string | null;
  },
): Promise<Tranche> {
  if (!options.from.includes(tranche.status)) {
    throw new InvalidGrantTransition(tranche.status, options.verb, TRANCHE_STATUS_LABELS);
  }
  const [updated] = await tx
    .update(grantTranches)
    .set({ ...options.set, status: options.to })
    .where(eq(grantTranches.id, tranche.id))
    .returning();
  if (!updated) throw new NotFound('拨款');
  // Recorded under the application, so its audit trail reads as one story from draft to last payment.
  await recordAudit(tx, {
    actorUserId: options.actorUserId,
    action: `grant_tranche.${options.to}`,
    subjectType: 'grant_application',
    subjectId: tranche.applicationId,
    fromState: tranche.status,
    toState: options.to,
    reason: options.reason ?? null,
    data: { trancheId: tranche.id, position: tranche.position, amountFen: tranche.amountFen },
  });
  return updated;
}

/** The grantee asks for the next tranche; tranches are paid in order. */
export async function requestGrantTranche(db: Database, actorUserId: string, trancheId: string) {
  return db.transaction(async (tx) => {
    const tranche = await lockTranche(tx, trancheId);
    if (tranche.position > 0) {
      const previous = await tx.query.grantTranches.findFirst({
        where: { applicationId: tranche.applicationId, position: tranche.position - 1 },
        columns: { status: true },
      });
      if (previous?.status !== 'paid') throw new TrancheOutOfOrder();
    }
    if (tranche.reportId) {
      const report = await tx.query.grantReports.findFirst({
        where: { id: tranche.reportId },
        columns: { status: true, title: true },
      });
      if (report?.status !== 'accepted') throw new ReportNotAccepted(report?.title ?? '报告');
    }
    return moveTranche(tx, tranche, {
      from: ['planned'],
      to: 'requested',
      verb: '申请拨款',
      actorUserId,
      set: { requestedAt: new Date() },
    });
  });
}

export async function approveGrantTranche(db: Database, actorUserId: string, trancheId: string) {
  return db.transaction(async (tx) => {
    const tranche = await lockTranche(tx, trancheId);
    return moveTranche(tx, tranche, {
      from: ['requested'],
      to: 'staff_approved',
      verb: '审批拨款',
      actorUserId,
      set: { staffApprovedByUserId: actorUserId, staffApprovedAt: new Date() },
    });
  });
}

/**
 * The second approval, by finance. The four-eyes rule is also a CHECK constraint on the table,
 * so even a path that skips this test cannot store the same person twice.
 */
export async function financeApproveGrantTranche(db: Database, actorUserId: string, trancheId: string) {
  try {
    return await db.transaction(async (tx) => {
      const tranche = await lockTranche(tx, trancheId);
      if (tranche.status === 'staff_approved' && tranche.staffApprovedByUserId === actorUserId) {
        throw new SameApproverForbidden();
      }
      return moveTranche(tx, tranche, {
        from: ['staff_approved'],
        to: 'finance_approved',
        verb: '财务复核',
        actorUserId,
        set: { financeApprovedByUserId: actorUserId, financeApprovedAt: new Date() },
      });
    });
  } catch (error) {
    if (violatedCheck(error) === 'grant_tranches_distinct_approvers') throw new SameApproverForbidden();
    throw error;
  }
}

/** Records a bank transfer made outside the platform, with the bank's reference. */
export async function recordGrantTranchePayment(db: Database, actorUserId: string, trancheId: string, reference: string) {
  return db.transaction(async (tx) => {
    const tranche = await lockTranche(tx, trancheId);
    return moveTranche(tx, tranche, {
      from: ['finance_approved', 'failed'],
      to: 'paid',
      verb: '登记拨付',
      actorUserId,
      set: {
        paymentMethod: 'bank_transfer',
        paymentReference: reference,
        paidAt: new Date(),
        recordedByUserId: actorUserId,
        failureReason: null,
      },
    });
  });
}

export async function recordGrantTrancheFailure(db: Database, actorUserId: string, trancheId: string, reason: string) {
  return db.transaction(async (tx) => {
    const tranche = await lockTranche(tx, trancheId);
    return moveTranche(tx, tranche, {
      from: ['finance_approved'],
      to: 'failed',
      verb: '登记拨付失败',
      actorUserId,
      reason,
      set: { failureReason: reason, recordedByUserId: actorUserId },
    });
  });
}

