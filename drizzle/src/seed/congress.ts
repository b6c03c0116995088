import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '../client.ts';
import { members, roleGrants, users } from '../accounts/tables.ts';
import {
  congressAgendaItems,
  congressAttendance,
  congressBallotRoster,
  congressBallots,
  congressDelegates,
  congressDocuments,
  congressGroupSummaries,
  congressOpinions,
  congressParagraphs,
  congressMotionCosigners,
  congressMotions,
  congressResolutions,
  congressSessions,
} from '../congress/tables.ts';
import { splitParagraphs } from '../congress/paragraphs.ts';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

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

/** The hospital's congress staff login (README): 河南省人民医院工会. */
export const CONGRESS_STAFF_PHONE = '13800000124';

/** Delegates of 河南省人民医院 (report 003 describes a hospital's online congress), by group. */
const delegates: { phone: string; name: string; group: string; leader?: boolean; presidium?: boolean }[] = [
  { phone: '13900000006', name: '杨帆', group: '内科组', leader: true, presidium: true },
  { phone: '13900002401', name: '刘晓燕', group: '内科组' },
  { phone: '13900002402', name: '陈立新', group: '外科组', leader: true },
  { phone: '13900002403', name: '王海军', group: '外科组', presidium: true },
  { phone: '13900002404', name: '赵敏', group: '护理组', leader: true },
  { phone: '13900002405', name: '孙建华', group: '护理组' },
  { phone: '13900002406', name: '周丽娟', group: '医技后勤组', leader: true },
  { phone: '13900002407', name: '黄振宇', group: '医技后勤组' },
];

const STAGES = ['launched', 'preparatory', 'opening', 'presidium', 'group_discussion', 'closed'] as const;

async function ballots(tx: Database, resolutionId: string, delegateIds: string[], choices: ('for' | 'against' | 'abstain')[]) {
  for (let i = 0; i < choices.length; i += 1) {
    await tx.insert(congressBallotRoster).values({ resolutionId, delegateId: delegateIds[i]! });
  }
  // Shuffled and unlinked, as the service writes them.
  for (const choice of [...choices].sort(() => Math.random() - 0.5)) {
    await tx.insert(congressBallots).values({ resolutionId, choice, receiptHash: createHash('sha256').update(randomBytes(18)).digest('hex') });
  }
}

/**
 * 河南省人民医院工会: last year's session, closed and on the public page (院务公开), and this year's
 * online session in its group discussion, with the reports to read, a vote open and motions.
 */
