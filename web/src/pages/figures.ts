import { html, nothing, type TemplateResult } from 'lit-html';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { FiguresPageDocument, FiguresViewerDocument, type FiguresNumbersFragment, type FiguresPageQuery } from '../gql/graphql';
import { ApiError, request } from '../api';
import type { Page } from '../router';
import { session } from '../session';
import { alertBox, money, pageHeader, todayInShanghai } from '../ui';
import { viewer } from '../viewer';

type Figures = NonNullable<FiguresPageQuery['unionFigures']>;
type Money = { amount: number };

/** The columns of the breakdown table: programme, figure, Chinese label. Money figures show as yuan. */
const COLUMNS: [keyof Omit<FiguresNumbersFragment, '__typename'>, string, string][] = [
  ['discounts', 'merchants', '商家'],
  ['discounts', 'claims', '优惠领取'],
  ['discounts', 'redemptions', '核销'],
  ['discounts', 'savingsFen', '会员节省'],
  ['jobs', 'postings', '岗位'],
  ['jobs', 'applications', '求职申请'],
  ['jobs', 'hires', '录用'],
  ['jobs', 'fairs', '招聘会'],
  ['competitions', 'entries', '竞赛报名'],
  ['competitions', 'certificates', '获奖证书'],
  ['grants', 'approved', '资助批准'],
  ['grants', 'paidFen', '资助拨付'],
  ['hardship', 'filesOpened', '困难建档'],
  ['hardship', 'aidPaidFen', '帮扶金额'],
  ['mutualAid', 'paidFen', '互助给付'],
  ['rights', 'casesOpened', '维权受理'],
  ['congress', 'sessions', '职代会'],
];

const cell = (f: FiguresNumbersFragment, programme: string, key: string): string => {
  const value = (f as unknown as Record<string, Record<string, number | Money>>)[programme]![key]!;
  return typeof value === 'number' ? value.toLocaleString('zh-CN') : money(value);
};

function staffUnions(): { id: string; name: string }[] {
  const roles = viewer.get()?.roles ?? [];
  return roles.filter((r) => (r.role === 'UNION_STAFF' || r.role === 'PLATFORM_ADMIN') && r.union).map((r) => ({ id: r.union!.id, name: r.union!.name }));
}

const yearAgo = (today: string) => `${Number(today.slice(0, 4)) - 1}${today.slice(4, 7)}-01`;

function link(union: string, from: string, to: string) {
  return `/staff/figures?${new URLSearchParams({ union, from, to })}`;
}

