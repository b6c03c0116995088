import { apiClients, offers, offerStripeEvents, users, voucherPurchases, webhookDeliveries, webhookSubscriptions } from '@huigong/db';
import Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../support/graphql.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { CLAIM, createMembers, merchantOf, merchantStaff, publishOffer, REDEEM } from './fixtures.ts';
import { StripeStub } from './stripe-stub.ts';

// Prepaid vouchers through Stripe Checkout (Stripe's hosted payment page). Only the network edge is
// fake: the real SDK talks to a local stub, and webhook events are signed with the SDK's own
// test-header helper.

const WEBHOOK_SECRET = 'whsec_test_huigong';

const PURCHASE = /* GraphQL */ `
  mutation Purchase($input: PurchaseVoucherInput!) {
    purchaseVoucher(input: $input) {
      __typename
      ... on PurchaseVoucherSuccess {
        checkout { checkoutUrl purchase { id status checkoutUrl amount { amount currency } faceValue { amount } reservedUntil voucher { id } } }
      }
      ... on Error { code message }
    }
  }
`;
const PURCHASES = /* GraphQL */ `
  query Purchases { voucherPurchases(first: 20) { nodes { id status paidAt refundedAt voucher { id code status offer { title } } } } }
`;
const REFUND = /* GraphQL */ `
  mutation Refund($input: RefundVoucherInput!) {
    refundVoucher(input: $input) { __typename ... on RefundVoucherSuccess { voucher { id status } } ... on Error { code message } }
  }
`;
const GIVE_UP = /* GraphQL */ `
  mutation GiveUp($input: CancelVoucherPurchaseInput!) {
    cancelVoucherPurchase(input: $input) { __typename ... on CancelVoucherPurchaseSuccess { purchase { id status checkoutUrl } } ... on Error { code message } }
  }
`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CancelClaimInput!) { cancelClaim(input: $input) { __typename ... on Error { code } } }
`;
const PURCHASE_CAN = /* GraphQL */ `
  query PurchaseCan($id: ID!) {
    node(id: $id) { ... on VoucherPurchase { status viewerCan { pay cancel } voucher { status viewerCan { cancel refund } } } }
  }
`;
const STOCK = /* GraphQL */ `query Stock($id: ID!) { node(id: $id) { ... on Offer { remainingStock claimCount } } }`;

let env: TestEnvironment;
let stub: StripeStub;
const signer = new Stripe('sk_test_signer');
let voucherOfferId: string;
let eventSeq = 0;

beforeAll(async () => {
  stub = await new StripeStub().start();
  process.env.STRIPE_SECRET_KEY = 'sk_test_huigong';
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  process.env.STRIPE_API_BASE = stub.url;
  env = await createTestEnvironment();
  const merchant = await env.as(merchantStaff.hotpotLuoyang);
  voucherOfferId = await publishOffer(merchant, await env.as(demo.luoyangStaff), {
    title: '80 元购 100 元测试代金券',
    kind: 'PREPAID_VOUCHER',
    regularPrice: { amount: 10000, currency: 'CNY' },
    memberPrice: { amount: 8000, currency: 'CNY' },
    stock: 3,
    perMemberLimit: 2,
  });
});
afterAll(async () => {
  await env?.close();
  await stub?.stop();
});

/** A Checkout Session event as Stripe sends it; `session` is the stub's record of the session. */
function sessionEvent(type: string, session: Record<string, unknown>, overrides: Record<string, unknown> = {}) {
  eventSeq += 1;
  return {
    id: `evt_test_${eventSeq}`,
    object: 'event',
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object: { ...session, ...overrides } },
  };
}

/** The member pays on Stripe's page; Stripe then sends `checkout.session.completed`. */
const paidEvent = (sessionId: string, overrides: Record<string, unknown> = {}) =>
  sessionEvent('checkout.session.completed', stub.pay(sessionId), overrides);

async function deliver(event: unknown, secret = WEBHOOK_SECRET) {
  const payload = JSON.stringify(event);
  const header = signer.webhooks.generateTestHeaderString({ payload, secret });
  return fetch(`${env.url}/webhooks/stripe/offers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    body: payload,
  });
}

