import { requireViewer } from '../common/viewer.ts';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { NotFound } from '../common/not-found.ts';
import { MemberRef, UnionRef } from '../accounts/types.ts';
import { errorType, InputValidationError } from '../common/errors.ts';
import { phone, reason } from '../common/validators.ts';
import { createCompetition, NotEligible, recordSkillCertificate, SkillCertificateTaken } from './competition.service.ts';
import {
  acceptOffer,
  AlreadyInvited,
  AlreadyRegistered,
  CancellationClosed,
  cancelEntry,
  changeCapacity,
  EntryNotActive,
  inviteTeamMember,
  leaveTeam,
  NotATeamMember,
  moveOnWaitingList,
  NoPendingInvitation,
  NotOnWaitingList,
  OfferExpired,
  processCompetitionDeadlines,
  register,
  RegistrationClosed,
  RegistrationNotOpen,
  respondToInvitation,
  TeamFormationClosed,
  TeamFull,
  withdrawEntry,
} from './registration.service.ts';
import {
  AlreadyCheckedIn,
  checkIn,
  CheckInCodeInvalid,
  NoScores,
  NotCheckedIn,
  publishResults,
  recordScore,
  ResultsAlreadyPublished,
} from './results.service.ts';
import {
  CompetitionEntryRef,
  CompetitionEntryStatus,
  CompetitionEventKind,
  CompetitionEventRef,
  CompetitionLevel,
  CompetitionParticipantRef,
  CompetitionRef,
  EligibilityRefusalEnum,
  SkillCertificateRef,
  SkillLevel,
} from './types.ts';

errorType(NotEligible, 'NotEligible', {
  description: '不符合报名条件；reason 说明原因。',
  fields: (t) => ({ reason: t.field({ type: EligibilityRefusalEnum, resolve: (e: NotEligible) => e.reason }) }),
});
errorType(RegistrationNotOpen, 'RegistrationNotOpen', {
  description: '报名尚未开始。',
  fields: (t) => ({ opensOn: t.field({ type: 'Date', resolve: (e: RegistrationNotOpen) => e.opensOn }) }),
});
errorType(RegistrationClosed, 'RegistrationClosed', {
  description: '报名已截止。',
  fields: (t) => ({ closedOn: t.field({ type: 'Date', resolve: (e: RegistrationClosed) => e.closedOn }) }),
});
errorType(AlreadyRegistered, 'AlreadyRegistered', { description: '同一会员在同一项目只能有一份有效报名。' });
errorType(EntryNotActive, 'EntryNotActive', {
  description: '报名的当前状态不允许此操作；status 为当前状态。',
  fields: (t) => ({ status: t.field({ type: CompetitionEntryStatus, resolve: (e: EntryNotActive) => e.status }) }),
});
errorType(CancellationClosed, 'CancellationClosed', {
  description: '已过自行取消的截止时间。',
  fields: (t) => ({ deadline: t.field({ type: 'DateTime', resolve: (e: CancellationClosed) => e.deadline }) }),
});
errorType(OfferExpired, 'OfferExpired', { description: '递补名额确认期限已过，已顺延给下一位。' });
errorType(TeamFull, 'TeamFull', {
  description: '队伍人数（含待回复的邀请）已达上限。',
  fields: (t) => ({ maxTeamSize: t.int({ resolve: (e: TeamFull) => e.maxTeamSize }) }),
});
errorType(TeamFormationClosed, 'TeamFormationClosed', { description: '组队截止时间已过。' });
errorType(AlreadyInvited, 'AlreadyInvited', { description: '已邀请过该会员。' });
errorType(NoPendingInvitation, 'NoPendingInvitation', { description: '没有待回复的组队邀请。' });
errorType(NotATeamMember, 'NotATeamMember', { description: '不是该队已加入的队员（队长应取消报名）。' });
errorType(NotOnWaitingList, 'NotOnWaitingList', { description: '该报名不在候补名单中。' });
errorType(CheckInCodeInvalid, 'CheckInCodeInvalid', { description: '签到码不属于本竞赛。' });
errorType(AlreadyCheckedIn, 'AlreadyCheckedIn', {
  description: '已签到过；checkedInAt 为首次签到时间。',
  fields: (t) => ({ checkedInAt: t.field({ type: 'DateTime', resolve: (e: AlreadyCheckedIn) => e.checkedInAt }) }),
});
errorType(NotCheckedIn, 'NotCheckedIn', { description: '未签到的参赛者不能录入成绩。' });
errorType(ResultsAlreadyPublished, 'ResultsAlreadyPublished', { description: '成绩已公布，不能再更改。' });
errorType(NoScores, 'NoScores', { description: '没有可排名的成绩。' });
errorType(SkillCertificateTaken, 'SkillCertificateTaken', { description: '证书编号已登记。' });

