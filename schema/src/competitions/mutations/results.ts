import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { requireViewer } from '../../common/viewer.ts';
import { CompetitionEntryRef } from '../entry-types.ts';
import { AlreadyCheckedIn, CheckInCodeInvalid, NoScores, NotCheckedIn, ResultsAlreadyPublished } from '../errors.ts';
import { checkIn, publishResults, recordScore } from '../results.service.ts';
import { CompetitionEventRef, CompetitionRef } from '../types.ts';
import { ENTRY_ERRORS } from './registration.ts';
import { eventStaffScope } from './waiting-list.ts';

const CheckInInput = builder.inputType('CheckInCompetitionEntryInput', {
  description: '主办方在现场用检录码为报名检录。',
  fields: (t) => ({
    competition: t.globalID({ description: '竞赛；调用者须是主办工会的工作人员。', required: true, for: [CompetitionRef] }),
    code: t.string({ description: '参赛者出示的检录码（CompetitionEntry.checkInCode），4 到 20 个字符。', required: true, validate: z.string().trim().min(4).max(20) }),
  }),
});

builder.mutationField('checkInCompetitionEntry', (t) =>
  t.drizzleField({
    type: 'competitionEntries',
    description: '工作人员凭签到码为参赛者签到；每份报名只能签到一次。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionStaff: input.competition.id }),
    args: { input: t.arg({ type: CheckInInput, required: true }) },
    errors: { types: [...ENTRY_ERRORS, CheckInCodeInvalid, AlreadyCheckedIn], dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      const entry = await checkIn(ctx.db, requireViewer(ctx).userId, { competitionId: input.competition.id, code: input.code });
      return found(ctx.db.query.competitionEntries.findFirst(query({ where: { id: entry.id } })), '报名');
    },
  }),
);

const ScoreInput = builder.inputType('RecordCompetitionScoreInput', {
  description: '主办方为已检录的报名录入成绩（公布前可改）。',
  fields: (t) => ({
    entry: t.globalID({ description: '已检录的报名。', required: true, for: [CompetitionEntryRef] }),
    score: t.string({
      required: true,
      validate: z.string().trim().regex(/^\d{1,5}(\.\d{1,2})?$/, { message: '成绩为非负数，最多两位小数' }),
      description: '十进制字符串，如 "92.50"。',
    }),
    durationSeconds: t.int({ description: '用时（秒），0 到 604800（7 天）；同分时用时少者在前。', required: false, validate: z.number().int().min(0).max(7 * 24 * 3600) }),
  }),
});

builder.mutationField('recordCompetitionScore', (t) =>
  t.drizzleField({
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
      return found(ctx.db.query.competitionEntries.findFirst(query({ where: { id: input.entry.id } })), '报名');
    },
  }),
);

const PublishInput = builder.inputType('PublishCompetitionResultsInput', {
  description: '公布一个项目的成绩：按成绩排名、颁发奖项与证书；只能公布一次。',
  fields: (t) => ({ event: t.globalID({ description: '比赛项目；调用者须是主办工会的工作人员。', required: true, for: [CompetitionEventRef] }) }),
});

builder.mutationField('publishCompetitionResults', (t) =>
  t.drizzleField({
    type: 'competitionEvents',
    description:
      '公布项目成绩：按成绩从高到低排名（同分用时少者在前，仍相同则并列，下一名次顺延），按奖项设置评奖（并列者同获较高奖项），为获奖者（团体项目为每位队员）颁发证书。',
    nullable: true,
    authScopes: (_root, { input }, ctx) => eventStaffScope(ctx, input.event.id),
    args: { input: t.arg({ type: PublishInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, ResultsAlreadyPublished, NoScores], dataField: { name: 'event' } },
    resolve: async (query, _root, { input }, ctx) => {
      await publishResults(ctx.db, requireViewer(ctx).userId, input.event.id);
      return found(ctx.db.query.competitionEvents.findFirst(query({ where: { id: input.event.id } })), '比赛项目');
    },
  }),
);
