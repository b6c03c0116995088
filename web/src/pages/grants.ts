import { html, nothing, type TemplateResult } from 'lit-html';
import {
  CreateGrantApplicationDocument,
  GrantCallPageDocument,
  GrantCallsPageDocument,
  GrantReportPageDocument,
  MyGrantsPageDocument,
  RequestGrantTrancheDocument,
  ResubmitGrantApplicationDocument,
  SubmitGrantReportDocument,
  SubmitGrantApplicationDocument,
  WithdrawGrantApplicationDocument,
  type GrantDistinction,
  type GrantDocumentInput,
  type GrantReportPartsFragment,
  type MyGrantApplicationFragment,
} from '../gql/graphql';
import { GRANT_LABELS, grantLabel } from '../grant-labels';
import { ApiError, asError, request, uploadFile } from '../api';
import type { Page } from '../router';
import { session } from '../session';
import { alertBox, busy, dateTime, day, field, fieldErrors, money, notice, pageHeader, yuanToFen, type Problem } from '../ui';
import { isMember, viewer } from '../viewer';

const DISTINCTIONS = GRANT_LABELS.distinction;


export const grantCallsPage: Page = async (ctx) => {
  ctx.title('工作室资助');
  const data = await request(GrantCallsPageDocument);
  viewer.set(data.me);
  ctx.render(html`${pageHeader('工匠创新工作室资助', '工匠、大工匠领衔的创新工作室可申请建设资助。')}
    ${data.grantCalls.nodes.length
      ? html`<ul class="cards">
          ${data.grantCalls.nodes.map(
            (c) => html`<li class="card">
              <h3><a href=${`/grants/${encodeURIComponent(c.id)}`}>${c.title}</a></h3>
              <p>${c.union.name} · ${c.isOpen ? html`<span class="badge ok">申报中</span>` : html`<span class="badge muted">不在申报期</span>`}</p>
              <p>档次：${c.tiers.map((t) => `${t.name} ${money(t.minAmount)}${t.maxAmount.amount !== t.minAmount.amount ? `–${money(t.maxAmount)}` : ''}`).join('；')}</p>
              <p class="meta">申报期 ${dateTime(c.opensAt)} 至 ${dateTime(c.closesAt)} · 剩余预算 ${money(c.remainingBudget)} / ${money(c.budget)}</p>
            </li>`,
          )}
        </ul>`
      : html`<p class="empty">暂无资助项目。</p>`}
    ${session.token ? html`<p><a href="/me/grants">我的资助申请 →</a></p>` : nothing}`);
};

type MyTranche = MyGrantApplicationFragment['tranches'][number];

/** One application with its status, its tranches and reports once approved, and what the applicant can do next. */
function applicationCard(
  a: MyGrantApplicationFragment,
  problem: Problem,
  message: string | null,
  actions: TemplateResult | typeof nothing,
  trancheAction: (t: MyTranche) => TemplateResult | typeof nothing = () => nothing,
): TemplateResult {
  return html`<article class="card grant-application" data-application=${a.id} data-status=${a.status}>
    <h3>${a.studioName}</h3>
    <p>${a.call.title} · ${a.tier.name}</p>
    <p>状态：<strong class="grant-status">${grantLabel('applicationStatus', a.status)}</strong>${a.submittedAt ? html` <span class="meta">提交于 ${dateTime(a.submittedAt)}</span>` : nothing}</p>
    <p>申请金额 ${money(a.requestedAmount)}${a.approvedAmount ? html`，批准金额 <strong>${money(a.approvedAmount)}</strong>` : nothing}</p>
    ${a.infoRequest ? html`<p class="warn">需补充：${a.infoRequest}</p>` : nothing}
    ${a.missingDocuments.length ? html`<p class="warn">缺少材料：${a.missingDocuments.join('、')}</p>` : nothing}
    ${a.decisionRationale ? html`<p>决定理由：${a.decisionRationale}</p>` : nothing}
    ${a.tranches.length
      ? html`<h4>分期拨款</h4>
          <ul class="plain tranches">${a.tranches.map(
            (t) => html`<li class="tranche" data-tranche=${t.id} data-status=${t.status}>
              ${t.label} ${money(t.amount)}：<strong>${grantLabel('trancheStatus', t.status)}</strong>${t.paidAt ? `（${dateTime(t.paidAt)}）` : ''}
              ${t.report && t.status === 'PLANNED' ? html`<span class="meta">须待「${t.report.title}」验收（${grantLabel('reportStatus', t.report.status)}）</span>` : nothing}
              ${t.failureReason && t.status === 'FAILED' ? html`<span class="warn">${t.failureReason}</span>` : nothing}
              ${trancheAction(t)}
            </li>`,
          )}</ul>`
      : nothing}
    ${a.reports.length
      ? html`<h4>报告</h4>
          <ul class="plain reports">${a.reports.map(
            (r) => html`<li class="report" data-report=${r.id} data-status=${r.status}>
              <a href=${`/me/grants/reports/${encodeURIComponent(r.id)}`}>${r.title}</a>（${day(r.dueOn)} 前）：<strong>${grantLabel('reportStatus', r.status)}</strong>
              ${r.reviewNote && r.status === 'CHANGES_REQUESTED' ? html`<span class="warn">修改意见：${r.reviewNote}</span>` : nothing}
            </li>`,
          )}</ul>`
      : nothing}
    ${alertBox(problem)} ${notice(message)} ${actions}
  </article>`;
}

