import { html, nothing, type TemplateResult } from 'lit-html';
import {
  AssignGrantReviewerDocument,
  DecideGrantApplicationDocument,
  DeclareGrantReviewConflictDocument,
  GrantReviewsPageDocument,
  RequestGrantInfoDocument,
  StaffGrantCallPageDocument,
  StaffGrantCallsPageDocument,
  StartGrantReviewDocument,
  StartGrantScreeningDocument,
  SubmitGrantReviewDocument,
  type GrantReviewsPageQuery,
  type StaffGrantCallPageQuery,
} from '../gql/graphql';
import { asError, request } from '../api';
import type { Page } from '../router';
import { alertBox, busy, dateTime, field, formValues, money, notice, pageHeader, yuanToFen, type Problem } from '../ui';
import { grantLabel } from '../grant-labels';
import { hasRole, viewer } from '../viewer';

type Outcome = { __typename?: string } | null | undefined;
type StaffCall = Extract<NonNullable<StaffGrantCallPageQuery['node']>, { __typename: 'GrantCall' }>;
type StaffApplication = NonNullable<StaffCall['applications']>['nodes'][number];

/** Expert review: score each criterion 0–5 with an optional comment, or declare a conflict of interest. */
export const grantReviewsPage: Page = async (ctx) => {
  ctx.title('资助评审');
  let data: GrantReviewsPageQuery = await request(GrantReviewsPageDocument);
  viewer.set(data.me);
  const problems = new Map<string, Problem>();
  const messages = new Map<string, string>();

  const after = async (id: string, result: Outcome, done: string) => {
    const error = asError(result);
    problems.set(id, error);
    if (!error) messages.set(id, done);
    data = await request(GrantReviewsPageDocument);
    draw();
  };
  const submit = async (event: SubmitEvent, id: string, criteria: string[]) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const v = formValues(form);
    const scores = criteria.map((criterion) => ({ criterion, score: Number(v[`score-${criterion}`] ?? 0), comment: v[`comment-${criterion}`] || null }));
    const result = await busy(form, async () => (await request(SubmitGrantReviewDocument, { input: { review: id, scores, comment: v.comment || null } })).submitGrantReview);
    await after(id, result, '评审意见已提交');
  };
  const conflict = async (event: Event, id: string) => {
    const reason = prompt('回避理由：');
    if (!reason) return;
    const result = await busy(event.currentTarget as HTMLButtonElement, async () => (await request(DeclareGrantReviewConflictDocument, { input: { review: id, reason } })).declareGrantReviewConflict);
    await after(id, result, '已申请回避');
  };

  function draw() {
    const reviews = data.myGrantReviews.nodes;
    ctx.render(html`${pageHeader('资助评审')}
      ${reviews.length
        ? reviews.map((r) => {
            const a = r.application;
            const criteria = a.call.criteria;
            return html`<article class="card grant-review" data-review=${r.id} data-status=${r.status}>
              <h2>${a.studioName}</h2>
              <p>${a.call.title} · ${a.tier.name} · 申请 ${money(a.requestedAmount)}</p>
              <p>${a.applicantName} · ${a.enterprise} · ${a.trade}</p>
              <details>
                <summary>建设计划、预算与团队</summary>
                <p class="description">${a.plan}</p>
                <ul>${a.budgetLines.map((b) => html`<li>${b.item}：${money(b.amount)}</li>`)}</ul>
                <p>团队：${a.teamMembers.map((m) => `${m.name}（${m.role}）`).join('、') || '—'}</p>
                ${a.distinctions.length ? html`<p>重大业绩：${a.distinctions.map((d) => grantLabel('distinction', d)).join('、')}${a.distinctionNote ? `；${a.distinctionNote}` : ''}</p>` : nothing}
              </details>
              ${alertBox(problems.get(r.id))} ${notice(messages.get(r.id))}
              ${r.viewerCan.submit
                ? html`<form class="stack" @submit=${(e: SubmitEvent) => submit(e, r.id, criteria.map((c) => c.id))}>
                    ${criteria.map(
                      (c) => html`<fieldset>
                        <legend>${c.name}（权重 ${c.weight}%）</legend>
                        <p class="hint">${c.description}</p>
                        <div class="field"><label for=${`s-${r.id}-${c.id}`}>评分（0–5）</label>
                          <select id=${`s-${r.id}-${c.id}`} name=${`score-${c.id}`}>${[5, 4, 3, 2, 1, 0].map((n) => html`<option value=${n}>${n}</option>`)}</select></div>
                        ${field({ label: '意见', name: `comment-${c.id}` })}
                      </fieldset>`,
                    )}
                    ${field({ label: '总体意见', name: 'comment' })}
                    <div class="actions">
                      <button type="submit">提交评审</button>
                      ${r.viewerCan.declareConflict ? html`<button type="button" class="secondary" @click=${(e: Event) => conflict(e, r.id)}>申请回避</button>` : nothing}
                    </div>
                  </form>`
                : r.viewerCan.declareConflict
                  ? html`<p class="hint">申请尚未送交专家评审，送交后可评分。</p>
                      <div class="actions"><button type="button" class="secondary" @click=${(e: Event) => conflict(e, r.id)}>申请回避</button></div>`
                  : html`<p>${grantLabel('reviewStatus', r.status)}${r.status === 'SUBMITTED' ? `（${dateTime(r.submittedAt)}），加权得分 ${r.weightedScore?.toFixed(2) ?? '—'}` : ''}</p>`}
            </article>`;
          })
        : html`<p class="empty">没有分配给您的评审任务。</p>`}`);
  }
  draw();
};

