import { html, nothing } from 'lit-html';
import {
  CreateOfferDocument,
  EditOfferFormDocument,
  NewOfferFormDocument,
  SubmitOfferDocument,
  UpdateOfferDocument,
  type BenefitCategory,
  type CreateOfferInput,
  type OfferAudience,
  type OfferFormMerchantFragment,
  type OfferFormOfferFragment,
  type OfferKind,
  type OfferStatus,
} from '../gql/graphql';
import { asError, request, type DomainError } from '../api';
import type { Page, PageContext } from '../router';
import { OFFER_LABELS, alertBox, busy, field, fieldErrors, notice, offerLabel, pageHeader, yuanToFen, type Problem } from '../ui';
import { checkboxGroup, fenToYuan, fromShanghaiLocal, selectField, shanghaiLocal, textArea } from '../form-fields';
import { viewer } from '../viewer';

const KINDS: Record<OfferKind, string> = {
  PERCENTAGE_OFF: '折扣',
  AMOUNT_OFF: '满减',
  MEMBER_PRICE: '会员价',
  PREPAID_VOUCHER: '预付代金券',
};

type Values = Record<string, string>;

/** What editing means in a state, shown above the form (a label map; whether editing is allowed is viewerCan's). */
const EDIT_NOTES: Partial<Record<OfferStatus, string>> = {
  PAUSED: '修改已暂停的优惠后，优惠回到草稿，须重新提交审核；已有会员领取的，优惠方式与金额不能更改，原有门店不能移除。',
};

/** The form's values from an offer (edit) or sensible defaults (new: valid from now for 30 days). */
function valuesOf(offer: OfferFormOfferFragment | null): Values {
  if (!offer) {
    const now = new Date();
    return {
      kind: 'PERCENTAGE_OFF',
      category: 'DINING',
      audience: 'ALL_MEMBERS',
      validFrom: shanghaiLocal(now.toISOString()),
      validUntil: shanghaiLocal(new Date(now.getTime() + 30 * 86_400_000).toISOString()),
    };
  }
  return {
    title: offer.title,
    description: offer.description,
    terms: offer.terms ?? '',
    category: offer.category,
    kind: offer.kind,
    percentPaid: offer.percentPaid?.toString() ?? '',
    minSpend: fenToYuan(offer.minSpend?.amount),
    reduction: fenToYuan(offer.reduction?.amount),
    regularPrice: fenToYuan(offer.regularPrice?.amount),
    memberPrice: fenToYuan(offer.memberPrice?.amount),
    validFrom: shanghaiLocal(offer.validFrom),
    validUntil: shanghaiLocal(offer.validUntil),
    stock: offer.stockTotal?.toString() ?? '',
    perMemberLimit: offer.perMemberLimit?.toString() ?? '',
    perMemberDailyLimit: offer.perMemberDailyLimit?.toString() ?? '',
    codeValidHours: offer.codeValidHours.toString(),
    audience: offer.audience,
    audienceUnion: offer.audienceUnion?.id ?? '',
  };
}

/**
 * Turns what was typed into the API's input. Yuan become fen here; numbers that are not numbers
 * are caught here (they cannot be sent); every other rule is the API's, whose field errors are
 * shown next to the boxes.
 */
function toInput(v: Values, stores: string[]): { input?: Omit<CreateOfferInput, 'merchant'>; problem?: DomainError } {
  const local: { field: string[]; message: string; code: string }[] = [];
  const money = (name: string) => {
    if (!v[name]) return null;
    const amount = yuanToFen(v[name]!);
    if (amount === null) {
      local.push({ field: ['input', name], code: 'NOT_AN_AMOUNT', message: '请输入金额（元），最多两位小数' });
      return null;
    }
    return { amount, currency: 'CNY' as const };
  };
  const int = (name: string) => {
    if (!v[name]) return null;
    if (!/^-?\d+$/.test(v[name]!)) {
      local.push({ field: ['input', name], code: 'NOT_AN_INTEGER', message: '请输入整数' });
      return null;
    }
    return Number(v[name]);
  };
  const when = (name: string) => {
    const iso = fromShanghaiLocal(v[name]);
    if (!iso) local.push({ field: ['input', name], code: 'REQUIRED', message: '请选择日期和时间' });
    return iso ?? '';
  };
  const kind = v.kind as OfferKind;
  const input: Omit<CreateOfferInput, 'merchant'> = {
    title: v.title ?? '',
    description: v.description ?? '',
    terms: v.terms || null,
    category: v.category as BenefitCategory,
    kind,
    percentPaid: kind === 'PERCENTAGE_OFF' ? int('percentPaid') : null,
    minSpend: kind === 'AMOUNT_OFF' ? money('minSpend') : null,
    reduction: kind === 'AMOUNT_OFF' ? money('reduction') : null,
    regularPrice: kind === 'MEMBER_PRICE' || kind === 'PREPAID_VOUCHER' ? money('regularPrice') : null,
    memberPrice: kind === 'MEMBER_PRICE' || kind === 'PREPAID_VOUCHER' ? money('memberPrice') : null,
    validFrom: when('validFrom'),
    validUntil: when('validUntil'),
    stock: int('stock'),
    perMemberLimit: int('perMemberLimit'),
    perMemberDailyLimit: int('perMemberDailyLimit'),
    codeValidHours: int('codeValidHours'),
    audience: v.audience as OfferAudience,
    audienceUnion: v.audience === 'REGION' ? v.audienceUnion || null : null,
    stores,
  };
  if (local.length) {
    return { problem: { __typename: 'InputValidationError', code: 'INVALID_INPUT', message: '请检查标出的内容', fieldErrors: local } };
  }
  return { input };
}

