import { html } from 'lit-html';
import { LoginWithSmsCodeDocument, RequestSmsCodeDocument, ResetPasswordDocument, type SmsCodePurpose } from '../gql/graphql';
import { asError, request } from '../api';
import type { Page, PageContext } from '../router';
import { session } from '../session';
import { alertBox, busy, field, fieldErrors, formValues, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';

/** Phone, a "send code" button with its cool-down, and the code: shared by code login and reset. */
function codeForm(ctx: PageContext, options: {
  title: string;
  purpose: SmsCodePurpose;
  extra?: (errors: Record<string, string>) => unknown;
  submitText: string;
  submit: (values: Record<string, string>) => Promise<Problem | 'done'>;
}) {
  let problem: Problem = null;
  let sentText: string | null = null;
  let waitUntil = 0;
  let values: Record<string, string> = {};
  let timer: ReturnType<typeof setInterval> | undefined;

  const send = async (event: Event) => {
    const form = (event.currentTarget as HTMLElement).closest('form')!;
    values = formValues(form);
    try {
      const result = (await request(RequestSmsCodeDocument, { input: { phone: values.phone ?? '', purpose: options.purpose } })).requestSmsCode;
      if (result.__typename === 'RequestSmsCodeSuccess') {
        problem = null;
        sentText = '验证码已发送，5 分钟内有效';
        waitUntil = Date.now() + result.sent.resendAfterSeconds * 1000;
      } else {
        problem = asError(result);
        if (result.__typename === 'SmsCooldown') waitUntil = Date.now() + result.retryAfterSeconds * 1000;
      }
    } catch (error) {
      problem = error as Error;
    }
    clearInterval(timer);
    timer = setInterval(() => (Date.now() > waitUntil ? (clearInterval(timer), draw()) : draw()), 1000);
    draw();
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    values = formValues(form);
    try {
      const outcome = await busy(form, () => options.submit(values));
      if (outcome === 'done') return clearInterval(timer);
      problem = outcome;
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  function draw() {
    const errors = fieldErrors(problem);
    const wait = Math.max(0, Math.ceil((waitUntil - Date.now()) / 1000));
    ctx.render(html`${pageHeader(options.title)}
      <form class="stack" @submit=${submit} novalidate>
        ${alertBox(problem)} ${notice(sentText)}
        ${field({ label: '手机号', name: 'phone', type: 'tel', inputmode: 'numeric', autocomplete: 'tel', required: true, value: values.phone, error: errors.phone })}
        <div class="code-row">
          ${field({ label: '验证码', name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', required: true, maxlength: 6, value: values.code, error: errors.code })}
          <button type="button" class="secondary" ?disabled=${wait > 0} @click=${send}>${wait > 0 ? `${wait} 秒后重发` : '获取验证码'}</button>
        </div>
        ${options.extra?.(errors) ?? ''}
        <button type="submit">${options.submitText}</button>
      </form>
      <p><a href="/login">密码登录</a> · <a href="/signup">注册</a></p>`);
  }
  draw();
}

const signedIn = (ctx: PageContext, token: string) => {
  session.set(token);
  viewer.set(null);
  const next = ctx.query.get('next');
  ctx.navigate(next && next.startsWith('/') && !next.startsWith('//') ? next : '/me', { replace: true });
};

export const codeLoginPage: Page = (ctx) => {
  ctx.title('验证码登录');
  codeForm(ctx, {
    title: '验证码登录',
    purpose: 'SIGN_IN',
    submitText: '登录',
    submit: async (v) => {
      const result = (await request(LoginWithSmsCodeDocument, { input: { phone: v.phone ?? '', code: v.code ?? '' } })).loginWithSmsCode;
      if (result.__typename === 'LoginWithSmsCodeSuccess') {
        signedIn(ctx, result.session.token);
        return 'done';
      }
      return asError(result);
    },
  });
};

export const resetPasswordPage: Page = (ctx) => {
  ctx.title('重置密码');
  codeForm(ctx, {
    title: '重置密码',
    purpose: 'RESET_PASSWORD',
    submitText: '设置新密码并登录',
    extra: (errors) =>
      field({ label: '新密码', name: 'newPassword', type: 'password', autocomplete: 'new-password', required: true, error: errors.newPassword, hint: '至少 8 位；重置后其他设备上的登录会失效' }),
    submit: async (v) => {
      const input = { phone: v.phone ?? '', code: v.code ?? '', newPassword: v.newPassword ?? '' };
      const result = (await request(ResetPasswordDocument, { input })).resetPassword;
      if (result.__typename === 'ResetPasswordSuccess') {
        signedIn(ctx, result.reset.session.token);
        return 'done';
      }
      return asError(result);
    },
  });
};
