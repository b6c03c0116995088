import { html, nothing } from 'lit-html';
import { FileMutualAidClaimDocument, MutualAidPageDocument, ResubmitMutualAidClaimDocument, type MutualAidClaimCardFragment } from '../gql/graphql';
import { asError, request, uploadFile } from '../api';
import { selectField } from '../form-fields';
import type { Page } from '../router';
import { alertBox, busy, day, field, fieldErrors, formValues, money, notice, pageHeader, todayInShanghai, yuanToFen, type Problem } from '../ui';
import { viewer } from '../viewer';

export function claimExplanation(c: { explanation: { label: string; amount: { amount: number } }[] }) {
  if (c.explanation.length === 0) return nothing;
  return html`<table class="explanation" aria-label="核算说明">
    ${c.explanation.map((l) => html`<tr><td>${l.label}</td><td class="num">${money(l.amount)}</td></tr>`)}
  </table>`;
}

function claimCard(c: MutualAidClaimCardFragment, resubmit: (c: MutualAidClaimCardFragment, e: Event) => void) {
  return html`<li class="card" data-claim=${c.id} data-status=${c.status}>
    <h3>${c.hospital} · ${day(c.admittedOn)}–${day(c.dischargedOn)}</h3>
    <p><strong class="status">${c.statusLabel}</strong> · 个人负担 ${money(c.selfPaid)}${c.valuated ? html` · 核算赔付 <strong>${money(c.valuated)}</strong>` : nothing}</p>
    ${c.rejectionNumber ? html`<p class="hint">不予赔付原因 ${c.rejectionNumber}：${c.rejectionMessage}</p>` : nothing}
    ${c.returnNote && c.viewerCan.resubmit ? html`<p class="hint">退回说明：${c.returnNote}</p>` : nothing}
    ${claimExplanation(c)}
    ${c.viewerCan.resubmit
      ? html`<form @submit=${(e: Event) => resubmit(c, e)}>
          <div class="field"><label>补充材料照片 <input type="file" name="photos" accept="image/*,application/pdf" multiple required /></label></div>
          <button type="submit">补充后重新提交</button>
        </form>`
      : nothing}
  </li>`;
}

/** A member sees their cover and its ledger, files a claim from the phone with photos of the settlement, and follows it. */
export const mutualAidPage: Page = async (ctx) => {
  ctx.title('职工医疗互助');
  let data = await request(MutualAidPageDocument);
  viewer.set(data.me);
  if (!data.me?.member) {
    ctx.render(html`${pageHeader('职工医疗互助')}<p>请先 <a href="/login?next=/mutual-aid">登录</a> 并绑定工会会员卡。</p>`);
    return;
  }
  let problem: Problem = null;
  let done: string | null = null;
  const refresh = async () => {
    data = await request(MutualAidPageDocument);
  };
  const photosOf = (form: HTMLFormElement) => Array.from(form.querySelector<HTMLInputElement>('input[name="photos"]')?.files ?? []);

  const fileClaim = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const v = formValues(form);
    await busy(form, async () => {
      try {
        const documents = [];
        for (const photo of photosOf(form)) documents.push((await uploadFile(photo, 'mutual_aid_claim_document')).id);
        const result = (
          await request(FileMutualAidClaimDocument, {
            input: {
              cover: v.cover ?? '',
              hospital: v.hospital ?? '',
              admittedOn: v.admittedOn ?? '',
              dischargedOn: v.dischargedOn ?? '',
              totalCost: { amount: yuanToFen(v.totalCost ?? '') ?? -1, currency: 'CNY' },
              socialInsurancePaid: { amount: yuanToFen(v.socialInsurancePaid ?? '') ?? -1, currency: 'CNY' },
              note: v.note || null,
              documents,
            },
          })
        ).fileMutualAidClaim;
        problem = asError(result);
        done = problem ? null : '互助金申请已提交，等待工会审核材料。';
        if (!problem) await refresh();
      } catch (error) {
        problem = error as Error;
      }
    });
    draw();
  };

  const resubmit = async (c: MutualAidClaimCardFragment, event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    await busy(form, async () => {
      try {
        const documents = [];
        for (const photo of photosOf(form)) documents.push((await uploadFile(photo, 'mutual_aid_claim_document')).id);
        problem = asError((await request(ResubmitMutualAidClaimDocument, { input: { claim: c.id, documents } })).resubmitMutualAidClaim);
        done = problem ? null : '已补充材料并重新提交。';
        if (!problem) await refresh();
      } catch (error) {
        problem = error as Error;
      }
    });
    draw();
  };

  const draw = () => {
    const covers = data.myMutualAidCovers?.nodes ?? [];
    const claims = data.myMutualAidClaims?.nodes ?? [];
    const errors = fieldErrors(problem);
    ctx.render(html`${pageHeader('职工医疗互助', '社保报销后的二次报销')}
      ${alertBox(problem)} ${notice(done)}
      ${covers.length === 0 ? html`<p class="card">您所在的单位工会尚未为您办理本年度的职工医疗互助。</p>` : nothing}
      ${covers.map(
        (c) => html`<section class="card" aria-label="我的互助保障" data-state=${c.state}>
          <h2>${c.scheme.name}</h2>
          <p><strong class="status">${c.stateLabel}</strong>${c.activeFrom ? html` · ${day(c.activeFrom)} 至 ${day(c.activeUntil)}` : nothing}</p>
          <p class="hint">参保单位：${c.union.name} · 互助金 ${money(c.scheme.premium)}/年 · 起付标准 ${money(c.scheme.deductible)} · 每年最高 ${money(c.scheme.ceiling)} · 等待期 ${c.scheme.waitingDays} 天</p>
          ${c.ledger
            ? html`<p>本年已获赔 ${money(c.ledger.approvedTotal)}，已用起付标准 ${money(c.ledger.deductibleUsed)}，还可获赔 ${money(c.ledger.ceilingRemaining)}</p>`
            : nothing}
        </section>`,
      )}
      ${covers.length
        ? html`<form class="card" @submit=${fileClaim} aria-label="申请互助金">
            <h2>申请互助金</h2>
            <p class="hint">出院并完成社保结算后，按结算单填写，并拍照上传结算单、出院小结和发票。</p>
            ${selectField({ label: '互助保障', name: 'cover', required: true, options: covers.map((c) => [c.id, c.scheme.name]) })}
            ${field({ label: '医院', name: 'hospital', required: true, error: errors['hospital'] })}
            ${field({ label: '入院日期', name: 'admittedOn', type: 'date', required: true, max: todayInShanghai() })}
            ${field({ label: '出院日期', name: 'dischargedOn', type: 'date', required: true, max: todayInShanghai(), error: errors['dischargedOn'] })}
            ${field({ label: '住院总费用（元）', name: 'totalCost', inputmode: 'decimal', required: true, error: errors['totalCost'] })}
            ${field({ label: '社保已报销（元）', name: 'socialInsurancePaid', inputmode: 'decimal', required: true, error: errors['socialInsurancePaid'] })}
            <div class="field"><label>结算单等材料照片 <input type="file" name="photos" accept="image/*,application/pdf" capture="environment" multiple required /></label></div>
            ${field({ label: '备注', name: 'note' })}
            <button type="submit">提交申请</button>
          </form>`
        : nothing}
      <section aria-label="我的互助金申请">
        <h2>我的互助金申请</h2>
        ${claims.length === 0 ? html`<p class="hint">还没有申请。</p>` : html`<ul class="plain">${claims.map((c) => claimCard(c, resubmit))}</ul>`}
      </section>`);
  };
  draw();
};
