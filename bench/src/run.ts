/**
 * The benchmark: starts the real API in this process on the generated database, and the
 * hand-written baseline beside it; drives each scenario with autocannon from a child process at
 * several concurrency levels; prints a table per scenario with the ratio to the baseline and
 * writes everything as JSON to bench/results/.
 *
 *   npm run bench                                   # Postgres (DATABASE_URL's server, database huigong_bench)
 *   npm run bench -- --scale 1 --regenerate         # rebuild the data set first
 *   npm run bench -- --levels 1,10,50 --duration 5 --only job-search-text,me
 *   npm run bench -- --pglite --scale 0.01          # API only, on an in-memory PGlite (no baseline)
 */
import { fork } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { loadConfig } from '@huigong/api/config';
import { startServer, type RunningServer } from '@huigong/api/server';
import { openDatabase, type DatabaseHandle } from '@huigong/db';
import postgres, { type Sql } from 'postgres';
import { startBaseline, type BaselineServer } from './baseline.ts';
import { BENCH_SEED, memberPhone } from './fixtures.ts';
import { benchDatabaseUrl, generate, recreateDatabase } from './generate.ts';
import type { LoadJob, LoadResult } from './load.ts';
import { Random } from './random.ts';
import { startProfiling, summarize } from './profile.ts';
import { scenarios as coreScenarios, type Scenario, type ScenarioData } from './scenarios.ts';
import { offerScenarios, type OfferData } from './offer-scenarios.ts';
import { loadStationData, stationScenarios } from './stations.ts';
import { grantScenarios, loadGrantData } from './grant-scenarios.ts';
import { staffToken } from './fixtures.ts';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.1' },
    regenerate: { type: 'boolean', default: false },
    levels: { type: 'string', default: '1,10,50' },
    duration: { type: 'string', default: '5' },
    only: { type: 'string' },
    pglite: { type: 'boolean', default: false },
    'pool-size': { type: 'string', default: '10' },
    profile: { type: 'boolean', default: false },
  },
});
const levels = args.levels.split(',').map(Number);
const duration = Number(args.duration);
const poolSize = Number(args['pool-size']);

// ---------------------------------------------------------------- database
const log = (line: string) => console.log(line);
let handle: DatabaseHandle;
let sql: Sql | undefined;
const url = args.pglite ? undefined : benchDatabaseUrl();
let generation: Awaited<ReturnType<typeof generate>> | 'reused' = 'reused';
if (url) {
  const probe = postgres(url, { max: 1, onnotice: () => {} });
  let hasData = false;
  try {
    const [row] = await probe`select count(*)::int as n from users where phone = ${memberPhone(0)}`;
    hasData = row!.n > 0;
  } catch {
    hasData = false; // no such database yet, or not migrated
  } finally {
    await probe.end({ timeout: 5 });
  }
  if (!hasData || args.regenerate) await recreateDatabase(url);
  handle = await openDatabase({ url, maxConnections: poolSize });
  await handle.migrate();
  if (!hasData || args.regenerate) generation = await generate(handle, { scale: Number(args.scale), log });
  sql = postgres(url, { max: 4, onnotice: () => {} });
} else {
  log('no DATABASE_URL (or --pglite): in-memory PGlite, API only, no baseline');
  handle = await openDatabase({ dataDir: 'memory://' });
  await handle.migrate();
  generation = await generate(handle, { scale: Number(args.scale), log });
}
if (generation !== 'reused') log(`generated ${generation.totalRows.toLocaleString('en')} rows in ${generation.seconds.toFixed(1)} s (${generation.rowsPerSecond.toLocaleString('en')} rows/s)`);

/** Raw SQL on whichever database runs: postgres.js, or PGlite through drizzle. */
async function query<T = Record<string, any>>(text: string): Promise<T[]> {
  if (sql) return (await sql.unsafe(text)) as unknown as T[];
  const result = (await (handle.db as any).$client.query(text)) as { rows: T[] };
  return result.rows;
}

