import { executeRows } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { fen, MoneyRef } from '../common/money.ts';
import { viewerCanType } from '../common/transitions.ts';
import { isCourseStaff, isCourseTeacher } from './access.ts';
import { attendanceBasisPoints } from './courses.service.ts';
import './errors.ts';
import { COURSE_STATUS_LABELS, courseLifecycle, ENROLMENT_STATUS_LABELS, enrolmentLifecycle, type CourseStatus, type EnrolmentStatus } from './lifecycle.ts';

const SEATS = `('confirmed', 'offered')`;

export const ClassKind = builder.enumType('ClassKind', {
  description: '班级类别。',
  values: {
    TRAINING: { value: 'training', description: '工人文化宫的免费培训班（摄影、书法等），面向会员本人。' },
    SUMMER: { value: 'summer', description: '职工子女暑托班，面向会员的小学阶段子女。' },
  } as const,
});

export const ClassAudience = builder.enumType('ClassAudience', {
  description: '学员是谁。',
  values: {
    MEMBERS: { value: 'members', description: '会员本人。' },
    CHILDREN: { value: 'children', description: '会员的子女（按年龄段招收）。' },
  } as const,
});

export const ClassPriorityGroup = builder.enumType('ClassPriorityGroup', {
  description: '暑托班的优先群体（报告 003）：优先报名时段内只有这些孩子可直接录取。',
  values: {
    MIGRANT_WORKER: { value: 'migrant_worker', description: '农民工子女。' },
    SINGLE_PARENT: { value: 'single_parent', description: '单亲家庭子女。' },
    LEFT_BEHIND: { value: 'left_behind', description: '留守儿童。' },
  } as const,
});

export const ClassStaffRole = builder.enumType('ClassStaffRole', {
  description: '班级师资的角色。',
  values: {
    TEACHER: { value: 'teacher', description: '辅导老师（有账号的可用手机点名）。' },
    VOLUNTEER: { value: 'volunteer', description: '志愿者。' },
  } as const,
});

export const ClassEnrolmentStatus = builder.enumType('ClassEnrolmentStatus', {
  description: '报名状态。',
  values: Object.fromEntries(
    Object.entries(ENROLMENT_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in EnrolmentStatus as Uppercase<K>]: { value: K; description: string } },
});

export const ClassCourseStatus = builder.enumType('ClassCourseStatus', {
  description: '班级状态。',
  values: Object.fromEntries(
    Object.entries(COURSE_STATUS_LABELS).map(([value, description]) => [value.toUpperCase(), { value, description }]),
  ) as { [K in CourseStatus as Uppercase<K>]: { value: K; description: string } },
});

export const ClassCourseViewerCanRef = viewerCanType('ClassCourseViewerCan', {
  enrol: '可报名（登录会员，报名尚未截止；是否已开放、是否符合条件，以报名结果为准）。',
  start: '可开班（开班工会工作人员；须满足师资与保险要求）。',
  finish: '可结业（开班工会工作人员）。',
  callRoll: '可点名（本班辅导老师或开班工会工作人员，开班后）。',
  claimSubsidy: '可申请补助（开班工会工作人员，暑托班开班后）。',
});

export const ClassEnrolmentViewerCanRef = viewerCanType('ClassEnrolmentViewerCan', {
  cancel: '可取消报名（放弃名额、候补位置或递补名额）。',
  acceptOffer: '可确认递补的名额（在 offerExpiresAt 之前）。',
  lapse: '递补名额可因超时失效（系统动作，界面不显示按钮）。',
  offer: '可被递补（系统动作，界面不显示按钮）。',
});

interface RollLine {
  enrolmentId: string;
  learnerName: string;
  guardians: string[];
  present: boolean | null;
  pickedUpBy: string | null;
}

