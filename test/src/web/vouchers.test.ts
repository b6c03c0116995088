import Stripe from 'stripe';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { demo } from '../support/demo.ts';
import { StripeStub } from '../offers/stripe-stub.ts';
import { WEB_DIST, ensureWebBuilt, launchBrowser, phone, screenshot, signIn } from './browser.ts';

// Buying a prepaid voucher in the browser. Stripe's network edge is the local stub, which also
// stands in for the hosted payment page (a page with Stripe's two ways back to the shop).

const WEBHOOK_SECRET = 'whsec_browser_huigong';
const signer = new Stripe('sk_test_signer');
let env: TestEnvironment;
let browser: Browser;
let stub: StripeStub;
let offerId: string;
let eventSeq = 0;

beforeAll(async () => {
  stub = await new StripeStub().start();
  stub.checkoutPageBase = stub.url;
  process.env.STRIPE_SECRET_KEY = 'sk_test_browser';
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  process.env.STRIPE_API_BASE = stub.url;
  await ensureWebBuilt();
  env = await createTestEnvironment({ env: { WEB_DIST } });
  browser = await launchBrowser();
  const found = await env.anonymous.query(`{ offers(first: 5, filter: { text: "火锅代金券" }) { nodes { id title } } }`);
  offerId = found.offers.nodes.find((o: { title: string }) => o.title === '80 元购 100 元火锅代金券').id;
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
  await stub?.stop();
});


/** Stripe tells our webhook that the member paid on the hosted page. */
async function stripePaid(sessionId: string) {
  eventSeq += 1;
  const payload = JSON.stringify({
    id: `evt_browser_${eventSeq}`,
    object: 'event',
    type: 'checkout.session.completed',
    created: Math.floor(Date.now() / 1000),
    data: { object: stub.pay(sessionId) },
  });
  const response = await fetch(`${env.url}/webhooks/stripe/offers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': signer.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET }) },
    body: payload,
  });
  expect(response.status).toBe(200);
}

/** From the offer page to Stripe's (stand-in) page; returns the Checkout Session id. */
async function buy(page: Page): Promise<string> {
  await page.goto(`/offers/${encodeURIComponent(offerId)}`);
  await page.getByRole('button', { name: '支付 ¥80 购买' }).click();
  await page.waitForURL(new RegExp(`^${stub.url}/c/pay/cs_stub_\\d+$`));
  return new URL(page.url()).pathname.split('/').at(-1)!;
}

describe('storefront: prepaid vouchers through Stripe Checkout', () => {
  test('the buy button goes to Stripe; back from paying, the page confirms the payment and shows the voucher', async () => {
    const member = await phone(browser, env.url);
    const page = member.page;
    await signIn(page, demo.memberLi, '/offers', { waitForNext: true });
    const sessionId = await buy(page);
    await screenshot(page, 'vouchers-1-stripe-page');

    await page.locator('#back-paid').click();
    await page.waitForURL(/\/vouchers\/return\?purchase=/);
    // The webhook has not come yet: the page says it is confirming, and asks again.
    await page.locator('[data-state="confirming"]', { hasText: '支付确认中' }).waitFor();
    await screenshot(page, 'vouchers-2-confirming');
    await stripePaid(sessionId);
    await page.locator('[data-state="paid"]').waitFor({ timeout: 30_000 });
    const code = (await page.getByTestId('redemption-code').textContent())!.trim();
    expect(code.length).toBeGreaterThanOrEqual(6);
    await screenshot(page, 'vouchers-3-issued');

    await page.getByRole('link', { name: '去卡包查看' }).click();
    await page.locator('li.claim[data-status="ACTIVE"]', { hasText: '80 元购 100 元火锅代金券' }).filter({ hasText: code }).waitFor();
    await member.context.close();
  });

  test('back without paying, the member sees the reservation held, and can release it', async () => {
    const member = await phone(browser, env.url);
    const page = member.page;
    await signIn(page, demo.memberYang, '/offers', { waitForNext: true });
    const sessionId = await buy(page);
    await page.locator('#back-cancel').click();
    await page.waitForURL(/\/vouchers\/return\?purchase=.+&cancelled=1/);
    const pending = page.locator('[data-state="pending"]');
    expect(await pending.textContent()).toContain('名额为你保留至');
    expect(await page.getByRole('link', { name: /继续支付/ }).getAttribute('href')).toBe(`${stub.url}/c/pay/${sessionId}`);
    await screenshot(page, 'vouchers-4-pending');

    // The unpaid purchase waits in the wallet, and leads back here.
    await page.goto('/wallet');
    await page.locator('li[data-purchase]', { hasText: '80 元购 100 元火锅代金券' }).getByRole('link').click();
    await page.locator('[data-state="pending"]').waitFor();
    await page.getByRole('button', { name: '取消订单，释放名额' }).click();
    await page.locator('[data-state="released"]', { hasText: '预留的名额已释放' }).waitFor();
    expect(stub.sessions.get(sessionId)!.status).toBe('expired');
    await screenshot(page, 'vouchers-5-released');
    await page.goto('/wallet');
    await page.getByRole('heading', { name: '我的卡包' }).waitFor();
    expect(await page.locator('li[data-purchase]').count()).toBe(0);
    await member.context.close();
  });
});
