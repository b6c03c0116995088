import { html, nothing } from 'lit-html';
import {
  ApplyForHardshipAidDocument,
  FileHardshipHouseholdDocument,
  HardshipPageDocument,
  type HardshipCause,
  type HardshipDocumentInput,
  type HardshipDocumentItemFragment,
  type HardshipDocumentKind,
  type HardshipFileCardFragment,
  type HardshipHousing,
} from '../gql/graphql';
import { ApiError, asError, openFile, request, uploadFile } from '../api';
import { selectField } from '../form-fields';
import type { Page } from '../router';
import { alertBox, day, field, fieldErrors, formValues, money, notice, pageHeader, yuanToFen, type Problem } from '../ui';
import { viewer } from '../viewer';

export const CAUSE_WORDS: Record<HardshipCause, string> = {
  ILLNESS: '因病',
  DISABILITY: '因残',
  UNEMPLOYMENT: '失业',
  SCHOOLING: '子女就学',
  DISASTER: '因灾',
  OTHER: '其他',
};

const HOUSING_WORDS: Record<HardshipHousing, string> = {
  OWNED: '自有住房',
  RENTED: '租房',
  PUBLIC_RENTAL: '公租房/廉租房',
  DORMITORY: '单位宿舍',
  NONE: '无固定住所',
};

const RELATIONS = ['本人', '配偶', '子女', '父母', '其他'];

/** The document that shows a cause of hardship. */
const CAUSE_DOCUMENT: Record<HardshipCause, HardshipDocumentKind> = {
  ILLNESS: 'ILLNESS_DIAGNOSIS',
  DISABILITY: 'DISABILITY_CERTIFICATE',
  UNEMPLOYMENT: 'UNEMPLOYMENT_PROOF',
  SCHOOLING: 'ADMISSION_LETTER',
  DISASTER: 'DISASTER_PROOF',
  OTHER: 'OTHER',
};

/** A file's documents, each downloaded with the session (members and staff alike). */
export function documentList(documents: readonly HardshipDocumentItemFragment[], onError: (error: Error) => void) {
  if (!documents.length) return html`<p class="hint">尚未提交证明材料。</p>`;
  return html`<ul class="documents" aria-label="证明材料">
    ${documents.map(
      (d) => html`<li>
        ${d.kindLabel}${d.reference ? `（${d.reference}）` : ''}
        ${d.file
          ? html`<button type="button" class="link" @click=${() => openFile(d.file!.downloadUrl, d.file!.fileName).catch(onError)}>${d.file.fileName}</button>`
          : html`<span class="hint">仅登记编号</span>`}
      </li>`,
    )}
  </ul>`;
}

/** Uploads the chosen files of a form's file inputs (name = document kind) for hardship_document. */
async function uploadDocuments(form: HTMLFormElement): Promise<HardshipDocumentInput[]> {
  const documents: HardshipDocumentInput[] = [];
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type="file"][data-kind]')) {
    for (const chosen of input.files ?? []) {
      try {
        documents.push({ kind: input.dataset.kind as HardshipDocumentKind, file: (await uploadFile(chosen, 'hardship_document')).id });
      } catch (error) {
        if (error instanceof ApiError) throw new ApiError(`「${chosen.name}」：${error.message}`, error.code);
        throw error;
      }
    }
  }
  return documents;
}

