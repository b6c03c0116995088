import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { text } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { CongressAlreadyGaveOpinion, CongressNotPermitted, CongressOpinionsClosed, CongressOutsideWindow, CongressSummaryAnswered } from '../errors.ts';
import { CongressGroupSummaryRef, CongressOpinionRef, CongressParagraphRef } from '../opinion-types.ts';
import { answerGroupSummary, editOpinion, giveOpinion, submitGroupSummary, withdrawOpinion } from '../opinions.service.ts';
import { CongressDocumentRef } from '../types.ts';

const opinionBody = text(2, 1000, '意见内容');

const GiveCongressOpinionInput = builder.inputType('GiveCongressOpinionInput', {
  description: '对会议文件某一段提出修改意见。',
  fields: (t) => ({
    paragraph: t.globalID({ required: true, for: [CongressParagraphRef], description: '所针对的段落（CongressParagraph）。' }),
    body: t.string({ required: true, validate: opinionBody, description: '意见内容，2–1000 字。' }),
  }),
});

const EditCongressOpinionInput = builder.inputType('EditCongressOpinionInput', {
  description: '修改本人提出的一条意见。',
  fields: (t) => ({
    opinion: t.globalID({ required: true, for: [CongressOpinionRef], description: '要修改的意见（本人提出的）。' }),
    body: t.string({ required: true, validate: opinionBody, description: '新的意见内容，2–1000 字。' }),
  }),
});

const WithdrawCongressOpinionInput = builder.inputType('WithdrawCongressOpinionInput', {
  description: '撤回本人提出的一条意见。',
  fields: (t) => ({
    opinion: t.globalID({ required: true, for: [CongressOpinionRef], description: '要撤回的意见（本人提出的）。' }),
  }),
});

const SubmitCongressGroupSummaryInput = builder.inputType('SubmitCongressGroupSummaryInput', {
  description: '组长提交（或改写）本组对一份会议文件的意见汇总。',
  fields: (t) => ({
    document: t.globalID({ required: true, for: [CongressDocumentRef], description: '汇总所针对的会议文件（CongressDocument）。' }),
    body: t.string({ required: true, validate: text(10, 5000, '汇总内容'), description: '汇总内容，10–5000 字。' }),
  }),
});

const AnswerCongressGroupSummaryInput = builder.inputType('AnswerCongressGroupSummaryInput', {
  description: '对一份小组意见汇总作书面答复。',
  fields: (t) => ({
    summary: t.globalID({ required: true, for: [CongressGroupSummaryRef], description: '要答复的小组意见汇总（CongressGroupSummary）。' }),
    answer: t.string({ required: true, validate: text(10, 5000, '书面答复'), description: '书面答复，10–5000 字。' }),
  }),
});

const reloadOpinion = (ctx: any, query: any, id: string) => found(ctx.db.query.congressOpinions.findFirst(query({ where: { id } })), '意见');

