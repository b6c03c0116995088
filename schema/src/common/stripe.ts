import Stripe from 'stripe';

/**
 * The one Stripe client of the platform (voucher payments, grant payouts), from the environment:
 * STRIPE_SECRET_KEY. STRIPE_API_BASE points the SDK elsewhere (a local stub in tests, stripe-mock
 * in development). Without a key there is no client, and each feature says it is not configured.
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
