import { builder } from '../../builder.ts';
import { found } from '../../common/reload.ts';
import { reason } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { reviewGrantReport, submitGrantReport } from '../reports.service.ts';
import { GrantReportRef } from '../types/tranches.ts';
import { reportRole, stateErrors, text } from './shared.ts';

const SubmitGrantReportInput = builder.inputType('SubmitGrantReportInput', {
  fields: (t) => ({
    report: t.globalID({ required: true, for: [GrantReportRef] }),
    content: t.string({ required: true, validate: text(20, 10_000, '报告内容') }),
  }),
});

const ReviewGrantReportInput = builder.inputType('ReviewGrantReportInput', {
  fields: (t) => ({
    report: t.globalID({ required: true, for: [GrantReportRef] }),
    accept: t.boolean({ required: true, description: 'true 验收通过；false 要求修改（须写明 note）。' }),
    note: t.string({ required: false, validate: reason }),
  }),
});

builder.mutationFields((t) => ({
  submitGrantReport: t.drizzleField({
    type: 'grantReports',
    description: '受资助人提交报告（或按要求修改后重新提交）。',
    nullable: true,
    args: { input: t.arg({ type: SubmitGrantReportInput, required: true }) },
    authScopes: (_root, { input }, ctx) => reportRole(ctx, input.report.id, 'applicant'),
    errors: { types: [...stateErrors], dataField: { name: 'report' } },
    resolve: async (query, _root, { input }, ctx) => {
      await submitGrantReport(ctx.db, requireViewer(ctx).userId, input.report.id, input.content);
      return found(ctx.db.query.grantReports.findFirst(query({ where: { id: input.report.id } })), '报告');
    },
  }),
  reviewGrantReport: t.drizzleField({
    type: 'grantReports',
    description: '工会工作人员验收报告，或要求修改。',
    nullable: true,
    args: { input: t.arg({ type: ReviewGrantReportInput, required: true }) },
    authScopes: (_root, { input }, ctx) => reportRole(ctx, input.report.id, 'staff'),
    errors: { types: [...stateErrors], dataField: { name: 'report' } },
    resolve: async (query, _root, { input }, ctx) => {
      await reviewGrantReport(ctx.db, requireViewer(ctx).userId, input.report.id, { accept: input.accept, note: input.note ?? null });
      return found(ctx.db.query.grantReports.findFirst(query({ where: { id: input.report.id } })), '报告');
    },
  }),
}));