const title = z.string().trim().min(2, { message: '请填写名称' }).max(100, { message: '最多 100 个字符' });
const shortText = z.string().trim().min(1, { message: '不能为空' }).max(60, { message: '最多 60 个字符' });

const PrizeInput = builder.inputType('CompetitionPrizeInput', {
  fields: (t) => ({
    tier: t.int({ required: true, validate: z.number().int().min(1).max(10), description: '1 为最高等级。' }),
    name: t.string({ required: true, validate: shortText, description: '如 一等奖。' }),
    quantity: t.int({ required: true, validate: z.number().int().min(1).max(10_000) }),
  }),
});

const EventInput = builder.inputType('CompetitionEventInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: shortText }),
    kind: t.field({ type: CompetitionEventKind, required: true }),
    capacity: t.int({ required: true, validate: z.number().int().min(1).max(100_000) }),
    minTeamSize: t.int({ required: false, validate: z.number().int().min(2).max(50) }),
    maxTeamSize: t.int({ required: false, validate: z.number().int().min(2).max(50) }),
    teamFormationDeadline: t.field({ type: 'DateTime', required: false }),
    prizes: t.field({ type: [PrizeInput], required: true, validate: z.array(z.any()).max(10) }),
  }),
});

const CreateCompetitionInput = builder.inputType('CreateCompetitionInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: title }),
    trade: t.string({ required: true, validate: shortText, description: '工种，如 焊工。' }),
    level: t.field({ type: CompetitionLevel, required: true }),
    organizer: t.globalID({ required: true, for: [UnionRef] }),
    registrationOpensOn: t.field({ type: 'Date', required: true }),
    registrationClosesOn: t.field({ type: 'Date', required: true }),
    cancellationDeadline: t.field({ type: 'DateTime', required: true }),
    startsOn: t.field({ type: 'Date', required: true }),
    endsOn: t.field({ type: 'Date', required: true }),
    venue: t.string({ required: false, validate: z.string().trim().min(2).max(200) }),
    isOnline: t.boolean({ required: true }),
    minAge: t.int({ required: false, validate: z.number().int().min(16).max(70) }),
    maxAge: t.int({ required: false, validate: z.number().int().min(16).max(70) }),
    requiredSkillLevel: t.field({ type: SkillLevel, required: false }),
    offerHoldHours: t.int({ required: false, validate: z.number().int().min(1).max(720) }),
    events: t.field({
      type: [EventInput],
      required: true,
      validate: z.array(z.any()).min(1, { message: '至少设置一个比赛项目' }).max(50),
    }),
  }),
});