/** Create (`/merchant/offers/new?merchant=…`) and edit (`/merchant/offers/:id/edit`) an offer. */
async function offerForm(ctx: PageContext, mode: 'new' | 'edit') {
  let merchant: OfferFormMerchantFragment;
  let offer: OfferFormOfferFragment | null = null;
  let cities: { id: string; name: string }[];
  if (mode === 'new') {
    const data = await request(NewOfferFormDocument, { merchant: ctx.query.get('merchant') ?? '' });
    viewer.set(data.me);
    cities = data.unions.nodes;
    if (data.node?.__typename !== 'Merchant') {
      ctx.render(html`${pageHeader('商家不存在')}<p><a href="/merchant">返回商家中心</a></p>`);
      return;
    }
    merchant = data.node;
  } else {
    const data = await request(EditOfferFormDocument, { offer: ctx.params.id! });
    viewer.set(data.me);
    cities = data.unions.nodes;
    if (data.node?.__typename !== 'Offer') {
      ctx.render(html`${pageHeader('优惠不存在')}<p><a href="/merchant">返回商家中心</a></p>`);
      return;
    }
    offer = data.node;
    merchant = offer.merchant;
  }
  ctx.title(offer ? `修改优惠 · ${offer.title}` : '新建优惠');
  let values = valuesOf(offer);
  let stores = offer ? offer.stores.map((s) => s.store.id) : merchant.stores.map((s) => s.id);
  let problem: Problem = null;
  let message: string | null = ctx.query.has('saved') ? '已保存为草稿。确认无误后提交审核，工会审核通过即上架。' : null;

  const read = (form: HTMLFormElement) => {
    const data = new FormData(form);
    values = {};
    data.forEach((value, key) => {
      if (typeof value === 'string' && key !== 'stores') values[key] = value.trim();
    });
    stores = data.getAll('stores').map(String);
  };

  const save = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    read(form);
    const built = toInput(values, stores);
    if (built.problem) {
      problem = built.problem;
      message = null;
      draw();
      return;
    }
    const result = await busy(form, async () =>
      offer
        ? (await request(UpdateOfferDocument, { input: { offer: offer.id, ...built.input! } })).updateOffer
        : (await request(CreateOfferDocument, { input: { merchant: merchant.id, ...built.input! } })).createOffer,
    );
    problem = asError(result);
    if (!problem && result && 'offer' in result) {
      if (!offer) {
        ctx.navigate(`/merchant/offers/${encodeURIComponent(result.offer.id)}/edit?saved=1`, { replace: true });
        return;
      }
      offer = result.offer;
      values = valuesOf(offer);
      message = '已保存为草稿。确认无误后提交审核，工会审核通过即上架。';
    } else {
      message = null;
    }
    draw();
    document.querySelector<HTMLElement>(problem ? '.field.invalid input, .field.invalid select, .field.invalid textarea, .alert' : '.notice')?.focus?.();
  };

  const submitForReview = async (event: Event) => {
    if (!offer) return;
    const id = offer.id;
    const result = await busy(event.currentTarget as HTMLButtonElement, async () => (await request(SubmitOfferDocument, { input: { offer: id } })).submitOffer);
    problem = asError(result);
    if (!problem && result?.__typename === 'SubmitOfferSuccess') {
      offer = { ...offer, status: result.offer.status, viewerCan: result.offer.viewerCan };
      message = '已提交审核，工会工作人员审核通过后即上架。';
    }
    draw();
  };

  const rerender = (event: Event) => {
    read((event.currentTarget as HTMLElement).closest('form')!);
    draw();
  };

  function draw() {
    const errors = fieldErrors(problem);
    const err = (name: string) => errors[name] ?? errors[`${name}.amount`];
    const kind = values.kind as OfferKind;
    const editable = offer ? offer.viewerCan.edit : merchant.viewerCan.createOffer;
    const editNote = offer ? EDIT_NOTES[offer.status] : undefined;
    const heading = offer ? '修改优惠' : '新建优惠';
    ctx.render(html`${pageHeader(heading, html`${merchant.name}${offer ? html` · <span class="badge">${offerLabel('offerStatus', offer.status)}</span>` : nothing}`)}
      <p><a href="/merchant">← 商家中心</a></p>
      ${offer?.reviewNote ? html`<p class="warn">审核意见：${offer.reviewNote}</p>` : nothing}
      ${editable && editNote ? html`<p class="hint">${editNote}</p>` : nothing}
      ${alertBox(problem)} ${notice(message)}
      ${offer?.viewerCan.submit
        ? html`<p class="actions"><button type="button" @click=${submitForReview}>提交审核</button></p>`
        : nothing}
      ${!editable
        ? html`<p class="hint">${offer
            ? `当前状态（${offerLabel('offerStatus', offer.status)}）不能修改；已发布的优惠可先暂停再修改。`
            : `商家当前状态（${offerLabel('merchantStatus', merchant.status)}）不能新建优惠。`}</p>`
        : html`<form class="stack offer-form" novalidate @submit=${save}>
            ${field({ label: '标题', name: 'title', required: true, value: values.title, maxlength: 60, error: err('title'), hint: '如：火锅套餐会员 8.5 折' })}
            ${textArea({ label: '优惠内容', name: 'description', required: true, value: values.description, error: err('description') })}
            ${textArea({ label: '使用说明', name: 'terms', value: values.terms, rows: 3, error: err('terms'), hint: '如：每桌限用一张，节假日通用' })}
            ${selectField({ label: '类别', name: 'category', required: true, value: values.category, options: Object.entries(OFFER_LABELS.category), error: err('category') })}
            ${selectField({ label: '优惠方式', name: 'kind', required: true, value: kind, options: Object.entries(KINDS), error: err('kind'), onChange: rerender })}
            ${kind === 'PERCENTAGE_OFF'
              ? field({ label: '折扣（实付百分比）', name: 'percentPaid', required: true, inputmode: 'numeric', value: values.percentPaid, error: err('percentPaid'), hint: '85 表示 8.5 折，1 至 99' })
              : nothing}
            ${kind === 'AMOUNT_OFF'
              ? html`${field({ label: '满（元）', name: 'minSpend', required: true, inputmode: 'decimal', value: values.minSpend, error: err('minSpend') })}
                ${field({ label: '减（元）', name: 'reduction', required: true, inputmode: 'decimal', value: values.reduction, error: err('reduction') })}`
              : nothing}
            ${kind === 'MEMBER_PRICE' || kind === 'PREPAID_VOUCHER'
              ? html`${field({ label: kind === 'PREPAID_VOUCHER' ? '券面值（元）' : '原价（元）', name: 'regularPrice', required: true, inputmode: 'decimal', value: values.regularPrice, error: err('regularPrice') })}
                ${field({ label: kind === 'PREPAID_VOUCHER' ? '售价（元）' : '会员价（元）', name: 'memberPrice', required: true, inputmode: 'decimal', value: values.memberPrice, error: err('memberPrice') })}`
              : nothing}
            ${field({ label: '开始时间', name: 'validFrom', type: 'datetime-local', required: true, value: values.validFrom, error: err('validFrom'), hint: '北京时间' })}
            ${field({ label: '结束时间', name: 'validUntil', type: 'datetime-local', required: true, value: values.validUntil, error: err('validUntil') })}
            ${field({ label: '总库存', name: 'stock', inputmode: 'numeric', value: values.stock, error: err('stock'), hint: offer?.stockTotal != null ? `不填为不限量；已领取或预留 ${offer.stockTotal - (offer.remainingStock ?? 0)} 份` : '不填为不限量' })}
            ${field({ label: '每人限领（总数）', name: 'perMemberLimit', inputmode: 'numeric', value: values.perMemberLimit, error: err('perMemberLimit'), hint: '不填为不限' })}
            ${field({ label: '每人每日限领', name: 'perMemberDailyLimit', inputmode: 'numeric', value: values.perMemberDailyLimit, error: err('perMemberDailyLimit'), hint: '不填为不限' })}
            ${kind !== 'PREPAID_VOUCHER'
              ? field({ label: '核销码有效时长（小时）', name: 'codeValidHours', inputmode: 'numeric', value: values.codeValidHours, error: err('codeValidHours'), hint: '不填为 72 小时' })
              : nothing}
            ${selectField({ label: '适用人群', name: 'audience', required: true, value: values.audience, options: Object.entries(OFFER_LABELS.audience), error: err('audience'), onChange: rerender })}
            ${values.audience === 'REGION'
              ? selectField({
                  label: '限定地区',
                  name: 'audienceUnion',
                  required: true,
                  value: values.audienceUnion,
                  empty: '请选择',
                  options: [
                    ...(offer?.audienceUnion && !cities.some((c) => c.id === offer!.audienceUnion!.id) ? [[offer.audienceUnion.id, offer.audienceUnion.name] as [string, string]] : []),
                    ...cities.map((c) => [c.id, c.name] as [string, string]),
                  ],
                  error: err('audienceUnion'),
                })
              : nothing}
            ${checkboxGroup({
              label: '适用门店',
              name: 'stores',
              required: true,
              options: merchant.stores.map((s) => [s.id, `${s.name}（${s.address}）`]),
              chosen: stores,
              error: err('stores'),
            })}
            <p class="actions"><button type="submit">保存草稿</button></p>
          </form>`}`);
  }
  draw();
}

export const newOfferPage: Page = (ctx) => offerForm(ctx, 'new');
export const editOfferPage: Page = (ctx) => offerForm(ctx, 'edit');
