import { grantStripeEvents, grantTranches, type Database } from '@huigong/db';
import { and, eq, inArray } from 'drizzle-orm';
import Stripe from 'stripe';
import { stripeClient } from '../common/stripe.ts';
import { found } from '../common/reload.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { PayoutAccountMissing, StripeNotConfigured } from './errors.ts';
import { trancheLifecycle } from './lifecycle.ts';
import { lockTranche } from './locks.ts';

/**
 * Pays a finance-approved tranche by a Stripe transfer to the studio's connected account. The
 * idempotency key derives from the tranche and its failed attempts, so a repeated click or a
 * network retry never pays twice, while a deliberate retry after a recorded failure is a new
 * transfer. A refused transfer is recorded as a failed payout (with Stripe's reason), not lost.
 */
export async function payGrantTrancheWithStripe(db: Database, actorUserId: string, trancheId: string) {
  const stripe = stripeClient();
  if (!stripe) throw new StripeNotConfigured();
  return db.transaction(async (tx) => {
    const tranche = await lockTranche(tx, trancheId);
    trancheLifecycle.assert(tranche.status, 'payWithStripe');
    const app = await found(
      tx.query.grantApplications.findFirst({
        where: { id: tranche.applicationId },
        columns: { id: true, stripeAccountId: true, studioName: true },
      }),
      '资助申请',
    );
    if (!app.stripeAccountId) throw new PayoutAccountMissing();

    const idempotencyKey = `grant-tranche-${tranche.id}-attempt-${tranche.payoutAttempts}`;
    let outcome: { paid: true; transferId: string } | { paid: false; reason: string };
    try {
      const transfer = await stripe.transfers.create(
        {
          amount: tranche.amountFen,
          currency: 'cny',
          destination: app.stripeAccountId,
          transfer_group: `grant-application-${app.id}`,
          description: `${app.studioName}：${tranche.label}`,
          metadata: { trancheId: tranche.id, applicationId: app.id },
        },
        { idempotencyKey },
      );
      outcome = { paid: true, transferId: transfer.id };
    } catch (error) {
      if (!(error instanceof Stripe.errors.StripeError)) throw error;
      outcome = { paid: false, reason: `Stripe：${error.message}` };
    }

    const now = new Date();
    const [updated] = await tx
      .update(grantTranches)
      .set(
        outcome.paid
          ? {
              status: 'paid',
              paymentMethod: 'stripe_transfer',
              paymentReference: outcome.transferId,
              paidAt: now,
              failureReason: null,
              recordedByUserId: actorUserId,
            }
          : {
              status: 'failed',
              failureReason: outcome.reason,
              payoutAttempts: tranche.payoutAttempts + 1,
              recordedByUserId: actorUserId,
            },
      )
      .where(and(eq(grantTranches.id, tranche.id), inArray(grantTranches.status, trancheLifecycle.from('payWithStripe'))))
      .returning();
    await recordAudit(tx, {
      actorUserId,
      action: outcome.paid ? 'grant_tranche.paid' : 'grant_tranche.failed',
      subjectType: 'grant_application',
      subjectId: tranche.applicationId,
      fromState: tranche.status,
      toState: outcome.paid ? 'paid' : 'failed',
      reason: outcome.paid ? null : outcome.reason,
      data: {
        trancheId: tranche.id,
        via: 'stripe',
        idempotencyKey,
        ...(outcome.paid && { transferId: outcome.transferId }),
      },
    });
    return found(updated, '拨款');
  });
}

export type WebhookOutcome =
  | { status: 200; body: { received: true; duplicate?: true; ignored?: true } }
  | { status: 400 | 503; body: { error: string } };

/**
 * Applies a Stripe webhook for grant payouts. The signature is verified on the raw body; each
 * event id is stored under a unique constraint and applied once; events are matched to tranches
 * by the metadata we sent, so they may arrive in any order relative to our own write.
 */
export async function handleGrantStripeWebhook(
  db: Database,
  rawBody: Buffer,
  signature: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<WebhookOutcome> {
  const secret = env.STRIPE_WEBHOOK_SECRET;
  if (!secret) return { status: 503, body: { error: 'Stripe webhook not configured' } };
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature ?? '', secret);
  } catch {
    return { status: 400, body: { error: 'invalid signature' } };
  }
  if (event.type !== 'transfer.created' && event.type !== 'transfer.reversed') {
    return { status: 200, body: { received: true, ignored: true } };
  }
  const transfer = event.data.object as Stripe.Transfer;
  const trancheId = transfer.metadata?.trancheId;
  return db.transaction(async (tx) => {
    const tranche = trancheId
      ? (await tx.select().from(grantTranches).where(eq(grantTranches.id, trancheId)).for('update'))[0]
      : undefined;
    const inserted = await tx
      .insert(grantStripeEvents)
      .values({ eventId: event.id, type: event.type, transferId: transfer.id, trancheId: tranche?.id ?? null })
      .onConflictDoNothing({ target: grantStripeEvents.eventId })
      .returning({ id: grantStripeEvents.id });
    if (inserted.length === 0) return { status: 200, body: { received: true, duplicate: true } } as const;
    if (!tranche) return { status: 200, body: { received: true, ignored: true } } as const;

    if (event.type === 'transfer.created') {
      await tx
        .update(grantTranches)
        .set({ payoutConfirmedAt: new Date(event.created * 1000) })
        .where(eq(grantTranches.id, tranche.id));
      await recordAudit(tx, {
        actorUserId: null,
        action: 'grant_tranche.payout_confirmed',
        subjectType: 'grant_application',
        subjectId: tranche.applicationId,
        fromState: tranche.status,
        toState: tranche.status,
        data: { trancheId: tranche.id, transferId: transfer.id, eventId: event.id },
      });
    } else if (trancheLifecycle.can(tranche.status, 'reverse') && tranche.paymentReference === transfer.id) {
      // A reversed transfer means the studio did not keep the money: the payout failed.
      const reason = 'Stripe 转账已被撤回';
      await tx
        .update(grantTranches)
        .set({ status: 'failed', failureReason: reason, payoutAttempts: tranche.payoutAttempts + 1 })
        .where(eq(grantTranches.id, tranche.id));
      await recordAudit(tx, {
        actorUserId: null,
        action: 'grant_tranche.failed',
        subjectType: 'grant_application',
        subjectId: tranche.applicationId,
        fromState: 'paid',
        toState: 'failed',
        reason,
        data: { trancheId: tranche.id, transferId: transfer.id, eventId: event.id },
      });
    }
    return { status: 200, body: { received: true } } as const;
  });
}