const RegisterInput = builder.inputType('RegisterForCompetitionEventInput', {
  fields: (t) => ({
    event: t.globalID({ required: true, for: [CompetitionEventRef] }),
    teamName: t.string({ required: false, validate: shortText, description: '团体项目必填。' }),
  }),
});
const EntryInput = builder.inputType('CompetitionEntryInput', { fields: (t) => ({ entry: t.globalID({ required: true, for: [CompetitionEntryRef] }) }) });
const WithdrawInput = builder.inputType('WithdrawCompetitionEntryInput', {
  fields: (t) => ({ entry: t.globalID({ required: true, for: [CompetitionEntryRef] }), reason: t.string({ required: true, validate: reason }) }),
});
const MoveInput = builder.inputType('MoveCompetitionWaitlistEntryInput', {
  fields: (t) => ({
    entry: t.globalID({ required: true, for: [CompetitionEntryRef] }),
    position: t.int({ required: true, validate: z.number().int().min(1), description: '新位置，从 1 开始。' }),
    reason: t.string({ required: true, validate: reason, description: '调整理由，写入审计记录。' }),
  }),
});
const InviteInput = builder.inputType('InviteCompetitionTeamMemberInput', {
  fields: (t) => ({
    entry: t.globalID({ required: true, for: [CompetitionEntryRef] }),
    phone: t.string({ required: true, validate: phone, description: '被邀请会员的登录手机号。' }),
  }),
});
const RespondInput = builder.inputType('RespondToCompetitionInvitationInput', {
  fields: (t) => ({ entry: t.globalID({ required: true, for: [CompetitionEntryRef] }), accept: t.boolean({ required: true }) }),
});
const CheckInInput = builder.inputType('CheckInCompetitionEntryInput', {
  fields: (t) => ({
    competition: t.globalID({ required: true, for: [CompetitionRef] }),
    code: t.string({ required: true, validate: z.string().trim().min(4).max(20) }),
  }),
});
const ScoreInput = builder.inputType('RecordCompetitionScoreInput', {
  fields: (t) => ({
    entry: t.globalID({ required: true, for: [CompetitionEntryRef] }),
    score: t.string({
      required: true,
      validate: z.string().trim().regex(/^\d{1,5}(\.\d{1,2})?$/, { message: '成绩为非负数，最多两位小数' }),
      description: '十进制字符串，如 "92.50"。',
    }),
    durationSeconds: t.int({ required: false, validate: z.number().int().min(0).max(7 * 24 * 3600) }),
  }),
});
const PublishInput = builder.inputType('PublishCompetitionResultsInput', {
  fields: (t) => ({ event: t.globalID({ required: true, for: [CompetitionEventRef] }) }),
});
const CapacityInput = builder.inputType('ChangeCompetitionEventCapacityInput', {
  fields: (t) => ({
    event: t.globalID({ required: true, for: [CompetitionEventRef] }),
    capacity: t.int({ required: true, validate: z.number().int().min(1).max(100_000) }),
    reason: t.string({ required: true, validate: reason, description: '调整理由，写入审计记录。' }),
  }),
});
const SkillCertificateInput = builder.inputType('RecordSkillCertificateInput', {
  fields: (t) => ({
    member: t.globalID({ required: true, for: [MemberRef] }),
    trade: t.string({ required: true, validate: shortText }),
    level: t.field({ type: SkillLevel, required: true }),
    certificateNumber: t.string({ required: true, validate: z.string().trim().min(4).max(40) }),
    issuedOn: t.field({ type: 'Date', required: false }),
  }),
});

const ENTRY_ERRORS = [InputValidationError, NotFound, EntryNotActive];

/** Reloads an entry with the selection the client asked for. */
async function reload(ctx: { db: any }, query: any, id: string) {
  const entry = await ctx.db.query.competitionEntries.findFirst(query({ where: { id } }));
  if (!entry) throw new NotFound('报名');
  return entry;
}

