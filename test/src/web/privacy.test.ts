import { readFile } from 'node:fs/promises';
import { consents, users } from '@huigong/db';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MEMBER_PASSWORD, newMember } from '../accounts/member-fixture.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { WEB_DIST, ensureWebBuilt, launchBrowser, phone, screenshot, signIn } from './browser.ts';

let env: TestEnvironment;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  env = await createTestEnvironment({ env: { WEB_DIST, MESSAGE_POLL_MS: '0' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
});

const desktop = async () => {
  const context = await browser.newContext({ baseURL: env.url, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  context.setDefaultTimeout(15_000);
  return { context, page: await context.newPage() };
};

const noSideScroll = async (page: Page) =>
  expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);

describe('storefront: consent after a new version, legal texts, 账号与隐私', () => {
  test('at 360 px a member who accepted an older privacy policy is asked again before going on', async () => {
    // 杨帆 accepted the June privacy policy; December's is in force.
    const [user] = await env.db.select({ id: users.id }).from(users).where(eq(users.phone, demo.memberYang));
    await env.db.delete(consents).where(and(eq(consents.userId, user!.id), eq(consents.document, 'privacy_policy')));
    await env.db.insert(consents).values({ userId: user!.id, document: 'privacy_policy', version: '2026-06-01' });

    const { context, page } = await phone(browser, env.url);
    try {
      await signIn(page, demo.memberYang, '/wallet');
      await page.waitForURL((url) => url.pathname === '/consent');
      await page.getByRole('heading', { name: '请确认新版协议' }).waitFor();
      await page.getByText('您此前同意的是 2026-06-01 版').waitFor();
      expect(await page.getByRole('link', { name: '《惠工用户服务协议》' }).count()).toBe(0);
      // Other pages send back here until accepted.
      await page.goto('/offers');
      await page.waitForURL((url) => url.pathname === '/consent');
      await page.getByRole('button', { name: '同意并继续' }).click();
      await page.getByRole('alert').filter({ hasText: '请先勾选同意' }).waitFor();
      await noSideScroll(page);
      await screenshot(page, 'privacy-1-consent-prompt-360');
      await page.getByLabel(/我已阅读并同意/).check();
      await page.getByRole('button', { name: '同意并继续' }).click();
      await page.waitForURL((url) => url.pathname === '/offers');
      const pending = await (await env.as(demo.memberYang)).query(`{ me { pendingConsents { document } } }`);
      expect(pending.me.pendingConsents).toEqual([]);

      // The texts are pages of their own, every version.
      await page.goto('/legal/privacy-policy');
      await page.getByRole('heading', { name: '惠工个人信息保护政策' }).waitFor();
      await page.getByRole('heading', { name: '本版主要变化' }).waitFor();
      await page.getByRole('heading', { name: '六、您的权利' }).waitFor();
      await noSideScroll(page);
      await screenshot(page, 'privacy-2-policy-360');
      await page.getByRole('navigation', { name: '历史版本' }).getByRole('link', { name: '2026-06-01' }).click();
      await page.getByText('这是历史版本。').waitFor();
    } finally {
      await context.close();
    }
  });

  test('at 1280 px a member downloads their data, asks to close the account and changes their mind', async () => {
    const member = await newMember(env, '13566');
    const { context, page } = await desktop();
    try {
      await page.goto('/legal/user-agreement');
      await page.getByRole('heading', { name: '惠工用户服务协议' }).waitFor();
      await page.getByRole('heading', { name: '八、账号注销' }).waitFor();
      await screenshot(page, 'privacy-3-agreement-1280');

      await page.goto('/login?next=/me');
      await page.getByLabel('手机号').fill(member.phone);
      await page.getByLabel('密码').fill(MEMBER_PASSWORD);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL((url) => url.pathname === '/me');
      await page.getByRole('link', { name: /账号与隐私/ }).click();
      await page.getByRole('heading', { name: '账号与隐私' }).waitFor();
      await page.getByRole('heading', { name: '依法保留的信息' }).waitFor();

      await page.getByRole('button', { name: '生成下载文件' }).click();
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-link').click()]);
      expect(download.suggestedFilename()).toMatch(/^huigong-personal-data-.*\.json$/);
      const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
      expect(file.account.phone).toBe(member.phone);
      expect(file.memberCard.card_number).toBe(member.cardNumber);

      await page.getByRole('button', { name: '申请注销账号' }).click();
      await page.getByLabel('登录密码').fill('not my password');
      await page.getByRole('button', { name: '确认申请注销' }).click();
      await page.getByRole('alert').filter({ hasText: '手机号或密码不正确' }).waitFor();
      await page.getByLabel('登录密码').fill(MEMBER_PASSWORD);
      await page.getByRole('button', { name: '确认申请注销' }).click();
      await page.getByTestId('closure-pending').waitFor();
      await page.getByText(/已提交注销申请，将于 .* 生效/).waitFor();
      await screenshot(page, 'privacy-4-closure-pending-1280');
      expect((await member.client.query(`{ me { accountClosure { status } } }`)).me.accountClosure.status).toBe('PENDING');

      await page.getByRole('button', { name: '撤销注销申请' }).click();
      await page.getByText('已撤销注销申请，账号继续正常使用').waitFor();
      expect((await member.client.query(`{ me { accountClosure { status } } }`)).me.accountClosure).toBeNull();
    } finally {
      await context.close();
    }
  });

  test('the pages fit 360 px and 1280 px', async () => {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({ baseURL: env.url, viewport: { width, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const page = await context.newPage();
      try {
        await signIn(page, demo.memberWang, '/me/privacy', { waitForNext: true });
        await page.getByRole('heading', { name: '账号与隐私' }).waitFor();
        await noSideScroll(page);
        await screenshot(page, `privacy-5-page-${width}`);
        await page.goto('/legal/user-agreement');
        await page.getByRole('heading', { name: '一、协议的范围' }).waitFor();
        await noSideScroll(page);
      } finally {
        await context.close();
      }
    }
  });
});
