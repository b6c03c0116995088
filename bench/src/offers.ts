/**
 * The offers part of the data set (scale 1.0: 13,580 merchants with stores, 50,000 offers,
 * 1,000,000 claims and redemptions), plus the rows the offer write scenarios aim at: a popular
 * offer with limited stock, and merchant staff with sessions and active codes to redeem.
 */
import { offerSearchColumns } from '@huigong/db/offers/search-text';
import type { GenerationContext, GeneratorExtension } from './extensions.ts';
import type { Cell } from './writer.ts';
import { BENCH_POPULAR_OFFER_ID, staffToken, tokenHash, REDEEM_CODE_PREFIX } from './fixtures.ts';
import { companyWords, surnames, givenNameChars } from './words.ts';

type Category = 'daily_life' | 'dining' | 'leisure' | 'tourism' | 'culture_sports' | 'medical_checkup' | 'education_training';

export const merchantKinds: Record<Category, { words: string[]; items: string[] }> = {
  dining: { words: ['火锅', '烩面馆', '水席楼', '烧烤', '饺子馆', '咖啡馆', '小吃城'], items: ['双人套餐', '工作日午餐', '招牌烩面', '家庭套餐'] },
  daily_life: { words: ['洗衣店', '理发店', '家电维修', '便利超市', '大药房', '眼镜店'], items: ['洗衣卡', '理发', '家电清洗', '验光配镜'] },
  leisure: { words: ['影城', 'KTV', '茶楼', '足疗馆', '剧本杀'], items: ['观影券', '欢唱套餐', '下午茶', '足疗'] },
  tourism: { words: ['景区', '旅行社', '温泉', '酒店', '民宿'], items: ['门票', '一日游', '温泉票', '标准间'] },
  culture_sports: { words: ['游泳馆', '健身房', '书店', '羽毛球馆', '乒乓球馆'], items: ['游泳次卡', '健身月卡', '图书', '场地费'] },
  medical_checkup: { words: ['体检中心', '口腔诊所', '眼科医院', '中医馆'], items: ['职工体检套餐', '洗牙', '视力检查', '理疗'] },
  education_training: { words: ['培训学校', '驾校', '职业技能培训中心', '少儿艺术中心'], items: ['技能培训课', '驾照培训', '电工培训', '暑期班'] },
};
const categories = Object.keys(merchantKinds) as Category[];

/** Words the offer-search scenario looks for (two characters mostly, as people type them). */
export const offerSearchWords = ['火锅', '体检', '游泳', '洗衣', '代金券', '影城', '温泉', '培训', '烩面', '健身', '门票', '会员价', '洛阳', '郑州'];

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const DAY = 86_400_000;

export function offerCounts(scale: number) {
  return {
    merchants: Math.max(30, Math.round(13_580 * scale)),
    offers: Math.max(100, Math.round(50_000 * scale)),
    claims: Math.max(1000, Math.round(1_000_000 * scale)),
    /** Merchants whose staff have bench sessions (the code-verification scenario). */
    staffedMerchants: Math.min(200, Math.max(10, Math.round(13_580 * scale * 0.02))),
  };
}