interface Row {
  a: string;
  b: string;
}

export const grantCallPage: Page = async (ctx) => {
  const member = isMember();
  const data = await request(GrantCallPageDocument, { id: ctx.params.id!, member });
  viewer.set(data.me);
  const call = data.node?.__typename === 'GrantCall' ? data.node : null;
  if (!call) {
    ctx.title('资助项目不存在');
    ctx.render(html`${pageHeader('资助项目不存在')}<p><a href="/grants">返回</a></p>`);
    return;
  }
  ctx.title(call.title);
  // The form while the API lets the viewer apply (a withdrawn application does not block a new
  // one); otherwise the viewer's newest application in this call (the list is newest first).
  let canApply = call.viewerCan.apply;
  let mine = canApply ? null : ((data.myGrantApplications?.nodes ?? []).find((a) => a.call.id === call.id) ?? null);
  let problem: Problem = null;
  let message: string | null = null;
  const budget: Row[] = [{ a: '', b: '' }];
  const team: Row[] = [{ a: '', b: '' }];
  const values: Record<string, string> = { tier: call.tiers[0]?.id ?? '' };
  const distinctions = new Set<GrantDistinction>();
  const files = new Map<string, File>();
  let attested = false;

  const total = () => budget.reduce((sum, row) => sum + (yuanToFen(row.b) ?? 0), 0);

  const submitApplication = async (id: string) => {
    const result = (await request(SubmitGrantApplicationDocument, { input: { application: id } })).submitGrantApplication;
    const error = asError(result);
    if (!error && result?.__typename === 'SubmitGrantApplicationSuccess') {
      mine = result.application;
      problem = null;
      message = '申请已提交，进入形式审查';
    } else problem = error;
  };

  const apply = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const requested = yuanToFen(values.amount ?? '');
    await busy(form, async () => {
      // Each document goes up first (POST /files, checked by its content), then its id is sent.
      const documents: GrantDocumentInput[] = [];
      for (const [kind, file] of files) {
        try {
          documents.push({ kind, file: (await uploadFile(file, 'grant_document')).id });
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          problem = `「${file.name}」：${error.message}`;
          return;
        }
      }
      const result = (
        await request(CreateGrantApplicationDocument, {
          input: {
            call: call.id,
            tier: values.tier ?? '',
            studioName: values.studioName ?? '',
            enterprise: values.enterprise ?? '',
            trade: values.trade ?? '',
            plan: values.plan ?? '',
            requestedAmount: { amount: requested ?? 0, currency: 'CNY' },
            budgetLines: budget.filter((r) => r.a || r.b).map((r) => ({ item: r.a, amount: { amount: yuanToFen(r.b) ?? 0, currency: 'CNY' as const } })),
            teamMembers: team.filter((r) => r.a).map((r) => ({ name: r.a, role: r.b })),
            distinctions: [...distinctions],
            distinctionNote: values.distinctionNote || null,
            documents,
            eligibilityAttested: attested,
          },
        })
      ).createGrantApplication;
      const error = asError(result);
      if (error || result?.__typename !== 'CreateGrantApplicationSuccess') {
        problem = error;
        return;
      }
      mine = result.application;
      canApply = false;
      await submitApplication(mine.id);
    });
    draw();
  };

  const rows = (list: Row[], labels: [string, string], name: string, onB?: () => void): TemplateResult => html`${list.map(
      (row, i) => html`<div class="row-pair">
        <div class="field"><label for=${`${name}-${i}-a`}>${labels[0]} ${i + 1}</label>
          <input id=${`${name}-${i}-a`} .value=${row.a} @input=${(e: Event) => (row.a = (e.target as HTMLInputElement).value)} /></div>
        <div class="field"><label for=${`${name}-${i}-b`}>${labels[1]}</label>
          <input id=${`${name}-${i}-b`} .value=${row.b} inputmode=${onB ? 'decimal' : nothing}
            @input=${(e: Event) => ((row.b = (e.target as HTMLInputElement).value), onB?.())} /></div>
      </div>`,
    )}
    <p><button type="button" class="secondary" @click=${() => (list.push({ a: '', b: '' }), draw())}>添加一行</button></p>`;

  function draw() {
    const c = call!;
    const errors = fieldErrors(problem);
    const set = (name: string) => (e: Event) => (values[name] = (e.target as HTMLInputElement).value);
    ctx.render(html`${pageHeader(c.title)}
      <p>${c.union.name} · ${c.isOpen ? html`<span class="badge ok">申报中</span>` : html`<span class="badge muted">不在申报期</span>`}</p>
      <p class="description">${c.description}</p>
      <dl class="facts">
        <dt>申报期</dt><dd>${dateTime(c.opensAt)} 至 ${dateTime(c.closesAt)}</dd>
        <dt>预算</dt><dd>剩余 ${money(c.remainingBudget)} / ${money(c.budget)}</dd>
        <dt>档次</dt><dd><ul class="plain">${c.tiers.map((t) => html`<li>${t.name}：${money(t.minAmount)}${t.maxAmount.amount !== t.minAmount.amount ? `–${money(t.maxAmount)}` : ''}${t.requiresDistinction ? '（另须满足一项重大业绩）' : ''}</li>`)}</ul></dd>
        <dt>申报条件</dt><dd><ol>${c.eligibilityConditions.map((x) => html`<li>${x}</li>`)}</ol></dd>
        ${c.qualifyingDistinctions.length ? html`<dt>重大业绩</dt><dd>${c.qualifyingDistinctions.map((d) => DISTINCTIONS[d]).join('、')}</dd>` : nothing}
        <dt>所需材料</dt><dd>${c.requiredDocuments.join('、') || '—'}</dd>
        <dt>评审指标</dt><dd>${c.criteria.map((x) => `${x.name}（${x.weight}%）`).join('、')}</dd>
      </dl>
      <section class="card" aria-labelledby="grant-apply">
        <h2 id="grant-apply">申请</h2>
        ${mine
          ? applicationCard(mine, problem, message, mine.viewerCan.submit
              ? html`<button type="button" @click=${async (e: Event) => { await busy(e.currentTarget as HTMLButtonElement, () => submitApplication(mine!.id)); draw(); }}>提交申请</button>`
              : nothing)
          : !session.token
            ? html`<p><a class="button" href=${`/login?next=${encodeURIComponent(location.pathname)}`}>登录后申请</a></p>`
            : !member
              ? html`<p class="hint">申请须为绑定会员卡的工会会员。</p>`
              : !canApply
                ? html`<p class="hint">不在申报期内。</p>`
                : html`<form class="stack" @submit=${apply} novalidate>
                    ${alertBox(problem)}
                    <fieldset>
                      <legend>申报档次</legend>
                      ${c.tiers.map((t) => html`<label class="check"><input type="radio" name="tier" value=${t.id} ?checked=${values.tier === t.id} @change=${set('tier')} /> ${t.name}（${money(t.minAmount)}${t.maxAmount.amount !== t.minAmount.amount ? `–${money(t.maxAmount)}` : ''}）</label>`)}
                    </fieldset>
                    <div @input=${(e: Event) => { const t = e.target as HTMLInputElement; if (t.name) values[t.name] = t.value; }}>
                      ${field({ label: '工作室名称', name: 'studioName', required: true, value: values.studioName, error: errors.studioName })}
                      ${field({ label: '所在企业', name: 'enterprise', required: true, value: values.enterprise, error: errors.enterprise })}
                      ${field({ label: '工种', name: 'trade', required: true, value: values.trade, error: errors.trade })}
                      ${field({ label: '申请金额（元）', name: 'amount', required: true, inputmode: 'decimal', value: values.amount, error: errors.requestedAmount ?? errors['requestedAmount.amount'] })}
                      <div class="field ${errors.plan ? 'invalid' : ''}">
                        <label for="grant-plan">建设计划<span class="req" aria-hidden="true">*</span></label>
                        <textarea id="grant-plan" name="plan" rows="5" .value=${values.plan ?? ''}></textarea>
                        ${errors.plan ? html`<p class="field-error">${errors.plan}</p>` : nothing}
                      </div>
                    </div>
                    <fieldset>
                      <legend>预算明细（合计须等于申请金额）</legend>
                      ${rows(budget, ['项目', '金额（元）'], 'budget', () => draw())}
                      <p role="status">合计：<strong>${money({ amount: total() })}</strong></p>
                    </fieldset>
                    <fieldset>
                      <legend>团队成员</legend>
                      ${rows(team, ['姓名', '分工'], 'team')}
                    </fieldset>
                    ${c.qualifyingDistinctions.length
                      ? html`<fieldset>
                          <legend>重大业绩（大工匠档须至少一项）</legend>
                          ${c.qualifyingDistinctions.map((d) => html`<label class="check"><input type="checkbox" ?checked=${distinctions.has(d)} @change=${(e: Event) => ((e.target as HTMLInputElement).checked ? distinctions.add(d) : distinctions.delete(d))} /> ${DISTINCTIONS[d]}</label>`)}
                          ${field({ label: '业绩说明', name: 'distinctionNote', value: values.distinctionNote })}
                        </fieldset>`
                      : nothing}
                    <fieldset>
                      <legend>申报材料（PDF、JPEG 或 PNG）</legend>
                      ${c.requiredDocuments.map((kind, i) => html`<div class="field"><label for=${`doc-${i}`}>${kind}</label>
                        <input id=${`doc-${i}`} type="file" accept="application/pdf,image/jpeg,image/png" @change=${(e: Event) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) files.set(kind, f); else files.delete(kind); }} /></div>`)}
                    </fieldset>
                    <label class="check"><input type="checkbox" ?checked=${attested} @change=${(e: Event) => (attested = (e.target as HTMLInputElement).checked)} /> 本人承诺符合上述申报条件，所填信息真实</label>
                    <button type="submit">提交申请</button>
                  </form>`}
      </section>`);
  }
  draw();
};

