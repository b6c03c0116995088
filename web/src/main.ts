import './styles.css';
import { html, nothing, render } from 'lit-html';
import { fallback, onNavigate, route, startRouter } from './router';
import { session } from './session';
import { hasRole, viewer } from './viewer';
import { homePage } from './pages/home';
import { loginPage, logoutPage, signUpPage } from './pages/auth';
import { mePage } from './pages/me';
import { competitionPage, competitionsPage, eventResultsPage } from './pages/competitions';
import { myCompetitionsPage } from './pages/my-competitions';
import { certificatePage } from './pages/certificate';
import { jobPage, jobsPage, myJobApplicationsPage } from './pages/jobs';
import { grantCallPage, grantCallsPage, myGrantsPage } from './pages/grants';
import { grantReviewsPage, staffGrantCallPage, staffGrantCallsPage } from './pages/grant-reviews';
import { employerPage, employerPostingPage } from './pages/employer';
import { reviewsPage } from './pages/reviews';
import { staffCompetitionsPage, staffEventPage, staffNewCompetitionPage } from './pages/staff-competitions';

interface NavItem {
  href: string;
  text: string;
}

function navItems(): NavItem[] {
  const items: NavItem[] = [
    { href: '/', text: '首页' },
    { href: '/jobs', text: '就业招聘' },
    { href: '/competitions', text: '技能竞赛' },
    { href: '/grants', text: '工匠资助' },
    { href: '/certificates', text: '证书查验' },
  ];
  if (session.token) {
    items.push({ href: '/me', text: '我的' });
    if (hasRole('GRANT_REVIEWER')) items.push({ href: '/reviewer/grants', text: '资助评审' });
    if (hasRole('EMPLOYER_STAFF')) items.push({ href: '/employer', text: '招聘管理' });
    if (hasRole('UNION_STAFF') || hasRole('PLATFORM_ADMIN')) {
      items.push({ href: '/staff/reviews', text: '审核' }, { href: '/staff/competitions', text: '竞赛管理' }, { href: '/staff/grants', text: '资助管理' });
    }
  } else {
    items.push({ href: '/login', text: '登录' }, { href: '/signup', text: '注册' });
  }
  return items;
}

function isCurrent(href: string): boolean {
  const path = location.pathname;
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

function renderShell() {
  const who = viewer.get();
  const header = document.querySelector<HTMLElement>('header.top')!;
  render(
    html`<a class="brand" href="/" aria-label="惠工首页">惠工</a>
      ${who && session.token ? html`<span class="who">${who.member?.realName ?? who.displayName}</span>` : nothing}
      <nav aria-label="主导航">
        <ul>
          ${navItems().map(
            (item) =>
              html`<li><a href=${item.href} aria-current=${isCurrent(item.href) ? 'page' : 'false'}>${item.text}</a></li>`,
          )}
        </ul>
      </nav>`,
    header,
  );
}

route('/', homePage);
route('/login', loginPage);
route('/signup', signUpPage);
route('/logout', logoutPage);
route('/me', mePage);
route('/me/competitions', myCompetitionsPage);
route('/competitions', competitionsPage);
route('/competitions/:id', competitionPage);
route('/events/:id/results', eventResultsPage);
route('/certificates', certificatePage);
route('/jobs', jobsPage);
route('/jobs/:id', jobPage);
route('/me/jobs', myJobApplicationsPage);
route('/employer', employerPage);
route('/employer/postings/:id', employerPostingPage);
route('/grants', grantCallsPage);
route('/grants/:id', grantCallPage);
route('/me/grants', myGrantsPage);
route('/reviewer/grants', grantReviewsPage);
route('/staff/grants', staffGrantCallsPage);
route('/staff/grants/:id', staffGrantCallPage);
route('/staff/reviews', reviewsPage);
route('/staff/competitions', staffCompetitionsPage);
route('/staff/competitions/new', staffNewCompetitionPage);
route('/staff/events/:id', staffEventPage);
fallback((ctx) => {
  ctx.title('页面不存在');
  ctx.render(html`<h1 tabindex="-1">页面不存在</h1>
    <p><a href="/">返回首页</a></p>`);
});

// the header is cleared of the static placeholder once the app runs
document.querySelector('header.top')!.textContent = '';
viewer.onChange(renderShell);
onNavigate(renderShell);
startRouter();
