import { z } from 'zod';
import { MemberRef, UnionRef } from '../../accounts/types.ts';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { found } from '../../common/reload.ts';
import { shortText, title } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { createCompetition, recordSkillCertificate } from '../competition.service.ts';
import { SkillCertificateRef } from '../entry-types.ts';
import { CompetitionEventKind, CompetitionLevel, SkillLevel } from '../enums.ts';
import { SkillCertificateTaken } from '../errors.ts';
import { processCompetitionDeadlines } from '../scheduler.ts';

const PrizeInput = builder.inputType('CompetitionPrizeInput', {
  description: '项目的一个奖项。',
  fields: (t) => ({
    tier: t.int({ required: true, validate: z.number().int().min(1).max(10), description: '1 为最高等级。' }),
    name: t.string({ required: true, validate: shortText(60, '奖项名称'), description: '如 一等奖。' }),
    quantity: t.int({ description: '名额，1 到 10000。', required: true, validate: z.number().int().min(1).max(10_000) }),
  }),
});

const EventInput = builder.inputType('CompetitionEventInput', {
  description: '竞赛的一个比赛项目（event）。',
  fields: (t) => ({
    name: t.string({ description: '项目名称，最多 60 个字。', required: true, validate: shortText(60, '项目名称') }),
    kind: t.field({ description: '个人或团体项目。', type: CompetitionEventKind, required: true }),
    capacity: t.int({ description: '名额（个人项目为人数，团体项目为队数），1 到 100000；满额后报名进入候补。', required: true, validate: z.number().int().min(1).max(100_000) }),
    minTeamSize: t.int({ description: '团体项目每队最少人数（含队长），2 到 50。', required: false, validate: z.number().int().min(2).max(50) }),
    maxTeamSize: t.int({ description: '团体项目每队最多人数（含队长），2 到 50，不少于 minTeamSize。', required: false, validate: z.number().int().min(2).max(50) }),
    teamFormationDeadline: t.field({ description: '团体项目组队截止时间；届时未达最少人数的报名失效（EXPIRED）。', type: 'DateTime', required: false }),
    prizes: t.field({ description: '奖项设置，最多 10 项。', type: [PrizeInput], required: true, validate: z.array(z.any()).max(10) }),
  }),
});

const CreateCompetitionInput = builder.inputType('CreateCompetitionInput', {
  description: '工会工作人员发布一项技能竞赛。日期均为北京时间。',
  fields: (t) => ({
    title: t.string({ description: '竞赛名称，最多 100 个字。', required: true, validate: title(100, '名称') }),
    trade: t.string({ required: true, validate: shortText(60, '工种'), description: '工种，如 焊工。' }),
    level: t.field({ description: '竞赛级别。', type: CompetitionLevel, required: true }),
    organizer: t.globalID({ description: '主办工会；调用者须是其或上级工会的工作人员。报名限其本级及下级工会的会员。', required: true, for: [UnionRef] }),
    registrationOpensOn: t.field({ description: '报名开始日（含）。', type: 'Date', required: true }),
    registrationClosesOn: t.field({ description: '报名截止日（含），不早于开始日。', type: 'Date', required: true }),
    cancellationDeadline: t.field({ description: '会员自行取消报名的截止时间。', type: 'DateTime', required: true }),
    startsOn: t.field({ description: '首个比赛日。', type: 'Date', required: true }),
    endsOn: t.field({ description: '最后比赛日，不早于 startsOn。', type: 'Date', required: true }),
    venue: t.string({ description: '比赛地点，2 到 200 个字；线上比赛可不填。', required: false, validate: z.string().trim().min(2).max(200) }),
    isOnline: t.boolean({ description: '线上比赛（网上练兵）。', required: true }),
    minAge: t.int({ description: '最低年龄，16 到 70（按首个比赛日计算，含）。', required: false, validate: z.number().int().min(16).max(70) }),
    maxAge: t.int({ description: '最高年龄，16 到 70（含）。', required: false, validate: z.number().int().min(16).max(70) }),
    requiredSkillLevel: t.field({ description: '报名须持有本工种该等级或更高的职业技能证书；不填为不限。', type: SkillLevel, required: false }),
    offerHoldHours: t.int({ description: '候补递补后须在多少小时内确认，1 到 720，默认 48。', required: false, validate: z.number().int().min(1).max(720) }),
    events: t.field({
      description: '比赛项目，1 到 50 个。',
      type: [EventInput],
      required: true,
      validate: z.array(z.any()).min(1, { message: '至少设置一个比赛项目' }).max(50),
    }),
  }),
});

builder.mutationField('createCompetition', (t) =>
  t.drizzleField({
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
      });
      return found(ctx.db.query.competitions.findFirst(query({ where: { id: created.id } })), '竞赛');
    },
  }),
);

const SkillCertificateInput = builder.inputType('RecordSkillCertificateInput', {
  description: '工会工作人员为辖区会员登记一张职业技能等级证书（报名有等级要求时核对）。',
  fields: (t) => ({
    member: t.globalID({ description: '持证会员；须在调用者辖区内。', required: true, for: [MemberRef] }),
    trade: t.string({ description: '工种，最多 60 个字。', required: true, validate: shortText(60, '工种') }),
    level: t.field({ description: '技能等级。', type: SkillLevel, required: true }),
    certificateNumber: t.string({ description: '证书编号，4 到 40 个字符；同一编号只能登记一次（SkillCertificateTaken）。', required: true, validate: z.string().trim().min(4).max(40) }),
    issuedOn: t.field({ description: '发证日期，可不填。', type: 'Date', required: false }),
  }),
});

builder.mutationField('recordSkillCertificate', (t) =>
  t.field({
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
);

builder.mutationField('processCompetitionDeadlines', (t) =>
  t.int({
    description: '处理所有已到期的递补确认与组队期限（供定时任务调用；读写时也会按需处理）。返回处理的项目数。',
    nullable: true,
    authScopes: { unionStaff: true },
    errors: { types: [], dataField: { name: 'processedEvents' } },
    resolve: (_root, _args, ctx) => processCompetitionDeadlines(ctx.db),
  }),
);
