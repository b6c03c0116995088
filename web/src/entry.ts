import { html, nothing, type TemplateResult } from 'lit-html';
import { asError, request, type DomainError } from './api';
import { AcceptOfferDocument, CancelEntryDocument, InviteTeamMemberDocument, LeaveTeamDocument, type MyEntryFragment } from './gql/graphql';
import { alertBox, busy, dateTime, field, fieldErrors, formValues, label, notice, type Problem } from './ui';

/** What the cancel button says, by the entry's status (a label; whether it shows is viewerCan.cancel). */
const CANCEL_LABELS: Partial<Record<MyEntryFragment['status'], string>> = { WAITING: '退出候补' };

/** One sentence on where the entry stands, the first thing a member looks for (by status; else its label). */
const SUMMARIES: Partial<Record<MyEntryFragment['status'], (entry: MyEntryFragment) => string>> = {
  WAITING: (entry) => `名额已满，您在候补名单第 ${entry.waitlistPosition ?? '?'} 位`,
  OFFERED: (entry) => `有名额空出，请在 ${dateTime(entry.offerExpiresAt)} 前确认`,
  FORMING: (entry) => `组队中：须在 ${dateTime(entry.event.teamFormationDeadline)} 前达到 ${entry.event.minTeamSize ?? '?'} 人`,
  CONFIRMED: (entry) => (entry.checkedInAt ? `已签到（${dateTime(entry.checkedInAt)}）` : '报名成功，比赛当天凭签到码签到'),
};

export function entrySummary(entry: MyEntryFragment): string {
  return SUMMARIES[entry.status]?.(entry) ?? label('entryStatus', entry.status);
}

interface EntryCardState {
  problem: Problem;
  message: string | null;
}

/**
 * An entry with what the member can do next: confirm an offered seat, cancel, invite team
 * members (captain) or leave the team, each shown only when the server's viewerCan allows it.
 * `changed` runs after a successful action.
 */
export function entryCard(entry: MyEntryFragment, state: EntryCardState, rerender: () => void, changed: () => void): TemplateResult {
  const act = async (button: HTMLButtonElement, run: () => Promise<{ __typename?: string } | null | undefined>, done: string) => {
    const result = await busy(button, run);
    const error = asError(result);
    state.problem = error;
    state.message = error ? null : done;
    rerender();
    if (!error) changed();
  };
  const input = { entry: entry.id };
  const cancel = (event: Event) => {
    if (!confirm('确定取消这份报名吗？空出的名额将递补给候补第一位。')) return;
    void act(
      event.currentTarget as HTMLButtonElement,
      async () => (await request(CancelEntryDocument, { input })).cancelCompetitionEntry,
      '已取消报名',
    );
  };
  const accept = (event: Event) =>
    void act(event.currentTarget as HTMLButtonElement, async () => (await request(AcceptOfferDocument, { input })).acceptCompetitionOffer, '已确认递补名额');
  const leave = (event: Event) => {
    if (!confirm('确定退出该队伍吗？')) return;
    void act(event.currentTarget as HTMLButtonElement, async () => (await request(LeaveTeamDocument, { input })).leaveCompetitionTeam, '已退出队伍');
  };
  const invite = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const { phone } = formValues(form);
    const result = await busy(form, async () => (await request(InviteTeamMemberDocument, { input: { entry: entry.id, phone: phone ?? '' } })).inviteCompetitionTeamMember);
    const error = asError(result);
    state.problem = error;
    state.message = error || !result || result.__typename !== 'InviteCompetitionTeamMemberSuccess' ? null : `已邀请 ${result.invitation.realName}，等待对方回复`;
    rerender();
    if (!error) changed();
  };
  const can = entry.viewerCan;
  const isTeam = entry.kind === 'TEAM';
  return html`<article class="card entry" data-entry=${entry.id} data-status=${entry.status}>
    <h3>${entry.event.name}${entry.teamName ? html` · ${entry.teamName}` : nothing}</h3>
    <p><span class="badge status-${entry.status.toLowerCase()}">${label('entryStatus', entry.status)}</span></p>
    <p class="summary">${entrySummary(entry)}</p>
    ${entry.checkInCode ? html`<p>签到码：<strong class="code" data-testid="check-in-code">${entry.checkInCode}</strong></p>` : nothing}
    ${entry.score ? html`<p>成绩：${entry.score}${entry.rank ? html`，第 ${entry.rank} 名` : entry.provisionalRank ? html`（暂列第 ${entry.provisionalRank} 名）` : nothing}${entry.prize ? html`，<strong>${entry.prize.name}</strong>` : nothing}</p>` : nothing}
    ${isTeam
      ? html`<ul class="participants" aria-label="队员">
          ${entry.participants.map(
            (p) => html`<li>${p.realName}（${label('participantRole', p.role)}，${label('participantStatus', p.status)}）</li>`,
          )}
        </ul>`
      : nothing}
    ${entry.event.resultsPublishedAt ? html`<p><a href=${`/events/${entry.event.id}/results`}>查看成绩公布</a></p>` : nothing}
    ${alertBox(state.problem)} ${notice(state.message)}
    ${can.acceptOffer || can.cancel || can.leaveTeam
      ? html`<div class="actions">
          ${can.acceptOffer ? html`<button type="button" @click=${accept}>确认递补名额</button>` : nothing}
          ${can.cancel
            ? html`<button type="button" class="secondary" @click=${cancel}>${CANCEL_LABELS[entry.status] ?? '取消报名'}</button>
                <span class="hint">自行取消截止：${dateTime(entry.competition.cancellationDeadline)}</span>`
            : nothing}
          ${can.leaveTeam ? html`<button type="button" class="secondary" @click=${leave}>退出队伍</button>` : nothing}
        </div>`
      : nothing}
    ${can.invite
      ? html`<form class="inline" @submit=${invite}>
          ${field({ label: '邀请队员（手机号）', name: 'phone', type: 'tel', inputmode: 'numeric', required: true, autocomplete: 'off', error: fieldErrors(state.problem as DomainError)['phone'] })}
          <button type="submit">发送邀请</button>
        </form>`
      : nothing}
  </article>`;
}