const sessionCount = (
  await query<{ n: number }>(`select count(*)::int as n from sessions s join members m on m.user_id = s.user_id where s.user_agent = 'huigong-bench'`)
)[0]!.n;
const data: ScenarioData = {
  sql: sql as Sql,
  sessions: sessionCount,
  openPostingIds: (await query<{ id: string }>(`select id from job_postings where status = 'published' and valid_through > now() order by id limit 2000`)).map((r) => r.id),
  regionIds: (await query<{ id: string }>(`select id from unions where level in ('city', 'district') order by code`)).map((r) => r.id),
  searchWords: ['焊工', '电工', '护理', '会计', '司机', '厨师', '数控', '仓库', '保安', '月嫂', '质检员', '包吃住', '五险一金'],
  trades: (await query<{ trade: string }>(`select distinct trade from competitions order by trade`)).map((r) => r.trade),
};
// Offer scenarios, once the offers domain is in the schema.
const hasOffers = (await query<{ n: number }>(`select count(*)::int as n from information_schema.tables where table_name = 'offer_claims'`))[0]!.n > 0;
let offerData: OfferData | undefined;
if (hasOffers) {
  offerData = {
    offerIds: (await query<{ id: string }>(`select id from offers where status = 'published' and valid_until > now() order by id limit 2000`)).map((r) => r.id),
    // "Near me" from where stores are: every point has at least one store around it.
    points: (await query<{ latitude: number; longitude: number }>(`select latitude, longitude from merchant_stores order by id limit 300`)).map((r) => ({
      latitude: Number(r.latitude) + 0.002,
      longitude: Number(r.longitude) - 0.002,
    })),
    redeem: (
      await query<{ code: string; store_id: string; phone: string }>(`
        select c.code, (select s.id from merchant_stores s where s.merchant_id = c.merchant_id order by s.id limit 1) as store_id, u.phone
        from offer_claims c
          join role_grants g on g.organization_id = c.merchant_id and g.role = 'merchant_staff'
          join users u on u.id = g.user_id and u.phone like '16%'
        where c.code like 'ZZ%' order by c.code`)
    ).map((r) => ({ code: r.code, storeId: r.store_id, token: staffToken(Number(r.phone) - 16_000_000_000) })),
  };
}
const grantData = await loadGrantData(query, sql);
const stationData = await loadStationData(query);
const allScenarios = [
  ...coreScenarios,
  ...(offerData ? offerScenarios(offerData) : []),
  ...grantScenarios(grantData),
  ...(stationData ? stationScenarios(stationData) : []),
];
const selected = args.only ? allScenarios.filter((s) => args.only!.split(',').includes(s.name)) : allScenarios;

const counts = Object.fromEntries(
  (await query<{ relname: string; n: string }>(`select relname, n_live_tup::text as n from pg_stat_user_tables where n_live_tup > 0 order by n_live_tup desc`)).map((r) => [r.relname, Number(r.n)]),
);

// ---------------------------------------------------------------- servers
const configEnv = {
  NODE_ENV: 'production',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  SEED_DEMO_DATA: 'false',
  // The cost budget is for protecting production from one caller; the benchmark is one caller
  // sending thousands of requests a second, so the bucket must never run dry.
  COST_BUCKET_CAPACITY: '1000000000',
  COST_RESTORE_RATE: '1000000000',
  MAX_QUERY_COST: '1000000',
  // Likewise the guessing limits: every request comes from one address, 50 at a time at one counter.
  CODE_ATTEMPTS_PER_MERCHANT: '1000000000',
  CODE_ATTEMPTS_PER_ADDRESS: '1000000000',
};
const api: RunningServer = await startServer(loadConfig({ ...configEnv, EXPOSE_SQL_STATEMENT_COUNT: 'false' }), handle);
// A twin that reports statement counts, for one probe request per scenario: the counting (an
// AsyncLocalStorage per request) stays out of the measured server.
const apiProbe: RunningServer = await startServer(loadConfig({ ...configEnv, EXPOSE_SQL_STATEMENT_COUNT: 'true' }), handle);
const baseline: BaselineServer | undefined = url ? await startBaseline(url, selected, poolSize) : undefined;

// ---------------------------------------------------------------- measurement helpers
const loader = fork(resolve(import.meta.dirname, 'load.ts'), [], { execArgv: ['--import', 'tsx'] });
function load(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolveLoad, reject) => {
    loader.once('message', (message: { ok: boolean; result?: LoadResult; error?: string }) =>
      message.ok ? resolveLoad(message.result!) : reject(new Error(message.error)),
    );
    loader.send(job);
  });
}