const RollLineRef = builder.objectRef<RollLine>('ClassRollLine').implement({
  description: '点名单的一行：一名已录取的学员及其本次课的出勤。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    enrolmentId: t.globalID({ description: '报名的 ID（点名时提交）。', resolve: (l) => ({ type: 'ClassEnrolment', id: l.enrolmentId }) }),
    learnerName: t.exposeString('learnerName', { description: '学员姓名。' }),
    guardianNames: t.stringList({ description: '可接送的监护人姓名。', resolve: (l) => l.guardians.map((g) => g.split('|')[1] ?? '') }),
    present: t.exposeBoolean('present', { nullable: true, description: '是否出勤；尚未点名为 null。' }),
    pickedUpBy: t.exposeString('pickedUpBy', { nullable: true, description: '接走孩子的监护人。' }),
  }),
});

export const ClassSessionRef = builder.drizzleNode('classSessions', {
  name: 'ClassSession',
  description: '班级的一次课（课次），含上下课时间。公开可见；点名记录仅本班辅导老师与工作人员可见。',
  id: { column: (s) => s.id },
  authScopes: { public: true },
  fields: (t) => ({
    startsAt: t.expose('startsAt', { type: 'DateTime', description: '上课时间。' }),
    endsAt: t.expose('endsAt', { type: 'DateTime', description: '下课时间。' }),
    topic: t.exposeString('topic', { description: '本次课的内容。' }),
    rollCalledAt: t.expose('rollCalledAt', { type: 'DateTime', nullable: true, description: '首次点名的时间；未点名为 null。' }),
    course: t.relation('course', { description: '所属班级。' }),
    roll: t.field({
    type: [RollLineRef],
    nullable: true,
    description: '本次课的点名单（已录取的学员，按报名先后），本班辅导老师与开班工会工作人员可见；其他人为 null。',
    authScopes: { authenticated: true },
    select: { columns: { id: true, courseId: true }, with: { course: { columns: { unionPath: true } } } },
    resolve: async (s, _a, ctx) => {
      if (!isCourseStaff(ctx.viewer, s.course) && !(await isCourseTeacher(ctx.db, ctx.viewer, s.courseId))) return null;
      const rows = await executeRows<Record<string, unknown>>(ctx.db, sql`
        select e.id, coalesce(e.child_name, m.real_name) as name, e.guardians, a.present, a.picked_up_by
        from class_enrolments e join members m on m.id = e.member_id
        left join class_attendance a on a.enrolment_id = e.id and a.session_id = ${s.id}
        where e.course_id = ${s.courseId} and e.status = 'confirmed' order by e.arrival_seq`);
      return rows.map((r) => ({
        enrolmentId: String(r.id),
        learnerName: String(r.name),
        guardians: (r.guardians as string[] | null) ?? [],
        present: r.present == null ? null : Boolean(r.present),
        pickedUpBy: (r.picked_up_by as string | null) ?? null,
      }));
    },
    }),
  }),
});

export const ClassAttendanceRef = builder.drizzleObject('classAttendance', {
  name: 'ClassAttendance',
  description: '某学员在某次课的出勤与接送记录。本班辅导老师、工作人员与报名的会员可见。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    present: t.exposeBoolean('present', { description: '是否出勤。' }),
    pickedUpBy: t.exposeString('pickedUpBy', { nullable: true, description: '接走孩子的监护人姓名（须为报名时登记的监护人）。' }),
    pickedUpAt: t.expose('pickedUpAt', { type: 'DateTime', nullable: true, description: '接走的时间。' }),
    session: t.relation('session', { description: '课次。' }),
  }),
});

const GuardianRef = builder.objectRef<{ relation: string; name: string; phone: string }>('ClassGuardian').implement({
  description: '孩子的监护人（接送人）。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    relation: t.exposeString('relation', { description: '与孩子的关系，如 父亲、母亲、祖父。' }),
    name: t.exposeString('name', { description: '姓名。' }),
    phone: t.exposeString('phone', { description: '手机号。' }),
  }),
});

