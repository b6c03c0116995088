import { html, nothing } from 'lit-html';
import {
  OpenRightsCaseDocument,
  RightsPageDocument,
  WithdrawRightsCaseDocument,
  type RightsCaseCardFragment,
  type RightsCaseType,
} from '../gql/graphql';
import { asError, request } from '../api';
import { selectField } from '../form-fields';
import type { Page } from '../router';
import { alertBox, dateTime, field, fieldErrors, formValues, money, notice, pageHeader, yuanToFen, type Problem } from '../ui';
import { viewer } from '../viewer';

export const CASE_TYPE_WORDS: Record<RightsCaseType, string> = {
  UNPAID_WAGES: '拖欠工资（讨薪）',
  WORK_INJURY: '工伤待遇',
  DEATH_AT_WORK: '工亡',
  RESTRUCTURING_LAYOFF: '企业改制职工安置',
  HEALTH_RIGHTS: '健康权纠纷',
  WOMEN_WORKERS: '女职工歧视、性骚扰（保密办理）',
};

/** The case's progress: every step with its time, as the member follows it on the phone. */
export function eventLog(c: RightsCaseCardFragment) {
  return html`<ol class="plain events" aria-label="办理进度">
    ${c.events.nodes.map(
      (e) => html`<li>
        <time>${dateTime(e.createdAt)}</time> ${e.toStateLabel ? html`<strong>${e.toStateLabel}</strong>` : nothing}
        ${e.note ? html`<span>${e.note}</span>` : nothing} ${e.actorName ? html`<span class="hint">（${e.actorName}）</span>` : nothing}
      </li>`,
    )}
  </ol>`;
}

export function caseSummary(c: RightsCaseCardFragment) {
  return html`<p><strong class="status">${c.statusLabel}</strong> · ${c.typeLabel}${c.confidential ? html` <span class="badge">保密</span>` : nothing}</p>
    <p class="hint">编号 ${c.reference} · ${c.employerName}${c.amountInDispute ? ` · 争议金额 ${money(c.amountInDispute)}` : ''}</p>
    ${c.caseOfficerName ? html`<p class="hint">承办人：${c.caseOfficerName}${c.lawyerName ? ` · 代理律师：${c.lawyerName}` : ''}</p>` : nothing}
    ${c.recovered ? html`<p>结案追回：<strong>${money(c.recovered)}</strong></p>` : nothing}`;
}

/** A member's cases and the form to open one (维权求助). */
export const rightsPage: Page = async (ctx) => {
  ctx.title('维权求助');
  let data = await request(RightsPageDocument);
  viewer.set(data.me);
  if (!data.me?.member) {
    ctx.render(html`${pageHeader('维权求助')}<p>请先 <a href="/login?next=/rights">登录</a> 并绑定工会会员卡；非会员可到就近的职工服务站点求助。</p>`);
    return;
  }
  let problem: Problem = null;
  let done: string | null = null;

  const refresh = async () => {
    data = await request(RightsPageDocument);
  };

  const open = async (event: Event) => {
    event.preventDefault();
    const v = formValues(event.target as HTMLFormElement);
    const amount = v.amount ? yuanToFen(v.amount) : null;
    const income = v.income ? yuanToFen(v.income) : null;
    try {
      const result = (
        await request(OpenRightsCaseDocument, {
          input: {
            details: {
              type: v.type as RightsCaseType,
              employerName: v.employer ?? '',
              description: v.description ?? '',
              amountInDispute: v.amount ? { amount: amount ?? -1, currency: 'CNY' } : null,
              monthlyIncome: v.income ? { amount: income ?? -1, currency: 'CNY' } : null,
            },
          },
        })
      ).openRightsCase;
      problem = asError(result);
      if (!problem) {
        done = '已提交，工会工作人员会尽快分流办理，进度见下方。';
        (event.target as HTMLFormElement).reset();
        await refresh();
      }
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  const withdraw = async (id: string) => {
    try {
      problem = asError((await request(WithdrawRightsCaseDocument, { input: { case: id } })).withdrawRightsCase);
      if (!problem) {
        done = '案件已撤回。';
        await refresh();
      }
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  const draw = () => {
    const cases = data.myRightsCases?.nodes ?? [];
    const errors = fieldErrors(problem);
    ctx.render(html`${pageHeader('维权求助', '讨薪 · 工伤 · 改制安置 · 健康权 · 女职工权益')}
      ${alertBox(problem)} ${notice(done)}
      <section aria-label="我的维权案件">
        <h2>我的案件</h2>
        ${cases.length === 0
          ? html`<p class="hint">还没有维权案件。</p>`
          : cases.map(
              (c) => html`<article class="card rights-case" data-status=${c.status}>
                ${caseSummary(c)} ${eventLog(c)}
                ${c.viewerCan.withdraw ? html`<button class="secondary" @click=${() => withdraw(c.id)}>撤回</button>` : nothing}
              </article>`,
            )}
      </section>
      <form class="card" @submit=${open} aria-label="提交维权求助">
        <h2>提交维权求助</h2>
        ${selectField({ label: '案件类型', name: 'type', required: true, options: Object.entries(CASE_TYPE_WORDS) })}
        <p class="hint">女职工权益案件只有承办人、代理律师和您本人可见。</p>
        ${field({ label: '用人单位', name: 'employer', required: true, error: errors['details.employerName'] })}
        ${field({ label: '争议金额（元）', name: 'amount', inputmode: 'decimal', error: errors['details.amountInDispute'] })}
        ${field({ label: '月收入（元）', name: 'income', inputmode: 'decimal', hint: '用于审查法律援助资格，可不填', error: errors['details.monthlyIncome'] })}
        <div class="field">
          <label for="rights-description">情况说明</label>
          <textarea id="rights-description" name="description" rows="4" required></textarea>
          ${errors['details.description'] ? html`<p class="error">${errors['details.description']}</p>` : nothing}
        </div>
        <button type="submit">提交</button>
      </form>`);
  };
  draw();
};
