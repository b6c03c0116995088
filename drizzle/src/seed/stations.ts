import type { Database } from '../client.ts';
import { stationHours, stationInspections, stationReports, stations, type StationDutyLawyer } from '../stations/tables.ts';

type Kind = (typeof stations.kind.enumValues)[number];
type Amenity = (typeof stations.amenities.enumValues)[number];

const DAILY = (opens: number, closes: number) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opensMinute: opens, closesMinute: closes }));
const WEEKDAYS = (opens: number, closes: number) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensMinute: opens, closesMinute: closes }));
const H = (h: number, m = 0) => h * 60 + m;

const REST: Amenity[] = ['rest', 'water', 'heating', 'cooling', 'microwave', 'medicine', 'toilet', 'charging'];
const FULL: Amenity[] = [...REST, 'fridge', 'reading'];
const NURSING: Amenity[] = ['rest', 'water', 'heating', 'cooling', 'fridge', 'microwave', 'toilet'];

const lawyers = (name: string, phone: string, days = [2, 4]): StationDutyLawyer[] => days.map((weekday) => ({ weekday, name, phone }));

interface SeedStation {
  union: string;
  kind: Kind;
  name: string;
  address: string;
  at: [number, number];
  amenities: Amenity[];
  hours: { weekday: number; opensMinute: number; closesMinute: number }[];
  phone: string;
  stepFree?: boolean;
  lawyers?: StationDutyLawyer[];
  failed?: Amenity[];
}

/**
 * Demo stations in Luoyang and Zhengzhou (report 004: the 15-minute service circle, the 八有
 * standard, legal aid at 48 stations and 20 nursing rooms; 000: 40 stations with air conditioning,
 * microwave, fridge and medicines). Coordinates are WGS-84 at real streets of each district.
 */
