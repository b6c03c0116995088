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

  test('an employer writes a posting in yuan (sent as fen), fixes what the API refused, and submits it for review', async () => {
    const employer = await phone(browser, env.url);
    const page = employer.page;
    await signIn(page, '13600000001', '/employer');
    await page.getByRole('link', { name: '发布新岗位' }).first().click();
    await page.getByRole('heading', { name: '发布岗位' }).waitFor();
    await page.getByLabel('岗位名称').fill('数控车床操作工');
    await page.getByLabel('岗位描述').fill('操作数控车床加工轴类零件，两班倒，提供岗前培训。');
    await page.getByLabel('用工形式').selectOption('FULL_TIME');
    await page.getByLabel('职业类别').fill('车工');
    await page.getByLabel('招聘人数').fill('3');
    await page.getByLabel('月薪下限（元）').fill('9000');
    await page.getByLabel('月薪上限（元）').fill('6000');
    await page.getByLabel('技能要求').fill('数控编程，识图');
    await page.getByLabel('福利待遇').fill('五险一金、包住宿');
    await page.getByLabel('适合困难职工').check();
    await page.getByRole('button', { name: '保存草稿' }).click();
    // The API refuses a maximum below the minimum, at the maximum's box.
    const maxField = page.locator('.field.invalid', { has: page.getByLabel('月薪上限（元）') });
    expect(await maxField.locator('.field-error').textContent()).toContain('最高月薪不能低于最低月薪');
    await screenshot(page, 'jobs-4-posting-error');

    await page.getByLabel('月薪上限（元）').fill('12000.5');
    await page.getByRole('button', { name: '保存草稿' }).click();
    await page.waitForURL(/\/employer\/postings\/[^/]+\/edit\?saved=1/);
    await page.getByRole('heading', { name: '修改岗位' }).waitFor();
    expect(await page.getByLabel('月薪上限（元）').inputValue()).toBe('12000.50');
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.locator('.notice', { hasText: '已提交审核' }).waitFor();
    await screenshot(page, 'jobs-5-posting-submitted');
    const postingId = decodeURIComponent(new URL(page.url()).pathname.split('/')[3]!);
    await employer.context.close();

    // Stored in fen, as the API expects, and waiting for review.
    const stored = await (await env.as('13600000001')).query(
      `query($id: ID!) { node(id: $id) { ... on JobPosting { status openings suitableForHardship benefits salary { min { amount } max { amount } } requirements { skills } } } }`,
      { id: postingId },
    );
    expect(stored.node).toEqual({
      status: 'PENDING_REVIEW',
      openings: 3,
      suitableForHardship: true,
      benefits: ['五险一金', '包住宿'],
      salary: { min: { amount: 900000 }, max: { amount: 1200050 } },
      requirements: { skills: ['数控编程', '识图'] },
    });
  });

  test('an employer joins a job fair with its postings, and a member registers for one and applies there', async () => {
    // The express company takes its open positions to Zhengzhou's online fair.
    const employer = await phone(browser, env.url);
    await signIn(employer.page, '13600000001', '/fairs');
    await employer.page.getByRole('link', { name: /就业服务月/ }).click();
    await employer.page.getByRole('heading', { name: /就业服务月/ }).waitFor();
    const join = employer.page.locator('form[data-join]');
    const employerName = (await join.locator('h3').textContent())!.trim();
    const brought = await join.locator('input[name="postings"]').count();
    expect(brought).toBeGreaterThan(0);
    await join.getByRole('button', { name: '报名参会' }).click();
    await join.locator('.notice', { hasText: `已带 ${brought} 个岗位参会` }).waitFor();
    const listed = employer.page.locator('li.fair-employer', { hasText: employerName });
    expect(await listed.locator('li a').count()).toBe(brought);
    await screenshot(employer.page, 'jobs-6-fair-employer');
    await employer.context.close();

    // A member registers for Luoyang's on-site fair, which has 800 places.
    const member = await phone(browser, env.url);
    const page = member.page;
    await signIn(page, demo.memberWang, '/jobs');
    await page.getByRole('link', { name: '招聘会 →' }).click();
    await page.getByRole('heading', { name: '招聘会', exact: true }).waitFor();
    await page.getByRole('link', { name: /春风行动/ }).click();
    await page.getByTestId('places-left').filter({ hasText: '剩余名额 800 / 800' }).waitFor();
    // The employers taking part are listed with the positions they bring.
    expect(await page.locator('li.fair-employer li a').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '报名参加' }).click();
    await page.getByTestId('fair-registered').waitFor();
    await page.getByTestId('places-left').filter({ hasText: '剩余名额 799 / 800' }).waitFor();
    await screenshot(page, 'jobs-7-fair-registered');

    // Applying from the fair's page counts in the fair's figures.
    const before = Number((await page.getByTestId('fair-applications').textContent())!.match(/\d+/)![0]);
    const fairUrl = page.url();
    // The fair's positions come in no fixed order, and the apply form (with its via-fair note)
    // shows only for an open posting the member has not applied to: take the first such one.
    const positions = await page.locator('li.fair-employer li a').count();
    for (let index = 0; index < positions; index += 1) {
      await page.locator('li.fair-employer li a').nth(index).click();
      const applicable = await page
        .getByTestId('via-fair')
        .waitFor({ timeout: 5_000 })
        .then(() => true, () => false);
      if (applicable) break;
      await page.goto(fairUrl);
      await page.getByTestId('fair-applications').waitFor();
    }
    await page.getByTestId('via-fair').waitFor();
    await page.getByRole('button', { name: '投递申请' }).click();
    await page.locator('.application-status').waitFor();
    await page.goto(fairUrl);
    await page.getByTestId('fair-applications').filter({ hasText: `收到投递 ${before + 1} 份` }).waitFor();

    await page.goto('/fairs');
    await page.locator('li.fair', { hasText: '春风行动' }).filter({ hasText: '已报名' }).waitFor();
    await member.context.close();
  });
});
