import { createServer, type IncomingMessage, type Server } from 'node:http';
import { grantStripeEvents } from '@huigong/db';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import {
  applicationAwaitingDecision,
  APPROVE_TRANCHE,
  createCall,
  DECIDE,
  FINANCE_APPROVE_TRANCHE,
  ME_ID,
  move,
  REQUEST_TRANCHE,
  trancheMove,
  UNION_ID,
} from './fixtures.ts';

const PAY_WITH_STRIPE = /* GraphQL */ `
  mutation Pay($input: GrantTrancheActionInput!) {
    payGrantTrancheWithStripe(input: $input) {
      __typename
      ... on PayGrantTrancheWithStripeSuccess {
        tranche { status paymentMethod paymentReference failureReason payoutAttempts }
      }
      ... on InvalidTransition { fromState toState }
      ... on Error { code message }
    }
  }
`;
const TRANCHE = /* GraphQL */ `
  query Tranche($id: ID!) {
    node(id: $id) { ... on GrantTranche { status failureReason payoutAttempts payoutConfirmedAt paymentReference } }
  }
`;
const SET_ACCOUNT = /* GraphQL */ `
  mutation Account($input: SetGrantPayoutAccountInput!) {
    setGrantPayoutAccount(input: $input) {
      __typename
      ... on SetGrantPayoutAccountSuccess { application { stripeAccountId } }
      ... on InputValidationError { fieldErrors { field code } }
      ... on Error { code message }
    }
  }
`;

interface StripeCall {
  path: string;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
  body: URLSearchParams;
}

/**
 * A stand-in for the Stripe API on localhost (the client is pointed at it with STRIPE_API_BASE,
 * as it would be at stripe-mock): it records each request and answers as Stripe does.
 */
let fakeStripe: Server;
const stripeCalls: StripeCall[] = [];
let refuseNext = false;

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let data = '';
    req.on('data', (chunk) => (data += chunk));
    req.on('end', () => resolve(data));
  });

let env: TestEnvironment;
let staff: GraphQLClient;
let finance: GraphQLClient;
let zhou: GraphQLClient;
let trancheIds: string[];
let applicationId: string;

beforeAll(async () => {
  fakeStripe = createServer(async (req, res) => {
    const body = new URLSearchParams(await readBody(req));
    stripeCalls.push({
      path: `${req.method} ${req.url}`,
      idempotencyKey: req.headers['idempotency-key'] as string | undefined,
      authorization: req.headers.authorization,
      body,
    });
    res.setHeader('content-type', 'application/json');
    if (refuseNext) {
      refuseNext = false;
      res.statusCode = 400;
      res.end(JSON.stringify({ error: { type: 'invalid_request_error', message: 'No such destination: acct_1Studio' } }));
      return;
    }
    res.end(
      JSON.stringify({
        id: `tr_test_${stripeCalls.length}`,
        object: 'transfer',
        amount: Number(body.get('amount')),
        currency: body.get('currency'),
        destination: body.get('destination'),
      }),
    );
  });
  await new Promise<void>((resolve) => fakeStripe.listen(0, '127.0.0.1', resolve));

  env = await createTestEnvironment();
  [staff, finance, zhou] = await Promise.all([
    env.as(demo.shandongStaff),
    env.as(demo.shandongFinance),
    env.as(demo.memberZhou),
  ]);
  const reviewerClient = await env.as(demo.reviewerQian);
  const reviewer = { client: reviewerClient, userId: (await reviewerClient.query(ME_ID)).me.id };
  const shandong = (await env.anonymous.query(UNION_ID, { code: '370000' })).unionByCode.id;
  const call = await createCall(staff, shandong, { reviewersPerApplication: 1 });
  applicationId = await applicationAwaitingDecision({
    staff,
    applicant: zhou,
    reviewers: [reviewer],
    call,
    tierName: '齐鲁工匠',
    amount: 5_000_000,
  });
  const approved = await move(staff, DECIDE, { application: applicationId, decision: 'APPROVE', rationale: '同意资助' });
  trancheIds = approved.tranches.map((t: { id: string }) => t.id);
  const first = trancheIds[0]!;
  await trancheMove(zhou, REQUEST_TRANCHE, { tranche: first });
  await trancheMove(staff, APPROVE_TRANCHE, { tranche: first });
  await trancheMove(finance, FINANCE_APPROVE_TRANCHE, { tranche: first });
});
afterAll(async () => {
  delete process.env.STRIPE_SECRET_KEY;
  delete process.env.STRIPE_API_BASE;
  delete process.env.STRIPE_WEBHOOK_SECRET;
  await env?.close();
  await new Promise((resolve) => fakeStripe?.close(resolve));
});

