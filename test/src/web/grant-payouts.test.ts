import { grantCalls } from '@huigong/db';
import { eq, sql } from 'drizzle-orm';
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


const CALL = '2026年度齐鲁工匠创新工作室建设资助';
const STUDIO = '周大伟重卡装配创新工作室';
/** An enum value as the API spells it (UNDER_REVIEW, STAFF_APPROVED…), which no page should show. */
const RAW_ENUM = /\b[A-Z]{2,}(?:_[A-Z]+)+\b|\b(?:APPROVED|SUBMITTED|SCREENING|DRAFT|REJECTED|WITHDRAWN|PLANNED|REQUESTED|PAID|FAILED|DUE|ACCEPTED|ASSIGNED)\b/;

describe('storefront: grants after the decision', () => {
  test('staff see every grant status in Chinese, never the API enum', async () => {
    const office = await phone(browser, env.url);
    const desk = office.page;
    await signIn(desk, demo.shandongStaff, '/staff/grants');
    const statistics = desk.locator('.grant-statistics').first();
    await statistics.waitFor();
    expect(await statistics.textContent()).toContain('专家评审中');
    expect(await desk.locator('main').textContent()).not.toMatch(RAW_ENUM);

    await desk.getByRole('link', { name: CALL }).click();
    await desk.locator('article[data-status="APPROVED"] .grant-status', { hasText: '已批准' }).waitFor();
    await desk.locator('article[data-status="UNDER_REVIEW"] .grant-status', { hasText: '专家评审中' }).first().waitFor();
    const main = (await desk.locator('main').textContent()) ?? '';
    expect(main).not.toMatch(RAW_ENUM);
    expect(main).toContain('拨款：首笔（立项后拨付） 已拨付');
    await screenshot(desk, 'grant-payouts-1-staff-statuses');
    await office.context.close();
  });

  test('the grantee reports, staff accept, the second tranche is approved twice and paid, and the grantee sees it', async () => {
    // The grantee: the first tranche is paid; the second waits for the mid-term report.
    const member = await phone(browser, env.url);
    const page = member.page;
    await signIn(page, demo.memberZhou, '/me/grants');
    const card = page.locator('.grant-application', { hasText: STUDIO });
    await card.locator('.tranche[data-status="PAID"]', { hasText: '首笔（立项后拨付）' }).waitFor();
    const second = card.locator('.tranche', { hasText: '第二笔' });
    expect(await second.textContent()).toContain('未申请');
    expect(await second.textContent()).toContain('须待「中期报告」验收（待提交）');

    // Asking for it before the report is accepted is refused with the API's typed error.
    await second.getByRole('button', { name: '申请拨付' }).click();
    const refused = card.getByRole('alert');
    await refused.waitFor();
    expect(await refused.getAttribute('data-code')).toBe('REPORT_NOT_ACCEPTED');

    await card.getByRole('link', { name: '中期报告' }).click();
    await page.getByRole('heading', { name: '中期报告' }).waitFor();
    await page.getByLabel(/^报告内容/).fill('进展顺利。');
    await page.getByRole('button', { name: '提交报告' }).click();
    await page.locator('.field-error').filter({ hasText: '报告内容' }).waitFor();
    await page
      .getByLabel(/^报告内容/)
      .fill('工作室已建成重卡总装工艺实训线一条，完成驾驶室合装工装改进两项，带徒六名，首笔经费 12.5 万元已按预算使用。');
    await page.getByRole('button', { name: '提交报告' }).click();
    await page.getByRole('status').filter({ hasText: '报告已提交' }).waitFor();
    expect(await page.locator('.report-status').textContent()).toBe('已提交，待验收');
    await screenshot(page, 'grant-payouts-2-report-submitted');

    // Union staff read the report and accept it.
    const office = await phone(browser, env.url);
    const desk = office.page;
    await signIn(desk, demo.shandongStaff, '/staff/grants');
    await desk.getByRole('link', { name: CALL }).click();
    await desk.locator('article', { hasText: STUDIO }).getByRole('link', { name: '拨款与报告 →' }).click();
    const report = desk.locator('article.report', { hasText: '中期报告' });
    expect(await report.textContent()).toContain('驾驶室合装工装改进两项');
    await report.getByLabel('验收意见').fill('进展符合计划，同意验收。');
    await report.getByRole('button', { name: '验收通过' }).click();
    await desk.locator('article.report[data-status="ACCEPTED"]', { hasText: '中期报告' }).waitFor();

    // Now the grantee asks for the second tranche.
    await page.goto('/me/grants');
    await page
      .locator('.grant-application', { hasText: STUDIO })
      .locator('.tranche', { hasText: '第二笔' })
      .getByRole('button', { name: '申请拨付' })
      .click();
    await page.locator('.tranche[data-status="REQUESTED"]', { hasText: '第二笔' }).waitFor();

    // Staff approve the request.
    await desk.reload();
    const staffTranche = desk.locator('article.tranche', { hasText: '第二笔' });
    await staffTranche.getByRole('button', { name: '工会审批通过' }).click();
    await desk.locator('article.tranche[data-status="STAFF_APPROVED"]', { hasText: '第二笔' }).waitFor();
    expect(await desk.locator('main').textContent()).not.toMatch(RAW_ENUM);
    await screenshot(desk, 'grant-payouts-3-staff-approved');
    await office.context.close();

    // Finance review it and record the bank transfer.
    const accounts = await phone(browser, env.url);
    const finance = accounts.page;
    await signIn(finance, demo.shandongFinance, '/');
    await finance.getByRole('navigation', { name: '工作台' }).getByRole('link', { name: '资助拨付' }).click();
    await finance.getByRole('link', { name: CALL }).click();
    await finance.locator('article', { hasText: STUDIO }).getByRole('link', { name: '拨款与报告 →' }).click();
    const tranche = finance.locator('article.tranche', { hasText: '第二笔' });
    await tranche.getByRole('button', { name: '财务复核通过' }).click();
    await finance.locator('article.tranche[data-status="FINANCE_APPROVED"]', { hasText: '第二笔' }).waitFor();
    if (!process.env.STRIPE_SECRET_KEY) {
      await tranche.getByRole('button', { name: '通过 Stripe 拨付' }).click();
      const notConfigured = tranche.getByRole('alert');
      await notConfigured.waitFor();
      expect(await notConfigured.getAttribute('data-code')).toBe('STRIPE_NOT_CONFIGURED');
    }
    await tranche.getByLabel('银行流水号').fill('SDZGH-2026-000456');
    await tranche.getByRole('button', { name: '登记银行转账拨付' }).click();
    const paid = finance.locator('article.tranche[data-status="PAID"]', { hasText: '第二笔' });
    await paid.waitFor();
    expect(await paid.textContent()).toContain('银行转账 SDZGH-2026-000456');
    const trail = (await finance.locator('ol.audit').textContent()) ?? '';
    expect(trail).toContain('拨款：已拨付');
    expect(trail).toContain('山东省总工会财务·韩冰');
    await screenshot(finance, 'grant-payouts-4-finance-paid');
    await accounts.context.close();

    // The grantee sees both tranches paid.
    await page.goto('/me/grants');
    const paidTranche = page
      .locator('.grant-application', { hasText: STUDIO })
      .locator('.tranche[data-status="PAID"]', { hasText: '第二笔' });
    await paidTranche.waitFor();
    expect(await paidTranche.textContent()).toContain('已拨付');
    expect(await page.locator('.grant-application', { hasText: STUDIO }).locator('.report', { hasText: '中期报告' }).textContent()).toContain('已验收');
    await screenshot(page, 'grant-payouts-5-grantee-paid');
    await member.context.close();
  });

  test('staff approve an application to be paid at once; a decision over the remaining budget shows the typed error', async () => {
    // The second reviewer scores 吴海燕's application through the API, so it waits for a decision.
    const REVIEWS = `{ myGrantReviews(first: 10, status: ASSIGNED) { nodes { id application { studioName call { criteria { id } } } } } }`;
    const SUBMIT = `mutation S($input: SubmitGrantReviewInput!) { submitGrantReview(input: $input) { __typename } }`;
    let submitted = false;
    for (const phoneNumber of [demo.reviewerQian, demo.reviewerSong]) {
      const reviewer = await env.as(phoneNumber);
      for (const review of (await reviewer.query(REVIEWS)).myGrantReviews.nodes) {
        if (review.application.studioName !== '吴海燕家电智能制造创新工作室') continue;
        const scores = review.application.call.criteria.map((c: { id: string }) => ({ criterion: c.id, score: 4 }));
        const result = await reviewer.query(SUBMIT, { input: { review: review.id, scores } });
        expect(result.submitGrantReview.__typename).toBe('SubmitGrantReviewSuccess');
        submitted = true;
      }
    }
    expect(submitted).toBe(true);
    // Leave ¥10,000 of the call's budget, less than the ¥50,000 asked for.
    const [call] = await env.db.select().from(grantCalls).where(eq(grantCalls.title, CALL));
    await env.db
      .update(grantCalls)
      .set({ approvedFen: sql`${grantCalls.budgetFen} - 1000000` })
      .where(eq(grantCalls.id, call!.id));

    const office = await phone(browser, env.url);
    const desk = office.page;
    await signIn(desk, demo.shandongStaff, '/staff/grants');
    await desk.getByRole('link', { name: CALL }).click();
    const application = desk.locator('article[data-status="DECISION_PENDING"]', { hasText: '吴海燕家电智能制造创新工作室' });
    expect(await application.locator('.grant-status').textContent()).toBe('待决定');
    await application.getByLabel('拨付计划').selectOption({ label: '一次拨付全额' });
    await application.getByLabel(/^决定理由/).fill('评审意见一致，同意资助。');
    await application.getByRole('button', { name: '批准', exact: true }).click();
    const refused = application.getByRole('alert');
    await refused.waitFor();
    expect(await refused.getAttribute('data-code')).toBe('CALL_BUDGET_EXCEEDED');
    expect(await refused.textContent()).toContain('剩余预算 10000 元');
    await screenshot(desk, 'grant-payouts-6-budget-exceeded');

    await env.db.update(grantCalls).set({ approvedFen: call!.approvedFen }).where(eq(grantCalls.id, call!.id));
    await application.getByLabel('拨付计划').selectOption({ label: '一次拨付全额' });
    await application.getByLabel(/^决定理由/).fill('评审意见一致，同意资助。');
    await application.getByRole('button', { name: '批准', exact: true }).click();
    const approved = desk.locator('article[data-status="APPROVED"]', { hasText: '吴海燕家电智能制造创新工作室' });
    await approved.waitFor();
    expect(await approved.textContent()).toContain('拨款：全额（立项后拨付） 未申请');
    expect(await approved.textContent()).toContain('报告：结题报告 待提交');
    await office.context.close();
  });
});
