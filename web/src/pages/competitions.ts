import { html, nothing, type TemplateResult } from 'lit-html';
import { asError, request } from '../api';
import { entryCard } from '../entry';
import { CompetitionPageDocument, CompetitionsPageDocument, EventResultsPageDocument, RegisterForEventDocument, type CompetitionCardFragment, type MyEntryFragment } from '../gql/graphql';
import type { Page } from '../router';
import { session } from '../session';
import { alertBox, busy, dateTime, day, field, fieldErrors, formValues, label, notice, pageHeader, type Problem } from '../ui';
import { isMember, viewer } from '../viewer';

export function competitionList(items: CompetitionCardFragment[]): TemplateResult {
  if (!items.length) return html`<p class="empty">暂无竞赛。</p>`;
  return html`<ul class="cards">
    ${items.map(
      (c) => html`<li class="card">
        <h3><a href=${`/competitions/${encodeURIComponent(c.id)}`}>${c.title}</a></h3>
        <p class="meta">
          <span class="badge">${c.trade}</span> <span class="badge">${label('competitionLevel', c.level)}</span>
          ${c.registrationOpen ? html`<span class="badge ok">报名中</span>` : html`<span class="badge muted">不在报名期</span>`}
          ${c.isOnline ? html`<span class="badge">线上</span>` : nothing}
        </p>
        <p>比赛：${day(c.startsOn)}${c.endsOn !== c.startsOn ? html` 至 ${day(c.endsOn)}` : nothing}</p>
        <p>报名：${day(c.registrationOpensOn)} 至 ${day(c.registrationClosesOn)}</p>
        <p class="meta">主办：${c.organizer.name}</p>
      </li>`,
    )}
  </ul>`;
}

export const competitionsPage: Page = async (ctx) => {
  ctx.title('技能竞赛');
  const trade = ctx.query.get('trade') || null;
  const open = ctx.query.get('open') === '1' ? true : null;
  const after = ctx.query.get('after');
  const data = await request(CompetitionsPageDocument, { trade, open, after });
  viewer.set(data.me);
  const filter = (event: SubmitEvent) => {
    event.preventDefault();
    const values = formValues(event.currentTarget as HTMLFormElement);
    const params = new URLSearchParams();
    if (values.trade) params.set('trade', values.trade);
    if (values.open) params.set('open', '1');
    ctx.navigate(`/competitions${params.size ? `?${params}` : ''}`);
  };
  const page = data.competitions.pageInfo;
  ctx.render(html`${pageHeader('技能竞赛', '技能竞赛、岗位大比武、网上练兵：在报名期内可直接报名。')}
    <form class="filters" role="search" @submit=${filter}>
      ${field({ label: '工种', name: 'trade', value: trade ?? '', placeholder: '如 焊工、护理、会计' })}
      <label class="check"><input type="checkbox" name="open" value="1" ?checked=${open === true} /> 只看报名中</label>
      <button type="submit">筛选</button>
    </form>
    ${competitionList(data.competitions.nodes)}
    <p><a href="/certificates">获奖证书查验 →</a></p>
    ${page.hasNextPage && page.endCursor
      ? html`<p><a class="button secondary" href=${`/competitions?${new URLSearchParams({ ...(trade && { trade }), ...(open && { open: '1' }), after: page.endCursor })}`}>下一页</a></p>`
      : nothing}`);
};

/** What a member is told after registering, by where the entry landed (a message per status). */
function registeredMessage(entry: MyEntryFragment): string {
  const messages: Partial<Record<MyEntryFragment['status'], string>> = {
    WAITING: `名额已满，您已进入候补名单，当前第 ${entry.waitlistPosition} 位`,
    FORMING: '已报名，队伍组队中：请邀请队员',
  };
  return messages[entry.status] ?? `报名成功！签到码 ${entry.checkInCode ?? ''}`;
}

interface RegisterState {
  problem: Problem;
  message: string | null;
  eventId: string | null;
}

