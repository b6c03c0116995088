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
      select: { with: { member: { columns: { realName: true } } } },
      resolve: (p) => p.member.realName,
    }),
    role: t.expose('role', { type: ParticipantRole }),
    status: t.expose('status', { type: ParticipantStatus }),
    respondedAt: t.expose('respondedAt', { type: 'DateTime', nullable: true }),
    entry: t.relation('entry'),
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
    event: t.relation('event'),
    competition: t.relation('competition'),
    kind: t.expose('kind', { type: CompetitionEventKind }),
    status: t.expose('status', { type: CompetitionEntryStatus }),
    teamName: t.exposeString('teamName', { nullable: true }),
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
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true }),
    checkInCode: t.string({
      nullable: true,
      description: '签到码（报名成功后发放）。',
      select: { columns: { checkInCode: true, status: true } },
      // A code is shown only while it checks the entry in: an ended entry's code is void.
      resolve: (e) => (entryLifecycle.can(e.status, 'checkIn') ? e.checkInCode : null),
    }),
    checkedInAt: t.expose('checkedInAt', { type: 'DateTime', nullable: true }),
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
    prize: t.relation('prize', { nullable: true }),
    participants: t.relation('participants', { query: { orderBy: { createdAt: 'asc' } } }),
    certificates: t.relation('certificates'),
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
    endReason: t.exposeString('endReason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
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
    fromState: t.exposeString('fromState', { nullable: true }),
    toState: t.exposeString('toState', { nullable: true }),
    reason: t.exposeString('reason', { nullable: true }),
    actorName: t.string({
      nullable: true,
      description: '操作人；系统自动处理（如递补到期）为 null。',
      select: { with: { actor: { columns: { displayName: true } } } },
      resolve: (a) => a.actor?.displayName ?? null,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

/** The public face of a ranked entry: what a published results list shows. */
export const CompetitionResultRef = builder.drizzleObject('competitionEntries', {
  variant: 'CompetitionResult',
  description: '公布的成绩：名次、成绩、奖项、参赛者（队名）。',
  authScopes: { public: true },
  fields: (t) => ({
    rank: t.int({ select: { columns: { rank: true } }, resolve: (e) => e.rank! }),
    score: t.string({ select: { columns: { score: true } }, resolve: (e) => e.score! }),
    durationSeconds: t.exposeInt('durationSeconds', { nullable: true }),
    entrantName: t.string({
      description: '个人参赛者姓名或队长姓名。',
      select: { with: { registrant: { columns: { realName: true } } } },
      resolve: (e) => e.registrant.realName,
    }),
    teamName: t.exposeString('teamName', { nullable: true }),
    prize: t.relation('prize', { nullable: true }),
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
    number: t.exposeString('number'),
    holderName: t.string({ resolve: (c) => c.member.realName }),
    competitionTitle: t.string({ resolve: (c) => c.entry.competition.title }),
    organizerName: t.string({ resolve: (c) => c.entry.competition.organizer.name }),
    competitionStartsOn: t.field({ type: 'Date', resolve: (c) => c.entry.competition.startsOn }),
    eventName: t.string({ resolve: (c) => c.entry.event.name }),
    teamName: t.string({ nullable: true, resolve: (c) => c.entry.teamName }),
    prizeName: t.string({ resolve: (c) => c.prize.name }),
    rank: t.exposeInt('rank'),
    issuedAt: t.expose('issuedAt', { type: 'DateTime' }),
  }),
});

export const SkillCertificateRef = builder.drizzleObject('memberSkillCertificates', {
  name: 'SkillCertificate',
  description: '会员的职业技能等级证书（由工会工作人员登记）。',
  authScopes: { unionStaff: true },
  fields: (t) => ({
    trade: t.exposeString('trade'),
    level: t.expose('level', { type: SkillLevel }),
    certificateNumber: t.exposeString('certificateNumber'),
    issuedOn: t.expose('issuedOn', { type: 'Date', nullable: true }),
  }),
});
