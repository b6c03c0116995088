import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CONFIRM, ok, VERIFY, VERIFY_AID } from '../hardship/fixtures.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { fileOf, PDF_HEADER, PNG_HEADER } from '../files/uploads.ts';
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

describe('storefront: hardship register and aid', () => {
  test('a member files at 360 px, three levels confirm, she applies for living aid; the city approves and pays at 1280 px', async () => {
    const member = await phone(browser, env.url);
    const page = member.page;
    await signIn(page, demo.memberZheng, '/hardship', { waitForNext: true });
    await page.getByRole('heading', { name: '申报困难职工档案' }).waitFor();
    await page.getByLabel('致困原因').selectOption('ILLNESS');
    await page.getByLabel('情况说明').fill('母亲患病长期住院');
    await page.getByLabel(/成员1姓名/).fill('郑红梅');
    await page.getByLabel('年龄').first().fill('28');
    await page.getByLabel(/家庭人均月收入/).fill('abc');
    await page.getByLabel(/当地最低生活保障标准/).fill('620');
    await page.getByLabel('住房情况').selectOption('RENTED');
    // A typed validation error first, with the API's zh-CN message.
    await page.getByRole('button', { name: '提交申报' }).click();
    expect(await page.getByRole('alert').getAttribute('data-code')).toBe('INVALID_INPUT');
    await page.getByLabel(/家庭人均月收入/).fill('520');
    // The documents are uploaded with the file: a PDF income proof and a photo of the diagnosis.
    await page.getByLabel('收入证明').setInputFiles({ name: '收入证明.pdf', mimeType: 'application/pdf', buffer: fileOf(PDF_HEADER, 30_000) });
    await page.getByLabel(/致困证明/).setInputFiles({ name: '诊断证明.png', mimeType: 'image/png', buffer: fileOf(PNG_HEADER, 9_000) });
    await page.getByRole('button', { name: '提交申报' }).click();
    await page.getByText('已申报，待基层工会核实').waitFor();
    const documents = page.getByRole('list', { name: '证明材料' });
    await documents.getByRole('button', { name: '收入证明.pdf' }).waitFor();
    expect(await documents.locator('li').allTextContents()).toEqual([expect.stringContaining('收入证明'), expect.stringContaining('诊断证明、病历')]);
    const saved = page.waitForEvent('download');
    await documents.getByRole('button', { name: '诊断证明.png' }).click();
    expect((await saved).suggestedFilename()).toBe('诊断证明.png');
    await screenshot(page, 'hardship-1-filed-360');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    // The grassroots union verifies; city, province and national confirm (over HTTP, as their staff would).
    const file = (await (await env.as(demo.memberZheng)).query(`{ myHardshipFiles(first: 1) { nodes { id } } }`)).myHardshipFiles.nodes[0];
    await ok(await env.as(demo.laochengGrassrootsStaff), VERIFY, { file: file.id });
    await ok(await env.as(demo.luoyangStaff), CONFIRM, { file: file.id });
    await ok(await env.as(demo.henanStaff), CONFIRM, { file: file.id });
    await ok(await env.as(demo.nationalStaff), CONFIRM, { file: file.id });

    await page.reload();
    await page.getByText('已认定入库').waitFor();
    await page.getByRole('heading', { name: '申请帮扶' }).waitFor();
    const options = await page.getByLabel('帮扶项目').locator('option').allTextContents();
    const living = options.find((o) => o.includes('生活救助') && o.includes('¥5,000'));
    expect(living).toBeTruthy();
    await page.getByLabel('帮扶项目').selectOption({ label: living! });
    await page.getByLabel('申请金额（元）').fill('2000');
    await page.getByLabel('申请事由').fill('母亲住院，家庭生活困难');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('帮扶申请已提交，等待基层工会核实。').waitFor();
    await screenshot(page, 'hardship-2-applied-360');

    const application = (await (await env.as(demo.memberZheng)).query(`{ myHardshipAidApplications(first: 1) { nodes { id } } }`))
      .myHardshipAidApplications.nodes[0];
    await ok(await env.as(demo.laochengGrassrootsStaff), VERIFY_AID, { application: application.id });

    const desk = await browser.newContext({ baseURL: env.url, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const staff = await desk.newPage();
      await signIn(staff, demo.luoyangStaff, '/staff/hardship', { waitForNext: true });
      const row = staff.locator(`li[data-aid]`, { hasText: '郑红梅' });
      await row.getByRole('button', { name: '审批通过' }).click();
      await staff.getByText('已审批', { exact: true }).waitFor();
      await row.getByLabel('发放流水号').fill('LY2026120300099');
      await row.getByRole('button', { name: '登记发放' }).click();
      await staff.getByText('已登记发放').waitFor();
      await screenshot(staff, 'hardship-3-staff-1280');
      await staff.getByRole('link', { name: '统计' }).click();
      await staff.getByRole('heading', { name: /困难帮扶统计 · 洛阳市总工会/ }).waitFor();
      expect(await staff.locator('tbody tr').count()).toBe(4);
      await screenshot(staff, 'hardship-4-figures-1280');
    } finally {
      await desk.close();
    }

    await page.reload();
    await page.locator('.aid[data-status="PAID"]').waitFor();
    expect(await page.locator('.aid[data-status="PAID"] .status').first().textContent()).toBe('已发放');
    await member.context.close();
  }, 240_000);
});