/** Exports need the session's token, which a plain link does not send: fetched with it, saved under the server's name. */
async function download(file: string, union: string, from: string, to: string, status: HTMLElement) {
  status.textContent = '正在导出…';
  const response = await fetch(`/exports/${file}?${new URLSearchParams({ union, from, to })}`, {
    headers: session.token ? { authorization: `Bearer ${session.token}` } : {},
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    status.textContent = body?.errors?.[0]?.message ?? '导出失败';
    return;
  }
  const name = /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  Object.assign(document.createElement('a'), { href: url, download: name ? decodeURIComponent(name) : file }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  status.textContent = '已导出';
}

function trendChart(f: Figures): void {
  const host = document.querySelector<HTMLElement>('#figures-trend');
  if (!host) return;
  host.replaceChildren();
  const xs = f.months.map((m) => Date.parse(`${m.month}-01T00:00:00+08:00`) / 1000);
  const width = Math.max(280, Math.min(host.clientWidth || 640, 900));
  new uPlot(
    {
      width,
      height: 220,
      scales: { x: { time: true } },
      series: [
        {},
        { label: '优惠领取', stroke: '#c0392b', width: 2 },
        { label: '核销', stroke: '#2471a3', width: 2 },
        { label: '求职申请', stroke: '#1e8449', width: 2 },
      ],
      axes: [{ values: (_u, splits) => splits.map((s) => { const d = new Date(s * 1000 + 8 * 3600_000); return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`; }) }, {}],
    },
    [xs, f.months.map((m) => m.figures.discounts.claims), f.months.map((m) => m.figures.discounts.redemptions), f.months.map((m) => m.figures.jobs.applications)],
    host,
  );
}

/** Bars of one figure by child union, drawn with CSS widths: readable without the chart library and by screen readers. */
function childBars(f: Figures): TemplateResult | typeof nothing {
  if (f.children.length === 0) return nothing;
  const max = Math.max(1, ...f.children.map((c) => c.figures.discounts.claims));
  return html`<h2>各下级优惠领取</h2>
    <ul class="plain figure-bars">
      ${f.children.map(
        (c) => html`<li><span class="bar-label">${c.union.name}</span>
          <span class="bar" style=${`width:${(c.figures.discounts.claims / max) * 100}%`}></span>
          <span class="bar-value">${c.figures.discounts.claims.toLocaleString('zh-CN')}</span></li>`,
      )}
    </ul>`;
}

export const figuresPage: Page = async (ctx) => {
  ctx.title('工会统计');
  if (staffUnions().length === 0) viewer.set((await request(FiguresViewerDocument)).me);
  const union = ctx.query.get('union') ?? staffUnions()[0]?.id;
  if (!union) {
    ctx.render(html`${pageHeader('工会统计')}<p>仅工会工作人员可用。</p>`);
    return;
  }
  const today = todayInShanghai();
  const from = ctx.query.get('from') ?? yearAgo(today);
  const to = ctx.query.get('to') ?? today;
  let data: FiguresPageQuery;
  try {
    data = await request(FiguresPageDocument, { union, from, to });
  } catch (error) {
    ctx.render(html`${pageHeader('工会统计')}${alertBox(error as ApiError)}`);
    return;
  }
  viewer.set(data.me);
  const f = data.unionFigures;
  if (!f) {
    ctx.render(html`${pageHeader('工会统计')}<p>没有该工会的统计。</p>`);
    return;
  }
  const mine = staffUnions().some((u) => u.id === f.union.id);
  const up = !mine && f.union.parent ? html`<a href=${link(f.union.parent.id, from, to)}>返回${f.union.parent.name}</a>` : '';
  const exportButton = (file: string, text: string) => html`<button type="button" class="secondary"
    @click=${(e: Event) => download(file, f.union.id, from, to, (e.target as HTMLElement).closest('.exports')!.querySelector('.export-status')!)}>${text}</button>`;
  const row = (name: TemplateResult | string, numbers: FiguresNumbersFragment) =>
    html`<tr><th scope="row">${name}</th>${COLUMNS.map(([p, k]) => html`<td>${cell(numbers, p, k)}</td>`)}</tr>`;
  ctx.render(html`${pageHeader(`工会统计 · ${f.union.name}`, up)}
    <form class="inline-form" @submit=${(e: Event) => {
      e.preventDefault();
      const form = new FormData(e.target as HTMLFormElement);
      ctx.navigate(link(f.union.id, String(form.get('from')), String(form.get('to'))));
    }}>
      <label>起始日 <input type="date" name="from" .value=${from} required /></label>
      <label>截止日 <input type="date" name="to" .value=${to} required /></label>
      <button type="submit">查看</button>
    </form>
    <div class="exports">
      ${exportButton('claims.xlsx', '导出优惠领取 Excel')} ${exportButton('claims.csv', 'CSV')}
      ${exportButton('registrations.xlsx', '导出招聘会报名 Excel')}
      <span class="export-status hint" role="status"></span>
    </div>
    <h2>按月趋势</h2>
    <div id="figures-trend" class="chart" role="img" aria-label="优惠领取、核销和求职申请按月趋势"></div>
    ${childBars(f)}
    <div class="table-scroll figures-scroll">
      <table class="figures-table">
        <caption>合计 = 各下级之和 + 本级（${f.from} 至 ${f.to}）</caption>
        <thead><tr><th scope="col">工会</th>${COLUMNS.map(([, , label]) => html`<th scope="col">${label}</th>`)}</tr></thead>
        <tbody>
          ${row(html`<strong>合计</strong>`, f.total)}
          ${f.children.map((c) => row(html`<a href=${link(c.union.id, from, to)}>${c.union.name}</a>`, c.figures))}
          ${f.children.length ? row('本级', f.direct) : nothing}
        </tbody>
      </table>
    </div>`);
  trendChart(f);
};
