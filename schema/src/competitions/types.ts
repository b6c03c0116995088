import { builder } from '../builder.ts';
import { eligibilityRefusal, NotEligible, shanghaiToday } from './competition.service.ts';

export const CompetitionLevel = builder.enumType('CompetitionLevel', {
  description: '竞赛级别。',
  values: {
    ENTERPRISE: { value: 'enterprise', description: '企业级' },
    DISTRICT: { value: 'district', description: '区/县级' },
    CITY: { value: 'city', description: '市级' },
    PROVINCE: { value: 'province', description: '省级' },
    NATIONAL: { value: 'national', description: '全国' },
  } as const,
});

export const CompetitionEventKind = builder.enumType('CompetitionEventKind', {
  values: {
    INDIVIDUAL: { value: 'individual', description: '个人项目' },
    TEAM: { value: 'team', description: '团体项目' },
  } as const,
});

export const SkillLevel = builder.enumType('SkillLevel', {
  description: '国家职业技能等级，由低到高。',
  values: {
    JUNIOR: { value: 'junior', description: '初级工（五级）' },
    INTERMEDIATE: { value: 'intermediate', description: '中级工（四级）' },
    SENIOR: { value: 'senior', description: '高级工（三级）' },
    TECHNICIAN: { value: 'technician', description: '技师（二级）' },
    SENIOR_TECHNICIAN: { value: 'senior_technician', description: '高级技师（一级）' },
  } as const,
});

export const CompetitionEntryStatus = builder.enumType('CompetitionEntryStatus', {
  values: {
    FORMING: { value: 'forming', description: '组队中：已占名额，须在组队截止前达到最少人数' },
    CONFIRMED: { value: 'confirmed', description: '报名成功' },
    WAITING: { value: 'waiting', description: '候补中' },
    OFFERED: { value: 'offered', description: '候补递补：须在 offerExpiresAt 前确认' },
    CANCELLED: { value: 'cancelled', description: '本人已取消' },
    WITHDRAWN: { value: 'withdrawn', description: '主办方撤销' },
    LAPSED: { value: 'lapsed', description: '递补名额未在期限内确认' },
    EXPIRED: { value: 'expired', description: '组队截止时未达最少人数' },
  } as const,
});

export const ParticipantRole = builder.enumType('CompetitionParticipantRole', {
  values: {
    INDIVIDUAL: { value: 'individual', description: '个人参赛者' },
    CAPTAIN: { value: 'captain', description: '队长' },
    MEMBER: { value: 'member', description: '队员' },
  } as const,
});

export const ParticipantStatus = builder.enumType('CompetitionParticipantStatus', {
  values: {
    INVITED: { value: 'invited', description: '已邀请，待回复' },
    ACCEPTED: { value: 'accepted', description: '已加入' },
    DECLINED: { value: 'declined', description: '已拒绝' },
    LEFT: { value: 'left', description: '已退出' },
  } as const,
});

export const EligibilityRefusalEnum = builder.enumType('EligibilityRefusal', {
  description: '不符合报名条件的原因。',
  values: {
    NOT_A_MEMBER: { description: '不是工会会员' },
    OUTSIDE_ORGANIZER: { description: '不属于主办工会（含下级工会）' },
    BIRTH_DATE_UNKNOWN: { description: '有年龄要求但未登记出生日期' },
    TOO_YOUNG: { description: '低于最低年龄' },
    TOO_OLD: { description: '高于最高年龄' },
    SKILL_CERTIFICATE_REQUIRED: { description: '缺少所需等级的职业技能证书' },
  } as const,
});

