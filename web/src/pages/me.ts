import { html, nothing } from 'lit-html';
import { MePageDocument } from '../gql/graphql';
import { request } from '../api';
import type { Page } from '../router';
import { dateTime, day, label, pageHeader } from '../ui';
import { viewer } from '../viewer';

/** Groups the card number in fours, as printed on the card. */
const cardGroups = (number: string) => number.replace(/(\d{4})(?=\d)/g, '$1 ');

export const mePage: Page = async (ctx) => {
  ctx.title('我的');
  const data = await request(MePageDocument);
  viewer.set(data.me);
  const me = data.me;
  if (!me) {
    ctx.render(html`${pageHeader('我的')}
      <p>请先 <a href="/login?next=/me">登录</a> 或 <a href="/signup">注册</a>。</p>`);
    return;
  }
  const m = me.member;
  ctx.render(html`${pageHeader(m?.realName ?? me.displayName)}
    ${m
      ? html`<section class="member-card" aria-label="工会会员卡">
          <p class="card-title">工会会员卡</p>
          <p class="card-number" data-testid="card-number">${cardGroups(m.cardNumber)}</p>
          <p>${m.realName} · ${m.union.name}</p>
          <p class="tags">
            ${m.isHardship ? html`<span class="badge">困难职工</span>` : nothing}
            ${m.isModelWorker ? html`<span class="badge">劳动模范</span>` : nothing}
            ${m.craftsmanTitle ? html`<span class="badge">${label('craftsmanTitle', m.craftsmanTitle)}</span>` : nothing}
          </p>
        </section>`
      : html`<p class="hint">此账号未绑定工会会员卡。</p>`}
    <dl class="facts">
      <dt>昵称</dt><dd>${me.displayName}</dd>
      <dt>手机号</dt><dd>${me.phone}</dd>
      ${m?.birthDate ? html`<dt>出生日期</dt><dd>${day(m.birthDate)}</dd>` : nothing}
      <dt>注册时间</dt><dd>${dateTime(me.createdAt)}</dd>
      ${me.roles.length
        ? html`<dt>角色</dt><dd><ul class="plain">${me.roles.map((r) => html`<li>${label('role', r.role)}${r.union ? `（${r.union.name}）` : ''}</li>`)}</ul></dd>`
        : nothing}
    </dl>
    <nav aria-label="我的服务">
      <ul class="links">
        ${m ? html`<li><a href="/wallet">我的卡包（优惠券、核销码）</a></li>` : nothing}
        ${m ? html`<li><a href="/me/competitions">我的竞赛（报名、候补、组队邀请、证书）</a></li>` : nothing}
        ${m ? html`<li><a href="/me/jobs">我的求职申请</a></li>` : nothing}
        ${m ? html`<li><a href="/me/grants">我的资助申请</a></li>` : nothing}
        ${m ? html`<li><a href="/hardship">困难帮扶（建档与帮扶申请）</a></li>` : nothing}
        ${me.roles.some((r) => r.role === 'GRANT_REVIEWER') ? html`<li><a href="/reviewer/grants">资助评审</a></li>` : nothing}
        ${me.roles.some((r) => r.role === 'MERCHANT_STAFF') ? html`<li><a href="/merchant">商家中心（核销、优惠、数据）</a></li>` : nothing}
        ${me.roles.some((r) => r.role === 'EMPLOYER_STAFF') ? html`<li><a href="/employer">招聘管理（岗位与申请）</a></li>` : nothing}
        ${me.roles.some((r) => r.role === 'UNION_STAFF' || r.role === 'PLATFORM_ADMIN') ? html`<li><a href="/staff/reviews">审核（商家、优惠、用人单位、岗位）</a></li>
              <li><a href="/staff/competitions">竞赛管理</a></li>
              <li><a href="/staff/grants">资助管理</a></li>` : nothing}
        <li><a href="/me/privacy">账号与隐私（下载个人信息、注销账号）</a></li>
        <li><a href="/logout">退出登录</a></li>
      </ul>
    </nav>`);
};
