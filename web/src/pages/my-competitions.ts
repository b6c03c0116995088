import { html, nothing } from 'lit-html';
import { MyCompetitionsPageDocument, RespondToInvitationDocument } from '../gql/graphql';
import { asError, request } from '../api';
import { entryCard } from '../entry';
import type { Page } from '../router';
import { alertBox, busy, dateTime, day, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';

export const myCompetitionsPage: Page = async (ctx) => {
  ctx.title('我的竞赛');
  const who = viewer.get();
  if (who && !who.member) {
    ctx.render(html`${pageHeader('我的竞赛')}<p class="hint">此账号未绑定工会会员卡，不能报名竞赛。</p>`);
    return;
  }
  const data = await request(MyCompetitionsPageDocument);
  viewer.set(data.me);
  const states = new Map<string, { problem: Problem; message: string | null }>();
  const stateOf = (id: string) => {
    let s = states.get(id);
    if (!s) states.set(id, (s = { problem: null, message: null }));
    return s;
  };
  let inviteProblem: Problem = null;
  let inviteMessage: string | null = null;

  const respond = async (event: Event, entry: string, accept: boolean) => {
    const button = event.currentTarget as HTMLButtonElement;
    const result = await busy(button, async () => (await request(RespondToInvitationDocument, { input: { entry, accept } })).respondToCompetitionInvitation);
    inviteProblem = asError(result);
    if (!inviteProblem) {
      inviteMessage = accept ? '已加入队伍' : '已拒绝邀请';
      ctx.reload();
      return;
    }
    draw();
  };

  function draw() {
    const invitations = data.myCompetitionInvitations.nodes;
    const entries = data.myCompetitionEntries.nodes;
    const certificates = data.myCompetitionCertificates.nodes;
    ctx.render(html`${pageHeader('我的竞赛')}
      <section aria-labelledby="inv">
        <h2 id="inv">组队邀请</h2>
        ${alertBox(inviteProblem)} ${notice(inviteMessage)}
        ${invitations.length
          ? html`<ul class="cards">
              ${invitations.map(
                (inv) => html`<li class="card" data-invitation=${inv.entry.id}>
                  <h3>${inv.entry.competition.title}</h3>
                  <p>${inv.entry.event.name} · 队伍「${inv.entry.teamName ?? ''}」· 队长 ${inv.entry.registrantName}</p>
                  ${inv.entry.event.teamFormationDeadline ? html`<p class="meta">组队截止：${dateTime(inv.entry.event.teamFormationDeadline)}</p>` : nothing}
                  <div class="actions">
                    ${inv.viewerCan.accept ? html`<button type="button" @click=${(e: Event) => respond(e, inv.entry.id, true)}>接受邀请</button>` : nothing}
                    ${inv.viewerCan.decline ? html`<button type="button" class="secondary" @click=${(e: Event) => respond(e, inv.entry.id, false)}>拒绝</button>` : nothing}
                  </div>
                </li>`,
              )}
            </ul>`
          : html`<p class="empty">没有待回复的邀请。</p>`}
      </section>
      <section aria-labelledby="entries">
        <h2 id="entries">我的报名</h2>
        ${entries.length
          ? entries.map(
              (entry) => html`<p class="meta"><a href=${`/competitions/${encodeURIComponent(entry.competition.id)}`}>${entry.competition.title}</a>（${day(entry.competition.startsOn)}）</p>
                ${entryCard(entry, stateOf(entry.id), draw, () => ctx.reload())}`,
            )
          : html`<p class="empty">还没有报名。<a href="/competitions">去看看正在报名的竞赛</a></p>`}
      </section>
      <section aria-labelledby="certs">
        <h2 id="certs">获奖证书</h2>
        ${certificates.length
          ? html`<ul class="cards">
              ${certificates.map(
                (c) => html`<li class="card">
                  <h3>${c.competitionTitle} · ${c.prizeName}</h3>
                  <p>${c.eventName}${c.teamName ? ` · ${c.teamName}` : ''}，第 ${c.rank} 名</p>
                  <p>证书编号：<a href=${`/certificates?number=${encodeURIComponent(c.number)}`}>${c.number}</a></p>
                  <p class="meta">颁发：${dateTime(c.issuedAt)}</p>
                </li>`,
              )}
            </ul>`
          : html`<p class="empty">暂无证书。</p>`}
      </section>
      <p class="meta">候补的报名在名额空出时按顺序递补，递补后须在期限内确认。</p>`);
  }
  draw();
};
