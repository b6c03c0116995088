import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText, reason, text, title } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { CongressAlreadyCosigned, CongressMotionNeedsCosigners, CongressNotPermitted, CongressOwnMotion } from '../errors.ts';
import { CongressMotionDecision, CongressMotionRef } from '../motion-types.ts';
import { answerMotion, cosignMotion, decideMotion, rateAnswer, submitMotion } from '../motions.service.ts';
import { CongressSessionRef } from '../types.ts';

const SubmitCongressMotionInput = builder.inputType('SubmitCongressMotionInput', {
  fields: (t) => ({
    session: t.globalID({ required: true, for: [CongressSessionRef] }),
    title: t.string({ required: true, validate: title(100, '提案标题') }),
    body: t.string({ required: true, validate: text(10, 10_000, '提案内容（案由、建议）') }),
  }),
});

const CongressMotionActionInput = builder.inputType('CongressMotionActionInput', {
  fields: (t) => ({ motion: t.globalID({ required: true, for: [CongressMotionRef] }) }),
});

const DecideCongressMotionInput = builder.inputType('DecideCongressMotionInput', {
  fields: (t) => ({
    motion: t.globalID({ required: true, for: [CongressMotionRef] }),
    decision: t.field({ type: CongressMotionDecision, required: true }),
    reason: t.string({ required: true, validate: reason, description: '书面理由。' }),
    answerDueAt: t.field({ type: 'DateTime', required: false, description: '立案时：行政方答复期限。' }),
    mergeInto: t.globalID({ required: false, for: [CongressMotionRef], description: '并案时：并入的提案。' }),
  }),
});

const AnswerCongressMotionInput = builder.inputType('AnswerCongressMotionInput', {
  fields: (t) => ({
    motion: t.globalID({ required: true, for: [CongressMotionRef] }),
    answer: t.string({ required: true, validate: text(10, 10_000, '书面答复') }),
  }),
});

const RateCongressMotionAnswerInput = builder.inputType('RateCongressMotionAnswerInput', {
  fields: (t) => ({
    motion: t.globalID({ required: true, for: [CongressMotionRef] }),
    rating: t.int({ required: true, validate: z.number().int().min(1).max(5), description: '1 不满意 — 5 满意。' }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const reload = (ctx: any, query: any, id: string) => found(ctx.db.query.congressMotions.findFirst(query({ where: { id } })), '提案');

builder.mutationFields((t) => ({
  submitCongressMotion: t.drizzleField({
    type: 'congressMotions',
    description: '代表提交提案（启动后、闭幕前）。',
    authScopes: { member: true },
    args: { input: t.arg({ type: SubmitCongressMotionInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'motion' } },
    resolve: async (query, _root, { input }, ctx) =>
      reload(ctx, query, await submitMotion(ctx.db, requireViewer(ctx), { ...input, sessionId: input.session.id })),
  }),
  cosignCongressMotion: t.drizzleField({
    type: 'congressMotions',
    description: '附议一件提案（其他代表，每人一次）。',
    authScopes: { member: true },
    args: { input: t.arg({ type: CongressMotionActionInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFound, InvalidTransition, CongressOwnMotion, CongressAlreadyCosigned, CongressNotPermitted],
      dataField: { name: 'motion' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      await cosignMotion(ctx.db, requireViewer(ctx), input.motion.id);
      return reload(ctx, query, input.motion.id);
    },
  }),
  decideCongressMotion: t.drizzleField({
    type: 'congressMotions',
    description: '主席团审查提案：立案（规定答复期限）、并案或不予立案，均须书面理由。',
    authScopes: { member: true },
    args: { input: t.arg({ type: DecideCongressMotionInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFound, InvalidTransition, CongressMotionNeedsCosigners, CongressNotPermitted],
      dataField: { name: 'motion' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      await decideMotion(ctx.db, requireViewer(ctx), {
        motionId: input.motion.id,
        decision: input.decision,
        reason: input.reason,
        answerDueAt: input.answerDueAt ?? null,
        mergeIntoId: input.mergeInto?.id ?? null,
      });
      return reload(ctx, query, input.motion.id);
    },
  }),
  answerCongressMotion: t.drizzleField({
    type: 'congressMotions',
    description: '登记行政方对已立案提案的书面答复（工会工作人员）。',
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: AnswerCongressMotionInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition, CongressNotPermitted], dataField: { name: 'motion' } },
    resolve: async (query, _root, { input }, ctx) => {
      await answerMotion(ctx.db, requireViewer(ctx), { motionId: input.motion.id, answer: input.answer });
      return reload(ctx, query, input.motion.id);
    },
  }),
  rateCongressMotionAnswer: t.drizzleField({
    type: 'congressMotions',
    description: '提案人评价答复（一次）。',
    authScopes: { member: true },
    args: { input: t.arg({ type: RateCongressMotionAnswerInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition, CongressNotPermitted], dataField: { name: 'motion' } },
    resolve: async (query, _root, { input }, ctx) => {
      await rateAnswer(ctx.db, requireViewer(ctx), { motionId: input.motion.id, rating: input.rating, note: input.note ?? null });
      return reload(ctx, query, input.motion.id);
    },
  }),
}));
