import { html, nothing } from 'lit-html';
import {
  AcceptClassOfferDocument,
  CallClassRollDocument,
  CancelClassEnrolmentDocument,
  ClassesPageDocument,
  EnrolInClassDocument,
  MyClassEnrolmentsDocument,
  TeachingClassesDocument,
  type ClassCourseCardFragment,
  type ClassEnrolmentCardFragment,
} from '../gql/graphql';
import { asError, request } from '../api';
import { selectField } from '../form-fields';
import type { Page } from '../router';
import { alertBox, busy, dateTime, day, field, fieldErrors, formValues, money, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';

const AGREEMENT = '三方协议（家长、工会、托管班）：家长如实填写孩子信息并按时接送；工会为每名学生投保意外伤害保险；托管班每班至少配备辅导老师 1 名、志愿者 1–2 名，每天点名并登记接送人。';

function courseCard(c: ClassCourseCardFragment, enrol: (c: ClassCourseCardFragment, e: Event) => void, problem: Problem, open: string | null) {
  const errors = open === c.id ? fieldErrors(problem) : {};
  const summer = c.kind === 'SUMMER';
  return html`<li class="card" data-course=${c.id}>
    <h3>${c.title}</h3>
    <p class="hint">${c.union.name} · ${c.venue} · ${day(c.startsOn)}–${day(c.endsOn)}${summer && c.minAge != null ? html` · ${c.minAge}–${c.maxAge} 岁` : nothing}</p>
    <p><strong>已报 ${c.seatsTaken}/${c.capacity}</strong>${c.waitingCount ? html` · 候补 ${c.waitingCount} 人` : nothing} · 报名 ${dateTime(c.enrolmentOpensAt)} 起</p>
    <p class="hint">${summer ? html`费用 ${money(c.fee)}（困难职工家庭免费）${c.priorityUntil ? html` · ${dateTime(c.priorityUntil)} 前优先录取农民工子女、单亲家庭子女、留守儿童` : nothing}` : '会员免费'}</p>
    ${c.viewerCan.enrol
      ? html`<form @submit=${(e: Event) => enrol(c, e)} aria-label=${`报名 ${c.title}`}>
          ${summer
            ? html`${field({ label: '孩子姓名', name: 'childName', required: true, error: errors['name'] })}
                ${field({ label: '出生日期', name: 'birthDate', type: 'date', required: true })}
                ${field({ label: '就读小学', name: 'school', required: true })}
                ${field({ label: '接送监护人姓名', name: 'guardianName', required: true })}
                ${field({ label: '监护人手机号', name: 'guardianPhone', inputmode: 'tel', required: true, error: errors['phone'] })}
                ${selectField({ label: '优先群体', name: 'priorityGroup', options: [['', '不属于'], ['MIGRANT_WORKER', '农民工子女'], ['SINGLE_PARENT', '单亲家庭子女'], ['LEFT_BEHIND', '留守儿童']] })}
                <p class="hint">${AGREEMENT}</p>
                <div class="field"><label><input type="checkbox" name="acceptAgreement" value="yes" required /> 我已阅读并同意三方协议</label></div>`
            : nothing}
          <button type="submit">报名</button>
        </form>`
      : nothing}
  </li>`;
}

function enrolmentCard(e: ClassEnrolmentCardFragment, act: (kind: 'cancel' | 'accept', e: ClassEnrolmentCardFragment) => void) {
  return html`<li class="card" data-enrolment=${e.id} data-status=${e.status}>
    <h3>${e.course.title}</h3>
    <p><strong class="status">${e.statusLabel}</strong> · ${e.learnerName}${e.waitlistPosition ? html` · 候补第 <strong>${e.waitlistPosition}</strong> 位` : nothing}</p>
    ${e.offerExpiresAt ? html`<p class="hint">请在 ${dateTime(e.offerExpiresAt)} 前确认，逾期名额顺延给下一位。</p>` : nothing}
    <p class="hint">${e.course.venue} · ${day(e.course.startsOn)} 开班 · 费用 ${money(e.fee)}${e.hardshipWaiver ? '（困难职工家庭免费）' : ''}</p>
    ${e.viewerCan.acceptOffer ? html`<button type="button" @click=${() => act('accept', e)}>确认递补名额</button>` : nothing}
    ${e.viewerCan.cancel ? html`<button type="button" class="secondary" @click=${() => act('cancel', e)}>取消报名</button>` : nothing}
  </li>`;
}

/** Members find classes, enrol themselves or a child, and follow their seat or place in line. */
export const classesPage: Page = async (ctx) => {
  ctx.title('培训班与暑托班');
  let data = await request(ClassesPageDocument);
  viewer.set(data.me);
  let mine = data.me?.member ? (await request(MyClassEnrolmentsDocument)).myClassEnrolments?.nodes ?? [] : [];
  let problem: Problem = null;
  let done: string | null = null;
  let open: string | null = null;
  const refresh = async () => {
    data = await request(ClassesPageDocument);
    mine = data.me?.member ? (await request(MyClassEnrolmentsDocument)).myClassEnrolments?.nodes ?? [] : [];
  };
  const enrol = async (c: ClassCourseCardFragment, event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const v = formValues(form);
    open = c.id;
    await busy(form, async () => {
      try {
        const child =
          c.kind === 'SUMMER'
            ? {
                name: v.childName ?? '',
                birthDate: v.birthDate ?? '',
                school: v.school ?? '',
                guardians: [{ relation: '家长', name: v.guardianName ?? '', phone: v.guardianPhone ?? '' }],
                priorityGroup: (v.priorityGroup || null) as never,
              }
            : null;
        const result = (await request(EnrolInClassDocument, { input: { course: c.id, child, acceptAgreement: c.kind === 'SUMMER' ? v.acceptAgreement === 'yes' : null } })).enrolInClass;
        problem = asError(result);
        const e = result?.__typename === 'EnrolInClassSuccess' ? result.enrolment : null;
        done = e ? (e.status === 'CONFIRMED' ? `报名成功：${e.learnerName} 已录取。` : `已进入候补，第 ${e.waitlistPosition} 位。`) : null;
        if (!problem) await refresh();
      } catch (error) {
        problem = error as Error;
      }
    });
    draw();
  };
  const act = async (kind: 'cancel' | 'accept', e: ClassEnrolmentCardFragment) => {
    try {
      const result =
        kind === 'cancel'
          ? (await request(CancelClassEnrolmentDocument, { input: { enrolment: e.id } })).cancelClassEnrolment
          : (await request(AcceptClassOfferDocument, { input: { enrolment: e.id } })).acceptClassOffer;
      problem = asError(result);
      done = problem ? null : kind === 'cancel' ? '已取消报名。' : '已确认，名额是您的了。';
      await refresh();
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };
  const draw = () => {
    const courses = data.classCourses.nodes;
    ctx.render(html`${pageHeader('培训班与暑托班', '工人文化宫免费培训 · 职工子女暑托班')}
      ${alertBox(problem)} ${notice(done)}
      ${data.me?.member
        ? html`<section aria-label="我的报名">
            <h2>我的报名</h2>
            ${mine.length === 0 ? html`<p class="hint">还没有报名。</p>` : html`<ul class="plain">${mine.map((e) => enrolmentCard(e, act))}</ul>`}
          </section>`
        : html`<p>报名请先 <a href="/login?next=/classes">登录</a> 并绑定工会会员卡。</p>`}
      <section aria-label="可报名的班">
        <h2>开班信息</h2>
        <ul class="plain">${courses.map((c) => courseCard(c, enrol, problem, open))}</ul>
      </section>`);
  };
  draw();
};

/** The teacher's roll call on a phone: present or absent, and the guardian who picked the child up. */
export const teachingPage: Page = async (ctx) => {
  ctx.title('点名');
  let data = await request(TeachingClassesDocument);
  viewer.set(data.me);
  let problem: Problem = null;
  let done: string | null = null;
  const submit = async (sessionId: string, event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const session = data.myTeachingClasses.nodes.flatMap((c) => c.sessions).find((s) => s.id === sessionId);
    const marks = (session?.roll ?? []).map((line) => {
      const present = (form.querySelector<HTMLInputElement>(`input[name="present-${line.enrolmentId}"]`)?.checked ?? false);
      const picked = form.querySelector<HTMLSelectElement>(`select[name="pickup-${line.enrolmentId}"]`)?.value || null;
      return { enrolment: line.enrolmentId, present, pickedUpBy: present ? picked : null };
    });
    await busy(form, async () => {
      try {
        problem = asError((await request(CallClassRollDocument, { input: { session: sessionId, marks } })).callClassRoll);
        done = problem ? null : '点名已保存。';
        if (!problem) data = await request(TeachingClassesDocument);
      } catch (error) {
        problem = error as Error;
      }
    });
    draw();
  };
  const draw = () => {
    const classes = data.myTeachingClasses.nodes;
    ctx.render(html`${pageHeader('点名', '辅导老师')}
      ${alertBox(problem)} ${notice(done)}
      ${classes.length === 0 ? html`<p class="hint">您目前没有担任辅导老师的班。</p>` : nothing}
      ${classes.map(
        (c) => html`<section class="card" aria-label=${c.title}>
          <h2>${c.title}</h2>
          ${c.sessions
            .filter((s) => s.roll)
            .map(
              (s) => html`<details ?open=${!s.rollCalledAt}>
                <summary>${dateTime(s.startsAt)} ${s.topic}${s.rollCalledAt ? ' · 已点名' : ''}</summary>
                <form @submit=${(e: Event) => submit(s.id, e)} aria-label=${`点名 ${s.topic}`}>
                  <ul class="plain">
                    ${(s.roll ?? []).map(
                      (line) => html`<li class="roll-line">
                        <label><input type="checkbox" name=${`present-${line.enrolmentId}`} ?checked=${line.present !== false} /> ${line.learnerName}</label>
                        ${line.guardianNames.length
                          ? html`<select name=${`pickup-${line.enrolmentId}`} aria-label=${`${line.learnerName} 的接送人`}>
                              <option value="">接送人</option>
                              ${line.guardianNames.map((g) => html`<option ?selected=${line.pickedUpBy === g}>${g}</option>`)}
                            </select>`
                          : nothing}
                      </li>`,
                    )}
                  </ul>
                  <button type="submit">保存点名</button>
                </form>
              </details>`,
            )}
        </section>`,
      )}`);
  };
  draw();
};
