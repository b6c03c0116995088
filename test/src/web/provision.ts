import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import type { TestProject } from 'vitest/node';

/**
 * Vitest global setup: makes sure the browser tests have a browser, once per `npm test`.
 *
 * They drive Debian's `chromium` through playwright-core, with `fonts-wqy-microhei` so that
 * Chinese text renders in the screenshots. When either is missing and apt can be used (root, or
 * sudo without a password), they are installed here from Debian's archive; nothing is downloaded
 * from anywhere else. When that is not possible, every browser test fails with one line saying
 * what to install. `HUIGONG_PROVISION_BROWSER=force` reinstalls them even when present (the
 * fresh-machine check uses it); `=off` never runs apt.
 */

export type BrowserProvision = { path: string } | { problem: string };

declare module 'vitest' {
  export interface ProvidedContext {
    chromium: BrowserProvision;
  }
}

const DEFAULT_CHROMIUM = '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-wqy-microhei'];
const HOW_TO =
  'install them with `sudo apt-get install chromium fonts-wqy-microhei` (Debian; on Ubuntu chromium is a snap, which containers cannot run), or set CHROMIUM_PATH to a Chromium binary';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function hasCjkFont(): boolean {
  const list = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return list.status === 0 && /WenQuanYi|Noto Sans CJK|Noto Serif CJK|Source Han/i.test(list.stdout);
}

function launches(path: string): boolean {
  return spawnSync(path, ['--headless', '--no-sandbox', '--version'], { encoding: 'utf8', timeout: 30_000 }).status === 0;
}

/** Runs apt-get as root, or through sudo when it needs no password; null when neither is possible. */
function aptRunner(): string[] | null {
  if (spawnSync('apt-get', ['--version']).status !== 0) return null;
  if (process.getuid?.() === 0) return [];
  return spawnSync('sudo', ['-n', 'true']).status === 0 ? ['sudo', '-n'] : null;
}

function aptInstall(prefix: string[], packages: string[], reinstall: boolean): void {
  const run = (args: string[]) => {
    const [command, ...rest] = [...prefix, ...args];
    execFileSync(command!, rest, { stdio: 'pipe', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, maxBuffer: 64 * 1024 * 1024 });
  };
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...(reinstall ? ['--reinstall'] : []), ...packages]);
}

export function provisionBrowser(env: NodeJS.ProcessEnv = process.env): BrowserProvision {
  const mode = env.HUIGONG_PROVISION_BROWSER ?? 'auto';
  const wanted = env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  const force = mode === 'force';
  const missing = [
    ...(isExecutable(wanted) ? [] : ['chromium']),
    ...(hasCjkFont() ? [] : ['fonts-wqy-microhei']),
  ];
  if (missing.length > 0 || force) {
    const apt = mode === 'off' ? null : aptRunner();
    const packages = force ? PACKAGES : missing;
    if (!apt) return { problem: `The browser tests need ${missing.join(' and ')} (not found${wanted === DEFAULT_CHROMIUM ? '' : ` at CHROMIUM_PATH=${wanted}`}): ${HOW_TO}.` };
    console.log(`== ${force ? 'reinstalling' : 'installing'} ${packages.join(' ')} for the browser tests (apt-get)`);
    const started = Date.now();
    try {
      aptInstall(apt, packages, force);
    } catch (error) {
      const output = String((error as { stderr?: Buffer }).stderr ?? '').trim().split('\n').at(-1) ?? '';
      return { problem: `Installing ${packages.join(' ')} with apt-get failed (${output || (error as Error).message}): ${HOW_TO}.` };
    }
    console.log(`== installed in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  // A CHROMIUM_PATH that names nothing falls back to the chromium apt just installed.
  const path = isExecutable(wanted) ? wanted : DEFAULT_CHROMIUM;
  if (!isExecutable(path) || !launches(path)) return { problem: `Chromium at ${path} does not start: ${HOW_TO}.` };
  if (!hasCjkFont()) return { problem: `No Chinese font found by fontconfig: ${HOW_TO}.` };
  return { path };
}

export default function setup(project: TestProject): void {
  const result = provisionBrowser();
  if ('problem' in result) console.error(`browser tests: ${result.problem}`);
  project.provide('chromium', result);
}