builder.mutationFields((t) => ({
  giveCongressOpinion: t.drizzleField({
    type: 'congressOpinions',
    description:
      '代表对会议文件的某一段提出修改意见：只在小组讨论阶段、议程规定的时段内；每名代表每段一条。错误：NotFound（段落不存在或查看者不是本次大会代表/工作人员）、CongressNotPermitted（工作人员不是代表）、CongressOpinionsClosed、CongressOutsideWindow、CongressAlreadyGaveOpinion、InputValidationError。',
    authScopes: { member: true },
    args: { input: t.arg({ type: GiveCongressOpinionInput, required: true, description: '段落与意见内容。' }) },
    errors: {
      types: [InputValidationError, NotFound, CongressNotPermitted, CongressOpinionsClosed, CongressOutsideWindow, CongressAlreadyGaveOpinion],
      dataField: { name: 'opinion', description: '新提出的意见。' },
    },
    resolve: async (query, _root, { input }, ctx) =>
      reloadOpinion(ctx, query, await giveOpinion(ctx.db, requireViewer(ctx), { paragraphId: input.paragraph.id, body: input.body })),
  }),
  editCongressOpinion: t.drizzleField({
    type: 'congressOpinions',
    description:
      '提出意见的代表本人修改意见（小组讨论阶段、议程时段内）。错误：NotFound（意见不存在或查看者看不到）、CongressNotPermitted（不是本人的意见）、CongressOpinionsClosed、CongressOutsideWindow、InputValidationError。',
    authScopes: { member: true },
    args: { input: t.arg({ type: EditCongressOpinionInput, required: true, description: '意见与新内容。' }) },
    errors: {
      types: [InputValidationError, NotFound, CongressNotPermitted, CongressOpinionsClosed, CongressOutsideWindow],
      dataField: { name: 'opinion', description: '修改后的意见。' },
    },
    resolve: async (query, _root, { input }, ctx) =>
      reloadOpinion(ctx, query, await editOpinion(ctx.db, requireViewer(ctx), { opinionId: input.opinion.id, body: input.body })),
  }),
  withdrawCongressOpinion: t.drizzleField({
    type: 'congressParagraphs',
    description:
      '提出意见的代表本人撤回意见（删除；小组讨论阶段、议程时段内），返回意见所在段落。错误：NotFound、CongressNotPermitted、CongressOpinionsClosed、CongressOutsideWindow。',
    authScopes: { member: true },
    args: { input: t.arg({ type: WithdrawCongressOpinionInput, required: true, description: '要撤回的意见。' }) },
    errors: {
      types: [InputValidationError, NotFound, CongressNotPermitted, CongressOpinionsClosed, CongressOutsideWindow],
      dataField: { name: 'paragraph', description: '意见所在的段落（撤回后）。' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const paragraphId = await withdrawOpinion(ctx.db, requireViewer(ctx), input.opinion.id);
      return found(ctx.db.query.congressParagraphs.findFirst(query({ where: { id: paragraphId } })), '段落');
    },
  }),
  submitCongressGroupSummary: t.drizzleField({
    type: 'congressGroupSummaries',
    description:
      '组长提交本组对一份会议文件的意见汇总，供主席团审阅（小组讨论阶段；每组每份文件一份，再次提交即改写，答复后不可再改）。错误：NotFound（文件不存在或查看者不是本次大会代表/工作人员）、CongressNotPermitted（不是组长）、CongressOpinionsClosed、CongressSummaryAnswered、InputValidationError。',
    authScopes: { member: true },
    args: { input: t.arg({ type: SubmitCongressGroupSummaryInput, required: true, description: '文件与汇总内容。' }) },
    errors: {
      types: [InputValidationError, NotFound, CongressNotPermitted, CongressOpinionsClosed, CongressSummaryAnswered],
      dataField: { name: 'summary', description: '提交后的小组意见汇总。' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await submitGroupSummary(ctx.db, requireViewer(ctx), { documentId: input.document.id, body: input.body });
      return found(ctx.db.query.congressGroupSummaries.findFirst(query({ where: { id } })), '小组意见汇总');
    },
  }),
  answerCongressGroupSummary: t.drizzleField({
    type: 'congressGroupSummaries',
    description:
      '主席团成员或工会工作人员（代行政方）对小组意见汇总作书面答复，一次。错误：NotFound、CongressNotPermitted（本组普通代表）、CongressSummaryAnswered（已答复）、InputValidationError。',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AnswerCongressGroupSummaryInput, required: true, description: '汇总与书面答复。' }) },
    errors: {
      types: [InputValidationError, NotFound, CongressNotPermitted, CongressSummaryAnswered],
      dataField: { name: 'summary', description: '答复后的小组意见汇总。' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await answerGroupSummary(ctx.db, requireViewer(ctx), { summaryId: input.summary.id, answer: input.answer });
      return found(ctx.db.query.congressGroupSummaries.findFirst(query({ where: { id } })), '小组意见汇总');
    },
  }),
}));
