import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/**
 * Builds the storefront (codegen, tsc, Vite) only when web/dist is missing or older than its
 * sources, so a restart with unchanged sources starts at once. Used by `npm start` and by the
 * browser tests; parallel callers take turns through a lock directory.
 */
const web = import.meta.dirname;
const root = resolve(web, '..');
export const WEB_DIST = join(web, 'dist');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // src/gql is written by the build's codegen itself.
  return readdirSync(path).reduce((newest, name) => (name === 'gql' ? newest : Math.max(newest, newestMtime(join(path, name)))), stat.mtimeMs);
}

export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  const sources = [
    join(web, 'src'),
    join(web, 'index.html'),
    join(web, 'vite.config.ts'),
    join(web, 'codegen.ts'),
    join(web, 'package.json'),
    join(root, 'schema/schema.graphql'),
  ];
  return Math.max(...sources.map(newestMtime)) > statSync(index).mtimeMs;
}

export async function ensureWebBuilt(options: { onBuild?: () => void } = {}): Promise<boolean> {
  const lock = join(web, '.build-lock');
  let built = false;
  for (let waited = 0; webBuildIsStale(); waited += 1) {
    try {
      mkdirSync(lock);
    } catch {
      if (waited > 600) throw new Error(`timed out waiting for another build of the storefront (remove ${lock} if none is running)`);
      await delay(500);
      continue;
    }
    try {
      if (webBuildIsStale()) {
        options.onBuild?.();
        try {
          await promisify(execFile)('npm', ['run', 'build', '-w', '@huigong/web'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
        } catch (error) {
          const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
          throw new Error(`the storefront build failed:\n${stdout}${stderr}`);
        }
        built = true;
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return built;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  try {
    if (await ensureWebBuilt({ onBuild: () => console.log('building the storefront (web/dist is older than its sources)…') })) {
      console.log(`storefront built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
