import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { demo } from '../support/demo.ts';
import { DEMO_PASSWORD } from '@huigong/db/seed/demo';
import { startFakeAliyunSms } from '../support/fake-aliyun-sms.ts';
import { WEB_DIST, cardNumber, ensureWebBuilt, launchBrowser, phone, screenshot } from './browser.ts';

let env: TestEnvironment;
let sms: Awaited<ReturnType<typeof startFakeAliyunSms>>;
let browser: Browser;

beforeAll(async () => {
  await ensureWebBuilt();
  sms = await startFakeAliyunSms();
  env = await createTestEnvironment({ env: { WEB_DIST, ...sms.env } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
  await sms?.close();
});

describe('storefront: competitions', () => {
  test('the first page shows usable content after a single GraphQL request', async () => {
    const { context, page } = await phone(browser, env.url);
    const operations: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') operations.push(request.postData() ?? '');
    });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: '洛阳市职工焊工技能大赛' }).waitFor();
    expect(operations).toHaveLength(1);
    expect(operations[0]).toContain('query HomePage');
    await screenshot(page, 'home');
    await context.close();
  });

  test('a new member signs up with a member card, registers, is checked in and scored by staff, and verifies the certificate', async () => {
    const member = await phone(browser, env.url);
    const page = member.page;
    const card = cardNumber('623100410305777');
    const wrongCard = card.slice(0, -1) + String((Number(card.at(-1)) + 1) % 10);

    // Sign up, choosing the grassroots union down the tree; the first try has a bad check digit.
    await page.goto('/signup');
    await page.getByLabel('手机号').fill('13912340001');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await page.getByText('验证码已发送，5 分钟内有效').waitFor();
    await page.getByLabel('验证码').fill(sms.codeFor('13912340001'));
    await page.getByLabel('密码').fill('hanjie-2026');
    await page.getByLabel('昵称').fill('小焊工');
    await page.getByLabel('真实姓名').fill('韩杰');
    await page.getByLabel('会员卡号').fill(wrongCard);
    await page.getByLabel('出生日期').fill('1992-04-18');
    await page.getByLabel('省总工会', { exact: true }).selectOption({ label: '河南省总工会' });
    await page.getByLabel('市总工会', { exact: true }).selectOption({ label: '洛阳市总工会' });
    await page.getByLabel('区/县总工会', { exact: true }).selectOption({ label: '洛阳市涧西区总工会' });
    await page.getByLabel('基层工会', { exact: true }).selectOption({ label: '中国一拖集团有限公司工会' });
    await page.getByText('已选择：中国一拖集团有限公司工会').waitFor();
    await page.getByRole('button', { name: '注册', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: '会员卡号校验位不正确' }).waitFor();
    expect(await alert.getAttribute('data-code')).toBe('INVALID_INPUT');
    await screenshot(page, 'competitions-1-signup-error');

    await page.getByLabel('会员卡号').fill(card);
    // Not without agreeing to the user agreement and privacy policy (PIPL).
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: '请阅读并同意' }).waitFor();
    await page.getByLabel(/我已阅读并同意/).check();
    await screenshot(page, 'competitions-1b-signup-consent');
    await page.getByRole('button', { name: '注册', exact: true }).click();
    await page.locator('.member-card').waitFor();
    expect(await page.getByTestId('card-number').textContent()).toBe(card.replace(/(\d{4})(?=\d)/g, '$1 '));
    expect(await page.locator('.member-card').textContent()).toContain('中国一拖集团有限公司工会');
    await screenshot(page, 'competitions-2-member-card');

    // Register for the individual event of the seeded competition.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '竞赛', exact: true }).click();
    await page.getByRole('link', { name: '洛阳市职工焊工技能大赛' }).first().click();
    const individual = page.locator('article.event', { hasText: '焊条电弧焊（个人）' });
    await individual.getByRole('button', { name: '立即报名' }).click();
    await individual.locator('.notice', { hasText: '报名成功' }).waitFor();
    await individual.locator('article.entry[data-status="CONFIRMED"]').waitFor();
    const code = (await individual.getByTestId('check-in-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6,}$/);
    await screenshot(page, 'competitions-3-registered');

    // Union staff check the member in, record a score and publish the results, in their own browser.
    const staff = await phone(browser, env.url);
    const desk = staff.page;
    desk.on('dialog', (dialog) => void dialog.accept());
    await desk.goto('/login?next=/staff/competitions');
    await desk.getByLabel('手机号').fill(demo.luoyangStaff);
    await desk.getByLabel('密码').fill(DEMO_PASSWORD);
    await desk.getByRole('button', { name: '登录' }).click();
    await desk.getByRole('heading', { name: '竞赛管理' }).waitFor();
    await desk.getByRole('link', { name: '焊条电弧焊（个人）' }).first().click();
    await desk.getByLabel('签到码').fill(code);
    await desk.getByRole('button', { name: '签到', exact: true }).click();
    await desk.locator('.notice', { hasText: `签到成功：${code}` }).waitFor();
    const entry = desk.locator('article.entry', { hasText: '韩杰' });
    await entry.getByLabel('成绩').fill('96.50');
    await entry.getByLabel('用时（秒）').fill('1520');
    await entry.getByRole('button', { name: '录入成绩' }).click();
    await entry.locator('.notice', { hasText: '成绩已录入' }).waitFor();
    await desk.getByRole('button', { name: '公布成绩' }).click();
    await desk.getByRole('link', { name: '查看公布的成绩' }).waitFor();
    await screenshot(desk, 'competitions-4-staff-event');
    await staff.context.close();

    // The member sees the result and checks the certificate by its number.
    await page.goto('/me/competitions');
    const certificate = page.locator('#certs ~ ul .card, section[aria-labelledby="certs"] .card').first();
    await certificate.waitFor();
    expect(await certificate.textContent()).toContain('一等奖');
    await page.locator('article.entry', { hasText: '焊条电弧焊（个人）' }).getByRole('link', { name: '查看成绩公布' }).click();
    const row = page.getByRole('row', { name: /韩杰/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('一等奖');
    await screenshot(page, 'competitions-5-results');
    await page.goBack();
    await certificate.getByRole('link').click();
    await page.getByText('证书真实有效').waitFor();
    expect(await page.locator('.certificate').textContent()).toContain('韩杰');
    await screenshot(page, 'competitions-6-certificate');

    // A number that does not exist is reported, not shown as valid.
    await page.getByLabel('证书编号').fill('NO-SUCH-CERT');
    await page.getByRole('button', { name: '查验' }).click();
    await page.getByRole('alert').filter({ hasText: '未找到编号为 NO-SUCH-CERT 的证书' }).waitFor();
    await member.context.close();
  });

  test('a member sees the typed login error, signs in, accepts a team invitation and signs out', async () => {
    const { context, page } = await phone(browser, env.url);
    await page.goto('/login');
    await page.getByLabel('手机号').fill('13900000004');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '手机号或密码不正确' }).waitFor();

    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator('.member-card').waitFor();
    await page.getByRole('link', { name: /我的竞赛/ }).click();
    const invitation = page.locator('[data-invitation]', { hasText: '一拖焊接突击队' });
    await invitation.getByRole('button', { name: '接受邀请' }).click();
    const team = page.locator('article.entry', { hasText: '一拖焊接突击队' });
    await team.waitFor();
    expect(await team.textContent()).toContain('刘洋（队员，已加入）');
    expect(await page.locator('[data-invitation]').count()).toBe(0);
    await screenshot(page, 'competitions-7-team');

    await page.getByRole('link', { name: '我的', exact: true }).click();
    await page.getByRole('link', { name: '退出登录' }).click();
    await page.getByRole('heading', { name: '已退出登录' }).waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '登录' }).waitFor();
    await context.close();
  });
});
