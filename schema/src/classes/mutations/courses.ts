import { z } from 'zod';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { UnionRef } from '../../accounts/types.ts';
import { InputValidationError } from '../../common/errors.ts';
import { MoneyInput } from '../../common/money.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText, personName, phone, shortText, text } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { processClassDeadlines } from '../course-lock.ts';
import { assignStaff, callRoll, claimSubsidy, closeIncident, createCourse, finishCourse, recordIncident, startCourse } from '../courses.service.ts';
import {
  ClassAttendanceTooLow,
  ClassIncidentOpen,
  ClassInsuranceMissing,
  ClassNotTeacher,
  ClassSubsidyAlreadyClaimed,
  ClassSubsidyNotAvailable,
  ClassUnderstaffed,
} from '../errors.ts';
import { ClassCourseRef, ClassEnrolmentRef, ClassIncidentRef, ClassKind, ClassSessionRef, ClassStaffRole } from '../types.ts';

const money = z.object({ amount: z.number().int().min(0).max(100_000_000), currency: z.string() });

const SessionInput = builder.inputType('ClassSessionInput', {
  description: '一次课的时间与内容。',
  fields: (t) => ({
    startsAt: t.field({ type: 'DateTime', required: true, description: '上课时间。' }),
    endsAt: t.field({ type: 'DateTime', required: true, description: '下课时间（须晚于上课时间）。' }),
    topic: t.string({ required: false, validate: optionalText(100), description: '本次课的内容（最多 100 字）。' }),
  }),
});

const CreateInput = builder.inputType('CreateClassCourseInput', {
  description: '开设一个班（工会工作人员）。',
  fields: (t) => ({
    union: t.globalID({ required: true, for: [UnionRef], description: '开班的工会（须在本人的工作辖区内）；报名限其本级及下级工会的会员。' }),
    kind: t.field({ type: ClassKind, required: true, description: '类别：培训班面向会员本人，暑托班面向会员子女。' }),
    title: t.string({ required: true, validate: text(2, 60, '班名'), description: '班名（2–60 字）。' }),
    description: t.string({ required: false, validate: optionalText(1000), description: '介绍（最多 1000 字）。' }),
    venue: t.string({ required: true, validate: shortText(100, '上课地点'), description: '上课地点（最多 100 字）。' }),
    startsOn: t.field({ type: 'Date', required: true, description: '开班日期（北京时间）。' }),
    endsOn: t.field({ type: 'Date', required: true, description: '结业日期（北京时间，含，不早于开班日期）。' }),
    capacity: t.int({ required: true, validate: z.number().int().min(1).max(10_000), description: '招生名额（1–10000），如 50。' }),
    minAge: t.int({ required: false, validate: z.number().int().min(3).max(18), description: '暑托班：孩子的最小年龄（按开班日计，3–18）。' }),
    maxAge: t.int({ required: false, validate: z.number().int().min(3).max(18), description: '暑托班：孩子的最大年龄（3–18）。' }),
    enrolmentOpensAt: t.field({ type: 'DateTime', required: true, description: '报名开放的时刻。' }),
    enrolmentClosesAt: t.field({ type: 'DateTime', required: true, description: '报名截止的时刻（晚于开放时刻）。' }),
    priorityUntil: t.field({ type: 'DateTime', required: false, description: '暑托班：优先报名时段的结束时刻（在报名时段之内）。' }),
    fee: t.field({ type: MoneyInput, required: false, validate: money, description: '子女学员的费用（分，0–1000000 元）；会员本人与困难职工家庭免费。默认 0。' }),
    offerHoldHours: t.int({ required: false, validate: z.number().int().min(1).max(720), description: '递补名额的确认时限（小时，1–720），默认 24。' }),
    minTeachers: t.int({ required: false, validate: z.number().int().min(0).max(20), description: '开班所需的最少辅导老师人数；暑托班默认 1。' }),
    minVolunteers: t.int({ required: false, validate: z.number().int().min(0).max(20), description: '开班所需的最少志愿者人数；暑托班默认 1。' }),
    insurancePolicy: t.string({ required: false, validate: optionalText(60), description: '意外伤害保险保单号（暑托班开班前须有）。' }),
    subsidy: t.field({ type: MoneyInput, required: false, validate: money, description: '暑托班可申请的专项补助（分）。' }),
    sessions: t.field({
      type: [SessionInput],
      required: true,
      validate: z.array(z.any()).max(200, { message: '最多 200 次课' }),
      description: '课次（最多 200 次）。',
    }),
  }),
});

const CourseActionInput = builder.inputType('ClassCourseActionInput', {
  description: '对一个班的操作。',
  fields: (t) => ({ course: t.globalID({ required: true, for: [ClassCourseRef], description: '班级的 ID。' }) }),
});

