import { grantCalls, grantReports, grantTranches, type Database } from '@huigong/db';
import { and, eq, sql } from 'drizzle-orm';
import { shanghaiDateMonthsAhead } from '../common/dates.ts';
import { fieldError } from '../common/errors.ts';
import { found } from '../common/reload.ts';
import { transition } from './applications.service.ts';
import { AmountOutsideTier, CallBudgetExceeded } from './errors.ts';
import { applicationLifecycle } from './lifecycle.ts';
import { lockApplication } from './locks.ts';
import { weightedAverageScore } from './scores.service.ts';

export interface DecisionInput {
  decision: 'approve' | 'reject';
  /** Approved amount in fen; defaults to the amount requested. */
  amountFen: number | null;
  rationale: string;
  /**
   * How the approved amount is paid; defaults to half on approval, half after the mid-term report.
   * A tranche with `reportDueOn` waits for a report due that day to be accepted.
   */
  tranches: TranchePlan[] | null;
  /** Due date of the final report (结题报告); defaults to a year after the decision. */
  finalReportDueOn?: string | null;
}

export interface TranchePlan {
  label: string;
  amountFen: number;
  reportTitle?: string | null;
  reportDueOn?: string | null;
}

export function defaultTranches(amountFen: number, decidedAt: Date): TranchePlan[] {
  const first = Math.floor(amountFen / 2);
  return [
    { label: '首笔（立项后拨付）', amountFen: first },
    {
      label: '第二笔（中期报告通过后拨付）',
      amountFen: amountFen - first,
      reportTitle: '中期报告',
      reportDueOn: shanghaiDateMonthsAhead(6, decidedAt),
    },
  ];
}

/**
 * Staff decide an application. An approval reserves its amount from the call's budget with a
 * conditional UPDATE: of several approvals racing for the last of a budget, the database lets
 * through exactly those that fit, whatever the interleaving.
 */
export async function decideGrantApplication(db: Database, actorUserId: string, applicationId: string, input: DecisionInput) {
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, applicationId);
    if (input.decision === 'reject') {
      return transition(tx, app, 'reject', {
        actorUserId,
        reason: input.rationale,
        set: { decisionRationale: input.rationale, decidedByUserId: actorUserId, decidedAt: new Date() },
      });
    }

    applicationLifecycle.assert(app.status, 'approve');
    const tier = await found(tx.query.grantTiers.findFirst({ where: { id: app.tierId } }), '资助档次');
    const amount = input.amountFen ?? app.requestedFen;
    if (amount < tier.minAmountFen || amount > tier.maxAmountFen) {
      throw new AmountOutsideTier(tier.minAmountFen, tier.maxAmountFen);
    }
    if (amount > app.requestedFen) {
      throw fieldError(['input', 'amount'], 'EXCEEDS_REQUEST', '批准金额不能超过申请金额');
    }
    const decidedAt = new Date();
    const tranches = input.tranches ?? defaultTranches(amount, decidedAt);
    if (tranches.reduce((sum, t) => sum + t.amountFen, 0) !== amount) {
      throw fieldError(['input', 'tranches'], 'TRANCHES_MISMATCH', '分期拨款合计须等于批准金额');
    }

    const reserved = await tx
      .update(grantCalls)
      .set({ approvedFen: sql`${grantCalls.approvedFen} + ${amount}` })
      .where(and(eq(grantCalls.id, app.callId), sql`${grantCalls.approvedFen} + ${amount} <= ${grantCalls.budgetFen}`))
      .returning({ approvedFen: grantCalls.approvedFen });
    if (reserved.length === 0) {
      const call = await tx.query.grantCalls.findFirst({
        where: { id: app.callId },
        columns: { budgetFen: true, approvedFen: true },
      });
      throw new CallBudgetExceeded(call ? call.budgetFen - call.approvedFen : 0);
    }

    const score = await weightedAverageScore(tx, app.id);
    const approved = await transition(tx, app, 'approve', {
      actorUserId,
      reason: input.rationale,
      set: {
        approvedFen: amount,
        decisionRationale: input.rationale,
        decidedByUserId: actorUserId,
        decidedAt,
      },
      data: { approvedFen: amount, weightedAverageScore: score, tranches: tranches.length },
    });
    let reportPosition = 0;
    for (const [position, tranche] of tranches.entries()) {
      let reportId: string | null = null;
      if (tranche.reportDueOn) {
        const [report] = await tx
          .insert(grantReports)
          .values({
            applicationId: app.id,
            position: reportPosition++,
            title: tranche.reportTitle ?? `报告（${tranche.label}前）`,
            dueOn: tranche.reportDueOn,
          })
          .returning({ id: grantReports.id });
        reportId = (await found(report, '报告')).id;
      }
      await tx
        .insert(grantTranches)
        .values({ applicationId: app.id, position, label: tranche.label, amountFen: tranche.amountFen, reportId });
    }
    await tx.insert(grantReports).values({
      applicationId: app.id,
      position: reportPosition,
      title: '结题报告',
      dueOn: input.finalReportDueOn ?? shanghaiDateMonthsAhead(12, decidedAt),
    });
    return approved;
  });
}
