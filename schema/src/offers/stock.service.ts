import { offers, type Database } from '@huigong/db';
import { and, eq, gt, isNull, lte, or, sql } from 'drizzle-orm';

// Stock is taken and given back only here, each time in one conditional UPDATE: claims, voucher
// reservations, cancellations, refunds and expiries all count through these three statements.

const stockLeft = or(isNull(offers.stockRemaining), gt(offers.stockRemaining, 0));

/**
 * Takes one unit while the offer is claimable (published, inside its window) and stock remains;
 * `countClaim` also counts a claim. No row back: sold out or no longer claimable.
 */
export async function takeStock(tx: Database, offerId: string, options: { countClaim: boolean; now?: Date }) {
  const now = options.now ?? new Date();
  const [taken] = await tx
    .update(offers)
    .set({
      stockRemaining: sql`${offers.stockRemaining} - 1`,
      ...(options.countClaim && { claimCount: sql`${offers.claimCount} + 1` }),
    })
    .where(
      and(
        eq(offers.id, offerId),
        eq(offers.status, 'published'),
        lte(offers.validFrom, now),
        gt(offers.validUntil, now),
        stockLeft,
      ),
    )
    .returning({ validUntil: offers.validUntil, codeValidHours: offers.codeValidHours, stockRemaining: offers.stockRemaining });
  return taken;
}

/** Takes one unit again for a payment that arrived after its reservation ended, whatever the offer's state. */
export async function retakeStock(tx: Database, offerId: string): Promise<boolean> {
  const [retaken] = await tx
    .update(offers)
    .set({ stockRemaining: sql`${offers.stockRemaining} - 1` })
    .where(and(eq(offers.id, offerId), stockLeft))
    .returning({ id: offers.id });
  return retaken !== undefined;
}

/** Gives one unit back (a cancelled claim, a released reservation, a refund); unlimited offers count nothing. */
export async function returnStock(tx: Database, offerId: string) {
  await tx
    .update(offers)
    .set({ stockRemaining: sql`${offers.stockRemaining} + 1` })
    .where(and(eq(offers.id, offerId), sql`${offers.stockRemaining} is not null`));
}
