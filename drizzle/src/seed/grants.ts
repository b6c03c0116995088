import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../client.ts';
import {
  auditEvents,
  grantApplications,
  grantBudgetLines,
  grantCalls,
  grantCriteria,
  grantDocuments,
  grantReports,
  grantReviews,
  grantReviewScores,
  grantTiers,
  grantTranches,
  members,
  users,
} from '../tables.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The five standard conditions of the 齐鲁工匠 programme, paraphrased. */
export const STANDARD_CONDITIONS = [
  '热爱祖国，遵纪守法，具有良好的职业道德和工匠精神',
  '在生产一线从事技术技能工作，具有较高的技术技能水平',
  '在技术创新、技艺传承或解决关键技术难题方面有突出贡献',
  '积极开展技术攻关与传帮带，培养出一批技术骨干',
  '所在企业支持工作室建设，能提供场地与配套条件',
];

/** Demo craftsmen added for the grant demo, so the call shows applications in several states. */
const extraCraftsmen = [
  { phone: '13960000001', name: '刘振华', union: 'G370104001', cardNumber: '6231003701041016', title: 'craftsman' as const },
  { phone: '13960000002', name: '王立新', union: 'G370212001', cardNumber: '6231003702121023', title: 'craftsman' as const },
  { phone: '13960000003', name: '陈海涛', union: 'G370104001', cardNumber: '6231003701041032', title: 'master_craftsman' as const },
];

/**
 * 山东省总工会 opens the 2026 齐鲁工匠 studio grant call with both tiers (¥50,000 and ¥250,000) and
 * a budget for 50 + 10 studios; the demo applications sit in different states of the lifecycle,
 * with the audit records that would have been written on the way.
 */
