import { html, nothing } from 'lit-html';
import { LoginDocument, LogoutDocument, RequestSmsCodeDocument, SignUpDocument, UnionChildrenDocument, UnionRootsDocument } from '../gql/graphql';
import { asError, request } from '../api';
import type { Page } from '../router';
import { session } from '../session';
import { alertBox, busy, field, fieldErrors, formValues, label, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';
import { legalHref } from './legal';

/** Only same-site paths are followed after signing in (no open redirect). */
function nextPath(query: URLSearchParams, fallback: string): string {
  const next = query.get('next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}

export const loginPage: Page = (ctx) => {
  ctx.title('登录');
  let problem: Problem = null;
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const { phone = '', password = '' } = formValues(form);
    try {
      const result = await busy(form, async () => (await request(LoginDocument, { input: { phone, password } })).login);
      if (result.__typename === 'LoginSuccess') {
        session.set(result.session.token);
        viewer.set(null);
        ctx.navigate(nextPath(ctx.query, '/me'), { replace: true });
        return;
      }
      problem = asError(result);
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };
  const draw = () => {
    const errors = fieldErrors(problem);
    ctx.render(html`${pageHeader('登录')}
      <form class="stack" @submit=${submit} novalidate>
        ${alertBox(problem)}
        ${field({ label: '手机号', name: 'phone', type: 'tel', inputmode: 'numeric', autocomplete: 'username', required: true, error: errors.phone })}
        ${field({ label: '密码', name: 'password', type: 'password', autocomplete: 'current-password', required: true, error: errors.password })}
        <button type="submit">登录</button>
      </form>
      <p><a href="/login/code">短信验证码登录</a> · <a href="/reset-password">忘记密码</a></p>
      <p>还没有账号？<a href="/signup">注册</a></p>`);
  };
  draw();
};

export const logoutPage: Page = async (ctx) => {
  ctx.title('退出登录');
  if (session.token) {
    try {
      await request(LogoutDocument);
    } catch {
      /* the session is forgotten locally either way */
    }
  }
  session.clear();
  viewer.set(null);
  ctx.render(html`${pageHeader('已退出登录')}
    <p><a href="/login">重新登录</a> · <a href="/">返回首页</a></p>`);
};

interface UnionOption {
  id: string;
  name: string;
  code: string;
  level: string;
}

/**
 * Sign-up with the member card. The grassroots union is chosen down the tree
 * (全国总工会 → 省 → 市 → 区/县 → 基层工会); the first two levels come with the page's one query.
 */
export const signUpPage: Page = async (ctx) => {
  ctx.title('注册');
  const roots = await request(UnionRootsDocument);
  const top = roots.unions.nodes;
  // Each step of the picker: the options at that level and the one chosen.
  const steps: { options: UnionOption[]; chosen: string | null }[] = [];
  if (top.length === 1) steps.push({ options: top[0]!.children.nodes, chosen: null });
  else steps.push({ options: top, chosen: null });
  let withCard = true;
  let agreed = false;
  let codeSent: string | null = null;
  let problem: Problem = null;
  let loadingLevel = false;
  let values: Record<string, string> = {};

  const chosenUnion = (): UnionOption | null => {
    const last = steps.at(-1);
    const option = last?.options.find((o) => o.id === last.chosen);
    return option && option.level === 'GRASSROOTS' ? option : null;
  };

  const choose = async (index: number, id: string) => {
    steps.length = index + 1;
    steps[index]!.chosen = id || null;
    const option = steps[index]!.options.find((o) => o.id === id);
    draw();
    if (!option || option.level === 'GRASSROOTS') return;
    loadingLevel = true;
    draw();
    try {
      const data = await request(UnionChildrenDocument, { parent: option.id });
      if (data.unions.nodes.length) steps.push({ options: data.unions.nodes, chosen: null });
    } catch (error) {
      problem = error as Error;
    } finally {
      loadingLevel = false;
    }
    draw();
  };

  const keep = (event: Event) => {
    const form = (event.currentTarget as HTMLElement).closest('form');
    if (form) values = formValues(form);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    values = formValues(form);
    const union = chosenUnion();
    if (withCard && !union) {
      problem = { __typename: 'Local', code: 'UNION_REQUIRED', message: '请选择所属基层工会（选到最后一级）' };
      draw();
      return;
    }
    const input = {
      phone: values.phone ?? '',
      code: values.code ?? '',
      accepted: agreed ? roots.legalDocuments.map((d) => ({ document: d.document, version: d.version })) : [],
      password: values.password ?? '',
      displayName: values.displayName ?? '',
      ...(withCard &&
        union && {
          memberCard: {
            realName: values.realName ?? '',
            cardNumber: (values.cardNumber ?? '').replace(/\s+/g, ''),
            union: union.id,
            ...(values.birthDate && { birthDate: values.birthDate }),
          },
        }),
    };
    try {
      const result = await busy(form, async () => (await request(SignUpDocument, { input })).signUpWithSmsCode);
      if (result.__typename === 'SignUpWithSmsCodeSuccess') {
        session.set(result.session.token);
        viewer.set(null);
        ctx.navigate(nextPath(ctx.query, '/me'), { replace: true });
        return;
      }
      problem = asError(result);
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  const sendCode = async (event: Event) => {
    const form = (event.currentTarget as HTMLElement).closest('form');
    if (form) values = formValues(form);
    try {
      const result = (await request(RequestSmsCodeDocument, { input: { phone: values.phone ?? '', purpose: 'SIGN_UP' } })).requestSmsCode;
      problem = result.__typename === 'RequestSmsCodeSuccess' ? null : asError(result);
      codeSent = result.__typename === 'RequestSmsCodeSuccess' ? '验证码已发送，5 分钟内有效' : null;
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  function draw() {
    const errors = fieldErrors(problem);
    ctx.render(html`${pageHeader('注册', '注册账号并绑定工会会员卡（一人一卡），即可报名竞赛、领取会员优惠。')}
      <form class="stack" @submit=${submit} @input=${keep} novalidate>
        ${alertBox(problem)} ${notice(codeSent)}
        ${field({ label: '手机号', name: 'phone', type: 'tel', inputmode: 'numeric', autocomplete: 'tel', required: true, value: values.phone, error: errors.phone, hint: '11 位中国大陆手机号，用于登录' })}
        <div class="code-row">
          ${field({ label: '验证码', name: 'code', inputmode: 'numeric', autocomplete: 'one-time-code', required: true, maxlength: 6, value: values.code, error: errors.code })}
          <button type="button" class="secondary" @click=${sendCode}>获取验证码</button>
        </div>
        ${field({ label: '密码', name: 'password', type: 'password', autocomplete: 'new-password', required: true, value: values.password, error: errors.password, hint: '至少 8 位' })}
        ${field({ label: '昵称', name: 'displayName', autocomplete: 'nickname', required: true, value: values.displayName, error: errors.displayName })}
        <label class="check"
          ><input type="checkbox" .checked=${withCard} @change=${(e: Event) => ((withCard = (e.target as HTMLInputElement).checked), draw())} />
          绑定工会会员卡</label
        >
        ${withCard
          ? html`<fieldset>
              <legend>工会会员卡</legend>
              ${field({ label: '真实姓名', name: 'realName', autocomplete: 'name', required: true, value: values.realName, error: errors['memberCard.realName'] })}
              ${field({ label: '会员卡号', name: 'cardNumber', inputmode: 'numeric', required: true, value: values.cardNumber, error: errors['memberCard.cardNumber'], hint: '16 到 19 位数字，见卡面' })}
              ${field({ label: '出生日期', name: 'birthDate', type: 'date', autocomplete: 'bday', value: values.birthDate, error: errors['memberCard.birthDate'], hint: '有年龄要求的竞赛需要' })}
              <div class="union-picker" role="group" aria-labelledby="union-picker-label">
                <p id="union-picker-label" class="label">所属基层工会<span class="req" aria-hidden="true">*</span></p>
                ${steps.map((step, index) => {
                  const level = step.options[0]?.level;
                  const id = `union-step-${index}`;
                  return html`<div class="field">
                    <label for=${id}>${label('unionLevel', level)}</label>
                    <select id=${id} name=${`union-${index}`} @change=${(e: Event) => choose(index, (e.target as HTMLSelectElement).value)}>
                      <option value="" ?selected=${!step.chosen}>请选择</option>
                      ${step.options.map((o) => html`<option value=${o.id} ?selected=${o.id === step.chosen}>${o.name}</option>`)}
                    </select>
                  </div>`;
                })}
                ${loadingLevel ? html`<p class="hint" role="status">正在加载下级工会…</p>` : nothing}
                ${chosenUnion() ? html`<p class="ok-text" role="status">已选择：${chosenUnion()!.name}</p>` : nothing}
                ${errors['memberCard.union'] ? html`<p class="field-error">${errors['memberCard.union']}</p>` : nothing}
              </div>
            </fieldset>`
          : nothing}
        <label class="check"
          ><input type="checkbox" name="agree" .checked=${agreed} @change=${(e: Event) => ((agreed = (e.target as HTMLInputElement).checked), draw())} />
          我已阅读并同意${roots.legalDocuments.map((d) => html`<a href=${legalHref(d.document)} target="_blank" rel="noopener">《${d.title}》</a>（${d.version} 版）`)}</label
        >
        <button type="submit">注册</button>
      </form>
      <p>已有账号？<a href="/login">登录</a></p>`);
  }
  draw();
};
