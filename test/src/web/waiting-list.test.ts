import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { demo } from '../support/demo.ts';
import { CREATE_COMPETITION, REGISTER, competitionInput } from '../competitions/fixtures.ts';
import { WEB_DIST, ensureWebBuilt, launchBrowser, phone, screenshot, signIn } from './browser.ts';

let env: TestEnvironment;
let browser: Browser;

const EVENT_NAME = '钳工（个人）';

beforeAll(async () => {
  await ensureWebBuilt();
  env = await createTestEnvironment({ env: { WEB_DIST } });
  browser = await launchBrowser();

  // A one-seat event: 张桂兰 takes the seat, 王秀英 and then 李建国 wait, through the public API.
  const staff = await env.as(demo.luoyangStaff);
  const luoyangId = (await env.anonymous.query(`{ unionByCode(code: "410300") { id } }`)).unionByCode.id;
  const input = competitionInput(luoyangId, {
    title: '洛阳市职工钳工技能比武',
    trade: '钳工',
    events: [{ name: EVENT_NAME, kind: 'INDIVIDUAL', capacity: 1, prizes: [] }],
  });
  const eventId = (await staff.query(CREATE_COMPETITION, { input })).createCompetition.competition.events.nodes[0].id;
  for (const member of [demo.memberZhang, demo.memberWang, demo.memberLi]) {
    const result = await (await env.as(member)).query(REGISTER, { input: { event: eventId } });
    expect(result.registerForCompetitionEvent.__typename).toBe('RegisterForCompetitionEventSuccess');
  }
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
});


describe('storefront: competition waiting list', () => {
  test('staff move the second in line to the head with a reason, and the member sees the new position', async () => {
    const member = await phone(browser, env.url);
    const page = member.page;
    await signIn(page, demo.memberLi, '/me/competitions');
    const entry = page.locator('article.entry', { hasText: EVENT_NAME });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('候补名单第 2 位');

    const office = await phone(browser, env.url);
    const desk = office.page;
    await signIn(desk, demo.luoyangStaff, '/staff/competitions');
    await desk.getByRole('link', { name: EVENT_NAME }).click();
    const line = desk.locator('ol.waiting-list > li');
    await line.first().waitFor();
    expect(await line.allTextContents()).toEqual([expect.stringContaining('王秀英'), expect.stringContaining('李建国')]);

    const li = desk.locator('li.waiting', { hasText: '李建国' });
    await li.getByText('调整位置').click();
    await li.getByLabel('新位置').fill('1');
    // Without a reason the API refuses with a field error, shown next to the field.
    await li.getByRole('button', { name: '调整' }).click();
    const refused = li.getByRole('alert');
    await refused.waitFor();
    expect(await refused.getAttribute('data-code')).toBe('INVALID_INPUT');

    await li.getByLabel('理由').fill('市级技术能手，按竞赛规程优先候补');
    await li.getByRole('button', { name: '调整' }).click();
    await desk.locator('li.waiting[data-position="1"]', { hasText: '李建国' }).waitFor();
    await desk.getByRole('status').filter({ hasText: '已调整到第 1 位' }).waitFor();
    expect(await line.allTextContents()).toEqual([expect.stringContaining('李建国'), expect.stringContaining('王秀英')]);
    expect(await desk.locator('li.waiting', { hasText: '王秀英' }).getAttribute('data-position')).toBe('2');
    await screenshot(desk, 'waiting-list-1-staff-reordered');
    await office.context.close();

    await page.reload();
    await entry.filter({ hasText: '候补名单第 1 位' }).waitFor();
    await screenshot(page, 'waiting-list-2-member-position');
    await member.context.close();
  });
});