export const myGrantsPage: Page = async (ctx) => {
  ctx.title('我的资助申请');
  let data = await request(MyGrantsPageDocument);
  viewer.set(data.me);
  const problems = new Map<string, Problem>();
  const messages = new Map<string, string>();
  const act = async (event: Event, id: string, kind: 'submit' | 'resubmit' | 'withdraw') => {
    if (kind === 'withdraw' && !confirm('确定撤回这份申请吗？')) return;
    const input = { application: id };
    const result = await busy(event.currentTarget as HTMLButtonElement, async () =>
      kind === 'submit'
        ? (await request(SubmitGrantApplicationDocument, { input })).submitGrantApplication
        : kind === 'resubmit'
          ? (await request(ResubmitGrantApplicationDocument, { input })).resubmitGrantApplication
          : (await request(WithdrawGrantApplicationDocument, { input })).withdrawGrantApplication,
    );
    const error = asError(result);
    problems.set(id, error);
    if (!error) messages.set(id, { submit: '已提交', resubmit: '已重新提交', withdraw: '已撤回' }[kind]);
    data = await request(MyGrantsPageDocument);
    draw();
  };
  const requestTranche = async (event: Event, application: string, tranche: string) => {
    const result = await busy(event.currentTarget as HTMLButtonElement, async () =>
      (await request(RequestGrantTrancheDocument, { input: { tranche } })).requestGrantTranche,
    );
    const error = asError(result);
    problems.set(application, error);
    if (error) messages.delete(application);
    else messages.set(application, '已申请拨款，等待工会审批');
    data = await request(MyGrantsPageDocument);
    draw();
  };
  /** The API says when a tranche may be asked for (in order; it checks the reports when asked). */
  const trancheAction = (a: MyGrantApplicationFragment) => (t: MyTranche) => {
    if (!t.viewerCan.request) return nothing;
    return html`<button type="button" @click=${(e: Event) => requestTranche(e, a.id, t.id)}>申请拨付</button>`;
  };
  function draw() {
    const apps = data.myGrantApplications.nodes;
    ctx.render(html`${pageHeader('我的资助申请')}
      ${apps.length
        ? apps.map((a) =>
            applicationCard(
              a,
              problems.get(a.id),
              messages.get(a.id) ?? null,
              html`<div class="actions">
                ${a.viewerCan.submit ? html`<button type="button" @click=${(e: Event) => act(e, a.id, 'submit')}>提交申请</button>` : nothing}
                ${a.viewerCan.resubmit ? html`<button type="button" @click=${(e: Event) => act(e, a.id, 'resubmit')}>重新提交</button>` : nothing}
                ${a.viewerCan.withdraw
                  ? html`<button type="button" class="secondary" @click=${(e: Event) => act(e, a.id, 'withdraw')}>撤回</button>`
                  : nothing}
              </div>`,
              trancheAction(a),
            ),
          )
        : html`<p class="empty">还没有申请。<a href="/grants">查看资助项目</a></p>`}`);
  }
  draw();
};

