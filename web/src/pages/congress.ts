import { html, nothing, type TemplateResult } from 'lit-html';
import {
  CongressAnswerGroupSummaryDocument,
  CongressCastDocument,
  CongressEditOpinionDocument,
  CongressGiveOpinionDocument,
  CongressSubmitGroupSummaryDocument,
  CongressWithdrawOpinionDocument,
  CongressCosignDocument,
  CongressDecideDocument,
  CongressPublicationsDocument,
  CongressPublicPageDocument,
  CongressRateDocument,
  CongressSessionPageDocument,
  CongressSignInDocument,
  CongressSubmitMotionDocument,
  MyCongressSessionsDocument,
  type CongressChoice,
  type CongressDocumentCardFragment,
  type CongressMotionCardFragment,
  type CongressResolutionCardFragment,
  type CongressSessionViewFragment,
} from '../gql/graphql';
import { asError, openFile, request, type DomainError } from '../api';
import type { Page } from '../router';
import { alertBox, dateTime, field, fieldErrors, formValues, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';

export const CHOICE_WORDS: Record<CongressChoice, string> = { FOR: '赞成', AGAINST: '反对', ABSTAIN: '弃权' };

/** Runs one mutation from a button or form: a typed error is shown, success re-runs the page. */
export async function act(run: () => Promise<{ __typename?: string } | null | undefined>, onDone: () => void, onProblem: (p: Problem) => void) {
  try {
    const problem: DomainError | null = asError(await run());
    if (problem) onProblem(problem);
    else onDone();
  } catch (error) {
    onProblem(error as Error);
  }
}

/** The agenda: each stage with its window and attendance; the current one marked. */
export function agendaList(s: CongressSessionViewFragment): TemplateResult {
  return html`<ol class="plain agenda" aria-label="议程">
    ${s.agenda.map(
      (a) => html`<li data-current=${a.stage === s.stage ? 'true' : 'false'}>
        <strong>${a.stageLabel}</strong>${a.stage === s.stage ? html` <span class="badge">进行中</span>` : nothing}
        <span class="hint">${dateTime(a.startsAt)} — ${dateTime(a.endsAt)} · 签到 ${a.attendance} 人</span>
      </li>`,
    )}
  </ol>`;
}

/** A resolution's figures: the rule before the tally, the counts after it. */
export function resolutionFigures(r: CongressResolutionCardFragment): TemplateResult {
  if (r.forCount === null || r.forCount === undefined) {
    return html`<p class="hint">全体代表 ${r.delegateCount} 名，赞成票须达 ${r.passNeeded} 票方为通过；已投票 ${r.turnout} 人${r.presentCount != null ? `，到会 ${r.presentCount} 人` : ''}。计票前不公布票数。</p>`;
  }
  return html`<p class="tally">
    赞成 <strong>${r.forCount}</strong> · 反对 <strong>${r.againstCount}</strong> · 弃权 <strong>${r.abstainCount}</strong>
    <span class="hint">（全体代表 ${r.delegateCount} 名，到会 ${r.presentCount} 名${r.quorumMet ? '' : '，未达法定人数'}；通过须 ${r.passNeeded} 票）</span>
  </p>`;
}

function motionCard(m: CongressMotionCardFragment, on: { cosign: () => void; decide: (e: Event) => void; rate: (e: Event) => void }): TemplateResult {
  return html`<li class="card motion" data-motion=${m.id}>
    <h3>${m.title}</h3>
    <p><span class="status">${m.statusLabel}</span> · 提案人 ${m.proposerName}（${m.proposerGroup}）</p>
    <p>${m.body}</p>
    <p class="hint">附议 ${m.cosignerCount} / ${m.minCosigners} 人${m.cosignerNames.length ? `：${m.cosignerNames.join('、')}` : ''}</p>
    ${m.decisionReason ? html`<p>主席团意见：${m.decisionReason}</p>` : nothing}
    ${m.answerDueAt && !m.answer ? html`<p class="hint">答复期限：${dateTime(m.answerDueAt)}${m.answeredLate ? '（已逾期）' : ''}</p>` : nothing}
    ${m.answer ? html`<p><strong>书面答复：</strong>${m.answer}</p><p class="hint">答复于 ${dateTime(m.answeredAt)}</p>` : nothing}
    ${m.rating ? html`<p class="hint">提案人评价：${m.rating} / 5</p>` : nothing}
    ${m.viewerCan.cosign ? html`<button type="button" @click=${on.cosign}>附议</button>` : nothing}
    ${m.viewerCan.accept || m.viewerCan.refuse
      ? html`<form @submit=${on.decide} aria-label="主席团审查">
          ${field({ label: '审查理由', name: 'reason', required: true })}
          ${m.viewerCan.accept ? html`${field({ label: '答复期限（天）', name: 'days', type: 'number', value: '30', min: '1', max: '365' })}
              <button type="submit" name="decision" value="ACCEPT">立案</button>` : nothing}
          ${m.viewerCan.refuse ? html`<button type="submit" class="secondary" name="decision" value="REFUSE">不予立案</button>` : nothing}
        </form>`
      : nothing}
    ${m.viewerCan.rate
      ? html`<form @submit=${on.rate} aria-label="评价答复">
          <label>对答复的评价
            <select name="rating">${[5, 4, 3, 2, 1].map((n) => html`<option value=${n}>${n} 分</option>`)}</select></label>
          <button type="submit">提交评价</button>
        </form>`
      : nothing}
  </li>`;
}

/**
 * A document read paragraph by paragraph: under each, the opinions the viewer may see (their own
 * group's; all groups' for the presidium and staff), the viewer's own with edit and withdraw, a
 * form for a new one; then the groups' summaries (with the written answers) and the leader's form.
 */
export function documentCard(d: CongressDocumentCardFragment, groupName: string | null, act_: (run: () => Promise<{ __typename?: string } | null | undefined>, message: string) => void): TemplateResult {
  const submit = (e: Event, run: (v: Record<string, string>) => Promise<{ __typename?: string } | null | undefined>, message: string) => {
    e.preventDefault();
    const v = formValues(e.target as HTMLFormElement);
    act_(() => run(v), message);
  };
  const own = d.groupSummaries.find((g) => g.groupName === groupName);
  return html`<details class="card document" data-document=${d.id}>
    <summary>${d.title}</summary>
    ${d.file
      ? html`<p>原件：<button type="button" class="link" @click=${() =>
          act_(async () => (await openFile(d.file!.downloadUrl, d.file!.fileName), null), '')}>${d.file.fileName}</button></p>`
      : nothing}
    <ol class="plain paragraphs">
      ${d.paragraphs.map(
        (p) => html`<li class="paragraph" data-paragraph=${p.number}>
          <p class="doc"><span class="badge muted">${p.number}</span> ${p.body}</p>
          ${p.opinions.length
            ? html`<ul class="plain opinions" aria-label=${`第 ${p.number} 段的意见`}>
                ${p.opinions.map((o) =>
                  o.viewerCan.edit
                    ? html`<li class="opinion mine">
                        <form aria-label=${`修改我对第 ${p.number} 段的意见`} @submit=${(e: Event) =>
                          submit(e, async (v) => (await request(CongressEditOpinionDocument, { input: { opinion: o.id, body: v.body ?? '' } })).editCongressOpinion, '意见已修改')}>
                          <label>我的意见<textarea name="body" rows="2" required .value=${o.body}></textarea></label>
                          <div class="actions">
                            <button type="submit">保存修改</button>
                            <button type="button" class="secondary" @click=${() =>
                              act_(async () => (await request(CongressWithdrawOpinionDocument, { input: { opinion: o.id } })).withdrawCongressOpinion, '意见已撤回')}>撤回</button>
                          </div>
                        </form>
                      </li>`
                    : html`<li class="opinion"><strong>${o.authorName}</strong>（${o.groupName}${o.viewerIsAuthor ? '，我' : ''}）：${o.body}</li>`,
                )}
              </ul>`
            : nothing}
          ${d.viewerCan.giveOpinion && !p.opinions.some((o) => o.viewerIsAuthor)
            ? html`<form class="opinion-form" aria-label=${`对第 ${p.number} 段提出意见`} @submit=${(e: Event) =>
                submit(e, async (v) => (await request(CongressGiveOpinionDocument, { input: { paragraph: p.id, body: v.body ?? '' } })).giveCongressOpinion, '意见已提交，本组组长将汇总')}>
                <label>修改意见（第 ${p.number} 段）<textarea name="body" rows="2" required maxlength="1000"></textarea></label>
                <button type="submit">提出意见</button>
              </form>`
            : nothing}
        </li>`,
      )}
    </ol>
    ${d.groupSummaries.length
      ? html`<section class="summaries" aria-label=${`${d.title}的小组意见汇总`}>
          <h3>小组意见汇总</h3>
          <ul class="plain">
            ${d.groupSummaries.map(
              (g) => html`<li class="card summary" data-group=${g.groupName}>
                <p><strong>${g.groupName}</strong> · 组长 ${g.leaderName} · ${dateTime(g.submittedAt)}</p>
                <p>${g.body}</p>
                ${g.answer ? html`<p><strong>书面答复：</strong>${g.answer}</p><p class="hint">答复于 ${dateTime(g.answeredAt)}</p>` : html`<p class="hint">待答复</p>`}
                ${g.viewerCan.answer
                  ? html`<form aria-label=${`答复${g.groupName}的汇总`} @submit=${(e: Event) =>
                      submit(e, async (v) => (await request(CongressAnswerGroupSummaryDocument, { input: { summary: g.id, answer: v.answer ?? '' } })).answerCongressGroupSummary, '答复已提交')}>
                      <label>书面答复<textarea name="answer" rows="3" required></textarea></label>
                      <button type="submit">提交答复</button>
                    </form>`
                  : nothing}
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}
    ${d.viewerCan.summarise && !own?.answer
      ? html`<form class="card" aria-label="本组意见汇总" @submit=${(e: Event) =>
          submit(e, async (v) => (await request(CongressSubmitGroupSummaryDocument, { input: { document: d.id, body: v.body ?? '' } })).submitCongressGroupSummary, '本组汇总已提交主席团')}>
          <h3>本组意见汇总（组长）</h3>
          <label>汇总本组代表的意见，提交主席团<textarea name="body" rows="4" required maxlength="5000" .value=${own?.body ?? ''}></textarea></label>
          <p class="hint">主席团或行政方书面答复后，汇总不能再修改。</p>
          <button type="submit">提交汇总</button>
        </form>`
      : nothing}
  </details>`;
}

export const myCongressPage: Page = async (ctx) => {
  ctx.title('职代会');
  const data = await request(MyCongressSessionsDocument);
  viewer.set(data.me);
  const sessions = data.myCongressSessions?.nodes ?? [];
  ctx.render(html`${pageHeader('职工代表大会', '网上职代会 · 阅读文件 · 提案 · 表决')}
    ${!data.me ? html`<p><a href="/login?next=/congress">登录</a>后查看您参加的职代会。</p>` : nothing}
    ${data.me && sessions.length === 0 ? html`<p class="hint">您不是任何一次职代会的代表。</p>` : nothing}
    <ul class="plain">
      ${sessions.map((s) => html`<li class="card"><a href=${`/congress/${encodeURIComponent(s.id)}`}><strong>${s.title}</strong></a>
        <p class="hint">${s.union.name} · ${s.stageLabel} · <a href=${`/unions/${s.union.code}/transparency`}>厂务公开栏</a></p></li>`)}
    </ul>`);
};

/** The delegate's page: agenda, sign-in, documents, votes with a clear result screen, motions. */
export const congressSessionPage: Page = async (ctx) => {
  ctx.title('职代会');
  const load = async () => (await request(CongressSessionPageDocument, { id: ctx.params.id! })).node as CongressSessionViewFragment | null;
  let s = await load();
  if (!s) {
    ctx.render(html`<h1 tabindex="-1">职代会不存在</h1><p><a href="/congress">返回</a></p>`);
    return;
  }
  let problem: Problem = null;
  let done: string | null = null;
  let cast: { title: string; choice: CongressChoice; receipt: string | null } | null = null;
  const after = (message: string | null) => async () => {
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

  const vote = (r: CongressResolutionCardFragment, choice: CongressChoice) =>
    act(
      async () => {
        const result = (await request(CongressCastDocument, { input: { resolution: r.id, choice } })).castCongressBallot;
        if (result.__typename === 'CastCongressBallotSuccess') cast = { title: r.title, choice: result.ballot.choice, receipt: result.ballot.receipt ?? null };
        return result;
      },
      after(null),
      fail,
    );

  const draw = () => {
    const session = s!;
    const errors = fieldErrors(problem);
    if (cast) {
      // The result screen: the ballot is in, said plainly, before anything else.
      ctx.render(html`${pageHeader(session.title)}
        <section class="card result" role="status" aria-label="投票结果">
          <h2>您的选票已计入</h2>
          <p>表决事项：${cast.title}</p>
          <p>您的选择：<strong>${CHOICE_WORDS[cast.choice]}</strong></p>
          <p class="hint">无记名投票：系统只记录您已投票，不保存您的选择与您本人的对应关系。</p>
          ${cast.receipt ? html`<p>改票回执（只显示这一次，请保存）：<code>${cast.receipt}</code></p>` : nothing}
          <button type="button" @click=${() => ((cast = null), draw())}>返回大会</button>
        </section>`);
      return;
    }
    ctx.render(html`${pageHeader(session.title, `${session.union.name} · 当前阶段：${session.stageLabel}`)}
      ${alertBox(problem)} ${notice(done)}
      ${session.viewerDelegate
        ? html`<p class="hint">您是${session.viewerDelegate.groupName}代表${session.viewerDelegate.isGroupLeader ? '（组长）' : ''}${session.viewerDelegate.isPresidium ? '，主席团成员' : ''}。</p>`
        : nothing}
      ${session.viewerCan.signIn
        ? html`<button type="button" @click=${() => act(async () => (await request(CongressSignInDocument, { input: { session: session.id } })).signInCongressStage, after('签到成功'), fail)}>签到（${session.stageLabel}）</button>`
        : session.viewerSignedIn ? html`<p class="notice">本阶段已签到</p>` : nothing}
      <section aria-label="议程"><h2>议程</h2>${agendaList(session)}</section>
      <section aria-label="会议文件">
        <h2>会议文件</h2>
        ${session.documents.some((d) => d.viewerCan.giveOpinion) ? html`<p class="hint">小组讨论中：可在各段下提出修改意见，本组组长汇总后提交主席团。</p>` : nothing}
        ${session.documents.map((d) => documentCard(d, session.viewerDelegate?.groupName ?? null, (run, message) => act(run, after(message), fail)))}
      </section>
      <section aria-label="表决">
        <h2>表决</h2>
        <p class="rules">${session.rules}</p>
        <ul class="plain">
          ${session.resolutions.map(
            (r) => html`<li class="card" data-resolution=${r.id}>
              <h3>${r.title}</h3>
              <p><span class="status">${r.statusLabel}</span>${r.votingEndsAt && r.votingOpen ? html` · 截止 ${dateTime(r.votingEndsAt)}` : nothing}</p>
              <p>${r.body}</p>
              ${resolutionFigures(r)}
              ${r.viewerHasVoted ? html`<p class="notice">您已投票</p>` : nothing}
              ${r.viewerCan.vote
                ? html`<div class="actions" role="group" aria-label="投票">
                    ${(Object.keys(CHOICE_WORDS) as CongressChoice[]).map((c) => html`<button type="button" @click=${() => vote(r, c)}>${CHOICE_WORDS[c]}</button>`)}
                  </div>`
                : nothing}
            </li>`,
          )}
        </ul>
      </section>
      <section aria-label="提案">
        <h2>提案</h2>
        <ul class="plain">
          ${session.motions.nodes.map((m) =>
            motionCard(m, {
              cosign: () => act(async () => (await request(CongressCosignDocument, { input: { motion: m.id } })).cosignCongressMotion, after('已附议'), fail),
              decide: (e: Event) => {
                e.preventDefault();
                const submitter = (e as SubmitEvent).submitter as HTMLButtonElement | null;
                const v = formValues(e.target as HTMLFormElement);
                const decision = submitter?.value === 'ACCEPT' ? 'ACCEPT' : 'REFUSE';
                const answerDueAt = decision === 'ACCEPT' ? new Date(Date.now() + Number(v.days || 30) * 86_400_000).toISOString() : null;
                void act(async () => (await request(CongressDecideDocument, { input: { motion: m.id, decision, reason: v.reason ?? '', answerDueAt } })).decideCongressMotion, after('已审查'), fail);
              },
              rate: (e: Event) => {
                e.preventDefault();
                const v = formValues(e.target as HTMLFormElement);
                void act(async () => (await request(CongressRateDocument, { input: { motion: m.id, rating: Number(v.rating) } })).rateCongressMotionAnswer, after('评价已提交'), fail);
              },
            }),
          )}
        </ul>
        ${session.viewerCan.submitMotion
          ? html`<form class="card" aria-label="提交提案" @submit=${(e: Event) => {
              e.preventDefault();
              const v = formValues(e.target as HTMLFormElement);
              void act(async () => (await request(CongressSubmitMotionDocument, { input: { session: session.id, title: v.title ?? '', body: v.body ?? '' } })).submitCongressMotion, after('提案已提交，请邀请其他代表附议'), fail);
            }}>
              <h3>提交提案</h3>
              ${field({ label: '提案标题', name: 'title', required: true, error: errors['title'] })}
              <div class="field"><label>案由与建议<textarea name="body" rows="4" required></textarea></label>
                ${errors['body'] ? html`<p class="field-error">${errors['body']}</p>` : nothing}</div>
              <p class="hint">须有 ${session.minCosigners} 名以上代表附议，主席团方可立案。</p>
              <button type="submit">提交提案</button>
            </form>`
          : nothing}
      </section>`);
  };
  draw();
};

/** 厂务公开: a union's published congress outcomes, for anyone. */
export const transparencyPage: Page = async (ctx) => {
  const union = (await request(CongressPublicPageDocument, { code: ctx.params.code! })).unionByCode;
  if (!union) {
    ctx.render(html`<h1 tabindex="-1">工会不存在</h1>`);
    return;
  }
  ctx.title(`厂务公开 · ${union.name}`);
  const published = (await request(CongressPublicationsDocument, { union: union.id })).congressPublications;
  ctx.render(html`${pageHeader(`厂务公开 · ${union.name}`, '职工代表大会决议与提案办理情况（闭幕后自动公布）')}
    ${published.length === 0 ? html`<p class="hint">暂无公开内容。</p>` : nothing}
    ${published.map(
      (p) => html`<section class="card" aria-label=${p.title}>
        <h2>${p.title}</h2>
        <p class="hint">公布时间：${dateTime(p.publishedAt)}</p>
        <h3>决议</h3>
        <ul class="plain">
          ${p.resolutions.map(
            (r) => html`<li class="resolution">
              <strong>${r.title}</strong> <span class="badge">${r.passed ? '通过' : '未通过'}</span>
              <p class="tally">赞成 ${r.forCount} · 反对 ${r.againstCount} · 弃权 ${r.abstainCount}
                <span class="hint">（全体代表 ${r.delegateCount} 名，到会 ${r.presentCount} 名）</span></p>
            </li>`,
          )}
        </ul>
        <h3>提案办理</h3>
        <ul class="plain">
          ${p.motions.map(
            (m) => html`<li class="motion">
              <strong>${m.title}</strong> <span class="status">${m.statusLabel}</span>
              ${m.decisionReason ? html`<p class="hint">${m.decisionReason}</p>` : nothing}
              ${m.answer ? html`<p>答复：${m.answer}</p><p class="hint">答复于 ${dateTime(m.answeredAt)}</p>` : nothing}
            </li>`,
          )}
        </ul>
      </section>`,
    )}`);
};
