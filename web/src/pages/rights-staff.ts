import { html, nothing } from 'lit-html';
import {
  StaffAssignRightsLawyerDocument,
  StaffCloseRightsCaseDocument,
  StaffLitigateRightsCaseDocument,
  StaffMediateRightsCaseDocument,
  StaffNoteRightsCaseDocument,
  StaffRightsCaseDocument,
  StaffRightsLawyersDocument,
  StaffRightsPageDocument,
  StaffRightsViewerDocument,
  StaffTriageRightsCaseDocument,
  type RightsCaseOutcome,
  type RightsCaseRoute,
  type RightsCaseCardFragment,
} from '../gql/graphql';
import { asError, request } from '../api';
import { selectField } from '../form-fields';
import type { Page } from '../router';
import { alertBox, dateTime, field, fieldErrors, formValues, money, notice, pageHeader, yuanToFen, type Problem } from '../ui';
import { viewer } from '../viewer';
import { caseSummary, eventLog } from './rights';

const ROUTE_WORDS: Record<RightsCaseRoute, string> = {
  CONSULTATION: '仅法律咨询',
  MEDIATION: '区总工会调解',
  LAWYER: '指派工会律师',
  LITIGATION: '诉讼（仲裁）支持',
};

const OUTCOME_WORDS: Record<RightsCaseOutcome, string> = {
  SETTLED: '调解/和解',
  WON: '胜诉（裁决支持）',
  LOST: '败诉',
  WITHDRAWN: '撤回',
  REFERRED: '转交其他机构',
};

async function firstStaffUnion(): Promise<string | undefined> {
  if (!viewer.get()) viewer.set((await request(StaffRightsViewerDocument)).me);
  return viewer.get()?.roles.find((r) => r.role === 'UNION_STAFF' && r.union)?.union?.id;
}

/** The union's case queue, with its figures. */
export const staffRightsPage: Page = async (ctx) => {
  ctx.title('维权案件');
  const union = ctx.query.get('union') ?? (await firstStaffUnion());
  if (!union) {
    ctx.render(html`${pageHeader('维权案件')}<p>仅工会工作人员可用。</p>`);
    return;
  }
  const data = await request(StaffRightsPageDocument, { union });
  viewer.set(data.me);
  const f = data.rightsFigures;
  const cases = data.rightsCases?.nodes ?? [];
  ctx.render(html`${pageHeader('维权案件', '受理 · 分流 · 调解 · 法律援助 · 结案')}
    ${f
      ? html`<section class="card figures" aria-label="统计">
          <h2>统计</h2>
          <p>受理 ${f.opened} 件 · 在办 ${f.open} 件 · 结案 ${f.closed} 件 · 追回 <strong>${money(f.recovered)}</strong></p>
          <p class="hint">结案平均 ${f.meanDaysToClose ?? '—'} 天，中位 ${f.medianDaysToClose ?? '—'} 天 ·
            普法宣讲 ${f.outreach.events} 场、${f.outreach.attendance} 人次 ${f.includesConfidential ? '' : '（不含保密案件）'}</p>
        </section>`
      : nothing}
    <section aria-label="案件队列">
      <h2>案件队列（${data.rightsCases?.totalCount ?? 0}）</h2>
      <ul class="plain">
        ${cases.map(
          (c) => html`<li class="rights-row" data-status=${c.status}>
            <a href=${`/staff/rights/${encodeURIComponent(c.id)}`}>${c.reference} · ${c.typeLabel} · ${c.claimantName}</a>
            <span class="status">${c.statusLabel}</span>
            <span class="hint">${c.employerName} · ${dateTime(c.openedAt)}${c.caseOfficerName ? ` · 承办人 ${c.caseOfficerName}` : ''}</span>
          </li>`,
        )}
      </ul>
    </section>`);
};

