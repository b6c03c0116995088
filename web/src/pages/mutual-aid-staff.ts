import { html, nothing, type TemplateResult } from 'lit-html';
import {
  MutualAidFiguresPageDocument,
  StaffAddMutualAidRowsDocument,
  StaffApproveMutualAidClaimDocument,
  StaffCheckMutualAidClaimDocument,
  StaffCreateMutualAidEnrolmentDocument,
  StaffMutualAidPageDocument,
  StaffMutualAidViewerDocument,
  StaffPayMutualAidClaimDocument,
  StaffRecordMutualAidPremiumDocument,
  StaffRejectMutualAidClaimDocument,
  StaffSendBackMutualAidClaimDocument,
  StaffSubmitMutualAidEnrolmentDocument,
  StaffValuateMutualAidClaimDocument,
  type MutualAidFigureRowFragment,
  type MutualAidRejectionReason,
  type StaffMutualAidClaimFragment,
  type StaffMutualAidEnrolmentFragment,
} from '../gql/graphql';
import { asError, request } from '../api';
import { selectField } from '../form-fields';
import type { Page } from '../router';
import { alertBox, busy, day, field, formValues, money, notice, pageHeader, todayInShanghai, type Problem } from '../ui';
import { viewer } from '../viewer';
import { claimExplanation } from './mutual-aid';

/** Rows sent per request: a file of thousands goes up in chunks well under the API's body limit. */
const CHUNK_ROWS = 2000;

export const REASON_WORDS: Record<MutualAidRejectionReason, string> = {
  NOT_COVERED: '1. 入院日期不在保障期内',
  WAITING_PERIOD: '2. 等待期内住院',
  BELOW_DEDUCTIBLE: '3. 未超过起付标准',
  CEILING_REACHED: '4. 已达年度最高限额',
  DUPLICATE: '5. 重复申请',
  DOCUMENTS_MISSING: '6. 材料不全',
};

const CLAIM_KEY_WORDS: Record<string, string> = {
  entered: '待审核', returned: '退回补材料', checked: '待核算', valuated: '待审批', approved: '待支付', paid: '已支付', rejected: '不予赔付',
  not_covered: '不在保障期', waiting_period: '等待期内', below_deductible: '未达起付标准', ceiling_reached: '已达限额', duplicate: '重复申请', documents_missing: '材料不全',
};

function staffUnions(): { id: string; name: string }[] {
  const roles = viewer.get()?.roles ?? [];
  return roles.filter((r) => r.role === 'UNION_STAFF' && r.union).map((r) => ({ id: r.union!.id, name: r.union!.name }));
}

async function chosenUnion(query: URLSearchParams): Promise<string | undefined> {
  const asked = query.get('union');
  if (asked) return asked;
  if (staffUnions().length === 0) viewer.set((await request(StaffMutualAidViewerDocument)).me);
  return staffUnions()[0]?.id;
}

function unionPicker(current: string, path: string): TemplateResult | typeof nothing {
  const unions = staffUnions();
  if (unions.length < 2) return nothing;
  return html`<p>工会：${unions.map((u) =>
    u.id === current ? html`<strong>${u.name}</strong> ` : html`<a href=${`${path}?union=${encodeURIComponent(u.id)}`}>${u.name}</a> `,
  )}</p>`;
}

interface RowReport {
  rowCount: number;
  refusedCount: number;
  rows: { line: number; cardNumber: string; code: string; message: string }[];
}

