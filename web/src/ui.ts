import { html, nothing, type TemplateResult } from 'lit-html';
import { ApiError, type DomainError } from './api';
import type {
  CompetitionEntryStatus,
  CompetitionEventKind,
  CompetitionLevel,
  CompetitionParticipantRole,
  CompetitionParticipantStatus,
  CraftsmanTitle,
  RoleName,
  SkillLevel,
  UnionLevel,
} from './gql/graphql';

export type Problem = DomainError | ApiError | Error | string | null | undefined;

/** Field messages keyed by the input path without its leading "input" (e.g. "memberCard.cardNumber"). */
export function fieldErrors(problem: Problem): Record<string, string> {
  const out: Record<string, string> = {};
  if (problem && typeof problem === 'object' && 'fieldErrors' in problem && problem.fieldErrors) {
    for (const error of problem.fieldErrors) {
      const path = error.field[0] === 'input' ? error.field.slice(1) : error.field;
      out[path.join('.')] ??= error.message;
    }
  }
  return out;
}

/** Every problem is shown with its message; typed errors also show their stable code. */
export function alertBox(problem: Problem): TemplateResult | typeof nothing {
  if (!problem) return nothing;
  const message = typeof problem === 'string' ? problem : problem.message;
  const code = typeof problem === 'object' && 'code' in problem ? problem.code : undefined;
  const fields = typeof problem === 'object' && 'fieldErrors' in problem ? (problem.fieldErrors ?? []) : [];
  return html`<div class="alert" role="alert" data-code=${code ?? ''}>
    <p><strong>${message}</strong></p>
    ${fields.length
      ? html`<ul>
          ${fields.map((f) => html`<li>${f.message}</li>`)}
        </ul>`
      : nothing}
  </div>`;
}

export function notice(text: string | null | undefined): TemplateResult | typeof nothing {
  return text ? html`<div class="notice" role="status">${text}</div>` : nothing;
}

let fieldSeq = 0;

interface FieldOptions {
  label: string;
  name: string;
  type?: string;
  value?: string;
  required?: boolean;
  autocomplete?: string;
  inputmode?: string;
  hint?: string;
  error?: string | undefined;
  placeholder?: string;
  min?: string;
  max?: string;
  maxlength?: number;
}

