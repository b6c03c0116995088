import { classStaff } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { UnionRef } from '../accounts/types.ts';
import { unionPath } from '../accounts/unions.service.ts';
import { fen, MoneyRef } from '../common/money.ts';
import { requireViewer } from '../common/viewer.ts';
import { processClassDeadlines, processDeadlinesForMember } from './course-lock.ts';
import { classFigures, type ClassFigures } from './figures.service.ts';
import { ClassCourseRef, ClassEnrolmentRef, ClassKind } from './types.ts';

const NO_ID = '00000000-0000-0000-0000-000000000000';

type Figures = ClassFigures & { children?: ClassFigures[] };
const FiguresRef = builder.objectRef<Figures>('ClassFigures');
FiguresRef.implement({
  description: '一个工会辖区（含下级）的培训班与暑托班统计。',
  authScopes: { unionStaff: true },
  fields: (t) => ({
    unionName: t.exposeString('name', { description: '工会名称。' }),
    unionCode: t.exposeString('code', { description: '工会代码。' }),
    courses: t.exposeInt('courses', { description: '开班数（全部类别）。' }),
    summerClasses: t.exposeInt('summerClasses', { description: '其中暑托班数。' }),
    seats: t.exposeInt('seats', { description: '招生名额合计。' }),
    seated: t.exposeInt('seated', { description: '已占名额（已录取与递补待确认）。' }),
    waiting: t.exposeInt('waiting', { description: '候补人数。' }),
    coursesFilled: t.exposeInt('coursesFilled', { description: '已报满的班数。' }),
    medianFillMinutes: t.exposeFloat('medianFillMinutes', { nullable: true, description: '报满用时的中位数（分钟，自报名开放起算）；无报满的班为 null。' }),
    attendanceBasisPoints: t.exposeInt('attendanceBasisPoints', { nullable: true, description: '出勤率，万分点（7000 = 70%）；尚未点名为 null。' }),
    openIncidents: t.exposeInt('openIncidents', { description: '未处理完毕的安全事件数。' }),
    subsidyClaims: t.exposeInt('subsidyClaims', { description: '已申请补助的班数。' }),
    subsidyTotal: t.field({ type: MoneyRef, description: '已申请的补助合计（分）。', resolve: (f) => fen(f.subsidyFen) }),
    children: t.field({ type: [FiguresRef], description: '直属下级工会的同口径统计。', resolve: (f) => f.children ?? [] }),
  }),
});

builder.queryFields((t) => ({
  classCourses: t.drizzleConnection({
    type: 'classCourses',
    description: '培训班与暑托班目录（公开），按开班日期排列；可按开班工会（含下级）与类别筛选。',
    authScopes: { public: true },
    args: {
      union: t.arg.globalID({ for: [UnionRef], required: false, description: '只看该工会及其下级工会开办的班。' }),
      kind: t.arg({ type: ClassKind, required: false, description: '只看该类别。' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const path = args.union ? ((await unionPath(ctx.db, args.union.id)) ?? '/none/') : null;
      return ctx.db.query.classCourses.findMany(
        query({
          where: { ...(path ? { RAW: (c) => sql`starts_with(${c.unionPath}, ${path})` } : {}), ...(args.kind ? { kind: args.kind } : {}) },
          orderBy: { startsOn: 'asc', id: 'asc' },
        }),
      );
    },
  }),
  classCourse: t.drizzleField({
    type: 'classCourses',
    nullable: true,
    description: '取一个班；先处理已到期的递补与优先时段，名额数即时准确。',
    authScopes: { public: true },
    args: { id: t.arg.globalID({ for: [ClassCourseRef], required: true, description: '班级的 ID。' }) },
    resolve: async (query, _root, args, ctx) => {
      const exists = await ctx.db.query.classCourses.findFirst({ where: { id: args.id.id }, columns: { id: true } });
      if (!exists) return null;
      await processClassDeadlines(ctx.db, [args.id.id]);
      return ctx.db.query.classCourses.findFirst(query({ where: { id: args.id.id } }));
    },
  }),
  myClassEnrolments: t.drizzleConnection({
    type: 'classEnrolments',
    description: '我（本人及子女）的报名，最新的在前；先处理已到期的递补。',
    authScopes: { member: true },
    resolve: async (query, _root, _args, ctx) => {
      const memberId = requireViewer(ctx).member?.id ?? NO_ID;
      await processDeadlinesForMember(ctx.db, memberId);
      return ctx.db.query.classEnrolments.findMany(query({ where: { memberId }, orderBy: { createdAt: 'desc', id: 'desc' } }));
    },
  }),
  myTeachingClasses: t.drizzleConnection({
    type: 'classCourses',
    description: '我担任辅导老师的班（按手机号登记），按开班日期排列。',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) => {
      const userId = requireViewer(ctx).userId;
      return ctx.db.query.classCourses.findMany(
        query({
          where: { RAW: (c) => sql`exists (select 1 from ${classStaff} s where s.course_id = ${c.id} and s.user_id = ${userId} and s.role = 'teacher')` },
          orderBy: { startsOn: 'asc', id: 'asc' },
        }),
      );
    },
  }),
  classFigures: t.field({
    type: FiguresRef,
    nullable: true,
    description: '培训班与暑托班统计，按工会树汇总，并列出直属下级（该工会及上级工会的工作人员）。',
    authScopes: (_root, args) => ({ unionStaffOver: args.union.id }),
    args: { union: t.arg.globalID({ for: [UnionRef], required: true, description: '统计的工会。' }) },
    resolve: (_root, args, ctx) => classFigures(ctx.db, args.union.id),
  }),
}));

export { ClassEnrolmentRef };
