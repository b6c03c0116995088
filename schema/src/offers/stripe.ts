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
