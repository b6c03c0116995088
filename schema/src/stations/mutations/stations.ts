import { z } from 'zod';
import { builder } from '../../builder.ts';
import { UnionRef } from '../../accounts/types.ts';
import { InputValidationError } from '../../common/errors.ts';
import { geoPoint, GeoPointInput } from '../../common/geo.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText, personName, phone, reason, text } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { createStation, removeHoursException, setHoursException, setStationStatus, updateStation, type StationFields } from '../stations.service.ts';
import { StationAmenity, StationKind, StationRef } from '../types.ts';

const weekday = z.number().int().min(1, { message: '星期应为 1（周一）到 7（周日）' }).max(7, { message: '星期应为 1（周一）到 7（周日）' });
const clock = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, { message: '时间格式应为 HH:MM' });
/** A service line: a mobile number, or a landline with its area code (0379-6xxxxxxx). */
const contactPhone = z.string().trim().regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|12351)$/, { message: '请填写手机号或带区号的固定电话' });

const StationHoursInput = builder.inputType('StationHoursInput', {
  description: '一个开放时段（北京时间）。一天可有多个时段（如午休分开）；24:00 表示至午夜。',
  fields: (t) => ({
    weekday: t.int({ required: true, validate: weekday, description: '1 为周一，7 为周日。' }),
    opens: t.string({ required: true, validate: clock }),
    closes: t.string({ required: true, validate: clock }),
  }),
});

const StationDutyLawyerInput = builder.inputType('StationDutyLawyerInput', {
  fields: (t) => ({
    weekday: t.int({ required: true, validate: weekday }),
    name: t.string({ required: true, validate: personName }),
    phone: t.string({ required: true, validate: contactPhone }),
  }),
});

const fields = (t: any) => ({
  kind: t.field({ type: StationKind, required: true }),
  name: t.string({ required: true, validate: text(2, 60, '站点名称') }),
  address: t.string({ required: true, validate: text(4, 200, '地址') }),
  location: t.field({ type: GeoPointInput, required: true, validate: geoPoint }),
  amenities: t.field({ type: [StationAmenity], required: true, validate: z.array(z.string()).max(10) }),
  stepFree: t.boolean({ required: false }),
  accessibleToilet: t.boolean({ required: false }),
  accessibilityNote: t.string({ required: false, validate: optionalText(200) }),
  contactPhone: t.string({ required: true, validate: contactPhone }),
  hours: t.field({ type: [StationHoursInput], required: true, validate: z.array(z.unknown()).max(21, { message: '每周最多 21 个时段' }) }),
  dutyLawyers: t.field({ type: [StationDutyLawyerInput], required: false, validate: z.array(z.unknown()).max(14) }),
});

const CreateStationInput = builder.inputType('CreateStationInput', {
  fields: (t) => ({ union: t.globalID({ required: true, for: [UnionRef], description: '运营站点的工会。' }), ...fields(t) }),
});

const UpdateStationInput = builder.inputType('UpdateStationInput', {
  fields: (t) => ({ station: t.globalID({ required: true, for: [StationRef] }), ...fields(t) }),
});

const CloseStationInput = builder.inputType('CloseStationInput', {
  fields: (t) => ({ station: t.globalID({ required: true, for: [StationRef] }), reason: t.string({ required: true, validate: reason }) }),
});

const StationActionInput = builder.inputType('StationActionInput', {
  fields: (t) => ({ station: t.globalID({ required: true, for: [StationRef] }) }),
});

const SetStationHoursExceptionInput = builder.inputType('SetStationHoursExceptionInput', {
  description: '某一天闭站（closed: true），或当天的特殊开放时间（closed: false，给出 opens、closes）。',
  fields: (t) => ({
    station: t.globalID({ required: true, for: [StationRef] }),
    on: t.field({ type: 'Date', required: true }),
    closed: t.boolean({ required: true }),
    opens: t.string({ required: false, validate: clock }),
    closes: t.string({ required: false, validate: clock }),
    note: t.string({ required: false, validate: optionalText(200) }),
  }),
});

