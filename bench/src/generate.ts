/**
 * Fills a database with a province-sized data set (scale 1.0 = the figures of issue 9): the demo
 * seed first (its logins and union tree), then generated unions, members, employers, job
 * postings and applications, competitions with entries, and sessions for the runner.
 *
 *   npm run bench:generate -- --scale 0.1            # Postgres: DATABASE_URL's server, database huigong_bench
 *   npm run bench:generate -- --scale 0.01 --pglite  # embedded PGlite in .data/bench-pglite
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { openDatabase, type DatabaseHandle } from '@huigong/db';
import { DEMO_PASSWORD, seedDemoData } from '@huigong/db/seed/demo';
import { hashPassword } from '@huigong/schema';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import {
  BENCH_COMPETITION_ID,
  BENCH_EVENT_ID,
  BENCH_PASSWORD,
  BENCH_SEED,
  benchToken,
  memberPhone,
  tokenHash,
} from './fixtures.ts';
import { Random } from './random.ts';
import { openWriter, type BulkWriter, type Cell } from './writer.ts';
import {
  companyWords,
  competitionTrades,
  demoCityCentres,
  descriptionParts,
  districtNames,
  givenNameChars,
  henanCities,
  industries,
  jobBenefits,
  jobCategories,
  surnames,
} from './words.ts';
import { extensions, type GenerationContext } from './extensions.ts';

export interface GenerateOptions {
  scale: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface GenerateSummary {
  scale: number;
  seconds: number;
  rows: Record<string, number>;
  totalRows: number;
  rowsPerSecond: number;
}

const DAY = 86_400_000;
const LUHN = (digits: string) => {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
};

/** The row counts for a scale: 1.0 is the province of the issue. */
export function countsFor(scale: number) {
  const members = Math.max(200, Math.round(500_000 * scale));
  return {
    members,
    grassrootsUnions: Math.max(20, Math.round(members / 25)),
    employers: Math.max(20, Math.round(20_000 * scale)),
    jobPostings: Math.max(100, Math.round(100_000 * scale)),
    jobApplications: Math.max(100, Math.round(100_000 * scale)),
    competitions: Math.max(10, Math.round(1_000 * scale)),
    sessions: Math.min(Math.floor(members / 2), 20_000),
  };
}

