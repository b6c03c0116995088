import { html, nothing } from 'lit-html';
import { AcceptConsentsDocument, ConsentPromptPageDocument, LegalDocumentPageDocument, type ConsentDocument } from '../gql/graphql';
import { asError, request } from '../api';
import type { Page } from '../router';
import { alertBox, busy, day, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';

/** URL slug of each document (the pages /legal/user-agreement and /legal/privacy-policy). */
export const LEGAL_SLUGS: Record<ConsentDocument, string> = {
  USER_AGREEMENT: 'user-agreement',
  PRIVACY_POLICY: 'privacy-policy',
};

export const legalHref = (document: ConsentDocument, version?: string) =>
  `/legal/${LEGAL_SLUGS[document]}${version ? `?version=${encodeURIComponent(version)}` : ''}`;

/** Only same-site paths are followed afterwards (no open redirect). */
function nextPath(query: URLSearchParams): string {
  const next = query.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/consent') ? next : '/me';
}

/** The text of the user agreement or the privacy policy, current version unless ?version= names another. */
export const legalPage: Page = async (ctx) => {
  const document = (Object.keys(LEGAL_SLUGS) as ConsentDocument[]).find((d) => LEGAL_SLUGS[d] === ctx.params.slug);
  if (!document) {
    ctx.title('页面不存在');
    ctx.render(html`<h1 tabindex="-1">页面不存在</h1><p><a href="/">返回首页</a></p>`);
    return;
  }
  const data = await request(LegalDocumentPageDocument, { document, version: ctx.query.get('version') });
  const doc = data.legalDocument;
  if (!doc) {
    ctx.title('版本不存在');
    ctx.render(html`${pageHeader('版本不存在')}<p><a href=${legalHref(document)}>查看当前版本</a></p>`);
    return;
  }
  ctx.title(doc.title);
  ctx.render(html`${pageHeader(doc.title, `版本 ${doc.version} · ${day(doc.effectiveFrom)} 起生效${doc.current ? '' : '（历史版本）'}`)}
    ${doc.current ? nothing : html`<div class="notice" role="status">这是历史版本。<a href=${legalHref(document)}>查看当前版本</a></div>`}
    ${doc.changes.length
      ? html`<section class="legal-changes" aria-labelledby="changes-h">
          <h2 id="changes-h">本版主要变化</h2>
          <ul>${doc.changes.map((c) => html`<li>${c}</li>`)}</ul>
        </section>`
      : nothing}
    <article class="legal">
      ${doc.sections.map(
        (s) => html`<section>
          <h2>${s.heading}</h2>
          ${s.paragraphs.map((p) => html`<p>${p}</p>`)}
        </section>`,
      )}
    </article>
    <nav aria-label="历史版本">
      <h2>全部版本</h2>
      <ul class="plain">
        ${doc.versions.map(
          (v) => html`<li>${v.version === doc.version
            ? html`<strong>${v.version}${v.current ? '（当前）' : ''}</strong>`
            : html`<a href=${legalHref(document, v.current ? undefined : v.version)}>${v.version}${v.current ? '（当前）' : ''}</a>`}</li>`,
        )}
      </ul>
    </nav>`);
};

/**
 * Asked before anything else when the agreement or the policy has a version newer than the one
 * this person accepted (me.pendingConsents): the storefront sends every page here until accepted.
 */
export const consentPage: Page = async (ctx) => {
  ctx.title('请确认新版协议');
  const data = await request(ConsentPromptPageDocument);
  viewer.set(data.me);
  const me = data.me;
  if (!me) {
    ctx.render(html`${pageHeader('请确认新版协议')}<p>请先 <a href="/login">登录</a>。</p>`);
    return;
  }
  const pending = me.pendingConsents;
  if (pending.length === 0) {
    ctx.navigate(nextPath(ctx.query), { replace: true });
    return;
  }
  let agreed = false;
  let problem: Problem = null;
  const accept = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!agreed) {
      problem = { __typename: 'Local', code: 'CONSENT_REQUIRED', message: '请先勾选同意' };
      return draw();
    }
    try {
      const input = { accepted: pending.map((d) => ({ document: d.document, version: d.version })) };
      const result = await busy(form, async () => (await request(AcceptConsentsDocument, { input })).acceptConsents);
      if (result.__typename === 'AcceptConsentsSuccess' && result.pending.length === 0) {
        viewer.set({ ...me, pendingConsents: [] });
        ctx.navigate(nextPath(ctx.query), { replace: true });
        return;
      }
      problem = asError(result) ?? '协议已更新，请刷新页面后重新确认';
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };
  const earlier = (document: ConsentDocument) => me.consents.find((c) => c.document === document);
  function draw() {
    ctx.render(html`${pageHeader('请确认新版协议', '我们更新了以下文件。请阅读并同意后继续使用惠工。')}
      <form class="stack" @submit=${accept} novalidate>
        ${alertBox(problem)}
        <ul class="plain consent-list">
          ${pending.map((d) => {
            const before = earlier(d.document);
            return html`<li>
              <a href=${legalHref(d.document)} target="_blank" rel="noopener">《${d.title}》</a>（${d.version} 版）
              <span class="hint">${before ? `您此前同意的是 ${before.version} 版` : '您尚未同意过此文件'}</span>
            </li>`;
          })}
        </ul>
        <label class="check"
          ><input type="checkbox" name="agree" .checked=${agreed} @change=${(e: Event) => ((agreed = (e.target as HTMLInputElement).checked), draw())} />
          我已阅读并同意${pending.map((d) => html`《${d.title}》`)}</label
        >
        <button type="submit">同意并继续</button>
      </form>
      <p class="hint">不同意可以 <a href="/logout">退出登录</a>，或在 <a href="/me/privacy">账号与隐私</a> 下载个人信息、申请注销账号。</p>`);
  }
  draw();
};
