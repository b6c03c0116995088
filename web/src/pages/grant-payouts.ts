import { html, nothing, type TemplateResult } from 'lit-html';
import {
  ApproveGrantTrancheDocument,
  FinanceApproveGrantTrancheDocument,
  PayGrantTrancheWithStripeDocument,
  RecordGrantTranchePaymentDocument,
  RecordGrantTranchePaymentFailureDocument,
  ReviewGrantReportDocument,
  StaffGrantApplicationPageDocument,
  type StaffGrantApplicationPageQuery,
} from '../gql/graphql';
import { asError, request } from '../api';
import { auditAction, auditState, grantLabel } from '../grant-labels';
import type { Page } from '../router';
import { alertBox, busy, dateTime, day, field, formValues, money, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';

type Outcome = { __typename?: string } | null | undefined;
type Application = Extract<NonNullable<StaffGrantApplicationPageQuery['node']>, { __typename: 'GrantApplication' }>;
type Tranche = Application['tranches'][number];
type Report = Application['reports'][number];

/**
 * After the decision: union staff approve tranche requests and accept reports; finance (another
 * person, the API enforces it) review the tranche and record or make the payment. The buttons
 * follow the API's state machine; every refusal is shown with its typed error.
 */
export const staffGrantApplicationPage: Page = async (ctx) => {
  const load = () => request(StaffGrantApplicationPageDocument, { id: ctx.params.id! });
  let data: StaffGrantApplicationPageQuery = await load();
  viewer.set(data.me);
  if (data.node?.__typename !== 'GrantApplication') {
    ctx.title('资助申请不存在');
    ctx.render(html`${pageHeader('资助申请不存在')}<p><a href="/staff/grants">返回资助管理</a></p>`);
    return;
  }
  ctx.title(`${data.node.studioName} · 拨款与报告`);
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
  const click = (id: string, text: string, work: () => Promise<Outcome>, done: string, secondary = false) =>
    html`<button type="button" class=${secondary ? 'secondary' : ''} @click=${(e: Event) => run(e.currentTarget as HTMLButtonElement, id, work, done)}>${text}</button>`;
  const input = (tranche: string) => ({ input: { tranche } });

  const trancheActions = (t: Tranche): TemplateResult[] => {
    const out: TemplateResult[] = [];
    if (t.viewerCan.approve) {
      out.push(click(t.id, '工会审批通过', async () => (await request(ApproveGrantTrancheDocument, input(t.id))).approveGrantTranche, '已审批，待财务复核'));
    }
    if (t.viewerCan.financeApprove) {
      out.push(click(t.id, '财务复核通过', async () => (await request(FinanceApproveGrantTrancheDocument, input(t.id))).financeApproveGrantTranche, '已复核，可以拨付'));
    }
    if (t.viewerCan.recordPayment) {
      out.push(html`<form class="inline" @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.currentTarget as HTMLFormElement;
        const { bankReference = '' } = formValues(form);
        void run(form, t.id, async () => (await request(RecordGrantTranchePaymentDocument, { input: { tranche: t.id, bankReference } })).recordGrantTranchePayment, '已登记拨付');
      }}>
        ${field({ label: '银行流水号', name: 'bankReference', required: true, maxlength: 64 })}
        <button type="submit">登记银行转账拨付</button>
      </form>`);
    }
    if (t.viewerCan.payWithStripe) {
      out.push(click(t.id, '通过 Stripe 拨付', async () => (await request(PayGrantTrancheWithStripeDocument, input(t.id))).payGrantTrancheWithStripe, '已通过 Stripe 拨付', true));
    }
    if (t.viewerCan.recordFailure) {
      out.push(html`<form class="inline" @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.currentTarget as HTMLFormElement;
        const { reason = '' } = formValues(form);
        void run(form, t.id, async () => (await request(RecordGrantTranchePaymentFailureDocument, { input: { tranche: t.id, reason } })).recordGrantTranchePaymentFailure, '已登记拨付失败');
      }}>
        ${field({ label: '失败原因', name: 'reason', required: true })}
        <button type="submit" class="secondary">登记拨付失败</button>
      </form>`);
    }
    return out;
  };

  const reportReview = (r: Report): TemplateResult | typeof nothing => {
    if (!r.viewerCan.accept && !r.viewerCan.requestChanges) return nothing;
    return html`<form class="stack" @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      const form = e.currentTarget as HTMLFormElement;
      const accept = (e.submitter as HTMLButtonElement | null)?.value === 'accept';
      const { note = '' } = formValues(form);
      void run(form, r.id, async () => (await request(ReviewGrantReportDocument, { input: { report: r.id, accept, note: note || null } })).reviewGrantReport, accept ? '报告已验收' : '已要求修改');
    }}>
      ${field({ label: '验收意见', name: 'note', hint: '要求修改时必填' })}
      <div class="actions">
        ${r.viewerCan.accept ? html`<button type="submit" value="accept">验收通过</button>` : nothing}
        ${r.viewerCan.requestChanges ? html`<button type="submit" value="changes" class="secondary">要求修改</button>` : nothing}
      </div>
    </form>`;
  };

  function draw() {
    if (data.node?.__typename !== 'GrantApplication') return;
    const a = data.node;
    ctx.render(html`${pageHeader(`${a.studioName} · 拨款与报告`, `${a.applicantName} · ${a.enterprise}`)}
      <p><a href=${`/staff/grants/${encodeURIComponent(a.call.id)}`}>← ${a.call.title}</a></p>
      <dl class="facts">
        <dt>状态</dt><dd><strong class="grant-status">${grantLabel('applicationStatus', a.status)}</strong></dd>
        <dt>档次</dt><dd>${a.tier.name}</dd>
        <dt>申请金额</dt><dd>${money(a.requestedAmount)}</dd>
        <dt>批准金额</dt><dd>${money(a.approvedAmount)}</dd>
        ${a.decisionRationale ? html`<dt>决定理由</dt><dd>${a.decisionRationale}（${dateTime(a.decidedAt)}）</dd>` : nothing}
        <dt>Stripe 收款账户</dt><dd>${a.stripeAccountId ?? '未登记'}</dd>
      </dl>
      <section aria-labelledby="tranches-h">
        <h2 id="tranches-h">分期拨款</h2>
        ${a.tranches.length
          ? a.tranches.map(
              (t) => html`<article class="card tranche" data-tranche=${t.id} data-status=${t.status}>
                <h3>第 ${t.position + 1} 笔：${t.label}</h3>
                <p>${money(t.amount)} · <strong class="tranche-status">${grantLabel('trancheStatus', t.status)}</strong></p>
                <p class="meta">
                  ${t.requestedAt ? html`申请 ${dateTime(t.requestedAt)}` : nothing}
                  ${t.staffApprovedAt ? html` · 工会审批 ${dateTime(t.staffApprovedAt)}` : nothing}
                  ${t.financeApprovedAt ? html` · 财务复核 ${dateTime(t.financeApprovedAt)}` : nothing}
                  ${t.paidAt ? html` · 拨付 ${dateTime(t.paidAt)}（${t.paymentMethod ? grantLabel('paymentMethod', t.paymentMethod) : ''} ${t.paymentReference ?? ''}）` : nothing}
                </p>
                ${t.report ? html`<p class="meta">前提：「${t.report.title}」${grantLabel('reportStatus', t.report.status)}</p>` : nothing}
                ${t.failureReason ? html`<p class="warn">失败原因：${t.failureReason}</p>` : nothing}
                ${t.status === 'PLANNED' ? html`<p class="hint">等待受资助人申请拨付。</p>` : nothing}
                ${alertBox(problems.get(t.id))} ${notice(messages.get(t.id))}
                <div class="actions">${trancheActions(t)}</div>
              </article>`,
            )
          : html`<p class="empty">尚无拨款计划（申请获批后生成）。</p>`}
      </section>
      <section aria-labelledby="reports-h">
        <h2 id="reports-h">报告</h2>
        ${a.reports.length
          ? a.reports.map(
              (r) => html`<article class="card report" data-report=${r.id} data-status=${r.status}>
                <h3>${r.title}</h3>
                <p>截止 ${day(r.dueOn)} · <strong class="report-status">${grantLabel('reportStatus', r.status)}</strong>${r.submittedAt ? html` · 提交于 ${dateTime(r.submittedAt)}` : nothing}</p>
                ${r.content ? html`<details ?open=${r.status === 'SUBMITTED'}><summary>报告内容</summary><p class="description">${r.content}</p></details>` : nothing}
                ${r.reviewNote ? html`<p>验收意见：${r.reviewNote}${r.reviewedAt ? `（${dateTime(r.reviewedAt)}）` : ''}</p>` : nothing}
                ${alertBox(problems.get(r.id))} ${notice(messages.get(r.id))}
                ${reportReview(r)}
              </article>`,
            )
          : html`<p class="empty">尚无报告。</p>`}
      </section>
      ${a.auditTrail
        ? html`<section aria-labelledby="audit-h">
            <h2 id="audit-h">审计记录</h2>
            <ol class="audit">
              ${a.auditTrail.nodes.map(
                (e) => html`<li>
                  <span class="meta">${dateTime(e.createdAt)}</span> ${auditAction(e.action, e.toState)}
                  ${e.fromState && e.toState && e.fromState !== e.toState ? html`<span class="meta">（${auditState(e.action, e.fromState)} → ${auditState(e.action, e.toState)}）</span>` : nothing}
                  ${e.actorName ? html` · ${e.actorName}` : nothing}${e.reason ? html` · ${e.reason}` : nothing}
                </li>`,
              )}
            </ol>
          </section>`
        : nothing}`);
  }
  draw();
};
