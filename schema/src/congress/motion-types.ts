import { congressMotionCosigners } from '@huigong/db';
import { and, eq } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { viewerCanType } from '../common/transitions.ts';
import { isCongressStaff, sessionPath, viewerDelegations } from './access.ts';
import { MOTION_STATUS_LABELS, motionLifecycle, type MotionStatus } from './lifecycle.ts';

export const CongressMotionStatus = builder.enumType('CongressMotionStatus', {
  values: Object.fromEntries(
    Object.entries(MOTION_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in MotionStatus as Uppercase<K>]: { value: K; description: string } },
});

export const CongressMotionDecision = builder.enumType('CongressMotionDecision', {
  values: {
    ACCEPT: { value: 'accept', description: '立案（交行政方限期书面答复）' },
    MERGE: { value: 'merge', description: '并案（并入另一件提案）' },
    REFUSE: { value: 'refuse', description: '不予立案' },
  } as const,
});

const MotionViewerCanRef = viewerCanType('CongressMotionViewerCan', {
  cosign: '可附议（其他代表）。',
  accept: '可立案（主席团，附议人数足够）。',
  merge: '可并案（主席团，附议人数足够）。',
  refuse: '可不予立案（主席团）。',
  answer: '可登记行政方的书面答复（工作人员）。',
  rate: '可评价答复（提案人，尚未评价）。',
});

export const CongressMotionRef = builder.drizzleNode('congressMotions', {
  name: 'CongressMotion',
  description: '代表提案：附议、主席团审查（立案/并案/不予立案）、行政方限期书面答复、提案人评价。大会代表与工会工作人员可见。',
  id: { column: (m) => m.id },
  authScopes: (m) => ({ congressReader: m.sessionId }),
  fields: (t) => ({
    session: t.relation('session'),
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    status: t.expose('status', { type: CongressMotionStatus }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (m) => MOTION_STATUS_LABELS[m.status] }),
    proposerName: t.string({
      select: { with: { proposer: { with: { member: { columns: { realName: true } } } } } },
      resolve: (m) => m.proposer.member.realName,
    }),
    proposerGroup: t.string({ select: { with: { proposer: { columns: { groupName: true } } } }, resolve: (m) => m.proposer.groupName }),
    cosignerCount: t.exposeInt('cosignerCount'),
    minCosigners: t.int({ select: { with: { session: { columns: { minCosigners: true } } } }, resolve: (m) => m.session.minCosigners }),
    cosignerNames: t.stringList({
      select: { with: { cosigners: { with: { delegate: { with: { member: { columns: { realName: true } } } } } } } },
      resolve: (m) => m.cosigners.map((c) => c.delegate.member.realName),
    }),
    decisionReason: t.exposeString('decisionReason', { nullable: true, description: '主席团的书面理由。' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    mergedIntoTitle: t.string({
      nullable: true,
      description: '并案时：并入的提案标题。',
      select: { columns: { mergedIntoId: true } },
      resolve: async (m, _a, ctx) =>
        m.mergedIntoId ? ((await ctx.db.query.congressMotions.findFirst({ where: { id: m.mergedIntoId }, columns: { title: true } }))?.title ?? null) : null,
    }),
    answerDueAt: t.expose('answerDueAt', { type: 'DateTime', nullable: true, description: '行政方答复期限。' }),
    answer: t.exposeString('answer', { nullable: true }),
    answeredAt: t.expose('answeredAt', { type: 'DateTime', nullable: true }),
    answeredLate: t.boolean({
      description: '答复晚于期限（或已逾期未答复）。',
      select: { columns: { answerDueAt: true, answeredAt: true } },
      resolve: (m) => (m.answerDueAt ? (m.answeredAt ?? new Date()) > m.answerDueAt : false),
    }),
    rating: t.exposeInt('rating', { nullable: true, description: '提案人对答复的评价（1 不满意 — 5 满意）。' }),
    ratingNote: t.exposeString('ratingNote', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    viewerCosigned: t.boolean({
      select: { columns: { id: true, sessionId: true } },
      resolve: async (m, _a, ctx) => {
        const seat = (await viewerDelegations(ctx)).get(m.sessionId);
        if (!seat) return false;
        return (await ctx.db.$count(congressMotionCosigners, and(eq(congressMotionCosigners.motionId, m.id), eq(congressMotionCosigners.delegateId, seat.id)))) > 0;
      },
    }),
    viewerCan: t.field({
      type: MotionViewerCanRef,
      select: { columns: { id: true, sessionId: true, status: true, proposerDelegateId: true, cosignerCount: true, rating: true }, with: { session: { columns: { minCosigners: true } } } },
      resolve: async (m, _a, ctx) => {
        const path = await sessionPath(ctx, m.sessionId);
        const staff = path !== null && isCongressStaff(ctx.viewer, path);
        const seat = (await viewerDelegations(ctx)).get(m.sessionId);
        const cosigned = seat
          ? (await ctx.db.$count(congressMotionCosigners, and(eq(congressMotionCosigners.motionId, m.id), eq(congressMotionCosigners.delegateId, seat.id)))) > 0
          : false;
        const enough = m.cosignerCount >= m.session.minCosigners;
        const presidium = seat?.isPresidium ?? false;
        return motionLifecycle.viewerCan(m.status, {
          cosign: !!seat && seat.id !== m.proposerDelegateId && !cosigned,
          accept: presidium && enough,
          merge: presidium && enough,
          refuse: presidium,
          answer: staff,
          rate: seat?.id === m.proposerDelegateId && m.rating === null,
        });
      },
    }),
  }),
});
