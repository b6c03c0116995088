import { html, nothing, type TemplateResult } from 'lit-html';
import { asError, request, type DomainError } from '../api';
import { ChangeCapacityDocument, CheckInEntryDocument, CreateCompetitionDocument, MoveWaitlistEntryDocument, PublishResultsDocument, RecordScoreDocument, StaffCompetitionsDocument, StaffEventDocument, WithdrawEntryDocument, type CompetitionEntryStatus, type CreateCompetitionInput, type StaffEventQuery } from '../gql/graphql';
import type { Page, PageContext } from '../router';
import {
  LABELS,
  alertBox,
  busy,
  dateTime,
  day,
  field,
  fieldErrors,
  formValues,
  label,
  notice,
  pageHeader,
  todayInShanghai,
  type Problem,
} from '../ui';
import { hasRole, staffUnions, viewer } from '../viewer';

function staffOnly(ctx: PageContext): boolean {
  if (viewer.get() && !hasRole('UNION_STAFF') && !hasRole('PLATFORM_ADMIN')) {
    ctx.render(html`${pageHeader('竞赛管理')}<p class="hint">仅工会工作人员可用。</p>`);
    return false;
  }
  return true;
}

export const staffCompetitionsPage: Page = async (ctx) => {
  ctx.title('竞赛管理');
  if (!staffOnly(ctx)) return;
  const unions = staffUnions();
  const organizer = ctx.query.get('organizer') ?? unions[0]?.id ?? null;
  const data = await request(StaffCompetitionsDocument, { organizer });
  viewer.set(data.me);
  const choose = (event: Event) => ctx.navigate(`/staff/competitions?organizer=${encodeURIComponent((event.target as HTMLSelectElement).value)}`);
  ctx.render(html`${pageHeader('竞赛管理')}
    <p class="actions"><a class="button" href="/staff/competitions/new">新建竞赛</a></p>
    ${unions.length > 1
      ? html`<div class="field"><label for="org">主办工会</label>
          <select id="org" @change=${choose}>${unions.map((u) => html`<option value=${u.id} ?selected=${u.id === organizer}>${u.name}</option>`)}</select></div>`
      : nothing}
    ${data.competitions.nodes.length
      ? html`<ul class="cards">
          ${data.competitions.nodes.map(
            (c) => html`<li class="card">
              <h3><a href=${`/competitions/${encodeURIComponent(c.id)}`}>${c.title}</a></h3>
              <p class="meta">${c.organizer.name} · ${day(c.startsOn)} · 报名 ${day(c.registrationOpensOn)}–${day(c.registrationClosesOn)}</p>
              <ul class="plain">
                ${c.events.nodes.map(
                  (ev) => html`<li>
                    <a href=${`/staff/events/${encodeURIComponent(ev.id)}`}>${ev.name}</a>
                    <span class="meta">已占 ${ev.seatsTaken}/${ev.capacity}，候补 ${ev.waitingCount}${ev.resultsPublishedAt ? '，成绩已公布' : ''}</span>
                  </li>`,
                )}
              </ul>
            </li>`,
          )}
        </ul>`
      : html`<p class="empty">本工会还没有主办的竞赛。</p>`}`);
};

const STATUSES = Object.keys(LABELS.entryStatus) as CompetitionEntryStatus[];