export const CompetitionRef = builder.drizzleNode('competitions', {
  name: 'Competition',
  description: '职工技能竞赛（技能竞赛、大比武、网上练兵）。公开可见。',
  id: { column: (c) => c.id },
  authScopes: { publicRead: 'read_competitions' },
  fields: (t) => ({
    title: t.exposeString('title'),
    trade: t.exposeString('trade', { description: '工种/职业，如 焊工、护理、会计。' }),
    level: t.expose('level', { type: CompetitionLevel }),
    organizer: t.relation('organizer', { description: '主办工会；报名限其本级及下级工会的会员。' }),
    registrationOpensOn: t.expose('registrationOpensOn', { type: 'Date', description: '报名开始日（含，北京时间）。' }),
    registrationClosesOn: t.expose('registrationClosesOn', { type: 'Date', description: '报名截止日（含，北京时间）。' }),
    registrationOpen: t.boolean({
      description: '今天（北京时间）是否在报名期内。',
      select: { columns: { registrationOpensOn: true, registrationClosesOn: true } },
      resolve: (c) => {
        const today = shanghaiToday();
        return c.registrationOpensOn <= today && today <= c.registrationClosesOn;
      },
    }),
    cancellationDeadline: t.expose('cancellationDeadline', {
      type: 'DateTime',
      description: '会员自行取消报名的截止时间。',
    }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date' }),
    venue: t.exposeString('venue', { nullable: true }),
    isOnline: t.exposeBoolean('isOnline', { description: '线上比赛（网上练兵）。' }),
    minAge: t.exposeInt('minAge', { nullable: true, description: '最低年龄（按首个比赛日计算，含）。' }),
    maxAge: t.exposeInt('maxAge', { nullable: true, description: '最高年龄（含）。' }),
    requiredSkillLevel: t.expose('requiredSkillLevel', {
      type: SkillLevel,
      nullable: true,
      description: '报名须持有本工种该等级或更高等级的职业技能证书。',
    }),
    offerHoldHours: t.exposeInt('offerHoldHours', { description: '候补递补后须在多少小时内确认。' }),
    events: t.relatedConnection('events', {
      description: '比赛项目。',
      query: { orderBy: { createdAt: 'asc', id: 'asc' } },
      totalCount: true,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const CompetitionPrizeRef = builder.drizzleObject('competitionPrizes', {
  name: 'CompetitionPrize',
  description: '项目的奖项设置：tier 1 为最高等级。',
  authScopes: { public: true },
  fields: (t) => ({
    tier: t.exposeInt('tier'),
    name: t.exposeString('name', { description: '如 一等奖。' }),
    quantity: t.exposeInt('quantity', { description: '名额（并列时可超出，见 publishCompetitionResults）。' }),
  }),
});

/** Entry statuses that hold a seat (see SEAT_HOLDING in registration.service.ts). */
const seatStatuses = "('forming', 'confirmed', 'offered')";

export const EligibilityCheckRef = builder.objectRef<{ eligible: boolean; reason: string | null; message: string | null }>(
  'EligibilityCheck',
).implement({
  description: '当前登录者能否报名。',
  authScopes: { public: true },
  fields: (t) => ({
    eligible: t.exposeBoolean('eligible'),
    reason: t.field({ type: EligibilityRefusalEnum, nullable: true, resolve: (c) => c.reason as never }),
    message: t.exposeString('message', { nullable: true }),
  }),
});

export const CompetitionEventRef = builder.drizzleNode('competitionEvents', {
  name: 'CompetitionEvent',
  description: '比赛项目（个人或团体），有独立的名额与奖项设置。公开可见。',
  id: { column: (e) => e.id },
  authScopes: { publicRead: 'read_competitions' },
  fields: (t) => ({
    competition: t.relation('competition'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: CompetitionEventKind }),
    capacity: t.exposeInt('capacity', { description: '名额：个人项目为人数，团体项目为队数。' }),
    minTeamSize: t.exposeInt('minTeamSize', { nullable: true }),
    maxTeamSize: t.exposeInt('maxTeamSize', { nullable: true }),
    teamFormationDeadline: t.expose('teamFormationDeadline', {
      type: 'DateTime',
      nullable: true,
      description: '组队截止：未达最少人数的队伍在此时失去名额。',
    }),
    seatsTaken: t.int({
      description: '已占名额（报名成功、组队中、递补待确认）。',
      select: {
        extras: {
          seatsTaken: (e, { sql }) =>
            sql<number>`(select count(*)::int from competition_entries ce where ce.event_id = ${e.id} and ce.status in ${sql.raw(seatStatuses)})`,
        },
      },
      resolve: (e) => Number(e.seatsTaken),
    }),
    waitingCount: t.int({
      description: '候补人数（队数）。',
      select: {
        extras: {
          waitingCount: (e, { sql }) =>
            sql<number>`(select count(*)::int from competition_entries ce where ce.event_id = ${e.id} and ce.status = 'waiting')`,
        },
      },
      resolve: (e) => Number(e.waitingCount),
    }),
    prizes: t.relation('prizes', { query: { orderBy: { tier: 'asc' } } }),
    viewerEligibility: t.field({
      type: EligibilityCheckRef,
      nullable: true,
      description: '当前登录者是否符合报名条件；未登录为 null。',
      select: { with: { competition: true } },
      resolve: async (e, _args, ctx) => {
        if (!ctx.viewer) return null;
        const reason = await eligibilityRefusal(ctx.db, e.competition, ctx.viewer.member?.id);
        return { eligible: reason === null, reason, message: reason ? new NotEligible(reason).message : null };
      },
    }),
    resultsPublishedAt: t.expose('resultsPublishedAt', { type: 'DateTime', nullable: true }),
    results: t.relatedConnection('entries', {
      description: '公布的成绩排名（公布前为空）。',
      type: CompetitionResultRef,
      query: { where: { rank: { isNotNull: true } }, orderBy: { rank: 'asc', arrivalSeq: 'asc' } },
      totalCount: true,
    }),
    entries: t.relatedConnection('entries', {
      description: '全部报名（主办工会工作人员可见），可按状态筛选，按报名先后排列。',
      nullable: true,
      authScopes: (e) => ({ competitionStaff: e.competitionId }),
      args: { status: t.arg({ type: CompetitionEntryStatus, required: false }) },
      query: (args) => ({
        where: args.status ? { status: args.status } : {},
        orderBy: { arrivalSeq: 'asc' },
      }),
      totalCount: true,
    }),
    waitingList: t.relatedConnection('entries', {
      description: '候补名单，按顺序排列（主办工会工作人员可见）。',
      nullable: true,
      authScopes: (e) => ({ competitionStaff: e.competitionId }),
      query: { where: { status: 'waiting' }, orderBy: { queueOrder: 'asc', arrivalSeq: 'asc' } },
      totalCount: true,
    }),
  }),
});

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
    checkInCode: t.exposeString('checkInCode', { nullable: true, description: '签到码（报名成功后发放）。' }),
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
