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

describe('storefront: jobs', () => {
  test('a member finds a welding job by a Chinese search and applies; the employer moves it to interviewing', async () => {
    const member = await phone(browser, env.url);
    const page = member.page;
    await signIn(page, demo.memberWang, '/jobs');
    await page.getByLabel('搜索岗位').fill('电焊');
    await page.getByRole('button', { name: '搜索' }).click();
    await page.waitForURL(/\/jobs\?q=/);
    await page.getByRole('status').filter({ hasText: '共 1 个岗位' }).waitFor();
    await page.getByRole('link', { name: '电焊工（二氧化碳保护焊）' }).click();
    await page.getByRole('heading', { name: '电焊工（二氧化碳保护焊）' }).waitFor();

    // The posting's schema.org JSON-LD is in the page for search engines.
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd['@type']).toBe('JobPosting');
    expect(jsonLd.title).toBe('电焊工（二氧化碳保护焊）');

    await page.getByLabel('工作经历').fill('焊工 5 年');
    await page.getByLabel('技能').fill('二氧化碳保护焊，识图');
    await page.getByRole('button', { name: '投递申请' }).click();
    await page.locator('.application-status[data-status="SUBMITTED"]').waitFor();
    await screenshot(page, 'jobs-1-applied');

    // The employer, in its own browser, sees the application and invites the member to interview.
    const employer = await phone(browser, env.url);
    const desk = employer.page;
    desk.on('dialog', (dialog) => void dialog.accept());
    await signIn(desk, '13600000001', '/employer');
    await desk.getByRole('link', { name: '电焊工（二氧化碳保护焊）' }).click();
    const application = desk.locator('article.application', { hasText: '王秀英' });
    expect(await application.textContent()).toContain('焊工 5 年');
    await application.getByRole('button', { name: '安排面试' }).click();
    await desk.locator('article.application[data-status="INTERVIEWING"]', { hasText: '王秀英' }).waitFor();
    await screenshot(desk, 'jobs-2-employer');
    await employer.context.close();

    await page.goto('/me/jobs');
    const mine = page.locator('[data-application]', { hasText: '电焊工（二氧化碳保护焊）' });
    await mine.locator('.application-status[data-status="INTERVIEWING"]').waitFor();
    expect(await mine.textContent()).toContain('面试中');
    await screenshot(page, 'jobs-3-my-applications');

    // The posting page shows the same progress instead of the application form.
    await mine.getByRole('link').click();
    await page.locator('.application-status[data-status="INTERVIEWING"]').waitFor();
    expect(await page.getByRole('button', { name: '投递申请' }).count()).toBe(0);
    await member.context.close();
  });
});