export async function seedCongress(tx: Database, passwordHash: string): Promise<void> {
  const hospital = await tx.query.unions.findFirst({ where: { code: 'G410105001' }, columns: { id: true, path: true } });
  if (!hospital) return;
  const [staff] = await tx.insert(users).values({ phone: CONGRESS_STAFF_PHONE, displayName: '河南省人民医院工会·李红', passwordHash }).returning({ id: users.id });
  await tx.insert(roleGrants).values({ userId: staff!.id, role: 'union_staff', unionId: hospital.id });

  const memberIds: string[] = [];
  for (const [i, d] of delegates.entries()) {
    const existing = await tx.query.users.findFirst({ where: { phone: d.phone }, with: { member: { columns: { id: true } } } });
    if (existing?.member) {
      memberIds.push(existing.member.id);
      continue;
    }
    const [user] = await tx.insert(users).values({ phone: d.phone, displayName: d.name, passwordHash }).returning({ id: users.id });
    const [member] = await tx
      .insert(members)
      .values({ userId: user!.id, cardNumber: luhn(`623100410105${String(240 + i).padStart(3, '0')}`), unionId: hospital.id, realName: d.name })
      .returning({ id: members.id });
    memberIds.push(member!.id);
  }

  const now = Date.now();
  const session = async (title: string, stage: (typeof STAGES)[number], start: number, publishedAt: Date | null) => {
    const [row] = await tx
      .insert(congressSessions)
      .values({ unionId: hospital.id, unionPath: hospital.path, title, stage, publishedAt, minCosigners: 2, createdByUserId: staff!.id })
      .returning({ id: congressSessions.id });
    const delegateIds: string[] = [];
    for (const [i, d] of delegates.entries()) {
      const [seat] = await tx
        .insert(congressDelegates)
        .values({ sessionId: row!.id, memberId: memberIds[i]!, groupName: d.group, isGroupLeader: d.leader ?? false, isPresidium: d.presidium ?? false })
        .returning({ id: congressDelegates.id });
      delegateIds.push(seat!.id);
    }
    for (const [i, s] of STAGES.entries()) {
      const startsAt = new Date(start + i * DAY);
      await tx.insert(congressAgendaItems).values({
        sessionId: row!.id,
        stage: s,
        startsAt,
        endsAt: new Date(startsAt.getTime() + DAY - HOUR),
        enteredAt: STAGES.indexOf(stage) >= i ? startsAt : null,
      });
    }
    return { id: row!.id, delegateIds };
  };

  // Last year's session: closed, published, full attendance (003: "参会率 100%").
  const past = await session('第五届职工代表大会第四次会议', 'closed', now - 365 * DAY, new Date(now - 360 * DAY));
  for (const delegateId of past.delegateIds) {
    for (const stage of ['opening', 'group_discussion'] as const) await tx.insert(congressAttendance).values({ sessionId: past.id, delegateId, stage });
  }
  const tallied = async (title: string, body: string, choices: ('for' | 'against' | 'abstain')[]) => {
    const forCount = choices.filter((c) => c === 'for').length;
    const [r] = await tx
      .insert(congressResolutions)
      .values({
        sessionId: past.id,
        title,
        body,
        status: forCount * 2 > delegates.length ? 'passed' : 'failed',
        attendanceStage: 'group_discussion',
        votingOpenedAt: new Date(now - 361 * DAY),
        votingEndsAt: new Date(now - 361 * DAY + 2 * HOUR),
        closedAt: new Date(now - 361 * DAY + 2 * HOUR),
        delegateCount: delegates.length,
        presentCount: delegates.length,
        forCount,
        againstCount: choices.filter((c) => c === 'against').length,
        abstainCount: choices.filter((c) => c === 'abstain').length,
        quorumMet: true,
      })
      .returning({ id: congressResolutions.id });
    await ballots(tx, r!.id, past.delegateIds, choices);
  };
  await tallied('关于《医院工作报告》的决议', '审议通过院长所作的医院工作报告。', ['for', 'for', 'for', 'for', 'for', 'for', 'for', 'abstain']);
  await tallied('关于《职工绩效分配办法（修订）》的决议', '审议通过修订后的职工绩效分配办法，自次年 1 月起施行。', ['for', 'for', 'for', 'for', 'for', 'for', 'against', 'abstain']);
  const [answered] = await tx
    .insert(congressMotions)
    .values({
      sessionId: past.id,
      proposerDelegateId: past.delegateIds[4]!,
      title: '关于增设夜班护士休息室的提案',
      body: '夜班护士交接班后无处休息，建议在住院部每层增设休息室，配备床位和储物柜。',
      status: 'answered',
      cosignerCount: 2,
      decisionReason: '涉及职工切身利益，附议人数符合要求，予以立案。',
      decidedAt: new Date(now - 361 * DAY),
      decidedByUserId: staff!.id,
      answerDueAt: new Date(now - 331 * DAY),
      answer: '院方已在住院部 3 至 12 层各增设一间夜班休息室，共 10 间，于今年 3 月投入使用。',
      answeredAt: new Date(now - 335 * DAY),
      answeredByUserId: staff!.id,
      rating: 5,
    })
    .returning({ id: congressMotions.id });
  for (const i of [5, 0]) await tx.insert(congressMotionCosigners).values({ motionId: answered!.id, delegateId: past.delegateIds[i]! });

  // This year's online session, in its group discussion.
  const current = await session('第六届职工代表大会第一次会议（网上职代会）', 'group_discussion', now - 4 * DAY - HOUR, null);
  for (const [i, delegateId] of current.delegateIds.entries()) {
    await tx.insert(congressAttendance).values({ sessionId: current.id, delegateId, stage: 'opening' });
    if (i < 6) await tx.insert(congressAttendance).values({ sessionId: current.id, delegateId, stage: 'group_discussion' });
  }
  const documents = await tx.insert(congressDocuments).values([
    { sessionId: current.id, position: 1, title: '医院工作报告', body: '一、过去一年工作回顾\n门急诊量、住院人次稳步增长，重点专科建设取得进展。\n二、今年工作安排\n推进智慧医院建设，改善职工工作环境。' },
    { sessionId: current.id, position: 2, title: '职工代表大会提案工作报告', body: '上次会议共收到提案 1 件，立案 1 件，已答复 1 件，提案人满意。' },
    { sessionId: current.id, position: 3, title: '《职工休假管理办法》（草案）', body: '第一条 为保障职工休息休假权利，制定本办法。\n第二条 职工年休假按国家规定执行，科室统筹安排。\n第三条 夜班后应保证不少于 24 小时休息。' },
  ]).returning({ id: congressDocuments.id, body: congressDocuments.body });
  const paragraphIds: string[][] = [];
  for (const d of documents) {
    const rows = await tx
      .insert(congressParagraphs)
      .values(splitParagraphs(d.body).map((body, i) => ({ sessionId: current.id, documentId: d.id, number: i + 1, body })))
      .returning({ id: congressParagraphs.id });
    paragraphIds.push(rows.map((r) => r.id));
  }
  // Opinions on the draft (《职工休假管理办法》), from three groups, and the 外科组 leader's summary.
  const draft = documents[2]!.id;
  const opinion = (delegate: number, paragraph: number, body: string) => ({
    sessionId: current.id,
    documentId: draft,
    paragraphId: paragraphIds[2]![paragraph]!,
    delegateId: current.delegateIds[delegate]!,
    groupName: delegates[delegate]!.group,
    body,
  });
  await tx.insert(congressOpinions).values([
    opinion(1, 2, '建议写明“24 小时”自夜班结束时起算，并不得安排加班。'),
    opinion(2, 1, '建议年休假可分两次休完，方便手术科室排班。'),
    opinion(5, 2, '护理岗位连续夜班较多，建议连续两个夜班后休息不少于 48 小时。'),
  ]);
  await tx.insert(congressGroupSummaries).values({
    sessionId: current.id,
    documentId: draft,
    groupName: '外科组',
    leaderDelegateId: current.delegateIds[2]!,
    body: '外科组 2 名代表审阅了草案。对第二条：建议年休假可分两次休完，由科室统筹，保证手术排班。其余条款无意见。',
  });
  const [voting] = await tx
    .insert(congressResolutions)
    .values({
      sessionId: current.id,
      title: '关于《职工休假管理办法》的决议',
      body: '审议《职工休假管理办法》（草案），通过后自下月起施行。',
      status: 'voting',
      attendanceStage: 'group_discussion',
      votingOpenedAt: new Date(now - HOUR),
      votingEndsAt: new Date(now + 2 * DAY),
    })
    .returning({ id: congressResolutions.id });
  await ballots(tx, voting!.id, current.delegateIds.slice(1, 6), ['for', 'for', 'for', 'for', 'against']);
  await tx.insert(congressResolutions).values({ sessionId: current.id, title: '关于《医院工作报告》的决议', body: '审议院长所作的医院工作报告。' });
  const [motion] = await tx
    .insert(congressMotions)
    .values({
      sessionId: current.id,
      proposerDelegateId: current.delegateIds[2]!,
      title: '关于职工食堂延长夜间供餐时间的提案',
      body: '手术室和急诊科职工常在 21 点后下班，食堂已停止供餐，建议夜间供餐延长至 23 点。',
      cosignerCount: 1,
    })
    .returning({ id: congressMotions.id });
  await tx.insert(congressMotionCosigners).values({ motionId: motion!.id, delegateId: current.delegateIds[3]! });
}
