import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { STAFF } from '../congress/fixtures.ts';
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

describe('storefront: the online workers’ congress', () => {
  test('a group leader in the presidium reads the draft paragraph by paragraph, adds an opinion, summarises for the group and answers another group at 360 px', async () => {
    const delegate = await phone(browser, env.url);
    const page = delegate.page;
    await signIn(page, demo.memberYang, '/congress', { waitForNext: true });
    await page.getByRole('link', { name: /第六届职工代表大会第一次会议/ }).click();
    await page.getByRole('heading', { name: /第六届职工代表大会第一次会议/ }).waitFor();
    const draft = page.locator('details[data-document]', { hasText: '《职工休假管理办法》（草案）' });
    await draft.locator('summary').click();
    // 杨帆 is in the presidium: the opinions of every group are under their paragraphs.
    const third = draft.locator('li[data-paragraph="3"]');
    await third.getByText(/刘晓燕（内科组）/).waitFor();
    await third.getByText(/孙建华（护理组）/).waitFor();
    await draft.locator('li[data-paragraph="2"]').getByText(/陈立新（外科组）/).waitFor();

    const first = draft.locator('li[data-paragraph="1"]');
    await first.getByLabel('修改意见（第 1 段）').fill('建议在本条写明“依据《职工带薪年休假条例》”。');
    await first.getByRole('button', { name: '提出意见' }).click();
    await page.getByText('意见已提交，本组组长将汇总').waitFor();
    await expect.poll(() => first.getByRole('form', { name: '修改我对第 1 段的意见' }).count()).toBe(1);
    expect(await first.getByLabel('修改意见（第 1 段）').count()).toBe(0);

    await draft.getByLabel('汇总本组代表的意见，提交主席团').fill('内科组 2 名代表：第一条写明依据的条例；第三条“24 小时”自夜班结束时起算。');
    await draft.getByRole('button', { name: '提交汇总' }).click();
    await page.getByText('本组汇总已提交主席团').waitFor();
    await draft.locator('li[data-group="内科组"]').getByText(/第三条“24 小时”自夜班结束时起算/).waitFor();

    const surgery = draft.locator('li[data-group="外科组"]');
    await surgery.getByLabel('书面答复').fill('主席团采纳：第二条增加“年休假可分两次休完”。');
    await surgery.getByRole('button', { name: '提交答复' }).click();
    await page.getByText('答复已提交').waitFor();
    await surgery.getByText(/书面答复：主席团采纳/).waitFor();
    await screenshot(page, 'congress-0-opinions-360');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await delegate.context.close();
  }, 120_000);

  test('a delegate votes and co-signs at 360 px; staff tally, answer and close at 1280 px; the result is on the public page', async () => {
    const delegate = await phone(browser, env.url);
    const page = delegate.page;
    await signIn(page, demo.memberYang, '/congress', { waitForNext: true });
    await page.getByRole('link', { name: /第六届职工代表大会第一次会议/ }).click();
    await page.getByRole('heading', { name: /第六届职工代表大会第一次会议/ }).waitFor();
    // The rule is on the page before the vote.
    await page.getByText(/赞成票超过全体代表半数（5 票及以上）为通过/).first().waitFor();
    await page.getByRole('group', { name: '投票' }).getByRole('button', { name: '赞成' }).click();
    await page.getByRole('heading', { name: '您的选票已计入' }).waitFor();
    await page.getByText('您的选择：赞成').waitFor();
    await screenshot(page, 'congress-1-voted-360');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: '返回大会' }).click();
    await page.getByText('您已投票').waitFor();
    expect(await page.getByRole('group', { name: '投票' }).count()).toBe(0);

    // The canteen motion: 杨帆 co-signs (the second co-signer), then as presidium accepts it.
    const motion = page.locator('li[data-motion]', { hasText: '关于职工食堂延长夜间供餐时间的提案' });
    await motion.getByRole('button', { name: '附议' }).click();
    await page.getByText('已附议', { exact: true }).waitFor();
    await motion.getByLabel('审查理由').fill('涉及一线职工切身利益，予以立案');
    await motion.getByRole('button', { name: '立案', exact: true }).click();
    await motion.getByText('已立案，待答复').waitFor();
    await screenshot(page, 'congress-2-motion-360');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);

    const desk = await browser.newContext({ baseURL: env.url, viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    try {
      const staff = await desk.newPage();
      await signIn(staff, STAFF, '/staff/congress', { waitForNext: true });
      await staff.getByRole('link', { name: /第六届职工代表大会第一次会议/ }).click();
      await staff.getByRole('heading', { name: /第六届职工代表大会第一次会议/ }).waitFor();
      const vote = staff.locator('li[data-resolution]', { hasText: '关于《职工休假管理办法》的决议' });
      await vote.getByRole('button', { name: '结束表决并计票' }).click();
      await vote.getByText('已通过').waitFor();
      await vote.getByText(/赞成 5 · 反对 1 · 弃权 0/).waitFor();
      const answer = staff.locator('li[data-motion]', { hasText: '关于职工食堂延长夜间供餐时间的提案' });
      await answer.getByLabel('行政方书面答复').fill('后勤保障部已调整排班，职工食堂夜间供餐自下月起延长至 23 点。');
      await answer.getByRole('button', { name: '登记答复' }).click();
      await staff.getByText('答复已登记').waitFor();
      // The two stages left: to group discussion is already done; close.
      await staff.getByRole('button', { name: '进入「闭幕」' }).click();
      await staff.getByText(/自动公布于/).waitFor();
      expect(await staff.getByRole('button', { name: '开始表决' }).count()).toBe(0);
      await screenshot(staff, 'congress-3-staff-1280');

      const visitor = await desk.newPage();
      await visitor.goto('/unions/G410105001/transparency');
      await visitor.getByRole('heading', { name: /厂务公开 · 河南省人民医院工会/ }).waitFor();
      const current = visitor.getByRole('region', { name: /第六届职工代表大会第一次会议/ });
      await current.getByText('关于《职工休假管理办法》的决议').waitFor();
      await current.getByText(/赞成 5 · 反对 1 · 弃权 0/).waitFor();
      await current.getByText(/夜间供餐自下月起延长至 23 点/).waitFor();
      // The draft that never went to the vote is not there.
      expect(await current.getByText('关于《医院工作报告》的决议').count()).toBe(0);
      await screenshot(visitor, 'congress-4-public-1280');
    } finally {
      await desk.close();
    }
    await delegate.page.goto('/unions/G410105001/transparency');
    await delegate.page.getByRole('heading', { name: /厂务公开/ }).waitFor();
    await screenshot(delegate.page, 'congress-5-public-360');
    expect(await delegate.page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await delegate.context.close();
  }, 180_000);
});
