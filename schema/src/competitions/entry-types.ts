import { builder } from '../builder.ts';
import { entryLifecycle } from './lifecycle.ts';
import { CompetitionEntryStatus, CompetitionEventKind, ParticipantRole, ParticipantStatus, SkillLevel } from './enums.ts';
import {
  CompetitionEntryViewerCanRef,
  CompetitionParticipantViewerCanRef,
  entryViewerCan,
  participantViewerCan,
} from './viewer-can.ts';

export const CompetitionParticipantRef = builder.drizzleObject('competitionParticipants', {
  name: 'CompetitionParticipant',
  description: '报名中的一个人：个人参赛者、队长或队员。',
  // The competition comes with the row (one join in the same query), so staff lists need no lookup per row.
  select: { columns: { entryId: true }, with: { entry: { columns: { competitionId: true } } } },
  authScopes: (p) => ({ competitionStaff: p.entry.competitionId, competitionEntrant: p.entryId }),
  fields: (t) => ({
    realName: t.string({
      description: '参赛者会员卡上的真实姓名。',
      select: { with: { member: { columns: { realName: true } } } },
      resolve: (p) => p.member.realName,
    }),
    role: t.expose('role', { description: '在这份报名中的角色。', type: ParticipantRole }),
    status: t.expose('status', { description: '对邀请的状态。', type: ParticipantStatus }),
    respondedAt: t.expose('respondedAt', { description: '回复邀请的时间；未回复为 null。', type: 'DateTime', nullable: true }),
    entry: t.relation('entry', { description: '所属的报名。' }),
    viewerCan: t.field({
      type: CompetitionParticipantViewerCanRef,
      description: '当前查看者此刻可对这份组队邀请进行的操作。',
      select: {
        columns: { memberId: true, status: true },
        with: { entry: { columns: { status: true }, with: { event: { columns: { teamFormationDeadline: true } } } } },
      },
      resolve: (p, _args, ctx) => participantViewerCan(p, ctx),
    }),
  }),
});

