import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_PASSWORD } from '@huigong/db/seed/demo';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { demo } from '../support/demo.ts';
import { WEB_DIST, ensureWebBuilt, launchBrowser, phone, screenshot } from './browser.ts';

let env: TestEnvironment;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  env = await createTestEnvironment({ env: { WEB_DIST } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
});

async function signIn(page: Page, phoneNumber: string, next: string) {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('手机号').fill(phoneNumber);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
}

describe('storefront: offers', () => {
  test('a member finds a hotpot offer by a Chinese search and claims it; the merchant verifies the code once', async () => {
    const member = await phone(browser, env.url);
    const page = member.page;
    await signIn(page, demo.memberWang, '/offers');

    // Search in Chinese, near a chosen city, as a phone user would.
    await page.getByLabel('搜索优惠').fill('火锅');
    await page.getByLabel('附近（城市）').selectOption('洛阳');
    await page.getByRole('button', { name: '搜索', exact: true }).click();
    await page.waitForURL(/q=%E7%81%AB%E9%94%85/);
    // Wait for the results of this search (with distances), not the list the page showed before.
    const card = page.locator('li.offer', { hasText: '火锅套餐会员 8.5 折' }).filter({ hasText: /最近门店/ });
    await card.waitFor();
    expect(await card.textContent()).toContain('8.5 折');
    expect(await card.textContent()).toMatch(/最近门店 .+ · [\d.]+ (米|公里)/);
    await screenshot(page, 'offers-1-search');

    await card.getByRole('link', { name: '火锅套餐会员 8.5 折' }).click();
    await page.getByRole('heading', { name: '火锅套餐会员 8.5 折' }).waitFor();
    await page.getByRole('button', { name: '立即领取' }).click();
    const code = (await page.getByTestId('redemption-code').textContent())!.trim();
    expect(code.length).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.qr svg').count()).toBe(1);
    await screenshot(page, 'offers-2-claimed');

    // The merchant verifies the code at the counter, in another browser context.
    const counter = await phone(browser, env.url);
    const desk = counter.page;
    await signIn(desk, '13700000001', '/merchant');
    await desk.getByRole('heading', { level: 1 }).waitFor();
    await desk.getByLabel('核销码').fill(code.toLowerCase());
    await desk.getByRole('button', { name: '核销', exact: true }).click();
    await desk.locator('.notice', { hasText: '核销成功：火锅套餐会员 8.5 折' }).waitFor();
    await screenshot(desk, 'offers-3-redeemed');

    // The same code a second time is refused with the API's typed error.
    await desk.getByLabel('核销码').fill(code);
    await desk.getByRole('button', { name: '核销', exact: true }).click();
    const refused = desk.getByRole('alert');
    await refused.waitFor();
    expect(await refused.getAttribute('data-code')).toBe('CODE_ALREADY_REDEEMED');
    await counter.context.close();

    await page.goto('/wallet');
    await page.locator('li.claim[data-status="REDEEMED"]', { hasText: '火锅套餐会员 8.5 折' }).waitFor();
    await screenshot(page, 'offers-4-wallet');
    await member.context.close();
  });
});
