import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
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

describe('storefront: rights and legal-aid cases', () => {
  test('a member opens an unpaid-wages case at 360 px; the district triages, assigns the lawyer and closes it at 1280 px; the member sees the amount recovered', async () => {
    const member = await phone(browser, env.url);
    const page = member.page;
    await signIn(page, '13900000004', '/rights', { waitForNext: true });
    await page.getByRole('heading', { name: '提交维权求助' }).waitFor();
    await page.getByLabel('案件类型').selectOption('UNPAID_WAGES');
    await page.getByLabel('用人单位').fill('洛阳某钢结构工程队');
    await page.getByLabel('争议金额（元）').fill('36000');
    await page.getByLabel('情况说明').fill('短');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    expect(await page.getByRole('alert').getAttribute('data-code')).toBe('INVALID_INPUT');
    await page.getByLabel('情况说明').fill('在厂房扩建工地干了四个月，包工头拖欠工资三万六千元。');
    await page.getByRole('button', { name: '提交', exact: true }).click();
    await page.getByText('已受理，待分流').first().waitFor();
    await screenshot(page, 'rights-1-opened-360');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    const desk = await browser.newContext({ baseURL: env.url, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const staff = await desk.newPage();
      await signIn(staff, demo.jianxiStaff, '/staff/rights', { waitForNext: true });
      await staff.getByRole('heading', { name: /案件队列/ }).waitFor();
      await staff.locator('li.rights-row', { hasText: '刘洋' }).filter({ hasText: '拖欠工资' }).getByRole('link').click();
      await staff.getByRole('heading', { name: '分流' }).waitFor();
      await staff.getByLabel('办理方式').selectOption('LAWYER');
      await staff.getByRole('button', { name: '确认分流' }).click();
      await staff.getByText('已分流。').waitFor();
      await staff.getByRole('combobox', { name: /^律师/ }).selectOption({ index: 0 });
      await staff.getByRole('button', { name: '指派', exact: true }).click();
      await staff.getByText('工会律师代理中').first().waitFor();
      await staff.getByRole('textbox', { name: /^办理记录/ }).fill('区总工会主持调解，双方签订调解协议');
      await staff.getByRole('button', { name: '添加记录' }).click();
      await staff.getByText('已记录。').waitFor();
      await staff.getByLabel('结果').selectOption('SETTLED');
      await staff.getByLabel('追回金额（元）').fill('36000');
      await staff.getByRole('button', { name: '结案', exact: true }).click();
      await staff.getByText('已结案。').waitFor();
      // No step is offered on a closed case.
      expect(await staff.getByRole('button', { name: '结案', exact: true }).count()).toBe(0);
      await screenshot(staff, 'rights-2-case-1280');
      await staff.goto('/staff/rights');
      await staff.getByRole('heading', { name: '统计' }).waitFor();
      expect(await staff.locator('.figures').textContent()).toContain('¥');
      await screenshot(staff, 'rights-3-queue-1280');
    } finally {
      await desk.close();
    }

    await page.reload();
    await page.locator('.rights-case[data-status="CLOSED"]').first().waitFor();
    expect(await page.locator('.rights-case[data-status="CLOSED"]').first().textContent()).toContain('¥36,000');
    await screenshot(page, 'rights-4-closed-360');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await member.context.close();
  }, 240_000);
});
