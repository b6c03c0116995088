import { transitionTable } from '../common/transitions.ts';

export type StationStatus = 'active' | 'closed';
export type ReportStatus = 'open' | 'in_progress' | 'resolved' | 'dismissed';

export const STATION_STATUS_LABELS: Record<StationStatus, string> = {
  active: '运行中',
  closed: '已关闭',
};

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  open: '待处理',
  in_progress: '处理中',
  resolved: '已解决',
  dismissed: '不予处理',
};

/** A station runs until its union closes it; a closed station may be reopened. */
export const stationLifecycle = transitionTable<StationStatus, 'edit' | 'close' | 'reopen' | 'inspect'>({
  what: '服务站点',
  labels: STATION_STATUS_LABELS,
  actions: {
    edit: { from: ['active', 'closed'], to: 'active' },
    close: { from: ['active'], to: 'closed' },
    reopen: { from: ['closed'], to: 'active' },
    inspect: { from: ['active'], to: 'active' },
  },
});

/** A member's report: staff take it up, then resolve it or dismiss it with a reason. */
export const reportLifecycle = transitionTable<ReportStatus, 'take' | 'resolve' | 'dismiss'>({
  what: '站点问题反馈',
  labels: REPORT_STATUS_LABELS,
  actions: {
    take: { from: ['open'], to: 'in_progress' },
    resolve: { from: ['open', 'in_progress'], to: 'resolved' },
    dismiss: { from: ['open', 'in_progress'], to: 'dismissed' },
  },
});
