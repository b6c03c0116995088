import { builder } from '../../builder.ts';
import { MoneyRef, type Money } from '../../common/money.ts';

// The jobs domain's enums and small value objects, shared by its object types and inputs.

export const EmployerStatus = builder.enumType('EmployerStatus', {
  description: '用人单位（employer）的审核状态；只有 VERIFIED 的单位可以发布岗位。',
  values: {
    PENDING: { value: 'pending', description: '待工会审核' },
    VERIFIED: { value: 'verified', description: '已通过审核，可发布岗位' },
    REJECTED: { value: 'rejected', description: '未通过审核' },
  } as const,
});

export const JobPostingStatus = builder.enumType('JobPostingStatus', {
  description: '招聘岗位（job posting）的状态：草稿 → 待审核 → 招聘中 → 已停止或已招满。',
  values: {
    DRAFT: { value: 'draft', description: '草稿（或被退回修改）' },
    PENDING_REVIEW: { value: 'pending_review', description: '待工会审核' },
    PUBLISHED: { value: 'published', description: '招聘中（过了有效期自动不再出现在搜索中）' },
    CLOSED: { value: 'closed', description: '已停止招聘' },
    FILLED: { value: 'filled', description: '已招满' },
  } as const,
});

export const EmploymentType = builder.enumType('EmploymentType', {
  description: '用工形式，取值与 schema.org JobPosting.employmentType 相同。',
  values: {
    FULL_TIME: { value: 'FULL_TIME', description: '全职' },
    PART_TIME: { value: 'PART_TIME', description: '兼职' },
    CONTRACTOR: { value: 'CONTRACTOR', description: '劳务/外包' },
    TEMPORARY: { value: 'TEMPORARY', description: '临时' },
    INTERN: { value: 'INTERN', description: '实习' },
    VOLUNTEER: { value: 'VOLUNTEER', description: '志愿' },
    PER_DIEM: { value: 'PER_DIEM', description: '按日计酬' },
    OTHER: { value: 'OTHER', description: '其他' },
  } as const,
});

export const EducationLevel = builder.enumType('EducationLevel', {
  description: '学历要求（education level），由低到高。',
  values: {
    NONE: { value: 'none', description: '不限' },
    JUNIOR_HIGH: { value: 'junior_high', description: '初中' },
    HIGH_SCHOOL: { value: 'high_school', description: '高中' },
    VOCATIONAL: { value: 'vocational', description: '中专/技校' },
    ASSOCIATE: { value: 'associate', description: '大专' },
    BACHELOR: { value: 'bachelor', description: '本科' },
    MASTER: { value: 'master', description: '硕士' },
    DOCTORATE: { value: 'doctorate', description: '博士' },
  } as const,
});

export const JobApplicationStatus = builder.enumType('JobApplicationStatus', {
  description: '求职申请（job application）的状态；除 WITHDRAWN 外由用人单位推进，每次变化会通知本人并可触发 application.status_changed webhook。',
  values: {
    SUBMITTED: { value: 'submitted', description: '已投递' },
    VIEWED: { value: 'viewed', description: '已查看' },
    INTERVIEWING: { value: 'interviewing', description: '面试中' },
    OFFERED: { value: 'offered', description: '已发录用意向' },
    HIRED: { value: 'hired', description: '已录用（签约）' },
    REJECTED: { value: 'rejected', description: '未录用' },
    WITHDRAWN: { value: 'withdrawn', description: '本人已撤回' },
  } as const,
});

interface SalaryRange {
  min: Money;
  max: Money;
}

export const SalaryRangeRef = builder.objectRef<SalaryRange>('MonthlySalaryRange').implement({
  description: '月薪范围（税前，以分计）。',
  authScopes: { public: true },
  fields: (t) => ({
    min: t.field({ type: MoneyRef, description: '月薪下限（分）。', resolve: (s) => s.min }),
    max: t.field({ type: MoneyRef, description: '月薪上限（分），不低于 min。', resolve: (s) => s.max }),
  }),
});

interface GeoPoint {
  latitude: number;
  longitude: number;
}

export const GeoPointRef = builder.objectRef<GeoPoint>('GeoPoint').implement({
  description: 'WGS84 经纬度。',
  authScopes: { public: true },
  fields: (t) => ({
    latitude: t.exposeFloat('latitude', { description: '纬度（latitude），度，北纬为正。' }),
    longitude: t.exposeFloat('longitude', { description: '经度（longitude），度，东经为正。' }),
  }),
});

interface Requirements {
  education: string | null;
  experienceYears: number | null;
  skills: string[];
}

export const RequirementsRef = builder.objectRef<Requirements>('JobRequirements').implement({
  description: '任职要求。',
  authScopes: { public: true },
  fields: (t) => ({
    education: t.field({ type: EducationLevel, nullable: true, description: '最低学历；不限为 null 或 NONE。', resolve: (r) => r.education as never }),
    experienceYears: t.exposeInt('experienceYears', { nullable: true, description: '工作经验年限下限。' }),
    skills: t.exposeStringList('skills', { description: '要求的技能（中文短语）。' }),
  }),
});
