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


const pdf = (name: string) => ({ name, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`) });

describe('storefront: grants', () => {
  test('a master craftsman applies with budget lines and documents; staff start screening and see why review cannot start yet', async () => {
    const member = await phone(browser, env.url);
    const page = member.page;
    page.on('dialog', (dialog) => void dialog.accept());
    // He first withdraws the application he already has in this call (one live application each).
    await signIn(page, '13960000003', '/me/grants');
    const previous = page.locator('.grant-application', { hasText: '陈海涛发动机装调工作室' });
    await previous.getByRole('button', { name: '撤回' }).click();
    await page.locator('.grant-application[data-status="WITHDRAWN"]', { hasText: '陈海涛发动机装调工作室' }).waitFor();

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '资助', exact: true }).click();
    await page.getByRole('link', { name: '2026年度齐鲁工匠创新工作室建设资助' }).click();
    await page.getByRole('heading', { name: '申请' }).waitFor();

    await page.getByLabel(/齐鲁大工匠/).check();
    await page.getByLabel(/^工作室名称\*?$/).fill('陈海涛智能焊接创新工作室');
    await page.getByLabel(/^所在企业\*?$/).fill('济南二机床集团有限公司');
    await page.getByLabel(/^工种\*?$/).fill('焊工');
    await page.getByLabel('申请金额（元）').fill('250000');
    await page.getByLabel(/^建设计划\*?$/).fill('建设机器人焊接实训线，三年培养高级技师 10 名，攻关厚板焊接变形控制。');
    await page.getByLabel('项目 1').fill('焊接机器人工作站');
    await page.getByLabel('金额（元）', { exact: true }).fill('150000');
    await page.getByLabel('姓名 1').fill('赵磊');
    await page.getByLabel('分工').fill('技术骨干');
    await page.getByLabel('取得重大技术突破').check();
    const uploads = page.locator('input[type=file]');
    for (let i = 0; i < (await uploads.count()); i += 1) await uploads.nth(i).setInputFiles(pdf(`material-${i}.pdf`));
    await page.getByLabel(/本人承诺符合上述申报条件/).check();

    // Budget lines that do not add up to the amount are refused with the API's typed error.
    await page.getByRole('button', { name: '提交申请' }).click();
    const refused = page.getByRole('alert');
    await refused.waitFor();
    expect(await refused.getAttribute('data-code')).toBe('BUDGET_LINES_MISMATCH');

    await page.getByRole('button', { name: '添加一行' }).first().click();
    await page.getByLabel('项目 2').fill('人才培养与技术交流');
    await page.getByLabel('金额（元）', { exact: true }).nth(1).fill('100000');
    await page.getByRole('status').filter({ hasText: '合计：¥250,000' }).waitFor();
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.locator('.grant-application[data-status="SUBMITTED"]').waitFor();
    await screenshot(page, 'grants-1-submitted');
    await member.context.close();

    // Union staff of Shandong start screening; sending to review needs reviewers first.
    const office = await phone(browser, env.url);
    const desk = office.page;
    await signIn(desk, demo.shandongStaff, '/staff/grants');
    await desk.getByRole('link', { name: '2026年度齐鲁工匠创新工作室建设资助' }).click();
    const application = desk.locator('article', { hasText: '陈海涛智能焊接创新工作室' });
    await application.getByRole('button', { name: '开始形式审查' }).click();
    await desk.locator('article[data-status="SCREENING"]', { hasText: '陈海涛智能焊接创新工作室' }).waitFor();
    await application.getByRole('button', { name: '送交专家评审' }).click();
    const notYet = application.getByRole('alert');
    await notYet.waitFor();
    expect(await notYet.getAttribute('data-code')).toBe('NOT_ENOUGH_REVIEWERS');
    await screenshot(desk, 'grants-2-staff');
    await office.context.close();
  });
});