export const competitionPage: Page = async (ctx) => {
  const member = isMember();
  const load = () => request(CompetitionPageDocument, { id: ctx.params.id!, member });
  const data = await load();
  viewer.set(data.me);
  let competition = data.node?.__typename === 'Competition' ? data.node : null;
  if (!competition) {
    ctx.title('竞赛不存在');
    ctx.render(html`${pageHeader('竞赛不存在')}
      <p><a href="/competitions">返回竞赛列表</a></p>`);
    return;
  }
  ctx.title(competition.title);
  const id = competition.id;
  let mine = (data.myCompetitionEntries?.nodes ?? []).filter((e) => e.competition.id === id);
  /** After a registration: fresh seat counts and entries, keeping the message on screen. */
  const refresh = async () => {
    const fresh = await load();
    if (!ctx.active() || fresh.node?.__typename !== 'Competition') return;
    competition = fresh.node;
    mine = (fresh.myCompetitionEntries?.nodes ?? []).filter((e) => e.competition.id === id);
    draw();
  };
  const register: RegisterState = { problem: null, message: null, eventId: null };
  const entryStates = new Map<string, { problem: Problem; message: string | null }>();
  const stateOf = (id: string) => {
    let s = entryStates.get(id);
    if (!s) entryStates.set(id, (s = { problem: null, message: null }));
    return s;
  };

  const submit = async (event: SubmitEvent, eventId: string) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = formValues(form);
    const result = await busy(form, async () =>
      (await request(RegisterForEventDocument, { input: { event: eventId, ...(values.teamName !== undefined && { teamName: values.teamName }) } }))
        .registerForCompetitionEvent,
    );
    register.eventId = eventId;
    const error = asError(result);
    if (error || !result || result.__typename !== 'RegisterForCompetitionEventSuccess') {
      register.problem = error;
      register.message = null;
      draw();
      return;
    }
    register.problem = null;
    const entry = result.entry;
    register.message = registeredMessage(entry);
    mine.unshift(entry);
    draw();
    await refresh();
  };

  type EventData = NonNullable<typeof competition>['events']['nodes'][number];
  const eventView = (ev: EventData): TemplateResult => {
    // The latest of the member's entries here (the list is newest first); registering again is
    // offered only when the server says so (viewerCan.register: no live entry, eligible, open).
    const latest = mine.find((e) => e.event.id === ev.id);
    const full = ev.seatsTaken >= ev.capacity;
    const here = register.eventId === ev.id;
    const eligibility = ev.viewerEligibility;
    return html`<article class="card event" data-event=${ev.id}>
      <h3>${ev.name}</h3>
      <p class="meta">
        <span class="badge">${label('eventKind', ev.kind)}</span>
        ${ev.kind === 'TEAM' ? html`<span class="badge">每队 ${ev.minTeamSize}–${ev.maxTeamSize} 人</span>` : nothing}
      </p>
      <p>名额：已占 <strong>${ev.seatsTaken}</strong> / ${ev.capacity}${ev.kind === 'TEAM' ? ' 队' : ' 人'}${ev.waitingCount ? html`，候补 ${ev.waitingCount}` : nothing}</p>
      ${ev.teamFormationDeadline ? html`<p>组队截止：${dateTime(ev.teamFormationDeadline)}</p>` : nothing}
      ${ev.prizes.length ? html`<p class="meta">奖项：${ev.prizes.map((p) => `${p.name} ${p.quantity} 名`).join('、')}</p>` : nothing}
      ${ev.resultsPublishedAt ? html`<p><a href=${`/events/${encodeURIComponent(ev.id)}/results`}>查看成绩公布</a></p>` : nothing}
      ${here ? html`${alertBox(register.problem)}${notice(register.message)}` : nothing}
      ${latest ? entryCard(latest, stateOf(latest.id), draw, () => void refresh()) : nothing}
      ${!session.token
        ? html`<p><a class="button" href=${`/login?next=${encodeURIComponent(location.pathname)}`}>登录后报名</a></p>`
        : !member
          ? html`<p class="hint">报名须先绑定工会会员卡。</p>`
          : ev.viewerCan.register
            ? html`<form class="register" @submit=${(e: SubmitEvent) => submit(e, ev.id)}>
                ${ev.kind === 'TEAM'
                  ? field({ label: '队名', name: 'teamName', required: true, maxlength: 40, error: here ? fieldErrors(register.problem)['teamName'] : undefined })
                  : nothing}
                <button type="submit">${full ? '加入候补' : ev.kind === 'TEAM' ? '报名并组队' : '立即报名'}</button>
              </form>`
            : eligibility && !eligibility.eligible
              ? html`<p class="warn">${eligibility.message ?? '不符合报名条件'}</p>`
              : !latest && !competition!.registrationOpen
                ? html`<p class="hint">不在报名期内。</p>`
                : nothing}
    </article>`;
  };

  function draw() {
    ctx.render(html`${pageHeader(competition!.title)}
      <dl class="facts">
        <dt>工种</dt><dd>${competition!.trade}（${label('competitionLevel', competition!.level)}）</dd>
        <dt>主办</dt><dd>${competition!.organizer.name}</dd>
        <dt>比赛日期</dt><dd>${day(competition!.startsOn)} 至 ${day(competition!.endsOn)}</dd>
        <dt>地点</dt><dd>${competition!.isOnline ? '线上' : (competition!.venue ?? '—')}</dd>
        <dt>报名期</dt><dd>${day(competition!.registrationOpensOn)} 至 ${day(competition!.registrationClosesOn)}
          ${competition!.registrationOpen ? html`<span class="badge ok">报名中</span>` : nothing}</dd>
        <dt>取消截止</dt><dd>${dateTime(competition!.cancellationDeadline)}</dd>
        ${competition!.minAge || competition!.maxAge
          ? html`<dt>年龄</dt><dd>${competition!.minAge ?? '不限'} 至 ${competition!.maxAge ?? '不限'} 岁</dd>`
          : nothing}
        ${competition!.requiredSkillLevel ? html`<dt>证书要求</dt><dd>${label('skillLevel', competition!.requiredSkillLevel)}及以上</dd>` : nothing}
        <dt>候补递补</dt><dd>递补后须在 ${competition!.offerHoldHours} 小时内确认</dd>
      </dl>
      <h2>比赛项目</h2>
      ${competition!.events.nodes.map(eventView)}`);
  }
  draw();
};

