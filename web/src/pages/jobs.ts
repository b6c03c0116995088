import { html, nothing, type TemplateResult } from 'lit-html';
import {
  ApplyForJobDocument,
  JobPageDocument,
  JobsPageDocument,
  MyJobApplicationsPageDocument,
  WithdrawJobApplicationDocument,
  type JobCardFragment,
  type JobPostingFilter,
  type JobPostingSort,
} from '../gql/graphql';
import { asError, request } from '../api';
import type { Page } from '../router';
import { session } from '../session';
import {
  alertBox,
  busy,
  dateTime,
  field,
  fieldErrors,
  formValues,
  jobLabel,
  notice,
  pageHeader,
  salaryRange,
  setJsonLd,
  type Problem,
} from '../ui';
import { isMember, viewer } from '../viewer';

export function jobList(items: JobCardFragment[]): TemplateResult {
  if (!items.length) return html`<p class="empty">没有找到符合条件的岗位。</p>`;
  return html`<ul class="cards">
    ${items.map(
      (j) => html`<li class="card job">
        <h3><a href=${`/jobs/${encodeURIComponent(j.id)}`}>${j.title}</a></h3>
        <p class="salary"><strong>${salaryRange(j.salary)}</strong> · 招 ${j.openings} 人</p>
        <p>${j.employer.name}</p>
        <p class="meta">
          <span class="badge">${jobLabel('employmentType', j.employmentType)}</span>
          <span class="badge">${j.category}</span>
          ${j.isPublicBenefit ? html`<span class="badge ok">公益性岗位</span>` : nothing}
          ${j.suitableForHardship ? html`<span class="badge ok">适合困难职工</span>` : nothing}
          ${j.isRemote ? html`<span class="badge">可远程</span>` : nothing}
        </p>
        <p class="meta">${j.region.name}${j.address ? ` · ${j.address}` : ''}</p>
      </li>`,
    )}
  </ul>`;
}

const SORTS: Record<string, string> = { NEWEST: '最新发布', SALARY: '薪资最高' };

export const jobsPage: Page = async (ctx) => {
  ctx.title('就业招聘');
  const q = ctx.query;
  const text = q.get('q') ?? '';
  const category = q.get('category') ?? '';
  const hardship = q.get('hardship') === '1';
  const publicBenefit = q.get('public') === '1';
  const sort = (q.get('sort') as JobPostingSort | null) ?? 'NEWEST';
  const filter: JobPostingFilter = {
    ...(text && { text }),
    ...(category && { category }),
    ...(hardship && { suitableForHardship: true }),
    ...(publicBenefit && { isPublicBenefit: true }),
  };
  const data = await request(JobsPageDocument, { filter, sort, after: q.get('after') });
  viewer.set(data.me);
  const search = (event: SubmitEvent) => {
    event.preventDefault();
    const v = formValues(event.currentTarget as HTMLFormElement);
    const params = new URLSearchParams();
    if (v.q) params.set('q', v.q);
    if (v.category) params.set('category', v.category);
    if (v.hardship) params.set('hardship', '1');
    if (v.public) params.set('public', '1');
    if (v.sort && v.sort !== 'NEWEST') params.set('sort', v.sort);
    ctx.navigate(`/jobs${params.size ? `?${params}` : ''}`);
  };
  const page = data.jobPostings.pageInfo;
  const next = new URLSearchParams(q);
  if (page.endCursor) next.set('after', page.endCursor);
  ctx.render(html`${pageHeader('就业招聘', '工会就业服务：公益性岗位、困难职工优先推荐、招聘会。')}
    <p><a href="/fairs">招聘会 →</a></p>
    <form class="filters" role="search" @submit=${search}>
      ${field({ label: '搜索岗位', name: 'q', type: 'search', value: text, placeholder: '如 焊工、护理、洛阳' })}
      <div class="field">
        <label for="job-category">职业类别</label>
        <select id="job-category" name="category">
          <option value="">全部</option>
          ${data.jobPostingCategories.map(
            (c) => html`<option value=${c.category} ?selected=${c.category === category}>${c.category}（${c.openPostings}）</option>`,
          )}
        </select>
      </div>
      <div class="field">
        <label for="job-sort">排序</label>
        <select id="job-sort" name="sort">
          ${Object.entries(SORTS).map(([k, t]) => html`<option value=${k} ?selected=${k === sort}>${t}</option>`)}
        </select>
      </div>
      <label class="check"><input type="checkbox" name="hardship" value="1" ?checked=${hardship} /> 适合困难职工</label>
      <label class="check"><input type="checkbox" name="public" value="1" ?checked=${publicBenefit} /> 公益性岗位</label>
      <button type="submit">搜索</button>
    </form>
    <p class="meta" role="status">共 ${data.jobPostings.totalCount} 个岗位</p>
    ${jobList(data.jobPostings.nodes)}
    ${page.hasNextPage ? html`<p><a class="button secondary" href=${`/jobs?${next}`}>下一页</a></p>` : nothing}
    ${session.token ? html`<p><a href="/me/jobs">我的求职申请 →</a></p>` : nothing}`);
};

