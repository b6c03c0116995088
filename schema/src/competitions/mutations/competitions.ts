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
  fields: (t) => ({
    tier: t.int({ required: true, validate: z.number().int().min(1).max(10), description: '1 为最高等级。' }),
    name: t.string({ required: true, validate: shortText(60, '奖项名称'), description: '如 一等奖。' }),
    quantity: t.int({ required: true, validate: z.number().int().min(1).max(10_000) }),
  }),
});

const EventInput = builder.inputType('CompetitionEventInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: shortText(60, '项目名称') }),
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
    title: t.string({ required: true, validate: title(100, '名称') }),
    trade: t.string({ required: true, validate: shortText(60, '工种'), description: '工种，如 焊工。' }),
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
  fields: (t) => ({
    member: t.globalID({ required: true, for: [MemberRef] }),
    trade: t.string({ required: true, validate: shortText(60, '工种') }),
    level: t.field({ type: SkillLevel, required: true }),
    certificateNumber: t.string({ required: true, validate: z.string().trim().min(4).max(40) }),
    issuedOn: t.field({ type: 'Date', required: false }),
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
