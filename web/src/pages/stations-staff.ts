import { html, nothing, type TemplateResult } from 'lit-html';
import {
  StaffInspectStationDocument,
  StaffResolveStationReportDocument,
  StaffStationsDocument,
  StaffStationsViewerDocument,
  StaffTakeStationReportDocument,
  type StaffStationReportFragment,
  type StationAmenity,
} from '../gql/graphql';
import { asError, request, uploadFile } from '../api';
import type { Page } from '../router';
import { alertBox, dateTime, day, formValues, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';
import { AMENITY_WORDS, KIND_WORDS } from './stations';

/** The "八有" checklist an inspection goes through (the server decides pass or fail from it). */
const CHECKLIST: StationAmenity[] = ['REST', 'WATER', 'HEATING', 'COOLING', 'MICROWAVE', 'MEDICINE', 'TOILET', 'CHARGING'];

const REPORT_WORDS: Record<string, string> = {
  CLOSED_WHEN_OPEN: '开放时间内没开门',
  AMENITY_MISSING: '设施缺失或损坏',
  OTHER: '其他问题',
};

/** Union staff: the stations of their union with the 八有 inspection, and the members' reports to handle. */
export const staffStationsPage: Page = async (ctx) => {
  ctx.title('站点管理');
  viewer.set((await request(StaffStationsViewerDocument)).me);
  const unions = (viewer.get()?.roles ?? []).filter((r) => r.role === 'UNION_STAFF' && r.union).map((r) => r.union!);
  const union = unions.find((u) => u.id === ctx.query.get('union')) ?? unions[0];
  if (!union) {
    ctx.render(html`${pageHeader('站点管理')}<p>此页面供工会工作人员使用。</p>`);
    return;
  }
  let data = await request(StaffStationsDocument, { union: union.id });
  let problem: Problem = null;
  let done: string | null = null;
  let inspecting: string | null = ctx.query.get('inspect');

  const refresh = async () => {
    data = await request(StaffStationsDocument, { union: union.id });
  };

  const inspect = async (event: SubmitEvent, stationId: string) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = new FormData(form);
    const photos = values.getAll('photos').filter((f): f is File => f instanceof File && f.size > 0);
    problem = null;
    done = null;
    try {
      const ids = [];
      for (const photo of photos) ids.push((await uploadFile(photo, 'station_inspection_photo')).id);
      const result = (
        await request(StaffInspectStationDocument, {
          input: {
            station: stationId,
            present: values.getAll('present').map(String) as StationAmenity[],
            photos: ids,
            note: String(values.get('note') ?? '') || null,
          },
        })
      ).inspectStation;
      problem = asError(result);
      if (result?.__typename === 'InspectStationSuccess' && result.inspection) {
        const { inspection } = result;
        done = inspection.result === 'PASS' ? '检查合格，已记录。' : `检查不合格（缺：${inspection.missing.map((a) => AMENITY_WORDS[a]).join('、')}），站点已标出。`;
        inspecting = null;
        await refresh();
      }
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  const act = async (report: StaffStationReportFragment, action: 'take' | 'resolve', event?: SubmitEvent) => {
    event?.preventDefault();
    problem = null;
    done = null;
    try {
      if (action === 'take') {
        problem = asError((await request(StaffTakeStationReportDocument, { input: { report: report.id } })).takeStationReport);
        if (!problem) done = '已受理。';
      } else {
        const v = formValues(event!.currentTarget as HTMLFormElement);
        problem = asError(
          (await request(StaffResolveStationReportDocument, { input: { report: report.id, resolution: v.resolution ?? '' } })).resolveStationReport,
        );
        if (!problem) done = '已办结，反馈人可在“我的”中看到处理结果。';
      }
      await refresh();
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  const inspectionForm = (stationId: string): TemplateResult => html`<form class="register" aria-label="八有检查" @submit=${(e: SubmitEvent) => inspect(e, stationId)}>
    <fieldset>
      <legend>“八有”检查表（勾选现场具备的）</legend>
      ${CHECKLIST.map((a) => html`<label class="check"><input type="checkbox" name="present" value=${a} checked />${AMENITY_WORDS[a]}</label>`)}
    </fieldset>
    <div class="field">
      <label for=${`photos-${stationId}`}>现场照片</label>
      <input id=${`photos-${stationId}`} type="file" name="photos" accept="image/jpeg,image/png,image/webp" multiple />
    </div>
    <div class="field">
      <label for=${`note-${stationId}`}>检查说明</label>
      <textarea id=${`note-${stationId}`} name="note" rows="2" maxlength="500"></textarea>
    </div>
    <button type="submit">提交检查</button>
  </form>`;

  const reportItem = (r: StaffStationReportFragment) => html`<li class="card" data-report=${r.id}>
    <p><strong>${r.station.name}</strong> <span class="badge">${r.statusLabel}</span></p>
    <p>${REPORT_WORDS[r.kind] ?? r.kind}${r.amenity ? `：${AMENITY_WORDS[r.amenity]}` : ''}${r.note ? ` —— ${r.note}` : ''}</p>
    <p class="hint">${r.reporterName} · ${dateTime(r.createdAt)}</p>
    ${r.resolution ? html`<p>处理结果：${r.resolution}</p>` : nothing}
    ${r.viewerCan.take ? html`<button type="button" @click=${() => act(r, 'take')}>受理</button>` : nothing}
    ${r.viewerCan.resolve
      ? html`<form class="inline" @submit=${(e: SubmitEvent) => act(r, 'resolve', e)}>
          <div class="field"><label for=${`res-${r.id}`}>处理结果</label><input id=${`res-${r.id}`} name="resolution" maxlength="500" required /></div>
          <button type="submit">办结</button>
        </form>`
      : nothing}
  </li>`;

  function draw() {
    ctx.render(html`${pageHeader(`站点管理 · ${union!.name}`, '按“八有”标准检查站点，处理会员反馈的问题。')}
      ${notice(done)} ${alertBox(problem)}
      <h2>会员反馈（${data.stationReports.totalCount}）</h2>
      <ul class="cards">${data.stationReports.nodes.map(reportItem)}</ul>
      <h2>站点（${data.unionStations.totalCount}）</h2>
      <ul class="cards">
        ${data.unionStations.nodes.map(
          (s) => html`<li class="card" data-station=${s.id}>
            <h3><a href=${`/stations/${encodeURIComponent(s.id)}`}>${s.name}</a></h3>
            <p class="meta">${KIND_WORDS[s.kind]} · ${s.statusLabel}${s.lastInspectedOn ? ` · 最近检查 ${day(s.lastInspectedOn)}` : ' · 尚未检查'}
              ${s.inspectionFailed ? html`<span class="badge warn">检查未通过</span>` : nothing}</p>
            <p class="hint">${s.address}</p>
            ${s.viewerCan.inspect
              ? inspecting === s.id
                ? inspectionForm(s.id)
                : html`<button type="button" class="secondary" @click=${() => ((inspecting = s.id), draw())}>检查</button>`
              : nothing}
          </li>`,
        )}
      </ul>`);
  }
  draw();
};