/** One case: summary, the steps the viewer may take (from viewerCan), the event log. */
export const staffRightsCasePage: Page = async (ctx) => {
  ctx.title('维权案件');
  const id = ctx.params.id!;
  let problem: Problem = null;
  let done: string | null = null;
  let data = await request(StaffRightsCaseDocument, { id });
  let lawyers: { user: string; name: string; unionName: string }[] = [];

  const load = async () => {
    data = await request(StaffRightsCaseDocument, { id });
    const c = data.node && 'viewerCan' in data.node ? (data.node as RightsCaseCardFragment & { union: { id: string; name: string } }) : null;
    if (c?.viewerCan.assignLawyer) lawyers = (await request(StaffRightsLawyersDocument, { union: c.union.id })).rightsLawyers;
  };
  await load();

  const act = async (work: () => Promise<{ __typename?: string } | null | undefined>, message: string) => {
    try {
      problem = asError(await work());
      if (!problem) {
        done = message;
        await load();
      }
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };
  const submit = (fn: (v: Record<string, string>) => Promise<{ __typename?: string } | null | undefined>, message: string) => (event: Event) => {
    event.preventDefault();
    const v = formValues(event.target as HTMLFormElement);
    void act(() => fn(v), message);
  };

  const draw = () => {
    const c = data.node && 'viewerCan' in data.node ? (data.node as RightsCaseCardFragment & { union: { id: string; name: string } }) : null;
    if (!c) {
      ctx.render(html`${pageHeader('维权案件')}<p>案件不存在或无权查看。</p>`);
      return;
    }
    const can = c.viewerCan;
    const errors = fieldErrors(problem);
    ctx.render(html`${pageHeader(`维权案件 · ${c.claimantName}`, c.union.name)}
      ${alertBox(problem)} ${notice(done)}
      <section class="card">${caseSummary(c)}<p>${c.description}</p>
        ${c.openedAtPlace ? html`<p class="hint">提交地点：${c.openedAtPlace}</p>` : nothing}
        ${c.eligibilityReason ? html`<p class="hint">法律援助：${c.legalAidEligible ? '符合' : '不符合'}（${c.eligibilityReason}）</p>` : nothing}
      </section>
      ${can.triage
        ? html`<form class="card" aria-label="分流" @submit=${submit(
            async (v) =>
              (await request(StaffTriageRightsCaseDocument, {
                input: { case: id, route: v.route as RightsCaseRoute, monthlyIncome: v.income ? { amount: yuanToFen(v.income) ?? -1, currency: 'CNY' } : null, note: v.note || null },
              })).triageRightsCase,
            '已分流。',
          )}>
            <h2>分流</h2>
            ${selectField({ label: '办理方式', name: 'route', required: true, options: Object.entries(ROUTE_WORDS) })}
            ${field({ label: '核实月收入（元）', name: 'income', inputmode: 'decimal', error: errors['monthlyIncome'] })}
            ${field({ label: '分流意见', name: 'note' })}
            <button type="submit">确认分流</button>
          </form>`
        : nothing}
      <div class="actions">
        ${can.startMediation
          ? html`<button @click=${() => act(async () => (await request(StaffMediateRightsCaseDocument, { input: { case: id } })).startRightsMediation, '已转入调解。')}>转入调解</button>`
          : nothing}
        ${can.startLitigation
          ? html`<button @click=${() => act(async () => (await request(StaffLitigateRightsCaseDocument, { input: { case: id } })).startRightsLitigation, '已转入诉讼支持。')}>转入诉讼支持</button>`
          : nothing}
      </div>
      ${can.assignLawyer && lawyers.length
        ? html`<form class="card" aria-label="指派工会律师" @submit=${submit(
            async (v) => (await request(StaffAssignRightsLawyerDocument, { input: { case: id, lawyer: v.lawyer ?? '' } })).assignRightsLawyer,
            '已指派律师。',
          )}>
            <h2>指派工会律师</h2>
            ${selectField({ label: '律师', name: 'lawyer', required: true, options: lawyers.map((l) => [l.user, `${l.name}（${l.unionName}）`]) })}
            <button type="submit">指派</button>
          </form>`
        : nothing}
      ${can.close
        ? html`<form class="card" aria-label="结案" @submit=${submit(
            async (v) =>
              (await request(StaffCloseRightsCaseDocument, {
                input: { case: id, outcome: v.outcome as RightsCaseOutcome, recovered: { amount: yuanToFen(v.recovered ?? '') ?? -1, currency: 'CNY' }, note: v.note || null },
              })).closeRightsCase,
            '已结案。',
          )}>
            <h2>结案</h2>
            ${selectField({ label: '结果', name: 'outcome', required: true, options: Object.entries(OUTCOME_WORDS) })}
            ${field({ label: '追回金额（元）', name: 'recovered', inputmode: 'decimal', required: true, error: errors['recovered'] })}
            ${field({ label: '结案说明', name: 'note' })}
            <button type="submit">结案</button>
          </form>`
        : nothing}
      ${can.addNote
        ? html`<form class="card" aria-label="添加办理记录" @submit=${submit(
            async (v) => (await request(StaffNoteRightsCaseDocument, { input: { case: id, note: v.note ?? '' } })).addRightsCaseNote,
            '已记录。',
          )}>
            ${field({ label: '办理记录', name: 'note', required: true, error: errors['note'] })}
            <button type="submit" class="secondary">添加记录</button>
          </form>`
        : nothing}
      <section class="card"><h2>办理进度</h2>${eventLog(c)}</section>`);
  };
  draw();
};
