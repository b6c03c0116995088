import type { Database } from '../client.ts';
import { offerSearchColumns } from '../offers/search-text.ts';
import { merchants, merchantStores, offers, offerStores, roleGrants, users } from '../tables.ts';

/**
 * Partner merchants, stores and offers in Luoyang and Zhengzhou, with merchant staff logins
 * (13700000001…, DEMO_PASSWORD). Dates are relative to the moment of seeding so the demo always
 * has live offers.
 */
type Category = (typeof merchants.$inferInsert)['category'];
type OfferSeed = Omit<typeof offers.$inferInsert, 'merchantId' | 'unionId' | 'searchText' | 'searchGrams' | 'validFrom' | 'validUntil' | 'audienceUnionId'> & {
  audienceUnion?: string;
  days?: number;
};

interface MerchantSeed {
  name: string;
  creditCode: string;
  category: Category;
  union: string;
  status: 'approved' | 'pending';
  staff: { phone: string; name: string };
  contactName: string;
  description: string;
  stores: { name: string; address: string; union: string; latitude: number; longitude: number; phone?: string }[];
  offers: OfferSeed[];
}

export const demoMerchants: MerchantSeed[] = [
  {
    name: '洛阳老城区火锅店',
    creditCode: '92410302MA9F0HG016',
    category: 'dining',
    union: '410302',
    status: 'approved',
    staff: { phone: '13700000001', name: '火锅店·孟店长' },
    contactName: '孟凡',
    description: '老城十字街旁的牛油火锅老店，洛阳水席也做。',
    stores: [
      { name: '洛阳老城区火锅店·西大街店', address: '洛阳市老城区西大街128号', union: '410302', latitude: 34.6835, longitude: 112.4748, phone: '0379-63901234' },
      { name: '洛阳老城区火锅店·丽景门店', address: '洛阳市老城区丽景门东侧16号', union: '410302', latitude: 34.6812, longitude: 112.4701 },
    ],
    offers: [
      { title: '火锅套餐会员 8.5 折', description: '工会会员堂食火锅套餐享 8.5 折，酒水除外。', terms: '每桌限用一张，不与店内其他优惠同享。', category: 'dining', kind: 'percentage_off', percentPaid: 85, stockTotal: 500, stockRemaining: 500, perMemberDailyLimit: 1, claimCount: 37 },
      { title: '80 元购 100 元火锅代金券', description: '预付 80 元得 100 元火锅代金券，到店出示核销码抵扣。', terms: '不设找零，有效期内未使用可退款。', category: 'dining', kind: 'prepaid_voucher', regularPriceFen: 10000, memberPriceFen: 8000, stockTotal: 100, stockRemaining: 100, perMemberLimit: 2, claimCount: 6 },
      { title: '火锅满 200 减 40', description: '堂食消费满 200 元立减 40 元。', category: 'dining', kind: 'amount_off', minSpendFen: 20000, reductionFen: 4000, stockTotal: 200, stockRemaining: 200, perMemberLimit: 2, claimCount: 12 },
    ],
  },
  {
    name: '涧西区职工健康体检中心',
    creditCode: '91410305MA44JK0207',
    category: 'medical_checkup',
    union: '410305',
    status: 'approved',
    staff: { phone: '13700000002', name: '体检中心·韩主任' },
    contactName: '韩雪',
    description: '面向一拖、轴承等企业职工的健康体检机构。',
    stores: [{ name: '涧西区职工健康体检中心', address: '洛阳市涧西区中州西路56号', union: '410305', latitude: 34.6588, longitude: 112.3925 }],
    offers: [
      { title: '年度职工体检套餐会员价', description: '含血常规、肝功、心电图、腹部彩超等 18 项，原价 680 元。', category: 'medical_checkup', kind: 'member_price', regularPriceFen: 68000, memberPriceFen: 39800, stockTotal: 100, stockRemaining: 100, perMemberLimit: 1, claimCount: 25 },
      { title: '困难职工免费妇科检查', description: '建档立卡困难职工家庭女性成员专享，原价 200 元，会员仅需 1 元。', category: 'medical_checkup', kind: 'member_price', regularPriceFen: 20000, memberPriceFen: 100, audience: 'hardship', stockTotal: 50, stockRemaining: 50, perMemberLimit: 1, claimCount: 3 },
    ],
  },
  {
    name: '洛龙区龙门文旅服务有限公司',
    creditCode: '91410311MA46LM0314',
    category: 'tourism',
    union: '410311',
    status: 'approved',
    staff: { phone: '13700000003', name: '龙门文旅·杜经理' },
    contactName: '杜鹃',
    description: '龙门石窟、白园一日游与研学服务。',
    stores: [{ name: '龙门石窟游客服务中心', address: '洛阳市洛龙区龙门大道1号', union: '410311', latitude: 34.5556, longitude: 112.4694 }],
    offers: [
      { title: '龙门石窟门票会员价', description: '工会会员凭码购龙门石窟景区门票 60 元（原价 90 元）。', category: 'tourism', kind: 'member_price', regularPriceFen: 9000, memberPriceFen: 6000, perMemberDailyLimit: 2, claimCount: 58 },
      { title: '劳模疗休养一日游 5 折', description: '劳动模范专享龙门石窟、白园一日游 5 折。', category: 'tourism', kind: 'percentage_off', percentPaid: 50, audience: 'model_workers', stockTotal: 30, stockRemaining: 30, perMemberLimit: 1, claimCount: 2 },
    ],
  },
  {
    name: '郑州金水区老码头火锅',
    creditCode: '92410105MA9G8PQ04R',
    category: 'dining',
    union: '410105',
    status: 'approved',
    staff: { phone: '13700000004', name: '老码头·吕店长' },
    contactName: '吕强',
    description: '重庆风味火锅。',
    stores: [{ name: '老码头火锅·花园路店', address: '郑州市金水区花园路88号', union: '410105', latitude: 34.7805, longitude: 113.6853 }],
    offers: [
      { title: '郑州职工火锅 9 折', description: '会员到店消费火锅享 9 折。', category: 'dining', kind: 'percentage_off', percentPaid: 90, perMemberDailyLimit: 1, claimCount: 20 },
    ],
  },
  {
    name: '中原区职工技能培训学校',
    creditCode: '52410102MA40RT055K',
    category: 'education_training',
    union: '410102',
    status: 'approved',
    staff: { phone: '13700000005', name: '培训学校·袁老师' },
    contactName: '袁志',
    description: '焊工、电工、育婴师等职业技能培训。',
    stores: [{ name: '中原区职工技能培训学校', address: '郑州市中原区建设西路199号', union: '410102', latitude: 34.7486, longitude: 113.6115 }],
    offers: [
      { title: '焊工培训满 1000 减 200', description: '焊工（中级）培训班报名满 1000 元减 200 元。', category: 'education_training', kind: 'amount_off', minSpendFen: 100000, reductionFen: 20000, stockTotal: 80, stockRemaining: 80, perMemberLimit: 1, audience: 'region', audienceUnion: '410100', claimCount: 9 },
    ],
  },
  {
    name: '金水区职工游泳健身馆',
    creditCode: '92410105MA9H2UW06P',
    category: 'culture_sports',
    union: '410105',
    status: 'approved',
    staff: { phone: '13700000006', name: '游泳馆·葛经理' },
    contactName: '葛亮',
    description: '恒温泳池与健身房。',
    stores: [{ name: '金水区职工游泳健身馆', address: '郑州市金水区经三路32号', union: '410105', latitude: 34.7712, longitude: 113.6902 }],
    offers: [
      { title: '游泳健身次卡 7 折', description: '会员购买游泳或健身次卡享 7 折。', category: 'culture_sports', kind: 'percentage_off', percentPaid: 70, perMemberLimit: 4, perMemberDailyLimit: 1, claimCount: 41 },
    ],
  },
  {
    name: '涧西区便民洗车行',
    creditCode: '91410305MA47XY077E',
    category: 'daily_life',
    union: '410305',
    status: 'pending',
    staff: { phone: '13700000007', name: '洗车行·申请人' },
    contactName: '吴刚',
    description: '申请中的商家（演示工会审核）。',
    stores: [{ name: '涧西区便民洗车行', address: '洛阳市涧西区天津路21号', union: '410305', latitude: 34.6631, longitude: 112.3876 }],
    offers: [],
  },
];

