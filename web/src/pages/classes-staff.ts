import { html, nothing } from 'lit-html';
import {
  StaffAssignClassStaffDocument,
  StaffClaimClassSubsidyDocument,
  StaffClassesPageDocument,
  StaffClassesViewerDocument,
  StaffCloseClassIncidentDocument,
  StaffCreateClassCourseDocument,
  StaffRecordClassIncidentDocument,
  StaffStartClassDocument,
} from '../gql/graphql';
import { asError, request } from '../api';
import { selectField } from '../form-fields';
import type { Page } from '../router';
import { alertBox, busy, dateTime, day, field, fieldErrors, formValues, money, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';

const percent = (bp: number | null | undefined) => (bp == null ? '—' : `${(bp / 100).toFixed(1)}%`);
const instant = (local: string | undefined) => (local ? new Date(`${local}:00+08:00`).toISOString() : '');

/** Union staff: their courses with seats, staffing, the start, incidents and the subsidy claim, and the figures. */
export const staffClassesPage: Page = async (ctx) => {
  ctx.title('培训班与暑托班管理');
  const staffUnions = () => (viewer.get()?.roles ?? []).filter((r) => r.role === 'UNION_STAFF' && r.union).map((r) => r.union!);
  if (staffUnions().length === 0) viewer.set((await request(StaffClassesViewerDocument)).me);
  const union = ctx.query.get('union') ?? staffUnions()[0]?.id;
  if (!union) {
    ctx.render(html`${pageHeader('培训班与暑托班管理')}<p>仅工会工作人员可用。请先 <a href="/login?next=/staff/classes">登录</a>。</p>`);
    return;
  }
  let data = await request(StaffClassesPageDocument, { union });
  let problem: Problem = null;
  let done: string | null = null;
  const act = async (form: HTMLFormElement | null, run: () => Promise<{ __typename?: string } | null | undefined>, ok: string) => {
    const work = async () => {
      try {
        problem = asError(await run());
        done = problem ? null : ok;
        if (!problem) data = await request(StaffClassesPageDocument, { union });
      } catch (error) {
        problem = error as Error;
      }
    };
    if (form) await busy(form, work);
    else await work();
    draw();
  };
  const submit = (handler: (v: Record<string, string>, form: HTMLFormElement) => void) => (event: Event) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    handler(formValues(form), form);
  };
  const create = submit((v, form) =>
    act(
      form,
      async () =>
        (
          await request(StaffCreateClassCourseDocument, {
            input: {
              union,
              kind: (v.kind ?? 'TRAINING') as never,
              title: v.title ?? '',
              venue: v.venue ?? '',
              startsOn: v.startsOn ?? '',
              endsOn: v.endsOn ?? '',
              capacity: Number(v.capacity ?? 0),
              enrolmentOpensAt: instant(v.opensAt),
              enrolmentClosesAt: instant(v.closesAt),
              sessions: [],
            },
          })
        ).createClassCourse,
      '已开设。',
    ),
  );
  const draw = () => {
    const f = data.classFigures;
    const errors = fieldErrors(problem);
    ctx.render(html`${pageHeader('培训班与暑托班管理', '名额、师资、安全事件与补助')}
      ${alertBox(problem)} ${notice(done)}
      ${f
        ? html`<section class="card" aria-label="统计">
            <h2>统计</h2>
            <p>开班 ${f.courses}（暑托班 ${f.summerClasses}） · 名额 ${f.seated}/${f.seats} · 候补 ${f.waiting} · 报满 ${f.coursesFilled} 班${f.medianFillMinutes != null ? `（中位用时 ${f.medianFillMinutes} 分钟）` : ''}</p>
            <p>出勤率 ${percent(f.attendanceBasisPoints)} · 未处理事件 ${f.openIncidents} · 已申请补助 ${f.subsidyClaims} 班，${money(f.subsidyTotal)}</p>
          </section>`
        : nothing}
      ${data.classCourses.nodes.map(
        (c) => html`<section class="card" data-course=${c.id} aria-label=${c.title}>
          <h2>${c.title}</h2>
          <p><strong class="status">${c.statusLabel}</strong> · ${c.venue} · ${day(c.startsOn)} · 已报 ${c.seatsTaken}/${c.capacity} · 候补 ${c.waitingCount} · 出勤率 ${percent(c.attendanceBasisPoints)}</p>
          <p class="hint">师资（至少老师 ${c.minTeachers}、志愿者 ${c.minVolunteers}）：${(c.staff ?? []).map((s) => `${s.role === 'TEACHER' ? '老师' : '志愿者'} ${s.name}`).join('、') || '未登记'}</p>
          <form @submit=${submit((v, form) => act(form, async () => (await request(StaffAssignClassStaffDocument, { input: { course: c.id, role: (v.role ?? 'TEACHER') as never, name: v.name ?? '', phone: v.phone ?? '' } })).assignClassStaff, '已登记。'))} aria-label="登记师资">
            ${selectField({ label: '角色', name: 'role', options: [['TEACHER', '辅导老师'], ['VOLUNTEER', '志愿者']] })}
            ${field({ label: '姓名', name: 'name', required: true })}
            ${field({ label: '手机号', name: 'phone', inputmode: 'tel', required: true, error: errors['phone'] })}
            <button type="submit">登记</button>
          </form>
          ${c.viewerCan.start
            ? html`<form @submit=${submit((v, form) => act(form, async () => (await request(StaffStartClassDocument, { input: { course: c.id, insurancePolicy: v.policy || null } })).startClass, '已开班。'))} aria-label="开班">
                ${c.kind === 'SUMMER' ? field({ label: '意外伤害保险保单号', name: 'policy' }) : nothing}
                <button type="submit">开班</button>
              </form>`
            : nothing}
          <h3>安全事件</h3>
          <ul class="plain">
            ${(c.incidents ?? []).map(
              (i) => html`<li>${dateTime(i.occurredAt)} ${i.description} · ${i.open ? html`<strong>未处理完毕</strong>
                    <form @submit=${submit((v, form) => act(form, async () => (await request(StaffCloseClassIncidentDocument, { input: { incident: i.id, resolution: v.resolution ?? '' } })).closeClassIncident, '已处理完毕。'))}>
                      ${field({ label: '处理结果', name: 'resolution', required: true })}<button type="submit">处理完毕</button>
                    </form>` : `已处理：${i.resolution}`}</li>`,
            )}
          </ul>
          <form @submit=${submit((v, form) => act(form, async () => (await request(StaffRecordClassIncidentDocument, { input: { course: c.id, description: v.description ?? '', occurredAt: new Date().toISOString() } })).recordClassIncident, '事件已登记。'))} aria-label="登记安全事件">
            ${field({ label: '事件经过', name: 'description', required: true })}
            <button type="submit" class="secondary">登记事件</button>
          </form>
          ${c.subsidyClaim
            ? html`<p>已申请补助 ${money(c.subsidyClaim.amount)}（出勤率 ${percent(c.subsidyClaim.attendanceBasisPoints)}）</p>`
            : c.viewerCan.claimSubsidy
              ? html`<button type="button" @click=${() => act(null, async () => (await request(StaffClaimClassSubsidyDocument, { input: { course: c.id } })).claimClassSubsidy, '补助已申请。')}>申请补助 ${money(c.subsidy)}</button>`
              : nothing}
        </section>`,
      )}
      <form class="card" @submit=${create} aria-label="开设新班">
        <h2>开设新班</h2>
        ${selectField({ label: '类别', name: 'kind', options: [['TRAINING', '培训班（会员本人）'], ['SUMMER', '暑托班（会员子女）']] })}
        ${field({ label: '班名', name: 'title', required: true, error: errors['title'] })}
        ${field({ label: '上课地点', name: 'venue', required: true })}
        ${field({ label: '开班日期', name: 'startsOn', type: 'date', required: true })}
        ${field({ label: '结业日期', name: 'endsOn', type: 'date', required: true, error: errors['endsOn'] })}
        ${field({ label: '招生名额', name: 'capacity', inputmode: 'numeric', required: true, error: errors['capacity'] })}
        ${field({ label: '报名开始（北京时间）', name: 'opensAt', type: 'datetime-local', required: true })}
        ${field({ label: '报名截止（北京时间）', name: 'closesAt', type: 'datetime-local', required: true, error: errors['enrolmentClosesAt'] })}
        <button type="submit">开设</button>
      </form>`);
  };
  draw();
};
