import { requireViewer } from '../common/viewer.ts';
import { jobApplications, jobPostings } from '@huigong/db';
import { sql, type SQL } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { unionPath } from '../accounts/unions.service.ts';
import { isPlatformAdmin, type Viewer } from '../accounts/viewer.ts';
import { UnionRef } from '../accounts/types.ts';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { MoneyInput } from '../common/money.ts';
import { distanceKmSql, openPostingSql, searchConditionSql, type PostingSearch } from './search.service.ts';
import { cityPrefix, recommendationRankSql } from './recommendations.service.ts';
import { likeEscape } from './text.ts';
import { GeoPointInput } from '../common/geo.ts';
import { shanghaiToday } from '../common/dates.ts';
import { requireMember } from './access.ts';
import { EmployerStatus, EmploymentType, JobApplicationStatus, JobPostingStatus } from './types/shared.ts';

const NearInput = builder.inputType('NearInput', {
  description: '按距离筛选：以某点为圆心、radiusKm 为半径。',
  fields: (t) => ({
    point: t.field({ type: GeoPointInput, required: true, description: '圆心（WGS-84）。' }),
    radiusKm: t.float({ required: true, description: '半径（公里），0.1 到 500。' }),
  }),
});

const JobPostingFilter = builder.inputType('JobPostingFilter', {
  description: '岗位搜索条件（filter）；各项同时满足。只返回正在招聘的岗位。',
  fields: (t) => ({
    text: t.string({ required: false, description: '中文关键词；空格分隔的多个词须同时出现在标题、类别或描述中。' }),
    region: t.globalID({ required: false, for: [UnionRef], description: '市或区/县：包含其下级地区。' }),
    includeRemote: t.boolean({ required: false, description: '按地区筛选时也包含可远程的岗位。' }),
    category: t.string({ required: false, description: '职业类别，与 JobPosting.category 完全相同。' }),
    employmentTypes: t.field({ type: [EmploymentType], required: false, description: '用工形式，任一符合即可。' }),
    minMonthlySalary: t.field({ type: MoneyInput, required: false, description: '最高月薪不低于此金额。' }),
    isPublicBenefit: t.boolean({ required: false, description: 'true 时只看公益性岗位。' }),
    suitableForHardship: t.boolean({ required: false, description: 'true 时只看适合困难职工的岗位。' }),
    near: t.field({ type: NearInput, required: false, description: '只看此范围内有坐标的岗位。' }),
  }),
});

const JobPostingSort = builder.enumType('JobPostingSort', {
  description: 'Query.jobPostings 的排序方式。',
  values: {
    NEWEST: { value: 'newest', description: '最新发布在前' },
    SALARY: { value: 'salary', description: '最高月薪从高到低' },
    DISTANCE: { value: 'distance', description: '由近到远（须提供 near）' },
  } as const,
});

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

type FilterArg = typeof JobPostingFilter.$inferInput | null | undefined;

async function toSearch(ctx: Context, filter: FilterArg): Promise<PostingSearch> {
  if (!filter) return {};
  if (filter.text && filter.text.length > 50) throw badInput('关键词最多 50 个字');
  if (filter.near && !(filter.near.radiusKm >= 0.1 && filter.near.radiusKm <= 500)) {
    throw badInput('radiusKm 须在 0.1 到 500 之间');
  }
  let regionPath: string | null = null;
  if (filter.region) {
    // An unknown region matches nothing rather than everything.
    regionPath = (await unionPath(ctx.db, filter.region.id)) ?? '/no-such-region/';
  }
  return {
    text: filter.text ?? null,
    regionPath,
    includeRemote: filter.includeRemote ?? null,
    category: filter.category ?? null,
    employmentTypes: filter.employmentTypes ?? null,
    minMonthlySalaryFen: filter.minMonthlySalary?.amount ?? null,
    isPublicBenefit: filter.isPublicBenefit ?? null,
    suitableForHardship: filter.suitableForHardship ?? null,
    near: filter.near
      ? { latitude: filter.near.point.latitude, longitude: filter.near.point.longitude, radiusKm: filter.near.radiusKm }
      : null,
  };
}

/** The union subtrees a staff viewer acts in, as path prefixes; null means everywhere (platform admin). */
function staffPrefixes(viewer: Viewer | null): string[] | null {
  if (isPlatformAdmin(viewer)) return null;
  return (viewer?.grants ?? []).filter((g) => g.role === 'union_staff' && g.unionPath).map((g) => g.unionPath!);
}

