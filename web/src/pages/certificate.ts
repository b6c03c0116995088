import { html, nothing } from 'lit-html';
import { request } from '../api';
import { CertificateCheckDocument, type CertificateCheckQuery } from '../gql/graphql';
import type { Page } from '../router';
import { alertBox, dateTime, day, field, formValues, pageHeader } from '../ui';

/** Anyone can check a certificate by its number: the one query runs only when a number is given. */
export const certificatePage: Page = async (ctx) => {
  ctx.title('证书查验');
  const number = ctx.query.get('number')?.trim() ?? '';
  let found: CertificateCheckQuery['competitionCertificate'] | undefined;
  if (number) found = (await request(CertificateCheckDocument, { number })).competitionCertificate;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const values = formValues(event.currentTarget as HTMLFormElement);
    ctx.navigate(`/certificates?number=${encodeURIComponent(values.number ?? '')}`);
  };
  ctx.render(html`${pageHeader('获奖证书查验', '输入证书编号，核对证书真伪。')}
    <form class="filters" role="search" @submit=${submit}>
      ${field({ label: '证书编号', name: 'number', value: number, required: true, autocomplete: 'off' })}
      <button type="submit">查验</button>
    </form>
    ${number && found === null ? alertBox({ __typename: 'Local', code: 'CERTIFICATE_NOT_FOUND', message: `未找到编号为 ${number} 的证书，请核对后重试` }) : nothing}
    ${found
      ? html`<section class="card certificate" aria-label="证书信息">
          <p class="badge ok">证书真实有效</p>
          <h2>${found.holderName} · ${found.prizeName}</h2>
          <dl class="facts">
            <dt>竞赛</dt><dd>${found.competitionTitle}（${day(found.competitionStartsOn)}）</dd>
            <dt>项目</dt><dd>${found.eventName}${found.teamName ? ` · ${found.teamName}` : ''}</dd>
            <dt>名次</dt><dd>第 ${found.rank} 名</dd>
            <dt>主办</dt><dd>${found.organizerName}</dd>
            <dt>编号</dt><dd>${found.number}</dd>
            <dt>颁发时间</dt><dd>${dateTime(found.issuedAt)}</dd>
          </dl>
        </section>`
      : nothing}`);
};
