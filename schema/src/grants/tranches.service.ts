import { grantTranches, type Database } from '@huigong/db';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { found } from '../common/reload.ts';
import { ReportNotAccepted, SameApproverForbidden, TrancheOutOfOrder } from './errors.ts';
import { trancheInOrder, trancheLifecycle } from './lifecycle.ts';
import { lockTranche } from './locks.ts';

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
type Tx = Database;
type TrancheMove = 'request' | 'approve' | 'financeApprove' | 'recordPayment' | 'recordFailure';

/** Moves a locked tranche by `action` of its lifecycle with a conditional UPDATE, and audits it. */
async function moveTranche(
  tx: Tx,
  tranche: Tranche,
  action: TrancheMove,
  options: {
    actorUserId: string;
    set?: Partial<typeof grantTranches.$inferInsert>;
    reason?: string | null;
  },
): Promise<Tranche> {
  const to = trancheLifecycle.assert(tranche.status, action);
  const [updated] = await tx
    .update(grantTranches)
    .set({ ...options.set, status: to })
    .where(and(eq(grantTranches.id, tranche.id), inArray(grantTranches.status, trancheLifecycle.from(action))))
    .returning();
  // Recorded under the application, so its audit trail reads as one story from draft to last payment.
  await recordAudit(tx, {
    actorUserId: options.actorUserId,
    action: `grant_tranche.${to}`,
    subjectType: 'grant_application',
    subjectId: tranche.applicationId,
    fromState: tranche.status,
    toState: to,
    reason: options.reason ?? null,
    data: { trancheId: tranche.id, position: tranche.position, amountFen: tranche.amountFen },
  });
  return found(updated, '拨款');
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
      if (!trancheInOrder(tranche.position, previous?.status)) throw new TrancheOutOfOrder();
    }
    if (tranche.reportId) {
      const report = await tx.query.grantReports.findFirst({
        where: { id: tranche.reportId },
        columns: { status: true, title: true },
      });
      if (report?.status !== 'accepted') throw new ReportNotAccepted(report?.title ?? '报告');
    }
    return moveTranche(tx, tranche, 'request', {
      actorUserId,
      set: { requestedAt: new Date() },
    });
  });
}

export async function approveGrantTranche(db: Database, actorUserId: string, trancheId: string) {
  return db.transaction(async (tx) => {
    const tranche = await lockTranche(tx, trancheId);
    return moveTranche(tx, tranche, 'approve', {
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
      if (trancheLifecycle.can(tranche.status, 'financeApprove') && tranche.staffApprovedByUserId === actorUserId) {
        throw new SameApproverForbidden();
      }
      return moveTranche(tx, tranche, 'financeApprove', {
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
    return moveTranche(tx, tranche, 'recordPayment', {
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
    return moveTranche(tx, tranche, 'recordFailure', {
      actorUserId,
      reason,
      set: { failureReason: reason, recordedByUserId: actorUserId },
    });
  });
}

