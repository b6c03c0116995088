import type { DatabaseHandle } from '@huigong/db';
import { handleGrantStripeWebhook, handleStripeWebhook } from '@huigong/schema';
import express from 'express';
import type { Logger } from 'pino';

type StripeHandler = (
  db: DatabaseHandle['db'],
  raw: Buffer,
  signature: string | undefined,
) => Promise<{ status: number; body: unknown }>;

/**
 * Stripe's webhooks: prepaid vouchers (offers) and grant payouts. Stripe signs the exact bytes it
 * sends, so each route reads the raw body (no JSON parsing first) and the domain verifies the
 * signature. Both routes answer the same way: the domain's status and body, or a 500 when it
 * failed unexpectedly, which makes Stripe deliver the event again later (nothing of it was applied:
 * each event is applied in one transaction, once per event id).
 */
export function stripeWebhookRoutes(database: DatabaseHandle, log: Logger): express.Router {
  const router = express.Router();
  const route = (path: string, limit: string, handle: StripeHandler) =>
    router.post(path, express.raw({ type: '*/*', limit }), async (req, res) => {
      try {
        const signature = req.headers['stripe-signature'];
        const outcome = await handle(
          database.db,
          Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
          typeof signature === 'string' ? signature : undefined,
        );
        res.status(outcome.status).json(outcome.body);
      } catch (error) {
        log.error({ err: error, path }, 'stripe webhook failed');
        res.status(500).json({ error: 'internal error' });
      }
    });
  route('/webhooks/stripe/offers', '256kb', handleStripeWebhook);
  route('/webhooks/stripe/grants', '1mb', handleGrantStripeWebhook);
  return router;
}
