import { html, nothing } from 'lit-html';
import { HomePageDocument } from '../gql/graphql';
import { request } from '../api';
import type { Page } from '../router';
import { session } from '../session';
import { viewer } from '../viewer';
import { competitionList } from './competitions';
import { jobList } from './jobs';

export const homePage: Page = async (ctx) => {
  ctx.title('首页');
  const data = await request(HomePageDocument);
  viewer.set(data.me);
  const me = data.me;
  ctx.render(html`<section class="hero">
      <h1 tabindex="-1">惠工 · 工会会员服务</h1>
      <p class="lead">一人一卡、普惠共享：会员卡优惠、就业招聘、技能竞赛、工匠工作室资助。</p>
      ${me
        ? html`<p>您好，${me.member?.realName ?? me.displayName}。<a href="/me">我的账号</a></p>`
        : html`<p class="actions">
            <a class="button" href="/signup">注册并绑定会员卡</a>
            <a class="button secondary" href="/login">登录</a>
          </p>`}
    </section>
    <section aria-labelledby="latest-jobs">
      <h2 id="latest-jobs">最新招聘岗位</h2>
      ${jobList(data.jobPostings.nodes)}
      <p><a href="/jobs">全部岗位 →</a></p>
    </section>
    <section aria-labelledby="open-competitions">
      <h2 id="open-competitions">正在报名的技能竞赛</h2>
      ${competitionList(data.competitions.nodes)}
      <p><a href="/competitions">全部竞赛 →</a></p>
    </section>
    ${session.token && !me ? html`<p class="hint">登录已失效，请重新登录。</p>` : nothing}`);
};
