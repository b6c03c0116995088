/**
 * Benchmark scenario (issue 21): one million offer claims under one city, then
 *  - the province's figures (`unionFigures`, every programme, by city and by month): the time;
 *  - an XLSX and a CSV export of all the claims, streamed to a file as the HTTP route streams it
 *    to a client: rows, seconds, file size and the process's peak RSS (flat in the row count).
 * Prints figures; no assertion on them anywhere.
 *
 *   DATABASE_URL=postgres://… npm run bench:exports                 # a fresh database huigong_bench_exports
 *   DATABASE_URL=postgres://… npm run bench:exports -- --claims 200000
 *   DATABASE_URL=postgres://… npm run bench:exports -- --reuse     # measure again on the database a previous run left
 */
import { createWriteStream, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { executeRows, openDatabase } from '@huigong/db';
import { DEMO_PASSWORD, seedDemoData } from '@huigong/db/seed/demo';
import { hashPassword } from '@huigong/schema';
import { unionFigures } from '@huigong/schema/figures/figures.service';
import { EXPORT_LISTS } from '@huigong/schema/figures/exports/lists';
import { writeExport } from '@huigong/schema/figures/exports/export.service';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';

const { values: args } = parseArgs({ options: { claims: { type: 'string', default: '1000000' }, reuse: { type: 'boolean', default: false } } });
const COUNT = Number(args.claims);
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('bench:exports needs DATABASE_URL (a PostgreSQL server): a million rows in embedded PGlite would measure PGlite, not the export.');
  process.exit(2);
}
if (!args.reuse) {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe('drop database if exists huigong_bench_exports with (force)');
  await admin.unsafe('create database huigong_bench_exports');
  await admin.end();
}
const target = new URL(url);
target.pathname = '/huigong_bench_exports';
const handle = await openDatabase({ url: target.toString(), maxConnections: 4 });
const db = handle.db;
let t = performance.now();
if (!args.reuse) {
await handle.migrate();
await seedDemoData(handle.db, await hashPassword(DEMO_PASSWORD));
// Claims on the Luoyang offers by Luoyang members, spread over the last 12 months; every third redeemed.
await executeRows(
  db,
  sql`with o as (select o.id, o.merchant_id, row_number() over (order by o.id) - 1 as n, count(*) over () as total
                 from offers o join unions u on u.id = o.union_id where u.path like '/100000/410000/410300/%'),
           m as (select id, row_number() over (order by id) - 1 as n, count(*) over () as total from members),
           s as (select distinct on (merchant_id) id, merchant_id from merchant_stores order by merchant_id, id)
      insert into offer_claims (offer_id, merchant_id, member_id, code, status, claim_date, expires_at, redeemed_at, redeemed_store_id, created_at)
      select o.id, o.merchant_id, m.id, 'B' || lpad(g::text, 9, '0'),
             (case when g % 3 = 0 then 'redeemed' else 'expired' end)::claim_status,
             ((now() - (g % 365) * interval '1 day') at time zone 'Asia/Shanghai')::date,
             now() - (g % 365) * interval '1 day' + interval '72 hours',
             case when g % 3 = 0 then now() - (g % 365) * interval '1 day' + interval '1 hour' end,
             case when g % 3 = 0 then s.id end,
             now() - (g % 365) * interval '1 day'
      from generate_series(1, ${COUNT}) g
      join o on o.n = g % o.total
      join m on m.n = g % m.total
      join s on s.merchant_id = o.merchant_id`,
);
await executeRows(db, sql`analyze`);
console.log(`setup: ${COUNT.toLocaleString()} claims inserted in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

const henan = (await db.query.unions.findFirst({ where: { code: '410000' } }))!;
const luoyang = (await db.query.unions.findFirst({ where: { code: '410300' } }))!;
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
const yearAgo = new Date(Date.now() + 8 * 3600_000 - 366 * 86_400_000).toISOString().slice(0, 10);
for (let i = 0; i < 2; i++) {
  t = performance.now();
  const figures = await unionFigures(db, henan.id, yearAgo, today);
  console.log(
    `unionFigures(河南省, 12 months): ${(performance.now() - t).toFixed(0)} ms` +
      ` (claims ${figures!.total['discounts.claims']?.toLocaleString()}, cities ${figures!.children.length}, months ${figures!.months.length})`,
  );
}

let peak = 0;
let peakHeap = 0;
const sample = setInterval(() => {
  const usage = process.memoryUsage();
  peak = Math.max(peak, usage.rss);
  peakHeap = Math.max(peakHeap, usage.heapUsed);
}, 50);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
console.log(`RSS before exports: ${mb(process.memoryUsage().rss)}`);
// Two sizes on the same data (the claims are spread over a year): memory flat in the size means
// the same peak for the 60-day export (about a sixth of the rows) as for the whole year.
const sixtyDaysAgo = new Date(Date.now() + 8 * 3600_000 - 59 * 86_400_000).toISOString().slice(0, 10);
for (const [label, from] of [['60 days', sixtyDaysAgo], ['12 months', yearAgo]] as const) {
  for (const format of ['xlsx', 'csv'] as const) {
    const file = join(tmpdir(), `huigong-bench-claims.${format}`);
    peak = process.memoryUsage().rss;
    peakHeap = process.memoryUsage().heapUsed;
    t = performance.now();
    const out = createWriteStream(file);
    const done = new Promise<void>((resolve) => out.on('close', () => resolve()));
    const rows = await writeExport(db, { list: EXPORT_LISTS.claims!, format, path: luoyang.path, unionName: luoyang.name, from, to: today }, out);
    await done;
    console.log(
      `export claims.${format} (${label}): ${rows.toLocaleString()} rows in ${((performance.now() - t) / 1000).toFixed(1)} s, ` +
        `${mb(statSync(file).size)} on disk (${file}), peak RSS ${mb(peak)}, peak JS heap ${mb(peakHeap)}`,
    );
  }
}
clearInterval(sample);
console.log(`process max RSS (getrusage): ${mb(process.resourceUsage().maxRSS * 1024)}`);
await handle.close();
