import { congressAttendance, congressDelegates } from '@huigong/db';
import { and, eq } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { viewerCanType } from '../common/transitions.ts';
import { isCongressStaff, sessionPath, viewerDelegations } from './access.ts';
import { RESOLUTION_STATUS_LABELS, resolutionLifecycle, VOTING_STAGES, type ResolutionStatus } from './lifecycle.ts';
import { CongressStage } from './types.ts';
import { forNeeded, hasVoted, turnout } from './votes.service.ts';

export const CongressResolutionStatus = builder.enumType('CongressResolutionStatus', {
  values: Object.fromEntries(
    Object.entries(RESOLUTION_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in ResolutionStatus as Uppercase<K>]: { value: K; description: string } },
});

export const CongressChoice = builder.enumType('CongressChoice', {
  values: {
    FOR: { value: 'for', description: '赞成' },
    AGAINST: { value: 'against', description: '反对' },
    ABSTAIN: { value: 'abstain', description: '弃权' },
  } as const,
});

const ResolutionViewerCanRef = viewerCanType('CongressResolutionViewerCan', {
  openVote: '可开始表决（工作人员）。',
  vote: '可投票（代表，已签到，尚未投票）。',
  changeBallot: '可凭回执修改选票（大会允许时）。',
  closeVote: '可结束表决并计票（工作人员）。',
});

/**
 * A resolution put to the vote. The counts appear only after the tally; before it, only how many
 * have voted. Who voted how is not stored in a form any field could return (see docs/congress.md).
 */
export const CongressResolutionRef = builder.drizzleNode('congressResolutions', {
  name: 'CongressResolution',
  description: '一项表决事项（无记名投票）。大会代表与工会工作人员可见。',
  id: { column: (r) => r.id },
  authScopes: (r) => ({ congressReader: r.sessionId }),
  fields: (t) => ({
    session: t.relation('session'),
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    status: t.expose('status', { type: CongressResolutionStatus }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (r) => RESOLUTION_STATUS_LABELS[r.status] }),
    attendanceStage: t.expose('attendanceStage', { type: CongressStage, nullable: true, description: '以哪一阶段的签到人数计算法定人数。' }),
    votingOpenedAt: t.expose('votingOpenedAt', { type: 'DateTime', nullable: true }),
    votingEndsAt: t.expose('votingEndsAt', { type: 'DateTime', nullable: true }),
    votingOpen: t.boolean({
      description: '此刻可投票（投票中且未过截止时间）。',
      select: { columns: { status: true, votingEndsAt: true } },
      resolve: (r) => r.status === 'voting' && (!r.votingEndsAt || r.votingEndsAt > new Date()),
    }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    turnout: t.int({ description: '已投票人数（不含选择）。', select: { columns: { id: true } }, resolve: (r, _a, ctx) => turnout(ctx.db, r.id) }),
    delegateCount: t.int({
      description: '全体代表人数（计票后为计票时的人数）。',
      select: { columns: { sessionId: true, delegateCount: true } },
      resolve: async (r, _a, ctx) => r.delegateCount ?? ctx.db.$count(congressDelegates, eq(congressDelegates.sessionId, r.sessionId)),
    }),
    presentCount: t.int({
      description: '到会（表决所在阶段已签到）人数。',
      nullable: true,
      select: { columns: { sessionId: true, presentCount: true, attendanceStage: true } },
      resolve: async (r, _a, ctx) =>
        r.presentCount ??
        (r.attendanceStage
          ? ctx.db.$count(congressAttendance, and(eq(congressAttendance.sessionId, r.sessionId), eq(congressAttendance.stage, r.attendanceStage)))
          : null),
    }),
    passNeeded: t.int({
      description: '通过所需赞成票（超过全体代表半数）。',
      select: { columns: { sessionId: true, delegateCount: true } },
      resolve: async (r, _a, ctx) => forNeeded(r.delegateCount ?? (await ctx.db.$count(congressDelegates, eq(congressDelegates.sessionId, r.sessionId)))),
    }),
    forCount: t.exposeInt('forCount', { nullable: true, description: '赞成票（计票后）。' }),
    againstCount: t.exposeInt('againstCount', { nullable: true }),
    abstainCount: t.exposeInt('abstainCount', { nullable: true }),
    quorumMet: t.exposeBoolean('quorumMet', { nullable: true, description: '到会人数达到法定人数（计票后）。' }),
    viewerHasVoted: t.boolean({
      select: { columns: { id: true, sessionId: true } },
      resolve: async (r, _a, ctx) => {
        const seat = (await viewerDelegations(ctx)).get(r.sessionId);
        return seat ? hasVoted(ctx.db, r.id, seat.id) : false;
      },
    }),
    viewerCan: t.field({
      type: ResolutionViewerCanRef,
      select: { columns: { id: true, sessionId: true, status: true, votingEndsAt: true, attendanceStage: true }, with: { session: { columns: { ballotsChangeable: true, stage: true } } } },
      resolve: async (r, _a, ctx) => {
        const path = await sessionPath(ctx, r.sessionId);
        const staff = path !== null && isCongressStaff(ctx.viewer, path);
        const seat = (await viewerDelegations(ctx)).get(r.sessionId);
        const open = r.status === 'voting' && (!r.votingEndsAt || r.votingEndsAt > new Date());
        const voted = seat ? await hasVoted(ctx.db, r.id, seat.id) : false;
        const present =
          seat && r.attendanceStage
            ? (await ctx.db.$count(congressAttendance, and(eq(congressAttendance.delegateId, seat.id), eq(congressAttendance.stage, r.attendanceStage)))) > 0
            : false;
        const can = resolutionLifecycle.viewerCan(r.status, { openVote: staff && VOTING_STAGES.includes(r.session.stage), closeVote: staff });
        return {
          openVote: can.openVote,
          vote: can.vote && open && present && !voted,
          changeBallot: can.vote && open && voted && r.session.ballotsChangeable,
          closeVote: can.closeVote,
        };
      },
    }),
  }),
});

export interface BallotCast {
  resolutionId: string;
  choice: 'for' | 'against' | 'abstain';
  receipt: string | null;
  changed: boolean;
}

export const CongressBallotCastRef = builder.objectRef<BallotCast>('CongressBallotCast').implement({
  description: '投票回执：选票已计入。choice 只在本次回应中回显给投票人本人，服务端不保存它与代表的对应关系。',
  authScopes: { member: true },
  fields: (t) => ({
    resolution: t.drizzleField({
      type: 'congressResolutions',
      resolve: async (query, c, _a, ctx) => (await ctx.db.query.congressResolutions.findFirst(query({ where: { id: c.resolutionId } })))!,
    }),
    choice: t.field({ type: CongressChoice, resolve: (c) => c.choice }),
    receipt: t.string({
      nullable: true,
      description: '大会允许改票时：修改选票的唯一凭据，只显示这一次，请妥善保存。',
      resolve: (c) => c.receipt,
    }),
    changed: t.boolean({ description: '这次是修改已投的选票。', resolve: (c) => c.changed }),
  }),
});
