import { builder } from '../builder.ts';
import { shanghaiToday } from '../common/dates.ts';
import { eligibilityRefusal } from './competition.service.ts';
import { CompetitionResultRef } from './entry-types.ts';
import { CompetitionEntryStatus, CompetitionEventKind, CompetitionLevel, EligibilityRefusalEnum, SkillLevel } from './enums.ts';
import { NotEligible } from './errors.ts';
import { SEAT_HOLDING } from './lifecycle.ts';
import { CompetitionEventViewerCanRef, eventViewerCan } from './viewer-can.ts';

export const CompetitionRef = builder.drizzleNode('competitions', {
  name: 'Competition',
  description: '职工技能竞赛（技能竞赛、大比武、网上练兵）。公开可见。',
  id: { column: (c) => c.id },
  authScopes: { publicRead: 'read_competitions' },
  fields: (t) => ({
    title: t.exposeString('title', { description: '竞赛名称。' }),
    trade: t.exposeString('trade', { description: '工种/职业，如 焊工、护理、会计。' }),
    level: t.expose('level', { description: '竞赛级别。', type: CompetitionLevel }),
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
    startsOn: t.expose('startsOn', { description: '首个比赛日（北京时间）。', type: 'Date' }),
    endsOn: t.expose('endsOn', { description: '最后比赛日（北京时间，含）。', type: 'Date' }),
    venue: t.exposeString('venue', { description: '比赛地点；线上比赛为 null。', nullable: true }),
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
    createdAt: t.expose('createdAt', { description: '创建时间。', type: 'DateTime' }),
  }),
});

export const CompetitionPrizeRef = builder.drizzleObject('competitionPrizes', {
  name: 'CompetitionPrize',
  description: '项目的奖项设置：tier 1 为最高等级。',
  authScopes: { public: true },
  fields: (t) => ({
    tier: t.exposeInt('tier', { description: '奖项等级，1 为最高（如一等奖）。' }),
    name: t.exposeString('name', { description: '如 一等奖。' }),
    quantity: t.exposeInt('quantity', { description: '名额（并列时可超出，见 publishCompetitionResults）。' }),
  }),
});

const seatStatuses = `(${SEAT_HOLDING.map((s) => `'${s}'`).join(', ')})`;

export const EligibilityCheckRef = builder.objectRef<{ eligible: boolean; reason: string | null; message: string | null }>(
  'EligibilityCheck',
).implement({
  description: '当前登录者能否报名。',
  authScopes: { public: true },
  fields: (t) => ({
    eligible: t.exposeBoolean('eligible', { description: '当前会员是否符合报名条件。' }),
    reason: t.field({ description: '不符合时的原因；符合为 null。', type: EligibilityRefusalEnum, nullable: true, resolve: (c) => c.reason as never }),
    message: t.exposeString('message', { description: '给人看的中文说明；符合为 null。', nullable: true }),
  }),
});

export const CompetitionEventRef = builder.drizzleNode('competitionEvents', {
  name: 'CompetitionEvent',
  description: '比赛项目（个人或团体），有独立的名额与奖项设置。公开可见。',
  id: { column: (e) => e.id },
  authScopes: { publicRead: 'read_competitions' },
  fields: (t) => ({
    competition: t.relation('competition', { description: '所属竞赛。' }),
    name: t.exposeString('name', { description: '项目名称。' }),
    kind: t.expose('kind', { description: '个人或团体项目。', type: CompetitionEventKind }),
    capacity: t.exposeInt('capacity', { description: '名额：个人项目为人数，团体项目为队数。' }),
    minTeamSize: t.exposeInt('minTeamSize', { description: '团体项目每队最少人数（含队长）；个人项目为 null。', nullable: true }),
    maxTeamSize: t.exposeInt('maxTeamSize', { description: '团体项目每队最多人数（含队长）；个人项目为 null。', nullable: true }),
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
    prizes: t.relation('prizes', { description: '奖项设置，按等级由高到低。', query: { orderBy: { tier: 'asc' } } }),
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
    viewerCan: t.field({
      type: CompetitionEventViewerCanRef,
      description: '当前查看者此刻可对本项目进行的操作。',
      select: {
        columns: { id: true, kind: true, resultsPublishedAt: true, teamFormationDeadline: true },
        with: { competition: true },
      },
      resolve: (e, _args, ctx) =>
        eventViewerCan(e, ctx, async (memberId) =>
          Boolean(
            await ctx.db.query.competitionParticipants.findFirst({
              where: { eventId: e.id, memberId, active: true },
              columns: { id: true },
            }),
          ),
        ),
    }),
    resultsPublishedAt: t.expose('resultsPublishedAt', { description: '成绩公布的时间；未公布为 null。', type: 'DateTime', nullable: true }),
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
      args: { status: t.arg({ description: '只看此状态的报名；不给为全部。', type: CompetitionEntryStatus, required: false }) },
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