export const ClassEnrolmentRef = builder.drizzleNode('classEnrolments', {
  name: 'ClassEnrolment',
  description: '一份报名（会员本人或其子女）：录取、候补或递补。报名的会员、开班工会工作人员与本班辅导老师可见。',
  id: { column: (e) => e.id },
  authScopes: (e) => ({ ownMember: e.memberId, unionStaffOver: e.unionId, classTeacherOf: e.courseId }),
  fields: (t) => ({
    course: t.relation('course', { description: '所报的班级。' }),
    status: t.expose('status', { type: ClassEnrolmentStatus, description: '报名状态。' }),
    statusLabel: t.string({ description: '状态的中文说明。', select: { columns: { status: true } }, resolve: (e) => ENROLMENT_STATUS_LABELS[e.status] }),
    learnerName: t.string({
      description: '学员姓名：孩子的姓名，或会员本人的姓名。',
      select: { columns: { childName: true }, with: { member: { columns: { realName: true } } } },
      resolve: (e) => e.childName ?? e.member.realName,
    }),
    childName: t.exposeString('childName', { nullable: true, description: '孩子的姓名（暑托班）。' }),
    childBirthDate: t.expose('childBirthDate', { type: 'Date', nullable: true, description: '孩子的出生日期。' }),
    school: t.exposeString('school', { nullable: true, description: '孩子就读的小学。' }),
    guardians: t.field({
      type: [GuardianRef],
      description: '报名时登记的监护人（接送人）。',
      select: { columns: { guardians: true } },
      resolve: (e) => e.guardians.map((g) => {
        const [relation = '', name = '', phone = ''] = g.split('|');
        return { relation, name, phone };
      }),
    }),
    priorityGroup: t.expose('priorityGroup', { type: ClassPriorityGroup, nullable: true, description: '家长申报的优先群体；非优先为 null。' }),
    arrivalSeq: t.exposeInt('arrivalSeq', { description: '报名到达的先后序号（在班级锁内取得，越小越早）。' }),
    waitlistPosition: t.exposeInt('queueOrder', { nullable: true, description: '候补位置（1 为下一位）；不在候补中为 null。' }),
    offerExpiresAt: t.expose('offerExpiresAt', { type: 'DateTime', nullable: true, description: '递补名额须在此时刻前确认，逾期顺延给下一位。' }),
    confirmedAt: t.expose('confirmedAt', { type: 'DateTime', nullable: true, description: '录取时间。' }),
    fee: t.field({ type: MoneyRef, description: '应缴费用（分）：会员本人免费；困难职工家庭的子女免费。', select: { columns: { feeFen: true } }, resolve: (e) => fen(e.feeFen) }),
    hardshipWaiver: t.exposeBoolean('hardshipWaiver', { description: '因家庭在困难职工档案中（有效档案）而免费。' }),
    agreementAcceptedAt: t.expose('agreementAcceptedAt', { type: 'DateTime', nullable: true, description: '在线同意三方协议的时间（暑托班）。' }),
    agreementVersion: t.exposeString('agreementVersion', { nullable: true, description: '所同意的三方协议版本。' }),
    attendance: t.relation('attendance', { description: '各课次的出勤与接送记录。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '报名时间。' }),
    viewerCan: t.field({
      type: ClassEnrolmentViewerCanRef,
      description: '当前查看者可进行的操作。',
      select: { columns: { status: true, memberId: true } },
      resolve: (e, _a, ctx) => {
        const own = ctx.viewer?.member?.id === e.memberId;
        return enrolmentLifecycle.viewerCan(e.status, { cancel: own, acceptOffer: own, lapse: false, offer: false });
      },
    }),
  }),
});

export const ClassStaffRef = builder.drizzleObject('classStaff', {
  name: 'ClassStaffMember',
  description: '班级的辅导老师或志愿者。开班工会工作人员与本班辅导老师可见。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    role: t.expose('role', { type: ClassStaffRole, description: '角色。' }),
    name: t.exposeString('name', { description: '姓名。' }),
    phone: t.exposeString('phone', { description: '手机号。' }),
    hasAccount: t.boolean({ description: '是否有平台账号（有账号的辅导老师可用手机点名）。', select: { columns: { userId: true } }, resolve: (s) => s.userId !== null }),
  }),
});