/** The grantee writes a progress or final report; staff accept it or ask for changes. */
export const grantReportPage: Page = async (ctx) => {
  const data = await request(GrantReportPageDocument, { id: ctx.params.id! });
  viewer.set(data.me);
  let report: GrantReportPartsFragment | null = data.node?.__typename === 'GrantReport' ? data.node : null;
  if (!report) {
    ctx.title('报告不存在');
    ctx.render(html`${pageHeader('报告不存在')}<p><a href="/me/grants">返回我的资助申请</a></p>`);
    return;
  }
  ctx.title(report.title);
  let content = report.content ?? '';
  let problem: Problem = null;
  let message: string | null = null;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const result = await busy(form, async () =>
      (await request(SubmitGrantReportDocument, { input: { report: report!.id, content } })).submitGrantReport,
    );
    const error = asError(result);
    problem = error;
    if (!error && result?.__typename === 'SubmitGrantReportSuccess') {
      report = result.report;
      message = '报告已提交，等待工会验收';
    } else message = null;
    draw();
  };

  function draw() {
    const r = report!;
    const errors = fieldErrors(problem);
    const editable = r.viewerCan.submit;
    ctx.render(html`${pageHeader(r.title, `${r.application.studioName} · ${r.application.call.title}`)}
      <dl class="facts">
        <dt>截止日期</dt><dd>${day(r.dueOn)}</dd>
        <dt>状态</dt><dd><strong class="report-status" data-status=${r.status}>${grantLabel('reportStatus', r.status)}</strong></dd>
        ${r.submittedAt ? html`<dt>提交时间</dt><dd>${dateTime(r.submittedAt)}</dd>` : nothing}
        ${r.reviewNote ? html`<dt>验收意见</dt><dd>${r.reviewNote}</dd>` : nothing}
      </dl>
      ${notice(message)}
      ${editable
        ? html`<form class="stack" @submit=${submit} novalidate>
            ${alertBox(problem)}
            <div class="field ${errors.content ? 'invalid' : ''}">
              <label for="report-content">报告内容<span class="req" aria-hidden="true">*</span></label>
              <textarea id="report-content" rows="10" .value=${content} aria-describedby="report-hint"
                @input=${(e: Event) => (content = (e.target as HTMLTextAreaElement).value)}></textarea>
              <p class="hint" id="report-hint">写明建设进展、经费使用、取得的成果与下一步计划（20–10000 字）。</p>
              ${errors.content ? html`<p class="field-error">${errors.content}</p>` : nothing}
            </div>
            <button type="submit">${r.status === 'CHANGES_REQUESTED' ? '重新提交报告' : '提交报告'}</button>
          </form>`
        : html`<section class="card"><h2>报告内容</h2><p class="description">${r.content ?? '—'}</p></section>`}
      <p><a href="/me/grants">← 我的资助申请</a></p>`);
  }
  draw();
};
