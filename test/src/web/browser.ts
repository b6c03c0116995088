import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@huigong/db/seed/demo';
import { WEB_DIST, ensureWebBuilt as buildIfStale } from '../../../web/build-if-stale.ts';
import type {} from './provision.ts';

const root = resolve(import.meta.dirname, '../../..');
export { WEB_DIST };
const SCREENSHOTS = join(root, 'test/screenshots');

/**
 * The browser found or installed by the global setup (provision.ts); when there is none, the
 * test file fails with the one line that says what to install (no launch stack traces).
 */
export function chromiumPath(): string {
  const provision = inject('chromium');
  if ('path' in provision) return provision.path;
  const error = new Error(provision.problem);
  error.stack = `Error: ${provision.problem}`;
  throw error;
}

/** Builds web/dist when it is missing or older than its sources (after checking for a browser). */
export async function ensureWebBuilt(): Promise<void> {
  chromiumPath();
  await buildIfStale();
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A phone-sized browser profile of its own (cookies and storage are not shared between contexts). */
export async function phone(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 360, height: 780 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    deviceScaleFactor: 1,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw new Error(`uncaught error in the page: ${error.message}`);
  });
  return { context, page };
}

/** Saves a full-page screenshot under test/screenshots/ (git-ignored by its own .gitignore). */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (!existsSync(SCREENSHOTS)) {
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, '.gitignore'), '*\n');
  }
  const path = join(SCREENSHOTS, `${name}.png`);
  mkdirSync(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true });
}

/** A member card number with a valid Luhn check digit (the API checks it). */
export function cardNumber(body15: string): string {
  let sum = 0;
  for (let i = 0; i < body15.length; i += 1) {
    let d = Number(body15[body15.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return `${body15}${(10 - (sum % 10)) % 10}`;
}

/**
 * Signs in through the login page with the demo password and lets the site go on to `next`;
 * `waitForNext` waits until it has.
 */
export async function signIn(page: Page, phoneNumber: string, next: string, options: { waitForNext?: boolean } = {}): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('手机号').fill(phoneNumber);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  if (options.waitForNext) await page.waitForURL((url) => url.pathname === next);
}
