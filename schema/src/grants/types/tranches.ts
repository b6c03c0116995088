import { builder } from '../../builder.ts';
import { fen, MoneyRef } from '../../common/money.ts';
import { REPORT_STATUS_LABELS, TRANCHE_STATUS_LABELS } from '../lifecycle.ts';
import {
  grantReportViewerCan,
  GrantReportViewerCanRef,
  grantTrancheViewerCan,
  GrantTrancheViewerCanRef,
} from '../viewer-can.ts';
import { GrantReportStatus, GrantTrancheStatus, PaymentMethod } from './enums.ts';

export const GrantTrancheRef = builder.drizzleNode('grantTranches', {
  name: 'GrantTranche',
  description: '分期拨款：申请 → 工会审批 → 财务复核（须为另一人）→ 拨付。',
  id: { column: (x) => x.id },
  select: {
    columns: { id: true },
    with: { application: { columns: { id: true, applicantUserId: true, callId: true, status: true } } },
  },
  authScopes: (tranche) => ({ grantApplicationParty: tranche.application }),
  fields: (t) => ({
    position: t.exposeInt('position', { description: '第几笔（从 0 开始）。' }),
    label: t.exposeString('label'),
    amount: t.field({ type: MoneyRef, select: { columns: { amountFen: true } }, resolve: (x) => fen(x.amountFen) }),
    status: t.expose('status', { type: GrantTrancheStatus }),
    viewerCan: t.field({
      type: GrantTrancheViewerCanRef,
      select: {
        columns: { status: true, position: true, staffApprovedByUserId: true },
        with: {
          application: {
            columns: { applicantUserId: true, callId: true },
            with: { tranches: { columns: { position: true, status: true } } },
          },
        },
      },
      resolve: (tranche, _args, ctx) => grantTrancheViewerCan(tranche, ctx),
    }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (x) => TRANCHE_STATUS_LABELS[x.status] ?? x.status }),
    requestedAt: t.expose('requestedAt', { type: 'DateTime', nullable: true }),
    staffApprovedAt: t.expose('staffApprovedAt', { type: 'DateTime', nullable: true }),
    financeApprovedAt: t.expose('financeApprovedAt', { type: 'DateTime', nullable: true }),
    paymentMethod: t.expose('paymentMethod', { type: PaymentMethod, nullable: true }),
    paymentReference: t.exposeString('paymentReference', { nullable: true }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true }),
    failureReason: t.exposeString('failureReason', { nullable: true }),
    payoutAttempts: t.exposeInt('payoutAttempts', { description: '失败的 Stripe 拨付次数。' }),
    payoutConfirmedAt: t.expose('payoutConfirmedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Stripe 通过 webhook 确认转账的时间。',
    }),
    report: t.relation('report', { nullable: true, description: '申请这一笔之前须验收通过的报告。' }),
    application: t.relation('application'),
  }),
});

export const GrantReportRef = builder.drizzleNode('grantReports', {
  name: 'GrantReport',
  description: '受资助工作室的进展报告。',
  id: { column: (r) => r.id },
  select: {
    columns: { id: true },
    with: { application: { columns: { id: true, applicantUserId: true, callId: true, status: true } } },
  },
  authScopes: (report) => ({ grantApplicationParty: report.application }),
  fields: (t) => ({
    title: t.exposeString('title'),
    dueOn: t.expose('dueOn', { type: 'Date', description: '截止日期（北京时间）。' }),
    status: t.expose('status', { type: GrantReportStatus }),
    viewerCan: t.field({
      type: GrantReportViewerCanRef,
      select: { columns: { status: true }, with: { application: { columns: { applicantUserId: true, callId: true } } } },
      resolve: (report, _args, ctx) => grantReportViewerCan(report, ctx),
    }),
    statusLabel: t.string({ select: { columns: { status: true } }, resolve: (r) => REPORT_STATUS_LABELS[r.status] ?? r.status }),
    content: t.exposeString('content', { nullable: true }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    reviewNote: t.exposeString('reviewNote', { nullable: true, description: '验收意见或修改要求。' }),
    reviewedAt: t.expose('reviewedAt', { type: 'DateTime', nullable: true }),
    application: t.relation('application'),
  }),
});