export const CompetitionEntryRef = builder.drizzleNode('competitionEntries', {
  name: 'CompetitionEntry',
  description: '一份报名（个人或队伍）。参赛者本人与主办工会工作人员可见。',
  id: { column: (e) => e.id },
  // Staff first: its answer is memoised per competition, so a staff list costs no query per row.
  authScopes: (e) => ({ competitionStaff: e.competitionId, competitionEntrant: e.id }),
  fields: (t) => ({
    event: t.relation('event', { description: '报名的比赛项目。' }),
    competition: t.relation('competition', { description: '所属竞赛。' }),
    kind: t.expose('kind', { description: '个人或团体报名。', type: CompetitionEventKind }),
    status: t.expose('status', { description: '报名状态。', type: CompetitionEntryStatus }),
    teamName: t.exposeString('teamName', { description: '队名；个人报名为 null。', nullable: true }),
    registrantName: t.string({
      description: '个人参赛者或队长的姓名。',
      select: { with: { registrant: { columns: { realName: true } } } },
      resolve: (e) => e.registrant.realName,
    }),
    arrivalSeq: t.field({
      type: 'SafeInt',
      description: '报名先后序号（在项目锁内分配，即判定名额的顺序）。',
      resolve: (e) => e.arrivalSeq,
    }),
    waitlistPosition: t.int({
      nullable: true,
      description: '在候补名单中的位置（从 1 开始）；不在候补中为 null。',
      select: {
        extras: {
          waitlistPosition: (e, { sql }) =>
            sql<number | null>`(case when ${e.status} = 'waiting' then (select count(*)::int from competition_entries w
              where w.event_id = ${e.eventId} and w.status = 'waiting'
              and (w.queue_order, w.arrival_seq) <= (${e.queueOrder}, ${e.arrivalSeq})) end)`,
        },
      },
      resolve: (e) => (e.waitlistPosition === null ? null : Number(e.waitlistPosition)),
    }),
    offerExpiresAt: t.expose('offerExpiresAt', {
      type: 'DateTime',
      nullable: true,
      description: '递补名额的确认期限。',
    }),
    confirmedAt: t.expose('confirmedAt', { description: '报名成功（CONFIRMED）的时间；未成功为 null。', type: 'DateTime', nullable: true }),
    checkInCode: t.string({
      nullable: true,
      description: '签到码（报名成功后发放）。',
      select: { columns: { checkInCode: true, status: true } },
      // A code is shown only while it checks the entry in: an ended entry's code is void.
      resolve: (e) => (entryLifecycle.can(e.status, 'checkIn') ? e.checkInCode : null),
    }),
    checkedInAt: t.expose('checkedInAt', { description: '现场检录的时间；未检录为 null。', type: 'DateTime', nullable: true }),
    score: t.exposeString('score', { nullable: true, description: '成绩（两位小数的十进制字符串）。' }),
    durationSeconds: t.exposeInt('durationSeconds', { nullable: true, description: '用时（秒），同分时用时少者排前。' }),
    rank: t.exposeInt('rank', { nullable: true, description: '公布的名次。' }),
    provisionalRank: t.int({
      nullable: true,
      description:
        '按当前成绩的名次（公布前随成绩变化；规则同 publishCompetitionResults）。未签到或无成绩为 null。',
      select: {
        extras: {
          provisionalRank: (e, { sql }) =>
            sql<number | null>`(case when ${e.score} is not null and ${e.checkedInAt} is not null and ${e.status} = 'confirmed'
              then 1 + (select count(*)::int from competition_entries o
                where o.event_id = ${e.eventId} and o.status = 'confirmed' and o.checked_in_at is not null
                and o.score is not null
                and (o.score > ${e.score} or (o.score = ${e.score}
                  and coalesce(o.duration_seconds, 2147483647) < coalesce(${e.durationSeconds}, 2147483647))))
              end)`,
        },
      },
      resolve: (e) => (e.provisionalRank === null ? null : Number(e.provisionalRank)),
    }),
    prize: t.relation('prize', { description: '获得的奖项；成绩公布前或未获奖为 null。', nullable: true }),
    participants: t.relation('participants', { description: '参赛者（个人项目一人；团体项目为队长与队员），按加入先后。', query: { orderBy: { createdAt: 'asc' } } }),
    certificates: t.relation('certificates', { description: '成绩公布后颁发的获奖证书。' }),
    viewerCan: t.field({
      type: CompetitionEntryViewerCanRef,
      description: '当前查看者此刻可对这份报名进行的操作。',
      select: {
        columns: {
          status: true,
          kind: true,
          competitionId: true,
          registrantMemberId: true,
          checkedInAt: true,
          offerExpiresAt: true,
        },
        with: {
          event: { columns: { minTeamSize: true, teamFormationDeadline: true, resultsPublishedAt: true } },
          competition: { columns: { cancellationDeadline: true } },
          participants: { columns: { memberId: true, role: true, status: true } },
        },
      },
      resolve: (e, _args, ctx) => entryViewerCan(e, ctx),
    }),
    endReason: t.exposeString('endReason', { description: '报名结束（取消、撤销、失效）的原因；进行中为 null。', nullable: true }),
    createdAt: t.expose('createdAt', { description: '报名时间。', type: 'DateTime' }),
    history: t.relatedConnection('history', {
      type: CompetitionEntryChangeRef,
      description: '变更记录（审计）：谁、何时、从何状态到何状态、理由。仅主办工会工作人员可见。',
      nullable: true,
      // Pothos types the parent of a variant-typed connection loosely; it is the entry row.
      authScopes: (e) => ({ competitionStaff: (e as unknown as { competitionId: string }).competitionId }),
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

/** One audit record of an entry, as staff see it. */
export const CompetitionEntryChangeRef = builder.drizzleObject('auditEvents', {
  variant: 'CompetitionEntryChange',
  description: '报名的一条变更记录。',
  authScopes: { unionStaff: true },
  fields: (t) => ({
    action: t.exposeString('action', { description: '如 competition_entry.withdrawn。' }),
    fromState: t.exposeString('fromState', { description: '变化前的状态；新建时为 null。', nullable: true }),
    toState: t.exposeString('toState', { description: '变化后的状态。', nullable: true }),
    reason: t.exposeString('reason', { description: '原因或说明；没有为 null。', nullable: true }),
    actorName: t.string({
      nullable: true,
      description: '操作人；系统自动处理（如递补到期）为 null。',
      select: { with: { actor: { columns: { displayName: true } } } },
      resolve: (a) => a.actor?.displayName ?? null,
    }),
    createdAt: t.expose('createdAt', { description: '变化的时间。', type: 'DateTime' }),
  }),
});

/** The public face of a ranked entry: what a published results list shows. */
export const CompetitionResultRef = builder.drizzleObject('competitionEntries', {
  variant: 'CompetitionResult',
  description: '公布的成绩：名次、成绩、奖项、参赛者（队名）。',
  authScopes: { public: true },
  fields: (t) => ({
    rank: t.int({ description: '名次，1 为第一；并列时名次相同。', select: { columns: { rank: true } }, resolve: (e) => e.rank! }),
    score: t.string({ description: '成绩（十进制字符串，最多两位小数，如 "98.50"），高者名次在前。', select: { columns: { score: true } }, resolve: (e) => e.score! }),
    durationSeconds: t.exposeInt('durationSeconds', { description: '用时（秒）：成绩相同时用时少者在前，未记录用时的排在有用时的之后；未记录为 null。', nullable: true }),
    entrantName: t.string({
      description: '个人参赛者姓名或队长姓名。',
      select: { with: { registrant: { columns: { realName: true } } } },
      resolve: (e) => e.registrant.realName,
    }),
    teamName: t.exposeString('teamName', { description: '队名；个人项目为 null。', nullable: true }),
    prize: t.relation('prize', { description: '获得的奖项；未获奖为 null。', nullable: true }),
  }),
});

export const CompetitionCertificateRef = builder.drizzleObject('competitionCertificates', {
  name: 'CompetitionCertificate',
  description: '获奖证书。证书编号随机不可猜，任何人可凭编号查验真伪。',
  authScopes: { public: true },
  select: {
    with: {
      member: { columns: { realName: true } },
      prize: { columns: { name: true } },
      entry: {
        columns: { teamName: true },
        with: {
          event: { columns: { name: true } },
          competition: { columns: { title: true, startsOn: true }, with: { organizer: { columns: { name: true } } } },
        },
      },
    },
  },
  fields: (t) => ({
    number: t.exposeString('number', { description: '证书编号；任何人可用 competitionCertificate(number:) 核验。' }),
    holderName: t.string({ description: '获奖者姓名。', resolve: (c) => c.member.realName }),
    competitionTitle: t.string({ description: '竞赛名称。', resolve: (c) => c.entry.competition.title }),
    organizerName: t.string({ description: '主办工会名称。', resolve: (c) => c.entry.competition.organizer.name }),
    competitionStartsOn: t.field({ description: '竞赛首个比赛日（北京时间）。', type: 'Date', resolve: (c) => c.entry.competition.startsOn }),
    eventName: t.string({ description: '比赛项目名称。', resolve: (c) => c.entry.event.name }),
    teamName: t.string({ description: '队名；个人项目为 null。', nullable: true, resolve: (c) => c.entry.teamName }),
    prizeName: t.string({ description: '奖项名称，如 一等奖。', resolve: (c) => c.prize.name }),
    rank: t.exposeInt('rank', { description: '名次。' }),
    issuedAt: t.expose('issuedAt', { description: '颁发时间（成绩公布时）。', type: 'DateTime' }),
  }),
});

export const SkillCertificateRef = builder.drizzleObject('memberSkillCertificates', {
  name: 'SkillCertificate',
  description: '会员的职业技能等级证书（由工会工作人员登记）。',
  authScopes: { unionStaff: true },
  fields: (t) => ({
    trade: t.exposeString('trade', { description: '工种/职业。' }),
    level: t.expose('level', { description: '技能等级。', type: SkillLevel }),
    certificateNumber: t.exposeString('certificateNumber', { description: '证书编号。' }),
    issuedOn: t.expose('issuedOn', { description: '发证日期；未登记为 null。', type: 'Date', nullable: true }),
  }),
});