export async function seedGrants(tx: Database): Promise<void> {
  const union = await tx.query.unions.findFirst({ where: { code: '370000' }, columns: { id: true } });
  const byPhone = async (phone: string) => {
    const user = await tx.query.users.findFirst({
      where: { phone },
      columns: { id: true, passwordHash: true },
      with: { member: { columns: { id: true } } },
    });
    if (!user) throw new Error(`grant seed needs user ${phone}`);
    return user;
  };
  if (!union) throw new Error('grant seed needs union 370000');
  const staff = await byPhone('13800000103');
  const finance = await byPhone('13800000301');
  const reviewerA = await byPhone('13800000201');
  const reviewerB = await byPhone('13800000202');
  const zhou = await byPhone('13900000009');
  const wu = await byPhone('13900000010');

  const extra = [];
  for (const person of extraCraftsmen) {
    const unionRow = await tx.query.unions.findFirst({ where: { code: person.union }, columns: { id: true } });
    if (!unionRow) throw new Error(`grant seed needs union ${person.union}`);
    const [user] = await tx
      .insert(users)
      .values({ phone: person.phone, displayName: person.name, passwordHash: zhou.passwordHash })
      .returning({ id: users.id });
    const [member] = await tx
      .insert(members)
      .values({
        userId: user!.id,
        cardNumber: person.cardNumber,
        unionId: unionRow.id,
        realName: person.name,
        craftsmanTitle: person.title,
      })
      .returning({ id: members.id });
    extra.push({ userId: user!.id, memberId: member!.id });
  }

  const now = Date.now();
  const [call] = await tx
    .insert(grantCalls)
    .values({
      unionId: union.id,
      title: '2026年度齐鲁工匠创新工作室建设资助',
      description: '对齐鲁工匠、齐鲁大工匠领衔的创新工作室给予一次性建设资助，用于技术攻关、技艺传承和人才培养。',
      opensAt: new Date(now - 20 * DAY),
      closesAt: new Date(now + 60 * DAY),
      budgetFen: 50 * 5_000_000 + 10 * 25_000_000,
      reviewersPerApplication: 2,
      eligibilityConditions: STANDARD_CONDITIONS,
      qualifyingDistinctions: ['major_breakthrough', 'key_provincial_project', 'national_model_worker', 'national_skill_award'],
      requiredDocuments: ['工作室建设方案', '所在企业推荐意见', '荣誉证书复印件', '预算明细表'],
      createdByUserId: staff.id,
    })
    .returning({ id: grantCalls.id });
  const callId = call!.id;
  const [craftsmanTier, masterTier] = await tx
    .insert(grantTiers)
    .values([
      { callId, position: 0, name: '齐鲁工匠', minAmountFen: 5_000_000, maxAmountFen: 5_000_000, requiredTitle: 'craftsman' },
      {
        callId,
        position: 1,
        name: '齐鲁大工匠',
        minAmountFen: 25_000_000,
        maxAmountFen: 25_000_000,
        requiredTitle: 'master_craftsman',
        requiresDistinction: true,
      },
    ])
    .returning({ id: grantTiers.id });
  const criteria = await tx
    .insert(grantCriteria)
    .values([
      { callId, position: 0, name: '技术创新能力', description: '攻关成果、专利、工法', weight: 40 },
      { callId, position: 1, name: '示范带动作用', description: '传帮带、培养骨干', weight: 30 },
      { callId, position: 2, name: '建设计划可行性', description: '目标、进度与预算', weight: 30 },
    ])
    .returning({ id: grantCriteria.id });

  const audit = (applicationId: string, actorUserId: string, fromState: string | null, toState: string, extraFields = {}) =>
    tx.insert(auditEvents).values({
      actorUserId,
      action: fromState === null ? 'grant_application.created' : `grant_application.${toState}`,
      subjectType: 'grant_application',
      subjectId: applicationId,
      fromState,
      toState,
      ...extraFields,
    });
  const walk = async (applicationId: string, applicantUserId: string, states: string[]) => {
    await audit(applicationId, applicantUserId, null, 'draft');
    for (let i = 1; i < states.length; i += 1) {
      const to = states[i]!;
      const actor = ['submitted', 'resubmitted', 'withdrawn'].includes(to) ? applicantUserId : staff.id;
      await audit(applicationId, actor, states[i - 1]!, to);
    }
  };

  const application = async (values: {
    memberId: string;
    userId: string;
    tierId: string;
    studioName: string;
    enterprise: string;
    trade: string;
    amount: number;
    status: (typeof grantApplications.$inferSelect)['status'];
    distinctions?: (typeof grantApplications.$inferSelect)['distinctions'];
    extra?: Partial<typeof grantApplications.$inferInsert>;
  }) => {
    const [row] = await tx
      .insert(grantApplications)
      .values({
        callId,
        tierId: values.tierId,
        applicantMemberId: values.memberId,
        applicantUserId: values.userId,
        status: values.status,
        studioName: values.studioName,
        enterprise: values.enterprise,
        trade: values.trade,
        teamMembers: [
          { name: '李明', role: '技术骨干' },
          { name: '张伟', role: '青年技工' },
        ],
        requestedFen: values.amount,
        plan: '围绕关键工序开展技术攻关，三年内完成两项工艺改进，带徒十名，形成可推广的操作法。',
        distinctions: values.distinctions ?? [],
        eligibilityAttested: true,
        submittedAt: values.status === 'draft' ? null : new Date(now - 10 * DAY),
        ...values.extra,
      })
      .returning({ id: grantApplications.id });
    const first = Math.floor(values.amount * 0.6);
    await tx.insert(grantBudgetLines).values([
      { applicationId: row!.id, position: 0, item: '设备与工装购置', amountFen: first },
      { applicationId: row!.id, position: 1, item: '技术攻关与培训', amountFen: values.amount - first },
    ]);
    return row!.id;
  };

  const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const documents = async (applicationId: string, uploadedByUserId: string, kinds: string[]) => {
    await tx.insert(grantDocuments).values(
      kinds.map((kind) => ({
        applicationId,
        kind,
        fileName: `${kind}.pdf`,
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
        sha256,
        content: pdf,
        uploadedByUserId,
      })),
    );
  };
  const REQUIRED = ['工作室建设方案', '所在企业推荐意见', '荣誉证书复印件', '预算明细表'];

  const review = async (applicationId: string, reviewerUserId: string, scores: number[] | null) => {
    const [row] = await tx
      .insert(grantReviews)
      .values({
        applicationId,
        reviewerUserId,
        assignedByUserId: staff.id,
        status: scores ? 'submitted' : 'assigned',
        comment: scores ? '方案扎实，带动作用明显。' : null,
        submittedAt: scores ? new Date(now - 3 * DAY) : null,
      })
      .returning({ id: grantReviews.id });
    if (scores) {
      await tx
        .insert(grantReviewScores)
        .values(scores.map((score, i) => ({ reviewId: row!.id, criterionId: criteria[i]!.id, position: i, score })));
    }
  };

  // 周大伟 (齐鲁大工匠): approved; the first tranche is paid, the second waits for the mid-term report.
  const zhouApp = await application({
    memberId: zhou.member!.id,
    userId: zhou.id,
    tierId: masterTier!.id,
    studioName: '周大伟重卡装配创新工作室',
    enterprise: '中国重汽集团济南卡车股份有限公司',
    trade: '汽车装配',
    amount: 25_000_000,
    status: 'approved',
    distinctions: ['national_model_worker', 'major_breakthrough'],
    extra: {
      approvedFen: 25_000_000,
      decisionRationale: '评审平均分高，攻关成果突出，同意按大工匠档次资助。',
      decidedByUserId: staff.id,
      decidedAt: new Date(now - 2 * DAY),
    },
  });
  await walk(zhouApp, zhou.id, ['draft', 'submitted', 'screening', 'under_review', 'decision_pending', 'approved']);
  await documents(zhouApp, zhou.id, REQUIRED);
  await review(zhouApp, reviewerA.id, [5, 4, 5]);
  await review(zhouApp, reviewerB.id, [4, 5, 4]);
  await tx.insert(grantTranches).values([
    {
      applicationId: zhouApp,
      position: 0,
      label: '首笔（立项后拨付）',
      amountFen: 12_500_000,
      status: 'paid',
      requestedAt: new Date(now - 2 * DAY),
      staffApprovedByUserId: staff.id,
      staffApprovedAt: new Date(now - 2 * DAY),
      financeApprovedByUserId: finance.id,
      financeApprovedAt: new Date(now - DAY),
      paymentMethod: 'bank_transfer',
      paymentReference: 'SDZGH-2026-000123',
      paidAt: new Date(now - DAY),
      recordedByUserId: finance.id,
    },
  ]);
  const day = (offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);
  const [midterm] = await tx
    .insert(grantReports)
    .values([
      { applicationId: zhouApp, position: 0, title: '中期报告', dueOn: day(180) },
      { applicationId: zhouApp, position: 1, title: '结题报告', dueOn: day(365) },
    ])
    .returning({ id: grantReports.id });
  await tx.insert(grantTranches).values({
    applicationId: zhouApp,
    position: 1,
    label: '第二笔（中期报告通过后拨付）',
    amountFen: 12_500_000,
    reportId: midterm!.id,
  });
  await tx.update(grantCalls).set({ approvedFen: 25_000_000 }).where(eq(grantCalls.id, callId));

  // 吴海燕 (齐鲁工匠): under review, one of two reviews in.
  const wuApp = await application({
    memberId: wu.member!.id,
    userId: wu.id,
    tierId: craftsmanTier!.id,
    studioName: '吴海燕家电智能制造创新工作室',
    enterprise: '海尔集团',
    trade: '智能制造',
    amount: 5_000_000,
    status: 'under_review',
  });
  await walk(wuApp, wu.id, ['draft', 'submitted', 'screening', 'under_review']);
  await documents(wuApp, wu.id, REQUIRED);
  await review(wuApp, reviewerA.id, [4, 4, 3]);
  await review(wuApp, reviewerB.id, null);

  // 刘振华: still a draft. 王立新: asked for more information. 陈海涛: submitted, waiting for screening.
  const liuApp = await application({
    memberId: extra[0]!.memberId,
    userId: extra[0]!.userId,
    tierId: craftsmanTier!.id,
    studioName: '刘振华精密焊接工作室',
    enterprise: '中国重汽集团济南卡车股份有限公司',
    trade: '焊接',
    amount: 5_000_000,
    status: 'draft',
  });
  await walk(liuApp, extra[0]!.userId, ['draft']);
  await documents(liuApp, extra[0]!.userId, REQUIRED.slice(0, 2));
  const wangApp = await application({
    memberId: extra[1]!.memberId,
    userId: extra[1]!.userId,
    tierId: craftsmanTier!.id,
    studioName: '王立新数控加工工作室',
    enterprise: '海尔集团',
    trade: '数控加工',
    amount: 5_000_000,
    status: 'info_requested',
    extra: { infoRequest: '请补充所在企业的推荐意见（盖章）。' },
  });
  await walk(wangApp, extra[1]!.userId, ['draft', 'submitted', 'screening', 'info_requested']);
  await documents(wangApp, extra[1]!.userId, REQUIRED.filter((kind) => kind !== '所在企业推荐意见'));
  const chenApp = await application({
    memberId: extra[2]!.memberId,
    userId: extra[2]!.userId,
    tierId: masterTier!.id,
    studioName: '陈海涛发动机装调工作室',
    enterprise: '中国重汽集团济南卡车股份有限公司',
    trade: '发动机装调',
    amount: 25_000_000,
    status: 'submitted',
    distinctions: ['national_skill_award'],
  });
  await walk(chenApp, extra[2]!.userId, ['draft', 'submitted']);
  await documents(chenApp, extra[2]!.userId, REQUIRED);
}
