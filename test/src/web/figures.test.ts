import type { Browser, Page } from 'playwright-core';
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

/** The numbers of the table's 合计 row and of every other row, column by column. */
async function tableNumbers(page: Page): Promise<{ total: number[]; rows: number[][] }> {
  const rows = await page.locator('table.figures-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => Number((td.textContent ?? '').replace(/[¥,\s元]/g, '')))),
  );
  return { total: rows[0]!, rows: rows.slice(1) };
}

async function expectTotalsAddUp(page: Page) {
  const { total, rows } = await tableNumbers(page);
  for (const [i, value] of total.entries()) {
    const sum = rows.reduce((s, r) => s + r[i]!, 0);
    expect(Math.round(sum * 100)).toBe(Math.round(value * 100));
  }
}

describe('storefront: union figures', () => {
  test('province staff drill from Henan into Luoyang and 老城区 at 1280 px; every total is the sum below it', async () => {
    const desk = await browser.newContext({ baseURL: env.url, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const page = await desk.newPage();
      await signIn(page, demo.henanStaff, '/staff/figures', { waitForNext: true });
      await page.getByRole('heading', { name: '工会统计 · 河南省总工会' }).waitFor();
      await page.locator('#figures-trend canvas').first().waitFor();
      await screenshot(page, 'figures-1-province-1280');
      await expect.poll(() => page.locator('table.figures-table tbody tr').count()).toBe(4); // 合计, two cities, 本级
      await expectTotalsAddUp(page);
      await screenshot(page, 'figures-1-province-1280');
      await page.getByRole('link', { name: '洛阳市总工会' }).click();
      await page.getByRole('heading', { name: '工会统计 · 洛阳市总工会' }).waitFor();
      await expectTotalsAddUp(page);
      await page.getByRole('link', { name: '洛阳市老城区总工会' }).click();
      await page.getByRole('heading', { name: '工会统计 · 洛阳市老城区总工会' }).waitFor();
      await expectTotalsAddUp(page);
      await screenshot(page, 'figures-2-district-1280');
      await page.getByRole('link', { name: '返回洛阳市总工会' }).click();
      await page.getByRole('heading', { name: '工会统计 · 洛阳市总工会' }).waitFor();
    } finally {
      await desk.close();
    }
  });

  test('city staff see their figures at 360 px and download an export', async () => {
    const { context, page } = await phone(browser, env.url);
    try {
      await signIn(page, demo.luoyangStaff, '/staff/figures', { waitForNext: true });
      await page.getByRole('heading', { name: '工会统计 · 洛阳市总工会' }).waitFor();
      await page.locator('#figures-trend canvas').first().waitFor();
      await screenshot(page, 'figures-3-city-360');
      const width = await page.evaluate<number>('document.documentElement.scrollWidth');
      expect(width).toBeLessThanOrEqual(360);
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '导出优惠领取 Excel' }).click();
      expect((await download).suggestedFilename()).toMatch(/^洛阳市总工会优惠领取与核销_.*\.xlsx$/);
      await page.getByRole('status').filter({ hasText: '已导出' }).waitFor();
      await screenshot(page, 'figures-3-city-360');
    } finally {
      await context.close();
    }
  });
});
