import './styles.css';
import { html, nothing, render } from 'lit-html';
import { ApiError } from './api';
import { fallback, navigate, onNavigate, route, startRouter } from './router';
import { session } from './session';
import { hasRole, viewer } from './viewer';
import { homePage } from './pages/home';
import { loginPage, logoutPage, signUpPage } from './pages/auth';
import { mePage } from './pages/me';
import { messagesPage } from './pages/messages';
import { codeLoginPage, resetPasswordPage } from './pages/sms-auth';
import { consentPage, legalPage } from './pages/legal';
import { privacyPage } from './pages/privacy';
import { competitionPage, competitionsPage, eventResultsPage } from './pages/competitions';
import { myCompetitionsPage } from './pages/my-competitions';
import { certificatePage } from './pages/certificate';
import { jobPage, jobsPage, myJobApplicationsPage } from './pages/jobs';
import { fairPage, fairsPage } from './pages/fairs';
import { offerPage, offersPage, voucherReturnPage, walletPage } from './pages/offers';
import { merchantPage } from './pages/merchant';
import { grantCallPage, grantCallsPage, grantReportPage, myGrantsPage } from './pages/grants';
import { staffGrantApplicationPage } from './pages/grant-payouts';
import { editOfferPage, newOfferPage } from './pages/offer-form';
import { grantReviewsPage, staffGrantCallPage, staffGrantCallsPage } from './pages/grant-reviews';
import { employerPage, employerPostingPage } from './pages/employer';
import { editPostingPage, newPostingPage } from './pages/posting-form';
import { reviewsPage } from './pages/reviews';
import { staffCompetitionsPage, staffEventPage, staffNewCompetitionPage } from './pages/staff-competitions';
import { hardshipPage } from './pages/hardship';
import { stationPage, stationsPage } from './pages/stations';
import { staffStationsPage } from './pages/stations-staff';
import { rightsPage } from './pages/rights';
import { staffRightsCasePage, staffRightsPage } from './pages/rights-staff';
import { congressSessionPage, myCongressPage, transparencyPage } from './pages/congress';
import { staffCongressListPage, staffCongressPage } from './pages/congress-staff';
import { figuresPage } from './pages/figures';
import { hardshipFiguresPage, staffHardshipPage } from './pages/hardship-staff';
import { mutualAidPage } from './pages/mutual-aid';
import { classesPage, teachingPage } from './pages/classes';
import { staffClassesPage } from './pages/classes-staff';
import { mutualAidFiguresPage, staffMutualAidPage } from './pages/mutual-aid-staff';

interface NavItem {
  href: string;
  text: string;
  /** A count shown beside the text (unread messages). */
  count?: number;
}

/** What everyone uses, short enough for one or two lines at 360 px. */
function navItems(): NavItem[] {
  const items: NavItem[] = [
    { href: '/', text: '首页' },
    { href: '/offers', text: '优惠' },
    { href: '/jobs', text: '招聘' },
    { href: '/competitions', text: '竞赛' },
    { href: '/grants', text: '资助' },
    { href: '/stations', text: '驿站' },
    { href: '/classes', text: '培训班' },
  ];
  if (session.token) {
    const unread = viewer.get()?.unreadMessageCount ?? 0;
    items.push({ href: '/wallet', text: '卡包' }, { href: '/messages', text: '消息', count: unread }, { href: '/me', text: '我的' });
  }
  else items.push({ href: '/login', text: '登录' }, { href: '/signup', text: '注册' });
  return items;
}

/** Work pages for merchants, employers, reviewers and union staff, on a line of their own. */
function workItems(): NavItem[] {
  if (!session.token) return [];
  const items: NavItem[] = [];
  if (hasRole('MERCHANT_STAFF')) items.push({ href: '/merchant', text: '商家中心' });
  if (hasRole('EMPLOYER_STAFF')) items.push({ href: '/employer', text: '招聘管理' });
  if (hasRole('GRANT_REVIEWER')) items.push({ href: '/reviewer/grants', text: '资助评审' });
  if (hasRole('UNION_STAFF') || hasRole('PLATFORM_ADMIN')) {
    items.push(
      { href: '/staff/reviews', text: '审核' },
      { href: '/staff/competitions', text: '竞赛管理' },
      { href: '/staff/grants', text: '资助管理' },
      { href: '/staff/hardship', text: '困难帮扶' },
      { href: '/staff/stations', text: '站点管理' },
      { href: '/staff/rights', text: '维权案件' },
      { href: '/staff/congress', text: '职代会' },
      { href: '/staff/mutual-aid', text: '医疗互助' },
      { href: '/staff/figures', text: '数据看板' },
      { href: '/staff/classes', text: '培训班' },
    );
  } else if (hasRole('FINANCE')) {
    items.push({ href: '/staff/grants', text: '资助拨付' });
  }
  return items;
}

