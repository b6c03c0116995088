import { congressAttendance, congressDelegates } from '@huigong/db';
import { and, eq } from 'drizzle-orm';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { isCongressStaff, viewerDelegations } from './access.ts';
import { OPINION_STAGE, opinionsOpen } from './opinions.service.ts';
import './errors.ts';
import { registerAttachmentKind } from '../files/attachment-kinds.ts';
import { StoredFileRef } from '../files/types.ts';
import { CONGRESS_DOCUMENT_KIND } from './sessions.service.ts';
import { canReadSession } from './access.ts';
import { forNeeded, quorumNeeded } from './votes.service.ts';
import { MEETING_STAGES, MOTION_STAGES, nextStage, ROLL_OPEN, STAGE_LABELS, STAGES, type CongressStage as Stage } from './lifecycle.ts';

registerAttachmentKind(CONGRESS_DOCUMENT_KIND, {
  label: '职代会会议文件',
  allowedTypes: ['application/pdf'],
  maxBytes: 20 * 1024 * 1024,
  // The file of a document is read by those who read the session: its delegates and the union's staff.
  canView: async (db, viewer, documentId) => {
    const row = await db.query.congressDocuments.findFirst({ where: { id: documentId }, columns: {}, with: { session: { columns: { id: true, unionPath: true } } } });
    return row ? canReadSession(db, viewer, row.session) : false;
  },
});

export const CongressStage = builder.enumType('CongressStage', {
  description: '职代会的阶段（启动 → 预备会议 → 开幕 → 主席团会议 → 小组讨论 → 闭幕）。',
  values: Object.fromEntries(
    Object.entries(STAGE_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in Stage as Uppercase<K>]: { value: K; description: string } },
});

const delegateCount = (ctx: Context, sessionId: string) => ctx.db.$count(congressDelegates, eq(congressDelegates.sessionId, sessionId));

const DocumentViewerCanRef = builder.objectRef<{ giveOpinion: boolean; summarise: boolean }>('CongressDocumentViewerCan').implement({
  description: '当前查看者此刻对一份会议文件可以进行的操作（由服务端按阶段、议程时段与身份计算；界面只据此显示表单）。',
  authScopes: { public: true },
  fields: (t) => ({
    giveOpinion: t.boolean({ description: '可对各段提出修改意见（本次大会代表，小组讨论阶段且在议程时段内）。', resolve: (c) => c.giveOpinion }),
    summarise: t.boolean({ description: '可提交本组对本文件的意见汇总（组长，小组讨论阶段）。', resolve: (c) => c.summarise }),
  }),
});

export const CongressAgendaItemRef = builder.drizzleObject('congressAgendaItems', {
  name: 'CongressAgendaItem',
  description: '议程中的一个阶段及其时段。经由所属大会访问。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    stage: t.expose('stage', { type: CongressStage }),
    stageLabel: t.string({ select: { columns: { stage: true } }, resolve: (a) => STAGE_LABELS[a.stage] }),
    startsAt: t.expose('startsAt', { type: 'DateTime' }),
    endsAt: t.expose('endsAt', { type: 'DateTime' }),
    note: t.exposeString('note'),
    enteredAt: t.expose('enteredAt', { type: 'DateTime', nullable: true, description: '大会实际进入该阶段的时间。' }),
    attendance: t.int({
      description: '该阶段已签到的代表人数。',
      select: { columns: { sessionId: true, stage: true } },
      resolve: (a, _args, ctx) =>
        ctx.db.$count(congressAttendance, and(eq(congressAttendance.sessionId, a.sessionId), eq(congressAttendance.stage, a.stage))),
    }),
  }),
});

