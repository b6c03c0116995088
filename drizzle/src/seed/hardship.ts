import type { Database } from '../client.ts';
import { members, users } from '../accounts/tables.ts';
import {
  hardshipAidApplications,
  hardshipAidSchemes,
  hardshipAidTotals,
  hardshipFiles,
  hardshipVisits,
  type HardshipHouseholdMember,
} from '../hardship/tables.ts';
import { demoMembers } from './people.ts';

const DAY = 24 * 60 * 60 * 1000;
const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** The demo hardship households, one per demo member marked isHardship (people.ts). */
const households: Record<string, {
  cause: 'illness' | 'disability' | 'unemployment' | 'schooling' | 'disaster' | 'other';
  causeNote: string;
  members: HardshipHouseholdMember[];
  incomeFen: number;
  minimumFen: number;
  housing: 'owned' | 'rented' | 'public_rental' | 'dormitory' | 'none';
  migrant?: number;
}> = {
  // 张桂兰, 老城区: 丈夫患尿毒症长期透析.
  '13900000003': {
    cause: 'illness',
    causeNote: '丈夫患尿毒症，每周透析三次，医疗支出大',
    members: [
      { name: '张桂兰', relation: '本人', age: 47 },
      { name: '郭建军', relation: '配偶', age: 50 },
      { name: '郭小雨', relation: '子女', age: 17 },
    ],
    incomeFen: 52_000,
    minimumFen: 62_000,
    housing: 'rented',
  },
  // 赵志强, 郑煤机: 企业改制后下岗，女儿上大学.
  '13900000007': {
    cause: 'schooling',
    causeNote: '本人下岗后打零工，女儿就读大学',
    members: [
      { name: '赵志强', relation: '本人', age: 44 },
      { name: '赵婷', relation: '子女', age: 19 },
    ],
    incomeFen: 70_000,
    minimumFen: 70_000,
    housing: 'public_rental',
  },
  // 马晓军, 原州区环卫所: 农民工家庭，签订三年劳动合同.
  '13900000011': {
    cause: 'disability',
    causeNote: '本人工伤致残（四级），农民工家庭，无城镇户口',
    members: [
      { name: '马晓军', relation: '本人', age: 49 },
      { name: '马秀兰', relation: '配偶', age: 46 },
      { name: '马小虎', relation: '子女', age: 12 },
    ],
    incomeFen: 48_000,
    minimumFen: 56_000,
    housing: 'rented',
    migrant: 36,
  },
};

/**
 * The register behind the demo's hardship members: each has a file confirmed by all three
 * levels a month ago (members.is_hardship follows from it, by trigger), and Luoyang has this
 * year's living and medical aid open.
 */
export async function seedHardship(tx: Database, passwordHash: string): Promise<void> {
  const now = new Date();
  const confirmedAt = new Date(now.getTime() - 30 * DAY);
  const confirmedOn = shanghaiDate(confirmedAt);
  const dueOn = `${Number(confirmedOn.slice(0, 4)) + 1}${confirmedOn.slice(4)}`;
  const userId = async (phone: string) => {
    const user = await tx.query.users.findFirst({ where: { phone }, columns: { id: true } });
    if (!user) throw new Error(`hardship seed needs user ${phone}`);
    return user.id;
  };
  const national = await userId('13800000107');

  for (const person of demoMembers.filter((p) => p.isHardship)) {
    const household = households[person.phone];
    if (!household) throw new Error(`hardship seed has no household for ${person.phone}`);
    const member = await tx.query.members.findFirst({
      where: { cardNumber: person.cardNumber },
      columns: { id: true, userId: true, unionId: true },
      with: { union: { columns: { path: true } } },
    });
    if (!member) throw new Error(`hardship seed needs member ${person.cardNumber}`);
    await tx.insert(hardshipFiles).values({
      memberId: member.id,
      unionId: member.unionId,
      unionPath: member.union.path,
      status: 'confirmed',
      cause: household.cause,
      causeNote: household.causeNote,
      householdMembers: household.members,
      monthlyIncomePerHeadFen: household.incomeFen,
      localMinimumFen: household.minimumFen,
      housing: household.housing,
      isMigrantWorker: household.migrant !== undefined,
      labourContractMonths: household.migrant ?? null,
      filedByUserId: member.userId,
      verifiedAt: new Date(confirmedAt.getTime() - 20 * DAY),
      cityConfirmedAt: new Date(confirmedAt.getTime() - 12 * DAY),
      provinceConfirmedAt: new Date(confirmedAt.getTime() - 5 * DAY),
      confirmedByUserId: national,
      confirmedOn,
      lastCheckedOn: confirmedOn,
      recheckDueOn: dueOn,
      submittedAt: new Date(confirmedAt.getTime() - 30 * DAY),
    });
  }

  const luoyang = await tx.query.unions.findFirst({ where: { code: '410300' }, columns: { id: true, path: true } });
  if (!luoyang) throw new Error('hardship seed needs union 410300');
  const staff = await userId('13800000101');
  const year = Number(shanghaiDate(now).slice(0, 4));
  await tx.insert(hardshipAidSchemes).values([
    {
      unionId: luoyang.id,
      unionPath: luoyang.path,
      year,
      kind: 'living',
      name: `洛阳市${year}年困难职工生活救助`,
      status: 'open',
      capPerPersonFen: 500_000,
      budgetFen: 132_000_000,
      applyFrom: `${year}-01-01`,
      applyUntil: `${year}-12-31`,
      createdByUserId: staff,
      openedByUserId: staff,
      openedAt: now,
    },
    {
      unionId: luoyang.id,
      unionPath: luoyang.path,
      year,
      kind: 'medical',
      name: `洛阳市${year}年困难职工医疗救助`,
      status: 'open',
      capPerPersonFen: 1_000_000,
      budgetFen: 264_000_000,
      applyFrom: `${year}-01-01`,
      applyUntil: `${year}-12-31`,
      createdByUserId: staff,
      openedByUserId: staff,
      openedAt: now,
    },
  ]);
  await seedHardshipDistrict(tx, passwordHash);
}