/** A labelled input with its hint and error tied to it for screen readers. */
export function field(o: FieldOptions): TemplateResult {
  const id = `f-${o.name.replace(/\W/g, '-')}-${++fieldSeq}`;
  const described = [o.hint ? `${id}-hint` : '', o.error ? `${id}-err` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${o.error ? 'invalid' : ''}">
    <label for=${id}>${o.label}${o.required ? html`<span class="req" aria-hidden="true">*</span>` : nothing}</label>
    <input
      id=${id}
      name=${o.name}
      type=${o.type ?? 'text'}
      .value=${o.value ?? ''}
      ?required=${o.required}
      autocomplete=${o.autocomplete ?? 'off'}
      inputmode=${o.inputmode ?? nothing}
      placeholder=${o.placeholder ?? nothing}
      min=${o.min ?? nothing}
      max=${o.max ?? nothing}
      maxlength=${o.maxlength ?? nothing}
      aria-invalid=${o.error ? 'true' : 'false'}
      aria-describedby=${described || nothing}
    />
    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing}
    ${o.error ? html`<p class="field-error" id=${`${id}-err`}>${o.error}</p>` : nothing}
  </div>`;
}

export function formValues(form: HTMLFormElement): Record<string, string> {
  const out: Record<string, string> = {};
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string') out[key] = value.trim();
  });
  return out;
}

/** Disables a form's submit button while its request runs, so a double tap sends one request. */
export async function busy<T>(form: HTMLFormElement | HTMLButtonElement, work: () => Promise<T>): Promise<T> {
  const buttons = form instanceof HTMLFormElement ? [...form.querySelectorAll('button')] : [form];
  for (const b of buttons) b.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    for (const b of buttons) b.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

// ---- formatting (Asia/Shanghai, zh-CN) ----

const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

export const dateTime = (iso: string | null | undefined) => (iso ? dateTimeFormat.format(new Date(iso)) : '—');

/** A business date (YYYY-MM-DD) as 2026年1月7日. */
export function day(date: string | null | undefined): string {
  if (!date) return '—';
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Integer fen as ¥12.34, without floating point. */
export function money(m: { amount: number } | null | undefined): string {
  if (!m) return '—';
  const sign = m.amount < 0 ? '-' : '';
  const abs = Math.abs(m.amount);
  const yuan = Math.trunc(abs / 100);
  const fen = abs % 100;
  return `${sign}¥${yuan.toLocaleString('zh-CN')}${fen ? `.${String(fen).padStart(2, '0')}` : ''}`;
}

/** Yuan typed by a person ("80" or "80.5") to integer fen, or null when it is not an amount. */
export function yuanToFen(text: string): number | null {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

export function todayInShanghai(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}

// ---- enum labels ----

export const LABELS = {
  competitionLevel: { NATIONAL: '全国', PROVINCE: '省级', CITY: '市级', DISTRICT: '区/县级', ENTERPRISE: '企业级' },
  eventKind: { INDIVIDUAL: '个人项目', TEAM: '团体项目' },
  entryStatus: {
    CONFIRMED: '报名成功',
    WAITING: '候补中',
    FORMING: '组队中',
    OFFERED: '递补待确认',
    CANCELLED: '已取消',
    WITHDRAWN: '主办方撤销',
    EXPIRED: '组队未成',
    LAPSED: '递补已过期',
  },
  participantRole: { INDIVIDUAL: '个人', CAPTAIN: '队长', MEMBER: '队员' },
  participantStatus: { ACCEPTED: '已加入', INVITED: '待回复', DECLINED: '已拒绝', LEFT: '已退出' },
  skillLevel: {
    JUNIOR: '初级工（五级）',
    INTERMEDIATE: '中级工（四级）',
    SENIOR: '高级工（三级）',
    TECHNICIAN: '技师（二级）',
    SENIOR_TECHNICIAN: '高级技师（一级）',
  },
  role: {
    PLATFORM_ADMIN: '平台管理员',
    UNION_STAFF: '工会工作人员',
    FINANCE: '财务复核',
    GRANT_REVIEWER: '评审专家',
    MERCHANT_STAFF: '普惠商家员工',
    EMPLOYER_STAFF: '用人单位员工',
    LEGAL_AID_LAWYER: '法律援助律师',
  },
  unionLevel: { NATIONAL: '全国总工会', PROVINCE: '省总工会', CITY: '市总工会', DISTRICT: '区/县总工会', GRASSROOTS: '基层工会' },
  craftsmanTitle: { CRAFTSMAN: '工匠', MASTER_CRAFTSMAN: '大工匠' },
} as const satisfies {
  // Typed against the generated enums: a value added to the API fails typecheck until it has a label.
  competitionLevel: Record<CompetitionLevel, string>;
  eventKind: Record<CompetitionEventKind, string>;
  entryStatus: Record<CompetitionEntryStatus, string>;
  participantRole: Record<CompetitionParticipantRole, string>;
  participantStatus: Record<CompetitionParticipantStatus, string>;
  skillLevel: Record<SkillLevel, string>;
  role: Record<RoleName, string>;
  unionLevel: Record<UnionLevel, string>;
  craftsmanTitle: Record<CraftsmanTitle, string>;
};

export function label<K extends keyof typeof LABELS>(kind: K, value: string | null | undefined): string {
  if (!value) return '—';
  return (LABELS[kind] as Record<string, string>)[value] ?? value;
}

export function pageHeader(title: string, sub?: TemplateResult | string): TemplateResult {
  return html`<h1 tabindex="-1">${title}</h1>
    ${sub ? html`<p class="lead">${sub}</p>` : nothing}`;
}

export const JOB_LABELS = {
  employmentType: {
    FULL_TIME: '全职',
    PART_TIME: '兼职',
    TEMPORARY: '临时',
    INTERN: '实习',
    CONTRACTOR: '劳务',
    PER_DIEM: '日结',
    VOLUNTEER: '志愿',
    OTHER: '其他',
  },
  applicationStatus: {
    SUBMITTED: '已投递',
    VIEWED: '已查看',
    INTERVIEWING: '面试中',
    OFFERED: '已发录用意向',
    HIRED: '已录用',
    REJECTED: '未通过',
    WITHDRAWN: '已撤回',
  },
  education: {
    NONE: '不限',
    JUNIOR_HIGH: '初中',
    HIGH_SCHOOL: '高中',
    VOCATIONAL: '中专/技校',
    ASSOCIATE: '大专',
    BACHELOR: '本科',
    MASTER: '硕士',
    DOCTORATE: '博士',
  },
  postingStatus: { DRAFT: '草稿', PENDING_REVIEW: '待审核', PUBLISHED: '已发布', CLOSED: '已关闭', FILLED: '已招满' },
  employerStatus: { PENDING: '待审核', VERIFIED: '已认证', REJECTED: '未通过' },
} as const;

export function jobLabel<K extends keyof typeof JOB_LABELS>(kind: K, value: string | null | undefined): string {
  if (!value) return '—';
  return (JOB_LABELS[kind] as Record<string, string>)[value] ?? value;
}

/** A monthly salary range in yuan, e.g. ¥6,000–9,000/月. */
export function salaryRange(s: { min: { amount: number }; max: { amount: number } }): string {
  const yuan = (fen: number) => Math.round(fen / 100).toLocaleString('zh-CN');
  return s.min.amount === s.max.amount ? `¥${yuan(s.min.amount)}/月` : `¥${yuan(s.min.amount)}–${yuan(s.max.amount)}/月`;
}

/** Puts a page's schema.org JSON-LD in <head> (removed again on the next navigation). */
export function setJsonLd(json: string) {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.pageJsonld = '';
  script.textContent = json;
  document.head.append(script);
}

export const OFFER_LABELS = {
  category: {
    DINING: '餐饮美食',
    DAILY_LIFE: '生活服务',
    LEISURE: '休闲娱乐',
    TOURISM: '旅游观光',
    CULTURE_SPORTS: '文化体育',
    MEDICAL_CHECKUP: '医疗体检',
    EDUCATION_TRAINING: '教育培训',
  },
  audience: { ALL_MEMBERS: '全体会员', HARDSHIP: '困难职工专享', MODEL_WORKERS: '劳模专享', REGION: '限定地区' },
  claimStatus: { ACTIVE: '待使用', REDEEMED: '已核销', EXPIRED: '已过期', CANCELLED: '已取消' },
  offerStatus: { DRAFT: '草稿', PENDING_REVIEW: '待审核', PUBLISHED: '已上架', PAUSED: '已暂停', ENDED: '已结束' },
  merchantStatus: { PENDING: '待审核', APPROVED: '已通过', REJECTED: '未通过' },
} as const;

export function offerLabel<K extends keyof typeof OFFER_LABELS>(kind: K, value: string | null | undefined): string {
  if (!value) return '—';
  return (OFFER_LABELS[kind] as Record<string, string>)[value] ?? value;
}

interface DiscountParts {
  kind: string;
  percentPaid?: number | null;
  reduction?: { amount: number } | null;
  minSpend?: { amount: number } | null;
  memberPrice?: { amount: number } | null;
  regularPrice?: { amount: number } | null;
}

/** The offer in the words a shop window uses: 8.5 折, 满 200 减 40, 会员价, ¥80 购 ¥100 券. */
export function discountText(o: DiscountParts): string {
  switch (o.kind) {
    case 'PERCENTAGE_OFF':
      return o.percentPaid != null ? `${o.percentPaid % 10 === 0 ? o.percentPaid / 10 : (o.percentPaid / 10).toFixed(1)} 折` : '折扣';
    case 'AMOUNT_OFF':
      return o.minSpend && o.reduction ? `满 ${money(o.minSpend).slice(1)} 减 ${money(o.reduction).slice(1)}` : `立减 ${money(o.reduction)}`;
    case 'MEMBER_PRICE':
      return `会员价 ${money(o.memberPrice)}${o.regularPrice ? `（原价 ${money(o.regularPrice)}）` : ''}`;
    case 'PREPAID_VOUCHER':
      return `${money(o.memberPrice)} 购 ${money(o.regularPrice)} 代金券`;
    default:
      return o.kind;
  }
}

export function distance(meters: number | null | undefined): string {
  if (meters == null) return '';
  return meters < 1000 ? `${meters} 米` : `${(meters / 1000).toFixed(1)} 公里`;
}