/** Union staff: a unit's enrolment upload with its row report, premiums, and the claims queue with the computed amount. */
export const staffMutualAidPage: Page = async (ctx) => {
  ctx.title('职工医疗互助工作台');
  const union = await chosenUnion(ctx.query);
  if (!union) {
    ctx.render(html`${pageHeader('职工医疗互助工作台')}<p>仅工会工作人员可用。请先 <a href="/login?next=/staff/mutual-aid">登录</a>。</p>`);
    return;
  }
  let data = await request(StaffMutualAidPageDocument, { union });
  viewer.set(data.me);
  let problem: Problem = null;
  let done: string | null = null;
  let report: RowReport | null = null;

  const reload = async () => {
    data = await request(StaffMutualAidPageDocument, { union });
  };
  const act = async (run: () => Promise<{ __typename?: string } | null | undefined>, success: string) => {
    try {
      problem = asError(await run());
      done = problem ? null : success;
      await reload();
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };
  const inputOf = (event: Event, name: string) =>
    ((event.target as HTMLElement).closest('li')!.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? '').trim();

  /** Sends the list in chunks (the first replaces what the draft held), then submits it for the row-by-row check. */
  const uploadAndSubmit = async (enrolment: string, form: HTMLFormElement) => {
    const picked = form.querySelector<HTMLInputElement>('input[name="csv"]')?.files?.[0];
    const typed = form.querySelector<HTMLTextAreaElement>('textarea[name="rows"]')?.value ?? '';
    const lines = (picked ? await picked.text() : typed).split(/\r?\n/).filter((l) => l.trim());
    report = null;
    for (let at = 0; at === 0 || at < lines.length; at += CHUNK_ROWS) {
      const added = (
        await request(StaffAddMutualAidRowsDocument, { input: { enrolment, csv: lines.slice(at, at + CHUNK_ROWS).join('\n'), replace: at === 0 } })
      ).addMutualAidEnrolmentRows;
      problem = asError(added);
      if (problem) return;
    }
    const submitted = (await request(StaffSubmitMutualAidEnrolmentDocument, { input: { enrolment } })).submitMutualAidEnrolment;
    if (submitted?.__typename === 'MutualAidEnrolmentRefused') report = submitted;
    problem = asError(submitted);
    if (submitted?.__typename === 'SubmitMutualAidEnrolmentSuccess') {
      done = `已参保 ${submitted.enrolment.memberCount} 人，应缴互助金 ${money(submitted.enrolment.premiumDue)}。`;
    }
  };

  const newEnrolment = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const v = formValues(form);
    await busy(form, async () => {
      try {
        done = null;
        const created = (await request(StaffCreateMutualAidEnrolmentDocument, { input: { scheme: v.scheme ?? '', union, startsOn: v.startsOn ?? '' } }))
          .createMutualAidEnrolment;
        problem = asError(created);
        if (created?.__typename === 'CreateMutualAidEnrolmentSuccess') await uploadAndSubmit(created.enrolment.id, form);
        await reload();
      } catch (error) {
        problem = error as Error;
      }
    });
    draw();
  };

  const resend = async (e: StaffMutualAidEnrolmentFragment, event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    await busy(form, async () => {
      try {
        done = null;
        await uploadAndSubmit(e.id, form);
        await reload();
      } catch (error) {
        problem = error as Error;
      }
    });
    draw();
  };

  const listForm = (button: string) => html`
    <div class="field"><label>名单文件（CSV：会员卡号,姓名） <input type="file" name="csv" accept=".csv,text/csv,text/plain" /></label></div>
    <div class="field"><label>或粘贴名单（每行“会员卡号,姓名”） <textarea name="rows" rows="3"></textarea></label></div>
    <button type="submit">${button}</button>`;

  const enrolmentRow = (e: StaffMutualAidEnrolmentFragment) => html`<li class="card" data-enrolment=${e.id} data-status=${e.status}>
    <h3>${e.union.name} · ${e.scheme.name}</h3>
    <p><span class="status">${e.statusLabel}</span> · ${e.memberCount || e.rowCount} 人 · 应缴 ${money(e.premiumDue)} · 开始 ${day(e.startsOn)}
      ${e.paymentReference ? html` · 到账 ${day(e.paidOn)}（${e.paymentReference}）` : nothing}</p>
    ${e.viewerCan.addRows ? html`<form @submit=${(ev: Event) => resend(e, ev)}>${listForm('重新上传名单并提交')}</form>` : nothing}
    ${e.viewerCan.recordPremium
      ? html`<div class="actions">
          <label>转账流水号 <input name="reference" maxlength="64" /></label>
          <button type="button" @click=${(ev: Event) =>
            act(async () => (await request(StaffRecordMutualAidPremiumDocument, { input: { enrolment: e.id, paymentReference: inputOf(ev, 'reference') } })).recordMutualAidPremium, '已登记互助金到账，保障生效')}>登记到账</button>
        </div>`
      : nothing}
  </li>`;

  const claimRow = (c: StaffMutualAidClaimFragment) => html`<li class="card" data-claim=${c.id} data-status=${c.status}>
    <h3>${c.memberName} · ${c.hospital}</h3>
    <p><span class="status">${c.statusLabel}</span> · ${day(c.admittedOn)}–${day(c.dischargedOn)} · 总费用 ${money(c.totalCost)} · 社保 ${money(c.socialInsurancePaid)} · 个人负担 ${money(c.selfPaid)}</p>
    ${c.valuated ? html`<p>核算赔付 <strong class="amount">${money(c.valuated)}</strong></p>` : nothing}
    ${claimExplanation(c)}
    ${c.rejectionNumber ? html`<p class="hint">不予赔付原因 ${c.rejectionNumber}：${c.rejectionMessage}</p>` : nothing}
    <p class="hint">材料：${c.documents.map((d) => d.file.fileName).join('、') || '无'}</p>
    <div class="actions">
      ${c.viewerCan.check
        ? html`<button type="button" @click=${() => act(async () => (await request(StaffCheckMutualAidClaimDocument, { input: { claim: c.id } })).checkMutualAidClaim, '已审核材料')}>审核材料</button>`
        : nothing}
      ${c.viewerCan.valuate
        ? html`<button type="button" @click=${() => act(async () => (await request(StaffValuateMutualAidClaimDocument, { input: { claim: c.id } })).valuateMutualAidClaim, '已按方案核算')}>核算</button>`
        : nothing}
      ${c.viewerCan.approve
        ? html`<button type="button" @click=${() => act(async () => (await request(StaffApproveMutualAidClaimDocument, { input: { claim: c.id } })).approveMutualAidClaim, '已审批')}>审批通过</button>`
        : nothing}
      ${c.viewerCan.pay
        ? html`<label>支付流水号 <input name="reference" maxlength="64" /></label>
            <button type="button" @click=${(e: Event) => act(async () => (await request(StaffPayMutualAidClaimDocument, { input: { claim: c.id, paymentReference: inputOf(e, 'reference') } })).payMutualAidClaim, '已登记支付')}>登记支付</button>`
        : nothing}
      ${c.viewerCan.sendBack
        ? html`<label>退回说明 <input name="note" maxlength="500" /></label>
            <button type="button" class="secondary" @click=${(e: Event) => act(async () => (await request(StaffSendBackMutualAidClaimDocument, { input: { claim: c.id, note: inputOf(e, 'note') } })).sendBackMutualAidClaim, '已退回补充材料')}>退回补材料</button>`
        : nothing}
      ${c.viewerCan.reject
        ? html`${selectField({ label: '不予赔付原因', name: 'reason', options: Object.entries(REASON_WORDS) })}
            <button type="button" class="secondary" @click=${(e: Event) => act(async () => (await request(StaffRejectMutualAidClaimDocument, { input: { claim: c.id, reason: inputOf(e, 'reason') as MutualAidRejectionReason } })).rejectMutualAidClaim, '已不予赔付')}>不予赔付</button>`
        : nothing}
    </div>
  </li>`;

  const draw = () => {
    const u = data.union && 'level' in data.union ? data.union : null;
    const schemes = data.mutualAidSchemes?.nodes ?? [];
    const enrolments = data.mutualAidEnrolments?.nodes ?? [];
    const claims = data.mutualAidClaims?.nodes ?? [];
    ctx.render(html`${pageHeader('职工医疗互助工作台', u?.name ?? '')}
      ${unionPicker(union, '/staff/mutual-aid')}
      <p><a href=${`/staff/mutual-aid/figures?union=${encodeURIComponent(union)}`}>统计</a></p>
      ${alertBox(problem)} ${notice(done)}
      ${report
        ? html`<section class="card" aria-label="名单校验报告">
            <h2>名单校验报告</h2>
            <p>共 ${report.rowCount} 行，<strong>${report.refusedCount}</strong> 行不符合条件，整批未参保。请修改后重新上传。</p>
            <table>
              <thead><tr><th>行号</th><th>会员卡号</th><th>原因</th></tr></thead>
              <tbody>${report.rows.map((r) => html`<tr data-code=${r.code}><td>${r.line}</td><td>${r.cardNumber}</td><td>${r.message}</td></tr>`)}</tbody>
            </table>
          </section>`
        : nothing}
      ${u?.level === 'GRASSROOTS' && schemes.length
        ? html`<form class="card" @submit=${newEnrolment} aria-label="集体参保">
            <h2>集体参保</h2>
            ${selectField({ label: '互助方案', name: 'scheme', required: true, options: schemes.map((s) => [s.id, `${s.name}（${money(s.premium)}/人·年）`]) })}
            ${field({ label: '保障开始日期', name: 'startsOn', type: 'date', required: true, value: todayInShanghai() })}
            ${listForm('上传名单并参保')}
          </form>`
        : nothing}
      <section aria-label="集体参保记录">
        <h2>集体参保</h2>
        ${enrolments.length ? html`<ul class="plain">${enrolments.map(enrolmentRow)}</ul>` : html`<p class="hint">暂无。</p>`}
      </section>
      <section aria-label="理赔待办">
        <h2>互助理赔（${data.mutualAidClaims?.totalCount ?? 0}）</h2>
        ${claims.length ? html`<ul class="plain">${claims.map(claimRow)}</ul>` : html`<p class="hint">暂无。</p>`}
      </section>`);
  };
  draw();
};

