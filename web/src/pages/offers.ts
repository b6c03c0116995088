import { html, nothing, type TemplateResult } from 'lit-html';
import { unsafeHTML } from 'lit-html/directives/unsafe-html.js';
import { renderSVG } from 'uqr';
import {
  CancelClaimDocument,
  CancelVoucherPurchaseDocument,
  ClaimOfferDocument,
  OfferPageDocument,
  OffersPageDocument,
  PurchaseVoucherDocument,
  RefundVoucherDocument,
  VoucherReturnDocument,
  WalletPageDocument,
  type BenefitCategory,
  type ClaimStatus,
  type OfferCardFragment,
  type OfferOrder,
  type VoucherPurchasePartsFragment,
  type VoucherPurchaseStatus,
  type WalletClaimFragment,
} from '../gql/graphql';
import { asError, request } from '../api';
import type { Page, PageContext } from '../router';
import { session } from '../session';
import {
  OFFER_LABELS,
  alertBox,
  busy,
  dateTime,
  discountText,
  distance,
  field,
  formValues,
  money,
  notice,
  offerLabel,
  pageHeader,
  type Problem,
} from '../ui';
import { isMember, viewer } from '../viewer';

/** City centres for "near me" without the browser's location. */
const CITIES: Record<string, { latitude: number; longitude: number }> = {
  洛阳: { latitude: 34.6197, longitude: 112.454 },
  郑州: { latitude: 34.7466, longitude: 113.6254 },
  济南: { latitude: 36.6512, longitude: 117.1201 },
  青岛: { latitude: 36.0671, longitude: 120.3826 },
  固原: { latitude: 36.016, longitude: 106.2424 },
};

interface Place {
  latitude: number;
  longitude: number;
  label: string;
}

function placeFrom(query: URLSearchParams): Place | null {
  const lat = Number(query.get('lat'));
  const lng = Number(query.get('lng'));
  if (!query.get('lat') || !Number.isFinite(lat) || !Number.isFinite(lng)) return null;
  return { latitude: lat, longitude: lng, label: query.get('place') ?? '所选位置' };
}

const placeParams = (p: Place | null) =>
  p ? { lat: p.latitude.toFixed(5), lng: p.longitude.toFixed(5), place: p.label } : ({} as Record<string, string>);

/** The redemption code as a QR image (drawn locally from the API's payload) with the code in digits beside it. */
export function claimCode(claim: Pick<WalletClaimFragment, 'code' | 'qrPayload'>): TemplateResult | typeof nothing {
  if (!claim.code) return nothing;
  return html`<div class="claim-code">
    ${claim.qrPayload
      ? html`<div class="qr" role="img" aria-label=${`核销码 ${claim.code} 的二维码`}>${unsafeHTML(renderSVG(claim.qrPayload, { border: 2 }))}</div>`
      : nothing}
    <p>核销码：<strong class="code" data-testid="redemption-code">${claim.code}</strong></p>
  </div>`;
}

type ListedOffer = OfferCardFragment & { stores?: { distanceMeters?: number | null; store: { name: string } }[] };

export function offerList(offers: ListedOffer[], place: Place | null): TemplateResult {
  if (!offers.length) return html`<p class="empty">没有找到符合条件的优惠。</p>`;
  return html`<ul class="cards">
    ${offers.map((o) => {
      const nearest = o.stores?.[0];
      return html`<li class="card offer">
        <h3><a href=${`/offers/${encodeURIComponent(o.id)}${place ? `?${new URLSearchParams(placeParams(place))}` : ''}`}>${o.title}</a></h3>
        <p class="deal"><strong>${discountText(o)}</strong></p>
        <p>${o.merchant.name}</p>
        <p class="meta">
          <span class="badge">${offerLabel('category', o.category)}</span>
          ${o.audience !== 'ALL_MEMBERS' ? html`<span class="badge ok">${offerLabel('audience', o.audience)}</span>` : nothing}
          ${o.remainingStock != null ? html`<span class="badge">剩余 ${o.remainingStock}</span>` : nothing}
          <span>已领 ${o.claimCount}</span>
        </p>
        ${place && nearest?.distanceMeters != null ? html`<p class="meta">最近门店 ${nearest.store.name} · ${distance(nearest.distanceMeters)}</p>` : nothing}
      </li>`;
    })}
  </ul>`;
}