export async function seedOffers(tx: Database, passwordHash: string): Promise<void> {
  const unionRows = await tx.query.unions.findMany({ columns: { id: true, code: true } });
  const unionId = (code: string) => {
    const found = unionRows.find((u) => u.code === code);
    if (!found) throw new Error(`offers seed refers to unknown union ${code}`);
    return found.id;
  };
  const now = Date.now();
  const day = 86_400_000;

  for (const [index, seed] of demoMerchants.entries()) {
    const [user] = await tx
      .insert(users)
      .values({ phone: seed.staff.phone, displayName: seed.staff.name, passwordHash })
      .returning({ id: users.id });
    const [merchant] = await tx
      .insert(merchants)
      .values({
        name: seed.name,
        creditCode: seed.creditCode,
        category: seed.category,
        contactName: seed.contactName,
        contactPhone: seed.staff.phone,
        description: seed.description,
        unionId: unionId(seed.union),
        status: seed.status,
        applicantUserId: user!.id,
        ...(seed.status === 'approved' && { reviewedAt: new Date(now - 30 * day), reviewReason: '资质齐全，同意签约' }),
      })
      .returning({ id: merchants.id });
    if (seed.status === 'approved') {
      await tx.insert(roleGrants).values({ userId: user!.id, role: 'merchant_staff', organizationId: merchant!.id });
    }
    const stores = await tx
      .insert(merchantStores)
      .values(seed.stores.map((s) => ({ ...s, unionId: unionId(s.union), merchantId: merchant!.id })))
      .returning({ id: merchantStores.id });
    for (const [offerIndex, offer] of seed.offers.entries()) {
      const { audienceUnion, days, ...values } = offer;
      const [row] = await tx
        .insert(offers)
        .values({
          ...values,
          merchantId: merchant!.id,
          unionId: unionId(seed.union),
          audienceUnionId: audienceUnion ? unionId(audienceUnion) : null,
          validFrom: new Date(now - 14 * day),
          validUntil: new Date(now + (days ?? 180) * day),
          status: 'published',
          // Distinct publication times give "newest" a stable, meaningful order.
          publishedAt: new Date(now - (index * 10 + offerIndex) * 3_600_000),
          ...offerSearchColumns({
            title: offer.title,
            description: offer.description,
            merchantName: seed.name,
            category: offer.category,
            stores: seed.stores,
          }),
        })
        .returning({ id: offers.id });
      await tx.insert(offerStores).values(stores.map((s) => ({ offerId: row!.id, storeId: s.id })));
    }
  }
}