const StartInput = builder.inputType('StartClassInput', {
  description: '开班。',
  fields: (t) => ({
    course: t.globalID({ required: true, for: [ClassCourseRef], description: '班级的 ID。' }),
    insurancePolicy: t.string({ required: false, validate: text(4, 60, '保单号'), description: '意外伤害保险保单号（暑托班须有；创建时已登记可不填）。' }),
  }),
});

const AssignInput = builder.inputType('AssignClassStaffInput', {
  description: '登记一名辅导老师或志愿者。',
  fields: (t) => ({
    course: t.globalID({ required: true, for: [ClassCourseRef], description: '班级的 ID。' }),
    role: t.field({ type: ClassStaffRole, required: true, description: '角色。' }),
    name: t.string({ required: true, validate: personName, description: '姓名。' }),
    phone: t.string({ required: true, validate: phone, description: '手机号；同一班内不重复。有此手机号账号的辅导老师可用手机点名。' }),
  }),
});

const MarkInput = builder.inputType('ClassRollMarkInput', {
  description: '一名学员本次课的出勤。',
  fields: (t) => ({
    enrolment: t.globalID({ required: true, for: [ClassEnrolmentRef], description: '已录取学员的报名 ID。' }),
    present: t.boolean({ required: true, description: '是否出勤。' }),
    pickedUpBy: t.string({ required: false, validate: personName, description: '接走孩子的监护人姓名（须为报名时登记的监护人）。' }),
  }),
});

const RollInput = builder.inputType('CallClassRollInput', {
  description: '一次课的点名（辅导老师在手机上操作），重复提交会更正此前的记录。',
  fields: (t) => ({
    session: t.globalID({ required: true, for: [ClassSessionRef], description: '课次的 ID。' }),
    marks: t.field({ type: [MarkInput], required: true, validate: z.array(z.any()).min(1).max(500), description: '各学员的出勤（1–500 行）。' }),
  }),
});

const IncidentInput = builder.inputType('RecordClassIncidentInput', {
  description: '登记一起安全事件。',
  fields: (t) => ({
    course: t.globalID({ required: true, for: [ClassCourseRef], description: '班级的 ID。' }),
    description: t.string({ required: true, validate: text(4, 1000, '事件经过'), description: '事件经过（4–1000 字）。' }),
    occurredAt: t.field({ type: 'DateTime', required: true, description: '发生时间（不晚于现在）。' }),
  }),
});

const CloseIncidentInput = builder.inputType('CloseClassIncidentInput', {
  description: '处理完毕一起安全事件。',
  fields: (t) => ({
    incident: t.globalID({ required: true, for: [ClassIncidentRef], description: '事件的 ID。' }),
    resolution: t.string({ required: true, validate: text(2, 1000, '处理结果'), description: '处理结果（2–1000 字）。' }),
  }),
});

const reloadCourse = (query: any, ctx: Context, id: string) => found(ctx.db.query.classCourses.findFirst(query({ where: { id } })), '班级');

/** Descriptions of the generated result types: the success object and the union with the typed errors. */
const OUTCOME = {
  result: { description: '操作成功：含操作后的对象。' },
  union: { description: '操作的结果：成功（…Success），或一种预期内的失败（实现 Error 接口的类型，code 稳定）。' },
} as unknown as Record<string, never>;

