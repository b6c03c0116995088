import { html, nothing } from 'lit-html';
import { MarkAllMessagesReadDocument, MessagesPageDocument, type MessageKind } from '../gql/graphql';
import { asError, request } from '../api';
import type { Page } from '../router';
import { alertBox, dateTime, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';

const KIND_WORDS: Record<MessageKind, string> = {
  APPLICATION_STATUS_CHANGED: '求职',
  SEAT_OFFERED: '竞赛候补',
  REGISTRATION_CONFIRMED: '竞赛报名',
  CLAIM_EXPIRING: '优惠',
  VOUCHER_PAID: '代金券',
  GRANT_DECIDED: '资助',
  TRANCHE_PAID: '资助拨付',
};

/** The inbox: newest first, unread marked; opening it does not mark anything read by itself. */
export const messagesPage: Page = async (ctx) => {
  ctx.title('消息');
  let data = await request(MessagesPageDocument);
  viewer.set(data.me);
  if (!data.me) {
    ctx.render(html`${pageHeader('消息')}<p>请先 <a href="/login?next=/messages">登录</a>。</p>`);
    return;
  }
  let problem: Problem = null;
  const markAll = async () => {
    try {
      const result = (await request(MarkAllMessagesReadDocument)).markMessagesRead;
      problem = asError(result);
      data = await request(MessagesPageDocument);
      viewer.set(data.me);
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };
  const draw = () => {
    const unread = data.me?.unreadMessageCount ?? 0;
    const list = data.myMessages?.nodes ?? [];
    ctx.render(html`${pageHeader('消息', unread ? `${unread} 条未读` : '没有未读消息')}
      ${alertBox(problem)}
      ${unread ? html`<p><button type="button" @click=${markAll}>全部标为已读</button></p>` : nothing}
      ${list.length === 0
        ? html`<p class="hint">还没有消息。报名、求职、资助等有进展时会通知您。</p>`
        : html`<ul class="plain">
            ${list.map(
              (m) => html`<li class="message" data-unread=${m.readAt ? 'false' : 'true'} data-kind=${m.kind}>
                <h2>${m.title}</h2>
                <p>${m.body}</p>
                <p class="hint">${KIND_WORDS[m.kind]} · ${dateTime(m.createdAt)}${m.smsStatus === 'sent' ? ' · 已短信通知' : ''}</p>
              </li>`,
            )}
          </ul>`}`);
  };
  draw();
};