async function startPurchase(phone: string) {
  const member = await env.as(phone);
  const result = await member.query(PURCHASE, { input: { offer: voucherOfferId } });
  expect(result.purchaseVoucher.__typename).toBe('PurchaseVoucherSuccess');
  const purchase = result.purchaseVoucher.checkout.purchase;
  const [row] = await env.db.select().from(voucherPurchases).where(eq(voucherPurchases.id, decodeGlobalId(purchase.id).id));
  return { member, purchase, row: row!, checkoutUrl: result.purchaseVoucher.checkout.checkoutUrl as string };
}

/** Buyers with purchases to spare under the per-member limit of 2, used to take the remaining stock. */
const spareBuyers = ['13900000004', '13900000005', '13900000008', '13900000012', '13900000001', '13900000002'];

async function exhaustStock() {
  for (let i = 0; (await remaining()) > 0; i += 1) {
    if (i >= spareBuyers.length) throw new Error('could not exhaust the stock');
    await startPurchase(spareBuyers[i]!);
  }
}

const remaining = async () => (await env.anonymous.query(STOCK, { id: voucherOfferId })).node.remainingStock as number;

describe('buying a prepaid voucher', () => {
  it('creates a Checkout Session in CNY fen with an idempotency key from our record, returns its URL and reserves stock', async () => {
    const { purchase, row, checkoutUrl } = await startPurchase(demo.memberWang);
    expect(purchase).toMatchObject({ status: 'PENDING_PAYMENT', amount: { amount: 8000, currency: 'CNY' }, faceValue: { amount: 10000 }, voucher: null });
    const call = stub.requests.find((r) => r.path === '/v1/checkout/sessions')!;
    const sessionId = row.checkoutSessionId!;
    expect(sessionId).toMatch(/^cs_stub_\d+$/);
    expect(checkoutUrl).toBe(`https://checkout.stripe.test/c/pay/${sessionId}`);
    expect(purchase.checkoutUrl).toBe(checkoutUrl); // the member can come back and keep paying
    expect(call.params.get('mode')).toBe('payment');
    expect(call.params.get('line_items[0][price_data][unit_amount]')).toBe('8000');
    expect(call.params.get('line_items[0][price_data][currency]')).toBe('cny');
    expect(call.params.get('line_items[0][quantity]')).toBe('1');
    expect(call.params.get('metadata[purchaseId]')).toBe(row.id);
    expect(call.params.get('payment_intent_data[metadata][purchaseId]')).toBe(row.id);
    expect(call.params.get('client_reference_id')).toBe(row.id);
    expect(call.idempotencyKey).toBe(`voucher-checkout:${row.id}`);
    expect(call.authorization).toBe('Bearer sk_test_huigong');
    // Stripe sends the member back to the storefront this request came from.
    const returnPage = `${env.url}/vouchers/return?purchase=${encodeURIComponent(purchase.id)}`;
    expect(call.params.get('success_url')).toBe(returnPage);
    expect(call.params.get('cancel_url')).toBe(`${returnPage}&cancelled=1`);
    expect(Number(call.params.get('expires_at'))).toBeGreaterThanOrEqual(Math.floor(Date.parse(purchase.reservedUntil) / 1000));
    expect(row.paymentIntentId).toBeNull();
    expect(await remaining()).toBe(2);
    // Claiming it for free is not possible.
    expect((await (await env.as(demo.memberLi)).query(CLAIM, { input: { offer: voucherOfferId } })).claimOffer.code).toBe(
      'PAYMENT_REQUIRED',
    );
  });

  it('issues exactly one voucher when the completed session is delivered repeatedly in parallel, and it redeems at the counter', async () => {
    const { member, row } = await startPurchase(demo.memberZhang);
    const event = paidEvent(row.checkoutSessionId!);
    // The same event five times, and Stripe's separate async-success event for the same session, all at once.
    const asyncSucceeded = sessionEvent('checkout.session.async_payment_succeeded', stub.pay(row.checkoutSessionId!));
    const responses = await Promise.all([...Array.from({ length: 5 }, () => deliver(event)), deliver(asyncSucceeded), deliver(asyncSucceeded)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200, 200]);

    const purchases = (await member.query(PURCHASES)).voucherPurchases.nodes;
    expect(purchases).toHaveLength(1);
    expect(purchases[0]).toMatchObject({ status: 'PAID', voucher: { status: 'ACTIVE', offer: { title: '80 元购 100 元测试代金券' } } });
    expect(await env.db.select().from(offerStripeEvents).where(eq(offerStripeEvents.id, event.id))).toHaveLength(1);
    const [paid] = await env.db.select().from(voucherPurchases).where(eq(voucherPurchases.id, row.id));
    expect(paid!.paymentIntentId).toBe(stub.sessions.get(row.checkoutSessionId!)!.payment_intent);
    const [offer] = await env.db.select().from(offers).where(eq(offers.id, decodeGlobalId(voucherOfferId).id));
    expect(offer!.claimCount).toBe(1);

    const staff = await env.as(merchantStaff.hotpotLuoyang);
    const store = (await merchantOf(staff)).stores[0]!;
    const redeemed = await staff.query(REDEEM, { input: { code: purchases[0].voucher.code, store: store.id } });
    expect(redeemed.redeemCode.__typename).toBe('RedeemCodeSuccess');
    // A used voucher cannot be refunded.
    expect((await member.query(REFUND, { input: { voucher: purchases[0].voucher.id } })).refundVoucher.code).toBe(
      'VOUCHER_NOT_REFUNDABLE',
    );
  });

  it('refuses a bad signature and an unsigned body, and applies nothing', async () => {
    const { row } = await startPurchase(demo.memberLi);
    const event = sessionEvent('checkout.session.completed', {
      ...stub.sessions.get(row.checkoutSessionId!)!,
      status: 'complete',
      payment_status: 'paid',
      payment_intent: 'pi_forged',
    });
    expect((await deliver(event, 'whsec_wrong')).status).toBe(400);
    const unsigned = await fetch(`${env.url}/webhooks/stripe/offers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
    expect(unsigned.status).toBe(400);
    // A body altered after signing fails too.
    const payload = JSON.stringify(event);
    const header = signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET });
    const tampered = await fetch(`${env.url}/webhooks/stripe/offers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': header },
      body: payload.replace('"amount_total":8000', '"amount_total":1'),
    });
    expect(tampered.status).toBe(400);
    const [after] = await env.db.select().from(voucherPurchases).where(eq(voucherPurchases.id, row.id));
    expect(after!.status).toBe('pending_payment');
    expect(await env.db.select().from(offerStripeEvents).where(eq(offerStripeEvents.id, event.id))).toHaveLength(0);

    // The session expiring unpaid releases the reservation.
    const before = await remaining();
    const expired = sessionEvent('checkout.session.expired', { ...stub.sessions.get(row.checkoutSessionId!)!, status: 'expired' });
    expect((await deliver(expired)).status).toBe(200);
    expect(await remaining()).toBe(before + 1);
    const [ended] = await env.db.select().from(voucherPurchases).where(eq(voucherPurchases.id, row.id));
    expect(ended!.status).toBe('expired');
  });

  it('refunds an unused voucher through Stripe, which returns the stock, and never by a plain cancel', async () => {
    const { member, purchase, row } = await startPurchase(demo.memberYang);
    await deliver(paidEvent(row.checkoutSessionId!));
    // Success first, then a stale expiry of the same session out of order: ignored.
    await deliver(sessionEvent('checkout.session.expired', { ...stub.sessions.get(row.checkoutSessionId!)!, status: 'expired' }));
    const paymentIntent = stub.sessions.get(row.checkoutSessionId!)!.payment_intent;
    const voucher = (await member.query(PURCHASES)).voucherPurchases.nodes[0].voucher;
    expect(voucher.status).toBe('ACTIVE');
    // Paid: nothing left to pay or give up; the voucher is refunded, never cancelled.
    const paid = (await member.query(PURCHASE_CAN, { id: purchase.id })).node;
    expect(paid).toMatchObject({ viewerCan: { pay: false, cancel: false }, voucher: { viewerCan: { cancel: false, refund: true } } });

    expect((await member.query(CANCEL, { input: { claim: voucher.id } })).cancelClaim.code).toBe('CLAIM_NOT_CANCELLABLE');
    const before = await remaining();
    stub.failNext = 3; // Stripe refuses (the SDK retries twice): the voucher is given back unchanged.
    expect((await member.query(REFUND, { input: { voucher: voucher.id } })).refundVoucher.code).toBe('PAYMENT_PROVIDER_ERROR');
    expect((await member.query(PURCHASES)).voucherPurchases.nodes[0]).toMatchObject({ status: 'PAID', voucher: { status: 'ACTIVE' } });
    stub.failNext = 0;

    const refunded = await member.query(REFUND, { input: { voucher: voucher.id } });
    expect(refunded.refundVoucher.voucher.status).toBe('CANCELLED');
    const refundCalls = stub.requests.filter((r) => r.path === '/v1/refunds');
    expect(refundCalls.at(-1)!.params.get('payment_intent')).toBe(paymentIntent);
    expect(refundCalls.at(-1)!.idempotencyKey).toBe(`voucher-refund:${row.id}`);
    expect((await member.query(PURCHASES)).voucherPurchases.nodes[0]).toMatchObject({ status: 'REFUNDED' });
    expect((await member.query(PURCHASE_CAN, { id: purchase.id })).node.voucher.viewerCan).toEqual({ cancel: false, refund: false });
    expect(await remaining()).toBe(before + 1);
    expect((await member.query(REFUND, { input: { voucher: voucher.id } })).refundVoucher.code).toBe('VOUCHER_NOT_REFUNDABLE');
  });

  it('releases a reservation that times out, expires its Checkout Session, and refunds a payment that arrives too late', async () => {
    // Fill the stock with pending purchases, then let them lapse.
    const first = await startPurchase(demo.memberWang);
    await exhaustStock();
    const soldOut = await (await env.as(demo.memberZhao)).query(PURCHASE, { input: { offer: voucherOfferId } });
    expect(soldOut.purchaseVoucher.code).toMatch(/OFFER_SOLD_OUT|LIMIT_REACHED/);

    await env.db.update(voucherPurchases).set({ reservedUntil: new Date(Date.now() - 1000) }).where(eq(voucherPurchases.status, 'pending_payment'));
    const again = await (await env.as(demo.memberZhao)).query(PURCHASE, { input: { offer: voucherOfferId } });
    expect(again.purchaseVoucher.__typename).toBe('PurchaseVoucherSuccess');
    const expires = stub.requests.filter((r) => r.path.endsWith('/expire'));
    expect(expires.map((r) => r.path.split('/')[4])).toContain(first.row.checkoutSessionId);
    expect(expires.every((r) => r.idempotencyKey === `voucher-expire:${r.path.split('/')[4]}`)).toBe(true);
    expect(stub.sessions.get(first.row.checkoutSessionId!)!.status).toBe('expired');
    const [lapsed] = await env.db.select().from(voucherPurchases).where(eq(voucherPurchases.id, first.row.id));
    expect(lapsed!.status).toBe('expired');

    // The lapsed payment succeeds anyway (the member paid as the session was being expired). Stock
    // is gone again, so the money goes back.
    await exhaustStock();
    const late = await deliver(
      sessionEvent('checkout.session.completed', {
        ...stub.sessions.get(first.row.checkoutSessionId!)!,
        status: 'complete',
        payment_status: 'paid',
        payment_intent: 'pi_late',
      }),
    );
    expect(late.status).toBe(200);
    const [afterLate] = await env.db.select().from(voucherPurchases).where(eq(voucherPurchases.id, first.row.id));
    expect(afterLate).toMatchObject({ status: 'refunded', claimId: null });
    const lateRefund = stub.requests.filter((r) => r.path === '/v1/refunds').at(-1)!;
    expect(lateRefund.idempotencyKey).toBe(`voucher-refund:${first.row.id}`);
    expect(lateRefund.params.get('payment_intent')).toBe('pi_late');
  });

  it('lets a member give up an unpaid purchase (session expired at Stripe first), but not one Stripe already took payment for', async () => {
    await env.db.update(voucherPurchases).set({ reservedUntil: new Date(Date.now() - 1000) }).where(eq(voucherPurchases.status, 'pending_payment'));
    const { member, purchase, row } = await startPurchase(demo.memberZhao);
    expect((await member.query(PURCHASE_CAN, { id: purchase.id })).node.viewerCan).toEqual({ pay: true, cancel: true });
    const before = await remaining();
    const gaveUp = await member.query(GIVE_UP, { input: { purchase: purchase.id } });
    expect(gaveUp.cancelVoucherPurchase.purchase).toMatchObject({ status: 'CANCELLED', checkoutUrl: null });
    expect((await member.query(PURCHASE_CAN, { id: purchase.id })).node.viewerCan).toEqual({ pay: false, cancel: false });
    expect(stub.sessions.get(row.checkoutSessionId!)!.status).toBe('expired');
    expect(await remaining()).toBe(before + 1);
    // Another member cannot touch it (an unknown purchase to them).
    expect((await (await env.as(demo.memberLi)).query(GIVE_UP, { input: { purchase: purchase.id } })).cancelVoucherPurchase.code).toBe('NOT_FOUND');

    // Paid on Stripe's page, webhook not here yet: the purchase stays pending, then the webhook issues the voucher.
    const second = await startPurchase(demo.memberZhao);
    const event = paidEvent(second.row.checkoutSessionId!);
    const kept = await second.member.query(GIVE_UP, { input: { purchase: second.purchase.id } });
    expect(kept.cancelVoucherPurchase.purchase.status).toBe('PENDING_PAYMENT');
    expect((await deliver(event)).status).toBe(200);
    const [issued] = await env.db.select().from(voucherPurchases).where(eq(voucherPurchases.id, second.row.id));
    expect(issued).toMatchObject({ status: 'paid' });
    expect(issued!.claimId).not.toBeNull();
  });

  it('says clearly that payments are not configured when the keys are missing', async () => {
    const saved = process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_SECRET_KEY;
    try {
      const result = await (await env.as(demo.memberYang)).query(PURCHASE, { input: { offer: voucherOfferId } });
      expect(result.purchaseVoucher).toMatchObject({ code: 'PAYMENTS_NOT_CONFIGURED' });
      const hook = await deliver(sessionEvent('checkout.session.completed', { id: 'cs_x', metadata: { purchaseId: '00000000-0000-0000-0000-000000000000' } }));
      expect(hook.status).toBe(503);
    } finally {
      process.env.STRIPE_SECRET_KEY = saved;
    }
  });

  it('reserves exactly the stock when 20 members start buying at once', async () => {
    const merchant = await env.as(merchantStaff.hotpotLuoyang);
    const offerId = await publishOffer(merchant, await env.as(demo.luoyangStaff), {
      title: '限量 5 张代金券',
      kind: 'PREPAID_VOUCHER',
      regularPrice: { amount: 5000, currency: 'CNY' },
      memberPrice: { amount: 4000, currency: 'CNY' },
      stock: 5,
    });
    const buyers = await createMembers(env, 20, 'G410302001');
    const results = await Promise.all(buyers.map((b) => b.query(PURCHASE, { input: { offer: offerId } })));
    const names = results.map((r) => r.purchaseVoucher.__typename === 'PurchaseVoucherSuccess' ? 'ok' : r.purchaseVoucher.code);
    expect(names.filter((n) => n === 'ok')).toHaveLength(5);
    expect(names.filter((n) => n === 'OFFER_SOLD_OUT')).toHaveLength(15);
    const pending = await env.db
      .select()
      .from(voucherPurchases)
      .where(eq(voucherPurchases.offerId, decodeGlobalId(offerId).id));
    expect(pending).toHaveLength(5);
    expect(new Set(pending.map((p) => p.checkoutSessionId)).size).toBe(5);
  });

  it('tells the merchant\'s till about its offers, redemptions and vouchers, and other integrators only of the offer', async () => {
    const [admin] = await env.db.select({ id: users.id }).from(users).where(eq(users.phone, demo.admin));
    const union = await env.db.query.unions.findFirst({ where: { code: '410300' }, columns: { id: true } });
    const hotpot = decodeGlobalId((await merchantOf(await env.as(merchantStaff.hotpotLuoyang))).id).id;
    const subscribe = async (name: string, merchantId: string | null) => {
      const [client] = await env.db
        .insert(apiClients)
        .values({ name, organization: name, unionId: union!.id, merchantId, createdBy: admin!.id })
        .returning({ id: apiClients.id });
      const [subscription] = await env.db
        .insert(webhookSubscriptions)
        .values({
          clientId: client!.id,
          url: 'https://bank.example/hooks',
          events: ['offer.published', 'claim.redeemed', 'voucher.purchased', 'voucher.refunded'],
          secret: 'whsec_bank',
        })
        .returning({ id: webhookSubscriptions.id });
      return subscription!.id;
    };
    const till = await subscribe('老城区火锅店收银系统', hotpot);
    const bank = await subscribe('工行联名卡', null);

    const merchant = await env.as(merchantStaff.hotpotLuoyang);
    const offerId = await publishOffer(merchant, await env.as(demo.luoyangStaff), {
      title: '通知测试代金券',
      kind: 'PREPAID_VOUCHER',
      regularPrice: { amount: 3000, currency: 'CNY' },
      memberPrice: { amount: 2000, currency: 'CNY' },
    });
    const member = await env.as('13900000012');
    const bought = await member.query(PURCHASE, { input: { offer: offerId } });
    const purchaseId = decodeGlobalId(bought.purchaseVoucher.checkout.purchase.id).id;
    const [row] = await env.db.select().from(voucherPurchases).where(eq(voucherPurchases.id, purchaseId));
    await deliver(paidEvent(row!.checkoutSessionId!));
    const voucher = (await member.query(PURCHASES)).voucherPurchases.nodes.find((p: { id: string }) => p.id === bought.purchaseVoucher.checkout.purchase.id).voucher;
    const store = (await merchantOf(merchant)).stores[0]!;
    expect((await merchant.query(REDEEM, { input: { code: voucher.code, store: store.id } })).redeemCode.__typename).toBe('RedeemCodeSuccess');

    const heard = async (subscriptionId: string) =>
      (
        await env.db
          .select()
          .from(webhookDeliveries)
          .where(eq(webhookDeliveries.subscriptionId, subscriptionId))
          .orderBy(webhookDeliveries.createdAt)
      ).map((d) => [d.event, (d.payload as { data: { subject: { type: string; id: string } } }).data.subject]);
    expect(await heard(till)).toEqual([
      ['offer.published', { type: 'Offer', id: offerId }],
      ['voucher.purchased', { type: 'VoucherPurchase', id: bought.purchaseVoucher.checkout.purchase.id }],
      ['claim.redeemed', { type: 'OfferClaim', id: voucher.id }],
    ]);
    expect(await heard(bank)).toEqual([['offer.published', { type: 'Offer', id: offerId }]]);
  });
});
