import { html, nothing } from 'lit-html';
import { CancelAccountClosureDocument, ExportMyDataDocument, PrivacyPageDocument, RequestAccountClosureDocument } from '../gql/graphql';
import { asError, request } from '../api';
import type { Page } from '../router';
import { alertBox, busy, dateTime, field, fieldErrors, formValues, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';
import { legalHref } from './legal';

const DOCUMENT_NAMES = { USER_AGREEMENT: '用户服务协议', PRIVACY_POLICY: '个人信息保护政策' } as const;

/** What closing keeps, and why: the same list as the privacy policy and docs/accounts-and-messages.md. */
const kept = html`<ul>
  <li><strong>代金券订单、支付与退款记录，资助申请、评审与拨付记录</strong>：属于交易与财务记录，依《会计法》《会计档案管理办法》和《电子商务法》须保存规定年限。</li>
  <li><strong>优惠领取与核销记录</strong>：合作商户与工会结算、核对优惠库存所需。</li>
  <li><strong>竞赛成绩与证书编号</strong>：证书可供他人查验真伪，成绩是竞赛的正式结果。</li>
  <li><strong>同意协议与政策的记录、操作审计记录</strong>：证明处理活动合法，并依《网络安全法》保存不少于六个月。</li>
</ul>
<p class="hint">这些记录此后只关联一个无法再识别您的内部编号，不再用于其他目的，保存期限届满后删除。</p>`;

/** 账号与隐私: download one's data, ask to close the account (15-day cooling-off), cancel it. */
export const privacyPage: Page = async (ctx) => {
  ctx.title('账号与隐私');
  let data = await request(PrivacyPageDocument);
  viewer.set(data.me);
  if (!data.me) {
    ctx.render(html`${pageHeader('账号与隐私')}<p>请先 <a href="/login?next=/me/privacy">登录</a>。</p>`);
    return;
  }
  let problem: Problem = null;
  let done: string | null = null;
  let download: { href: string; fileName: string } | null = null;
  let confirming = false;

  const refresh = async () => {
    data = await request(PrivacyPageDocument);
    viewer.set(data.me);
  };

  const exportData = async (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    try {
      const result = await busy(button, async () => (await request(ExportMyDataDocument)).exportMyData);
      if (result.__typename === 'ExportMyDataSuccess') {
        if (download) URL.revokeObjectURL(download.href);
        const blob = new Blob([result.export.json], { type: 'application/json' });
        download = { href: URL.createObjectURL(blob), fileName: result.export.fileName };
        problem = null;
        done = '已生成您的个人信息文件';
      } else problem = asError(result);
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  const requestClosure = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const { password = '' } = formValues(form);
    try {
      const result = await busy(form, async () => (await request(RequestAccountClosureDocument, { input: { password } })).requestAccountClosure);
      if (result.__typename === 'RequestAccountClosureSuccess') {
        problem = null;
        confirming = false;
        done = `已提交注销申请，将于 ${dateTime(result.closure.effectiveAt)} 生效；在此之前可随时撤销`;
        await refresh();
      } else problem = asError(result);
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  const cancelClosure = async (event: Event) => {
    const button = event.currentTarget as HTMLButtonElement;
    try {
      const result = await busy(button, async () => (await request(CancelAccountClosureDocument)).cancelAccountClosure);
      if (result.__typename === 'CancelAccountClosureSuccess') {
        problem = null;
        done = '已撤销注销申请，账号继续正常使用';
        await refresh();
      } else problem = asError(result);
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  function draw() {
    const me = data.me!;
    const closure = me.accountClosure;
    const errors = fieldErrors(problem);
    ctx.render(html`${pageHeader('账号与隐私', '依《个人信息保护法》，您可以查阅、复制您的个人信息，也可以注销账号。')}
      ${alertBox(problem)} ${notice(done)}
      <section aria-labelledby="export-h">
        <h2 id="export-h">下载我的个人信息</h2>
        <p>一个 JSON 文件，包含账号、会员卡、同意记录、优惠领取、代金券、求职申请、竞赛报名、资助申请、站内消息以及与您有关的审计记录。</p>
        <p><button type="button" @click=${exportData}>生成下载文件</button></p>
        ${download ? html`<p><a class="button" data-testid="export-link" href=${download.href} download=${download.fileName}>下载 ${download.fileName}</a></p>` : nothing}
      </section>
      <section aria-labelledby="consents-h">
        <h2 id="consents-h">我同意过的文件</h2>
        <ul class="plain">
          ${me.consents.map(
            (c) => html`<li><a href=${legalHref(c.document, c.version)}>《${DOCUMENT_NAMES[c.document]}》${c.version} 版</a>
              <span class="hint">· ${dateTime(c.acceptedAt)} 同意</span></li>`,
          )}
        </ul>
      </section>
      <section aria-labelledby="close-h">
        <h2 id="close-h">注销账号</h2>
        ${closure
          ? html`<div class="notice" role="status" data-testid="closure-pending">
                注销申请冷静期中：将于 <strong>${dateTime(closure.effectiveAt)}</strong> 生效（${dateTime(closure.requestedAt)} 提交）。
              </div>
              ${closure.viewerCan.cancel ? html`<p><button type="button" @click=${cancelClosure}>撤销注销申请</button></p>` : nothing}`
          : html`<p>提交后有 <strong>15 天冷静期</strong>，期间可随时撤销，账号照常使用。期满后：</p>
              <ul>
                <li>所有登录会话失效，账号不能再登录；原手机号可重新注册新账号；</li>
                <li>删除手机号、昵称、密码、站内消息与消息设置、求职档案，以及求职申请中填写的技能与经历；</li>
                <li>会员卡上的姓名、卡号、出生日期与困难职工、劳模、工匠身份标记被匿名化；</li>
                <li>已领取未使用的优惠和代金券不能再使用。</li>
              </ul>
              ${confirming
                ? html`<form class="stack" @submit=${requestClosure} novalidate>
                    ${field({ label: '登录密码', name: 'password', type: 'password', autocomplete: 'current-password', required: true, error: errors.password, hint: '再次输入密码，确认是本人操作' })}
                    <button type="submit">确认申请注销</button>
                  </form>`
                : html`<p><button type="button" class="secondary" @click=${() => ((confirming = true), draw())}>申请注销账号</button></p>`}`}
        <h3>依法保留的信息</h3>
        ${kept}
        <p class="hint">详见 <a href=${legalHref('PRIVACY_POLICY')}>《个人信息保护政策》</a> 第五、六条。</p>
      </section>`);
  }
  draw();
};