export const CongressDocumentRef = builder.drizzleNode('congressDocuments', {
  name: 'CongressDocument',
  description: '会议文件（报告、草案），正文按行分为编号段落，代表在小组讨论阶段逐段提出修改意见。大会代表与工会工作人员可见。',
  id: { column: (d) => d.id },
  authScopes: (d) => ({ congressReader: d.sessionId }),
  fields: (t) => ({
    title: t.exposeString('title', { description: '文件名称。' }),
    body: t.exposeString('body', { description: '全文（与 paragraphs 逐段相同，按行分段前的原文）。' }),
    position: t.exposeInt('position', { description: '在会议文件中的顺序（1 起）。' }),
    file: t.relation('file', { type: StoredFileRef, nullable: true, description: '随文件上传的原件（PDF，经 /files 上传，purpose congress_document）；未上传时为 null。大会代表与工会工作人员可下载。' }),
    paragraphs: t.relation('paragraphs', {
      description: '按编号排列的段落（每段一个稳定的 ID，意见挂在段落上）。',
      query: { orderBy: { number: 'asc' } },
    }),
    viewerCan: t.field({
      type: DocumentViewerCanRef,
      description: '查看者此刻对本文件可以进行的操作。',
      select: { columns: { sessionId: true }, with: { session: { columns: { stage: true, id: true } } } },
      resolve: async (d, _args, ctx) => {
        const seat = (await viewerDelegations(ctx)).get(d.sessionId);
        const open = seat ? await opinionsOpen(ctx.db, d.session) : false;
        return {
          giveOpinion: !!seat && open,
          summarise: !!seat?.isGroupLeader && d.session.stage === OPINION_STAGE,
        };
      },
    }),
  }),
});

export const CongressDelegateRef = builder.drizzleNode('congressDelegates', {
  name: 'CongressDelegate',
  description: '一名职工代表（所在代表组、是否组长、是否主席团成员）。大会代表与工会工作人员可见。',
  id: { column: (d) => d.id },
  authScopes: (d) => ({ congressReader: d.sessionId }),
  fields: (t) => ({
    memberName: t.string({ select: { with: { member: { columns: { realName: true } } } }, resolve: (d) => d.member.realName }),
    groupName: t.exposeString('groupName'),
    isGroupLeader: t.exposeBoolean('isGroupLeader'),
    isPresidium: t.exposeBoolean('isPresidium'),
    signedInStages: t.field({
      type: [CongressStage],
      description: '已签到的阶段。',
      select: { columns: { id: true } },
      resolve: async (d, _args, ctx) =>
        (await ctx.db.select({ stage: congressAttendance.stage }).from(congressAttendance).where(eq(congressAttendance.delegateId, d.id))).map((r) => r.stage),
    }),
  }),
});

const SessionViewerCanRef = builder.objectRef<Record<string, boolean>>('CongressSessionViewerCan').implement({
  description: '当前查看者此刻可以进行的操作（由服务端阶段表与权限计算；界面只据此显示按钮）。',
  authScopes: { public: true },
  fields: (t) => ({
    advance: t.boolean({ description: '可进入下一阶段（nextStage）。', resolve: (c) => c.advance! }),
    manageRoll: t.boolean({ description: '可录入代表名单（开幕前）。', resolve: (c) => c.manageRoll! }),
    manageAgenda: t.boolean({ description: '可设置议程时段、上传会议文件、添加表决事项。', resolve: (c) => c.manageAgenda! }),
    signIn: t.boolean({ description: '可签到本阶段会议（代表，尚未签到）。', resolve: (c) => c.signIn! }),
    submitMotion: t.boolean({ description: '可提交提案（代表）。', resolve: (c) => c.submitMotion! }),
  }),
});

