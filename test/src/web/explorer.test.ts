import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { chromiumPath, launchBrowser, screenshot } from './browser.ts';

let env: TestEnvironment;
let browser: Browser;

beforeAll(async () => {
  chromiumPath();
  env = await createTestEnvironment();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await env?.close();
});

/** Runs one operation of the editor through the execute button's operation menu. */
async function run(page: Page, operation: string): Promise<string> {
  await page.locator('.graphiql-execute-button').click();
  await page.getByRole('menuitem', { name: operation }).click();
  const result = page.locator('.result-window');
  await result.filter({ hasText: '"data"' }).waitFor();
  return (await result.textContent()) ?? '';
}

describe('development explorer at /graphql', () => {
  for (const width of [1280, 360]) {
    test(`loads with no request leaving the machine and runs the documented demo login (${width} px)`, async () => {
      const context = await browser.newContext({ baseURL: env.url, viewport: { width, height: 800 }, locale: 'zh-CN' });
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      const local = new URL(env.url).origin;
      const elsewhere: string[] = [];
      const failed: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && new URL(url).origin !== local) elsewhere.push(url);
      });
      page.on('requestfailed', (request) => failed.push(request.url()));
      page.on('pageerror', (error) => failed.push(`page error: ${error.message}`));

      await page.goto('/graphql');
      await page.locator('.graphiql-container').waitFor();
      // The schema came by introspection: the documentation explorer lists the root types.
      await page.getByRole('button', { name: /Documentation Explorer/ }).click();
      await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
      await screenshot(page, `explorer-${width}-docs`);
      await page.getByRole('button', { name: /Documentation Explorer/ }).click();

      const login = await run(page, 'Login');
      expect(login).toContain('LoginSuccess');
      const token = /"token": "(hgs_[^"]+)"/.exec(login)?.[1];
      expect(token).toBeTruthy();

      // Step 2 of the page's instructions: the token goes into the Headers editor.
      await page.getByRole('button', { name: 'Headers' }).click();
      const headers = page.locator('.graphiql-editor-tool .graphiql-editor').last();
      await headers.click();
      await page.keyboard.type(`{"Authorization": "Bearer ${token}"`);
      const me = await run(page, 'Me');
      expect(me).toContain('王秀英');
      await screenshot(page, `explorer-${width}`);

      expect(elsewhere).toEqual([]);
      expect(failed).toEqual([]);
      await context.close();
    });
  }

  test('API clients still get GraphQL at the same URL', async () => {
    const res = await fetch(`${env.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(((await res.json()) as { data: unknown }).data).toEqual({ __typename: 'Query' });
  });
});
