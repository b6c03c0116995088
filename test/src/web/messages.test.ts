import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CANCEL, CREATE_COMPETITION, REGISTER, competitionInput } from '../competitions/fixtures.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { startFakeAliyunSms } from '../support/fake-aliyun-sms.ts';
import { WEB_DIST, ensureWebBuilt, launchBrowser, phone, screenshot } from './browser.ts';

let env: TestEnvironment;
let browser: Browser;
let sms: Awaited<ReturnType<typeof startFakeAliyunSms>>;

beforeAll(async () => {
  await ensureWebBuilt();
  sms = await startFakeAliyunSms();
  env = await createTestEnvironment({ env: { WEB_DIST, ...sms.env, MESSAGE_POLL_MS: '0' } });
  browser = await launchBrowser();
  // A one-seat event: 张桂兰 takes the seat, 李建国 waits; she withdraws and he is offered the seat.
  const staff = await env.as(demo.luoyangStaff);
  const luoyangId = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
  const input = competitionInput(luoyangId, {
    title: '洛阳市职工电工技能比武',
    events: [{ name: '维修电工（个人）', kind: 'INDIVIDUAL', capacity: 1, prizes: [] }],
  });
  const eventId = (await staff.query(CREATE_COMPETITION, { input })).createCompetition.competition.events.nodes[0].id;
  const zhang = await env.as(demo.memberZhang);
  const entry = (await zhang.query(REGISTER, { input: { event: eventId } })).registerForCompetitionEvent.entry;
  await (await env.as(demo.memberLi)).query(REGISTER, { input: { event: eventId } });
  await zhang.query(CANCEL, { input: { entry: entry.id } });
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
  await sms?.close();
});

describe('storefront: SMS code login, inbox, password reset', () => {
  test('at 360 px a member signs in with a code and finds the seat offer in the inbox', async () => {
    const { context, page } = await phone(browser, env.url);
    try {
      await page.goto('/login');
      await page.getByRole('link', { name: '短信验证码登录' }).click();
      await page.getByLabel('手机号').fill(demo.memberLi);
      await page.getByRole('button', { name: '获取验证码' }).click();
      await page.getByText('验证码已发送，5 分钟内有效').waitFor();
      expect(await page.getByRole('button', { name: /秒后重发/ }).isDisabled()).toBe(true);
      // A wrong code first: a typed error with its message.
      await page.getByLabel('验证码').fill('000000' === sms.codeFor(demo.memberLi) ? '111111' : '000000');
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.getByRole('alert').filter({ hasText: '验证码不正确或已失效' }).waitFor();
      await screenshot(page, 'messages-1-code-login-360');
      await page.getByLabel('验证码').fill(sms.codeFor(demo.memberLi));
      await page.getByRole('button', { name: '登录', exact: true }).click();
      await page.waitForURL((url) => url.pathname === '/me');
      const nav = page.getByRole('navigation', { name: '主导航' });
      const inboxLink = nav.getByRole('link', { name: /消息/ });
      await inboxLink.getByText('1', { exact: true }).waitFor();
      await inboxLink.click();
      const offer = page.locator('.message[data-kind="SEAT_OFFERED"]');
      await offer.waitFor();
      expect(await offer.getAttribute('data-unread')).toBe('true');
      expect(await offer.textContent()).toMatch(/洛阳市职工电工技能比武·维修电工（个人）.*请在 \d{1,2}月\d{1,2}日 \d{2}:\d{2} 前确认/);
      await screenshot(page, 'messages-2-inbox-360');
      await page.getByRole('button', { name: '全部标为已读' }).click();
      await page.getByText('没有未读消息').waitFor();
      expect(await inboxLink.locator('.count').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  test('at 1280 px a member resets a forgotten password by SMS', async () => {
    const context = await browser.newContext({ baseURL: env.url, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    try {
      await page.goto('/login');
      await page.getByRole('link', { name: '忘记密码' }).click();
      await page.getByLabel('手机号').fill(demo.memberWang);
      await page.getByRole('button', { name: '获取验证码' }).click();
      await page.getByText('验证码已发送，5 分钟内有效').waitFor();
      await page.getByLabel('验证码').fill(sms.codeFor(demo.memberWang));
      await page.getByLabel('新密码').fill('short');
      await page.getByRole('button', { name: '设置新密码并登录' }).click();
      await page.getByText('密码至少 8 位').first().waitFor();
      await screenshot(page, 'messages-3-reset-1280');
      await page.getByLabel('新密码').fill('Wangxiuying@2027');
      await page.getByRole('button', { name: '设置新密码并登录' }).click();
      await page.waitForURL((url) => url.pathname === '/me');
      await page.getByRole('heading', { name: '王秀英' }).waitFor();
      await screenshot(page, 'messages-4-after-reset-1280');
      await env.as(demo.memberWang, 'Wangxiuying@2027');
    } finally {
      await context.close();
    }
  });
});
