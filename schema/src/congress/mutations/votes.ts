import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { text, title } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { z } from 'zod';
import { CongressAlreadyVoted, CongressBallotFinal, CongressNotSignedIn, CongressVotingClosed } from '../errors.ts';
import { CongressBallotCastRef, CongressChoice, CongressResolutionRef } from '../resolution-types.ts';
import { CongressSessionRef } from '../types.ts';
import { addResolution, castBallot, closeVote, openVote } from '../votes.service.ts';

const AddCongressResolutionInput = builder.inputType('AddCongressResolutionInput', {
  fields: (t) => ({
    session: t.globalID({ required: true, for: [CongressSessionRef] }),
    title: t.string({ required: true, validate: title(100, '表决事项') }),
    body: t.string({ required: true, validate: text(2, 20_000, '表决内容') }),
  }),
});

const OpenCongressVoteInput = builder.inputType('OpenCongressVoteInput', {
  fields: (t) => ({
    resolution: t.globalID({ required: true, for: [CongressResolutionRef] }),
    endsAt: t.field({ type: 'DateTime', required: true, description: '投票截止时间。' }),
  }),
});

const CongressResolutionActionInput = builder.inputType('CongressResolutionActionInput', {
  fields: (t) => ({ resolution: t.globalID({ required: true, for: [CongressResolutionRef] }) }),
});

const CastCongressBallotInput = builder.inputType('CastCongressBallotInput', {
  fields: (t) => ({
    resolution: t.globalID({ required: true, for: [CongressResolutionRef] }),
    choice: t.field({ type: CongressChoice, required: true }),
    receipt: t.string({ required: false, validate: z.string().max(100), description: '修改选票时：首次投票得到的回执。' }),
  }),
});

const reload = (ctx: any, query: any, id: string) => found(ctx.db.query.congressResolutions.findFirst(query({ where: { id } })), '表决事项');

builder.mutationFields((t) => ({
  addCongressResolution: t.drizzleField({
    type: 'congressResolutions',
    description: '添加一项表决事项（工作人员）。',
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: AddCongressResolutionInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'resolution' } },
    resolve: async (query, _root, { input }, ctx) => reload(ctx, query, await addResolution(ctx.db, requireViewer(ctx), { ...input, sessionId: input.session.id })),
  }),
  openCongressVote: t.drizzleField({
    type: 'congressResolutions',
    description: '开始表决（开幕后、闭幕前）；以当前阶段的签到人数计算法定人数。',
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: OpenCongressVoteInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'resolution' } },
    resolve: async (query, _root, { input }, ctx) => {
      await openVote(ctx.db, requireViewer(ctx), input.resolution.id, input.endsAt);
      return reload(ctx, query, input.resolution.id);
    },
  }),
  closeCongressVote: t.drizzleField({
    type: 'congressResolutions',
    description: '结束表决并按既定规则计票：到会达法定人数，且赞成票超过全体代表半数为通过。',
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: CongressResolutionActionInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'resolution' } },
    resolve: async (query, _root, { input }, ctx) => {
      await closeVote(ctx.db, requireViewer(ctx), input.resolution.id);
      return reload(ctx, query, input.resolution.id);
    },
  }),
  castCongressBallot: t.field({
    type: CongressBallotCastRef,
    description: '代表无记名投票（赞成/反对/弃权）：每项表决一票；大会允许时，截止前可凭回执修改。',
    authScopes: { member: true },
    args: { input: t.arg({ type: CastCongressBallotInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFound, InvalidTransition, CongressVotingClosed, CongressNotSignedIn, CongressAlreadyVoted, CongressBallotFinal],
      dataField: { name: 'ballot' },
    },
    resolve: (_root, { input }, ctx) =>
      castBallot(ctx.db, requireViewer(ctx), { resolutionId: input.resolution.id, choice: input.choice, receipt: input.receipt ?? null }),
  }),
}));
