/**
 * Benchmark scenario (issue 23): the opening minute of a course at the workers' cultural palace.
 * `--members` members (default 300) enrol at the same instant in a course of `--seats` seats
 * (default 50, report 004's "每個班50人的招生名額"), over HTTP as the storefront does; every seat
 * decision is taken under the course's row lock. Prints the figures (wall time, requests/s,
 * latency percentiles, the time to fill the course, seats and line); no assertion on them
 * anywhere, but it checks the outcome (exactly `seats` confirmed, the rest waiting in order).
 *
 *   npm run bench:classes                         # embedded PGlite (in memory)
 *   DATABASE_URL=postgres://… npm run bench:classes   # a fresh database huigong_bench_classes
 *   npm run bench:classes -- --members 1000 --seats 50
 */
import { createHash, randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from '@huigong/api/config';
import { startServer } from '@huigong/api/server';
import { classCourses, classEnrolments, members, openDatabase, sessions, unions, users, type DatabaseHandle } from '@huigong/db';
import { DEMO_PASSWORD, seedDemoData } from '@huigong/db/seed/demo';
import { hashPassword } from '@huigong/schema';
import { asc, eq } from 'drizzle-orm';
import postgres from 'postgres';

const { values: args } = parseArgs({ options: { members: { type: 'string', default: '300' }, seats: { type: 'string', default: '50' } } });
const COUNT = Number(args.members);
const SEATS = Number(args.seats);

async function database(): Promise<{ handle: DatabaseHandle; kind: string }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { handle: await openDatabase({ dataDir: 'memory://' }), kind: 'PGlite (memory)' };
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe('drop database if exists huigong_bench_classes with (force)');
  await admin.unsafe('create database huigong_bench_classes');
  await admin.end();
  const target = new URL(url);
  target.pathname = '/huigong_bench_classes';
  return { handle: await openDatabase({ url: target.toString(), maxConnections: 10 }), kind: 'PostgreSQL' };
}

const { handle, kind } = await database();
await handle.migrate();
await seedDemoData(handle.db, await hashPassword(DEMO_PASSWORD));
const db = handle.db;

// The course (opening now) and the members with their sessions, written straight to the database:
// the scenario is the enrolment, not sign-up.
const [city] = await db.select({ id: unions.id, path: unions.path }).from(unions).where(eq(unions.code, '410300'));
const [unit] = await db.select({ id: unions.id }).from(unions).where(eq(unions.code, 'G410305001'));
const now = Date.now();
const [course] = await db
  .insert(classCourses)
  .values({
    unionId: city!.id, unionPath: city!.path, kind: 'training', audience: 'members', title: '摄影基础班（基准）', venue: '洛阳市工人文化宫',
    startsOn: '2027-03-01', endsOn: '2027-05-31', capacity: SEATS, enrolmentOpensAt: new Date(now - 1000), enrolmentClosesAt: new Date(now + 7 * 86_400_000),
  })
  .returning();
const tokens: string[] = [];
for (let at = 0; at < COUNT; at += 500) {
  const slice = Array.from({ length: Math.min(500, COUNT - at) }, (_, i) => at + i);
  const userRows = await db
    .insert(users)
    .values(slice.map((i) => ({ phone: `1398${String(i).padStart(7, '0')}`, displayName: `学员${i}`, passwordHash: 'bench' })))
    .returning({ id: users.id });
  await db.insert(members).values(userRows.map((u, k) => ({ userId: u.id, cardNumber: `8${String(slice[k]).padStart(15, '0')}`, unionId: unit!.id, realName: `学员${slice[k]}` })));
  const batch = userRows.map(() => `hgs_${randomBytes(24).toString('base64url')}`);
  await db.insert(sessions).values(userRows.map((u, k) => ({ userId: u.id, tokenHash: createHash('sha256').update(batch[k]!).digest('base64url'), expiresAt: new Date(now + 86_400_000) })));
  tokens.push(...batch);
}

const server = await startServer(
  loadConfig({ NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', COST_BUCKET_CAPACITY: '1000000', COST_RESTORE_RATE: '1000000' }),
  handle,
);
const courseId = Buffer.from(`ClassCourse:${course!.id}`).toString('base64');
const ENROL = `mutation($i: EnrolInClassInput!) { enrolInClass(input: $i) { __typename ... on EnrolInClassSuccess { enrolment { status waitlistPosition } } } }`;

try {
  const latencies: number[] = [];
  const started = performance.now();
  const answers = await Promise.all(
    tokens.map(async (token) => {
      const t0 = performance.now();
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ENROL, variables: { i: { course: courseId } } }),
      });
      const body = (await response.json()) as any;
      latencies.push(performance.now() - t0);
      return body.data?.enrolInClass?.__typename as string | undefined;
    }),
  );
  const wall = performance.now() - started;
  const rows = await db.select().from(classEnrolments).where(eq(classEnrolments.courseId, course!.id)).orderBy(asc(classEnrolments.arrivalSeq));
  const [after] = await db.select().from(classCourses).where(eq(classCourses.id, course!.id));
  const confirmed = rows.filter((r) => r.status === 'confirmed').length;
  const waiting = rows.filter((r) => r.status === 'waiting');
  const inOrder = waiting.every((r, i) => r.queueOrder === i + 1);
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(0);
  console.log(`classes opening minute on ${kind}: ${COUNT} members at once for ${SEATS} seats`);
  console.log(`  answers: ${answers.filter((a) => a === 'EnrolInClassSuccess').length} EnrolInClassSuccess, ${answers.filter((a) => a !== 'EnrolInClassSuccess').length} other`);
  console.log(`  outcome: ${confirmed} confirmed, ${waiting.length} waiting, line in arrival order: ${inOrder ? 'yes' : 'NO'}`);
  console.log(`  wall ${wall.toFixed(0)} ms, ${((COUNT / wall) * 1000).toFixed(1)} enrolments/s; latency p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms`);
  const filledAfter = after!.filledAt ? `${(after!.filledAt.getTime() - (performance.timeOrigin + started)).toFixed(0)} ms after the first request` : 'never';
  console.log(`  the last seat went ${filledAfter}`);
  if (confirmed !== Math.min(SEATS, COUNT) || waiting.length !== Math.max(0, COUNT - SEATS) || !inOrder) process.exitCode = 1;
} finally {
  await server.stop();
  await handle.close();
}