export const CongressSessionRef = builder.drizzleNode('congressSessions', {
  name: 'CongressSession',
  description: '一次（网上）职工代表大会。本工会及上级工会的工作人员与本次大会代表可见。',
  id: { column: (s) => s.id },
  authScopes: (s) => ({ congressReader: s.id }),
  fields: (t) => ({
    title: t.exposeString('title'),
    description: t.exposeString('description'),
    union: t.relation('union'),
    stage: t.expose('stage', { type: CongressStage }),
    stageLabel: t.string({ select: { columns: { stage: true } }, resolve: (s) => STAGE_LABELS[s.stage] }),
    nextStage: t.field({
      type: CongressStage,
      nullable: true,
      select: { columns: { stage: true } },
      resolve: (s) => nextStage(s.stage),
    }),
    stages: t.field({
      type: [CongressStage],
      description: '全部阶段，按议程顺序。',
      resolve: () => STAGES.filter((s) => s !== 'draft'),
    }),
    ballotsChangeable: t.exposeBoolean('ballotsChangeable', { description: '表决结束前可修改选票（凭回执）。' }),
    quorumNumerator: t.exposeInt('quorumNumerator'),
    quorumDenominator: t.exposeInt('quorumDenominator'),
    minCosigners: t.exposeInt('minCosigners', { description: '提案立案所需的最少附议人数。' }),
    delegateCount: t.int({ select: { columns: { id: true } }, resolve: (s, _a, ctx) => delegateCount(ctx, s.id) }),
    quorumNeeded: t.int({
      description: '法定到会人数：签到代表不少于全体代表的 quorumNumerator/quorumDenominator。',
      select: { columns: { id: true, quorumNumerator: true, quorumDenominator: true } },
      resolve: async (s, _a, ctx) => quorumNeeded(await delegateCount(ctx, s.id), s.quorumNumerator, s.quorumDenominator),
    }),
    passNeeded: t.int({
      description: '通过所需赞成票：超过全体代表（不是到会或投票代表）的半数。',
      select: { columns: { id: true } },
      resolve: async (s, _a, ctx) => forNeeded(await delegateCount(ctx, s.id)),
    }),
    rules: t.string({
      description: '表决规则的文字说明，投票前展示给代表。',
      select: { columns: { id: true, quorumNumerator: true, quorumDenominator: true, ballotsChangeable: true } },
      resolve: async (s, _a, ctx) => {
        const n = await delegateCount(ctx, s.id);
        return `全体代表 ${n} 名。到会（签到）代表须不少于全体代表的 ${s.quorumNumerator}/${s.quorumDenominator}（${quorumNeeded(n, s.quorumNumerator, s.quorumDenominator)} 名），表决方有效；赞成票超过全体代表半数（${forNeeded(n)} 票及以上）为通过。无记名投票，${s.ballotsChangeable ? '表决结束前可凭回执修改选票' : '选票一经投出不可更改'}。`;
      },
    }),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true, description: '闭幕并在厂务公开栏公布的时间。' }),
    agenda: t.relation('agenda', { type: CongressAgendaItemRef, query: { orderBy: { startsAt: 'asc' } } }),
    documents: t.relation('documents', { type: CongressDocumentRef, query: { orderBy: { position: 'asc' } } }),
    delegates: t.relatedConnection('delegates', { query: { orderBy: { groupName: 'asc', createdAt: 'asc' } }, totalCount: true }),
    resolutions: t.relation('resolutions', { query: { orderBy: { createdAt: 'asc' } } }),
    motions: t.relatedConnection('motions', { query: { orderBy: { createdAt: 'asc' } }, totalCount: true }),
    viewerDelegate: t.field({
      type: CongressDelegateRef,
      nullable: true,
      description: '查看者本人在本次大会的代表席位。',
      select: { columns: { id: true } },
      resolve: async (s, _a, ctx) => {
        const seat = (await viewerDelegations(ctx)).get(s.id);
        return seat ? ((await ctx.db.query.congressDelegates.findFirst({ where: { id: seat.id }, with: { member: { columns: { realName: true } } } })) ?? null) : null;
      },
    }),
    viewerSignedIn: t.boolean({
      description: '查看者已签到当前阶段。',
      select: { columns: { id: true, stage: true } },
      resolve: async (s, _a, ctx) => {
        const seat = (await viewerDelegations(ctx)).get(s.id);
        if (!seat) return false;
        return (await ctx.db.$count(congressAttendance, and(eq(congressAttendance.delegateId, seat.id), eq(congressAttendance.stage, s.stage)))) > 0;
      },
    }),
    viewerCan: t.field({
      type: SessionViewerCanRef,
      select: { columns: { id: true, stage: true, unionPath: true } },
      resolve: async (s, _a, ctx) => {
        const staff = isCongressStaff(ctx.viewer, s.unionPath);
        const seat = (await viewerDelegations(ctx)).get(s.id);
        const signedIn = seat
          ? (await ctx.db.$count(congressAttendance, and(eq(congressAttendance.delegateId, seat.id), eq(congressAttendance.stage, s.stage)))) > 0
          : true;
        return {
          advance: staff && nextStage(s.stage) !== null,
          manageRoll: staff && ROLL_OPEN.includes(s.stage),
          manageAgenda: staff && s.stage !== 'closed',
          signIn: !!seat && !signedIn && MEETING_STAGES.includes(s.stage),
          submitMotion: !!seat && MOTION_STAGES.includes(s.stage),
        };
      },
    }),
  }),
});
