import { builder } from '../builder.ts';
import { isCongressStaff, sessionPath, viewerDelegations } from './access.ts';
import { readsGroup } from './reader.ts';
import { opinionsOpen } from './opinions.service.ts';
import { CongressDocumentRef } from './types.ts';

const OpinionViewerCanRef = builder.objectRef<{ edit: boolean; withdraw: boolean }>('CongressOpinionViewerCan').implement({
  description: '当前查看者此刻对一条意见可以进行的操作（本人，小组讨论阶段且在议程时段内）。',
  authScopes: { public: true },
  fields: (t) => ({
    edit: t.boolean({ description: '可修改（提出意见的代表本人，意见征集时段内）。', resolve: (c) => c.edit }),
    withdraw: t.boolean({ description: '可撤回（提出意见的代表本人，意见征集时段内）。', resolve: (c) => c.withdraw }),
  }),
});

export const CongressOpinionRef = builder.drizzleNode('congressOpinions', {
  name: 'CongressOpinion',
  description:
    '一名代表对会议文件某一段的修改意见（小组讨论阶段提出）。可见范围：提出者所在代表组的代表（含组长）、主席团成员、工会工作人员；其他代表组的代表看不到。',
  id: { column: (o) => o.id },
  authScopes: (o) => ({ congressGroupReader: { sessionId: o.sessionId, groupName: o.groupName } }),
  fields: (t) => ({
    paragraph: t.relation('paragraph', { description: '意见所针对的段落。' }),
    body: t.exposeString('body', { description: '意见内容（2–1000 字）。' }),
    groupName: t.exposeString('groupName', { description: '提出意见时代表所在的代表组（由该组组长汇总）。' }),
    authorName: t.string({
      description: '提出意见的代表姓名。',
      select: { with: { delegate: { with: { member: { columns: { realName: true } } } } } },
      resolve: (o) => o.delegate.member.realName,
    }),
    viewerIsAuthor: t.boolean({
      description: '这条意见是查看者本人提出的。',
      select: { columns: { sessionId: true, delegateId: true } },
      resolve: async (o, _a, ctx) => (await viewerDelegations(ctx)).get(o.sessionId)?.id === o.delegateId,
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '提出时间。' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: '最后修改时间。' }),
    viewerCan: t.field({
      type: OpinionViewerCanRef,
      description: '查看者此刻对这条意见可以进行的操作。',
      select: { columns: { sessionId: true, delegateId: true }, with: { paragraph: { columns: {}, with: { document: { columns: {}, with: { session: { columns: { id: true, stage: true } } } } } } } },
      resolve: async (o, _a, ctx) => {
        const mine = (await viewerDelegations(ctx)).get(o.sessionId)?.id === o.delegateId;
        const open = mine && (await opinionsOpen(ctx.db, o.paragraph.document.session));
        return { edit: open, withdraw: open };
      },
    }),
  }),
});

export const CongressParagraphRef = builder.drizzleNode('congressParagraphs', {
  name: 'CongressParagraph',
  description: '会议文件中的一个编号段落（文件添加时按行切分，ID 稳定）。大会代表与工会工作人员可见。',
  id: { column: (p) => p.id },
  authScopes: (p) => ({ congressReader: p.sessionId }),
  fields: (t) => ({
    number: t.exposeInt('number', { description: '段落编号（1 起，按文件中的顺序）。' }),
    body: t.exposeString('body', { description: '段落正文。' }),
    document: t.relation('document', { type: CongressDocumentRef, description: '段落所在的会议文件。' }),
    opinions: t.field({
      type: [CongressOpinionRef],
      description: '查看者可见的对本段的意见，按提出时间排列：主席团成员与工会工作人员看到全部代表组的，其他代表只看到本组的（含本人的）。',
      select: (_args, _ctx, nestedSelection) => ({
        with: { opinions: nestedSelection({ orderBy: { createdAt: 'asc' as const } }) },
      }),
      resolve: async (p, _args, ctx) => {
        const visible = await Promise.all(p.opinions.map((o) => readsGroup(ctx, { sessionId: o.sessionId, groupName: o.groupName })));
        return p.opinions.filter((_o, i) => visible[i]);
      },
    }),
  }),
});

const SummaryViewerCanRef = builder.objectRef<{ answer: boolean }>('CongressGroupSummaryViewerCan').implement({
  description: '当前查看者此刻对一份小组意见汇总可以进行的操作。',
  authScopes: { public: true },
  fields: (t) => ({
    answer: t.boolean({ description: '可书面答复（主席团成员或工会工作人员，尚未答复）。', resolve: (c) => c.answer }),
  }),
});

export const CongressGroupSummaryRef = builder.drizzleNode('congressGroupSummaries', {
  name: 'CongressGroupSummary',
  description:
    '代表组组长对本组代表就一份会议文件所提意见的汇总，提交主席团；主席团或工会工作人员可书面答复一次，答复后汇总不再修改。可见范围：该组代表、主席团成员、工会工作人员。',
  id: { column: (s) => s.id },
  authScopes: (s) => ({ congressGroupReader: { sessionId: s.sessionId, groupName: s.groupName } }),
  fields: (t) => ({
    document: t.relation('document', { type: CongressDocumentRef, description: '汇总所针对的会议文件。' }),
    groupName: t.exposeString('groupName', { description: '代表组名称。' }),
    body: t.exposeString('body', { description: '汇总内容（10–5000 字）。' }),
    leaderName: t.string({
      description: '提交汇总的组长姓名。',
      select: { with: { leader: { with: { member: { columns: { realName: true } } } } } },
      resolve: (s) => s.leader.member.realName,
    }),
    submittedAt: t.expose('updatedAt', { type: 'DateTime', description: '（最后一次）提交时间。' }),
    answer: t.exposeString('answer', { nullable: true, description: '主席团或行政方的书面答复；未答复时为 null。' }),
    answeredAt: t.expose('answeredAt', { type: 'DateTime', nullable: true, description: '答复时间。' }),
    viewerCan: t.field({
      type: SummaryViewerCanRef,
      description: '查看者此刻对这份汇总可以进行的操作。',
      select: { columns: { sessionId: true, answeredAt: true } },
      resolve: async (s, _a, ctx) => {
        const seat = (await viewerDelegations(ctx)).get(s.sessionId);
        const path = await sessionPath(ctx, s.sessionId);
        const staff = path !== null && isCongressStaff(ctx.viewer, path);
        return { answer: s.answeredAt === null && (staff || !!seat?.isPresidium) };
      },
    }),
  }),
});

builder.drizzleObjectFields(CongressDocumentRef, (t) => ({
  groupSummaries: t.field({
    type: [CongressGroupSummaryRef],
    description: '各代表组组长对本文件意见的汇总：主席团成员与工会工作人员看到全部代表组的，其他代表只看到本组的。',
    select: (_args, _ctx, nestedSelection) => ({
      with: { groupSummaries: nestedSelection({ orderBy: { groupName: 'asc' as const } }) },
    }),
    resolve: async (d, _args, ctx) => {
      const visible = await Promise.all(d.groupSummaries.map((s) => readsGroup(ctx, { sessionId: s.sessionId, groupName: s.groupName })));
      return d.groupSummaries.filter((_s, i) => visible[i]);
    },
  }),
}));
