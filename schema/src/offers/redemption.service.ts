import { offerClaims, offers, type Database } from '@huigong/db';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import type { AttemptGuard } from '../common/attempt-guard.ts';
import { commitThenFail } from '../common/outcome.ts';
import { releaseExpiredClaims, type ClaimRow } from './claims.service.ts';
import { CodeAlreadyRedeemed, CodeExpired, CodeUnknown, WrongMerchant, WrongStore } from './errors.ts';
import { claimLifecycle } from './lifecycle.ts';

/** Merchant staff at the counter, or the merchant's till system through its API key. */
export interface CounterActor {
  userId: string | null;
  apiClientId: string | null;
}

/**
 * Merchant staff redeem a code at one of their stores. Exactly once: the claim moves from
 * active to redeemed in one conditional UPDATE that also checks the merchant, the store and the
 * expiry, so of many simultaneous scans only one finds the row still active.
 */
export async function redeemCode(
  db: Database,
  actor: CounterActor,
  input: { code: string | null; storeId: string; merchantId: string },
): Promise<ClaimRow> {
  const { code, storeId, merchantId } = input;
  if (code === null) throw new CodeUnknown();
  return commitThenFail<ClaimRow>(db, async (tx) => {
    const now = new Date();
    const [redeemed] = await tx
      .update(offerClaims)
      .set({ status: claimLifecycle.actions.redeem.to, redeemedAt: now, redeemedStoreId: storeId, redeemedByUserId: actor.userId })
      .where(
        and(
          eq(offerClaims.code, code),
          inArray(offerClaims.status, claimLifecycle.from('redeem')),
          gt(offerClaims.expiresAt, now),
          eq(offerClaims.merchantId, merchantId),
          sql`exists (select 1 from offer_stores where offer_stores.offer_id = ${offerClaims.offerId}
                      and offer_stores.store_id = ${storeId})`,
        ),
      )
      .returning();
    if (redeemed) {
      await tx
        .update(offers)
        .set({ redemptionCount: sql`${offers.redemptionCount} + 1` })
        .where(eq(offers.id, redeemed.offerId));
      await recordAudit(tx, {
        actorUserId: actor.userId,
        actorApiClientId: actor.apiClientId,
        action: 'offer_claim.redeemed',
        subjectType: 'offer_claim',
        subjectId: redeemed.id,
        fromState: 'active',
        toState: 'redeemed',
        data: { storeId, offerId: redeemed.offerId },
      });
      return { ok: redeemed };
    }
    // Why not: classified after the fact, never used to decide the redemption itself.
    const claim = await tx.query.offerClaims.findFirst({ where: { code } });
    if (!claim || claim.status === 'cancelled') return { error: new CodeUnknown() };
    if (claim.merchantId !== merchantId) return { error: new WrongMerchant() };
    if (claim.status === 'redeemed') return { error: new CodeAlreadyRedeemed(claim.redeemedAt ?? now) };
    if (claim.status === 'expired' || claim.expiresAt <= now) {
      await releaseExpiredClaims(tx, { offerId: claim.offerId });
      return { error: new CodeExpired() };
    }
    return { error: new WrongStore() };
  });
}

/** Refusals that prove the code exists at this merchant: the guess was right, so it does not count. */
const codeExists = (error: unknown) =>
  error instanceof CodeAlreadyRedeemed || error instanceof CodeExpired || error instanceof WrongStore;

/**
 * A redemption at the counter of one merchant. Guessing codes is limited per merchant (all its
 * staff and tills) and per address: each attempt is reserved first, and a code of this merchant
 * that exists gives its attempt back, whatever its state.
 */
export async function redeemAtCounter(
  db: Database,
  guard: { attempts: AttemptGuard | null | undefined; clientIp: string | null },
  actor: CounterActor,
  input: { code: string | null; storeId: string; merchantId: string },
): Promise<ClaimRow> {
  const counter = `merchant:${input.merchantId}`;
  await guard.attempts?.begin(counter, guard.clientIp);
  try {
    const claim = await redeemCode(db, actor, input);
    await guard.attempts?.succeeded(counter, guard.clientIp);
    return claim;
  } catch (error) {
    if (codeExists(error)) await guard.attempts?.succeeded(counter, guard.clientIp);
    throw error;
  }
}