function pathUnder(column: SQL, prefixes: string[] | null): SQL {
  if (prefixes === null) return sql`true`;
  if (prefixes.length === 0) return sql`false`;
  return sql.join(
    prefixes.map((p) => sql`${column} like ${`${likeEscape(p)}%`}`),
    sql` or `,
  );
}

interface CategoryCount {
  category: string;
  openPostings: number;
}

const CategoryCountRef = builder.objectRef<CategoryCount>('JobCategoryCount').implement({
  description: '某职业类别下正在招聘的岗位数（用于搜索筛选项）。',
  authScopes: { public: true },
  fields: (t) => ({
    category: t.exposeString('category', { description: '职业类别。' }),
    openPostings: t.exposeInt('openPostings', { description: '此类别正在招聘的岗位数。' }),
  }),
});

builder.queryFields((t) => ({
  jobPostingCategories: t.field({
    type: [CategoryCountRef],
    description: '正在招聘的岗位按职业类别计数，多的在前（最多 100 个类别）；可限定地区。',
    authScopes: { publicRead: 'read_jobs' },
    args: { region: t.arg.globalID({ for: [UnionRef], required: false, description: '只数此地区（含下级）的岗位；不给为全国。' }) },
    resolve: async (_root, args, ctx) => {
      const regionPath = args.region ? ((await unionPath(ctx.db, args.region.id)) ?? '/no-such-region/') : null;
      const rows = await ctx.db
        .select({ category: jobPostings.category, openPostings: sql<number>`count(*)::int` })
        .from(jobPostings)
        .where(searchConditionSql(jobPostings, { regionPath }))
        .groupBy(jobPostings.category)
        .orderBy(sql`count(*) desc`, jobPostings.category)
        .limit(100);
      return rows.map((r) => ({ category: r.category, openPostings: Number(r.openPostings) }));
    },
  }),

  jobPostings: t.drizzleConnection({
    type: 'jobPostings',
    description: '公开岗位搜索：只含已发布且未过有效期的岗位。',
    authScopes: { publicRead: 'read_jobs' },
    args: {
      filter: t.arg({ type: JobPostingFilter, required: false, description: '搜索条件；不给为全部正在招聘的岗位。' }),
      sort: t.arg({ type: JobPostingSort, required: false, defaultValue: 'newest', description: '排序，默认 NEWEST；DISTANCE 须给出 filter.near。' }),
    },
    totalCount: async (_root, args, ctx) => {
      const search = await toSearch(ctx, args.filter);
      return ctx.db.$count(jobPostings, searchConditionSql(jobPostings, search));
    },
    resolve: async (query, _root, args, ctx) => {
      const search = await toSearch(ctx, args.filter);
      const where = { RAW: (t: typeof jobPostings) => searchConditionSql(t, search) };
      if (args.sort === 'distance') {
        const near = search.near;
        if (!near) throw badInput('按距离排序须提供 filter.near');
        return ctx.db.query.jobPostings.findMany(
          query({
            where,
            extras: { distance: (t) => sql<number>`coalesce(${distanceKmSql(t, near)}, 1e9)` },
            orderBy: { distance: 'asc' },
          }),
        );
      }
      return ctx.db.query.jobPostings.findMany(
        query({
          where,
          orderBy: args.sort === 'salary' ? { salaryMaxFen: 'desc' } : { datePosted: 'desc' },
        }),
      );
    },
  }),

  recommendedJobPostings: t.drizzleConnection({
    type: 'jobPostings',
    description:
      '为当前会员推荐的岗位（本市及可远程）：工会推荐的在前；困难职工另外优先看到适合困难职工的岗位与公益性岗位。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) => {
      const member = requireMember(ctx);
      const prefix = cityPrefix(member.unionPath);
      return ctx.db.query.jobPostings.findMany(
        query({
          where: {
            RAW: (t) =>
              sql`${openPostingSql(t)} and (${t.locationPath} like ${`${likeEscape(prefix)}%`} or ${t.isRemote})`,
          },
          extras: { rank: (t) => recommendationRankSql(t, { id: member.id, isHardship: member.isHardship }) },
          orderBy: { rank: 'desc', datePosted: 'desc' },
        }),
      );
    },
  }),

  employersToReview: t.drizzleConnection({
    type: 'employers',
    description: '本工会及下级地区登记的用人单位（默认只列待审核的）。',
    authScopes: { unionStaff: true },
    args: { status: t.arg({ type: EmployerStatus, required: false, defaultValue: 'pending', description: '只看此状态的单位，默认 PENDING（待审核）。' }) },
    resolve: (query, _root, args, ctx) => {
      const prefixes = staffPrefixes(ctx.viewer);
      return ctx.db.query.employers.findMany(
        query({
          where: {
            status: args.status ?? 'pending',
            RAW: (t) => sql`exists (select 1 from unions u where u.id = ${t.unionId} and (${pathUnder(sql`u.path`, prefixes)}))`,
          },
          orderBy: { createdAt: 'asc' },
        }),
      );
    },
  }),

  jobPostingsToReview: t.drizzleConnection({
    type: 'jobPostings',
    description: '工作地点在本工会及下级地区的岗位（默认只列待审核的）。',
    authScopes: { unionStaff: true },
    args: { status: t.arg({ type: JobPostingStatus, required: false, defaultValue: 'pending_review', description: '只看此状态的岗位，默认 PENDING_REVIEW（待审核）。' }) },
    resolve: (query, _root, args, ctx) => {
      const prefixes = staffPrefixes(ctx.viewer);
      return ctx.db.query.jobPostings.findMany(
        query({
          where: {
            status: args.status ?? 'pending_review',
            RAW: (t) => sql`(${pathUnder(sql`${t.locationPath}`, prefixes)})`,
          },
          orderBy: { updatedAt: 'asc' },
        }),
      );
    },
  }),

  myEmployers: t.drizzleField({
    type: ['employers'],
    description: '当前账号任职的用人单位。',
    authScopes: { authenticated: true },
    resolve: (query, _root, _args, ctx) => {
      const ids = requireViewer(ctx).grants
        .filter((g) => g.role === 'employer_staff' && g.organizationId)
        .map((g) => g.organizationId!);
      if (ids.length === 0) return [];
      return ctx.db.query.employers.findMany(query({ where: { id: { in: ids } }, orderBy: { name: 'asc' } }));
    },
  }),

  myJobSeekerProfile: t.drizzleField({
    type: 'jobSeekerProfiles',
    nullable: true,
    description: '本人的求职简历要点；尚未填写时为 null。',
    authScopes: { member: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.query.jobSeekerProfiles.findFirst(query({ where: { memberId: requireMember(ctx).id } })),
  }),

  myJobApplications: t.drizzleConnection({
    type: 'jobApplications',
    description: '我的求职申请及其进度。',
    authScopes: { member: true },
    args: { status: t.arg({ type: JobApplicationStatus, required: false, description: '只看此状态的申请；不给为全部。' }) },
    totalCount: (_root, args, ctx) =>
      ctx.db.$count(
        jobApplications,
        sql`${jobApplications.applicantUserId} = ${requireViewer(ctx).userId}${args.status ? sql` and ${jobApplications.status} = ${args.status}` : sql``}`,
      ),
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.jobApplications.findMany(
        query({
          where: { applicantUserId: requireViewer(ctx).userId, ...(args.status ? { status: args.status } : {}) },
          orderBy: { createdAt: 'desc' },
        }),
      ),
  }),

  jobFairs: t.drizzleConnection({
    type: 'jobFairs',
    description: '招聘会（默认只列今天及以后的），按日期先后。',
    authScopes: { publicRead: 'read_jobs' },
    args: {
      region: t.arg.globalID({ for: [UnionRef], required: false, description: '主办工会在此地区内（含下级）。' }),
      includePast: t.arg.boolean({ required: false, description: 'true 时包括已结束的招聘会；默认只列今天及以后（Asia/Shanghai）。' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const path = args.region ? ((await unionPath(ctx.db, args.region.id)) ?? '/no-such-region/') : null;
      return ctx.db.query.jobFairs.findMany(
        query({
          where: {
            ...(args.includePast ? {} : { fairDate: { gte: shanghaiToday() } }),
            ...(path ? { organizerPath: { like: `${likeEscape(path)}%` } } : {}),
          },
          orderBy: { fairDate: 'asc' },
        }),
      );
    },
  }),
}));
