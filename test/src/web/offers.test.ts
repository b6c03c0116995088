import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { demo } from '../support/demo.ts';
import { WEB_DIST, ensureWebBuilt, launchBrowser, phone, screenshot, signIn } from './browser.ts';

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

  test('a merchant creates an offer through the form, fixes a field the API refused, submits it; staff approve it and it is found', async () => {
    const merchant = await phone(browser, env.url);
    const page = merchant.page;
    await signIn(page, '13700000001', '/merchant');
    await page.getByRole('link', { name: '新建优惠' }).click();
    await page.getByRole('heading', { name: '新建优惠' }).waitFor();
    await page.getByLabel('标题').fill('职工烤鱼双人餐 9 折');
    await page.getByLabel('优惠内容').fill('凭会员卡点烤鱼双人餐享 9 折。');
    await page.getByLabel('使用说明').fill('每桌限用一次。');
    await page.getByLabel('优惠方式').selectOption('PERCENTAGE_OFF');
    // 150 % paid is not a discount: the API's validation error is shown at the box.
    await page.getByLabel('折扣（实付百分比）').fill('150');
    await page.getByLabel('总库存').fill('50');
    await page.getByLabel('每人限领（总数）').fill('2');
    await page.getByRole('button', { name: '保存草稿' }).click();
    const invalid = page.locator('.field.invalid', { has: page.getByLabel('折扣（实付百分比）') });
    await invalid.locator('.field-error').waitFor();
    expect(await page.getByLabel('折扣（实付百分比）').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.alert').getAttribute('data-code')).toBe('INVALID_INPUT');
    // What was typed elsewhere is kept.
    expect(await page.getByLabel('标题').inputValue()).toBe('职工烤鱼双人餐 9 折');
    await screenshot(page, 'offers-5-form-error');

    await page.getByLabel('折扣（实付百分比）').fill('90');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/merchant\/offers\/[^/]+\/edit\?saved=1/);
    await page.getByRole('heading', { name: '修改优惠' }).waitFor();
    expect(await page.locator('.field.invalid').count()).toBe(0);
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.locator('.notice', { hasText: '已提交审核' }).waitFor();
    await screenshot(page, 'offers-6-submitted');
    await merchant.context.close();

    // Union staff approve it in the review queue.
    const staff = await phone(browser, env.url);
    await signIn(staff.page, demo.luoyangStaff, '/staff/reviews');
    const card = staff.page.locator('article[data-review]', { hasText: '职工烤鱼双人餐 9 折' });
    expect(await card.textContent()).toContain('9 折');
    await card.getByRole('button', { name: '通过', exact: true }).click();
    await card.waitFor({ state: 'detached' });
    await screenshot(staff.page, 'offers-7-approved');
    await staff.context.close();

    // Anyone finds it now.
    const visitor = await phone(browser, env.url);
    await visitor.page.goto('/offers?q=%E7%83%A4%E9%B1%BC');
    await visitor.page.locator('li.offer', { hasText: '职工烤鱼双人餐 9 折' }).waitFor();
    await screenshot(visitor.page, 'offers-8-found');
    await visitor.context.close();
  });
});