export const generateOffers: GeneratorExtension = async (ctx: GenerationContext) => {
  const { rng, now, write } = ctx;
  const counts = offerCounts(ctx.scale);
  const dateOnly = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
  const person = () => rng.pick(surnames) + rng.pick(givenNameChars) + rng.pick(givenNameChars);
  const applicant = () => ctx.userIds[ctx.sessions + rng.int(0, ctx.memberIds.length - ctx.sessions - 1)]!;

  // ---- merchants and their stores
  type Store = { id: string; lat: number; lng: number };
  const merchants: { id: string; name: string; category: Category; unionId: string; approved: boolean; stores: Store[]; storeTexts: { name: string; address: string }[] }[] = [];
  const merchantRows: Cell[][] = [];
  const storeRows: Cell[][] = [];
  for (let i = 0; i < counts.merchants; i += 1) {
    const district = rng.pickSkewed(ctx.districts, 1.6);
    const category = rng.pick(categories);
    const word = rng.pick(merchantKinds[category].words);
    const name = `${district.name}${rng.pick(companyWords)}${word}`;
    const id = rng.uuid();
    const approved = i < counts.staffedMerchants || rng.chance(0.95);
    const created = ctx.ago(600);
    merchantRows.push([
      id, name, `92${district.cityCode}${String(i).padStart(9, '0')}X`, category, person(), `1580000${String(i).padStart(4, '0')}`.slice(0, 11),
      `${name}，工会会员持卡享专属优惠。`, district.id, approved ? 'approved' : 'pending', applicant(), created, created,
    ]);
    const stores: Store[] = [];
    const storeTexts: { name: string; address: string }[] = [];
    const storeCount = rng.int(1, 3);
    for (let s = 0; s < storeCount; s += 1) {
      const storeId = rng.uuid();
      const lat = district.lat + (rng.next() - 0.5) * 0.3;
      const lng = district.lng + (rng.next() - 0.5) * 0.3;
      const storeName = `${name}·${rng.pick(['中心店', '东区店', '西区店', '南关店', '北站店', '新区店'])}`;
      const address = `${district.name}市${rng.pick(['人民路', '建设路', '中州路', '解放路', '文化路', '花园路'])}${rng.int(1, 400)}号`;
      storeRows.push([storeId, id, storeName, address, district.id, lat, lng, `0${rng.int(371, 398)}-${rng.int(60000000, 69999999)}`, created]);
      stores.push({ id: storeId, lat, lng });
      storeTexts.push({ name: storeName, address });
    }
    merchants.push({ id, name, category, unionId: district.id, approved, stores, storeTexts });
  }
  await write('merchants', ['id', 'name', 'credit_code', 'category', 'contact_name', 'contact_phone', 'description', 'union_id', 'status', 'applicant_user_id', 'created_at', 'updated_at'], merchantRows);
  await write('merchant_stores', ['id', 'merchant_id', 'name', 'address', 'union_id', 'latitude', 'longitude', 'phone', 'created_at'], storeRows);

  // ---- offers
  const offerColumns = [
    'id', 'merchant_id', 'union_id', 'title', 'description', 'terms', 'category', 'kind', 'percent_paid', 'min_spend_fen', 'reduction_fen',
    'regular_price_fen', 'member_price_fen', 'valid_from', 'valid_until', 'stock_total', 'stock_remaining', 'per_member_limit',
    'per_member_daily_limit', 'code_valid_hours', 'audience', 'audience_union_id', 'status', 'search_text', 'search_grams',
    'claim_count', 'redemption_count', 'published_at', 'created_at', 'updated_at',
  ];
  const offers: { id: string; merchant: number; published: boolean }[] = [];
  const publishedOffers: number[] = [];
  const offerRows: Cell[][] = [];
  const offerStoreRows: Cell[][] = [];
  const addOffer = (id: string, m: number, overrides: { stockTotal?: number | null; title?: string; published?: boolean; percentPaid?: number } = {}) => {
    const merchant = merchants[m]!;
    const kinds = merchantKinds[merchant.category];
    const item = rng.pick(kinds.items);
    const kinds4 = ['percentage_off', 'amount_off', 'member_price', 'prepaid_voucher'] as const;
    const kind = overrides.percentPaid ? 'percentage_off' : rng.pick(kinds4);
    let percentPaid: number | null = null, minSpend: number | null = null, reduction: number | null = null, regular: number | null = null, memberPrice: number | null = null;
    let title: string;
    if (kind === 'percentage_off') {
      percentPaid = overrides.percentPaid ?? rng.pick([70, 75, 80, 85, 88, 90, 95]);
      title = `${item}会员${percentPaid % 10 === 0 ? percentPaid / 10 : (percentPaid / 10).toFixed(1)}折`;
    } else if (kind === 'amount_off') {
      minSpend = rng.pick([50, 100, 200, 300, 500]) * 100;
      reduction = Math.round(minSpend * rng.pick([0.1, 0.15, 0.2, 0.3]));
      title = `${item}满${minSpend / 100}减${reduction / 100}`;
    } else if (kind === 'member_price') {
      regular = rng.int(3, 80) * 1000;
      memberPrice = Math.round(regular * rng.pick([0.6, 0.7, 0.8]));
      title = `${item}会员价${memberPrice / 100}元`;
    } else {
      regular = rng.pick([50, 100, 200, 500]) * 100;
      memberPrice = Math.round(regular * rng.pick([0.7, 0.8, 0.9]));
      title = `${regular / 100}元${item}代金券只需${memberPrice / 100}元`;
    }
    title = overrides.title ?? title;
    const description = `${merchant.name}为工会会员提供${item}优惠，持会员卡到店出示核销码即可使用。`;
    const published = overrides.published ?? (merchant.approved && rng.chance(0.85));
    const stockTotal = overrides.stockTotal !== undefined ? overrides.stockTotal : rng.chance(0.4) ? rng.int(500, 5000) : null;
    const audienceRoll = rng.next();
    const audience = overrides.title ? 'all_members' : audienceRoll < 0.85 ? 'all_members' : audienceRoll < 0.92 ? 'hardship' : audienceRoll < 0.96 ? 'model_workers' : 'region';
    const created = new Date(now - rng.int(1, 200) * DAY);
    const { searchText, searchGrams } = offerSearchColumns({ title, description, merchantName: merchant.name, category: merchant.category, stores: merchant.storeTexts });
    offerRows.push([
      id, merchant.id, merchant.unionId, title, description, '每人每次限用一张，不与店内其他优惠同享。', merchant.category, kind, percentPaid, minSpend,
      reduction, regular, memberPrice, created, new Date(now + rng.int(30, 365) * DAY), stockTotal, stockTotal, rng.chance(0.5) ? rng.int(1, 5) : null,
      rng.chance(0.3) ? 1 : null, 72, audience, audience === 'region' ? merchant.unionId : null, published ? 'published' : rng.pick(['draft', 'pending_review', 'ended']),
      searchText, searchGrams, 0, 0, published ? new Date(created.getTime() + DAY) : null, created, created,
    ]);
    for (const store of merchant.stores) offerStoreRows.push([id, store.id]);
    offers.push({ id, merchant: m, published });
    if (published && audience === 'all_members') publishedOffers.push(offers.length - 1);
  };
  // The claim-contention target first: a limited, open, all-members offer of a staffed merchant.
  // A percentage off, claimed for free: a prepaid voucher would go through payment instead.
  addOffer(BENCH_POPULAR_OFFER_ID, 0, { stockTotal: 100_000, title: '工会会员专享双人套餐5折（限量）', published: true, percentPaid: 50 });
  for (let i = 1; i < counts.offers; i += 1) addOffer(rng.uuid(), rng.int(0, merchants.length - 1));
  await write('offers', offerColumns, offerRows);
  await write('offer_stores', ['offer_id', 'store_id'], offerStoreRows);

  // ---- claims and redemptions. Per-member limits are the service's business; the history here is
  // what members of a province accumulate over months. Bench session members hold a share of it,
  // so the wallet scenario reads a realistic wallet.
  const usedCodes = new Set<string>();
  const code = (prefix = '') => {
    for (;;) {
      let c = prefix;
      while (c.length < 8) c += CODE_ALPHABET[Math.floor(rng.next() * CODE_ALPHABET.length)];
      if (!prefix && c.startsWith(REDEEM_CODE_PREFIX)) continue;
      if (!usedCodes.has(c)) {
        usedCodes.add(c);
        return c;
      }
    }
  };
  const claimColumns = ['id', 'offer_id', 'merchant_id', 'member_id', 'code', 'status', 'claim_date', 'expires_at', 'redeemed_at', 'redeemed_store_id', 'cancelled_at', 'created_at'];
  const generalOffers = publishedOffers.filter((o) => offers[o]!.id !== BENCH_POPULAR_OFFER_ID);
  const claimRows = function* () {
    for (let i = 0; i < counts.claims; i += 1) {
      const o = offers[rng.pickSkewed(generalOffers, 2.5)]!;
      const merchant = merchants[o.merchant]!;
      const member = rng.chance(0.2) ? rng.int(0, ctx.sessions - 1) : rng.int(0, ctx.memberIds.length - 1);
      const created = new Date(now - rng.next() * 180 * DAY);
      const roll = rng.next();
      const status = roll < 0.5 ? 'redeemed' : roll < 0.7 ? 'active' : roll < 0.9 ? 'expired' : 'cancelled';
      const expires = status === 'active' ? new Date(now + rng.int(1, 72) * 3_600_000) : new Date(created.getTime() + 72 * 3_600_000);
      const redeemedAt = status === 'redeemed' ? new Date(created.getTime() + rng.next() * 72 * 3_600_000) : null;
      yield [
        rng.uuid(), o.id, merchant.id, ctx.memberIds[member]!, code(), status, dateOnly(created.getTime()), expires, redeemedAt,
        redeemedAt ? rng.pick(merchant.stores).id : null, status === 'cancelled' ? new Date(created.getTime() + 3_600_000) : null, created,
      ];
    }
    // Active codes at the staffed merchants, for the code-verification scenario (codes ZZ…).
    for (let m = 0; m < counts.staffedMerchants; m += 1) {
      const own = offers.filter((o) => o.merchant === m && o.published);
      if (own.length === 0) continue;
      for (let k = 0; k < 100; k += 1) {
        const o = rng.pick(own);
        yield [
          rng.uuid(), o.id, merchants[m]!.id, ctx.memberIds[ctx.sessions + rng.int(0, ctx.memberIds.length - ctx.sessions - 1)]!, code(REDEEM_CODE_PREFIX),
          'active', dateOnly(now), new Date(now + 30 * DAY), null, null, null, new Date(now - 3_600_000),
        ];
      }
    }
  };
  await write('offer_claims', claimColumns, claimRows());
  ctx.afterLoad(OFFER_COUNTERS_SQL);

  // ---- merchant staff with sessions (one per staffed merchant)
  const staffUsers: Cell[][] = [];
  const staffGrants: Cell[][] = [];
  const staffSessions: Cell[][] = [];
  for (let m = 0; m < counts.staffedMerchants; m += 1) {
    const userId = rng.uuid();
    staffUsers.push([userId, String(16_000_000_000 + m), `${merchants[m]!.name}·店员`, 'x', new Date(now), new Date(now)]);
    staffGrants.push([rng.uuid(), userId, 'merchant_staff', merchants[m]!.id, new Date(now)]);
    staffSessions.push([rng.uuid(), userId, tokenHash(staffToken(m)), new Date(now), new Date(now + 60 * DAY), 'huigong-bench']);
  }
  await write('users', ['id', 'phone', 'display_name', 'password_hash', 'created_at', 'updated_at'], staffUsers);
  await write('role_grants', ['id', 'user_id', 'role', 'organization_id', 'created_at'], staffGrants);
  await write('sessions', ['id', 'user_id', 'token_hash', 'created_at', 'expires_at', 'user_agent'], staffSessions);
};

/** Counters that follow from the claims, set in one statement after the load. */
export const OFFER_COUNTERS_SQL = `
  update offers o set claim_count = c.claims, redemption_count = c.redeemed,
    stock_remaining = case when o.stock_total is null then null else greatest(0, o.stock_total - c.holding) end
  from (select offer_id, count(*)::int as claims, count(*) filter (where status = 'redeemed')::int as redeemed,
          count(*) filter (where status in ('active', 'redeemed'))::int as holding
        from offer_claims group by offer_id) c
  where c.offer_id = o.id`;