builder.mutationFields((t) => {
  const courseStep = (description: string, input: any, run: (ctx: Context, input: any) => Promise<string>, extra: readonly any[] = []) =>
    t.drizzleField({
      type: 'classCourses',
      description,
      nullable: true,
      authScopes: { authenticated: true },
      args: { input: t.arg({ type: input, required: true, description: '操作的输入。' }) },
      errors: { ...OUTCOME, types: [InputValidationError, NotFound, InvalidTransition, ...extra], dataField: { name: 'course', description: '操作后的班级。' } as never },
      resolve: async (query, _root, args, ctx) => reloadCourse(query, ctx, await run(ctx, args.input)),
    });
  return {
    createClassCourse: courseStep('开设一个班，含课次（开班工会及上级工会的工作人员）。错误：InputValidationError、NotFound（工会不在辖区内）。', CreateInput, (ctx, i) =>
      createCourse(ctx.db, requireViewer(ctx), {
        unionId: i.union.id,
        kind: i.kind,
        title: i.title,
        description: i.description,
        venue: i.venue,
        startsOn: i.startsOn,
        endsOn: i.endsOn,
        capacity: i.capacity,
        minAge: i.minAge,
        maxAge: i.maxAge,
        enrolmentOpensAt: i.enrolmentOpensAt,
        enrolmentClosesAt: i.enrolmentClosesAt,
        priorityUntil: i.priorityUntil,
        feeFen: i.fee?.amount ?? 0,
        offerHoldHours: i.offerHoldHours,
        minTeachers: i.minTeachers,
        minVolunteers: i.minVolunteers,
        insurancePolicy: i.insurancePolicy,
        subsidyFen: i.subsidy?.amount ?? 0,
        sessions: i.sessions,
      }),
    ),
    assignClassStaff: courseStep('登记本班的辅导老师或志愿者（开班工会工作人员）。错误：InputValidationError（手机号已登记 ALREADY_ASSIGNED）、NotFound、InvalidTransition（已结业）。', AssignInput, (ctx, i) =>
      assignStaff(ctx.db, requireViewer(ctx), { courseId: i.course.id, role: i.role, name: i.name, phone: i.phone }),
    ),
    startClass: courseStep(
      '开班：须配齐最少的辅导老师与志愿者，暑托班须有意外伤害保险。错误：ClassUnderstaffed、ClassInsuranceMissing、InvalidTransition、NotFound。',
      StartInput,
      (ctx, i) => startCourse(ctx.db, requireViewer(ctx), i.course.id, i.insurancePolicy ?? null),
      [ClassUnderstaffed, ClassInsuranceMissing],
    ),
    finishClass: courseStep('结业（开班工会工作人员）。错误：InvalidTransition、NotFound。', CourseActionInput, (ctx, i) => finishCourse(ctx.db, requireViewer(ctx), i.course.id)),
    claimClassSubsidy: courseStep(
      '申请暑托班的专项补助：出勤率须达 70% 以上，且没有未处理完毕的安全事件；每班一次。错误：ClassAttendanceTooLow、ClassIncidentOpen、ClassSubsidyNotAvailable、ClassSubsidyAlreadyClaimed、InvalidTransition、NotFound。',
      CourseActionInput,
      async (ctx, i) => {
        await claimSubsidy(ctx.db, requireViewer(ctx), i.course.id);
        return i.course.id;
      },
      [ClassAttendanceTooLow, ClassIncidentOpen, ClassSubsidyNotAvailable, ClassSubsidyAlreadyClaimed],
    ),
    recordClassIncident: t.drizzleField({
      type: 'classIncidents',
      description: '登记一起安全事件（开班工会工作人员或本班辅导老师）；未处理完毕前不能申请补助。错误：InputValidationError、NotFound。',
      nullable: true,
      authScopes: { authenticated: true },
      args: { input: t.arg({ type: IncidentInput, required: true, description: '事件。' }) },
      errors: { ...OUTCOME, types: [InputValidationError, NotFound], dataField: { name: 'incident', description: '登记的事件。' } as never },
      resolve: async (query, _root, { input }, ctx) => {
        const id = await recordIncident(ctx.db, requireViewer(ctx), { courseId: input.course.id, description: input.description, occurredAt: input.occurredAt });
        return found(ctx.db.query.classIncidents.findFirst(query({ where: { id } })), '安全事件');
      },
    }),
    closeClassIncident: t.drizzleField({
      type: 'classIncidents',
      description: '处理完毕一起安全事件（开班工会工作人员）。错误：InputValidationError、NotFound、InvalidTransition（已处理完毕）。',
      nullable: true,
      authScopes: { authenticated: true },
      args: { input: t.arg({ type: CloseIncidentInput, required: true, description: '处理结果。' }) },
      errors: { ...OUTCOME, types: [InputValidationError, NotFound, InvalidTransition], dataField: { name: 'incident', description: '处理后的事件。' } as never },
      resolve: async (query, _root, { input }, ctx) => {
        const id = await closeIncident(ctx.db, requireViewer(ctx), { incidentId: input.incident.id, resolution: input.resolution });
        return found(ctx.db.query.classIncidents.findFirst(query({ where: { id } })), '安全事件');
      },
    }),
    callClassRoll: t.drizzleField({
      type: 'classSessions',
      description: '点名（本班辅导老师或开班工会工作人员，开班后）：逐一登记出勤，孩子登记接走的监护人。错误：InputValidationError（NOT_IN_CLASS、NOT_A_GUARDIAN、ABSENT）、NotFound、InvalidTransition（未开班）。',
      nullable: true,
      authScopes: { authenticated: true },
      args: { input: t.arg({ type: RollInput, required: true, description: '点名记录。' }) },
      errors: { ...OUTCOME, types: [InputValidationError, NotFound, InvalidTransition, ClassNotTeacher], dataField: { name: 'session', description: '点名后的课次。' } as never },
      resolve: async (query, _root, { input }, ctx) => {
        const id = await callRoll(
          ctx.db,
          requireViewer(ctx),
          input.session.id,
          input.marks.map((m) => ({ enrolmentId: m.enrolment.id, present: m.present, pickedUpBy: m.pickedUpBy ?? null })),
        );
        return found(ctx.db.query.classSessions.findFirst(query({ where: { id } })), '课次');
      },
    }),
  };
});

builder.mutationField('processClassDeadlines', (t) =>
  t.int({
    description: '处理所有已到期的递补确认与优先报名时段（供定时任务调用；读写时也会按需处理）。返回处理的班数。',
    nullable: true,
    authScopes: { unionStaff: true },
    errors: { ...OUTCOME, types: [], dataField: { name: 'processedCourses', description: '处理的班数。' } as never },
    resolve: (_root, _args, ctx) => processClassDeadlines(ctx.db),
  }),
);
