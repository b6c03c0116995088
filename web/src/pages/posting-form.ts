import { html, nothing } from 'lit-html';
import {
  CreateJobPostingDocument,
  EditPostingFormDocument,
  NewPostingFormDocument,
  PostingDistrictsDocument,
  SubmitJobPostingDocument,
  UpdateJobPostingDocument,
  type EducationLevel,
  type EmploymentType,
  type JobPostingFieldsInput,
  type PostingFormEmployerFragment,
  type PostingFormPostingFragment,
} from '../gql/graphql';
import { asError, request, type DomainError } from '../api';
import type { Page, PageContext } from '../router';
import { JOB_LABELS, alertBox, busy, field, fieldErrors, jobLabel, notice, pageHeader, yuanToFen, type Problem } from '../ui';
import { checkbox, fenToYuan, selectField, splitList, textArea } from '../form-fields';
import { viewer } from '../viewer';

type Values = Record<string, string>;
type Option = { id: string; name: string };

/** The last moment of a Shanghai date, as the posting's validThrough. */
const endOfShanghaiDay = (date: string) => `${date}T23:59:59+08:00`;
const shanghaiDate = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);

/** What saving told the employer, by the status the posting is in afterwards (a labels map). */
const SAVED_MESSAGES: Partial<Record<PostingFormPostingFragment['status'], string>> = {
  PUBLISHED: '已保存，岗位保持发布。',
  PENDING_REVIEW: '已保存，等待工会审核。',
};

function valuesOf(posting: PostingFormPostingFragment | null, employer: PostingFormEmployerFragment): Values {
  const region = posting?.region ?? null;
  const home = employer.region;
  if (!posting) {
    return {
      employmentType: 'FULL_TIME',
      openings: '1',
      city: home.level === 'CITY' ? home.id : (home.parent?.id ?? ''),
      district: home.level === 'DISTRICT' ? home.id : '',
      validThrough: shanghaiDate(new Date(Date.now() + 30 * 86_400_000).toISOString()),
    };
  }
  return {
    title: posting.title,
    description: posting.description,
    employmentType: posting.employmentType,
    category: posting.category,
    openings: String(posting.openings),
    salaryMin: fenToYuan(posting.salary.min.amount),
    salaryMax: fenToYuan(posting.salary.max.amount),
    city: region!.level === 'DISTRICT' ? (region!.parent?.id ?? '') : region!.id,
    district: region!.level === 'DISTRICT' ? region!.id : '',
    address: posting.address ?? '',
    isRemote: posting.isRemote ? '1' : '',
    education: posting.requirements.education ?? '',
    experienceYears: posting.requirements.experienceYears?.toString() ?? '',
    skills: posting.requirements.skills.join('，'),
    benefits: posting.benefits.join('，'),
    isPublicBenefit: posting.isPublicBenefit ? '1' : '',
    suitableForHardship: posting.suitableForHardship ? '1' : '',
    validThrough: shanghaiDate(posting.validThrough),
  };
}

/** What was typed, as the API's posting fields: yuan become fen here, everything else is checked by the API. */
function toInput(v: Values): { input?: JobPostingFieldsInput; problem?: DomainError } {
  const local: { field: string[]; message: string; code: string }[] = [];
  const fen = (name: string, path: string[]) => {
    const amount = yuanToFen(v[name] ?? '');
    if (amount === null) local.push({ field: ['input', 'posting', ...path], code: 'NOT_AN_AMOUNT', message: '请输入月薪（元）' });
    return { amount: amount ?? 0, currency: 'CNY' as const };
  };
  const int = (name: string, path: string[]) => {
    if (!v[name]) return null;
    if (!/^\d+$/.test(v[name]!)) {
      local.push({ field: ['input', 'posting', ...path], code: 'NOT_AN_INTEGER', message: '请输入整数' });
      return null;
    }
    return Number(v[name]);
  };
  const region = v.district || v.city;
  if (!region) local.push({ field: ['input', 'posting', 'location', 'region'], code: 'REQUIRED', message: '请选择工作地点所在的市或区县' });
  const input: JobPostingFieldsInput = {
    title: v.title ?? '',
    description: v.description ?? '',
    employmentType: v.employmentType as EmploymentType,
    category: v.category ?? '',
    openings: int('openings', ['openings']),
    salary: { min: fen('salaryMin', ['salary', 'min']), max: fen('salaryMax', ['salary', 'max']) },
    location: { region: region ?? '', address: v.address || null, isRemote: v.isRemote === '1' },
    requirements: {
      education: (v.education || null) as EducationLevel | null,
      experienceYears: int('experienceYears', ['requirements', 'experienceYears']),
      skills: splitList(v.skills),
    },
    benefits: splitList(v.benefits),
    isPublicBenefit: v.isPublicBenefit === '1',
    suitableForHardship: v.suitableForHardship === '1',
    validThrough: v.validThrough ? endOfShanghaiDay(v.validThrough) : null,
  };
  if (local.length) return { problem: { __typename: 'InputValidationError', code: 'INVALID_INPUT', message: '请检查标出的内容', fieldErrors: local } };
  return { input };
}