export const jobPage: Page = async (ctx) => {
  const data = await request(JobPageDocument, { id: ctx.params.id! });
  viewer.set(data.me);
  const job = data.node?.__typename === 'JobPosting' ? data.node : null;
  if (!job) {
    ctx.title('岗位不存在');
    ctx.render(html`${pageHeader('岗位不存在')}<p><a href="/jobs">返回岗位列表</a></p>`);
    return;
  }
  ctx.title(job.title);
  setJsonLd(job.jsonLd);
  let application = job.viewerApplication ?? null;
  const fairId = ctx.query.get('fair') || null;
  let problem: Problem = null;
  let message: string | null = null;

  const apply = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const v = formValues(form);
    const list = (text: string | undefined) => (text ? text.split(/[,，、\s]+/).filter(Boolean) : []);
    const result = await busy(form, async () =>
      (
        await request(ApplyForJobDocument, {
          input: {
            posting: job.id,
            // Opened from a job fair's page: the application counts in that fair's figures.
            fair: fairId,
            note: v.note || null,
            experience: v.experience || null,
            skills: list(v.skills),
            certificates: list(v.certificates),
          },
        })
      ).applyForJob,
    );
    problem = asError(result);
    if (!problem && result?.__typename === 'ApplyForJobSuccess') {
      application = result.application;
      message = '申请已投递，用人单位处理后您会在“我的求职申请”看到进度';
    }
    draw();
  };
  const withdraw = async (event: Event) => {
    if (!application || !confirm('确定撤回这份申请吗？')) return;
    const id = application.id;
    const result = await busy(event.currentTarget as HTMLButtonElement, async () => (await request(WithdrawJobApplicationDocument, { input: { id } })).withdrawJobApplication);
    problem = asError(result);
    if (!problem && result?.__typename === 'WithdrawJobApplicationSuccess') {
      application = result.application;
      message = '申请已撤回';
    }
    draw();
  };

  function draw() {
    const errors = fieldErrors(problem);
    const r = job!.requirements;
    ctx.render(html`${pageHeader(job!.title)}
      <p class="salary"><strong>${salaryRange(job!.salary)}</strong> · 招 ${job!.openings} 人 · ${jobLabel('employmentType', job!.employmentType)}</p>
      <p>${job!.employer.name}（${job!.employer.industry}）</p>
      <p class="meta">
        ${job!.isPublicBenefit ? html`<span class="badge ok">公益性岗位</span>` : nothing}
        ${job!.suitableForHardship ? html`<span class="badge ok">适合困难职工</span>` : nothing}
        ${job!.isOpen ? html`<span class="badge ok">招聘中</span>` : html`<span class="badge muted">已停止招聘</span>`}
      </p>
      <dl class="facts">
        <dt>地点</dt><dd>${job!.region.name}${job!.address ? ` · ${job!.address}` : ''}${job!.isRemote ? '（可远程）' : ''}</dd>
        <dt>类别</dt><dd>${job!.category}</dd>
        <dt>学历</dt><dd>${jobLabel('education', r.education ?? 'NONE')}</dd>
        <dt>经验</dt><dd>${r.experienceYears ? `${r.experienceYears} 年以上` : '不限'}</dd>
        ${r.skills.length ? html`<dt>技能</dt><dd>${r.skills.join('、')}</dd>` : nothing}
        ${job!.benefits.length ? html`<dt>福利</dt><dd>${job!.benefits.join('、')}</dd>` : nothing}
        <dt>发布</dt><dd>${dateTime(job!.datePosted)}</dd>
        <dt>截止</dt><dd>${dateTime(job!.validThrough)}</dd>
      </dl>
      <h2>岗位描述</h2>
      <p class="description">${job!.description}</p>
      <section class="card" aria-labelledby="apply-h">
        <h2 id="apply-h">申请岗位</h2>
        ${alertBox(problem)} ${notice(message)}
        ${application
          ? html`<p>申请状态：<strong class="application-status" data-status=${application.status}>${jobLabel('applicationStatus', application.status)}</strong>
                <span class="meta">（${dateTime(application.statusChangedAt)}）</span></p>
              ${application.viewerCan.withdraw
                ? html`<p><button type="button" class="secondary" @click=${withdraw}>撤回申请</button></p>`
                : nothing}`
          : !session.token
            ? html`<p><a class="button" href=${`/login?next=${encodeURIComponent(location.pathname)}`}>登录后申请</a></p>`
            : viewer.get() && !isMember()
              ? html`<p class="hint">申请岗位须先绑定工会会员卡。</p>`
              : job!.viewerCan.apply
                ? html`<form class="stack" @submit=${apply} novalidate>
                    ${fairId ? html`<p class="hint" data-testid="via-fair">经招聘会投递，计入该场招聘会的数据。</p>` : nothing}
                    ${field({ label: '工作经历', name: 'experience', error: errors.experience, hint: '如：焊工 3 年' })}
                    ${field({ label: '技能', name: 'skills', error: errors.skills, hint: '多个用逗号分隔' })}
                    ${field({ label: '证书', name: 'certificates', error: errors.certificates })}
                    ${field({ label: '留言', name: 'note', error: errors.note })}
                    <button type="submit">投递申请</button>
                  </form>`
                : html`<p class="hint">该岗位已停止招聘。</p>`}
      </section>`);
  }
  draw();
};

export const myJobApplicationsPage: Page = async (ctx) => {
  ctx.title('我的求职申请');
  const data = await request(MyJobApplicationsPageDocument);
  viewer.set(data.me);
  const items = data.myJobApplications.nodes;
  ctx.render(html`${pageHeader('我的求职申请')}
    ${items.length
      ? html`<ul class="cards">
          ${items.map(
            (a) => html`<li class="card" data-application=${a.id}>
              <h3><a href=${`/jobs/${encodeURIComponent(a.posting.id)}`}>${a.posting.title}</a></h3>
              <p>${a.posting.employer.name}</p>
              <p>状态：<strong class="application-status" data-status=${a.status}>${jobLabel('applicationStatus', a.status)}</strong>
                <span class="meta">更新于 ${dateTime(a.statusChangedAt)}</span></p>
              <p class="meta">投递于 ${dateTime(a.createdAt)}</p>
            </li>`,
          )}
        </ul>`
      : html`<p class="empty">还没有申请。<a href="/jobs">去看看岗位</a></p>`}`);
};
