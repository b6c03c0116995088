import type { jobFairs } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { builder } from '../../builder.ts';
import { viewerCanType } from '../../common/transitions.ts';
import type { Context } from '../../context.ts';
import type { FairFigures } from '../fairs.service.ts';
import { fairLifecycle, fairState } from '../lifecycle.ts';
import { NO_USER } from './posting.ts';

export const JobFairViewerCanRef = viewerCanType('JobFairViewerCan', {
  join: '可带岗位报名参会（用人单位员工，招聘会尚未结束）。',
  register: '可报名入场（持会员卡、尚未报名、招聘会尚未结束且未满）。',
  cancelRegistration: '可取消本人的报名。',
});

/** Whether the viewer's member card is registered for the fair `f`. */
const viewerRegisteredSql = (ctx: Context) => (f: typeof jobFairs) =>
  sql<boolean>`exists (select 1 from job_fair_registrations r join members m on m.id = r.member_id
    where r.fair_id = ${f.id} and m.user_id = ${ctx.viewer?.userId ?? NO_USER})`;

const FairFiguresRef = builder.objectRef<FairFigures>('JobFairFigures').implement({
  description: '招聘会数据：参会单位、提供岗位数、入场登记人数、投递数、签约（录用）数。',
  authScopes: { public: true },
  fields: (t) => ({
    employers: t.exposeInt('employers', { description: '参会单位数。' }),
    postings: t.exposeInt('postings', { description: '参会岗位条数。' }),
    positions: t.exposeInt('positions', { description: '提供的岗位人数（各岗位招聘人数之和）。' }),
    visitors: t.exposeInt('visitors', { description: '报名入场人数。' }),
    applications: t.exposeInt('applications', { description: '在本场投递的申请数。' }),
    hires: t.exposeInt('hires', { description: '在本场投递并最终录用的人数（签约数）。' }),
  }),
});

export const JobFairRef = builder.drizzleNode('jobFairs', {
  name: 'JobFair',
  description: '工会招聘会（公开）。',
  id: { column: (fair) => fair.id },
  authScopes: { publicRead: 'read_jobs' },
  fields: (t) => ({
    title: t.exposeString('title', { description: '招聘会名称。' }),
    description: t.exposeString('description', { nullable: true, description: '介绍；未填为 null。' }),
    date: t.expose('fairDate', { type: 'Date', description: '举办日期（Asia/Shanghai）。' }),
    isOnline: t.exposeBoolean('isOnline', { description: '线上招聘会。' }),
    venue: t.exposeString('venue', { nullable: true, description: '现场地址；线上招聘会为 null。' }),
    capacity: t.exposeInt('capacity', { nullable: true, description: '现场容量；为空表示不限。' }),
    registeredCount: t.exposeInt('registeredCount', { description: '已报名入场的会员人数。' }),
    viewerRegistered: t.boolean({
      description: '当前会员是否已报名；未登录为 false。',
      select: (_args, ctx) => ({ extras: { viewerRegistered: viewerRegisteredSql(ctx) } }),
      resolve: (f) => Boolean(f.viewerRegistered),
    }),
    viewerCan: t.field({
      type: JobFairViewerCanRef,
      description: '当前查看者可对该招聘会进行的操作。',
      select: (_args, ctx) => ({
        columns: { fairDate: true, capacity: true, registeredCount: true },
        extras: { viewerRegisteredForCan: viewerRegisteredSql(ctx) },
      }),
      resolve: (f, _args, ctx) => {
        const member = ctx.viewer?.member != null;
        const registered = Boolean(f.viewerRegisteredForCan);
        const seatLeft = f.capacity == null || f.registeredCount < f.capacity;
        return fairLifecycle.viewerCan(fairState(f.fairDate), {
          join: ctx.viewer?.grants.some((g) => g.role === 'employer_staff') ?? false,
          register: member && !registered && seatLeft,
          cancelRegistration: member && registered,
        });
      },
    }),
    isOver: t.boolean({
      description: '举办日（Asia/Shanghai）已过。',
      select: { columns: { fairDate: true } },
      resolve: (f) => fairState(f.fairDate) === 'over',
    }),
    organizer: t.relation('organizer', { description: '主办工会。' }),
    employers: t.relatedConnection('employers', { description: '参会单位。', totalCount: true }),
    postings: t.relatedConnection('postings', { description: '参会岗位。', totalCount: true }),
    figures: t.field({
      type: FairFiguresRef,
      description: '本场的数据（参会单位、岗位、入场、投递、签约）。',
      // Correlated subqueries planned into the fairs' own query: a list of fairs costs no extra round trips.
      select: {
        columns: { registeredCount: true },
        extras: {
          figureEmployers: (f) => sql<number>`(select count(*)::int from job_fair_employers e where e.fair_id = ${f.id})`,
          figurePostings: (f) => sql<number>`(select count(*)::int from job_fair_postings p where p.fair_id = ${f.id})`,
          figurePositions: (f) => sql<number>`(select coalesce(sum(jp.openings), 0)::int from job_fair_postings p
            join job_postings jp on jp.id = p.posting_id where p.fair_id = ${f.id})`,
          figureApplications: (f) => sql<number>`(select count(*)::int from job_applications a where a.fair_id = ${f.id})`,
          figureHires: (f) =>
            sql<number>`(select count(*)::int from job_applications a where a.fair_id = ${f.id} and a.status = 'hired')`,
        },
      },
      resolve: (f) => ({
        employers: Number(f.figureEmployers),
        postings: Number(f.figurePostings),
        positions: Number(f.figurePositions),
        visitors: f.registeredCount,
        applications: Number(f.figureApplications),
        hires: Number(f.figureHires),
      }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '创建时间。' }),
  }),
});