describe('payouts through Stripe', () => {
  it('says Stripe is not configured when there is no key, and changes nothing', async () => {
    delete process.env.STRIPE_SECRET_KEY;
    const result = await finance.query(PAY_WITH_STRIPE, { input: { tranche: trancheIds[0] } });
    expect(result.payGrantTrancheWithStripe).toMatchObject({
      __typename: 'StripeNotConfigured',
      code: 'STRIPE_NOT_CONFIGURED',
    });
    expect(stripeCalls).toHaveLength(0);
  });

  it('needs the studio’s connected account, named by the grantee', async () => {
    process.env.STRIPE_SECRET_KEY = 'sk_test_huigong';
    process.env.STRIPE_API_BASE = `http://127.0.0.1:${(fakeStripe.address() as { port: number }).port}`;
    const missing = await finance.query(PAY_WITH_STRIPE, { input: { tranche: trancheIds[0] } });
    expect(missing.payGrantTrancheWithStripe.__typename).toBe('PayoutAccountMissing');

    const bad = await zhou.query(SET_ACCOUNT, { input: { application: applicationId, stripeAccountId: 'not-an-account' } });
    expect(bad.setGrantPayoutAccount.__typename).toBe('InputValidationError');
    const forbidden = await staff.request(SET_ACCOUNT, { input: { application: applicationId, stripeAccountId: 'acct_1Staff' } });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const set = await zhou.query(SET_ACCOUNT, { input: { application: applicationId, stripeAccountId: 'acct_1Studio' } });
    expect(set.setGrantPayoutAccount.application.stripeAccountId).toBe('acct_1Studio');
  });

  it('records a refused transfer as a failed payout, then pays on retry with a new idempotency key', async () => {
    expect(
      (await staff.request(PAY_WITH_STRIPE, { input: { tranche: trancheIds[0] } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    refuseNext = true;
    const refused = await finance.query(PAY_WITH_STRIPE, { input: { tranche: trancheIds[0] } });
    expect(refused.payGrantTrancheWithStripe.tranche).toMatchObject({
      status: 'FAILED',
      failureReason: 'Stripe：No such destination: acct_1Studio',
      payoutAttempts: 1,
    });

    const paid = await finance.query(PAY_WITH_STRIPE, { input: { tranche: trancheIds[0] } });
    expect(paid.payGrantTrancheWithStripe.tranche).toMatchObject({
      status: 'PAID',
      paymentMethod: 'STRIPE_TRANSFER',
      paymentReference: 'tr_test_2',
      failureReason: null,
    });

    expect(stripeCalls).toHaveLength(2);
    for (const call of stripeCalls) {
      expect(call.path).toBe('POST /v1/transfers');
      expect(call.authorization).toBe('Bearer sk_test_huigong');
      expect(call.body.get('amount')).toBe('2500000');
      expect(call.body.get('currency')).toBe('cny');
      expect(call.body.get('destination')).toBe('acct_1Studio');
    }
    const [first, second] = stripeCalls.map((c) => c.idempotencyKey);
    expect(first).toMatch(/^grant-tranche-[0-9a-f-]{36}-attempt-0$/);
    expect(second).toBe(first!.replace(/attempt-0$/, 'attempt-1'));

    const again = await finance.query(PAY_WITH_STRIPE, { input: { tranche: trancheIds[0] } });
    expect(again.payGrantTrancheWithStripe).toMatchObject({ __typename: 'InvalidTransition', fromState: 'paid', toState: 'paid' });
    expect(stripeCalls).toHaveLength(2);
  });

  it('applies signed webhooks once: transfer.created confirms, transfer.reversed fails the payout', async () => {
    const secret = 'whsec_huigong_test';
    const hook = (event: Record<string, unknown>, signWith = secret) => {
      const payload = JSON.stringify(event);
      return fetch(`${env.url}/webhooks/stripe/grants`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'stripe-signature': Stripe.webhooks.generateTestHeaderString({ payload, secret: signWith }),
        },
        body: payload,
      });
    };
    const transferEvent = (id: string, type: string) => ({
      id,
      object: 'event',
      type,
      created: Math.floor(Date.now() / 1000),
      data: { object: { id: 'tr_test_2', object: 'transfer', metadata: { trancheId: decodeGlobalId(trancheIds[0]!).id } } },
    });

    delete process.env.STRIPE_WEBHOOK_SECRET;
    expect((await hook(transferEvent('evt_1', 'transfer.created'))).status).toBe(503);
    process.env.STRIPE_WEBHOOK_SECRET = secret;
    expect((await hook(transferEvent('evt_1', 'transfer.created'), 'whsec_forged')).status).toBe(400);

    const confirmed = await hook(transferEvent('evt_1', 'transfer.created'));
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toEqual({ received: true });
    const duplicate = await hook(transferEvent('evt_1', 'transfer.created'));
    expect(await duplicate.json()).toEqual({ received: true, duplicate: true });
    const tranche = await finance.query(TRANCHE, { id: trancheIds[0] });
    expect(tranche.node).toMatchObject({ status: 'PAID' });
    expect(Date.parse(tranche.node.payoutConfirmedAt)).toBeGreaterThan(0);

    expect((await hook(transferEvent('evt_2', 'transfer.reversed'))).status).toBe(200);
    const reversed = await finance.query(TRANCHE, { id: trancheIds[0] });
    expect(reversed.node).toMatchObject({ status: 'FAILED', failureReason: 'Stripe 转账已被撤回', payoutAttempts: 2 });
    // Redelivery of the reversal changes nothing more.
    await hook(transferEvent('evt_2', 'transfer.reversed'));
    expect((await finance.query(TRANCHE, { id: trancheIds[0] })).node.payoutAttempts).toBe(2);
    const events = await env.db.select().from(grantStripeEvents);
    expect(events.map((e) => e.eventId).sort()).toEqual(['evt_1', 'evt_2']);
  });

  it('refuses a Stripe payout before the finance approval', async () => {
    const result = await finance.query(PAY_WITH_STRIPE, { input: { tranche: trancheIds[1] } });
    expect(result.payGrantTrancheWithStripe).toMatchObject({ __typename: 'InvalidTransition', fromState: 'planned', toState: 'paid' });
    expect(stripeCalls).toHaveLength(2);
  });
});
