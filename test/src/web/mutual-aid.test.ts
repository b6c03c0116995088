import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fileOf, PNG_HEADER } from '../files/uploads.ts';
import { insertMembers } from '../mutual_aid/fixtures.ts';
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

const daysAgo = (n: number) => new Date(Date.now() + 8 * 3600_000 - n * 86_400_000).toISOString().slice(0, 10);

describe('storefront: medical mutual aid', () => {
  test('a unit enrols from a list at 360 px (row report, then fixed), a member files with a photo, the city valuates and pays at 1280 px', async () => {
    const people = await insertMembers(env.db, 'G410302001', 4, 7);

    // The unit's staff uploads the list on the phone: one bad row refuses the batch with its reason.
    const unit = await phone(browser, env.url);
    await signIn(unit.page, demo.laochengGrassrootsStaff, '/staff/mutual-aid', { waitForNext: true });
    const form = unit.page.getByRole('form', { name: '集体参保' });
    await form.waitFor();
    const rows = people.map((p) => `${p.card},${p.name}`);
    await form.getByLabel(/或粘贴名单/).fill(['卡号,姓名', ...rows.slice(0, 3), `${rows[3]!.split(',')[0]},错误姓名`].join('\n'));
    await form.getByRole('button', { name: '上传名单并参保' }).click();
    const report = unit.page.getByRole('region', { name: '名单校验报告' });
    await report.waitFor();
    expect(await report.locator('tr[data-code]').count()).toBe(1);
    expect(await report.locator('tr[data-code="NAME_MISMATCH"] td').first().textContent()).toBe('4');
    await screenshot(unit.page, 'mutual-aid-1-row-report-360');
    expect(await unit.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    const draft = unit.page.locator('li[data-enrolment]', { has: unit.page.getByRole('button', { name: '重新上传名单并提交' }) });
    await draft.getByLabel(/或粘贴名单/).fill(rows.join('\n'));
    await draft.getByRole('button', { name: '重新上传名单并提交' }).click();
    await unit.page.getByText('已参保 4 人，应缴互助金 ¥240。').waitFor();
    await unit.context.close();

    // A member with a running cover files from the phone with a photo of the settlement.
    const member = await phone(browser, env.url);
    const page = member.page;
    await signIn(page, demo.memberZhang, '/mutual-aid', { waitForNext: true });
    await page.getByRole('region', { name: '我的互助保障' }).getByText('保障中').waitFor();
    await page.getByLabel('医院').fill('洛阳市中心医院');
    await page.getByLabel('入院日期').fill(daysAgo(8));
    await page.getByLabel('出院日期').fill(daysAgo(3));
    await page.getByLabel(/住院总费用/).fill('18000');
    await page.getByLabel(/社保已报销/).fill('11000');
    await page.getByLabel(/结算单等材料照片/).setInputFiles({ name: '结算单.png', mimeType: 'image/png', buffer: fileOf(PNG_HEADER, 4096) });
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('互助金申请已提交，等待工会审核材料。').waitFor();
    await page.locator('li[data-claim]', { hasText: '洛阳市中心医院' }).getByText('已提交，待审核材料').waitFor();
    await screenshot(page, 'mutual-aid-2-filed-360');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    // The city's office works the queue at a desk: the seeded checked claim (¥15,200 self-paid) is valuated by the rules.
    const desk = await browser.newContext({ baseURL: env.url, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const staff = await desk.newPage();
      await signIn(staff, demo.luoyangStaff, '/staff/mutual-aid', { waitForNext: true });
      const premium = staff.locator('li[data-enrolment]', { has: staff.getByRole('button', { name: '登记到账' }) }).first();
      await premium.getByLabel('转账流水号').fill('ICBC-LY-0001');
      await premium.getByRole('button', { name: '登记到账' }).click();
      await staff.getByText('已登记互助金到账，保障生效').waitFor();

      const row = staff.locator('li[data-claim]', { has: staff.getByRole('button', { name: '核算' }) }).first();
      const id = await row.getAttribute('data-claim');
      await row.getByRole('button', { name: '核算' }).click();
      await staff.getByText('已按方案核算').waitFor();
      const claim = staff.locator(`li[data-claim="${id}"]`);
      // ¥15,200 − ¥1,000 deductible: ¥10,000 × 50% + ¥4,200 × 60%.
      expect(await claim.locator('.amount').textContent()).toBe('¥7,520');
      expect(await claim.getByRole('table', { name: '核算说明' }).locator('tr').count()).toBe(5);
      await claim.getByRole('button', { name: '审批通过' }).click();
      await staff.getByText('已审批', { exact: true }).waitFor();
      await claim.getByLabel('支付流水号').fill('MA-LY-7520');
      await claim.getByRole('button', { name: '登记支付' }).click();
      await staff.getByText('已登记支付').waitFor();
      await screenshot(staff, 'mutual-aid-3-queue-1280');

      await staff.getByRole('link', { name: '统计' }).first().click();
      await staff.getByRole('heading', { name: /职工医疗互助统计 · 洛阳市总工会/ }).waitFor();
      // 12 seeded payouts of ¥1,465 and this one.
      await staff.getByText('理赔 13 人次').waitFor();
      await screenshot(staff, 'mutual-aid-4-figures-1280');
    } finally {
      await desk.close();
    }
    await member.context.close();
  }, 240_000);
});