const RemoveStationHoursExceptionInput = builder.inputType('RemoveStationHoursExceptionInput', {
  fields: (t) => ({ station: t.globalID({ required: true, for: [StationRef] }), on: t.field({ type: 'Date', required: true }) }),
});

type FieldInput = {
  kind: StationFields['kind'];
  name: string;
  address: string;
  location: { latitude: number; longitude: number };
  amenities: StationFields['amenities'];
  stepFree?: boolean | null;
  accessibleToilet?: boolean | null;
  accessibilityNote?: string | null;
  contactPhone: string;
  hours: StationFields['hours'];
  dutyLawyers?: StationFields['dutyLawyers'] | null;
};

const stationFields = (input: FieldInput): StationFields => ({
  kind: input.kind,
  name: input.name,
  address: input.address,
  location: input.location,
  amenities: input.amenities,
  stepFree: input.stepFree ?? false,
  accessibleToilet: input.accessibleToilet ?? false,
  accessibilityNote: input.accessibilityNote ?? '',
  contactPhone: input.contactPhone,
  hours: input.hours,
  dutyLawyers: input.dutyLawyers ?? [],
});

const STEP = [InputValidationError, NotFound, InvalidTransition];

builder.mutationFields((t) => ({
  createStation: t.drizzleField({
    type: 'stations',
    description: '新建服务站点（该工会及上级工会的工作人员）。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: CreateStationInput, required: true }) },
    errors: { types: [InputValidationError, NotFound], dataField: { name: 'station' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await createStation(ctx.db, requireViewer(ctx), input.union.id, stationFields(input as FieldInput));
      return found(ctx.db.query.stations.findFirst(query({ where: { id } })), '服务站点');
    },
  }),
  updateStation: t.drizzleField({
    type: 'stations',
    description: '修改站点信息、设施与每周开放时间（整体替换）。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: UpdateStationInput, required: true }) },
    errors: { types: [InputValidationError, NotFound], dataField: { name: 'station' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await updateStation(ctx.db, requireViewer(ctx), input.station.id, stationFields(input as FieldInput));
      return found(ctx.db.query.stations.findFirst(query({ where: { id } })), '服务站点');
    },
  }),
  closeStation: t.drizzleField({
    type: 'stations',
    description: '关闭站点（须说明理由）；关闭后不再出现在附近站点中。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: CloseStationInput, required: true }) },
    errors: { types: STEP, dataField: { name: 'station' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await setStationStatus(ctx.db, requireViewer(ctx), input.station.id, 'close', input.reason);
      return found(ctx.db.query.stations.findFirst(query({ where: { id } })), '服务站点');
    },
  }),
  reopenStation: t.drizzleField({
    type: 'stations',
    description: '重新开放已关闭的站点。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: StationActionInput, required: true }) },
    errors: { types: STEP, dataField: { name: 'station' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await setStationStatus(ctx.db, requireViewer(ctx), input.station.id, 'reopen', null);
      return found(ctx.db.query.stations.findFirst(query({ where: { id } })), '服务站点');
    },
  }),
  setStationHoursException: t.drizzleField({
    type: 'stations',
    description: '设置某一天的特殊安排（闭站或特殊开放时间），同一天已有的安排被替换。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: SetStationHoursExceptionInput, required: true }) },
    errors: { types: [InputValidationError, NotFound], dataField: { name: 'station' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await setHoursException(ctx.db, requireViewer(ctx), input.station.id, input);
      return found(ctx.db.query.stations.findFirst(query({ where: { id } })), '服务站点');
    },
  }),
  removeStationHoursException: t.drizzleField({
    type: 'stations',
    description: '取消某一天的特殊安排。',
    nullable: true,
    authScopes: { unionStaff: true },
    args: { input: t.arg({ type: RemoveStationHoursExceptionInput, required: true }) },
    errors: { types: [InputValidationError, NotFound], dataField: { name: 'station' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await removeHoursException(ctx.db, requireViewer(ctx), input.station.id, input.on);
      return found(ctx.db.query.stations.findFirst(query({ where: { id } })), '服务站点');
    },
  }),
}));
