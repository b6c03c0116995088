import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { reason, shortText } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { CompetitionEntryRef } from '../entry-types.ts';
import {
  AlreadyRegistered,
  CancellationClosed,
  EntryNotActive,
  InvalidTransition,
  NotEligible,
  OfferExpired,
  RegistrationClosed,
  RegistrationNotOpen,
  TeamFormationClosed,
} from '../errors.ts';
import { acceptOffer, cancelEntry, register, withdrawEntry } from '../registration.service.ts';
import { CompetitionEventRef } from '../types.ts';

/**
 * The errors of every mutation on an entry. EntryNotActive is deprecated and never returned; it
 * stays in the unions so that clients' `... on EntryNotActive` fragments still validate.
 */
export const ENTRY_ERRORS = [InputValidationError, NotFound, InvalidTransition, EntryNotActive];

export const EntryInput = builder.inputType('CompetitionEntryInput', {
  description: '指定一份报名（entry）。',
  fields: (t) => ({ entry: t.globalID({ description: '报名的全局 ID。', required: true, for: [CompetitionEntryRef] }) }),
});

const RegisterInput = builder.inputType('RegisterForCompetitionEventInput', {
  description: '会员报名一个比赛项目；满额时进入候补。',
  fields: (t) => ({
    event: t.globalID({ description: '报名期内的比赛项目。', required: true, for: [CompetitionEventRef] }),
    teamName: t.string({ required: false, validate: shortText(60, '队名'), description: '团体项目必填。' }),
  }),
});

builder.mutationField('registerForCompetitionEvent', (t) =>
  t.drizzleField({
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
      const viewer = requireViewer(ctx);
      const entry = await register(ctx.db, viewer.userId, viewer.member?.id ?? null, {
        eventId: input.event.id,
        teamName: input.teamName,
      });
      return found(ctx.db.query.competitionEntries.findFirst(query({ where: { id: entry.id } })), '报名');
    },
  }),
);

builder.mutationField('cancelCompetitionEntry', (t) =>
  t.drizzleField({
    type: 'competitionEntries',
    description: '本人（或队长）在截止时间前取消报名或退出候补；空出的名额递补给候补第一位。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntryOwner: input.entry.id }),
    args: { input: t.arg({ type: EntryInput, required: true }) },
    errors: { types: [...ENTRY_ERRORS, CancellationClosed], dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      await cancelEntry(ctx.db, requireViewer(ctx).userId, input.entry.id);
      return found(ctx.db.query.competitionEntries.findFirst(query({ where: { id: input.entry.id } })), '报名');
    },
  }),
);

builder.mutationField('acceptCompetitionOffer', (t) =>
  t.drizzleField({
    type: 'competitionEntries',
    description: '确认递补名额（须在 offerExpiresAt 之前）。放弃递补请用 cancelCompetitionEntry。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntryOwner: input.entry.id }),
    args: { input: t.arg({ type: EntryInput, required: true }) },
    errors: { types: [...ENTRY_ERRORS, OfferExpired, TeamFormationClosed], dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      await acceptOffer(ctx.db, requireViewer(ctx).userId, input.entry.id);
      return found(ctx.db.query.competitionEntries.findFirst(query({ where: { id: input.entry.id } })), '报名');
    },
  }),
);

const WithdrawInput = builder.inputType('WithdrawCompetitionEntryInput', {
  description: '主办方撤销一份报名（如不符合参赛规定）。',
  fields: (t) => ({
    entry: t.globalID({ description: '要撤销的报名；调用者须是主办工会的工作人员。', required: true, for: [CompetitionEntryRef] }),
    reason: t.string({ description: '撤销原因，2 到 500 个字，写入报名的变化记录。', required: true, validate: reason }),
  }),
});

builder.mutationField('withdrawCompetitionEntry', (t) =>
  t.drizzleField({
    type: 'competitionEntries',
    description: '主办工会工作人员撤销一份报名（须说明理由）；空出的名额递补给候补第一位。',
    nullable: true,
    authScopes: (_root, { input }) => ({ competitionEntryStaff: input.entry.id }),
    args: { input: t.arg({ type: WithdrawInput, required: true }) },
    errors: { types: ENTRY_ERRORS, dataField: { name: 'entry' } },
    resolve: async (query, _root, { input }, ctx) => {
      await withdrawEntry(ctx.db, requireViewer(ctx).userId, input.entry.id, input.reason);
      return found(ctx.db.query.competitionEntries.findFirst(query({ where: { id: input.entry.id } })), '报名');
    },
  }),
);
