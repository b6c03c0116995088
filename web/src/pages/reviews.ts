import { html, nothing, type TemplateResult } from 'lit-html';
import {
  ReviewEmployerDocument,
  ReviewJobPostingDocument,
  ReviewMerchantDocument,
  ReviewOfferDocument,
  ReviewsPageDocument,
  type ReviewsPageQuery,
} from '../gql/graphql';
import { asError, request } from '../api';
import type { Page } from '../router';
import { alertBox, busy, dateTime, discountText, notice, offerLabel, pageHeader, salaryRange, type Problem } from '../ui';
import { viewer } from '../viewer';

type Decide = (approve: boolean, note: string | null) => Promise<{ __typename?: string } | null | undefined>;

/**
 * Union staff review queues in their region: merchants, offers, employers and job postings.
 * Approving is one tap (offers and merchants record a standard reason); rejecting asks for the reason.
 */
export const reviewsPage: Page = async (ctx) => {
  ctx.title('审核');
  let data: ReviewsPageQuery = await request(ReviewsPageDocument);
  viewer.set(data.me);
  const problems = new Map<string, Problem>();
  const done = new Map<string, string>();

  const decide = async (event: Event, id: string, approve: boolean, run: Decide) => {
    const note = approve ? null : prompt('不通过的理由：');
    if (!approve && !note) return;
    const result = await busy(event.currentTarget as HTMLButtonElement, () => run(approve, note));
    const error = asError(result);
    problems.set(id, error);
    if (!error) done.set(id, approve ? '已通过' : '已退回');
    data = await request(ReviewsPageDocument);
    draw();
  };
  /** The two decisions, each shown only when the item's viewerCan allows it (state and the viewer's reach). */
  const buttons = (id: string, can: { approve: boolean; reject: boolean }, run: Decide): TemplateResult => html`${can.approve ||
    can.reject
      ? html`<div class="actions">
          ${can.approve ? html`<button type="button" @click=${(e: Event) => decide(e, id, true, run)}>通过</button>` : nothing}
          ${can.reject
            ? html`<button type="button" class="secondary" @click=${(e: Event) => decide(e, id, false, run)}>不通过</button>`
            : nothing}
        </div>`
      : nothing}
    ${alertBox(problems.get(id))}`;

  function draw() {
    const merchants = data.merchantApplications.nodes;
    const offers = data.offersForReview.nodes;
    const employers = data.employersToReview.nodes;
    const postings = data.jobPostingsToReview.nodes;
    const decided = [...done.values()].length;
    ctx.render(html`${pageHeader('审核')}
      ${decided ? notice(`本次已处理 ${decided} 项`) : nothing}
      <section aria-labelledby="rev-merchants">
        <h2 id="rev-merchants">普惠商家（${merchants.length}）</h2>
        ${merchants.length
          ? merchants.map(
              (m) => html`<article class="card" data-review=${m.id}>
                <h3>${m.name}</h3>
                <p class="meta">${offerLabel('category', m.category)} · ${m.union.name} · 统一社会信用代码 ${m.creditCode}</p>
                ${m.description ? html`<p>${m.description}</p>` : nothing}
                <p>联系人：${m.contactName ?? '—'} ${m.contactPhone ?? ''}</p>
                <p class="meta">申请于 ${dateTime(m.createdAt)}</p>
                ${buttons(m.id, m.viewerCan, async (approve, note) =>
                  (await request(ReviewMerchantDocument, { input: { id: m.id, approve, reason: note ?? '资料齐全，审核通过' } })).reviewMerchant,
                )}
              </article>`,
            )
          : html`<p class="empty">没有待审核的商家。</p>`}
      </section>
      <section aria-labelledby="rev-offers">
        <h2 id="rev-offers">优惠（${offers.length}）</h2>
        ${offers.length
          ? offers.map(
              (o) => html`<article class="card" data-review=${o.id}>
                <h3>${o.title}</h3>
                <p>${o.merchant.name} · <strong>${discountText(o)}</strong> · ${offerLabel('audience', o.audience)}</p>
                <p class="description">${o.description}</p>
                ${o.terms ? html`<p class="meta">${o.terms}</p>` : nothing}
                ${buttons(o.id, o.viewerCan, async (approve, note) =>
                  (await request(ReviewOfferDocument, { input: { id: o.id, approve, reason: note ?? '内容合规，审核通过' } })).reviewOffer,
                )}
              </article>`,
            )
          : html`<p class="empty">没有待审核的优惠。</p>`}
      </section>
      <section aria-labelledby="rev-employers">
        <h2 id="rev-employers">用人单位（${employers.length}）</h2>
        ${employers.length
          ? employers.map(
              (e) => html`<article class="card" data-review=${e.id}>
                <h3>${e.name}</h3>
                <p class="meta">${e.industry} · ${e.region.name} · 统一社会信用代码 ${e.creditCode}</p>
                <p>${e.address ?? ''} 联系人：${e.contactName ?? '—'} ${e.contactPhone ?? ''}</p>
                <p class="meta">申请于 ${dateTime(e.createdAt)}</p>
                ${buttons(e.id, { approve: e.viewerCan.verify, reject: e.viewerCan.reject }, async (approve, note) => (await request(ReviewEmployerDocument, { input: { employer: e.id, approve, note } })).reviewEmployer)}
              </article>`,
            )
          : html`<p class="empty">没有待审核的用人单位。</p>`}
      </section>
      <section aria-labelledby="rev-postings">
        <h2 id="rev-postings">招聘岗位（${postings.length}）</h2>
        ${postings.length
          ? postings.map(
              (p) => html`<article class="card" data-review=${p.id}>
                <h3>${p.title}</h3>
                <p>${p.employer.name} · ${salaryRange(p.salary)} · 招 ${p.openings} 人</p>
                <p class="description">${p.description}</p>
                ${buttons(p.id, { approve: p.viewerCan.approve, reject: p.viewerCan.return }, async (approve, note) => (await request(ReviewJobPostingDocument, { input: { id: p.id, approve, note } })).reviewJobPosting)}
              </article>`,
            )
          : html`<p class="empty">没有待审核的岗位。</p>`}
      </section>`);
  }
  draw();
};
