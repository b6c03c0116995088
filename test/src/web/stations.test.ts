import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileOf, PNG_HEADER } from '../files/uploads.ts';
import { NEAR } from '../stations/fixtures.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { WEB_DIST, ensureWebBuilt, launchBrowser, phone, screenshot, signIn } from './browser.ts';

// 洛阳老城区西大街, where the demo seed has stations all round.
const HERE = { latitude: 34.6829, longitude: 112.4667 };

let env: TestEnvironment;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  await ensureWebBuilt();
  dir = await mkdtemp(join(tmpdir(), 'huigong-stations-web-'));
  env = await createTestEnvironment({ env: { WEB_DIST, FILES_DIR: dir, FILES_SWEEP_INTERVAL_MS: '0' } });
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await env?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('storefront: service stations', () => {
  test('a worker finds the nearest open station with water and heating at 360 px, opens navigation and reports a problem; staff handle it at 1280 px', async () => {
    const { context, page } = await phone(browser, env.url);
    await context.grantPermissions(['geolocation']);
    await context.setGeolocation(HERE);
    await page.goto('/stations');
    await page.getByRole('heading', { name: '服务站点' }).waitFor();
    // No tile server configured: the list works without a map.
    expect(await page.locator('#station-map').count()).toBe(0);
    await page.getByLabel('饮水').check();
    await page.getByLabel('取暖').check();
    await page.getByLabel('现在开放').check();
    await page.getByRole('button', { name: '使用我的位置' }).click();
    await page.waitForURL((url) => url.searchParams.get('place') === '我的位置');

    // The page shows what the API answers for the same search: the nearest open station with both.
    const expected = await env.anonymous.query(NEAR, { near: HERE, filter: { amenities: ['WATER', 'HEATING'], openNow: true }, first: 1 });
    const nearest = expected.stationsNear.edges[0].node;
    const card = page.locator('li[data-station]').first();
    await card.getByRole('link', { name: nearest.name }).waitFor();
    await card.getByText('开放中').waitFor();
    expect(await card.getByRole('link', { name: '高德' }).getAttribute('href')).toBe(nearest.navigation.amap);
    expect(await page.locator('li[data-station]').filter({ hasText: '未开放' }).count()).toBe(0);
    await screenshot(page, 'stations-1-near-360');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    await card.getByRole('link', { name: nearest.name }).click();
    await page.getByRole('heading', { name: nearest.name }).waitFor();
    await page.getByRole('heading', { name: '开放时间' }).waitFor();
    expect(await page.getByRole('link', { name: '百度' }).getAttribute('href')).toContain('coord_type=wgs84');
    await page.getByRole('link', { name: '登录' }).last().click();
    const stationPath = new URL(page.url()).searchParams.get('next')!;
    await signIn(page, demo.memberZheng, stationPath, { waitForNext: true });
    await page.getByLabel('问题', { exact: true }).selectOption('AMENITY_MISSING');
    await page.getByLabel('缺少的设施').selectOption('WATER');
    await page.getByLabel('说明', { exact: true }).fill('饮水机没有热水');
    await page.getByRole('button', { name: '提交反馈' }).click();
    await page.getByText('已提交，站点所属工会将尽快处理。').waitFor();
    await screenshot(page, 'stations-2-detail-360');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await context.close();

    const desk = await browser.newContext({ baseURL: env.url, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const staff = await desk.newPage();
      await signIn(staff, demo.luoyangStaff, '/staff/stations', { waitForNext: true });
      const report = staff.locator('li[data-report]', { hasText: '饮水机没有热水' });
      await report.getByRole('button', { name: '受理' }).click();
      await staff.getByText('已受理。').waitFor();
      await report.getByLabel('处理结果').fill('已更换饮水机');
      await report.getByRole('button', { name: '办结' }).click();
      await staff.getByText(/已办结/).waitFor();
      await report.getByText('处理结果：已更换饮水机').waitFor();

      const row = staff.locator('li[data-station]', { hasText: nearest.name });
      await row.getByRole('button', { name: '检查' }).click();
      await row.getByLabel('药箱').uncheck();
      await row.getByLabel('现场照片').setInputFiles({ name: '现场.png', mimeType: 'image/png', buffer: fileOf(PNG_HEADER, 4000) });
      await row.getByLabel('检查说明').fill('急救药箱缺失');
      await row.getByRole('button', { name: '提交检查' }).click();
      await staff.getByText(/检查不合格（缺：药箱）/).waitFor();
      await staff.locator('li[data-station]', { hasText: nearest.name }).getByText('检查未通过').waitFor();
      await screenshot(staff, 'stations-3-staff-1280');
    } finally {
      await desk.close();
    }
    // The failed inspection shows in the public search too.
    const after = await env.anonymous.query(NEAR, { near: HERE, filter: { amenities: ['WATER', 'HEATING'], openNow: true }, first: 1 });
    expect(after.stationsNear.edges[0].node).toMatchObject({ name: nearest.name, inspectionFailed: true });
  }, 180_000);
});
