import type { Database } from '../client.ts';
import { roleGrants, users } from '../accounts/tables.ts';
import { rightsCaseEvents, rightsCases, rightsOutreachEvents } from '../rights/tables.ts';

const DAY = 24 * 60 * 60 * 1000;
const shanghaiDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** The union lawyer appointed by the Luoyang city union (report 004: lawyers' cards handed out at stations). */
export const DEMO_LAWYER = { phone: '13800000401', name: '法律援助律师·孟庆华', union: '410300' };

type Seeded = typeof rightsCases.$inferInsert;

/**
 * A handful of Luoyang cases after report 001 (7 cases: 健康权纠纷调解, 企业改制职工安置, 工伤待遇维权,
 * 农民工讨薪; a death at work settled at ¥820,000) and lectures at firms after report 000.
 */
export async function seedRights(tx: Database, passwordHash: string): Promise<void> {
  const union = async (code: string) => {
    const row = await tx.query.unions.findFirst({ where: { code }, columns: { id: true, path: true } });
    if (!row) throw new Error(`rights seed: unknown union ${code}`);
    return row;
  };
  const userOf = async (phone: string) => (await tx.query.users.findFirst({ where: { phone }, columns: { id: true } }))!.id;
  const memberOf = async (phone: string) => {
    const user = await tx.query.users.findFirst({ where: { phone }, with: { member: true } });
    return user!.member!;
  };

  const luoyang = await union('410300');
  const [lawyer] = await tx.insert(users).values({ phone: DEMO_LAWYER.phone, displayName: DEMO_LAWYER.name, passwordHash }).returning({ id: users.id });
  await tx.insert(roleGrants).values({ userId: lawyer!.id, role: 'legal_aid_lawyer', unionId: luoyang.id });

  const officer = await userOf('13800000104'); // 涧西区总工会·林娜
  const cityOfficer = await userOf('13800000101'); // 洛阳市总工会·周敏
  const yituo = await union('G410305001');
  const xidajie = await union('G410302001');
  const liu = await memberOf('13900000004'); // 刘洋, LYC 轴承
  const lyc = await union('G410305002');
  const now = Date.now();
  const at = (daysAgo: number) => new Date(now - daysAgo * DAY);

  const cases: { row: Seeded; steps: { kind: (typeof rightsCaseEvents.kind.enumValues)[number]; daysAgo: number; to?: string; note: string; actor: string | null }[] }[] = [
    {
      row: {
        channel: 'union', claimantName: '何振山（家属何秀兰）', claimantPhone: '13612345001', unionId: yituo.id, unionPath: yituo.path, cityPath: luoyang.path,
        type: 'death_at_work', confidential: false, employerName: '洛阳某建筑劳务有限公司', amountInDisputeFen: 110_000_000,
        description: '职工在施工中高处坠落身亡，用人单位未缴纳工伤保险，家属要求一次性工亡补助金及丧葬补助金。',
        status: 'closed', route: 'lawyer', legalAidEligible: true, eligibilityReason: '讨薪、工伤、工亡及女职工权益案件不受收入条件限制',
        openedByUserId: officer, intakeOfficerUserId: officer, caseOfficerUserId: officer, lawyerUserId: lawyer!.id,
        outcome: 'settled', recoveredFen: 82_000_000, openedAt: at(120), closedAt: at(62), closedOn: shanghaiDate(at(62)),
      },
      steps: [
        { kind: 'opened', daysAgo: 120, to: 'opened', note: '工会代职工家属提交维权求助', actor: officer },
        { kind: 'triaged', daysAgo: 119, to: 'triaged', note: '工亡案件，符合法律援助条件', actor: officer },
        { kind: 'lawyer_assigned', daysAgo: 118, to: 'with_lawyer', note: '指派工会律师 孟庆华', actor: officer },
        { kind: 'closed', daysAgo: 62, to: 'closed', note: '经调解达成协议，企业一次性赔偿家属 82 万元', actor: lawyer!.id },
      ],
    },
    {
      row: {
        channel: 'worker', claimantName: '田老三', claimantPhone: '13612345002', unionId: lyc.id, unionPath: lyc.path, cityPath: luoyang.path,
        type: 'unpaid_wages', confidential: false, employerName: '洛阳某钢结构工程队', amountInDisputeFen: 4_860_000,
        description: '12 名农民工在厂房扩建工地干了 5 个月，包工头拖欠工资 4.86 万元（本人部分），春节前讨要无果。',
        openedAtPlace: '涧西区户外劳动者服务站点', status: 'closed', route: 'mediation', legalAidEligible: true,
        eligibilityReason: '讨薪、工伤、工亡及女职工权益案件不受收入条件限制', intakeOfficerUserId: officer, caseOfficerUserId: officer,
        outcome: 'settled', recoveredFen: 4_860_000, openedAt: at(40), closedAt: at(25), closedOn: shanghaiDate(at(25)),
      },
      steps: [
        { kind: 'opened', daysAgo: 40, to: 'opened', note: '职工验证手机号后提交维权求助', actor: null },
        { kind: 'triaged', daysAgo: 39, to: 'triaged', note: '农民工讨薪，转区总工会调解', actor: officer },
        { kind: 'mediation_started', daysAgo: 38, to: 'in_mediation', note: '约见总包单位与包工头', actor: officer },
        { kind: 'closed', daysAgo: 25, to: 'closed', note: '总包单位代付，工资全额到位', actor: officer },
      ],
    },
    {
      row: {
        channel: 'member', memberId: liu.id, claimantName: '刘洋', unionId: lyc.id, unionPath: lyc.path, cityPath: luoyang.path,
        type: 'work_injury', confidential: false, employerName: '洛阳LYC轴承有限公司', amountInDisputeFen: 12_500_000,
        description: '车间作业时右手被压伤，已认定工伤（九级），企业对一次性伤残补助金的计算基数有异议。',
        status: 'with_lawyer', route: 'lawyer', legalAidEligible: true, eligibilityReason: '讨薪、工伤、工亡及女职工权益案件不受收入条件限制',
        openedByUserId: liu.userId, intakeOfficerUserId: officer, caseOfficerUserId: officer, lawyerUserId: lawyer!.id, openedAt: at(12),
      },
      steps: [
        { kind: 'opened', daysAgo: 12, to: 'opened', note: '会员在线提交维权求助', actor: liu.userId },
        { kind: 'triaged', daysAgo: 11, to: 'triaged', note: '工伤待遇争议，指派律师', actor: officer },
        { kind: 'lawyer_assigned', daysAgo: 10, to: 'with_lawyer', note: '指派工会律师 孟庆华', actor: officer },
      ],
    },
    {
      row: {
        channel: 'union', claimantName: '老城区环卫班组（代表 宋桂芝）', unionId: xidajie.id, unionPath: xidajie.path, cityPath: luoyang.path,
        type: 'health_rights', confidential: false, employerName: '洛阳某物业服务公司', amountInDisputeFen: null,
        description: '环卫职工反映夏季高温作业未发放防暑降温费、未安排体检，要求企业落实健康权益。',
        status: 'opened', openedByUserId: cityOfficer, intakeOfficerUserId: cityOfficer, openedAt: at(2),
      },
      steps: [{ kind: 'opened', daysAgo: 2, to: 'opened', note: '工会代职工提交维权求助', actor: cityOfficer }],
    },
  ];
  for (const { row, steps } of cases) {
    const [inserted] = await tx.insert(rightsCases).values(row).returning({ id: rightsCases.id });
    let from: string | null = null;
    for (const step of steps) {
      await tx.insert(rightsCaseEvents).values({
        caseId: inserted!.id, kind: step.kind, fromState: from, toState: step.to ?? null, note: step.note, actorUserId: step.actor, createdAt: at(step.daysAgo),
      });
      from = step.to ?? from;
    }
  }

  const jianxi = await union('410305');
  const lectures = [
    { firmName: '中国一拖集团有限公司', topic: '劳动合同法与工伤保险条例解读', daysAgo: 90, attendance: 260 },
    { firmName: '洛阳LYC轴承有限公司', topic: '女职工劳动保护特别规定', daysAgo: 60, attendance: 180 },
    { firmName: '洛阳某建筑劳务有限公司', topic: '农民工工资支付保障条例', daysAgo: 30, attendance: 95 },
  ];
  for (const l of lectures) {
    await tx.insert(rightsOutreachEvents).values({
      unionId: jianxi.id, unionPath: jianxi.path, firmName: l.firmName, topic: l.topic, heldOn: shanghaiDate(at(l.daysAgo)), attendance: l.attendance, recordedByUserId: officer,
    });
  }
}