export const offersPage: Page = async (ctx) => {
  ctx.title('会员优惠');
  const q = ctx.query;
  const text = q.get('q') ?? '';
  const category = (q.get('category') || null) as BenefitCategory | null;
  const place = placeFrom(q);
  const sort = (q.get('sort') as OfferOrder | null) ?? (place ? 'DISTANCE' : text ? 'RELEVANCE' : 'POPULAR');
  const near = place ? { latitude: place.latitude, longitude: place.longitude } : null;
  const data = await request(OffersPageDocument, {
    filter: { ...(text && { text }), ...(category && { category }), ...(near && { near }) },
    orderBy: sort,
    after: q.get('after'),
    near,
  });
  viewer.set(data.me);
  let locating: string | null = null;

  const go = (values: Record<string, string>, where: Place | null) => {
    const params = new URLSearchParams({ ...(values.q && { q: values.q }), ...(values.category && { category: values.category }), ...placeParams(where) });
    if (values.sort) params.set('sort', values.sort);
    ctx.navigate(`/offers${params.size ? `?${params}` : ''}`);
  };
  const search = (event: SubmitEvent) => {
    event.preventDefault();
    const v = formValues(event.currentTarget as HTMLFormElement);
    const city = v.city ? CITIES[v.city] : undefined;
    go(v, city ? { ...city, label: v.city! } : v.city === '' ? null : place);
  };
  const useMyLocation = (event: Event) => {
    const form = (event.currentTarget as HTMLElement).closest('form')!;
    if (!('geolocation' in navigator)) {
      locating = '此浏览器不能定位，请选择城市';
      draw();
      return;
    }
    locating = '正在定位…';
    draw();
    navigator.geolocation.getCurrentPosition(
      (position) => go(formValues(form), { latitude: position.coords.latitude, longitude: position.coords.longitude, label: '我的位置' }),
      () => {
        locating = '未能取得位置（可能未授权），请选择城市';
        draw();
      },
      { timeout: 10_000, maximumAge: 300_000 },
    );
  };

  function draw() {
    const page = data.offers.pageInfo;
    const next = new URLSearchParams(q);
    if (page.endCursor) next.set('after', page.endCursor);
    ctx.render(html`${pageHeader('会员优惠', '凭工会会员卡享受合作商家的折扣、满减、会员价与预付代金券。')}
      <form class="filters" role="search" @submit=${search}>
        ${field({ label: '搜索优惠', name: 'q', type: 'search', value: text, placeholder: '如 火锅、体检、游泳' })}
        <div class="field">
          <label for="offer-category">类别</label>
          <select id="offer-category" name="category">
            <option value="">全部</option>
            ${Object.entries(OFFER_LABELS.category).map(([k, t]) => html`<option value=${k} ?selected=${k === category}>${t}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="offer-city">附近（城市）</label>
          <select id="offer-city" name="city">
            <option value="" ?selected=${!place}>不限</option>
            ${place && !CITIES[place.label] ? html`<option value=${place.label} selected>${place.label}</option>` : nothing}
            ${Object.keys(CITIES).map((c) => html`<option value=${c} ?selected=${place?.label === c}>${c}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="offer-sort">排序</label>
          <select id="offer-sort" name="sort">
            ${(['RELEVANCE', 'POPULAR', 'NEWEST', 'DISTANCE'] as const).map(
              (k) => html`<option value=${k} ?selected=${k === sort}>${{ RELEVANCE: '最相关', POPULAR: '最热门', NEWEST: '最新', DISTANCE: '距离最近' }[k]}</option>`,
            )}
          </select>
        </div>
        <button type="submit">搜索</button>
        <button type="button" class="secondary" @click=${useMyLocation}>使用我的位置</button>
      </form>
      ${locating ? html`<p class="hint" role="status">${locating}</p>` : nothing}
      ${place ? html`<p class="meta">距离按「${place.label}」计算</p>` : nothing}
      ${offerList(data.offers.nodes, place)}
      ${page.hasNextPage ? html`<p><a class="button secondary" href=${`/offers?${next}`}>下一页</a></p>` : nothing}
      ${session.token ? html`<p><a href="/wallet">我的卡包 →</a></p>` : nothing}`);
  }
  draw();
};

export const offerPage: Page = async (ctx) => {
  const place = placeFrom(ctx.query);
  const near = place ? { latitude: place.latitude, longitude: place.longitude } : null;
  const data = await request(OfferPageDocument, { id: ctx.params.id!, near });
  viewer.set(data.me);
  const offer = data.node?.__typename === 'Offer' ? data.node : null;
  if (!offer) {
    ctx.title('优惠不存在');
    ctx.render(html`${pageHeader('优惠不存在')}<p><a href="/offers">返回优惠列表</a></p>`);
    return;
  }
  ctx.title(offer.title);
  let problem: Problem = null;
  let message: string | null = null;
  let claim: WalletClaimFragment | null = null;

  const claimIt = async (event: Event) => {
    const result = await busy(event.currentTarget as HTMLButtonElement, async () => (await request(ClaimOfferDocument, { input: { offer: offer.id } })).claimOffer);
    problem = asError(result);
    if (!problem && result?.__typename === 'ClaimOfferSuccess') {
      claim = result.claim;
      message = `领取成功，请在 ${dateTime(claim.expiresAt)} 前到店出示核销码`;
    }
    draw();
  };
  const buy = async (event: Event) => {
    const result = await busy(event.currentTarget as HTMLButtonElement, async () => (await request(PurchaseVoucherDocument, { input: { offer: offer.id } })).purchaseVoucher);
    problem = asError(result);
    if (!problem && result?.__typename === 'PurchaseVoucherSuccess') {
      const purchase = result.checkout.purchase;
      message = `订单已创建：应付 ${money(purchase.amount)}，名额保留至 ${dateTime(purchase.reservedUntil)}。正在前往支付页面…`;
      draw();
      // Stripe's hosted payment page; it sends the member back to /vouchers/return.
      location.assign(result.checkout.checkoutUrl);
      return;
    }
    draw();
  };

  function draw() {
    const o = offer!;
    const eligibility = o.viewerEligibility;
    const voucher = o.kind === 'PREPAID_VOUCHER';
    ctx.render(html`${pageHeader(o.title)}
      <p class="deal"><strong>${discountText(o)}</strong></p>
      <p>${o.merchant.name}</p>
      <p class="meta">
        <span class="badge">${offerLabel('category', o.category)}</span>
        <span class="badge ${o.audience === 'ALL_MEMBERS' ? '' : 'ok'}">${offerLabel('audience', o.audience)}${o.audienceUnion ? `（${o.audienceUnion.name}）` : ''}</span>
        <span class="badge muted">${offerLabel('offerStatus', o.status)}</span>
      </p>
      <p class="description">${o.description}</p>
      <dl class="facts">
        <dt>有效期</dt><dd>${dateTime(o.validFrom)} 至 ${dateTime(o.validUntil)}</dd>
        ${o.stockTotal != null ? html`<dt>库存</dt><dd>剩余 ${o.remainingStock ?? 0} / ${o.stockTotal}</dd>` : nothing}
        ${o.perMemberLimit ? html`<dt>每人限领</dt><dd>${o.perMemberLimit} 次</dd>` : nothing}
        ${o.perMemberDailyLimit ? html`<dt>每日限领</dt><dd>${o.perMemberDailyLimit} 次</dd>` : nothing}
        <dt>核销码有效</dt><dd>领取后 ${o.codeValidHours} 小时</dd>
        ${o.terms ? html`<dt>使用说明</dt><dd>${o.terms}</dd>` : nothing}
      </dl>
      <section class="card" aria-labelledby="claim-h">
        <h2 id="claim-h">${voucher ? '购买代金券' : '领取优惠'}</h2>
        ${alertBox(problem)} ${notice(message)}
        ${claim
          ? html`${claimCode(claim)}<p><a href="/wallet">在卡包中查看</a></p>`
          : !session.token
            ? html`<p><a class="button" href=${`/login?next=${encodeURIComponent(location.pathname + location.search)}`}>登录后领取</a></p>`
            : html`${!eligibility.canClaim && eligibility.reason ? html`<p class="warn">${eligibility.reason.message}</p>` : nothing}
                ${viewer.get() && !isMember() ? html`<p class="hint">领取优惠须先绑定工会会员卡。</p>` : nothing}
                ${o.viewerCan.claim ? html`<button type="button" @click=${claimIt}>立即领取</button>` : nothing}
                ${o.viewerCan.purchase ? html`<button type="button" @click=${buy}>支付 ${money(o.memberPrice)} 购买</button>` : nothing}`}
      </section>
      <h2>适用门店</h2>
      ${place ? html`<p class="meta">距离按「${place.label}」计算</p>` : nothing}
      <ul class="cards">
        ${o.stores.map(
          (s) => html`<li class="card store">
            <h3>${s.store.name}</h3>
            <p>${s.store.address}</p>
            ${s.distanceMeters != null ? html`<p class="meta">距离 ${distance(s.distanceMeters)}</p>` : nothing}
            ${s.store.phone ? html`<p><a href=${`tel:${s.store.phone}`}>${s.store.phone}</a></p>` : nothing}
          </li>`,
        )}
      </ul>`);
  }
  draw();
};

/** How a claim in each state looks in the wallet (presentation only: its buttons follow viewerCan). */
const CLAIM_DISPLAY: Record<ClaimStatus, { badge: 'ok' | 'muted'; usable: boolean }> = {
  ACTIVE: { badge: 'ok', usable: true },
  REDEEMED: { badge: 'muted', usable: false },
  CANCELLED: { badge: 'muted', usable: false },
  EXPIRED: { badge: 'muted', usable: false },
};

export const walletPage: Page = async (ctx: PageContext) => {
  ctx.title('我的卡包');
  const status = (ctx.query.get('status') as ClaimStatus | null) || null;
  let data = await request(WalletPageDocument, { status });
  viewer.set(data.me);
  const problems = new Map<string, Problem>();
  const cancel = async (event: Event, id: string) => {
    if (!confirm('确定取消这张券吗？名额将退回。')) return;
    const result = await busy(event.currentTarget as HTMLButtonElement, async () => (await request(CancelClaimDocument, { input: { claim: id } })).cancelClaim);
    problems.set(id, asError(result));
    data = await request(WalletPageDocument, { status });
    draw();
  };
  const refund = async (event: Event, id: string) => {
    if (!confirm('确定为这张代金券退款吗？款项将原路退回。')) return;
    const result = await busy(event.currentTarget as HTMLButtonElement, async () => (await request(RefundVoucherDocument, { input: { voucher: id } })).refundVoucher);
    problems.set(id, asError(result));
    data = await request(WalletPageDocument, { status });
    draw();
  };
  const filter = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    ctx.navigate(`/wallet${value ? `?status=${value}` : ''}`);
  };
  function draw() {
    const unpaid = data.voucherPurchases.nodes.filter((p) => p.viewerCan.pay || p.viewerCan.cancel);
    ctx.render(html`${pageHeader('我的卡包')}
      ${unpaid.length
        ? html`<section class="card" aria-labelledby="unpaid-h">
            <h2 id="unpaid-h">待支付的代金券</h2>
            <ul class="plain">
              ${unpaid.map(
                (p) => html`<li data-purchase=${p.id}>
                  <a href=${`/vouchers/return?purchase=${encodeURIComponent(p.id)}&cancelled=1`}>${p.offer.title}</a>
                  <span class="meta">应付 ${money(p.amount)} · 名额保留至 ${dateTime(p.reservedUntil)}</span>
                </li>`,
              )}
            </ul>
          </section>`
        : nothing}
      <div class="field">
        <label for="wallet-status">状态</label>
        <select id="wallet-status" @change=${filter}>
          <option value="">全部</option>
          ${Object.entries(OFFER_LABELS.claimStatus).map(([k, t]) => html`<option value=${k} ?selected=${k === status}>${t}</option>`)}
        </select>
      </div>
      ${data.wallet.nodes.length
        ? html`<ul class="cards">
            ${data.wallet.nodes.map(
              (c) => html`<li class="card claim" data-claim=${c.id} data-status=${c.status}>
                <h3><a href=${`/offers/${encodeURIComponent(c.offer.id)}`}>${c.offer.title}</a></h3>
                <p>${c.offer.merchant.name} · <strong>${discountText(c.offer)}</strong></p>
                <p><span class="badge ${CLAIM_DISPLAY[c.status].badge}">${offerLabel('claimStatus', c.status)}</span>
                  ${CLAIM_DISPLAY[c.status].usable ? html`<span class="meta">有效至 ${dateTime(c.expiresAt)}</span>` : nothing}
                  ${c.redeemedAt ? html`<span class="meta">${dateTime(c.redeemedAt)} 于 ${c.redeemedStore?.name ?? '门店'} 核销</span>` : nothing}</p>
                ${CLAIM_DISPLAY[c.status].usable ? claimCode(c) : nothing}
                ${alertBox(problems.get(c.id))}
                ${c.viewerCan.cancel || c.viewerCan.refund
                  ? html`<p class="actions">
                      ${c.viewerCan.cancel ? html`<button type="button" class="secondary" @click=${(e: Event) => cancel(e, c.id)}>取消</button>` : nothing}
                      ${c.viewerCan.refund ? html`<button type="button" class="secondary" @click=${(e: Event) => refund(e, c.id)}>退款</button>` : nothing}
                    </p>`
                  : nothing}
              </li>`,
            )}
          </ul>`
        : html`<p class="empty">卡包是空的。<a href="/offers">去领优惠</a></p>`}`);
  }
  draw();
};

/**
 * What the return page says once a purchase has an outcome (a label map: buttons follow viewerCan).
 * A purchase without one is still waiting for its payment.
 */
const PURCHASE_OUTCOMES: Record<VoucherPurchaseStatus, { state: string; text: string; next: 'wallet' | 'offer' | null } | null> = {
  PENDING_PAYMENT: null,
  PAID: { state: 'paid', text: '支付成功，代金券已放入卡包。', next: 'wallet' },
  CANCELLED: { state: 'released', text: '订单已取消，预留的名额已释放，未扣款。', next: 'offer' },
  EXPIRED: { state: 'released', text: '订单已取消，预留的名额已释放，未扣款。', next: 'offer' },
  FAILED: { state: 'released', text: '订单支付失败，预留的名额已释放，未扣款。', next: 'offer' },
  REFUNDING: { state: 'refunded', text: '该订单已在退款中。', next: null },
  REFUNDED: { state: 'refunded', text: '该订单已退款。', next: null },
};

/** How often and how many times the return page asks whether Stripe's webhook has arrived. */
const CONFIRM_POLLS = 10;
const CONFIRM_EVERY_MS = 2000;

/**
 * Where Stripe's hosted payment page sends the member back. The voucher is issued by the webhook,
 * which may arrive a moment after the member does: the page asks a few times, saying so meanwhile.
 * Back with "cancel", the member can pay on, or give up and release the reservation at once.
 */
export const voucherReturnPage: Page = async (ctx) => {
  ctx.title('预付券支付');
  const id = ctx.query.get('purchase') ?? '';
  const cancelled = ctx.query.has('cancelled');
  const load = async () => {
    const data = await request(VoucherReturnDocument, { id });
    viewer.set(data.me);
    return data.node?.__typename === 'VoucherPurchase' ? data.node : null;
  };
  let purchase: VoucherPurchasePartsFragment | null = await load();
  let problem: Problem = null;
  let polls = 0;

  const giveUp = async (event: Event) => {
    const result = await busy(event.currentTarget as HTMLButtonElement, async () =>
      (await request(CancelVoucherPurchaseDocument, { input: { purchase: id } })).cancelVoucherPurchase,
    );
    problem = asError(result);
    if (!problem && result?.__typename === 'CancelVoucherPurchaseSuccess') purchase = result.purchase;
    draw();
    if (purchase && !PURCHASE_OUTCOMES[purchase.status]) void poll();
  };

  /** Asks again while the payment is being confirmed; stops when the page is left or the answer is final. */
  async function poll() {
    while (ctx.active() && purchase && !PURCHASE_OUTCOMES[purchase.status] && polls < CONFIRM_POLLS) {
      await new Promise((resolve) => setTimeout(resolve, CONFIRM_EVERY_MS));
      if (!ctx.active()) return;
      polls += 1;
      purchase = await load();
      draw();
    }
  }

  /** A purchase still waiting for payment: the reservation with its buttons, or the wait for Stripe's webhook. */
  function pending(p: VoucherPurchasePartsFragment) {
    const pay = (label: string, kind: string) =>
      p.viewerCan.pay && p.checkoutUrl ? html`<a class=${kind} href=${p.checkoutUrl}>${label}</a>` : nothing;
    if (cancelled && polls === 0) {
      return html`<div class="notice" role="status" data-state="pending">
          尚未支付。名额为你保留至 ${dateTime(p.reservedUntil)}，之后自动释放。
        </div>
        <p class="actions">
          ${pay(`继续支付 ${money(p.amount)}`, 'button')}
          ${p.viewerCan.cancel ? html`<button type="button" class="secondary" @click=${giveUp}>取消订单，释放名额</button>` : nothing}
        </p>`;
    }
    return polls < CONFIRM_POLLS
      ? html`<div class="notice" role="status" aria-busy="true" data-state="confirming">支付确认中，请稍候…</div>`
      : html`<div class="notice" role="status" data-state="unconfirmed">
            尚未收到支付结果。若已付款，代金券到账后会出现在卡包中；未付款的名额保留至 ${dateTime(p.reservedUntil)}。
          </div>
          <p class="actions">
            <button type="button" @click=${() => ctx.reload()}>再查一次</button>
            ${pay('继续支付', 'button secondary')}
          </p>`;
  }

  function state(p: VoucherPurchasePartsFragment) {
    const outcome = PURCHASE_OUTCOMES[p.status];
    if (!outcome) return pending(p);
    return html`<div class="notice" role="status" data-state=${outcome.state}>${outcome.text}</div>
      ${outcome.next === 'wallet'
        ? html`${p.voucher ? claimCode(p.voucher) : nothing}<p><a class="button" href="/wallet">去卡包查看</a></p>`
        : nothing}
      ${outcome.next === 'offer' ? html`<p><a class="button" href=${`/offers/${encodeURIComponent(p.offer.id)}`}>返回优惠</a></p>` : nothing}`;
  }

  function draw() {
    if (!purchase) {
      ctx.render(html`${pageHeader('订单不存在')}<p><a href="/wallet">返回卡包</a></p>`);
      return;
    }
    const p = purchase;
    ctx.render(html`${pageHeader('预付券支付')}
      <p><a href=${`/offers/${encodeURIComponent(p.offer.id)}`}>${p.offer.title}</a></p>
      <p class="meta">应付 ${money(p.amount)} · 券面值 ${money(p.faceValue)}</p>
      ${alertBox(problem)} ${state(p)}`);
  }
  draw();
  if (!cancelled) void poll();
};
