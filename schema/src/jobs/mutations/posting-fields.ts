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
  fields: (t) => ({
    region: t.globalID({ required: true, for: [UnionRef], description: '工作地点所在市或区/县。' }),
    address: t.string({ required: false, validate: optionalText(200) }),
    latitude: t.float({ required: false, validate: z.number().min(-90).max(90) }),
    longitude: t.float({ required: false, validate: z.number().min(-180).max(180) }),
    isRemote: t.boolean({ required: false }),
  }),
});

const SalaryRangeInput = builder.inputType('MonthlySalaryRangeInput', {
  description: '月薪范围（以分计）。',
  fields: (t) => ({
    min: t.field({ type: MoneyInput, required: true, validate: monthlyFen }),
    max: t.field({ type: MoneyInput, required: true, validate: monthlyFen }),
  }),
});

const RequirementsInput = builder.inputType('JobRequirementsInput', {
  fields: (t) => ({
    education: t.field({ type: EducationLevel, required: false }),
    experienceYears: t.int({ required: false, validate: z.number().int().min(0).max(50) }),
    skills: t.stringList({ required: false, validate: tagList }),
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
    title: t.string({ required: true, validate: shortText(60, '岗位名称') }),
    description: t.string({
      required: true,
      validate: z.string().min(10, { message: '岗位描述至少 10 个字' }).max(5000, { message: '岗位描述最多 5000 个字' }),
      description: '岗位描述；可为纯文本或简单 HTML，保存时去除全部标记。',
    }),
    employmentType: t.field({ type: EmploymentType, required: true }),
    validThrough: t.field({ type: 'DateTime', required: false, description: '有效期截止；默认 30 天后，最长 180 天。' }),
    location: t.field({ type: JobLocationInput, required: true }),
    salary: t.field({ type: SalaryRangeInput, required: true }),
    openings: t.int({ required: false, validate: z.number().int().min(1).max(10000) }),
    category: t.string({ required: true, validate: shortText(30, '职业类别') }),
    requirements: t.field({ type: RequirementsInput, required: false }),
    benefits: t.stringList({ required: false, validate: tagList }),
    isPublicBenefit: t.boolean({ required: false, description: '公益性岗位。' }),
    suitableForHardship: t.boolean({ required: false, description: '适合困难职工、零就业家庭成员。' }),
  }),
});