function fileCard(file: HardshipFileCardFragment, onError: (error: Error) => void) {
  return html`<section class="card" data-status=${file.status} aria-label="我的困难职工档案">
    <h2>困难职工档案</h2>
    <p><strong class="status">${file.statusLabel}</strong></p>
    ${file.returnReason && file.status === 'RETURNED' ? html`<p>退回理由：${file.returnReason}</p>` : nothing}
    ${file.refusalReason && file.status === 'REFUSED' ? html`<p>未予认定：${file.refusalReason}</p>` : nothing}
    ${file.confirmedOn ? html`<p>认定日期：${day(file.confirmedOn)}</p>` : nothing}
    ${file.recheckDueOn && file.status === 'CONFIRMED'
      ? html`<p>年度核查截止：${day(file.recheckDueOn)}${file.recheckOverdue ? html` <span class="badge">已逾期，帮扶暂停</span>` : nothing}</p>`
      : nothing}
    <p class="hint">
      致困原因：${CAUSE_WORDS[file.cause]}${file.causeNote ? `（${file.causeNote}）` : ''} · 人均月收入
      ${money(file.monthlyIncomePerHead)}，当地低保 ${money(file.localMinimum)}
    </p>
    <p class="hint">家庭成员：${file.householdMembers.map((m) => `${m.name}（${m.relation}，${m.age} 岁）`).join('、')}</p>
    <h3>证明材料</h3>
    ${documentList(file.documents, onError)}
  </section>`;
}