builder.mutationFields((t) => ({
  createCompetition: t.drizzleField({
    type: 'competitions',
    description: '工会工作人员创建技能竞赛及其项目与奖项（主办工会须在其管辖范围内）。',
    nullable: true,
    authScopes: (_root, { input }) => ({ unionStaffOver: input.organizer.id }),
    args: { input: t.arg({ type: CreateCompetitionInput, required: true }) },
    errors: { types: [InputValidationError], dataField: { name: 'competition' } },
    resolve: async (query, _root, { input }, ctx) => {
      const created = await createCompetition(ctx.db, requireViewer(ctx).userId, {
        ...input,
        organizerUnionId: input.organizer.id,
        events: input.events.map((event) => ({ ...event, prizes: event.prizes })),
      });
      return (await ctx.db.query.competitions.findFirst(query({ where: { id: created.id } })))!;
    },
  }),
  registerForCompetitionEvent: t.drizzleField({
    type: 'competitionEntries',
    description:
      '报名一个项目。有名额即报名成功（团体项目：占名额组队中），名额已满则进入候补名单。须为会员且符合报名条件。',
    nullable: true,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: RegisterInput, required: true }) },
    errors: {
      types: [
        InputValidationError,
        NotFound,
        NotEligible,
        RegistrationNotOpen,
        RegistrationClosed,
        AlreadyRegistered,
        TeamFormationClosed,
      ],
      dataField: { name: 'entry' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const entry = await register(ctx.db, requireViewer(ctx).userId, requireViewer(ctx).member?.id ?? null, {
        eventId: input.event.id,
        teamName: input.teamName,
      });
      return reload(ctx, query, entry.id);
    },
  }),
  cancelCompetitionEntry: t.drizzleField({
    type: 'competitionEntries',
    description: '本人（或队长）在截止时间前取消报名或退出候补；空出的名额递补给候补第一位。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntryOwner: input.entry.id }),
    args: { input: t.arg({ type: EntryInput, required: true }) },
    errors: { types: [...ENTRY_ERRORS, CancellationClosed], dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      await cancelEntry(ctx.db, requireViewer(ctx).userId, input.entry.id);
      return reload(ctx, query, input.entry.id);
    },
  }),
  acceptCompetitionOffer: t.drizzleField({
    type: 'competitionEntries',
    description: '确认递补名额（须在 offerExpiresAt 之前）。放弃递补请用 cancelCompetitionEntry。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntryOwner: input.entry.id }),
    args: { input: t.arg({ type: EntryInput, required: true }) },
    errors: { types: [...ENTRY_ERRORS, OfferExpired, TeamFormationClosed], dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      await acceptOffer(ctx.db, requireViewer(ctx).userId, input.entry.id);
      return reload(ctx, query, input.entry.id);
    },
  }),
  withdrawCompetitionEntry: t.drizzleField({
    type: 'competitionEntries',
    description: '主办工会工作人员撤销一份报名（须说明理由）；空出的名额递补给候补第一位。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntryStaff: input.entry.id }),
    args: { input: t.arg({ type: WithdrawInput, required: true }) },
    errors: { types: ENTRY_ERRORS, dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      await withdrawEntry(ctx.db, requireViewer(ctx).userId, input.entry.id, input.reason);
      return reload(ctx, query, input.entry.id);
    },
  }),
  moveCompetitionWaitlistEntry: t.drizzleField({
    type: 'competitionEntries',
    description: '调整候补顺序（须说明理由，写入审计记录）。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntryStaff: input.entry.id }),
    args: { input: t.arg({ type: MoveInput, required: true }) },
    errors: { types: [...ENTRY_ERRORS, NotOnWaitingList], dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      await moveOnWaitingList(ctx.db, requireViewer(ctx).userId, {
        entryId: input.entry.id,
        position: input.position,
        reason: input.reason,
      });
      return reload(ctx, query, input.entry.id);
    },
  }),
  inviteCompetitionTeamMember: t.drizzleField({
    type: 'competitionParticipants',
    description: '队长邀请会员入队；对方接受后计入队伍人数。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntryOwner: input.entry.id }),
    args: { input: t.arg({ type: InviteInput, required: true }) },
    errors: {
      types: [...ENTRY_ERRORS, NotEligible, TeamFull, TeamFormationClosed, AlreadyInvited],
      dataField: { name: 'invitation' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const invitation = await inviteTeamMember(ctx.db, requireViewer(ctx).userId, {
        entryId: input.entry.id,
        phone: input.phone,
      });
      return (await ctx.db.query.competitionParticipants.findFirst(query({ where: { id: invitation.id } })))!;
    },
  }),
  respondToCompetitionInvitation: t.drizzleField({
    type: 'competitionEntries',
    description: '接受或拒绝组队邀请。队伍在组队截止前达到最少人数即报名成功。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntrant: input.entry.id }),
    args: { input: t.arg({ type: RespondInput, required: true }) },
    errors: {
      types: [
        ...ENTRY_ERRORS,
        NoPendingInvitation,
        NotEligible,
        TeamFull,
        TeamFormationClosed,
        AlreadyRegistered,
      ],
      dataField: { name: 'entry' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      await respondToInvitation(ctx.db, requireViewer(ctx).userId, requireViewer(ctx).member!.id, {
        entryId: input.entry.id,
        accept: input.accept,
      });
      return reload(ctx, query, input.entry.id);
    },
  }),
  leaveCompetitionTeam: t.drizzleField({
    type: 'competitionEntries',
    description: '队员在组队截止前退出队伍；已报名成功的队伍若因此不足最少人数，回到组队中（签到码作废）。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntrant: input.entry.id }),
    args: { input: t.arg({ type: EntryInput, required: true }) },
    errors: { types: [...ENTRY_ERRORS, NotATeamMember, TeamFormationClosed], dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      await leaveTeam(ctx.db, requireViewer(ctx).userId, requireViewer(ctx).member!.id, input.entry.id);
      return reload(ctx, query, input.entry.id);
    },
  }),
  checkInCompetitionEntry: t.drizzleField({
    type: 'competitionEntries',
    description: '工作人员凭签到码为参赛者签到；每份报名只能签到一次。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionStaff: input.competition.id }),
    args: { input: t.arg({ type: CheckInInput, required: true }) },
    errors: { types: [...ENTRY_ERRORS, CheckInCodeInvalid, AlreadyCheckedIn], dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      const entry = await checkIn(ctx.db, requireViewer(ctx).userId, {
        competitionId: input.competition.id,
        code: input.code,
      });
      return reload(ctx, query, entry.id);
    },
  }),
  recordCompetitionScore: t.drizzleField({
    type: 'competitionEntries',
    description: '录入或更正已签到参赛者的成绩（成绩公布前）。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntryStaff: input.entry.id }),
    args: { input: t.arg({ type: ScoreInput, required: true }) },
    errors: { types: [...ENTRY_ERRORS, NotCheckedIn, ResultsAlreadyPublished], dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      await recordScore(ctx.db, requireViewer(ctx).userId, {
        entryId: input.entry.id,
        score: input.score,
        durationSeconds: input.durationSeconds,
      });
      return reload(ctx, query, input.entry.id);
    },
  }),
  publishCompetitionResults: t.drizzleField({
    type: 'competitionEvents',
    description:
      '公布项目成绩：按成绩从高到低排名（同分用时少者在前，仍相同则并列，下一名次顺延），按奖项设置评奖（并列者同获较高奖项），为获奖者（团体项目为每位队员）颁发证书。',
    nullable: true,
    authScopes: async (_root, { input }, ctx) => {
      const event = await ctx.db.query.competitionEvents.findFirst({
        where: { id: input.event.id },
        columns: { competitionId: true },
      });
      return event ? { competitionStaff: event.competitionId } : { unionStaff: true };
    },
    args: { input: t.arg({ type: PublishInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, ResultsAlreadyPublished, NoScores], dataField: { name: 'event' } },
    resolve: async (query, _root, { input }, ctx) => {
      await publishResults(ctx.db, requireViewer(ctx).userId, input.event.id);
      return (await ctx.db.query.competitionEvents.findFirst(query({ where: { id: input.event.id } })))!;
    },
  }),
  changeCompetitionEventCapacity: t.drizzleField({
    type: 'competitionEvents',
    description: '调整项目名额（须说明理由）。增加的名额按顺序递补给候补名单；不能低于已占名额。',
    nullable: true,
    authScopes: async (_root, { input }, ctx) => {
      const event = await ctx.db.query.competitionEvents.findFirst({
        where: { id: input.event.id },
        columns: { competitionId: true },
      });
      return event ? { competitionStaff: event.competitionId } : { unionStaff: true };
    },
    args: { input: t.arg({ type: CapacityInput, required: true }) },
    errors: { types: [InputValidationError, NotFound], dataField: { name: 'event' } },
    resolve: async (query, _root, { input }, ctx) => {
      await changeCapacity(ctx.db, requireViewer(ctx).userId, {
        eventId: input.event.id,
        capacity: input.capacity,
        reason: input.reason,
      });
      return (await ctx.db.query.competitionEvents.findFirst(query({ where: { id: input.event.id } })))!;
    },
  }),
  processCompetitionDeadlines: t.int({
    description: '处理所有已到期的递补确认与组队期限（供定时任务调用；读写时也会按需处理）。返回处理的项目数。',
    nullable: true,
    authScopes: { unionStaff: true },
    errors: { types: [], dataField: { name: 'processedEvents' } },
    resolve: (_root, _args, ctx) => processCompetitionDeadlines(ctx.db),
  }),
  recordSkillCertificate: t.field({
    type: SkillCertificateRef,
    description: '工会工作人员为本工会及下级会员登记职业技能等级证书（赛事报名条件可能要求）。',
    nullable: true,
    authScopes: async (_root, { input }, ctx) => {
      const member = await ctx.db.query.members.findFirst({ where: { id: input.member.id }, columns: { unionId: true } });
      // An unknown member is refused like one of another union's subtree.
      return member ? { unionStaffOver: member.unionId } : false;
    },
    args: { input: t.arg({ type: SkillCertificateInput, required: true }) },
    errors: { types: [InputValidationError, SkillCertificateTaken], dataField: { name: 'certificate' } },
    resolve: (_root, { input }, ctx) =>
      recordSkillCertificate(ctx.db, requireViewer(ctx).userId, {
        memberId: input.member.id,
        trade: input.trade,
        level: input.level,
        certificateNumber: input.certificateNumber,
        issuedOn: input.issuedOn,
      }),
  }),
}));

export { CompetitionParticipantRef };