export const staffGrantCallsPage: Page = async (ctx) => {
  ctx.title('资助管理');
  const data = await request(StaffGrantCallsPageDocument);
  viewer.set(data.me);
  ctx.render(html`${pageHeader('资助管理')}
    ${data.grantCalls.nodes.length
      ? html`<ul class="cards">
          ${data.grantCalls.nodes.map(
            (c) => html`<li class="card">
              <h3><a href=${`/staff/grants/${encodeURIComponent(c.id)}`}>${c.title}</a></h3>
              <p class="meta">${c.union.name} · 剩余预算 ${money(c.remainingBudget)} / ${money(c.budget)}</p>
              ${c.statistics ? html`<p class="meta grant-statistics">${c.statistics.byStatus.map((s) => `${grantLabel('applicationStatus', s.status)} ${s.count} 份`).join(' · ')}</p>` : nothing}
            </li>`,
          )}
        </ul>`
      : html`<p class="empty">暂无资助项目。</p>`}`);
};

/**
 * Staff move applications through the pipeline: screening, information requests, reviewer
 * assignment, expert review, decision (approve with an amount, or reject, with the rationale).
 */
export const staffGrantCallPage: Page = async (ctx) => {
  // Scores and the reviewer list are for union staff, so only they ask for them; what anyone may do
  // here comes from each application's viewerCan.
  const staff = hasRole('UNION_STAFF') || hasRole('PLATFORM_ADMIN');
  const load = () => request(StaffGrantCallPageDocument, { id: ctx.params.id!, staff });
  let data: StaffGrantCallPageQuery = await load();
  viewer.set(data.me);
  if (data.node?.__typename !== 'GrantCall') {
    ctx.title('资助项目不存在');
    ctx.render(html`${pageHeader('资助项目不存在')}`);
    return;
  }
  ctx.title(`${data.node.title} · 管理`);
  const problems = new Map<string, Problem>();
  const messages = new Map<string, string>();

  const run = async (target: HTMLButtonElement | HTMLFormElement, id: string, work: () => Promise<Outcome>, done: string) => {
    const result = await busy(target, work);
    const error = asError(result);
    problems.set(id, error);
    if (error) messages.delete(id);
    else messages.set(id, done);
    data = await load();
    draw();
  };
  const input = (application: string, reason: string | null = null) => ({ input: { application, reason } });

  const pipeline = (a: StaffApplication): TemplateResult | typeof nothing => {
    const can = a.viewerCan;
    const buttons: TemplateResult[] = [];
    const click = (text: string, work: () => Promise<Outcome>, done: string, secondary = false) =>
      html`<button type="button" class=${secondary ? 'secondary' : ''} @click=${(e: Event) => run(e.currentTarget as HTMLButtonElement, a.id, work, done)}>${text}</button>`;
    if (can.startScreening) buttons.push(click('开始形式审查', async () => (await request(StartGrantScreeningDocument, input(a.id))).startGrantScreening, '已开始形式审查'));
    if (can.startReview) buttons.push(click('送交专家评审', async () => (await request(StartGrantReviewDocument, input(a.id))).startGrantReview, '已送交专家评审'));
    if (can.requestInfo) {
      buttons.push(
        html`<button type="button" class="secondary" @click=${(e: Event) => {
          const message = prompt('需要申请人补充的内容：');
          if (message) void run(e.currentTarget as HTMLButtonElement, a.id, async () => (await request(RequestGrantInfoDocument, { input: { application: a.id, message } })).requestGrantApplicationInfo, '已要求补充材料');
        }}>要求补充材料</button>`,
      );
    }
    return html`<div class="actions">${buttons}</div>
      ${can.assignReviewer
        ? html`<form class="inline" @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            const reviewer = formValues(e.currentTarget as HTMLFormElement).reviewer ?? '';
            void run(e.currentTarget as HTMLFormElement, a.id, async () => (await request(AssignGrantReviewerDocument, { input: { application: a.id, reviewer } })).assignGrantReviewer, '已分配评审专家');
          }}>
            <div class="field"><label for=${`rev-${a.id}`}>评审专家</label>
              <select id=${`rev-${a.id}`} name="reviewer">${(data.grantReviewers?.nodes ?? []).map((r) => html`<option value=${r.id}>${r.displayName}</option>`)}</select></div>
            <button type="submit" class="secondary">分配</button>
          </form>`
        : nothing}
      ${can.approve || can.reject
        ? html`<form class="inline decide" @submit=${(e: SubmitEvent) => {
            e.preventDefault();
            const form = e.currentTarget as HTMLFormElement;
            const v = formValues(form);
            const approve = (e.submitter as HTMLButtonElement | null)?.value === 'APPROVE';
            const amount = yuanToFen(v.amount ?? '');
            // Paid at once, or (the API's default) half now and half once the mid-term report is accepted.
            const tranches = approve && v.plan === 'single' ? [{ label: '全额（立项后拨付）', amount: { amount: amount ?? a.requestedAmount.amount, currency: 'CNY' as const } }] : null;
            void run(form, a.id, async () =>
              (await request(DecideGrantApplicationDocument, {
                input: { application: a.id, decision: approve ? 'APPROVE' : 'REJECT', rationale: v.rationale ?? '', tranches, ...(approve && amount != null && { amount: { amount, currency: 'CNY' } }) },
              })).decideGrantApplication,
              approve ? '已批准' : '已不予资助');
          }}>
            ${can.approve
              ? html`${field({ label: '批准金额（元）', name: 'amount', inputmode: 'decimal', value: String(a.requestedAmount.amount / 100) })}
                  <div class="field"><label for=${`plan-${a.id}`}>拨付计划</label>
                    <select id=${`plan-${a.id}`} name="plan">
                      <option value="default">分两期：立项后拨付一半，中期报告验收后拨付其余</option>
                      <option value="single">一次拨付全额</option>
                    </select></div>`
              : nothing}
            ${field({ label: '决定理由', name: 'rationale', required: true })}
            ${can.approve ? html`<button type="submit" value="APPROVE">批准</button>` : nothing}
            ${can.reject ? html`<button type="submit" value="REJECT" class="secondary">不予资助</button>` : nothing}
          </form>`
        : nothing}`;
  };

  function draw() {
    if (data.node?.__typename !== 'GrantCall') return;
    const c = data.node;
    const apps = c.applications;
    ctx.render(html`${pageHeader(`${c.title} · 管理`)}
      <p>剩余预算 <strong>${money(c.remainingBudget)}</strong> · 每份申请 ${c.reviewersPerApplication} 位专家评审</p>
      <h2>申请（${apps?.totalCount ?? 0}）</h2>
      ${!apps
        ? html`<p class="hint">没有权限查看本项目的申请。</p>`
        : apps.nodes.map(
            (a) => html`<article class="card" data-application=${a.id} data-status=${a.status}>
              <h3>${a.studioName}</h3>
              <p>${a.applicantName} · ${a.enterprise} · ${a.tier.name} · 申请 ${money(a.requestedAmount)}</p>
              <p>状态：<strong class="grant-status">${grantLabel('applicationStatus', a.status)}</strong>${a.weightedAverageScore != null ? html` · 平均加权分 ${a.weightedAverageScore.toFixed(2)}` : nothing}</p>
              ${a.missingDocuments.length ? html`<p class="warn">缺少材料：${a.missingDocuments.join('、')}</p>` : nothing}
              ${a.reviews?.nodes.length ? html`<p class="meta">评审：${a.reviews.nodes.map((r) => `${r.reviewerName}（${grantLabel('reviewStatus', r.status)}${r.status === 'SUBMITTED' && r.weightedScore != null ? ` ${r.weightedScore.toFixed(2)} 分` : ''}）`).join('、')}</p>` : nothing}
              ${a.tranches.length
                ? html`<p class="meta">拨款：${a.tranches.map((t) => `${t.label} ${grantLabel('trancheStatus', t.status)}`).join('；')}</p>
                    <p class="meta">报告：${a.reports.map((r) => `${r.title} ${grantLabel('reportStatus', r.status)}`).join('；')}</p>
                    <p><a href=${`/staff/grants/applications/${encodeURIComponent(a.id)}`}>拨款与报告 →</a></p>`
                : nothing}
              ${alertBox(problems.get(a.id))} ${notice(messages.get(a.id))}
              ${pipeline(a)}
            </article>`,
          )}`);
  }
  draw();
};
