import { html, render, type TemplateResult } from 'lit-html';
import { ApiError } from './api';
import { alertBox } from './ui';

export interface PageContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** Renders into <main> unless the user has already moved to another page. */
  render(view: TemplateResult): void;
  /** False once the user navigated away (late responses are dropped). */
  active(): boolean;
  title(text: string): void;
  navigate(path: string, options?: { replace?: boolean }): void;
  /** Runs the page again (after a mutation, to show fresh figures). */
  reload(): void;
}

export type Page = (ctx: PageContext) => Promise<void> | void;

interface Route {
  pattern: RegExp;
  keys: string[];
  page: Page;
}

const routes: Route[] = [];
let notFound: Page = (ctx) => ctx.render(html`<h1 tabindex="-1">页面不存在</h1>`);
let generation = 0;
let firstRender = true;
let placeholderCleared = false;
const afterNavigate = new Set<() => void>();

/** `/competitions/:id` style patterns. */
export function route(path: string, page: Page) {
  const keys: string[] = [];
  const source = path.replace(/:(\w+)/g, (_m, key: string) => {
    keys.push(key);
    return '([^/]+)';
  });
  routes.push({ pattern: new RegExp(`^${source}/?$`), keys, page });
}

export function fallback(page: Page) {
  notFound = page;
}

export function onNavigate(listener: () => void) {
  afterNavigate.add(listener);
}

export function navigate(path: string, options: { replace?: boolean } = {}) {
  if (options.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  void show();
}

export async function show() {
  const main = document.getElementById('main')!;
  const mine = ++generation;
  const { pathname, search } = location;
  let page = notFound;
  const params: Record<string, string> = {};
  for (const r of routes) {
    const match = r.pattern.exec(pathname);
    if (match) {
      page = r.page;
      r.keys.forEach((key, i) => (params[key] = decodeURIComponent(match[i + 1]!)));
      break;
    }
  }
  const focusFirst = !firstRender;
  firstRender = false;
  let focused = false;
  const ctx: PageContext = {
    params,
    query: new URLSearchParams(search),
    active: () => mine === generation,
    render(view) {
      if (mine !== generation) return;
      // index.html ships a static "loading" line so the page is never blank before the script runs
      if (!placeholderCleared) {
        main.textContent = '';
        placeholderCleared = true;
      }
      render(view, main);
      main.setAttribute('aria-busy', 'false');
      // Move focus to the new page's heading so keyboard and screen-reader users start there.
      if (focusFirst && !focused) {
        focused = true;
        (main.querySelector('h1') ?? main).focus({ preventScroll: true });
        window.scrollTo(0, 0);
      }
    },
    title(text) {
      if (mine === generation) document.title = `${text} · 惠工`;
    },
    navigate,
    reload: () => {
      if (mine === generation) void show();
    },
  };
  main.setAttribute('aria-busy', 'true');
  // structured data belongs to the page that added it
  for (const script of document.head.querySelectorAll('script[data-page-jsonld]')) script.remove();
  for (const listener of afterNavigate) listener();
  try {
    await page(ctx);
  } catch (error) {
    const problem = error instanceof ApiError || error instanceof Error ? error : String(error);
    const needsLogin = error instanceof ApiError && error.code === 'UNAUTHENTICATED';
    ctx.render(html`<h1 tabindex="-1">出错了</h1>
      ${alertBox(problem)}
      <p>
        ${needsLogin
          ? html`<a class="button" href=${`/login?next=${encodeURIComponent(pathname + search)}`}>去登录</a>`
          : html`<button type="button" @click=${() => ctx.reload()}>重试</button>`}
      </p>`);
  }
}

/** Same-origin links become client-side navigations; modified clicks keep the browser's behaviour. */
export function startRouter() {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href, location.href);
    if (url.origin !== location.origin || url.pathname.startsWith('/graphql')) return;
    if (url.hash && url.pathname === location.pathname) return;
    event.preventDefault();
    navigate(url.pathname + url.search);
  });
  window.addEventListener('popstate', () => void show());
  void show();
}
