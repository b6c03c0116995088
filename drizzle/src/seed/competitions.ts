import type { Database } from '../client.ts';
import {
  competitionEntries,
  competitionEvents,
  competitionParticipants,
  competitionPrizes,
  competitions,
  memberSkillCertificates,
} from '../tables.ts';

const DAY = 24 * 60 * 60 * 1000;
/** A date in Asia/Shanghai (UTC+8, no daylight saving) `days` from now. */
const shanghaiDate = (days: number) => new Date(Date.now() + days * DAY + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
/** Midnight in Asia/Shanghai at the start of a YYYY-MM-DD day. */
const shanghaiMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * An open competition relative to the day the seed runs, so the demo always has one to register
 * for: 洛阳市职工焊工技能大赛 by 洛阳市总工会, with an individual and a team event, a few entries
 * (王秀英 confirmed; 李建国 captain of a team still forming, 刘洋 invited) and 李建国's welder certificate.
 */
export async function seedCompetitions(tx: Database): Promise<void> {
  const union = async (code: string) => (await tx.query.unions.findFirst({ where: { code }, columns: { id: true } }))!.id;
  const memberByPhone = async (phone: string) => {
    const user = await tx.query.users.findFirst({ where: { phone }, with: { member: { columns: { id: true } } } });
    return user!.member!.id;
  };
  const staff = await tx.query.users.findFirst({ where: { phone: '13800000101' }, columns: { id: true } });

  const startsOn = shanghaiDate(45);
  const [competition] = await tx
    .insert(competitions)
    .values({
      title: '洛阳市职工焊工技能大赛',
      trade: '焊工',
      level: 'city',
      organizerUnionId: await union('410300'),
      registrationOpensOn: shanghaiDate(-7),
      registrationClosesOn: shanghaiDate(30),
      cancellationDeadline: shanghaiMidnight(shanghaiDate(38)),
      startsOn,
      endsOn: shanghaiDate(46),
      venue: '洛阳市职工技能实训基地（涧西区）',
      isOnline: false,
      minAge: 18,
      maxAge: 60,
      offerHoldHours: 48,
      createdByUserId: staff?.id ?? null,
    })
    .returning({ id: competitions.id });

  const [individual] = await tx
    .insert(competitionEvents)
    .values({ competitionId: competition!.id, name: '焊条电弧焊（个人）', kind: 'individual', capacity: 60 })
    .returning({ id: competitionEvents.id });
  const [team] = await tx
    .insert(competitionEvents)
    .values({
      competitionId: competition!.id,
      name: '管道焊接（团体）',
      kind: 'team',
      capacity: 12,
      minTeamSize: 3,
      maxTeamSize: 4,
      teamFormationDeadline: shanghaiMidnight(shanghaiDate(31)),
    })
    .returning({ id: competitionEvents.id });
  await tx.insert(competitionPrizes).values([
    { eventId: individual!.id, tier: 1, name: '一等奖', quantity: 3 },
    { eventId: individual!.id, tier: 2, name: '二等奖', quantity: 6 },
    { eventId: individual!.id, tier: 3, name: '三等奖', quantity: 9 },
    { eventId: team!.id, tier: 1, name: '团体一等奖', quantity: 1 },
    { eventId: team!.id, tier: 2, name: '团体二等奖', quantity: 2 },
    { eventId: team!.id, tier: 3, name: '团体三等奖', quantity: 3 },
  ]);

  const wang = await memberByPhone('13900000001');
  const li = await memberByPhone('13900000002');
  const liu = await memberByPhone('13900000004');
  await tx.insert(memberSkillCertificates).values({
    memberId: li,
    trade: '焊工',
    level: 'technician',
    certificateNumber: 'S410300-2019-000812',
    issuedOn: '2019-06-20',
    recordedByUserId: staff?.id ?? null,
  });

  const [wangEntry] = await tx
    .insert(competitionEntries)
    .values({
      eventId: individual!.id,
      competitionId: competition!.id,
      kind: 'individual',
      registrantMemberId: wang,
      status: 'confirmed',
      confirmedAt: new Date(),
      checkInCode: 'HGDEMX28',
    })
    .returning({ id: competitionEntries.id });
  const [teamEntry] = await tx
    .insert(competitionEntries)
    .values({
      eventId: team!.id,
      competitionId: competition!.id,
      kind: 'team',
      registrantMemberId: li,
      teamName: '一拖焊接突击队',
      status: 'forming',
    })
    .returning({ id: competitionEntries.id });
  await tx.insert(competitionParticipants).values([
    { entryId: wangEntry!.id, eventId: individual!.id, memberId: wang, role: 'individual', status: 'accepted', active: true, respondedAt: new Date() },
    { entryId: teamEntry!.id, eventId: team!.id, memberId: li, role: 'captain', status: 'accepted', active: true, respondedAt: new Date() },
    { entryId: teamEntry!.id, eventId: team!.id, memberId: liu, role: 'member', status: 'invited', active: false },
  ]);
}