export const eventResultsPage: Page = async (ctx) => {
  const data = await request(EventResultsPageDocument, { id: ctx.params.id! });
  viewer.set(data.me);
  const ev = data.competitionEvent;
  if (!ev) {
    ctx.title('项目不存在');
    ctx.render(html`${pageHeader('项目不存在')}`);
    return;
  }
  ctx.title(`${ev.name} 成绩`);
  ctx.render(html`${pageHeader(`${ev.name} · 成绩公布`)}
    <p><a href=${`/competitions/${encodeURIComponent(ev.competition.id)}`}>${ev.competition.title}</a></p>
    ${ev.resultsPublishedAt
      ? html`<p class="meta">公布时间：${dateTime(ev.resultsPublishedAt)}</p>
          <div class="table-wrap">
            <table>
              <caption class="sr-only">成绩排名</caption>
              <thead><tr><th scope="col">名次</th><th scope="col">${ev.kind === 'TEAM' ? '队伍' : '姓名'}</th><th scope="col">成绩</th><th scope="col">奖项</th></tr></thead>
              <tbody>
                ${ev.results.nodes.map(
                  (r) => html`<tr>
                    <td>${r.rank}</td>
                    <td>${r.teamName ? `${r.teamName}（${r.entrantName}）` : r.entrantName}</td>
                    <td>${r.score}${r.durationSeconds != null ? html` <span class="meta">${r.durationSeconds} 秒</span>` : nothing}</td>
                    <td>${r.prize?.name ?? '—'}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
      : html`<p class="empty">成绩尚未公布。</p>`}`);
};
