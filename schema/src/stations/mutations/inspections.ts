import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText, reason } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { attachErrors } from '../../files/errors.ts';
import { StoredFileRef } from '../../files/types.ts';
import { StationReportExists } from '../errors.ts';
import { inspectStation } from '../inspections.service.ts';
import { StationReportKind, StationReportRef } from '../report-types.ts';
import { handleReport, reportProblem } from '../reports.service.ts';
import { StationAmenity, StationRef } from '../types.ts';

const InspectStationInput = builder.inputType('InspectStationInput', {
  fields: (t) => ({
    station: t.globalID({ required: true, for: [StationRef] }),
    inspectedOn: t.field({ type: 'Date', required: false, description: '默认今天（北京时间）。' }),
    present: t.field({
      type: [StationAmenity],
      required: true,
      validate: z.array(z.string()).max(10),
      description: '“八有”检查表中现场具备的项目；未列出的即为缺失，有缺失则不合格。',
    }),
    photos: t.globalIDList({
      required: true,
      for: [StoredFileRef],
      validate: z.array(z.unknown()).min(1, { message: '请至少上传一张现场照片' }).max(9, { message: '最多 9 张照片' }),
      description: '现场照片（POST /files?purpose=station_inspection_photo 上传后的 ID）。',
    }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const ReportStationProblemInput = builder.inputType('ReportStationProblemInput', {
  fields: (t) => ({
    station: t.globalID({ required: true, for: [StationRef] }),
    kind: t.field({ type: StationReportKind, required: true }),
    amenity: t.field({ type: StationAmenity, required: false, description: '设施缺失时，缺的是哪一项。' }),
    note: t.string({ required: false, validate: optionalText(500) }),
  }),
});

const StationReportActionInput = builder.inputType('StationReportActionInput', {
  fields: (t) => ({ report: t.globalID({ required: true, for: [StationReportRef] }) }),
});

const StationReportResolutionInput = builder.inputType('StationReportResolutionInput', {
  fields: (t) => ({
    report: t.globalID({ required: true, for: [StationReportRef] }),
    resolution: t.string({ required: true, validate: reason, description: '处理结果或不予处理的理由。' }),
  }),
});

builder.mutationFields((t) => ({
  inspectStation: t.drizzleField({
    type: 'stationInspections',
    description: '按“八有”标准检查站点并附现场照片；有缺项即不合格，站点在列表与详情中标出。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: InspectStationInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFound, InvalidTransition, ...attachErrors],
      dataField: { name: 'inspection' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await inspectStation(ctx.db, requireViewer(ctx), input.station.id, {
        inspectedOn: input.inspectedOn ?? null,
        present: input.present,
        note: input.note ?? null,
        photoIds: input.photos.map((p) => p.id),
      });
      return found(ctx.db.query.stationInspections.findFirst(query({ where: { id } })), '检查记录');
    },
  }),
  reportStationProblem: t.drizzleField({
    type: 'stationReports',
    description: '会员反馈站点的问题（开放时间未开门、设施缺失等），交站点所属工会处理。',
    nullable: true,
    authScopes: { member: true },
    args: { input: t.arg({ type: ReportStationProblemInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, StationReportExists], dataField: { name: 'report' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await reportProblem(ctx.db, requireViewer(ctx), input.station.id, {
        kind: input.kind,
        amenity: input.amenity ?? null,
        note: input.note ?? null,
      });
      return found(ctx.db.query.stationReports.findFirst(query({ where: { id } })), '站点问题反馈');
    },
  }),
  takeStationReport: t.drizzleField({
    type: 'stationReports',
    description: '受理站点问题反馈。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: StationReportActionInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'report' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await handleReport(ctx.db, requireViewer(ctx), input.report.id, 'take', null);
      return found(ctx.db.query.stationReports.findFirst(query({ where: { id } })), '站点问题反馈');
    },
  }),
  resolveStationReport: t.drizzleField({
    type: 'stationReports',
    description: '办结站点问题反馈（说明处理结果）。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: StationReportResolutionInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'report' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await handleReport(ctx.db, requireViewer(ctx), input.report.id, 'resolve', input.resolution);
      return found(ctx.db.query.stationReports.findFirst(query({ where: { id } })), '站点问题反馈');
    },
  }),
  dismissStationReport: t.drizzleField({
    type: 'stationReports',
    description: '不予处理站点问题反馈（说明理由）。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: StationReportResolutionInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'report' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await handleReport(ctx.db, requireViewer(ctx), input.report.id, 'dismiss', input.resolution);
      return found(ctx.db.query.stationReports.findFirst(query({ where: { id } })), '站点问题反馈');
    },
  }),
}));
