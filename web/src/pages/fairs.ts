import { html, nothing } from 'lit-html';
import {
  CancelJobFairRegistrationDocument,
  FairEmployerOptionsDocument,
  FairPageDocument,
  FairsPageDocument,
  JoinJobFairDocument,
  RegisterForJobFairDocument,
  type FairCardFragment,
  type FairEmployerOptionsQuery,
} from '../gql/graphql';
import { asError, request } from '../api';
import type { Page } from '../router';
import { session } from '../session';
import { alertBox, busy, day, notice, pageHeader, salaryRange, jobLabel, type Problem } from '../ui';
import { hasRole, isMember, viewer } from '../viewer';

/** Places left at an on-site fair, or that it has no limit. */
function placesLeft(f: Pick<FairCardFragment, 'capacity' | 'registeredCount' | 'isOnline'>): string {
  if (f.capacity == null) return f.isOnline ? '线上参加，不限人数' : '不限人数';
  const left = Math.max(0, f.capacity - f.registeredCount);
  return left > 0 ? `剩余名额 ${left} / ${f.capacity}` : `名额已满（${f.capacity}）`;
}

const place = (f: Pick<FairCardFragment, 'isOnline' | 'venue'>) => (f.isOnline ? '线上招聘会' : (f.venue ?? '地点待定'));

/** Job fairs (招聘会), today's and later ones first; past ones on request. */
export const fairsPage: Page = async (ctx) => {
  ctx.title('招聘会');
  const includePast = ctx.query.get('past') === '1';
  const data = await request(FairsPageDocument, { includePast });
  viewer.set(data.me);
  ctx.render(html`${pageHeader('招聘会', '工会主办的现场与线上招聘会：查看参会单位和岗位，报名入场。')}
    <p><a href="/jobs">← 全部岗位</a> · ${includePast ? html`<a href="/fairs">只看即将举办</a>` : html`<a href="/fairs?past=1">含已结束</a>`}</p>
    ${data.jobFairs.nodes.length
      ? html`<ul class="cards">
          ${data.jobFairs.nodes.map(
            (f) => html`<li class="card fair" data-fair=${f.id}>
              <h2><a href=${`/fairs/${encodeURIComponent(f.id)}`}>${f.title}</a></h2>
              <p><strong>${day(f.date)}</strong> · ${place(f)}</p>
              <p class="meta">
                ${f.organizer.name} · 参会单位 ${f.employers.totalCount} · 岗位 ${f.postings.totalCount}
                ${f.isOver ? html` · <span class="badge muted">已结束</span>` : html` · ${placesLeft(f)}`}
                ${f.viewerRegistered ? html` · <span class="badge ok">已报名</span>` : nothing}
              </p>
            </li>`,
          )}
        </ul>`
      : html`<p class="empty">暂无招聘会。</p>`}`);
};