const figureCells = (f: MutualAidFigureRowFragment) => html`<td>${f.unionName}</td><td class="num">${f.unitsEnrolled}</td>
  <td class="num">${f.membersEnrolled}</td><td class="num">${f.membersCovered}</td><td class="num">${money(f.premiumsPaid)}</td>
  <td class="num">${f.payouts}</td><td class="num">${money(f.payoutsTotal)}</td>`;

/** The year's figures of a union and its direct children. */
export const mutualAidFiguresPage: Page = async (ctx) => {
  ctx.title('职工医疗互助统计');
  const union = await chosenUnion(ctx.query);
  if (!union) {
    ctx.render(html`${pageHeader('职工医疗互助统计')}<p>仅工会工作人员可用。</p>`);
    return;
  }
  const data = await request(MutualAidFiguresPageDocument, { union });
  viewer.set(data.me);
  const f = data.mutualAidFigures;
  if (!f) {
    ctx.render(html`${pageHeader('职工医疗互助统计')}<p>没有这个工会。</p>`);
    return;
  }
  const counts = (list: { key: string; count: number }[]) =>
    list.length ? list.map((c) => `${CLAIM_KEY_WORDS[c.key] ?? c.key} ${c.count}`).join('，') : '无';
  ctx.render(html`${pageHeader(`职工医疗互助统计 · ${f.unionName}`)}
    ${unionPicker(union, '/staff/mutual-aid/figures')}
    <section class="card" aria-label="本级汇总">
      <p>参保单位 <strong>${f.unitsEnrolled}</strong> 个，参保 <strong>${f.membersEnrolled}</strong> 人（已生效 ${f.membersCovered} 人）</p>
      <p>应缴互助金 ${money(f.premiumsDue)}，已缴 <strong>${money(f.premiumsPaid)}</strong></p>
      <p>理赔 ${f.payouts} 人次，共 <strong>${money(f.payoutsTotal)}</strong></p>
      <p class="hint">理赔状态：${counts(f.claimsByStatus)}</p>
      <p class="hint">不予赔付原因：${counts(f.rejectionsByReason)}</p>
    </section>
    <div class="table-scroll"><table>
      <thead><tr><th>工会</th><th>单位</th><th>参保</th><th>生效</th><th>已缴</th><th>理赔</th><th>赔付</th></tr></thead>
      <tbody>${f.children.map((c) => html`<tr>${figureCells(c)}</tr>`)}</tbody>
    </table></div>`);
};
