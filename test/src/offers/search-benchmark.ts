/**
 * Search at Henan's scale: 13,580 partner merchants (the figure in the source reports), each with
 * a store and two offers, then the public search timed for typical queries. Prints figures; it
 * asserts nothing. Run: `node --import tsx test/src/offers/search-benchmark.ts` (PGlite), or with
 * DATABASE_URL=postgres://… for a real server (a scratch database is created and dropped).
 */
import { merchants, merchantStores, offers, offerStores, type Database } from '@huigong/db';
import { offerSearchColumns } from '@huigong/db/offers/search-text';
import { seedDemoData } from '@huigong/db/seed/demo';
import { sql } from 'drizzle-orm';
import { creditCodeCheckChar } from '@huigong/db/credit-code';
import { searchOffers, type OfferSearch } from '../../../schema/src/offers/search.service.ts';
import { createTestDatabase } from '../support/database.ts';

const MERCHANTS = Number(process.env.BENCH_MERCHANTS ?? 13_580);
const RUNS = 15;

const words = ['火锅', '烧烤', '体检', '游泳', '健身', '书店', '洗车', '理发', '咖啡', '烤鸭', '水席', '牛肉汤', '培训', '驾校', '眼镜', '药店', '超市', '花店', '茶馆', '足疗'];
const districts = [
  { code: '410302', name: '老城区', lat: 34.683, lng: 112.477 },
  { code: '410305', name: '涧西区', lat: 34.658, lng: 112.395 },
  { code: '410311', name: '洛龙区', lat: 34.619, lng: 112.456 },
  { code: '410105', name: '金水区', lat: 34.775, lng: 113.686 },
  { code: '410102', name: '中原区', lat: 34.748, lng: 113.613 },
];
const categories = ['daily_life', 'dining', 'leisure', 'tourism', 'culture_sports', 'medical_checkup', 'education_training'] as const;

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function fill(db: Database) {
  const rand = random(42);
  const unionRows = await db.query.unions.findMany({ columns: { id: true, code: true } });
  const unionId = new Map(unionRows.map((u) => [u.code, u.id]));
  const applicant = (await db.query.users.findFirst({ columns: { id: true } }))!.id;
  const now = Date.now();
  for (let start = 0; start < MERCHANTS; start += 500) {
    const batch = Array.from({ length: Math.min(500, MERCHANTS - start) }, (_, k) => {
      const i = start + k;
      const district = districts[i % districts.length]!;
      const word = words[Math.floor(rand() * words.length)]!;
      const body = `92${district.code}MA${String(i).padStart(7, '0')}`;
      return {
        merchant: {
          name: `${district.name}${word}${i}号店`,
          creditCode: body + creditCodeCheckChar(body),
          category: categories[i % categories.length]!,
          contactName: '联系人',
          contactPhone: '13700000000',
          unionId: unionId.get(district.code)!,
          status: 'approved' as const,
          applicantUserId: applicant,
        },
        store: {
          name: `${district.name}${word}${i}号店`,
          address: `${district.name}${word}街${i}号`,
          unionId: unionId.get(district.code)!,
          latitude: district.lat + (rand() - 0.5) * 0.1,
          longitude: district.lng + (rand() - 0.5) * 0.1,
        },
        word,
        district,
      };
    });
    const merchantRows = await db.insert(merchants).values(batch.map((b) => b.merchant)).returning({ id: merchants.id, unionId: merchants.unionId });
    const storeRows = await db
      .insert(merchantStores)
      .values(batch.map((b, k) => ({ ...b.store, merchantId: merchantRows[k]!.id })))
      .returning({ id: merchantStores.id });
    const offerValues = batch.flatMap((b, k) =>
      [0, 1].map((n) => {
        const title = n === 0 ? `${b.word}会员 8.5 折` : `${b.word}满 100 减 20`;
        return {
          merchantId: merchantRows[k]!.id,
          unionId: merchantRows[k]!.unionId,
          title,
          description: `${b.district.name}${b.word}，工会会员专享。`,
          category: b.merchant.category,
          kind: n === 0 ? ('percentage_off' as const) : ('amount_off' as const),
          percentPaid: n === 0 ? 85 : null,
          minSpendFen: n === 0 ? null : 10_000,
          reductionFen: n === 0 ? null : 2_000,
          validFrom: new Date(now - 86_400_000),
          validUntil: new Date(now + 90 * 86_400_000),
          status: 'published' as const,
          publishedAt: new Date(now - Math.floor(rand() * 30 * 86_400_000)),
          claimCount: Math.floor(rand() * 500),
          ...offerSearchColumns({
            title,
            description: `${b.district.name}${b.word}，工会会员专享。`,
            merchantName: b.merchant.name,
            category: b.merchant.category,
            stores: [b.store],
          }),
        };
      }),
    );
    const offerRows = await db.insert(offers).values(offerValues).returning({ id: offers.id });
    await db.insert(offerStores).values(offerRows.map((o, j) => ({ offerId: o.id, storeId: storeRows[Math.floor(j / 2)]!.id })));
  }
  await db.execute(sql`analyze`);
}

async function time(db: Database, label: string, search: OfferSearch) {
  const durations: number[] = [];
  let hits = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    hits = (await searchOffers(db, search, { offset: 0, limit: 20 })).length;
    durations.push(performance.now() - started);
  }
  durations.sort((a, b) => a - b);
  const median = durations[Math.floor(durations.length / 2)]!;
  console.log(`${label.padEnd(34)} ${String(hits).padStart(3)} hits  median ${median.toFixed(1).padStart(7)} ms  p90 ${durations[Math.floor(durations.length * 0.9)]!.toFixed(1).padStart(7)} ms`);
}

const database = await createTestDatabase();
const { db } = database.handle;
try {
  await seedDemoData(db, 'benchmark-no-login');
  const started = performance.now();
  await fill(db);
  const [{ n }] = (await db.select({ n: sql<number>`count(*)::int` }).from(offers)) as [{ n: number }];
  console.log(`${database.handle.driver}: ${MERCHANTS} merchants, ${n} offers, filled in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  const luoyang = (await db.query.unions.findFirst({ where: { code: '410300' }, columns: { path: true } }))!.path;
  const near = { latitude: 34.6836, longitude: 112.475 };
  await time(db, 'text 火锅 (relevance)', { text: '火锅', orderBy: 'relevance' });
  await time(db, 'text 老城区 火锅', { text: '老城区 火锅', orderBy: 'relevance' });
  await time(db, 'text 牛肉汤 + region 洛阳', { text: '牛肉汤', regionPath: luoyang, orderBy: 'newest' });
  await time(db, 'category dining, newest', { category: 'dining', orderBy: 'newest' });
  await time(db, 'all, popular', { orderBy: 'popular' });
  await time(db, 'near me (distance), no radius', { near, orderBy: 'distance' });
  await time(db, 'near me (distance), within 3 km', { near, withinMeters: 3000, orderBy: 'distance' });
  await time(db, 'near me + text 火锅', { near, text: '火锅', orderBy: 'distance' });
} finally {
  await database.dispose();
}
