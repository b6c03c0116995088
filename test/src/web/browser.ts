import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@huigong/db/seed/demo';

const root = resolve(import.meta.dirname, '../../..');
export const WEB_DIST = join(root, 'web/dist');
const SCREENSHOTS = join(root, 'test/screenshots');

/** Debian's chromium (installed by .ci/run); no browser is downloaded at test time. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => (name === 'gql' ? newest : Math.max(newest, newestMtime(join(path, name)))), stat.mtimeMs);
}

function isStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = Math.max(
    newestMtime(join(root, 'web/src')),
    newestMtime(join(root, 'web/index.html')),
    newestMtime(join(root, 'schema/schema.graphql')),
  );
  return sources > built;
}

/**
 * Builds the storefront when web/dist is missing or older than its sources. Test files run in
 * parallel, so one builds (holding a lock directory) and the others wait for it.
 */
export async function ensureWebBuilt(): Promise<void> {
  const lock = join(root, 'web/.build-lock');
  for (let waited = 0; isStale(); waited += 1) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 600) throw new Error('timed out waiting for another test file to build the storefront');
      await delay(500);
      continue;
    }
    try {
      if (isStale()) execFileSync('npm', ['run', 'build', '-w', '@huigong/web'], { cwd: root, stdio: 'pipe' });
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
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