/** One fair: date, place, places left, the employers with their positions; members register, employers join with postings. */
export const fairPage: Page = async (ctx) => {
  const load = () => request(FairPageDocument, { id: ctx.params.id! });
  let data = await load();
  viewer.set(data.me);
  if (data.node?.__typename !== 'JobFair') {
    ctx.title('招聘会不存在');
    ctx.render(html`${pageHeader('招聘会不存在')}<p><a href="/fairs">返回招聘会</a></p>`);
    return;
  }
  const fairId = data.node.id;
  ctx.title(data.node.title);
  let mine: FairEmployerOptionsQuery['myEmployers'] = hasRole('EMPLOYER_STAFF') ? (await request(FairEmployerOptionsDocument)).myEmployers : [];
  let problem: Problem = null;
  let message: string | null = null;
  const joinProblems = new Map<string, Problem>();
  const joinMessages = new Map<string, string>();

  const register = async (event: Event) => {
    const result = await busy(event.currentTarget as HTMLButtonElement, async () => (await request(RegisterForJobFairDocument, { input: { id: fairId } })).registerForJobFair);
    problem = asError(result);
    message = problem ? null : '报名成功，请按时凭会员卡入场。';
    data = await load();
    draw();
  };
  const cancel = async (event: Event) => {
    if (!confirm('确定取消报名吗？名额将退回。')) return;
    const result = await busy(event.currentTarget as HTMLButtonElement, async () =>
      (await request(CancelJobFairRegistrationDocument, { input: { id: fairId } })).cancelJobFairRegistration,
    );
    problem = asError(result);
    message = problem ? null : '已取消报名。';
    data = await load();
    draw();
  };
  const join = async (event: SubmitEvent, employer: string) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const postings = new FormData(form).getAll('postings').map(String);
    const result = await busy(form, async () => (await request(JoinJobFairDocument, { input: { fair: fairId, employer, postings } })).joinJobFair);
    const error = asError(result);
    joinProblems.set(employer, error);
    if (error) joinMessages.delete(employer);
    else joinMessages.set(employer, postings.length ? `已带 ${postings.length} 个岗位参会` : '已报名参会');
    data = await load();
    mine = (await request(FairEmployerOptionsDocument)).myEmployers;
    draw();
  };

  function draw() {
    if (data.node?.__typename !== 'JobFair') return;
    const f = data.node;
    const byEmployer = new Map<string, typeof f.postings.nodes>();
    for (const p of f.postings.nodes) byEmployer.set(p.employer.id, [...(byEmployer.get(p.employer.id) ?? []), p]);
    const full = f.capacity != null && f.registeredCount >= f.capacity;
    const shown = new Set(f.postings.nodes.map((p) => p.id));
    ctx.render(html`${pageHeader(f.title)}
      <p><a href="/fairs">← 全部招聘会</a></p>
      <dl class="facts">
        <dt>日期</dt><dd>${day(f.date)}</dd>
        <dt>${f.isOnline ? '形式' : '地点'}</dt><dd>${place(f)}</dd>
        <dt>主办</dt><dd>${f.organizer.name}</dd>
        <dt>名额</dt><dd data-testid="places-left">${placesLeft(f)}</dd>
        <dt>规模</dt><dd>参会单位 ${f.figures.employers} 家 · 岗位 ${f.figures.postings} 个（招 ${f.figures.positions} 人） · 已报名 ${f.figures.visitors} 人 · <span data-testid="fair-applications">收到投递 ${f.figures.applications} 份</span></dd>
      </dl>
      ${f.description ? html`<p class="description">${f.description}</p>` : nothing}
      <section class="card" aria-labelledby="fair-register-h">
        <h2 id="fair-register-h">报名入场</h2>
        ${alertBox(problem)} ${notice(message)}
        ${f.isOver
          ? html`<p class="hint">招聘会已结束。</p>`
          : !session.token
            ? html`<p><a class="button" href=${`/login?next=${encodeURIComponent(location.pathname)}`}>登录后报名</a></p>`
            : !isMember()
              ? html`<p class="hint">报名须先绑定工会会员卡。</p>`
              : f.viewerRegistered
                ? html`<p class="ok-text" data-testid="fair-registered">你已报名。</p>
                    ${f.viewerCan.cancelRegistration ? html`<p><button type="button" class="secondary" @click=${cancel}>取消报名</button></p>` : nothing}`
                : f.viewerCan.register
                  ? html`<p><button type="button" @click=${register}>报名参加</button></p>`
                  : full
                    ? html`<p class="warn">名额已满。</p>`
                    : nothing}
      </section>
      <h2>参会单位（${f.employers.totalCount}）</h2>
      ${f.employers.nodes.length
        ? html`<ul class="cards">
            ${f.employers.nodes.map(
              (e) => html`<li class="card fair-employer" data-employer=${e.id}>
                <h3>${e.name}</h3>
                <p class="meta">${e.industry}</p>
                ${(byEmployer.get(e.id) ?? []).length
                  ? html`<ul class="plain">
                      ${byEmployer.get(e.id)!.map(
                        (p) => html`<li>
                          <a href=${`/jobs/${encodeURIComponent(p.id)}?fair=${encodeURIComponent(fairId)}`}>${p.title}</a>
                          <span class="meta">${jobLabel('employmentType', p.employmentType)} · ${salaryRange(p.salary)} · 招 ${p.openings} 人${p.isOpen ? '' : ' · 已停止招聘'}</span>
                        </li>`,
                      )}
                    </ul>`
                  : html`<p class="hint">岗位待公布。</p>`}
              </li>`,
            )}
          </ul>`
        : html`<p class="empty">还没有单位报名参会。</p>`}
      ${mine.length && f.viewerCan.join
        ? html`<section aria-labelledby="fair-join-h">
            <h2 id="fair-join-h">单位参会</h2>
            ${mine.map((e) => {
              const offered = e.openPostings.nodes.filter((p) => !shown.has(p.id));
              return html`<form class="card stack" data-join=${e.id} @submit=${(ev: SubmitEvent) => join(ev, e.id)}>
                <h3>${e.name}</h3>
                ${!e.viewerCan.joinFair
                  ? html`<p class="hint">单位通过审核后才能参会。</p>`
                  : html`${offered.length
                        ? html`<fieldset>
                            <legend>带哪些岗位参会</legend>
                            ${offered.map((p) => html`<label class="check"><input type="checkbox" name="postings" value=${p.id} checked /> ${p.title}</label>`)}
                          </fieldset>`
                        : html`<p class="hint">${f.employers.nodes.some((x) => x.id === e.id) ? '所有在招岗位都已在本场。' : '暂无在招岗位，可先报名参会，之后再追加岗位。'}</p>`}
                      <p><button type="submit">${f.employers.nodes.some((x) => x.id === e.id) ? '追加岗位' : '报名参会'}</button></p>`}
                ${alertBox(joinProblems.get(e.id))} ${notice(joinMessages.get(e.id))}
              </form>`;
            })}
          </section>`
        : nothing}`);
  }
  draw();
};
