import { transitionTable } from '../common/transitions.ts';

export type CongressStage = 'draft' | 'launched' | 'preparatory' | 'opening' | 'presidium' | 'group_discussion' | 'closed';

export const STAGE_LABELS: Record<CongressStage, string> = {
  draft: '筹备中',
  launched: '启动',
  preparatory: '预备会议',
  opening: '开幕',
  presidium: '主席团会议',
  group_discussion: '小组讨论',
  closed: '闭幕',
};

/** The stages in agenda order (report 003). */
export const STAGES: readonly CongressStage[] = ['draft', 'launched', 'preparatory', 'opening', 'presidium', 'group_discussion', 'closed'];

/** One step forward at a time, each named after the stage it enters. */
export const sessionLifecycle = transitionTable<CongressStage, Exclude<CongressStage, 'draft'>>({
  what: '职工代表大会',
  labels: STAGE_LABELS,
  actions: {
    launched: { from: ['draft'], to: 'launched' },
    preparatory: { from: ['launched'], to: 'preparatory' },
    opening: { from: ['preparatory'], to: 'opening' },
    presidium: { from: ['opening'], to: 'presidium' },
    group_discussion: { from: ['presidium'], to: 'group_discussion' },
    closed: { from: ['group_discussion'], to: 'closed' },
  },
});

export const nextStage = (stage: CongressStage): CongressStage | null => {
  const i = STAGES.indexOf(stage);
  return i >= 0 && i < STAGES.length - 1 ? STAGES[i + 1]! : null;
};

/** The roll may change until the congress opens. */
export const ROLL_OPEN: readonly CongressStage[] = ['draft', 'launched', 'preparatory'];
/** Delegates sign in to the meeting stages (not before the launch nor after the close). */
export const MEETING_STAGES: readonly CongressStage[] = ['launched', 'preparatory', 'opening', 'presidium', 'group_discussion'];
/** Votes are held once the congress has opened and before it closes. */
export const VOTING_STAGES: readonly CongressStage[] = ['opening', 'presidium', 'group_discussion'];
/** Motions are submitted and co-signed from the launch until the close. */
export const MOTION_STAGES = MEETING_STAGES;

export type ResolutionStatus = 'draft' | 'voting' | 'passed' | 'failed';

export const RESOLUTION_STATUS_LABELS: Record<ResolutionStatus, string> = {
  draft: '待表决',
  voting: '投票中',
  passed: '已通过',
  failed: '未通过',
};

export const resolutionLifecycle = transitionTable<ResolutionStatus, 'openVote' | 'vote' | 'closeVote'>({
  what: '表决事项',
  labels: RESOLUTION_STATUS_LABELS,
  actions: {
    openVote: { from: ['draft'], to: 'voting' },
    vote: { from: ['voting'], to: 'voting' },
    // The tally decides which of the two; `passed` stands for "tallied" here.
    closeVote: { from: ['voting'], to: 'passed' },
  },
});

export type MotionStatus = 'submitted' | 'accepted' | 'merged' | 'refused' | 'answered';

export const MOTION_STATUS_LABELS: Record<MotionStatus, string> = {
  submitted: '征集附议中，待主席团审查',
  accepted: '已立案，待答复',
  merged: '已并案',
  refused: '不予立案',
  answered: '已答复',
};

export const motionLifecycle = transitionTable<MotionStatus, 'cosign' | 'accept' | 'merge' | 'refuse' | 'answer' | 'rate'>({
  what: '提案',
  labels: MOTION_STATUS_LABELS,
  actions: {
    cosign: { from: ['submitted'], to: 'submitted' },
    accept: { from: ['submitted'], to: 'accepted' },
    merge: { from: ['submitted'], to: 'merged' },
    refuse: { from: ['submitted'], to: 'refused' },
    answer: { from: ['accepted'], to: 'answered' },
    rate: { from: ['answered'], to: 'answered' },
  },
});