const CLOCK_TICKS = 100;
/** CPU seconds used so far by the Postgres backends serving the bench database. */
async function postgresCpuSeconds(): Promise<Map<number, number>> {
  const usage = new Map<number, number>();
  if (!sql || !url) return usage;
  const database = new URL(url).pathname.slice(1);
  const pids = await sql<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${database}`;
  for (const { pid } of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      usage.set(pid, (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
    } catch {
      // the backend ended
    }
  }
  return usage;
}

interface Measured extends LoadResult {
  target: 'api' | 'baseline';
  connections: number;
  /** Percent of one core used by this process (the servers) during the run. */
  serverCpuPercent: number;
  postgresCpuPercent: number | null;
  maxRssMb: number;
  /** Rows the write scenario created, when it reports them. */
  rowsWritten?: number;
}

async function measure(target: 'api' | 'baseline', scenario: Scenario, job: LoadJob): Promise<Measured> {
  const pgBefore = await postgresCpuSeconds();
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  let maxRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage.rss())), 200);
  const result = await load(job);
  // Requests still in flight when the load stopped finish before anything is counted.
  await new Promise((r) => setTimeout(r, 1000));
  clearInterval(sampler);
  const wall = (performance.now() - wallBefore) / 1000 - 1;
  const cpu = process.cpuUsage(cpuBefore);
  const pgAfter = await postgresCpuSeconds();
  let pgSeconds = 0;
  for (const [pid, after] of pgAfter) pgSeconds += after - (pgBefore.get(pid) ?? 0);
  return {
    target,
    connections: job.connections,
    ...result,
    serverCpuPercent: Math.round(((cpu.user + cpu.system) / 1e6 / wall) * 100),
    postgresCpuPercent: sql ? Math.round((pgSeconds / wall) * 100) : null,
    maxRssMb: Math.round(maxRss / 1024 / 1024),
  };
}

async function post(base: string, path: string, body: string, token?: string) {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bench-probe': '1', ...(token && { authorization: `Bearer ${token}` }) },
    body,
  });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  const count = response.headers.get('x-sql-statements');
  return { status: response.status, json, statements: count === null ? null : Number(count) };
}

// ---------------------------------------------------------------- run
const rng = new Random(BENCH_SEED + 1);
const resultsDir = resolve(import.meta.dirname, '../results');
const profiles: Record<string, { owner: string; percent: number }[]> = {};
const report: Record<string, unknown>[] = [];
const fmt = (n: number, digits = 0) => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
console.log(`\nhuigong benchmark, ${new Date().toISOString()}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`database: ${handle.driver}, ${Object.entries(counts).slice(0, 8).map(([t, n]) => `${t} ${fmt(n)}`).join(', ')}`);
console.log(`levels ${levels.join('/')} connections, ${duration} s each, API pool ${poolSize} connections${baseline ? `, baseline pool ${poolSize}` : ''}\n`);

