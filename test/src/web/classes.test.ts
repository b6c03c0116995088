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

describe('storefront: classes', () => {
  test('at 360 px a member enrols in the photography class, the teacher calls the roll, staff claim the summer subsidy', async () => {
    // A member finds the free photography course and takes a seat.
    const member = await phone(browser, env.url);
    await signIn(member.page, demo.memberZheng, '/classes', { waitForNext: true });
    const photo = member.page.getByRole('form', { name: '报名 摄影基础班（三个月）' });
    await photo.getByRole('button', { name: '报名' }).click();
    await member.page.getByText('报名成功：郑红梅 已录取。').waitFor();
    await member.page.getByRole('region', { name: '我的报名' }).getByText('已录取').waitFor();
    await screenshot(member.page, 'classes-1-member-360');
    expect(await member.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await member.context.close();

    // The teacher of the summer class calls the roll of the day on the phone.
    const teacher = await phone(browser, env.url);
    await signIn(teacher.page, demo.jianxiStaff, '/classes/teach', { waitForNext: true });
    const roll = teacher.page.getByRole('form', { name: '点名 第6天' });
    await roll.waitFor();
    await roll.getByLabel('刘子涵 的接送人').selectOption('王秀英');
    await roll.getByLabel('郭小宝 的接送人').selectOption('张桂兰');
    await screenshot(teacher.page, 'classes-2-roll-call-360');
    await roll.getByRole('button', { name: '保存点名' }).click();
    await teacher.page.getByText('点名已保存。').waitFor();
    expect(await teacher.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await teacher.context.close();

    // The city's staff see the figures and claim the summer class's subsidy (attendance above 70 %, no open incident).
    const staff = await phone(browser, env.url);
    await signIn(staff.page, demo.luoyangStaff, '/staff/classes', { waitForNext: true });
    const summer = staff.page.getByRole('region', { name: '职工子女暑托班（涧西区一期）' });
    await summer.getByRole('button', { name: /申请补助/ }).click();
    await staff.page.getByText('补助已申请。').waitFor();
    await summer.getByText(/已申请补助 ¥30,000/).waitFor();
    await staff.page.getByRole('region', { name: '统计' }).getByText(/已申请补助 1 班/).waitFor();
    await screenshot(staff.page, 'classes-3-staff-360');
    expect(await staff.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await staff.context.close();
  }, 180_000);
});