export const staffEventPage: Page = async (ctx) => {
  if (!staffOnly(ctx)) return;
  const status = (ctx.query.get('status') as CompetitionEntryStatus | null) || null;
  const data: StaffEventQuery = await request(StaffEventDocument, { id: ctx.params.id!, status });
  viewer.set(data.me);
  const ev = data.competitionEvent;
  if (!ev) {
    ctx.title('项目不存在');
    ctx.render(html`${pageHeader('项目不存在')}`);
    return;
  }
  ctx.title(`${ev.name} · 管理`);
  let problem: Problem = null;
  let message: string | null = null;
  let lastProblemFor: string | null = null;

  const run = async (
    target: HTMLFormElement | HTMLButtonElement,
    scope: string,
    work: () => Promise<{ __typename?: string } | null | undefined>,
    done: string,
  ) => {
    const result = await busy(target, work);
    const error = asError(result);
    problem = error;
    lastProblemFor = scope;
    if (error) {
      message = null;
      draw();
      return;
    }
    message = done;
    // reload to show fresh figures; the message is kept in the URL-independent notice below
    const keep = message;
    await reloadWith(keep);
  };

  const reloadWith = async (text: string) => {
    const fresh = await request(StaffEventDocument, { id: ev.id, status });
    Object.assign(data, fresh);
    message = text;
    draw();
  };

  const checkIn = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const { code = '' } = formValues(form);
    void run(form, 'checkin', async () => {
      const r = (await request(CheckInEntryDocument, { input: { competition: ev.competition.id, code } })).checkInCompetitionEntry;
      return r;
    }, `签到成功：${code}`);
  };
  const score = (event: SubmitEvent, entry: string) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = formValues(form);
    const duration = values.durationSeconds ? Number(values.durationSeconds) : null;
    void run(form, entry, async () => (await request(RecordScoreDocument, { input: { entry, score: values.score ?? '', durationSeconds: duration } })).recordCompetitionScore, '成绩已录入');
  };
  const publish = (event: Event) => {
    if (!confirm('公布后成绩不能再更改，并将颁发证书。确定公布吗？')) return;
    void run(event.currentTarget as HTMLButtonElement, 'publish', async () => (await request(PublishResultsDocument, { input: { event: ev.id } })).publishCompetitionResults, '成绩已公布，证书已颁发');
  };
  const capacity = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = formValues(form);
    void run(
      form,
      'capacity',
      async () => (await request(ChangeCapacityDocument, { input: { event: ev.id, capacity: Number(values.capacity), reason: values.reason ?? '' } })).changeCompetitionEventCapacity,
      '名额已调整',
    );
  };
  const withdraw = (event: Event, entry: string) => {
    const reason = prompt('撤销理由（写入审计记录）：');
    if (reason === null) return;
    void run(event.currentTarget as HTMLButtonElement, entry, async () => (await request(WithdrawEntryDocument, { input: { entry, reason } })).withdrawCompetitionEntry, '报名已撤销');
  };
  const move = (event: SubmitEvent, entry: string) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = formValues(form);
    void run(
      form,
      `move-${entry}`,
      async () => (await request(MoveWaitlistEntryDocument, { input: { entry, position: Number(values.position), reason: values.reason ?? '' } })).moveCompetitionWaitlistEntry,
      `已调整到第 ${values.position} 位`,
    );
  };
  const filter = (event: Event) => {
    const value = (event.target as HTMLSelectElement).value;
    ctx.navigate(`/staff/events/${encodeURIComponent(ev.id)}${value ? `?status=${value}` : ''}`);
  };
  const feedback = (scope: string): TemplateResult | typeof nothing =>
    lastProblemFor === scope ? html`${alertBox(problem)}${notice(message)}` : nothing;

  function draw() {
    const current = data.competitionEvent!;
    const entries = current.entries;
    const errors = fieldErrors(problem as DomainError);
    ctx.render(html`${pageHeader(`${current.name} · 管理`)}
      <p><a href=${`/competitions/${encodeURIComponent(current.competition.id)}`}>${current.competition.title}</a>（${day(current.competition.startsOn)}）</p>
      <p>名额：已占 <strong>${current.seatsTaken}</strong> / ${current.capacity}，候补 ${current.waitingCount}
        ${current.resultsPublishedAt ? html`<span class="badge ok">成绩已公布 ${dateTime(current.resultsPublishedAt)}</span>` : nothing}</p>
      ${current.viewerCan.checkIn
        ? html`<section class="card" aria-labelledby="checkin-h">
            <h2 id="checkin-h">签到</h2>
            <form class="inline" @submit=${checkIn}>
              ${field({ label: '签到码', name: 'code', required: true, autocomplete: 'off', error: lastProblemFor === 'checkin' ? errors.code : undefined })}
              <button type="submit">签到</button>
            </form>
            ${feedback('checkin')}
          </section>`
        : nothing}
      ${current.viewerCan.changeCapacity
        ? html`<section class="card" aria-labelledby="cap-h">
            <h2 id="cap-h">调整名额</h2>
            <form class="inline" @submit=${capacity}>
              ${field({ label: '名额', name: 'capacity', type: 'number', min: '1', value: String(current.capacity), required: true, error: lastProblemFor === 'capacity' ? errors.capacity : undefined })}
              ${field({ label: '理由', name: 'reason', required: true, error: lastProblemFor === 'capacity' ? errors.reason : undefined })}
              <button type="submit">保存</button>
            </form>
            ${feedback('capacity')}
          </section>`
        : nothing}
      ${current.waitingList
        ? html`<section class="card" aria-labelledby="waiting-h">
            <h2 id="waiting-h">候补名单（${current.waitingList.totalCount}）</h2>
            <p class="hint">空出名额时按此顺序递补第一位（增加名额也会递补）。调整顺序须说明理由，写入审计记录。</p>
            ${current.waitingList.nodes.length
              ? html`<ol class="plain waiting-list">
                  ${current.waitingList.nodes.map(
                    (w) => html`<li class="waiting" data-entry=${w.id} data-position=${w.waitlistPosition ?? ''}>
                      <strong>第 ${w.waitlistPosition} 位</strong> ${w.registrantName}${w.teamName ? ` · ${w.teamName}` : ''}
                      <span class="meta">报名序号 #${w.arrivalSeq}</span>
                      ${w.viewerCan.move
                        ? html`<details ?open=${lastProblemFor === `move-${w.id}` && !!problem}>
                            <summary>调整位置</summary>
                            <form class="inline" novalidate @submit=${(event: SubmitEvent) => move(event, w.id)}>
                              ${field({ label: '新位置', name: 'position', type: 'number', min: '1', max: String(current.waitingList!.totalCount), required: true, value: '1', error: lastProblemFor === `move-${w.id}` ? errors.position : undefined })}
                              ${field({ label: '理由', name: 'reason', required: true, error: lastProblemFor === `move-${w.id}` ? errors.reason : undefined })}
                              <button type="submit">调整</button>
                            </form>
                          </details>`
                        : nothing}
                      ${feedback(`move-${w.id}`)}
                    </li>`,
                  )}
                </ol>`
              : html`<p class="empty">没有候补。</p>`}
          </section>`
        : nothing}
      <section aria-labelledby="entries-h">
        <h2 id="entries-h">报名（${entries?.totalCount ?? 0}）</h2>
        <div class="field">
          <label for="status-filter">按状态筛选</label>
          <select id="status-filter" @change=${filter}>
            <option value="">全部</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${s === status}>${label('entryStatus', s)}</option>`)}
          </select>
        </div>
        ${entries === null || entries === undefined
          ? html`<p class="hint">没有权限查看本项目的报名。</p>`
          : entries.nodes.map(
              (e) => html`<article class="card entry" data-entry=${e.id}>
                <h3>#${e.arrivalSeq} ${e.registrantName}${e.teamName ? ` · ${e.teamName}` : ''}</h3>
                <p><span class="badge status-${e.status.toLowerCase()}">${label('entryStatus', e.status)}</span>
                  ${e.waitlistPosition ? html`候补第 ${e.waitlistPosition} 位` : nothing}
                  ${e.checkedInAt ? html`已签到 ${dateTime(e.checkedInAt)}` : e.checkInCode ? html`签到码 ${e.checkInCode}` : nothing}</p>
                ${e.score ? html`<p>成绩 ${e.score}${e.durationSeconds != null ? `（${e.durationSeconds} 秒）` : ''}，${e.rank ? `第 ${e.rank} 名` : `暂列第 ${e.provisionalRank ?? '—'} 名`}${e.prize ? `，${e.prize.name}` : ''}</p>` : nothing}
                ${e.viewerCan.recordScore
                  ? html`<form class="inline" @submit=${(event: SubmitEvent) => score(event, e.id)}>
                      ${field({ label: '成绩', name: 'score', inputmode: 'decimal', value: e.score ?? '', required: true, placeholder: '如 92.50', error: lastProblemFor === e.id ? errors.score : undefined })}
                      ${field({ label: '用时（秒）', name: 'durationSeconds', type: 'number', min: '0', value: e.durationSeconds != null ? String(e.durationSeconds) : '' })}
                      <button type="submit">录入成绩</button>
                    </form>`
                  : nothing}
                ${e.viewerCan.withdraw
                  ? html`<p><button type="button" class="secondary" @click=${(event: Event) => withdraw(event, e.id)}>撤销报名</button></p>`
                  : nothing}
                ${feedback(e.id)}
              </article>`,
            )}
      </section>
      ${current.resultsPublishedAt
        ? html`<p><a class="button secondary" href=${`/events/${encodeURIComponent(current.id)}/results`}>查看公布的成绩</a></p>`
        : nothing}
      ${current.viewerCan.publishResults
        ? html`<section class="card" aria-labelledby="pub-h">
            <h2 id="pub-h">公布成绩</h2>
            <p class="hint">按成绩排名、评奖并为获奖者颁发证书；公布后不能再更改。</p>
            <button type="button" @click=${publish}>公布成绩</button>
            ${feedback('publish')}
          </section>`
        : nothing}`);
  }
  draw();
};

/** 'YYYY-MM-DDTHH:mm' from a datetime-local input, read as Beijing time. */
const beijing = (local: string) => (local ? `${local.length === 16 ? `${local}:00` : local}+08:00` : '');
const int = (text: string | undefined) => (text ? Number(text) : null);

export const staffNewCompetitionPage: Page = (ctx) => {
  ctx.title('新建竞赛');
  if (!staffOnly(ctx)) return;
  const unions = staffUnions();
  let events = 1;
  let problem: Problem = null;
  let values: Record<string, string> = {};
  const keep = (event: Event) => (values = formValues(event.currentTarget as HTMLFormElement));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    values = formValues(form);
    const v = values;
    const input: CreateCompetitionInput = {
      title: v.title ?? '',
      trade: v.trade ?? '',
      level: (v.level ?? 'CITY') as CreateCompetitionInput['level'],
      organizer: v.organizer ?? '',
      registrationOpensOn: v.registrationOpensOn ?? '',
      registrationClosesOn: v.registrationClosesOn ?? '',
      startsOn: v.startsOn ?? '',
      endsOn: v.endsOn ?? '',
      cancellationDeadline: beijing(v.cancellationDeadline ?? ''),
      isOnline: v.isOnline === 'on',
      venue: v.venue || null,
      minAge: int(v.minAge),
      maxAge: int(v.maxAge),
      requiredSkillLevel: (v.requiredSkillLevel || null) as CreateCompetitionInput['requiredSkillLevel'],
      events: Array.from({ length: events }, (_, i) => {
        const kind = (v[`e${i}.kind`] ?? 'INDIVIDUAL') as 'INDIVIDUAL' | 'TEAM';
        return {
          name: v[`e${i}.name`] ?? '',
          kind,
          capacity: Number(v[`e${i}.capacity`] ?? 0),
          ...(kind === 'TEAM' && {
            minTeamSize: int(v[`e${i}.minTeamSize`]),
            maxTeamSize: int(v[`e${i}.maxTeamSize`]),
            teamFormationDeadline: beijing(v[`e${i}.teamFormationDeadline`] ?? '') || null,
          }),
          prizes: ['一等奖', '二等奖', '三等奖']
            .map((name, tier) => ({ name, tier: tier + 1, quantity: Number(v[`e${i}.prize${tier + 1}`] ?? 0) }))
            .filter((p) => p.quantity > 0),
        };
      }),
    };
    try {
      const result = await busy(form, async () => (await request(CreateCompetitionDocument, { input })).createCompetition);
      const error = asError(result);
      if (!error && result?.__typename === 'CreateCompetitionSuccess') {
        ctx.navigate(`/competitions/${encodeURIComponent(result.competition.id)}`);
        return;
      }
      problem = error;
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  function draw() {
    const errors = fieldErrors(problem);
    const today = todayInShanghai();
    const v = values;
    ctx.render(html`${pageHeader('新建竞赛')}
      <form class="stack" @submit=${submit} @input=${keep} novalidate>
        ${alertBox(problem)}
        ${field({ label: '竞赛名称', name: 'title', required: true, value: v.title, error: errors.title })}
        ${field({ label: '工种', name: 'trade', required: true, value: v.trade, placeholder: '如 焊工', error: errors.trade })}
        <div class="field"><label for="level">级别</label>
          <select id="level" name="level">${Object.entries(LABELS.competitionLevel).map(([k, t]) => html`<option value=${k} ?selected=${(v.level ?? 'CITY') === k}>${t}</option>`)}</select></div>
        <div class="field"><label for="organizer">主办工会</label>
          <select id="organizer" name="organizer" required>${unions.map((u) => html`<option value=${u.id} ?selected=${v.organizer === u.id}>${u.name}</option>`)}</select>
          ${errors.organizer ? html`<p class="field-error">${errors.organizer}</p>` : nothing}</div>
        ${field({ label: '报名开始日', name: 'registrationOpensOn', type: 'date', required: true, value: v.registrationOpensOn ?? today, error: errors.registrationOpensOn })}
        ${field({ label: '报名截止日', name: 'registrationClosesOn', type: 'date', required: true, value: v.registrationClosesOn, error: errors.registrationClosesOn })}
        ${field({ label: '自行取消截止（北京时间）', name: 'cancellationDeadline', type: 'datetime-local', required: true, value: v.cancellationDeadline, error: errors.cancellationDeadline })}
        ${field({ label: '比赛开始日', name: 'startsOn', type: 'date', required: true, value: v.startsOn, error: errors.startsOn })}
        ${field({ label: '比赛结束日', name: 'endsOn', type: 'date', required: true, value: v.endsOn, error: errors.endsOn })}
        ${field({ label: '地点', name: 'venue', value: v.venue, error: errors.venue })}
        <label class="check"><input type="checkbox" name="isOnline" ?checked=${v.isOnline === 'on'} /> 线上比赛（网上练兵）</label>
        ${field({ label: '最低年龄', name: 'minAge', type: 'number', min: '16', value: v.minAge, error: errors.minAge })}
        ${field({ label: '最高年龄', name: 'maxAge', type: 'number', value: v.maxAge, error: errors.maxAge })}
        <div class="field"><label for="skill">证书要求</label>
          <select id="skill" name="requiredSkillLevel"><option value="">不要求</option>${Object.entries(LABELS.skillLevel).map(([k, t]) => html`<option value=${k} ?selected=${v.requiredSkillLevel === k}>${t}及以上</option>`)}</select></div>
        ${Array.from({ length: events }, (_, i) => {
          const kind = v[`e${i}.kind`] ?? 'INDIVIDUAL';
          const e = (name: string) => errors[`events.${i}.${name}`];
          return html`<fieldset>
            <legend>比赛项目 ${i + 1}</legend>
            ${field({ label: '项目名称', name: `e${i}.name`, required: true, value: v[`e${i}.name`], error: e('name') })}
            <div class="field"><label for=${`kind-${i}`}>类型</label>
              <select id=${`kind-${i}`} name=${`e${i}.kind`} @change=${(ev: Event) => { keep({ currentTarget: (ev.target as HTMLElement).closest('form') } as unknown as Event); draw(); }}>
                <option value="INDIVIDUAL" ?selected=${kind === 'INDIVIDUAL'}>个人项目</option>
                <option value="TEAM" ?selected=${kind === 'TEAM'}>团体项目</option>
              </select></div>
            ${field({ label: kind === 'TEAM' ? '名额（队数）' : '名额（人数）', name: `e${i}.capacity`, type: 'number', min: '1', required: true, value: v[`e${i}.capacity`], error: e('capacity') })}
            ${kind === 'TEAM'
              ? html`${field({ label: '每队最少人数', name: `e${i}.minTeamSize`, type: 'number', min: '2', value: v[`e${i}.minTeamSize`], error: e('minTeamSize') })}
                ${field({ label: '每队最多人数', name: `e${i}.maxTeamSize`, type: 'number', min: '2', value: v[`e${i}.maxTeamSize`], error: e('maxTeamSize') })}
                ${field({ label: '组队截止（北京时间）', name: `e${i}.teamFormationDeadline`, type: 'datetime-local', value: v[`e${i}.teamFormationDeadline`], error: e('teamFormationDeadline') })}`
              : nothing}
            ${[1, 2, 3].map((tier) => field({ label: `${['一', '二', '三'][tier - 1]}等奖名额`, name: `e${i}.prize${tier}`, type: 'number', min: '0', value: v[`e${i}.prize${tier}`] ?? String(tier * 3 - 2) }))}
          </fieldset>`;
        })}
        <p><button type="button" class="secondary" @click=${() => ((events += 1), draw())}>添加项目</button></p>
        <button type="submit">创建竞赛</button>
      </form>`);
  }
  draw();
};
