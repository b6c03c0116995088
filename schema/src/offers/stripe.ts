import Stripe from 'stripe';

/**
 * The Stripe client, from the environment: STRIPE_SECRET_KEY (and STRIPE_WEBHOOK_SECRET for the
 * webhook). STRIPE_API_BASE points the SDK elsewhere (a local stub in tests, stripe-mock in
 * development). Without a key there is no client, and buying says payments are not configured.
 */
let cached: { key: string; base: string; client: Stripe } | undefined;

export function stripeClient(): Stripe | null {
  const key = process.env.STRIPE_SECRET_KEY;
  if (!key) return null;
  const base = process.env.STRIPE_API_BASE ?? '';
  if (cached?.key === key && cached.base === base) return cached.client;
  const url = base ? new URL(base) : null;
  const client = new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 15_000,
    telemetry: false,
    ...(url && {
      host: url.hostname,
      port: url.port || (url.protocol === 'http:' ? 80 : 443),
      protocol: url.protocol === 'http:' ? 'http' : 'https',
    }),
  });
  cached = { key, base, client };
  return client;
}

/** The vouchers endpoint's signing secret; one shared with the grants endpoint when not set apart. */
export function webhookSecret(): string | null {
  return process.env.STRIPE_OFFERS_WEBHOOK_SECRET || process.env.STRIPE_WEBHOOK_SECRET || null;
}

/** Minutes a unit of stock stays reserved for a pending payment. */
export function reservationMinutes(): number {
  const configured = Number(process.env.VOUCHER_RESERVATION_MINUTES);
  return Number.isInteger(configured) && configured > 0 ? configured : 30;
}
