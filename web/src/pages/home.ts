import { html, nothing } from 'lit-html';
import { HomePageDocument } from '../gql/graphql';
import { request } from '../api';
import type { Page } from '../router';
import { session } from '../session';
import { viewer } from '../viewer';
import { competitionList } from './competitions';
import { jobList } from './jobs';
import { offerList } from './offers';

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
    <section aria-labelledby="popular-offers">
      <h2 id="popular-offers">热门会员优惠</h2>
      <form class="filters" role="search" action="/offers" @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const q = new FormData(e.currentTarget as HTMLFormElement).get('q');
        ctx.navigate(`/offers${q ? `?q=${encodeURIComponent(String(q))}` : ''}`);
      }}>
        <div class="field"><label for="home-q">搜索优惠</label><input id="home-q" name="q" type="search" placeholder="如 火锅、体检" /></div>
        <button type="submit">搜索</button>
      </form>
      ${offerList(data.offers.nodes, null)}
      <p><a href="/offers">全部优惠 →</a></p>
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