for (const scenario of selected) {
  if (sql) await scenario.reset?.(sql, data);
  // One probe request: the answer must be a success, and (for reads) the same JSON as the baseline's.
  const probeVariants = scenario.variants(data, levels.length, rng);
  // Twice, and the second answer counts: the first use of a statement may prepare it first. A
  // write is probed with two different requests, so the second is a success too, not a repeat.
  const warmVariant = probeVariants[0]!;
  const probeVariant = scenario.kind === 'write' ? (probeVariants[1] ?? warmVariant) : warmVariant;
  const probeBody = JSON.stringify({ query: scenario.query, variables: probeVariant.variables });
  await post(apiProbe.url, '/graphql', JSON.stringify({ query: scenario.query, variables: warmVariant.variables }), warmVariant.token);
  const apiAnswer = await post(apiProbe.url, '/graphql', probeBody, probeVariant.token);
  const outcome = JSON.stringify(apiAnswer.json.data).match(/"__typename":"(\w+)"/)?.[1];
  if (scenario.kind === 'write' && outcome && !outcome.endsWith('Success')) {
    throw new Error(`${scenario.name}: the probe write answered ${outcome}: ${JSON.stringify(apiAnswer.json.data)}`);
  }
  if (apiAnswer.status !== 200 || apiAnswer.json.errors) {
    throw new Error(`${scenario.name}: the API answered ${apiAnswer.status} ${JSON.stringify(apiAnswer.json).slice(0, 500)}`);
  }
  let baselineStatements: number | null = null;
  let sameAnswer: boolean | null = null;
  if (baseline && scenario.baseline) {
    await post(baseline.url, `/${scenario.name}`, probeBody, probeVariant.token);
    const baselineAnswer = await post(baseline.url, `/${scenario.name}`, probeBody, probeVariant.token);
    baselineStatements = baselineAnswer.statements;
    // Compare the data only: the API adds extensions.cost, which the baseline has no notion of.
    sameAnswer = isDeepStrictEqual(apiAnswer.json.data, baselineAnswer.json.data) && !baselineAnswer.json.errors;
    if (!sameAnswer) {
      console.error(`${scenario.name}: the baseline's answer differs from the API's`);
      console.error('  api     ', JSON.stringify(apiAnswer.json).slice(0, 800));
      console.error('  baseline', JSON.stringify(baselineAnswer.json).slice(0, 800));
    }
  }
  if (sql) await scenario.reset?.(sql, data);

  const runs: Measured[] = [];
  for (const [levelIndex, connections] of levels.entries()) {
    const variants = scenario.variants(data, levelIndex, rng).map((v) => ({
      body: JSON.stringify({ query: scenario.query, variables: v.variables }),
      ...(v.token && { token: v.token }),
    }));
    // Profiles the busiest level only: that is where the server, not the client, sets the pace.
    const stopProfiling = args.profile && levelIndex === levels.length - 1 ? await startProfiling() : undefined;
    const measured = await measure('api', scenario, { url: api.url, path: '/graphql', variants, connections, duration });
    if (stopProfiling) {
      const profile = await stopProfiling();
      const name = `profile-${scenario.name}-${connections}.cpuprofile`;
      mkdirSync(resultsDir, { recursive: true });
      writeFileSync(resolve(resultsDir, name), JSON.stringify(profile));
      profiles[scenario.name] = summarize(profile);
    }
    if (sql && scenario.kind === 'write' && scenario.reset) {
      measured.rowsWritten = await countWrites(scenario);
      await scenario.reset(sql as Sql, data);
    }
    runs.push(measured);
    if (baseline && scenario.baseline) {
      runs.push(await measure('baseline', scenario, { url: baseline.url, path: `/${scenario.name}`, variants, connections, duration }));
    }
  }

  console.log(`${scenario.name}: ${scenario.description}`);
  console.log(
    `  SQL statements per request: API ${apiAnswer.statements ?? '?'}${baselineStatements !== null ? `, baseline ${baselineStatements}` : ''}${sameAnswer === null ? '' : sameAnswer ? ' (same JSON)' : ' (JSON DIFFERS)'}`,
  );
  console.log('  target    conns     req/s   p50 ms   p95 ms   p99 ms  errors  node CPU%  pg CPU%  RSS MB  vs baseline');
  for (const run of runs) {
    const base = runs.find((r) => r.target === 'baseline' && r.connections === run.connections);
    const ratio = run.target === 'api' && base ? `${fmt(run.requestsPerSecond / base.requestsPerSecond, 2)}×` : '';
    const errors = run.non2xx + run.errors + run.timeouts;
    console.log(
      `  ${run.target.padEnd(8)} ${String(run.connections).padStart(6)} ${fmt(run.requestsPerSecond, 1).padStart(9)} ${fmt(run.p50, 1).padStart(8)} ${fmt(run.p95, 1).padStart(8)} ${fmt(run.p99, 1).padStart(8)} ${String(errors).padStart(7)} ${String(run.serverCpuPercent).padStart(10)} ${String(run.postgresCpuPercent ?? '-').padStart(8)} ${String(run.maxRssMb).padStart(7)}  ${ratio}${run.rowsWritten !== undefined ? `${ratio ? ' ' : ''}${fmt(run.rowsWritten)} rows written of ${fmt(run.requests)} requests` : ''}`,
    );
  }
  if (profiles[scenario.name]) {
    console.log(`  API CPU profile at ${levels.at(-1)} connections (self time, busy samples): ${profiles[scenario.name]!.map((p) => `${p.owner} ${p.percent}%`).join(', ')}`);
  }
  console.log('');
  report.push({
    cpuProfile: profiles[scenario.name] ?? null,
    scenario: scenario.name,
    description: scenario.description,
    kind: scenario.kind,
    sqlStatements: { api: apiAnswer.statements, baseline: baselineStatements },
    sameJsonAsBaseline: sameAnswer,
    runs: runs.map((run) => {
      const base = runs.find((r) => r.target === 'baseline' && r.connections === run.connections);
      return { ...run, ratioToBaseline: run.target === 'api' && base ? run.requestsPerSecond / base.requestsPerSecond : null };
    }),
  });
}

async function countWrites(scenario: Scenario): Promise<number> {
  if (!sql) return 0;
  if (scenario.countWrites) return scenario.countWrites(sql);
  return 0;
}

// ---------------------------------------------------------------- results
mkdirSync(resultsDir, { recursive: true });
const file = resolve(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: { cores: cpus().length, model: cpus()[0]?.model, loadAverage: loadavg(), node: process.version },
      database: handle.driver,
      generation,
      tableRows: counts,
      settings: { levels, durationSeconds: duration, poolSize },
      scenarios: report,
    },
    null,
    2,
  ),
);
console.log(`results written to ${file} (${readdirSync(resultsDir).length} runs in bench/results/)`);

loader.kill();
await api.stop();
await apiProbe.stop();
await baseline?.stop();
await sql?.end({ timeout: 5 });
await handle.close();
process.exit(0);
