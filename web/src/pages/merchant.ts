import { html, nothing } from 'lit-html';
import {
  MerchantPageDocument,
  PauseOfferDocument,
  RedeemCodeDocument,
  ResumeOfferDocument,
  SubmitOfferDocument,
  type MerchantPageQuery,
} from '../gql/graphql';
import { asError, request } from '../api';
import type { Page } from '../router';
import { alertBox, busy, dateTime, day, discountText, field, fieldErrors, formValues, notice, offerLabel, pageHeader, todayInShanghai, type Problem } from '../ui';
import { viewer } from '../viewer';
import { canScan, scanQr } from '../scan';

const daysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The merchant's counter: verify a member's code (typed, or read from the QR by a scanner that
 * types it), the offers with their actions, and the last 30 days of claims and redemptions.
 * Every button follows a viewerCan flag of the API; the page keeps no lifecycle of its own.
 */
export const merchantPage: Page = async (ctx) => {
  ctx.title('商家中心');
  const to = todayInShanghai();
  const from = daysBefore(to, 29);
  const load = () => request(MerchantPageDocument, { from, to });
  let data: MerchantPageQuery = await load();
  viewer.set(data.me);
  let scanning: AbortController | null = null;
  let redeemProblem: Problem = null;
  let redeemMessage: string | null = null;
  const offerProblems = new Map<string, Problem>();

  const redeem = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const v = formValues(form);
    // sent as typed or scanned: the server normalises short codes and checks QR payloads' signatures
    const code = (v.code ?? '').trim();
    const result = await busy(form, async () => (await request(RedeemCodeDocument, { input: { code, store: v.store ?? '' } })).redeemCode);
    redeemProblem = asError(result);
    redeemMessage = null;
    if (!redeemProblem && result?.__typename === 'RedeemCodeSuccess') {
      redeemMessage = `核销成功：${result.claim.offer.title}（${discountText(result.claim.offer)}），${dateTime(result.claim.redeemedAt)}`;
      form.reset();
      data = await load();
    }
    draw();
    (document.querySelector<HTMLInputElement>('#redeem-form input[name=code]'))?.focus();
  };

  const scan = async (event: Event) => {
    const form = (event.currentTarget as HTMLElement).closest('form')!;
    if (scanning) {
      scanning.abort();
      return;
    }
    scanning = new AbortController();
    draw();
    try {
      const text = await scanQr(form.querySelector('video')!, scanning.signal);
      if (text) {
        form.querySelector<HTMLInputElement>('input[name=code]')!.value = text;
        form.requestSubmit();
      }
    } catch {
      redeemProblem = '无法打开摄像头，请手动输入核销码';
    } finally {
      scanning = null;
      draw();
    }
  };

  const act = async (event: Event, offer: string, run: (offer: string) => Promise<{ __typename?: string } | null | undefined>) => {
    const result = await busy(event.currentTarget as HTMLButtonElement, () => run(offer));
    offerProblems.set(offer, asError(result));
    data = await load();
    draw();
  };
  const submit = (offer: string) => request(SubmitOfferDocument, { input: { offer } }).then((r) => r.submitOffer);
  const pause = (offer: string) => request(PauseOfferDocument, { input: { offer } }).then((r) => r.pauseOffer);
  const resume = (offer: string) => request(ResumeOfferDocument, { input: { offer } }).then((r) => r.resumeOffer);

  function draw() {
    const errors = fieldErrors(redeemProblem);
    ctx.render(html`${pageHeader('商家中心')}
      ${data.myMerchants.length
        ? data.myMerchants.map((m) => {
            const totals = new Map<string, { title: string; claims: number; redemptions: number }>();
            for (const f of m.redemptionFigures ?? []) {
              const t = totals.get(f.offer.id) ?? { title: f.offer.title, claims: 0, redemptions: 0 };
              t.claims += f.claims;
              t.redemptions += f.redemptions;
              totals.set(f.offer.id, t);
            }
            return html`<section aria-label=${m.name}>
              <h2>${m.name} <span class="badge">${offerLabel('merchantStatus', m.status)}</span></h2>
              ${m.reviewReason ? html`<p class="meta">审核意见：${m.reviewReason}</p>` : nothing}
              ${m.viewerCan.redeem && m.stores.length
                ? html`<section class="card" aria-labelledby=${`redeem-${m.id}`}>
                    <h3 id=${`redeem-${m.id}`}>核销</h3>
                    <form id="redeem-form" class="inline" @submit=${redeem}>
                      <div class="field">
                        <label for=${`store-${m.id}`}>门店</label>
                        <select id=${`store-${m.id}`} name="store">${m.stores.map((s) => html`<option value=${s.id}>${s.name}</option>`)}</select>
                      </div>
                      ${field({ label: '核销码', name: 'code', required: true, autocomplete: 'off', hint: '输入会员出示的核销码，或用扫码枪扫描二维码', error: errors.code })}
                      <button type="submit">核销</button>
                      ${canScan() ? html`<button type="button" class="secondary" @click=${scan}>${scanning ? '停止扫码' : '扫码'}</button>` : nothing}
                      <video class="scanner" ?hidden=${!scanning} muted playsinline aria-label="扫码取景"></video>
                    </form>
                    ${alertBox(redeemProblem)} ${notice(redeemMessage)}
                  </section>`
                : nothing}
              <h3>优惠（${m.offers?.totalCount ?? 0}）</h3>
              ${m.viewerCan.createOffer ? html`<p><a class="button" href=${`/merchant/offers/new?merchant=${encodeURIComponent(m.id)}`}>新建优惠</a></p>` : nothing}
              <ul class="cards">
                ${(m.offers?.nodes ?? []).map(
                  (o) => html`<li class="card" data-offer=${o.id}>
                    <h4><a href=${`/offers/${encodeURIComponent(o.id)}`}>${o.title}</a></h4>
                    <p><strong>${discountText(o)}</strong> · <span class="badge">${offerLabel('offerStatus', o.status)}</span></p>
                    <p class="meta">已领 ${o.claimCount} · 已核销 ${o.redemptionCount}${o.stockTotal != null ? ` · 剩余 ${o.remainingStock ?? 0}/${o.stockTotal}` : ''} · 截止 ${dateTime(o.validUntil)}</p>
                    ${o.reviewNote ? html`<p class="warn">审核意见：${o.reviewNote}</p>` : nothing}
                    <div class="actions">
                      ${o.viewerCan.edit
                        ? html`<a class="button secondary" href=${`/merchant/offers/${encodeURIComponent(o.id)}/edit`}>修改</a>`
                        : nothing}
                      ${o.viewerCan.submit ? html`<button type="button" @click=${(e: Event) => act(e, o.id, submit)}>提交审核</button>` : nothing}
                      ${o.viewerCan.pause ? html`<button type="button" class="secondary" @click=${(e: Event) => act(e, o.id, pause)}>暂停</button>` : nothing}
                      ${o.viewerCan.resume ? html`<button type="button" @click=${(e: Event) => act(e, o.id, resume)}>恢复上架</button>` : nothing}
                    </div>
                    ${alertBox(offerProblems.get(o.id))}
                  </li>`,
                )}
              </ul>
              <h3>近 30 天（${day(from)} 至 ${day(to)}）</h3>
              ${totals.size
                ? html`<div class="table-wrap"><table>
                    <thead><tr><th scope="col">优惠</th><th scope="col">领取</th><th scope="col">核销</th></tr></thead>
                    <tbody>${[...totals.values()].map((t) => html`<tr><td>${t.title}</td><td>${t.claims}</td><td>${t.redemptions}</td></tr>`)}</tbody>
                  </table></div>`
                : html`<p class="empty">这段时间没有领取或核销。</p>`}
            </section>`;
          })
        : html`<p class="empty">此账号不是任何商家的员工。</p>`}`);
  }
  draw();
};