const demoStations: SeedStation[] = [
  // 洛阳 · 老城区
  { union: '410302', kind: 'outdoor_rest', name: '老城区西大街户外劳动者服务站', address: '洛阳市老城区西大街 128 号', at: [34.6829, 112.4667], amenities: FULL, hours: DAILY(H(7), H(21)), phone: '0379-63921001', stepFree: true, lawyers: lawyers('孙律师', '13783790001', [1, 3, 5]) },
  { union: '410302', kind: 'warm_heart', name: '丽景门环卫暖心驿站', address: '洛阳市老城区中州东路丽景门东侧', at: [34.6805, 112.4718], amenities: REST, hours: DAILY(H(0), H(24)), phone: '0379-63921002' },
  { union: '410302', kind: 'warm_heart', name: '邙山街道暖心驿站', address: '洛阳市老城区邙山镇政府西 200 米', at: [34.7012, 112.4583], amenities: ['rest', 'water', 'heating', 'microwave', 'charging'], hours: DAILY(H(8), H(18)), phone: '0379-63921003' },
  { union: 'G410302001', kind: 'nursing_room', name: '西大街社区妈咪小屋', address: '洛阳市老城区西大街社区服务中心二楼', at: [34.6834, 112.4651], amenities: NURSING, hours: WEEKDAYS(H(8, 30), H(17, 30)), phone: '0379-63921004', stepFree: true },
  { union: '410302', kind: 'legal_aid', name: '老城区职工法律援助工作站', address: '洛阳市老城区唐宫东路 56 号区总工会一楼', at: [34.6771, 112.4702], amenities: ['rest', 'water', 'heating', 'cooling', 'toilet', 'charging'], hours: WEEKDAYS(H(9), H(17)), phone: '12351', lawyers: lawyers('孙律师', '13783790001', [1, 2, 3, 4, 5]), stepFree: true },
  { union: '410302', kind: 'outdoor_rest', name: '东关户外劳动者服务站', address: '洛阳市老城区东关大街 35 号', at: [34.6852, 112.4801], amenities: REST, hours: DAILY(H(7), H(20)), phone: '0379-63921006', failed: ['medicine'] },
  // 洛阳 · 涧西区
  { union: '410305', kind: 'service_centre', name: '涧西区职工服务中心', address: '洛阳市涧西区建设路 179 号', at: [34.6698, 112.3961], amenities: FULL, hours: [...WEEKDAYS(H(8), H(20)), { weekday: 6, opensMinute: H(9), closesMinute: H(17) }], phone: '0379-64221001', stepFree: true, lawyers: lawyers('周律师', '13783790002') },
  { union: '410305', kind: 'outdoor_rest', name: '上海市场户外劳动者服务站', address: '洛阳市涧西区长安路上海市场东门', at: [34.6639, 112.3908], amenities: REST, hours: DAILY(H(7), H(21)), phone: '0379-64221002' },
  { union: '410305', kind: 'warm_heart', name: '南昌路快递小哥暖心驿站', address: '洛阳市涧西区南昌路与天津路交叉口', at: [34.6583, 112.4012], amenities: ['rest', 'water', 'heating', 'cooling', 'microwave', 'charging', 'toilet'], hours: DAILY(H(9), H(22)), phone: '0379-64221003' },
  { union: 'G410305001', kind: 'nursing_room', name: '中国一拖妈咪小屋', address: '洛阳市涧西区建设路 154 号一拖工会大楼三层', at: [34.6717, 112.3896], amenities: NURSING, hours: WEEKDAYS(H(8), H(17, 30)), phone: '0379-64970001', stepFree: true },
  { union: 'G410305002', kind: 'nursing_room', name: 'LYC 轴承妈咪小屋', address: '洛阳市涧西区建设路 96 号', at: [34.6690, 112.4075], amenities: NURSING, hours: WEEKDAYS(H(8), H(17)), phone: '0379-64980001' },
  { union: '410305', kind: 'outdoor_rest', name: '周山森林公园户外劳动者服务站', address: '洛阳市涧西区周山路周山森林公园南门', at: [34.6512, 112.3795], amenities: ['rest', 'water', 'cooling', 'medicine', 'toilet', 'charging'], hours: DAILY(H(7), H(19)), phone: '0379-64221006' },
  { union: '410305', kind: 'legal_aid', name: '涧西区职工法律援助工作站', address: '洛阳市涧西区武汉路 20 号', at: [34.6620, 112.3985], amenities: ['rest', 'water', 'heating', 'cooling', 'toilet'], hours: WEEKDAYS(H(9), H(17)), phone: '0379-64221007', lawyers: lawyers('周律师', '13783790002', [1, 2, 3, 4, 5]) },
  // 洛阳 · 洛龙区
  { union: '410311', kind: 'service_centre', name: '洛龙区职工服务中心', address: '洛阳市洛龙区开元大道 218 号', at: [34.6186, 112.4543], amenities: FULL, hours: [...WEEKDAYS(H(8, 30), H(18)), { weekday: 6, opensMinute: H(9), closesMinute: H(16) }], phone: '0379-65881001', stepFree: true, lawyers: lawyers('钱律师', '13783790003') },
  { union: '410311', kind: 'warm_heart', name: '隋唐城遗址公园暖心驿站', address: '洛阳市洛龙区王城大道隋唐城遗址植物园东门', at: [34.6361, 112.4290], amenities: REST, hours: DAILY(H(6), H(22)), phone: '0379-65881002' },
  { union: '410311', kind: 'outdoor_rest', name: '龙门高铁站户外劳动者服务站', address: '洛阳市洛龙区龙门大道洛阳龙门站西广场', at: [34.5943, 112.4573], amenities: FULL, hours: DAILY(H(0), H(24)), phone: '0379-65881003', stepFree: true },
  { union: '410311', kind: 'outdoor_rest', name: '关林户外劳动者服务站', address: '洛阳市洛龙区关林路 2 号', at: [34.6038, 112.4792], amenities: ['rest', 'water', 'heating', 'cooling', 'microwave', 'medicine', 'charging'], hours: DAILY(H(7), H(20)), phone: '0379-65881004' },
  { union: 'G410311001', kind: 'nursing_room', name: '洛阳一中妈咪小屋', address: '洛阳市洛龙区开元大道 226 号', at: [34.6171, 112.4490], amenities: NURSING, hours: WEEKDAYS(H(7, 30), H(17, 30)), phone: '0379-65881005' },
  { union: '410300', kind: 'service_centre', name: '洛阳市职工服务中心', address: '洛阳市洛龙区通济街 60 号', at: [34.6240, 112.4612], amenities: FULL, hours: [...WEEKDAYS(H(8, 30), H(17, 30))], phone: '0379-63311351', stepFree: true, lawyers: lawyers('吴律师', '13783790004', [1, 2, 3, 4, 5]) },
  // 郑州 · 金水区
  { union: '410105', kind: 'outdoor_rest', name: '金水路户外劳动者服务站', address: '郑州市金水区金水路 219 号', at: [34.7686, 113.6952], amenities: FULL, hours: DAILY(H(7), H(21)), phone: '0371-65951001', stepFree: true, lawyers: lawyers('郑律师', '13783710001') },
  { union: '410105', kind: 'warm_heart', name: '东风路环卫暖心驿站', address: '郑州市金水区东风路与文化路交叉口', at: [34.7947, 113.6698], amenities: REST, hours: DAILY(H(0), H(24)), phone: '0371-65951002' },
  { union: 'G410105002', kind: 'warm_heart', name: '东风路街道暖心驿站', address: '郑州市金水区东风路 8 号街道办一楼', at: [34.7932, 113.6753], amenities: ['rest', 'water', 'heating', 'cooling', 'microwave', 'charging', 'reading'], hours: DAILY(H(8), H(20)), phone: '0371-65951003' },
  { union: 'G410105001', kind: 'nursing_room', name: '河南省人民医院妈咪小屋', address: '郑州市金水区纬五路 7 号门诊楼四层', at: [34.7640, 113.6733], amenities: NURSING, hours: DAILY(H(7, 30), H(20)), phone: '0371-65580001', stepFree: true },
  { union: '410105', kind: 'outdoor_rest', name: '花园路快递驿站', address: '郑州市金水区花园路与农业路交叉口', at: [34.7823, 113.6832], amenities: ['rest', 'water', 'heating', 'cooling', 'microwave', 'charging'], hours: DAILY(H(9), H(22)), phone: '0371-65951005', failed: ['medicine', 'toilet'] },
  { union: '410105', kind: 'legal_aid', name: '金水区职工法律援助工作站', address: '郑州市金水区经三路 43 号', at: [34.7725, 113.6888], amenities: ['rest', 'water', 'heating', 'cooling', 'toilet'], hours: WEEKDAYS(H(9), H(17)), phone: '0371-65951006', lawyers: lawyers('郑律师', '13783710001', [1, 2, 3, 4, 5]) },
  { union: '410105', kind: 'outdoor_rest', name: '如意湖户外劳动者服务站', address: '郑州市郑东新区如意湖东侧', at: [34.7785, 113.7372], amenities: REST, hours: DAILY(H(6), H(22)), phone: '0371-65951007' },
  // 郑州 · 中原区
  { union: '410102', kind: 'service_centre', name: '中原区职工服务中心', address: '郑州市中原区建设西路 187 号', at: [34.7545, 113.6157], amenities: FULL, hours: [...WEEKDAYS(H(8, 30), H(18)), { weekday: 6, opensMinute: H(9), closesMinute: H(16) }], phone: '0371-67171001', stepFree: true, lawyers: lawyers('王律师', '13783710002') },
  { union: '410102', kind: 'outdoor_rest', name: '碧沙岗户外劳动者服务站', address: '郑州市中原区建设东路碧沙岗公园北门', at: [34.7583, 113.6406], amenities: REST, hours: DAILY(H(7), H(20)), phone: '0371-67171002' },
  { union: '410102', kind: 'warm_heart', name: '郑州西站暖心驿站', address: '郑州市中原区须水镇郑州西站东广场', at: [34.7801, 113.5398], amenities: ['rest', 'water', 'heating', 'cooling', 'microwave', 'medicine', 'charging'], hours: DAILY(H(0), H(24)), phone: '0371-67171003' },
  { union: 'G410102001', kind: 'nursing_room', name: '郑煤机妈咪小屋', address: '郑州市中原区航海西路 167 号', at: [34.7192, 113.6140], amenities: NURSING, hours: WEEKDAYS(H(8), H(17)), phone: '0371-67891001' },
  { union: '410100', kind: 'legal_aid', name: '郑州市职工法律援助中心', address: '郑州市中原区伏牛路 116 号', at: [34.7479, 113.6312], amenities: ['rest', 'water', 'heating', 'cooling', 'toilet', 'charging'], hours: WEEKDAYS(H(9), H(17, 30)), phone: '0371-12351', lawyers: lawyers('王律师', '13783710002', [1, 2, 3, 4, 5]), stepFree: true },
];

