/**
 * CPU profiles of the API process while it is under load (`--profile`): the .cpuprofile goes to
 * bench/results/ (open it in Chrome DevTools), and a summary of self time by package is printed,
 * so "what limited throughput" has an answer beside the figures.
 */
import { Session } from 'node:inspector/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function startProfiling(): Promise<() => Promise<CpuProfile>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    session.disconnect();
    return profile;
  };
}

function owner(url: string): string {
  if (!url) return '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node (runtime)';
  const match = /\/(api|schema|drizzle|bench)\/src\//.exec(url);
  return match ? `@huigong/${match[1]}` : url;
}

/** Self time by package (idle excluded), biggest first, as percentages of busy time. */
export function summarize(profile: CpuProfile, top = 12): { owner: string; percent: number }[] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byOwner = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id)!;
    const name = node.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') return;
    const key = name === '(garbage collector)' ? '(garbage collector)' : owner(node.callFrame.url);
    const dt = profile.timeDeltas[i] ?? 0;
    byOwner.set(key, (byOwner.get(key) ?? 0) + dt);
    busy += dt;
  });
  return [...byOwner]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, t]) => ({ owner: name, percent: Math.round((1000 * t) / busy) / 10 }));
}
