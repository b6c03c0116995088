import { builder } from '../builder.ts';
import { viewerCanType } from '../common/transitions.ts';
import { isStationStaff } from './access.ts';
import { REPORT_STATUS_LABELS, reportLifecycle, type ReportStatus } from './lifecycle.ts';
import { StationAmenity } from './types.ts';

export const StationReportKind = builder.enumType('StationReportKind', {
  values: {
    CLOSED_WHEN_OPEN: { value: 'closed_when_open', description: '开放时间内未开门' },
    AMENITY_MISSING: { value: 'amenity_missing', description: '设施缺失或损坏' },
    OTHER: { value: 'other', description: '其他问题' },
  } as const,
});

export const StationReportStatus = builder.enumType('StationReportStatus', {
  values: Object.fromEntries(
    Object.entries(REPORT_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in ReportStatus as Uppercase<K>]: { value: K; description: string } },
});

export const StationReportViewerCanRef = viewerCanType('StationReportViewerCan', {
  take: '可受理（开始处理）。',
  resolve: '可办结（须说明处理结果）。',
  dismiss: '可不予处理（须说明理由）。',
});

export const StationReportRef = builder.drizzleNode('stationReports', {
  name: 'StationReport',
  description: '会员在站点反馈的问题：站点所属工会的待办。反馈人本人与站点所属工会及上级工会的工作人员可见。',
  id: { column: (r) => r.id },
  authScopes: (r) => ({ ownMember: r.memberId, unionStaffOver: r.unionId }),
  fields: (t) => ({
    station: t.relation('station'),
    kind: t.expose('kind', { type: StationReportKind }),
    amenity: t.expose('amenity', { type: StationAmenity, nullable: true }),
    note: t.exposeString('note'),
    status: t.expose('status', { type: StationReportStatus }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (r) => REPORT_STATUS_LABELS[r.status] }),
    resolution: t.exposeString('resolution', { nullable: true }),
    reporterName: t.string({
      select: { with: { member: { columns: { realName: true } } } },
      resolve: (r) => r.member.realName,
    }),
    handledAt: t.expose('handledAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    viewerCan: t.field({
      type: StationReportViewerCanRef,
      select: { columns: { status: true, unionPath: true } },
      resolve: (r, _args, ctx) => {
        const staff = isStationStaff(ctx.viewer, r.unionPath);
        return reportLifecycle.viewerCan(r.status, { take: staff, resolve: staff, dismiss: staff });
      },
    }),
  }),
});
