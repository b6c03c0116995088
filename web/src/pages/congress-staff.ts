import { html, nothing } from 'lit-html';
import {
  StaffCongressAddDelegatesDocument,
  StaffCongressAddResolutionDocument,
  StaffCongressAdvanceDocument,
  StaffCongressAnswerDocument,
  StaffCongressCloseVoteDocument,
  StaffCongressCreateDocument,
  StaffCongressOpenVoteDocument,
  StaffCongressSessionDocument,
  StaffCongressSessionsDocument,
  StaffCongressViewerDocument,
  type CongressSessionViewFragment,
} from '../gql/graphql';
import { request } from '../api';
import type { Page } from '../router';
import { alertBox, dateTime, field, formValues, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';
import { act, agendaList, resolutionFigures } from './congress';

type StaffSession = CongressSessionViewFragment & {
  delegates: { totalCount: number; nodes: { id: string; memberName: string; groupName: string; isGroupLeader: boolean; isPresidium: boolean }[] };
};

const STAGE_WORDS: Record<string, string> = {
  LAUNCHED: '启动',
  PREPARATORY: '预备会议',
  OPENING: '开幕',
  PRESIDIUM: '主席团会议',
  GROUP_DISCUSSION: '小组讨论',
  CLOSED: '闭幕',
};

/** The union's sessions, and a new one. */
export const staffCongressListPage: Page = async (ctx) => {
  ctx.title('职代会管理');
  const staffUnions = () => (viewer.get()?.roles ?? []).filter((r) => r.role === 'UNION_STAFF' && r.union).map((r) => r.union!);
  if (staffUnions().length === 0) viewer.set((await request(StaffCongressViewerDocument)).me);
  const unions = staffUnions();
  const union = ctx.query.get('union') ?? unions[0]?.id;
  if (!union) {
    ctx.render(html`${pageHeader('职代会管理')}<p class="hint">只有工会工作人员可以管理职代会。</p>`);
    return;
  }
  const data = await request(StaffCongressSessionsDocument, { union });
  let problem: Problem = null;
  const create = (e: Event) => {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    void act(
      async () => {
        const result = (await request(StaffCongressCreateDocument, { input: { union, title: v.title ?? '', ballotsChangeable: v.changeable === 'on' } })).createCongressSession;
        if (result.__typename === 'CreateCongressSessionSuccess') ctx.navigate(`/staff/congress/${encodeURIComponent(result.session.id)}`);
        return result;
      },
      () => undefined,
      (p) => ((problem = p), draw()),
    );
  };
  const draw = () =>
    ctx.render(html`${pageHeader('职代会管理')}
      ${alertBox(problem)}
      <ul class="plain">
        ${(data.congressSessions?.nodes ?? []).map(
          (s) => html`<li class="card"><a href=${`/staff/congress/${encodeURIComponent(s.id)}`}><strong>${s.title}</strong></a>
            <p class="hint">${s.stageLabel} · 代表 ${s.delegateCount} 名${s.publishedAt ? ` · 已公开 ${dateTime(s.publishedAt)}` : ''}</p></li>`,
        )}
      </ul>
      <form class="card" @submit=${create} aria-label="新建职代会">
        <h2>新建职代会</h2>
        ${field({ label: '大会名称', name: 'title', required: true })}
        <div class="field"><label><input type="checkbox" name="changeable" /> 表决结束前允许代表凭回执改票</label></div>
        <button type="submit">创建</button>
      </form>`);
  draw();
};

/** Staff and presidium desk: roll, stages, votes, motions. */
export const staffCongressPage: Page = async (ctx) => {
  ctx.title('职代会管理');
  const load = async () => (await request(StaffCongressSessionDocument, { id: ctx.params.id! })).node as unknown as StaffSession | null;
  let s = await load();
  if (!s) {
    ctx.render(html`<h1 tabindex="-1">职代会不存在</h1>`);
    return;
  }
  let problem: Problem = null;
  let done: string | null = null;
  const after = (message: string) => async () => {
    done = message;
    problem = null;
    s = (await load()) ?? s;
    draw();
  };
  const fail = (p: Problem) => {
    problem = p;
    done = null;
    draw();
  };
  const submit = (handler: (v: Record<string, string>) => void) => (e: Event) => {
    e.preventDefault();
    handler(formValues(e.target as HTMLFormElement));
  };

  const draw = () => {
    const session = s!;
    const groups = new Map<string, typeof session.delegates.nodes>();
    for (const d of session.delegates.nodes) groups.set(d.groupName, [...(groups.get(d.groupName) ?? []), d]);
    ctx.render(html`${pageHeader(session.title, `当前阶段：${session.stageLabel} · 代表 ${session.delegateCount} 名 · 法定人数 ${session.quorumNeeded} 名`)}
      ${alertBox(problem)} ${notice(done)}
      ${session.viewerCan.advance && session.nextStage
        ? html`<button type="button" @click=${() =>
            act(async () => (await request(StaffCongressAdvanceDocument, { input: { session: session.id, to: session.nextStage! } })).advanceCongressSession, after('已进入下一阶段'), fail)}>
            进入「${STAGE_WORDS[session.nextStage] ?? session.nextStage}」</button>`
        : nothing}
      ${session.publishedAt ? html`<p class="notice">已闭幕，${dateTime(session.publishedAt)} 自动公布于 <a href=${`/unions/${session.union.code}/transparency`}>厂务公开栏</a></p>` : nothing}
      <section aria-label="议程"><h2>议程</h2>${agendaList(session)}</section>
      <section aria-label="代表名单">
        <h2>代表名单（${session.delegates.totalCount} 名）</h2>
        ${[...groups.entries()].map(
          ([name, list]) => html`<details class="card"><summary>${name}（${list.length} 名）</summary>
            <ul class="plain">${list.map((d) => html`<li>${d.memberName}${d.isGroupLeader ? ' · 组长' : ''}${d.isPresidium ? ' · 主席团' : ''}</li>`)}</ul></details>`,
        )}
        ${session.viewerCan.manageRoll
          ? html`<form class="card" aria-label="录入代表" @submit=${submit((v) =>
              act(async () => (await request(StaffCongressAddDelegatesDocument, { input: { session: session.id, groupName: v.group ?? '', cardNumbers: [v.cards ?? ''] } })).addCongressDelegates, after('代表已录入'), fail),
            )}>
              <h3>录入代表</h3>
              ${field({ label: '代表组', name: 'group', required: true, placeholder: '如：内科组' })}
              <div class="field"><label>会员卡号（可粘贴名单，每行一个）<textarea name="cards" rows="4" required></textarea></label></div>
              <button type="submit">录入</button>
            </form>`
          : nothing}
      </section>
      <section aria-label="表决事项">
        <h2>表决事项</h2>
        <p class="rules">${session.rules}</p>
        <ul class="plain">
          ${session.resolutions.map(
            (r) => html`<li class="card" data-resolution=${r.id}>
              <h3>${r.title}</h3>
              <p><span class="status">${r.statusLabel}</span></p>
              ${resolutionFigures(r)}
              ${r.viewerCan.openVote
                ? html`<button type="button" @click=${() =>
                    act(async () => (await request(StaffCongressOpenVoteDocument, { input: { resolution: r.id, endsAt: new Date(Date.now() + 2 * 3600_000).toISOString() } })).openCongressVote, after('表决已开始（2 小时）'), fail)}>开始表决</button>`
                : nothing}
              ${r.viewerCan.closeVote
                ? html`<button type="button" @click=${() => act(async () => (await request(StaffCongressCloseVoteDocument, { input: { resolution: r.id } })).closeCongressVote, after('已计票'), fail)}>结束表决并计票</button>`
                : nothing}
            </li>`,
          )}
        </ul>
        ${session.viewerCan.manageAgenda
          ? html`<form class="card" aria-label="添加表决事项" @submit=${submit((v) =>
              act(async () => (await request(StaffCongressAddResolutionDocument, { input: { session: session.id, title: v.title ?? '', body: v.body ?? '' } })).addCongressResolution, after('表决事项已添加'), fail),
            )}>
              <h3>添加表决事项</h3>
              ${field({ label: '表决事项', name: 'title', required: true })}
              ${field({ label: '内容', name: 'body', required: true })}
              <button type="submit">添加</button>
            </form>`
          : nothing}
      </section>
      <section aria-label="提案办理">
        <h2>提案</h2>
        <ul class="plain">
          ${session.motions.nodes.map(
            (m) => html`<li class="card" data-motion=${m.id}>
              <h3>${m.title}</h3>
              <p><span class="status">${m.statusLabel}</span> · ${m.proposerName} · 附议 ${m.cosignerCount}/${m.minCosigners}</p>
              ${m.decisionReason ? html`<p class="hint">主席团意见：${m.decisionReason}</p>` : nothing}
              ${m.answer ? html`<p>答复：${m.answer}</p>` : nothing}
              ${m.rating ? html`<p class="hint">提案人评价 ${m.rating}/5</p>` : nothing}
              ${m.viewerCan.answer
                ? html`<form aria-label="登记答复" @submit=${submit((v) =>
                    act(async () => (await request(StaffCongressAnswerDocument, { input: { motion: m.id, answer: v.answer ?? '' } })).answerCongressMotion, after('答复已登记'), fail),
                  )}>
                    <div class="field"><label>行政方书面答复<textarea name="answer" rows="3" required></textarea></label></div>
                    ${m.answerDueAt ? html`<p class="hint">答复期限 ${dateTime(m.answerDueAt)}</p>` : nothing}
                    <button type="submit">登记答复</button>
                  </form>`
                : nothing}
            </li>`,
          )}
        </ul>
      </section>`);
  };
  draw();
};