/** Create (`/employer/postings/new?employer=…`) and edit (`/employer/postings/:id/edit`) a job posting. */
async function postingForm(ctx: PageContext, mode: 'new' | 'edit') {
  let employer: PostingFormEmployerFragment;
  let posting: PostingFormPostingFragment | null = null;
  let cities: Option[];
  if (mode === 'new') {
    const data = await request(NewPostingFormDocument, { employer: ctx.query.get('employer') ?? '' });
    viewer.set(data.me);
    cities = data.unions.nodes;
    if (data.node?.__typename !== 'Employer') {
      ctx.render(html`${pageHeader('用人单位不存在')}<p><a href="/employer">返回</a></p>`);
      return;
    }
    employer = data.node;
  } else {
    const data = await request(EditPostingFormDocument, { id: ctx.params.id! });
    viewer.set(data.me);
    cities = data.unions.nodes;
    if (data.node?.__typename !== 'JobPosting') {
      ctx.render(html`${pageHeader('岗位不存在')}<p><a href="/employer">返回</a></p>`);
      return;
    }
    posting = data.node;
    employer = posting.employer;
  }
  ctx.title(posting ? `修改岗位 · ${posting.title}` : '发布岗位');
  let values = valuesOf(posting, employer);
  let districts: Option[] = values.city ? (await request(PostingDistrictsDocument, { city: values.city })).unions.nodes : [];
  let problem: Problem = null;
  let message: string | null = ctx.query.has('saved') ? '已保存。草稿须提交审核，工会审核通过后发布。' : null;

  const read = (form: HTMLFormElement) => {
    values = {};
    new FormData(form).forEach((value, key) => {
      if (typeof value === 'string') values[key] = value.trim();
    });
  };

  const chooseCity = async (event: Event) => {
    read((event.currentTarget as HTMLElement).closest('form')!);
    values.district = '';
    districts = values.city ? (await request(PostingDistrictsDocument, { city: values.city })).unions.nodes : [];
    draw();
  };

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    read(form);
    const built = toInput(values);
    if (built.problem) {
      problem = built.problem;
      message = null;
      draw();
      return;
    }
    const result = await busy(form, async () =>
      posting
        ? (await request(UpdateJobPostingDocument, { input: { id: posting.id, posting: built.input! } })).updateJobPosting
        : (await request(CreateJobPostingDocument, { input: { employer: employer.id, posting: built.input! } })).createJobPosting,
    );
    problem = asError(result);
    if (!problem && result && 'posting' in result) {
      if (!posting) {
        ctx.navigate(`/employer/postings/${encodeURIComponent(result.posting.id)}/edit?saved=1`, { replace: true });
        return;
      }
      posting = result.posting;
      values = valuesOf(posting, employer);
      message = SAVED_MESSAGES[posting.status] ?? '已保存。草稿须提交审核，工会审核通过后发布。';
    } else {
      message = null;
    }
    draw();
  };

  const submitForReview = async (event: Event) => {
    if (!posting) return;
    const id = posting.id;
    const result = await busy(event.currentTarget as HTMLButtonElement, async () => (await request(SubmitJobPostingDocument, { input: { id } })).submitJobPosting);
    problem = asError(result);
    if (!problem && result?.__typename === 'SubmitJobPostingSuccess') {
      posting = { ...posting, status: result.posting.status, viewerCan: result.posting.viewerCan };
      message = '已提交审核，工会工作人员审核通过后发布。';
    }
    draw();
  };

  function draw() {
    const errors = fieldErrors(problem);
    const err = (name: string) => errors[`posting.${name}`] ?? errors[`posting.${name}.amount`];
    const editable = !posting || posting.viewerCan.edit;
    ctx.render(html`${pageHeader(posting ? '修改岗位' : '发布岗位', html`${employer.name}${posting ? html` · <span class="badge">${jobLabel('postingStatus', posting.status)}</span>` : nothing}`)}
      <p><a href="/employer">← 招聘管理</a></p>
      ${posting?.reviewNote ? html`<p class="warn">审核意见：${posting.reviewNote}</p>` : nothing}
      ${alertBox(problem)} ${notice(message)}
      ${posting?.viewerCan.submit ? html`<p class="actions"><button type="button" @click=${submitForReview}>提交审核</button></p>` : nothing}
      ${!editable
        ? html`<p class="hint">已关闭或已招满的岗位不能修改。</p>`
        : html`<form class="stack posting-form" novalidate @submit=${save}>
            ${field({ label: '岗位名称', name: 'title', required: true, value: values.title, maxlength: 60, error: err('title') })}
            ${textArea({ label: '岗位描述', name: 'description', required: true, rows: 6, value: values.description, error: err('description'), hint: '工作内容、时间、要求等，至少 10 个字' })}
            ${selectField({ label: '用工形式', name: 'employmentType', required: true, value: values.employmentType, options: Object.entries(JOB_LABELS.employmentType), error: err('employmentType') })}
            ${field({ label: '职业类别', name: 'category', required: true, value: values.category, error: err('category'), hint: '如：焊工、快递员、护理员' })}
            ${field({ label: '招聘人数', name: 'openings', inputmode: 'numeric', value: values.openings, error: err('openings') })}
            ${field({ label: '月薪下限（元）', name: 'salaryMin', required: true, inputmode: 'decimal', value: values.salaryMin, error: err('salary.min') })}
            ${field({ label: '月薪上限（元）', name: 'salaryMax', required: true, inputmode: 'decimal', value: values.salaryMax, error: err('salary.max') })}
            ${selectField({
              label: '工作地点（市）',
              name: 'city',
              required: true,
              value: values.city,
              empty: '请选择',
              options: cities.map((c) => [c.id, c.name]),
              error: values.district ? undefined : err('location.region'),
              onChange: chooseCity,
            })}
            ${districts.length
              ? selectField({
                  label: '区/县',
                  name: 'district',
                  value: values.district,
                  empty: '全市',
                  options: districts.map((d) => [d.id, d.name]),
                  error: values.district ? err('location.region') : undefined,
                })
              : nothing}
            ${field({ label: '详细地址', name: 'address', value: values.address, error: err('location.address') })}
            ${checkbox({ label: '可远程工作', name: 'isRemote', checked: values.isRemote === '1' })}
            ${selectField({ label: '学历要求', name: 'education', value: values.education, empty: '不填', options: Object.entries(JOB_LABELS.education), error: err('requirements.education') })}
            ${field({ label: '工作经验（年）', name: 'experienceYears', inputmode: 'numeric', value: values.experienceYears, error: err('requirements.experienceYears') })}
            ${field({ label: '技能要求', name: 'skills', value: values.skills, error: err('requirements.skills'), hint: '用逗号或顿号分隔' })}
            ${field({ label: '福利待遇', name: 'benefits', value: values.benefits, error: err('benefits'), hint: '如：五险一金、包住宿' })}
            ${checkbox({ label: '公益性岗位', name: 'isPublicBenefit', checked: values.isPublicBenefit === '1' })}
            ${checkbox({ label: '适合困难职工', name: 'suitableForHardship', checked: values.suitableForHardship === '1' })}
            ${field({ label: '招聘截止日期', name: 'validThrough', type: 'date', value: values.validThrough, error: err('validThrough'), hint: '不填为 30 天后，最长 180 天' })}
            <p class="actions"><button type="submit">${posting ? '保存修改' : '保存草稿'}</button></p>
          </form>`}`);
  }
  draw();
}

export const newPostingPage: Page = (ctx) => postingForm(ctx, 'new');
export const editPostingPage: Page = (ctx) => postingForm(ctx, 'edit');