/** Exits by reason in report 002's proportions (万户): 1.65, 3.3, 2.5, 4.1, 2.3, 1.5, 0.29. */
export const DEMO_EXITS = {
  illness_cured: 8,
  reemployed: 17,
  children_employed: 13,
  self_employed: 21,
  social_insurance: 12,
  serious_illness_cover: 7,
  social_assistance: 1,
} as const;
/** Report 001: of 343 households filed in the district, 264 confirmed by the city, province and national levels. */
export const DEMO_DISTRICT_FILED = 343;
export const DEMO_DISTRICT_CONFIRMED = 264;

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗';
const GIVEN = ['秀英', '建国', '桂兰', '志强', '海燕', '红梅', '国庆', '玉兰', '卫东', '春华', '淑芬', '德明', '丽娟', '永红', '建华'];
const CAUSES = ['illness', 'disability', 'unemployment', 'schooling', 'disaster'] as const;
const HOUSING = ['rented', 'public_rental', 'owned', 'dormitory'] as const;

function luhn(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/**
 * The demo district sized from the reports: 343 households filed in 邙山街道, 264 confirmed and
 * 79 exited by reason in 002's proportions; this year's relief paid as report 001 tells it
 * (44 members ¥26,000 temporary relief, 15 members ¥15,000 after the rainstorm, 21 members with a
 * serious illness ¥18,000); a winter visit to every confirmed household.
 */
export async function seedHardshipDistrict(tx: Database, passwordHash: string): Promise<void> {
  const union = await tx.query.unions.findFirst({ where: { code: 'G410302002' }, columns: { id: true, path: true } });
  const area = await tx.query.unions.findFirst({ where: { code: '410302' }, columns: { id: true, path: true } });
  const luoyang = await tx.query.unions.findFirst({ where: { code: '410300' }, columns: { id: true, path: true } });
  if (!union || !area || !luoyang) throw new Error('hardship district seed needs unions G410302002, 410302, 410300');
  const userId = async (phone: string) => (await tx.query.users.findFirst({ where: { phone }, columns: { id: true } }))!.id;
  const [grassroots, city, national] = [await userId('13800000105'), await userId('13800000101'), await userId('13800000107')];

  const now = new Date();
  const today = shanghaiDate(now);
  const year = Number(today.slice(0, 4));
  const people = Array.from({ length: DEMO_DISTRICT_FILED }, (_, i) => ({
    phone: `1358${String(i).padStart(7, '0')}`,
    name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[i % GIVEN.length]}`,
    card: luhn(`623100410302${String(2000 + i).padStart(3, '0')}`),
  }));
  const userRows = await tx
    .insert(users)
    .values(people.map((p) => ({ phone: p.phone, displayName: p.name, passwordHash })))
    .returning({ id: users.id });
  const memberRows = await tx
    .insert(members)
    .values(people.map((p, i) => ({ userId: userRows[i]!.id, cardNumber: p.card, unionId: union.id, realName: p.name })))
    .returning({ id: members.id, userId: members.userId });

  const exitReasons = Object.entries(DEMO_EXITS).flatMap(([reason, n]) => Array.from({ length: n }, () => reason));
  const files = await tx
    .insert(hardshipFiles)
    .values(
      memberRows.map((m, i) => {
        const confirmedAt = new Date(now.getTime() - (30 + (i % 330)) * DAY);
        const confirmedOn = shanghaiDate(confirmedAt);
        const exited = i >= DEMO_DISTRICT_CONFIRMED;
        return {
          memberId: m.id,
          unionId: union.id,
          unionPath: union.path,
          status: exited ? ('exited' as const) : ('confirmed' as const),
          cause: CAUSES[i % CAUSES.length]!,
          householdMembers: [
            { name: people[i]!.name, relation: '本人', age: 35 + (i % 25) },
            { name: `${people[i]!.name.slice(0, 1)}小${GIVEN[(i + 3) % GIVEN.length]!.slice(1)}`, relation: '子女', age: 6 + (i % 14) },
          ],
          monthlyIncomePerHeadFen: 40_000 + (i % 20) * 1_000,
          localMinimumFen: 62_000,
          housing: HOUSING[i % HOUSING.length]!,
          isMigrantWorker: i % 7 === 0,
          labourContractMonths: i % 7 === 0 ? 24 : null,
          filedByUserId: i % 3 === 0 ? grassroots : m.userId,
          filedOnBehalf: i % 3 === 0,
          verifiedByUserId: grassroots,
          verifiedAt: new Date(confirmedAt.getTime() - 20 * DAY),
          cityConfirmedAt: new Date(confirmedAt.getTime() - 12 * DAY),
          provinceConfirmedAt: new Date(confirmedAt.getTime() - 5 * DAY),
          confirmedByUserId: national,
          confirmedOn,
          lastCheckedOn: confirmedOn,
          // Six households are past their yearly re-check, for the grassroots union's list.
          recheckDueOn: i < 6 ? shanghaiDate(new Date(now.getTime() - (i + 1) * DAY)) : `${Number(confirmedOn.slice(0, 4)) + 1}${confirmedOn.slice(4)}`,
          exitReason: exited ? (exitReasons[i - DEMO_DISTRICT_CONFIRMED] as 'reemployed') : null,
          exitedAt: exited ? new Date(now.getTime() - 10 * DAY) : null,
          submittedAt: new Date(confirmedAt.getTime() - 30 * DAY),
        };
      }),
    )
    .returning({ id: hardshipFiles.id, memberId: hardshipFiles.memberId });

  const relief = [
    { kind: 'temporary' as const, name: `洛阳市${year}年困难职工临时救助`, cap: 100_000, budget: 3_000_000, amounts: [...Array(40).fill(59_000), ...Array(4).fill(60_000)] },
    { kind: 'disaster' as const, name: `老城区暴雨受灾救助（${year}）`, cap: 100_000, budget: 1_500_000, amounts: Array(15).fill(100_000) },
    { kind: 'serious_illness' as const, name: `洛阳市${year}年大病关爱`, cap: 100_000, budget: 2_000_000, amounts: [...Array(18).fill(85_700), ...Array(3).fill(85_800)] },
  ];
  let offset = 6; // households whose re-check is current
  for (const round of relief) {
    const total = round.amounts.reduce((s, n) => s + n, 0);
    const [scheme] = await tx
      .insert(hardshipAidSchemes)
      .values({
        unionId: luoyang.id,
        unionPath: luoyang.path,
        year,
        kind: round.kind,
        name: round.name,
        status: 'open',
        capPerPersonFen: round.cap,
        budgetFen: round.budget,
        approvedFen: total,
        paidFen: total,
        applyFrom: `${year}-01-01`,
        applyUntil: `${year}-12-31`,
        ...(round.kind === 'disaster' && { areaUnionId: area.id, areaPath: area.path, event: '7·20 暴雨' }),
        createdByUserId: city,
        openedByUserId: city,
        openedAt: now,
      })
      .returning({ id: hardshipAidSchemes.id });
    const chosen = files.slice(offset, offset + round.amounts.length);
    offset += round.amounts.length;
    await tx.insert(hardshipAidApplications).values(
      chosen.map((f, i) => ({
        schemeId: scheme!.id,
        fileId: f.id,
        memberId: f.memberId,
        unionId: union.id,
        unionPath: union.path,
        channel: 'nominated' as const,
        status: 'paid' as const,
        requestedFen: round.amounts[i]!,
        appliedByUserId: grassroots,
        preparedFen: round.amounts[i]!,
        preparedByUserId: grassroots,
        verifiedAt: now,
        approvedFen: round.amounts[i]!,
        approvedByUserId: city,
        approvedAt: now,
        paidByUserId: city,
        paidAt: now,
        paymentReference: `LY${year}-${round.kind}-${String(i + 1).padStart(3, '0')}`,
      })),
    );
    await tx.insert(hardshipAidTotals).values(
      chosen.map((f, i) => ({ memberId: f.memberId, schemeId: scheme!.id, capFen: round.cap, approvedFen: round.amounts[i]! })),
    );
  }

  await tx.insert(hardshipVisits).values(
    files.slice(0, DEMO_DISTRICT_CONFIRMED).map((f) => ({
      fileId: f.id,
      unionPath: union.path,
      round: 'winter' as const,
      visitedOn: shanghaiDate(new Date(now.getTime() - 5 * DAY)),
      visitors: '邙山街道总工会、老城区总工会',
      brought: '米、面、油和慰问金',
      valueFen: 50_000,
      recordedByUserId: grassroots,
    })),
  );
}
