import { html, nothing } from 'lit-html';
import {
  EmployerPageDocument,
  EmployerPostingPageDocument,
  SubmitJobPostingDocument,
  UpdateJobApplicationStatusDocument,
  type EmployerSetsApplicationStatus,
  type JobApplicationStatus,
} from '../gql/graphql';
import { asError, request } from '../api';
import type { Page } from '../router';
import { JOB_LABELS, alertBox, busy, dateTime, jobLabel, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';

type EmployerStep = 'view' | 'interview' | 'offer' | 'hire' | 'reject';

/**
 * The buttons an employer may see on an application, in the order shown; each appears only when
 * the application's viewerCan flag for it is true (the server's lifecycle decides, not this page).
 */
const STEPS: { action: EmployerStep; to: EmployerSetsApplicationStatus; text: string; primary?: (can: Record<EmployerStep, boolean>) => boolean }[] = [
  { action: 'view', to: 'VIEWED', text: '标记已查看' },
  { action: 'interview', to: 'INTERVIEWING', text: '安排面试', primary: () => true },
  // The offer is the main step once an interview is no longer on offer.
  { action: 'offer', to: 'OFFERED', text: '发录用意向', primary: (can) => !can.interview },
  { action: 'hire', to: 'HIRED', text: '确认录用', primary: () => true },
  { action: 'reject', to: 'REJECTED', text: '不合适' },
];

export const employerPage: Page = async (ctx) => {
  ctx.title('用人单位');
  const data = await request(EmployerPageDocument);
  viewer.set(data.me);
  const problems = new Map<string, Problem>();
  const messages = new Map<string, string>();
  const submit = async (event: Event, id: string) => {
    const result = await busy(event.currentTarget as HTMLButtonElement, async () => (await request(SubmitJobPostingDocument, { input: { id } })).submitJobPosting);
    const error = asError(result);
    problems.set(id, error);
    if (!error) {
      messages.set(id, '已提交审核');
      ctx.reload();
      return;
    }
    draw();
  };
  function draw() {
    ctx.render(html`${pageHeader('用人单位')}
      ${data.myEmployers.length
        ? data.myEmployers.map(
            (employer) => html`<section class="card" aria-label=${employer.name}>
              <h2>${employer.name}</h2>
              <p class="meta">${employer.industry} · <span class="badge">${jobLabel('employerStatus', employer.status)}</span></p>
              ${employer.reviewNote ? html`<p class="warn">审核意见：${employer.reviewNote}</p>` : nothing}
              <h3>岗位（${employer.postings?.totalCount ?? 0}）</h3>
              <p class="actions">
                <a class="button" href=${`/employer/postings/new?employer=${encodeURIComponent(employer.id)}`}>发布新岗位</a>
                ${employer.viewerCan.joinFair ? html`<a class="button secondary" href="/fairs">报名招聘会</a>` : nothing}
              </p>
              <ul class="plain postings">
                ${(employer.postings?.nodes ?? []).map(
                  (p) => html`<li class="posting-row">
                    <a href=${`/employer/postings/${encodeURIComponent(p.id)}`}>${p.title}</a>
                    <span class="badge">${jobLabel('postingStatus', p.status)}</span>
                    <span class="meta">申请 ${p.applications?.totalCount ?? 0} · 招 ${p.openings} 人 · 截止 ${dateTime(p.validThrough)}</span>
                    ${p.reviewNote ? html`<span class="warn">审核意见：${p.reviewNote}</span>` : nothing}
                    ${p.viewerCan.edit
                      ? html`<a class="button secondary" href=${`/employer/postings/${encodeURIComponent(p.id)}/edit`}>修改</a>`
                      : nothing}
                    ${p.viewerCan.submit ? html`<button type="button" class="secondary" @click=${(e: Event) => submit(e, p.id)}>提交审核</button>` : nothing}
                    ${alertBox(problems.get(p.id))} ${notice(messages.get(p.id))}
                  </li>`,
                )}
              </ul>
            </section>`,
          )
        : html`<p class="empty">此账号不是任何用人单位的员工。</p>`}`);
  }
  draw();
};

export const employerPostingPage: Page = async (ctx) => {
  const status = (ctx.query.get('status') as JobApplicationStatus | null) || null;
  const load = () => request(EmployerPostingPageDocument, { id: ctx.params.id!, status });
  let data = await load();
  viewer.set(data.me);
  if (data.node?.__typename !== 'JobPosting') {
    ctx.title('岗位不存在');
    ctx.render(html`${pageHeader('岗位不存在')}<p><a href="/employer">返回</a></p>`);
    return;
  }
  const postingId = data.node.id;
  ctx.title(`${data.node.title} · 申请`);
  const problems = new Map<string, Problem>();
  const messages = new Map<string, string>();

  const move = async (event: Event, id: string, to: EmployerSetsApplicationStatus) => {
    const reason = to === 'REJECTED' ? prompt('不合适的原因（将告知申请人，可留空）：') : null;
    if (to === 'REJECTED' && reason === null) return;
    const result = await busy(event.currentTarget as HTMLButtonElement, async () =>
      (await request(UpdateJobApplicationStatusDocument, { input: { id, status: to, reason: reason || null } })).updateJobApplicationStatus,
    );
    const error = asError(result);
    problems.set(id, error);
    if (error) messages.delete(id);
    else messages.set(id, `已更新为「${jobLabel('applicationStatus', to)}」`);
    data = await load();
    draw();
  };
  const filter = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    ctx.navigate(`/employer/postings/${encodeURIComponent(postingId)}${value ? `?status=${value}` : ''}`);
  };

  const actions = (id: string, can: Record<EmployerStep, boolean>) => {
    const steps = STEPS.filter((step) => can[step.action]);
    return steps.length
      ? html`<div class="actions">
          ${steps.map(
            (step) => html`<button type="button" class=${step.primary?.(can) ? '' : 'secondary'} @click=${(e: Event) => move(e, id, step.to)}>${step.text}</button>`,
          )}
        </div>`
      : nothing;
  };

  function draw() {
    if (data.node?.__typename !== 'JobPosting') return;
    const posting = data.node;
    const apps = posting.applications;
    ctx.render(html`${pageHeader(posting.title)}
      <p>${posting.employer.name} · <span class="badge">${jobLabel('postingStatus', posting.status)}</span> · 招 ${posting.openings} 人</p>
      <p><a href="/employer">← 全部岗位</a></p>
      <div class="field">
        <label for="app-status">按状态筛选</label>
        <select id="app-status" @change=${filter}>
          <option value="">全部</option>
          ${Object.entries(JOB_LABELS.applicationStatus).map(([k, t]) => html`<option value=${k} ?selected=${k === status}>${t}</option>`)}
        </select>
      </div>
      <h2>申请（${apps?.totalCount ?? 0}）</h2>
      ${!apps
        ? html`<p class="hint">没有权限查看该岗位的申请。</p>`
        : apps.nodes.length
          ? apps.nodes.map(
              (a) => html`<article class="card application" data-application=${a.id} data-status=${a.status}>
                <h3>${a.applicant.realName}</h3>
                <p>状态：<strong>${jobLabel('applicationStatus', a.status)}</strong> <span class="meta">（${dateTime(a.statusChangedAt)}）</span></p>
                <p>电话：<a href=${`tel:${a.applicant.phone}`}>${a.applicant.phone}</a></p>
                ${a.experience ? html`<p>经历：${a.experience}</p>` : nothing}
                ${a.skills.length ? html`<p>技能：${a.skills.join('、')}</p>` : nothing}
                ${a.certificates.length ? html`<p>证书：${a.certificates.join('、')}</p>` : nothing}
                ${a.note ? html`<p>留言：${a.note}</p>` : nothing}
                <p class="meta">投递于 ${dateTime(a.createdAt)}</p>
                ${alertBox(problems.get(a.id))} ${notice(messages.get(a.id))}
                ${actions(a.id, a.viewerCan)}
              </article>`,
            )
          : html`<p class="empty">暂无申请。</p>`}`);
  }
  draw();
};