const DAY = 24 * 60 * 60 * 1000;
const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const CHECKLIST: Amenity[] = ['rest', 'water', 'heating', 'cooling', 'microwave', 'medicine', 'toilet', 'charging'];

export async function seedStations(tx: Database): Promise<void> {
  const unionOf = async (code: string) => (await tx.query.unions.findFirst({ where: { code }, columns: { id: true, path: true } }))!;
  const userId = async (phone: string) => (await tx.query.users.findFirst({ where: { phone }, columns: { id: true } }))!.id;
  const luoyangStaff = await userId('13800000101');
  const zhengzhouStaff = await userId('13800000102');
  const inspectedOn = shanghaiDate(new Date(Date.now() - 12 * DAY));
  for (const s of demoStations) {
    const union = await unionOf(s.union);
    const staff = union.path.includes('/410100/') ? zhengzhouStaff : luoyangStaff;
    const present = CHECKLIST.filter((a) => !s.failed?.includes(a));
    const missing = CHECKLIST.filter((a) => s.failed?.includes(a));
    const [row] = await tx
      .insert(stations)
      .values({
        unionId: union.id,
        unionPath: union.path,
        kind: s.kind,
        name: s.name,
        address: s.address,
        latitude: s.at[0],
        longitude: s.at[1],
        amenities: s.amenities,
        stepFree: s.stepFree ?? false,
        accessibleToilet: s.stepFree ?? false,
        accessibilityNote: s.stepFree ? '入口设坡道，可推轮椅、婴儿车进入' : '',
        contactPhone: s.phone,
        dutyLawyers: s.lawyers ?? [],
        createdByUserId: staff,
        ...(s.kind === 'outdoor_rest' || s.kind === 'warm_heart'
          ? { lastInspectionResult: missing.length ? ('fail' as const) : ('pass' as const), lastInspectedOn: inspectedOn }
          : {}),
      })
      .returning({ id: stations.id });
    await tx.insert(stationHours).values(s.hours.map((h) => ({ ...h, stationId: row!.id })));
    if (s.kind === 'outdoor_rest' || s.kind === 'warm_heart') {
      await tx.insert(stationInspections).values({
        stationId: row!.id,
        unionId: union.id,
        unionPath: union.path,
        inspectedOn,
        present,
        missing,
        result: missing.length ? 'fail' : 'pass',
        note: missing.length ? '急救药箱药品过期，限期一周整改' : '',
        inspectedByUserId: staff,
      });
    }
    if (s.name === '东关户外劳动者服务站') {
      const member = await tx.query.members.findFirst({ where: { cardNumber: '6231004103020111' }, columns: { id: true } });
      await tx.insert(stationReports).values({
        stationId: row!.id,
        unionId: union.id,
        unionPath: union.path,
        memberId: member!.id,
        kind: 'amenity_missing',
        amenity: 'water',
        note: '饮水机坏了两天，外卖骑手没有热水喝',
      });
    }
  }
}