/** A member files their household and follows the file and their aid applications. */
export const hardshipPage: Page = async (ctx) => {
  ctx.title('困难帮扶');
  let data = await request(HardshipPageDocument);
  viewer.set(data.me);
  if (!data.me?.member) {
    ctx.render(html`${pageHeader('困难帮扶')}<p>困难职工建档须先 <a href="/login?next=/hardship">登录</a> 并绑定工会会员卡。</p>`);
    return;
  }
  let problem: Problem = null;
  let done: string | null = null;
  let rows = 2;

  const refresh = async () => {
    data = await request(HardshipPageDocument);
    viewer.set(data.me);
  };

  const file = async (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const v = formValues(form);
    const householdMembers = Array.from({ length: rows }, (_, i) => ({
      name: v[`name${i}`] ?? '',
      relation: v[`relation${i}`] ?? '本人',
      age: Number(v[`age${i}`] ?? 0),
    })).filter((m) => m.name);
    try {
      // The documents go up first (POST /files, checked by content); their ids go with the file.
      const causeInput = form.querySelector<HTMLInputElement>('input[name="causeDocument"]');
      if (causeInput) causeInput.dataset.kind = CAUSE_DOCUMENT[v.cause as HardshipCause] ?? 'OTHER';
      const documents = await uploadDocuments(form);
      const result = (
        await request(FileHardshipHouseholdDocument, {
          input: {
            documents,
            household: {
              cause: v.cause as HardshipCause,
              causeNote: v.causeNote || null,
              householdMembers,
              monthlyIncomePerHead: { amount: yuanToFen(v.income ?? '') ?? -1, currency: 'CNY' },
              localMinimum: { amount: yuanToFen(v.minimum ?? '') ?? 0, currency: 'CNY' },
              housing: v.housing as HardshipHousing,
              isMigrantWorker: v.migrant === 'on',
              labourContractMonths: v.contract ? Number(v.contract) : null,
            },
          },
        })
      ).fileHardshipHousehold;
      problem = asError(result);
      if (!problem) {
        done = '已提交，等待基层工会核实。';
        await refresh();
      }
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  const apply = async (event: Event) => {
    event.preventDefault();
    const v = formValues(event.target as HTMLFormElement);
    try {
      const result = (
        await request(ApplyForHardshipAidDocument, {
          input: {
            scheme: v.scheme ?? '',
            amount: { amount: yuanToFen(v.amount ?? '') ?? 0, currency: 'CNY' },
            note: v.note || null,
          },
        })
      ).applyForHardshipAid;
      problem = asError(result);
      if (!problem) {
        done = '帮扶申请已提交，等待基层工会核实。';
        await refresh();
      }
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  const draw = () => {
    const files = data.myHardshipFiles?.nodes ?? [];
    const open = files.find((f) => f.isOpen);
    const confirmed = open?.receivesAid ?? false;
    const schemes = (data.hardshipAidSchemes?.nodes ?? []).filter((s) => s.acceptingApplications);
    const applications = data.myHardshipAidApplications?.nodes ?? [];
    const errors = fieldErrors(problem);
    ctx.render(html`${pageHeader('困难帮扶', '建档立卡 · 生活救助 · 医疗救助 · 金秋助学')}
      ${alertBox(problem)} ${notice(done)}
      ${files.map((f) => fileCard(f, (error) => ((problem = error), draw())))}
      ${open
        ? nothing
        : html`<form class="card" @submit=${file} aria-label="申报困难职工档案">
            <h2>申报困难职工档案</h2>
            ${selectField({
              label: '致困原因',
              name: 'cause',
              required: true,
              options: Object.entries(CAUSE_WORDS),
            })}
            ${field({ label: '情况说明', name: 'causeNote', error: errors['household.causeNote'] })}
            <fieldset>
              <legend>家庭成员</legend>
              ${Array.from({ length: rows }, (_, i) => html`<div class="row">
                ${field({ label: `成员${i + 1}姓名`, name: `name${i}`, required: i === 0 })}
                ${selectField({ label: '关系', name: `relation${i}`, options: RELATIONS.map((r) => [r, r]) })}
                ${field({ label: '年龄', name: `age${i}`, type: 'number', inputmode: 'numeric', min: '0', max: '130' })}
              </div>`)}
              <button type="button" class="secondary" @click=${() => ((rows += 1), draw())}>添加成员</button>
            </fieldset>
            ${field({ label: '家庭人均月收入（元）', name: 'income', inputmode: 'decimal', required: true, error: errors['household.monthlyIncomePerHead'] })}
            ${field({ label: '当地最低生活保障标准（元/人·月）', name: 'minimum', inputmode: 'decimal', required: true, error: errors['household.localMinimum'] })}
            ${selectField({ label: '住房情况', name: 'housing', required: true, options: Object.entries(HOUSING_WORDS) })}
            <div class="field"><label><input type="checkbox" name="migrant" /> 农民工家庭（无本地城镇户口）</label></div>
            ${field({ label: '劳动合同期限（月）', name: 'contract', type: 'number', inputmode: 'numeric', hint: '农民工家庭须签订 1 年以上劳动合同' })}
            <fieldset>
              <legend>证明材料（PDF 或照片，每份不超过 10 MB）</legend>
              <div class="field"><label>收入证明 <input type="file" name="incomeProof" data-kind="INCOME_PROOF" accept="application/pdf,image/jpeg,image/png,image/webp" multiple /></label></div>
              <div class="field"><label>致困证明（诊断证明、残疾证、失业证明等） <input type="file" name="causeDocument" data-kind="OTHER" accept="application/pdf,image/jpeg,image/png,image/webp" multiple /></label></div>
            </fieldset>
            <button type="submit">提交申报</button>
          </form>`}
      ${confirmed && schemes.length
        ? html`<form class="card" @submit=${apply} aria-label="申请帮扶">
            <h2>申请帮扶</h2>
            ${selectField({
              label: '帮扶项目',
              name: 'scheme',
              required: true,
              options: schemes.map((s) => [s.id, `${s.name}（每人每年不超过 ${money(s.capPerPerson)}）`]),
            })}
            ${field({ label: '申请金额（元）', name: 'amount', inputmode: 'decimal', required: true, error: errors['amount'] })}
            ${field({ label: '申请事由', name: 'note' })}
            <button type="submit">提交申请</button>
          </form>`
        : nothing}
      <section aria-label="我的帮扶申请">
        <h2>我的帮扶申请</h2>
        ${applications.length === 0
          ? html`<p class="hint">还没有帮扶申请。</p>`
          : html`<ul class="plain">
              ${applications.map(
                (a) => html`<li class="aid" data-status=${a.status}>
                  <strong>${a.scheme.name}</strong> · ${money(a.approved ?? a.requested)} · <span class="status">${a.statusLabel}</span>
                  ${a.refusalReason ? html`<p class="hint">理由：${a.refusalReason}</p>` : nothing}
                </li>`,
              )}
            </ul>`}
      </section>`);
  };
  draw();
};
