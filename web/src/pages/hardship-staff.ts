import { html, nothing, type TemplateResult } from 'lit-html';
import {
  HardshipFiguresPageDocument,
  StaffApproveHardshipAidDocument,
  StaffConfirmHardshipFileDocument,
  StaffHardshipPageDocument,
  StaffPayHardshipAidDocument,
  StaffRecheckHardshipFileDocument,
  StaffRefuseHardshipAidDocument,
  StaffRefuseHardshipFileDocument,
  StaffSendBackHardshipFileDocument,
  StaffVerifyHardshipAidDocument,
  StaffVerifyHardshipFileDocument,
  StaffHardshipViewerDocument,
  type StaffHardshipAidFragment,
  type StaffHardshipFileFragment,
  type HardshipFigureRowFragment,
} from '../gql/graphql';
import { asError, request } from '../api';
import type { Page } from '../router';
import { alertBox, day, money, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';
import { CAUSE_WORDS, documentList } from './hardship';

const EXIT_WORDS: Record<string, string> = {
  illness_cured: '疾病治愈',
  reemployed: '再就业',
  children_employed: '子女毕业就业',
  self_employed: '自谋职业',
  social_insurance: '纳入社保',
  serious_illness_cover: '大病保险和医疗互助',
  social_assistance: '社会救助兜底',
};

const AID_WORDS: Record<string, string> = {
  living: '生活救助',
  medical: '医疗救助',
  temporary: '临时救助',
  disaster: '灾害救助',
  serious_illness: '大病关爱',
  student: '金秋助学',
};

/** The union to work: the one in the address, else the viewer's first (asking who they are when the tab does not know yet). */
async function chosenUnion(query: URLSearchParams): Promise<string | undefined> {
  const asked = query.get('union');
  if (asked) return asked;
  if (staffUnions().length === 0) viewer.set((await request(StaffHardshipViewerDocument)).me);
  return staffUnions()[0]?.id;
}

/** The unions the viewer is staff of, to pick the register to work. */
function staffUnions(): { id: string; name: string }[] {
  const roles = viewer.get()?.roles ?? [];
  return roles.filter((r) => r.role === 'UNION_STAFF' && r.union).map((r) => ({ id: r.union!.id, name: r.union!.name }));
}

function unionPicker(current: string, path: string): TemplateResult | typeof nothing {
  const unions = staffUnions();
  if (unions.length < 2) return nothing;
  return html`<p>工会：${unions.map((u) =>
    u.id === current ? html`<strong>${u.name}</strong> ` : html`<a href=${`${path}?union=${encodeURIComponent(u.id)}`}>${u.name}</a> `,
  )}</p>`;
}

/** Grassroots, city, province and national staff work their queues: files to verify or confirm, re-checks, aid to verify, approve and pay. */
export const staffHardshipPage: Page = async (ctx) => {
  ctx.title('困难帮扶工作台');
  const union = await chosenUnion(ctx.query);
  if (!union) {
    ctx.render(html`${pageHeader('困难帮扶工作台')}<p>仅工会工作人员可用。请先 <a href="/login?next=/staff/hardship">登录</a>。</p>`);
    return;
  }
  let data = await request(StaffHardshipPageDocument, { union });
  viewer.set(data.me);
  let problem: Problem = null;
  let done: string | null = null;

  const act = async (run: () => Promise<{ __typename?: string } | null | undefined>, success: string) => {
    try {
      problem = asError(await run());
      done = problem ? null : success;
      data = await request(StaffHardshipPageDocument, { union });
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };
  const reasonOf = (event: Event) => {
    const form = (event.target as HTMLElement).closest('li')!;
    return (form.querySelector<HTMLInputElement>('input[name="reason"]')?.value ?? '').trim();
  };

  const fileRow = (f: StaffHardshipFileFragment) => html`<li class="card" data-file=${f.id} data-status=${f.status}>
    <h3>${f.memberName} · ${f.union.name}</h3>
    <p><span class="status">${f.statusLabel}</span> · ${CAUSE_WORDS[f.cause]} · 人均 ${money(f.monthlyIncomePerHead)} / 低保 ${money(f.localMinimum)}
      ${f.recheckOverdue ? html` · <span class="badge">核查逾期（${day(f.recheckDueOn)}）</span>` : nothing}</p>
    ${documentList(f.documents, (error) => ((problem = error), draw()))}
    <div class="actions">
      ${f.viewerCan.verify
        ? html`<button type="button" @click=${() => act(async () => (await request(StaffVerifyHardshipFileDocument, { input: { file: f.id } })).verifyHardshipFile, '已核实')}>核实</button>`
        : nothing}
      ${f.viewerCan.confirm
        ? html`<button type="button" @click=${() => act(async () => (await request(StaffConfirmHardshipFileDocument, { input: { file: f.id } })).confirmHardshipFile, '已审核认定')}>审核通过</button>`
        : nothing}
      ${f.viewerCan.recheck
        ? html`<button type="button" @click=${() => act(async () => (await request(StaffRecheckHardshipFileDocument, { input: { file: f.id } })).recheckHardshipFile, '已完成年度核查')}>完成核查</button>`
        : nothing}
      ${f.viewerCan.sendBack || f.viewerCan.refuse
        ? html`<label>理由 <input name="reason" maxlength="500" /></label>
            ${f.viewerCan.sendBack
              ? html`<button type="button" class="secondary" @click=${(e: Event) => act(async () => (await request(StaffSendBackHardshipFileDocument, { input: { file: f.id, reason: reasonOf(e) } })).sendBackHardshipFile, '已退回')}>退回</button>`
              : nothing}
            ${f.viewerCan.refuse
              ? html`<button type="button" class="secondary" @click=${(e: Event) => act(async () => (await request(StaffRefuseHardshipFileDocument, { input: { file: f.id, reason: reasonOf(e) } })).refuseHardshipFile, '已不予认定')}>不予认定</button>`
              : nothing}`
        : nothing}
    </div>
  </li>`;

  const aidRow = (a: StaffHardshipAidFragment) => html`<li class="card" data-aid=${a.id} data-status=${a.status}>
    <h3>${a.memberName} · ${a.scheme.name}</h3>
    <p><span class="status">${a.statusLabel}</span> · 申请 ${money(a.requested)}${a.prepared ? html` · 拟发 ${money(a.prepared)}` : nothing}${a.note ? ` · ${a.note}` : ''}</p>
    <div class="actions">
      ${a.viewerCan.verify
        ? html`<button type="button" @click=${() => act(async () => (await request(StaffVerifyHardshipAidDocument, { input: { application: a.id } })).verifyHardshipAidApplication, '已核实')}>核实</button>`
        : nothing}
      ${a.viewerCan.approve
        ? html`<button type="button" @click=${() => act(async () => (await request(StaffApproveHardshipAidDocument, { input: { application: a.id } })).approveHardshipAidApplication, '已审批')}>审批通过</button>`
        : nothing}
      ${a.viewerCan.pay
        ? html`<label>发放流水号 <input name="reference" maxlength="64" /></label>
            <button type="button" @click=${(e: Event) => {
              const reference = ((e.target as HTMLElement).closest('li')!.querySelector<HTMLInputElement>('input[name="reference"]')?.value ?? '').trim();
              return act(async () => (await request(StaffPayHardshipAidDocument, { input: { application: a.id, paymentReference: reference } })).payHardshipAidApplication, '已登记发放');
            }}>登记发放</button>`
        : nothing}
      ${a.viewerCan.refuse
        ? html`<label>理由 <input name="reason" maxlength="500" /></label>
            <button type="button" class="secondary" @click=${(e: Event) => act(async () => (await request(StaffRefuseHardshipAidDocument, { input: { application: a.id, reason: reasonOf(e) } })).refuseHardshipAidApplication, '已不予批准')}>不予批准</button>`
        : nothing}
    </div>
  </li>`;

  const draw = () => {
    const files = [...data.filed.nodes, ...data.verified.nodes, ...data.cityConfirmed.nodes, ...data.provinceConfirmed.nodes].filter(
      (f) => f.viewerCan.verify || f.viewerCan.confirm,
    );
    const aid = [...data.applied.nodes, ...data.verifiedAid.nodes, ...data.approvedAid.nodes].filter(
      (a) => a.viewerCan.verify || a.viewerCan.approve || a.viewerCan.pay,
    );
    ctx.render(html`${pageHeader('困难帮扶工作台', html`<a href=${`/staff/hardship/figures?union=${encodeURIComponent(union)}`}>统计</a>`)}
      ${unionPicker(union, '/staff/hardship')} ${alertBox(problem)} ${notice(done)}
      <section aria-label="待办档案">
        <h2>待审核的档案（${files.length}）</h2>
        ${files.length ? html`<ul class="plain">${files.map(fileRow)}</ul>` : html`<p class="hint">没有待您审核的档案。</p>`}
      </section>
      <section aria-label="年度核查逾期">
        <h2>年度核查逾期（${data.overdue.totalCount}）</h2>
        ${data.overdue.nodes.length ? html`<ul class="plain">${data.overdue.nodes.map(fileRow)}</ul>` : html`<p class="hint">没有逾期未核查的档案。</p>`}
      </section>
      <section aria-label="待办帮扶申请">
        <h2>帮扶申请（${aid.length}）</h2>
        ${aid.length ? html`<ul class="plain">${aid.map(aidRow)}</ul>` : html`<p class="hint">没有待您办理的帮扶申请。</p>`}
      </section>`);
  };
  draw();
};

const row = (f: HardshipFigureRowFragment) => html`<tr>
  <th scope="row">${f.unionName}</th>
  <td>${f.filed}</td><td>${f.confirmed}</td><td>${f.underReview}</td><td>${f.exited}</td>
  <td>${money(f.aidPaidTotal)}</td><td>${money(f.loansOutstanding)}</td><td>${f.visits}</td>
</tr>`;

/** Figures rolled up the union tree: the union, then its direct children. */
export const hardshipFiguresPage: Page = async (ctx) => {
  ctx.title('困难帮扶统计');
  const union = await chosenUnion(ctx.query);
  if (!union) {
    ctx.render(html`${pageHeader('困难帮扶统计')}<p>仅工会工作人员可用。</p>`);
    return;
  }
  const data = await request(HardshipFiguresPageDocument, { union });
  viewer.set(data.me);
  const f = data.hardshipFigures;
  if (!f) {
    ctx.render(html`${pageHeader('困难帮扶统计')}<p>没有该工会的统计。</p>`);
    return;
  }
  ctx.render(html`${pageHeader(`困难帮扶统计 · ${f.unionName}`, html`<a href=${`/staff/hardship?union=${encodeURIComponent(union)}`}>返回工作台</a>`)}
    ${unionPicker(union, '/staff/hardship/figures')}
    <div class="table-scroll">
      <table>
        <caption>按工会汇总（本级含全部下级）</caption>
        <thead><tr><th scope="col">工会</th><th scope="col">建档</th><th scope="col">在库</th><th scope="col">审核中</th><th scope="col">已退出</th><th scope="col">已发放帮扶</th><th scope="col">借款余额</th><th scope="col">走访户次</th></tr></thead>
        <tbody>${row(f)}${f.children.map(row)}</tbody>
      </table>
    </div>
    <h2>退出原因</h2>
    ${f.exitsByReason.length
      ? html`<ul class="plain">${f.exitsByReason.map((e) => html`<li>${EXIT_WORDS[e.key] ?? e.key}：${e.count} 户</li>`)}</ul>`
      : html`<p class="hint">暂无退出。</p>`}
    <h2>各类帮扶发放</h2>
    ${f.aidPaid.length
      ? html`<ul class="plain">${f.aidPaid.map((a) => html`<li>${AID_WORDS[a.kind] ?? a.kind}：${a.count} 人次，${money(a.amount)}</li>`)}</ul>`
      : html`<p class="hint">暂无发放。</p>`}`);
};