export async function generate(handle: DatabaseHandle, options: GenerateOptions): Promise<GenerateSummary> {
  const log = options.log ?? (() => {});
  const rng = new Random(options.seed ?? BENCH_SEED);
  const counts = countsFor(options.scale);
  const started = performance.now();
  const rows: Record<string, number> = {};
  const db = handle.db;

  log(`seeding the demo data, then generating at scale ${options.scale}: ${JSON.stringify(counts)}`);
  const [demoHash, benchHash] = await Promise.all([hashPassword(DEMO_PASSWORD), hashPassword(BENCH_PASSWORD)]);
  if (!(await seedDemoData(db, demoHash))) throw new Error('the database already has data: generate into an empty one');

  const writer = await openWriter(db, handle.driver);
  const write = async (table: string, columns: readonly string[], data: Iterable<readonly Cell[]>) => {
    const t0 = performance.now();
    const n = await writer.insert(table, columns, data);
    rows[table] = (rows[table] ?? 0) + n;
    log(`  ${table}: ${n.toLocaleString('en')} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  };
  const now = Date.now();
  const ago = (maxDays: number) => new Date(now - rng.next() * maxDays * DAY);
  const dateOnly = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

  // ---- unions: the rest of Henan (cities, districts) and the grassroots unions members belong to
  const existing = (await db.execute(sql`select id, code, path, level from unions`)) as unknown as
    | { rows: { id: string; code: string; path: string; level: string }[] }
    | { id: string; code: string; path: string; level: string }[];
  const existingRows = Array.isArray(existing) ? existing : existing.rows;
  const byCode = new Map(existingRows.map((u) => [u.code, u]));
  const henan = byCode.get('410000')!;
  type Region = { id: string; path: string; cityCode: string; lat: number; lng: number; name: string };
  const newUnions: Cell[][] = [];
  const districts: Region[] = [];
  const cities: Region[] = [];
  for (const [code, centre] of Object.entries(demoCityCentres)) {
    const city = byCode.get(code)!;
    cities.push({ id: city.id, path: city.path, cityCode: code, ...centre });
    for (const u of existingRows) {
      if (u.level === 'district' && u.path.startsWith(city.path)) {
        districts.push({ id: u.id, path: u.path, cityCode: code, ...centre });
      }
    }
  }
  for (const city of henanCities) {
    const id = rng.uuid();
    const path = `${henan.path}${city.code}/`;
    newUnions.push([id, city.code, `${city.name}市总工会`, 'city', henan.id, path, ago(900)]);
    cities.push({ id, path, cityCode: city.code, lat: city.lat, lng: city.lng, name: city.name });
    const districtCount = rng.int(4, 8);
    for (let d = 0; d < districtCount; d += 1) {
      const code = `${city.code.slice(0, 4)}${String(d + 2).padStart(2, '0')}`;
      const dId = rng.uuid();
      const dPath = `${path}${code}/`;
      newUnions.push([dId, code, `${city.name}市${districtNames[d]}总工会`, 'district', id, dPath, ago(900)]);
      districts.push({ id: dId, path: dPath, cityCode: city.code, lat: city.lat, lng: city.lng, name: city.name });
    }
  }
  const grassroots: (Region & { industry: number })[] = [];
  for (let i = 0; i < counts.grassrootsUnions; i += 1) {
    // Big cities hold more workplaces: a skewed pick over districts, the demo cities first.
    const district = rng.pickSkewed(districts, 1.6);
    const industry = rng.int(0, industries.length - 1);
    const code = `B${district.path.split('/').at(-2)}${String(i).padStart(6, '0')}`;
    const id = rng.uuid();
    const path = `${district.path}${code}/`;
    const name = `${district.name}${rng.pick(companyWords)}${industries[industry]!.suffix}工会`;
    newUnions.push([id, code, name, 'grassroots', district.id, path, ago(900)]);
    grassroots.push({ ...district, id, path, industry });
  }
  await write('unions', ['id', 'code', 'name', 'level', 'parent_id', 'path', 'created_at'], newUnions);

  // ---- users and members
  const memberIds: string[] = new Array(counts.members);
  const userIds: string[] = new Array(counts.members);
  const memberUnion: number[] = new Array(counts.members);
  const memberNames: string[] = new Array(counts.members);
  for (let i = 0; i < counts.members; i += 1) {
    userIds[i] = rng.uuid();
    memberIds[i] = rng.uuid();
    memberUnion[i] = Math.floor(rng.next() ** 1.3 * grassroots.length);
    memberNames[i] = rng.pick(surnames) + rng.pick(givenNameChars) + (rng.chance(0.7) ? rng.pick(givenNameChars) : '');
  }
  const userRows = function* () {
    for (let i = 0; i < counts.members; i += 1) {
      const created = ago(700);
      yield [userIds[i]!, memberPhone(i), memberNames[i]!, benchHash, created, created];
    }
  };
  await write('users', ['id', 'phone', 'display_name', 'password_hash', 'created_at', 'updated_at'], userRows());
  const memberRows = function* () {
    for (let i = 0; i < counts.members; i += 1) {
      const body = `62319${String(i).padStart(10, '0')}`;
      const created = ago(700);
      const birth = dateOnly(Date.UTC(1965, 0, 1) + rng.next() * 38 * 365 * DAY);
      const hardship = rng.chance(0.03);
      const model = rng.chance(0.005);
      const craftsman = rng.chance(0.001) ? (rng.chance(0.2) ? 'master_craftsman' : 'craftsman') : null;
      yield [memberIds[i]!, userIds[i]!, body + LUHN(body), grassroots[memberUnion[i]!]!.id, memberNames[i]!, birth, hardship, model, craftsman, created, created];
    }
  };
  await write(
    'members',
    ['id', 'user_id', 'card_number', 'union_id', 'real_name', 'birth_date', 'is_hardship', 'is_model_worker', 'craftsman_title', 'created_at', 'updated_at'],
    memberRows(),
  );
  const sessionRows = function* () {
    for (let i = 0; i < counts.sessions; i += 1) {
      yield [rng.uuid(), userIds[i]!, tokenHash(benchToken(i)), new Date(now), new Date(now + 60 * DAY), 'huigong-bench'];
    }
  };
  await write('sessions', ['id', 'user_id', 'token_hash', 'created_at', 'expires_at', 'user_agent'], sessionRows());

  // ---- employers, job postings, applications
  const employers: { id: string; region: Region; name: string; industry: number; userIndex: number; verified: boolean }[] = [];
  const employerRows: Cell[][] = [];
  for (let i = 0; i < counts.employers; i += 1) {
    const region = rng.pickSkewed(districts, 1.6);
    const industry = rng.int(0, industries.length - 1);
    const name = `${region.name}${rng.pick(companyWords)}${rng.pick(companyWords)}${industries[industry]!.suffix}`;
    const id = rng.uuid();
    const userIndex = counts.sessions + rng.int(0, Math.max(0, counts.members - counts.sessions - 1));
    const verified = rng.chance(0.95);
    employers.push({ id, region, name, industry, userIndex: Math.min(userIndex, counts.members - 1), verified });
    // Credit codes: unique by construction (index in the middle), check character per GB 32100.
    const body = `91${region.cityCode}${String(i).padStart(9, '0')}`;
    const created = ago(700);
    employerRows.push([
      id, name, withCheck(body), industries[industry]!.word, region.id, `${region.name}市${rng.pick(districtNames)}${rng.int(1, 300)}号`,
      rng.pick(surnames) + rng.pick(givenNameChars) + rng.pick(givenNameChars), `1370000${String(i).padStart(4, '0')}`.slice(0, 11),
      verified ? 'verified' : 'pending', userIds[employers.at(-1)!.userIndex]!, created, created,
    ]);
  }
  await write(
    'employers',
    ['id', 'name', 'credit_code', 'industry', 'union_id', 'address', 'contact_name', 'contact_phone', 'status', 'created_by_user_id', 'created_at', 'updated_at'],
    employerRows,
  );

  const employmentTypes = ['FULL_TIME', 'FULL_TIME', 'FULL_TIME', 'PART_TIME', 'TEMPORARY', 'INTERN', 'CONTRACTOR'];
  const educations = [null, 'junior_high', 'high_school', 'vocational', 'associate', 'bachelor'];
  const postingIds: string[] = [];
  const openPostings: number[] = [];
  const postingEmployer: number[] = [];
  const postingRows = function* () {
    for (let i = 0; i < counts.jobPostings; i += 1) {
      const e = rng.int(0, employers.length - 1);
      const employer = employers[e]!;
      const cat = rng.pickSkewed(jobCategories, 1.3);
      const roll = rng.next();
      // An employer still under review cannot publish yet.
      const status = !employer.verified
        ? roll < 0.5 ? 'draft' : 'pending_review'
        : roll < 0.7 ? 'published' : roll < 0.9 ? 'closed' : roll < 0.95 ? 'draft' : 'pending_review';
      const created = ago(120);
      const datePosted = status === 'draft' || status === 'pending_review' ? null : new Date(created.getTime() + DAY);
      const validThrough = status === 'published' ? new Date(now + rng.int(2, 90) * DAY) : new Date(now - rng.int(1, 30) * DAY);
      const min = rng.int(25, 80) * 10_000;
      const id = rng.uuid();
      postingIds.push(id);
      postingEmployer.push(e);
      if (status === 'published') openPostings.push(i);
      const hasCoordinates = rng.chance(0.8);
      const title = rng.pick(cat.titles) + (rng.chance(0.3) ? `（${rng.pick(['长白班', '两班倒', '急招', '可兼职', '包住'])}）` : '');
      const description = `${employer.name}招聘${title}${rng.int(1, 10)}名。${rng.sample(descriptionParts, 3).join('')}`;
      yield [
        id, employer.id, title, description, status, datePosted, validThrough, rng.pick(employmentTypes), employer.region.id,
        employer.region.path, `${employer.region.name}市${rng.pick(districtNames)}${rng.int(1, 300)}号`,
        hasCoordinates ? employer.region.lat + (rng.next() - 0.5) * 0.2 : null,
        hasCoordinates ? employer.region.lng + (rng.next() - 0.5) * 0.2 : null,
        rng.chance(0.03), min, min + rng.int(5, 40) * 10_000, rng.int(1, 20), cat.category, rng.pick(educations),
        rng.chance(0.5) ? rng.int(0, 5) : null, rng.sample(cat.skills, 2), rng.sample(jobBenefits, 3), rng.chance(0.05),
        rng.chance(0.15), userIds[employer.userIndex]!, created, created,
      ];
    }
  };
  await write(
    'job_postings',
    [
      'id', 'employer_id', 'title', 'description', 'status', 'date_posted', 'valid_through', 'employment_type', 'location_union_id',
      'location_path', 'address', 'latitude', 'longitude', 'is_remote', 'salary_min_fen', 'salary_max_fen', 'openings', 'category',
      'education', 'experience_years', 'skills', 'benefits', 'is_public_benefit', 'suitable_for_hardship', 'created_by_user_id',
      'created_at', 'updated_at',
    ],
    postingRows(),
  );

  // Applications come from members without a bench session, so the runner's job-application
  // scenario (session members applying) never meets an earlier application.
  const applicationRows = function* () {
    const seen = new Set<string>();
    const pool = counts.members - counts.sessions;
    for (let i = 0; i < counts.jobApplications && pool > 0 && openPostings.length > 0; i += 1) {
      const p = rng.pickSkewed(openPostings, 1.5);
      const m = counts.sessions + rng.int(0, pool - 1);
      const key = `${p}:${m}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const created = ago(60);
      yield [
        rng.uuid(), postingIds[p]!, employers[postingEmployer[p]!]!.id, memberIds[m]!, userIds[m]!,
        rng.pick(['submitted', 'submitted', 'viewed', 'interviewing', 'rejected', 'hired']), created, created, created,
      ];
    }
  };
  await write(
    'job_applications',
    ['id', 'posting_id', 'employer_id', 'member_id', 'applicant_user_id', 'status', 'status_changed_at', 'created_at', 'updated_at'],
    applicationRows(),
  );

  // ---- competitions, events, prizes, entries
  const competitionRows: Cell[][] = [];
  const eventRows: Cell[][] = [];
  const prizeRows: Cell[][] = [];
  const entryRows: Cell[][] = [];
  const participantRows: Cell[][] = [];
  const membersByCity = new Map<string, number[]>();
  for (let i = counts.sessions; i < counts.members; i += 1) {
    const city = grassroots[memberUnion[i]!]!.cityCode;
    let list = membersByCity.get(city);
    if (!list) membersByCity.set(city, (list = []));
    list.push(i);
  }
  const allOthers = [...membersByCity.values()].flat();
  const addCompetition = (id: string, title: string, trade: string, level: string, organizer: Region | { id: string }, opens: number, events: { id: string; name: string; capacity: number }[], pool: number[]) => {
    const startsOn = opens + rng.int(20, 40) * DAY;
    const created = new Date(opens - 10 * DAY);
    competitionRows.push([
      id, title, trade, level, organizer.id, dateOnly(opens), dateOnly(opens + 15 * DAY), new Date(startsOn - 3 * DAY),
      dateOnly(startsOn), dateOnly(startsOn + rng.int(0, 2) * DAY), `${'name' in organizer ? organizer.name : '郑州'}市职工技能实训基地`,
      false, null, null, null, 48, created, created,
    ]);
    for (const event of events) {
      eventRows.push([event.id, id, event.name, 'individual', event.capacity, created]);
      [['一等奖', 4], ['二等奖', 8], ['三等奖', 12]].forEach(([name, quantity], tier) =>
        prizeRows.push([rng.uuid(), event.id, tier + 1, name as string, quantity as number]),
      );
      const entrants = rng.sample(pool, Math.min(pool.length, rng.int(Math.floor(event.capacity / 2), event.capacity)));
      for (const m of entrants) {
        const entryId = rng.uuid();
        const at = new Date(opens + rng.next() * 10 * DAY);
        entryRows.push([entryId, event.id, id, 'individual', memberIds[m]!, 'confirmed', at, at, at]);
        participantRows.push([rng.uuid(), entryId, event.id, memberIds[m]!, 'individual', 'accepted', true, at]);
      }
    }
  };
  for (let c = 0; c < counts.competitions; c += 1) {
    const trade = rng.pick(competitionTrades);
    const city = rng.pick(cities);
    const pool = membersByCity.get(city.cityCode) ?? allOthers;
    const opens = now + rng.int(-400, 30) * DAY;
    const events = rng.sample(trade.events, rng.int(2, Math.min(4, trade.events.length))).map((name) => ({ id: rng.uuid(), name, capacity: rng.int(20, 80) }));
    const year = new Date(opens).getUTCFullYear();
    addCompetition(rng.uuid(), `${year}年${city.name}市职工${trade.trade}技能大赛`, trade.trade, 'city', city, opens, events, pool);
  }
  // The registration scenario's target: open now, province-wide, a seat for every bench session.
  addCompetition(BENCH_COMPETITION_ID, '河南省职工技能大赛（基准测试）', '焊工', 'province', henan, now - 2 * DAY,
    [{ id: BENCH_EVENT_ID, name: '手工电弧焊（个人）', capacity: counts.sessions + 1000 }], []);
  await write('competitions', ['id', 'title', 'trade', 'level', 'organizer_union_id', 'registration_opens_on', 'registration_closes_on', 'cancellation_deadline', 'starts_on', 'ends_on', 'venue', 'is_online', 'min_age', 'max_age', 'required_skill_level', 'offer_hold_hours', 'created_at', 'updated_at'], competitionRows);
  await write('competition_events', ['id', 'competition_id', 'name', 'kind', 'capacity', 'created_at'], eventRows);
  await write('competition_prizes', ['id', 'event_id', 'tier', 'name', 'quantity'], prizeRows);
  await write('competition_entries', ['id', 'event_id', 'competition_id', 'kind', 'registrant_member_id', 'status', 'confirmed_at', 'created_at', 'updated_at'], entryRows);
  await write('competition_participants', ['id', 'entry_id', 'event_id', 'member_id', 'role', 'status', 'active', 'created_at'], participantRows);

  // ---- domains that register themselves (offers, grants) once they are on main
  const afterLoad: string[] = [];
  const context: GenerationContext = {
    rng, scale: options.scale, now, write, memberIds, userIds, sessions: counts.sessions, cities, districts, grassroots, memberUnion, ago,
    afterLoad: (statement) => afterLoad.push(statement),
  };
  for (const extension of extensions) await extension(context);

  const t0 = performance.now();
  await writer.close();
  log(`  secondary indexes built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const statement of afterLoad) await db.execute(sql.raw(statement));
  // Vacuum too, not only analyze: freshly copied pages are not yet all-visible, and index-only
  // scans (which the covering indexes are for) would visit the heap until autovacuum comes by.
  log('  vacuum analyze');
  await db.execute(sql`vacuum analyze`);
  const seconds = (performance.now() - started) / 1000;
  const totalRows = Object.values(rows).reduce((a, b) => a + b, 0);
  return { scale: options.scale, seconds, rows, totalRows, rowsPerSecond: Math.round(totalRows / seconds) };
}

import { withCreditCheckChar as withCheck } from '@huigong/db/credit-code';

/** The benchmark's own database on the server of DATABASE_URL (or BENCH_DATABASE_URL as given). */
export function benchDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.BENCH_DATABASE_URL) return env.BENCH_DATABASE_URL;
  if (!env.DATABASE_URL) return undefined;
  const url = new URL(env.DATABASE_URL);
  url.pathname = '/huigong_bench';
  return url.toString();
}

/** Drops and creates the bench database, so every generation starts empty. */
export async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[\w-]+$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = postgres(admin.toString(), { max: 1, onnotice: () => {} });
  try {
    await client.unsafe(`drop database if exists "${name}" with (force)`);
    await client.unsafe(`create database "${name}"`);
  } finally {
    await client.end({ timeout: 5 });
  }
}

export async function openBenchDatabase(options: { pglite?: boolean; fresh: boolean }): Promise<DatabaseHandle> {
  const url = options.pglite ? undefined : benchDatabaseUrl();
  if (url) {
    if (options.fresh) await recreateDatabase(url);
    return openDatabase({ url, maxConnections: 20 });
  }
  const dataDir = resolve(import.meta.dirname, '../../.data/bench-pglite');
  if (options.fresh) {
    const { rmSync } = await import('node:fs');
    rmSync(dataDir, { recursive: true, force: true });
  }
  return openDatabase({ dataDir });
}

async function main() {
  const { values } = parseArgs({
    options: { scale: { type: 'string', default: '0.1' }, seed: { type: 'string' }, pglite: { type: 'boolean', default: false } },
  });
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 10)) throw new Error('--scale must be a number in (0, 10]');
  const handle = await openBenchDatabase({ pglite: values.pglite, fresh: true });
  try {
    const t0 = performance.now();
    await handle.migrate();
    console.log(`migrated (${handle.driver}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const summary = await generate(handle, { scale, seed: values.seed ? Number(values.seed) : BENCH_SEED, log: console.log });
    console.log(
      `generated ${summary.totalRows.toLocaleString('en')} rows in ${summary.seconds.toFixed(1)} s (${summary.rowsPerSecond.toLocaleString('en')} rows/s)`,
    );
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await main();
}
