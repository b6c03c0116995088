import { eq } from 'drizzle-orm';
import type { Database } from '../client.ts';
import {
  MUTUAL_AID_DEFAULT_PREMIUM_FEN,
  mutualAidClaims,
  mutualAidCovers,
  mutualAidEnrolments,
  mutualAidLedgers,
  mutualAidSchemes,
  type MutualAidBand,
} from '../mutual_aid/tables.ts';

const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
const DEDUCTIBLE_FEN = 100_000;
const BANDS: MutualAidBand[] = [
  { upToFen: 1_000_000, ratePercent: 50 },
  { upToFen: 3_000_000, ratePercent: 60 },
  { upToFen: null, ratePercent: 70 },
];
/**
 * Report 001: 336 payouts totalling ¥492,246 for 9,770 members, about ¥1,465 each. The demo's
 * 邙山 unit (343 members, 3.5% of that) gets its share: 12 payouts, each a self-paid part of
 * ¥3,930 − ¥1,000 deductible at 50% = ¥1,465.
 */
const PAYOUTS = 12;
const PAYOUT_SELF_PAID_FEN = 393_000;
const PAYOUT_FEN = 146_500;

const untilOf = (from: string) => {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + 1, m - 1, d));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
};

/**
 * Luoyang's scheme for this year (¥60 a member, report 004; a ¥300,000 city backstop, 004), three
 * units enrolled: 邙山街道 (its 343 members, paid, with this year's payouts and a small queue),
 * 西大街 (paid) and 中国一拖 (premium still due).
 */
export async function seedMutualAid(tx: Database): Promise<void> {
  const today = shanghaiDate(new Date());
  const year = Number(today.slice(0, 4));
  const union = async (code: string) => {
    const row = await tx.query.unions.findFirst({ where: { code }, columns: { id: true, path: true } });
    if (!row) throw new Error(`mutual-aid seed needs union ${code}`);
    return row;
  };
  const luoyang = await union('410300');
  const staff = (await tx.query.users.findFirst({ where: { phone: '13800000101' }, columns: { id: true } }))!.id;
  const [scheme] = await tx
    .insert(mutualAidSchemes)
    .values({
      unionId: luoyang.id,
      unionPath: luoyang.path,
      year,
      name: `洛阳市${year}年度职工医疗互助`,
      premiumFen: MUTUAL_AID_DEFAULT_PREMIUM_FEN,
      deductibleFen: DEDUCTIBLE_FEN,
      bands: BANDS,
      ceilingFen: 3_000_000,
      waitingDays: 90,
      backstopFen: 30_000_000,
      createdByUserId: staff,
    })
    .returning({ id: mutualAidSchemes.id });
  const schemeId = scheme!.id;
  // Paid on the tenth of January, or today early in January.
  const paidOn = today < `${year}-01-10` ? today : `${year}-01-10`;
  let premiumsPaid = 0;

  const enrol = async (code: string, paid: boolean, reference: string) => {
    const unit = await union(code);
    const people = await tx.query.members.findMany({ where: { unionId: unit.id }, columns: { id: true, userId: true }, orderBy: { createdAt: 'asc' } });
    const due = people.length * MUTUAL_AID_DEFAULT_PREMIUM_FEN;
    const [enrolment] = await tx
      .insert(mutualAidEnrolments)
      .values({
        schemeId,
        unionId: unit.id,
        unionPath: unit.path,
        status: paid ? 'paid' : 'submitted',
        startsOn: `${year}-01-01`,
        memberCount: people.length,
        premiumDueFen: due,
        paymentReference: paid ? reference : null,
        paidOn: paid ? paidOn : null,
        paidByUserId: paid ? staff : null,
        submittedAt: new Date(),
        createdByUserId: staff,
      })
      .returning({ id: mutualAidEnrolments.id });
    if (paid) premiumsPaid += due;
    const covers = await tx
      .insert(mutualAidCovers)
      .values(
        people.map((m) => ({
          schemeId,
          enrolmentId: enrolment!.id,
          memberId: m.id,
          unionId: unit.id,
          unionPath: unit.path,
          activeFrom: paid ? paidOn : null,
          activeUntil: paid ? untilOf(paidOn) : null,
        })),
      )
      .returning({ id: mutualAidCovers.id, memberId: mutualAidCovers.memberId });
    return { unit, covers, people };
  };

  const mangshan = await enrol('G410302002', true, `ICBC-${year}-0110-0302`);
  await enrol('G410302001', true, `ICBC-${year}-0110-0301`);
  await enrol('G410305001', false, '');

  // Stays before today, after the 90-day waiting period where the calendar allows it.
  const stay = (i: number) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 10 - i * 3);
    return d.toISOString().slice(0, 10);
  };
  const claim = (i: number, selfPaidFen: number) => {
    const cover = mangshan.covers[i]!;
    return {
      schemeId,
      coverId: cover.id,
      memberId: cover.memberId,
      unionId: mangshan.unit.id,
      unionPath: mangshan.unit.path,
      hospital: ['洛阳市中心医院', '河南科技大学第一附属医院', '洛阳市第三人民医院'][i % 3]!,
      admittedOn: stay(i),
      dischargedOn: stay(i),
      totalCostFen: selfPaidFen * 3,
      socialInsuranceFen: selfPaidFen * 2,
      selfPaidFen,
      filedByUserId: mangshan.people[i]!.userId,
    };
  };
  const explanation = [
    { label: '个人负担部分（社保报销后）', amountFen: PAYOUT_SELF_PAID_FEN },
    { label: '扣除起付标准（年度 1000.00 元，本年已用 0.00 元）', amountFen: -DEDUCTIBLE_FEN },
    { label: `0.00–10000.00 元段 ${((PAYOUT_SELF_PAID_FEN - DEDUCTIBLE_FEN) / 100).toFixed(2)} 元 × 50%`, amountFen: PAYOUT_FEN },
    { label: '核算赔付金额', amountFen: PAYOUT_FEN },
  ];
  await tx.insert(mutualAidClaims).values(
    Array.from({ length: PAYOUTS }, (_, i) => ({
      ...claim(i, PAYOUT_SELF_PAID_FEN),
      status: 'paid' as const,
      checkedByUserId: staff,
      valuatedFen: PAYOUT_FEN,
      deductibleAppliedFen: DEDUCTIBLE_FEN,
      explanation,
      valuatedByUserId: staff,
      approvedByUserId: staff,
      approvedAt: new Date(),
      paymentReference: `MA-${year}-${String(i + 1).padStart(4, '0')}`,
      paidAt: new Date(),
    })),
  );
  await tx.insert(mutualAidLedgers).values(
    mangshan.covers.slice(0, PAYOUTS).map((c) => ({
      memberId: c.memberId,
      schemeId,
      deductibleFen: DEDUCTIBLE_FEN,
      ceilingFen: 3_000_000,
      deductibleUsedFen: DEDUCTIBLE_FEN,
      approvedFen: PAYOUT_FEN,
      claimsApproved: 1,
    })),
  );
  // The queue: two new claims and one checked, waiting for the city.
  await tx.insert(mutualAidClaims).values([
    { ...claim(PAYOUTS, 860_000) },
    { ...claim(PAYOUTS + 1, 245_000) },
    { ...claim(PAYOUTS + 2, 1_520_000), status: 'checked' as const, checkedByUserId: staff },
  ]);
  const approved = PAYOUTS * PAYOUT_FEN;
  await tx
    .update(mutualAidSchemes)
    .set({ premiumsPaidFen: premiumsPaid, approvedFen: approved, paidFen: approved })
    .where(eq(mutualAidSchemes.id, schemeId));
}
