import type { Database } from '../client.ts';
import { hardshipAidSchemes, hardshipFiles, type HardshipHouseholdMember } from '../hardship/tables.ts';
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
export async function seedHardship(tx: Database, _passwordHash: string): Promise<void> {
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
}
