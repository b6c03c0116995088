import { encodeGlobalID } from '@pothos/plugin-relay';
import type { voucherPurchases } from '@huigong/db';
import type Stripe from 'stripe';
import { stripeClient } from '../common/stripe.ts';

export { stripeClient };

/** The vouchers endpoint's signing secret; one shared with the grants endpoint when not set apart. */
export function webhookSecret(): string | null {
  return process.env.STRIPE_OFFERS_WEBHOOK_SECRET || process.env.STRIPE_WEBHOOK_SECRET || null;
}

/** Minutes a unit of stock stays reserved for a pending payment. */
export function reservationMinutes(): number {
  const configured = Number(process.env.VOUCHER_RESERVATION_MINUTES);
  return Number.isInteger(configured) && configured > 0 ? configured : 30;
}

/** Where Stripe's hosted page sends the member back, for one purchase. */
export type ReturnUrls = (purchaseId: string) => { successUrl: string; cancelUrl: string };

/** Stripe's page sends the member back to the storefront's return page for this purchase. */
export function storefrontReturnUrls(base: string): ReturnUrls {
  return (purchaseId) => {
    const page = `${base.replace(/\/+$/, '')}/vouchers/return?purchase=${encodeURIComponent(encodeGlobalID('VoucherPurchase', purchaseId))}`;
    return { successUrl: page, cancelUrl: `${page}&cancelled=1` };
  };
}

/** Refunds a purchase's payment, with an idempotency key derived from the purchase. */
export async function refundAtStripe(stripe: Stripe, purchase: typeof voucherPurchases.$inferSelect) {
  return stripe.refunds.create(
    { payment_intent: purchase.paymentIntentId!, metadata: { purchaseId: purchase.id } },
    { idempotencyKey: `voucher-refund:${purchase.id}` },
  );
}
