import { transitionTable } from '../common/transitions.ts';

export type RightsCaseStatus = 'opened' | 'triaged' | 'in_mediation' | 'with_lawyer' | 'in_litigation' | 'closed';
export type RightsCaseAction = 'triage' | 'startMediation' | 'assignLawyer' | 'startLitigation' | 'close' | 'withdraw';

export const RIGHTS_CASE_STATUS_LABELS: Record<RightsCaseStatus, string> = {
  opened: '已受理，待分流',
  triaged: '已分流，待办理',
  in_mediation: '调解中（区总工会）',
  with_lawyer: '工会律师代理中',
  in_litigation: '诉讼（仲裁）支持中',
  closed: '已结案',
};

const OPEN: readonly RightsCaseStatus[] = ['triaged', 'in_mediation', 'with_lawyer', 'in_litigation'];

/** opened → triaged → in mediation / with a lawyer → litigation → closed (withdrawn by the worker at any open step). */
export const rightsCaseLifecycle = transitionTable<RightsCaseStatus, RightsCaseAction>({
  what: '维权案件',
  labels: RIGHTS_CASE_STATUS_LABELS,
  actions: {
    triage: { from: ['opened'], to: 'triaged' },
    startMediation: { from: ['triaged'], to: 'in_mediation' },
    assignLawyer: { from: ['triaged', 'in_mediation'], to: 'with_lawyer' },
    startLitigation: { from: ['with_lawyer'], to: 'in_litigation' },
    close: { from: OPEN, to: 'closed' },
    withdraw: { from: ['opened', ...OPEN], to: 'closed' },
  },
});

export const ACTIVE_STATUSES: readonly RightsCaseStatus[] = ['opened', ...OPEN];