function isCurrent(href: string): boolean {
  const path = location.pathname;
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

function renderShell() {
  const who = viewer.get();
  const work = workItems();
  const header = document.querySelector<HTMLElement>('header.top')!;
  render(
    html`<a class="brand" href="/" aria-label="惠工首页">惠工</a>
      ${who && session.token ? html`<span class="who">${who.member?.realName ?? who.displayName}</span>` : nothing}
      <nav aria-label="主导航">
        <ul>
          ${navItems().map(
            (item) =>
              html`<li><a href=${item.href} aria-current=${isCurrent(item.href) ? 'page' : 'false'}>${item.text}${item.count
                ? html`<span class="count" aria-label=${`${item.count} 条未读`}>${item.count > 99 ? '99+' : item.count}</span>`
                : nothing}</a></li>`,
          )}
        </ul>
      </nav>
      ${work.length
        ? html`<nav class="work" aria-label="工作台">
            <ul>
              ${work.map(
                (item) =>
                  html`<li><a href=${item.href} aria-current=${isCurrent(item.href) ? 'page' : 'false'}>${item.text}</a></li>`,
              )}
            </ul>
          </nav>`
        : nothing}`,
    header,
  );
}

route('/', homePage);
route('/login', loginPage);
route('/signup', signUpPage);
route('/logout', logoutPage);
route('/me', mePage);
route('/messages', messagesPage);
route('/login/code', codeLoginPage);
route('/reset-password', resetPasswordPage);
route('/legal/:slug', legalPage);
route('/consent', consentPage);
route('/me/privacy', privacyPage);
route('/me/competitions', myCompetitionsPage);
route('/competitions', competitionsPage);
route('/competitions/:id', competitionPage);
route('/events/:id/results', eventResultsPage);
route('/certificates', certificatePage);
route('/offers', offersPage);
route('/offers/:id', offerPage);
route('/wallet', walletPage);
route('/vouchers/return', voucherReturnPage);
route('/merchant', merchantPage);
route('/merchant/offers/new', newOfferPage);
route('/merchant/offers/:id/edit', editOfferPage);
route('/jobs', jobsPage);
route('/jobs/:id', jobPage);
route('/me/jobs', myJobApplicationsPage);
route('/fairs', fairsPage);
route('/fairs/:id', fairPage);
route('/employer', employerPage);
route('/employer/postings/new', newPostingPage);
route('/employer/postings/:id/edit', editPostingPage);
route('/employer/postings/:id', employerPostingPage);
route('/grants', grantCallsPage);
route('/grants/:id', grantCallPage);
route('/me/grants', myGrantsPage);
route('/me/grants/reports/:id', grantReportPage);
route('/reviewer/grants', grantReviewsPage);
route('/staff/grants', staffGrantCallsPage);
route('/staff/grants/:id', staffGrantCallPage);
route('/staff/grants/applications/:id', staffGrantApplicationPage);
route('/staff/reviews', reviewsPage);
route('/hardship', hardshipPage);
route('/stations', stationsPage);
route('/stations/:id', stationPage);
route('/staff/stations', staffStationsPage);
route('/congress', myCongressPage);
route('/congress/:id', congressSessionPage);
route('/unions/:code/transparency', transparencyPage);
route('/staff/congress', staffCongressListPage);
route('/staff/congress/:id', staffCongressPage);
route('/staff/hardship', staffHardshipPage);
route('/staff/hardship/figures', hardshipFiguresPage);
route('/staff/figures', figuresPage);
route('/rights', rightsPage);
route('/staff/rights', staffRightsPage);
route('/staff/rights/:id', staffRightsCasePage);
route('/mutual-aid', mutualAidPage);
route('/classes', classesPage);
route('/classes/teach', teachingPage);
route('/staff/classes', staffClassesPage);
route('/staff/mutual-aid', staffMutualAidPage);
route('/staff/mutual-aid/figures', mutualAidFiguresPage);
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
// A button's request that fails at the top level (sign-in expired, not allowed, network) is shown
// in a live region instead of being lost in the console.
const toast = document.createElement('div');
toast.className = 'toast';
toast.setAttribute('role', 'alert');
document.body.append(toast);
window.addEventListener('unhandledrejection', (event) => {
  const reason: unknown = event.reason;
  if (!(reason instanceof Error)) return;
  event.preventDefault();
  toast.textContent = reason instanceof ApiError ? reason.message : `操作失败：${reason.message}`;
  toast.dataset.code = reason instanceof ApiError ? reason.code : 'CLIENT_ERROR';
  toast.hidden = false;
  setTimeout(() => (toast.hidden = true), 8000);
});
onNavigate(() => (toast.hidden = true));
toast.hidden = true;

viewer.onChange(renderShell);
// A newer user agreement or privacy policy than the one accepted: ask before anything else. The
// texts themselves, the prompt, signing out and 账号与隐私 (download, closure) stay reachable.
const CONSENT_FREE = /^\/(consent|legal\/|logout|me\/privacy)/;
viewer.onChange(() => {
  const pending = session.token ? (viewer.get()?.pendingConsents ?? []) : [];
  if (pending.length === 0 || CONSENT_FREE.test(location.pathname)) return;
  navigate(`/consent?next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
});
onNavigate(renderShell);
startRouter();