export const ClassIncidentRef = builder.drizzleNode('classIncidents', {
  name: 'ClassIncident',
  description: '班级的安全事件记录；未处理完毕的事件会阻止补助申请。开班工会工作人员与本班辅导老师可见。',
  id: { column: (i) => i.id },
  authScopes: (i) => ({ unionStaffOver: i.unionId, classTeacherOf: i.courseId }),
  fields: (t) => ({
    description: t.exposeString('description', { description: '事件经过。' }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: '发生时间。' }),
    open: t.boolean({ description: '是否尚未处理完毕。', select: { columns: { status: true } }, resolve: (i) => i.status === 'open' }),
    resolution: t.exposeString('resolution', { nullable: true, description: '处理结果。' }),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true, description: '处理完毕的时间。' }),
    course: t.relation('course', { description: '所属班级。' }),
  }),
});

export const ClassSubsidyClaimRef = builder.drizzleObject('classSubsidyClaims', {
  name: 'ClassSubsidyClaim',
  description: '暑托班的专项补助申请（每班一次）。',
  authScopes: { unionStaff: true },
  fields: (t) => ({
    amount: t.field({ type: MoneyRef, description: '申请金额（分）。', select: { columns: { amountFen: true } }, resolve: (c) => fen(c.amountFen) }),
    attendanceBasisPoints: t.exposeInt('attendanceBasisPoints', { description: '申请时的出勤率，万分点（7000 = 70%）。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '申请时间。' }),
  }),
});

export const ClassCourseRef = builder.drizzleNode('classCourses', {
  name: 'ClassCourse',
  description: '工会开办的一个班：工人文化宫的免费培训班，或职工子女暑托班。公开可见；名单、师资与事件仅开班工会工作人员可见。',
  id: { column: (c) => c.id },
  authScopes: { public: true },
  fields: (t) => ({
    kind: t.expose('kind', { type: ClassKind, description: '类别。' }),
    audience: t.expose('audience', { type: ClassAudience, description: '学员是会员本人还是其子女。' }),
    title: t.exposeString('title', { description: '班名，如 摄影基础班（三个月）。' }),
    description: t.exposeString('description', { description: '介绍。' }),
    venue: t.exposeString('venue', { description: '上课地点。' }),
    union: t.relation('union', { description: '开班的工会；报名限其本级及下级工会的会员。' }),
    startsOn: t.expose('startsOn', { type: 'Date', description: '开班日期（北京时间）。' }),
    endsOn: t.expose('endsOn', { type: 'Date', description: '结业日期（北京时间，含）。' }),
    capacity: t.exposeInt('capacity', { description: '招生名额。' }),
    minAge: t.exposeInt('minAge', { nullable: true, description: '孩子的最小年龄（按开班日计，含）。' }),
    maxAge: t.exposeInt('maxAge', { nullable: true, description: '孩子的最大年龄（含）。' }),
    enrolmentOpensAt: t.expose('enrolmentOpensAt', { type: 'DateTime', description: '报名开放的时刻。' }),
    enrolmentClosesAt: t.expose('enrolmentClosesAt', { type: 'DateTime', description: '报名截止的时刻。' }),
    priorityUntil: t.expose('priorityUntil', {
      type: 'DateTime',
      nullable: true,
      description: '优先报名时段的结束时刻：此前只有优先群体可直接录取，其他人按报名先后候补，时段结束后依次录取。',
    }),
    fee: t.field({ type: MoneyRef, description: '非会员本人学员（子女）的费用（分）；会员本人与困难职工家庭免费。', select: { columns: { feeFen: true } }, resolve: (c) => fen(c.feeFen) }),
    offerHoldHours: t.exposeInt('offerHoldHours', { description: '候补递补后须在多少小时内确认。' }),
    minTeachers: t.exposeInt('minTeachers', { description: '开班所需的最少辅导老师人数。' }),
    minVolunteers: t.exposeInt('minVolunteers', { description: '开班所需的最少志愿者人数。' }),
    subsidy: t.field({ type: MoneyRef, description: '可申请的专项补助（分）；0 为无。', select: { columns: { subsidyFen: true } }, resolve: (c) => fen(c.subsidyFen) }),
    status: t.expose('status', { type: ClassCourseStatus, description: '班级状态。' }),
    statusLabel: t.string({ description: '状态的中文说明。', select: { columns: { status: true } }, resolve: (c) => COURSE_STATUS_LABELS[c.status] }),
    seatsTaken: t.int({
      description: '已占名额（已录取与递补待确认）。',
      select: { extras: { seatsTaken: (c, { sql }) => sql<number>`(select count(*)::int from class_enrolments e where e.course_id = ${c.id} and e.status in ${sql.raw(SEATS)})` } },
      resolve: (c) => Number(c.seatsTaken),
    }),
    waitingCount: t.int({
      description: '候补人数。',
      select: { extras: { waitingCount: (c, { sql }) => sql<number>`(select count(*)::int from class_enrolments e where e.course_id = ${c.id} and e.status = 'waiting')` } },
      resolve: (c) => Number(c.waitingCount),
    }),
    filledAt: t.expose('filledAt', { type: 'DateTime', nullable: true, description: '名额报满的时刻；未满为 null。' }),
    sessions: t.relation('sessions', { description: '课次，按时间先后。', query: { orderBy: { startsAt: 'asc' } } }),
    enrolments: t.relatedConnection('enrolments', {
      description: '报名名单（开班工会工作人员与本班辅导老师可见），可按状态筛选，按报名先后排列。',
      nullable: true,
      authScopes: (c) => ({ unionStaffOver: c.unionId, classTeacherOf: c.id }),
      args: { status: t.arg({ type: ClassEnrolmentStatus, required: false, description: '只看该状态的报名。' }) },
      query: (args) => ({ where: args.status ? { status: args.status } : {}, orderBy: { arrivalSeq: 'asc' } }),
      totalCount: true,
    }),
    waitingList: t.relatedConnection('enrolments', {
      description: '候补名单，按顺序排列（开班工会工作人员可见）。',
      nullable: true,
      authScopes: (c) => ({ unionStaffOver: c.unionId }),
      query: { where: { status: 'waiting' }, orderBy: { queueOrder: 'asc', arrivalSeq: 'asc' } },
      totalCount: true,
    }),
    staff: t.relation('staff', {
      description: '辅导老师与志愿者（开班工会工作人员与本班辅导老师可见）。',
      nullable: true,
      authScopes: (c) => ({ unionStaffOver: c.unionId, classTeacherOf: c.id }),
      query: { orderBy: { createdAt: 'asc' } },
    }),
    incidents: t.relation('incidents', {
      description: '安全事件（开班工会工作人员可见）。',
      nullable: true,
      authScopes: (c) => ({ unionStaffOver: c.unionId }),
      query: { orderBy: { occurredAt: 'desc' } },
    }),
    subsidyClaim: t.relation('subsidyClaim', {
      description: '补助申请；未申请为 null（开班工会工作人员可见）。',
      nullable: true,
      authScopes: (c) => ({ unionStaffOver: c.unionId }),
    }),
    attendanceBasisPoints: t.int({
      nullable: true,
      description: '出勤率，万分点（7000 = 70%）：出勤人次 ÷（录取人数 × 已点名课次）；尚未点名为 null。开班工会工作人员与本班辅导老师可见。',
      authScopes: (c) => ({ unionStaffOver: c.unionId, classTeacherOf: c.id }),
      select: { columns: { id: true } },
      resolve: (c, _a, ctx) => attendanceBasisPoints(ctx.db, c.id),
    }),
    insurancePolicy: t.exposeString('insurancePolicy', {
      nullable: true,
      description: '意外伤害保险保单号（开班工会工作人员可见）。',
      authScopes: (c) => ({ unionStaffOver: c.unionId }),
    }),
    viewerCan: t.field({
      type: ClassCourseViewerCanRef,
      description: '当前查看者可进行的操作。',
      select: { columns: { status: true, unionPath: true, kind: true, subsidyFen: true, id: true, enrolmentClosesAt: true } },
      resolve: async (c, _a, ctx) => {
        const staff = isCourseStaff(ctx.viewer, c);
        const teacher = staff || (await isCourseTeacher(ctx.db, ctx.viewer, c.id));
        return courseLifecycle.viewerCan(c.status, {
          enrol: ctx.viewer?.member != null && new Date() <= c.enrolmentClosesAt,
          start: staff,
          finish: staff,
          callRoll: teacher,
          claimSubsidy: staff && c.kind === 'summer' && c.subsidyFen > 0,
        });
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建时间。' }),
  }),
});
