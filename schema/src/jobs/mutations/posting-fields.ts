import { z } from 'zod';
import { UnionRef } from '../../accounts/types.ts';
import { builder } from '../../builder.ts';
import { MoneyInput } from '../../common/money.ts';
import { optionalText, shortText } from '../../common/validators.ts';
import type { PostingFields } from '../postings.service.ts';
import { EducationLevel, EmploymentType } from '../types/shared.ts';
import { monthlyFen, tagList } from '../validators.ts';

// The content of a posting (schema.org JobPosting), shared by createJobPosting and updateJobPosting.

const JobLocationInput = builder.inputType('JobLocationInput', {
  description: '工作地点。',
  fields: (t) => ({
    region: t.globalID({ required: true, for: [UnionRef], description: '工作地点所在市或区/县。' }),
    address: t.string({ required: false, validate: optionalText(200), description: '详细地址，最多 200 个字。' }),
    latitude: t.float({ required: false, validate: z.number().min(-90).max(90), description: '纬度（WGS-84），-90 到 90；与 longitude 一起给出时可按距离搜索。' }),
    longitude: t.float({ required: false, validate: z.number().min(-180).max(180), description: '经度（WGS-84），-180 到 180。' }),
    isRemote: t.boolean({ required: false, description: '可远程办公，默认 false。' }),
  }),
});

const SalaryRangeInput = builder.inputType('MonthlySalaryRangeInput', {
  description: '月薪范围（以分计）。',
  fields: (t) => ({
    min: t.field({ type: MoneyInput, required: true, validate: monthlyFen, description: '月薪下限（分），0 到 100,000,000（100 万元）。' }),
    max: t.field({ type: MoneyInput, required: true, validate: monthlyFen, description: '月薪上限（分），不低于 min，最多 100 万元。' }),
  }),
});

const RequirementsInput = builder.inputType('JobRequirementsInput', {
  description: '任职要求。',
  fields: (t) => ({
    education: t.field({ type: EducationLevel, required: false, description: '最低学历；不填为不限。' }),
    experienceYears: t.int({ required: false, validate: z.number().int().min(0).max(50), description: '工作经验年限下限，0 到 50。' }),
    skills: t.stringList({ required: false, validate: tagList, description: '要求的技能，最多 20 项，每项 1 到 30 个字。' }),
  }),
});

type PostingInputFields = {
  title: string;
  description: string;
  employmentType: PostingFields['employmentType'];
  validThrough?: Date | null;
  location: { region: { id: string }; address?: string | null; latitude?: number | null; longitude?: number | null; isRemote?: boolean | null };
  salary: { min: { amount: number }; max: { amount: number } };
  openings?: number | null;
  category: string;
  requirements?: { education?: PostingFields['education']; experienceYears?: number | null; skills?: string[] | null } | null;
  benefits?: string[] | null;
  isPublicBenefit?: boolean | null;
  suitableForHardship?: boolean | null;
};

export const postingFieldsOf = (input: PostingInputFields): PostingFields => ({
  title: input.title,
  description: input.description,
  employmentType: input.employmentType,
  validThrough: input.validThrough ?? null,
  locationUnionId: input.location.region.id,
  address: input.location.address ?? null,
  latitude: input.location.latitude ?? null,
  longitude: input.location.longitude ?? null,
  isRemote: input.location.isRemote ?? false,
  salaryMinFen: input.salary.min.amount,
  salaryMaxFen: input.salary.max.amount,
  openings: input.openings ?? 1,
  category: input.category,
  education: input.requirements?.education ?? null,
  experienceYears: input.requirements?.experienceYears ?? null,
  skills: input.requirements?.skills ?? [],
  benefits: input.benefits ?? [],
  isPublicBenefit: input.isPublicBenefit ?? false,
  suitableForHardship: input.suitableForHardship ?? false,
});

export const JobPostingFieldsInput = builder.inputType('JobPostingFieldsInput', {
  description: '岗位内容（对应 schema.org JobPosting）。',
  fields: (t) => ({
    title: t.string({ required: true, validate: shortText(60, '岗位名称'), description: '岗位名称，最多 60 个字。' }),
    description: t.string({
      required: true,
      validate: z.string().min(10, { message: '岗位描述至少 10 个字' }).max(5000, { message: '岗位描述最多 5000 个字' }),
      description: '岗位描述；可为纯文本或简单 HTML，保存时去除全部标记。',
    }),
    employmentType: t.field({ type: EmploymentType, required: true, description: '用工形式。' }),
    validThrough: t.field({ type: 'DateTime', required: false, description: '有效期截止；默认 30 天后，最长 180 天。' }),
    location: t.field({ type: JobLocationInput, required: true, description: '工作地点；所在地区的工会负责审核。' }),
    salary: t.field({ type: SalaryRangeInput, required: true, description: '月薪范围（税前，分）。' }),
    openings: t.int({ required: false, validate: z.number().int().min(1).max(10000), description: '招聘人数，1 到 10000，默认 1。' }),
    category: t.string({ required: true, validate: shortText(30, '职业类别'), description: '职业类别，最多 30 个字（见 jobPostingCategories）。' }),
    requirements: t.field({ type: RequirementsInput, required: false, description: '任职要求；不填为不限。' }),
    benefits: t.stringList({ required: false, validate: tagList, description: '福利待遇，最多 20 项，每项 1 到 30 个字。' }),
    isPublicBenefit: t.boolean({ required: false, description: '公益性岗位。' }),
    suitableForHardship: t.boolean({ required: false, description: '适合困难职工、零就业家庭成员。' }),
  }),
});
