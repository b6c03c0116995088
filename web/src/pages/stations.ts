import { html, nothing, type TemplateResult } from 'lit-html';
import {
  ReportStationProblemDocument,
  StationDetailDocument,
  StationsNearDocument,
  type StationAmenity,
  type StationCardFragment,
  type StationKind,
  type StationReportKind,
} from '../gql/graphql';
import { asError, request } from '../api';
import type { Page } from '../router';
import { alertBox, day, distance, formValues, notice, pageHeader, type Problem } from '../ui';
import { viewer } from '../viewer';

export const KIND_WORDS: Record<StationKind, string> = {
  OUTDOOR_REST: '户外劳动者服务站',
  WARM_HEART: '暖心驿站',
  NURSING_ROOM: '妈咪小屋',
  LEGAL_AID: '法律援助工作站',
  SERVICE_CENTRE: '职工服务中心',
};

export const AMENITY_WORDS: Record<StationAmenity, string> = {
  REST: '休息',
  WATER: '饮水',
  HEATING: '取暖',
  COOLING: '纳凉',
  MICROWAVE: '微波炉',
  FRIDGE: '冰箱',
  MEDICINE: '药箱',
  TOILET: '卫生间',
  CHARGING: '充电',
  READING: '书报',
};

const REPORT_WORDS: Record<StationReportKind, string> = {
  CLOSED_WHEN_OPEN: '开放时间内没开门',
  AMENITY_MISSING: '设施缺失或损坏',
  OTHER: '其他问题',
};

const CITIES: Record<string, { latitude: number; longitude: number }> = {
  洛阳: { latitude: 34.6197, longitude: 112.454 },
  郑州: { latitude: 34.7466, longitude: 113.6254 },
};

/** Links that open navigation in the map apps people in China use (and Apple / Google maps). */
export function navigationLinks(s: StationCardFragment): TemplateResult {
  const n = s.navigation;
  return html`<p class="nav-links" aria-label=${`导航到${s.name}`}>
    导航：<a href=${n.amap} rel="noopener" target="_blank">高德</a>
    <a href=${n.baidu} rel="noopener" target="_blank">百度</a>
    <a href=${n.tencent} rel="noopener" target="_blank">腾讯</a>
    <a href=${n.apple} rel="noopener" target="_blank">Apple 地图</a>
    <a href=${n.google} rel="noopener" target="_blank">Google 地图</a>
  </p>`;
}

const badges = (s: StationCardFragment) => html`${s.openNow ? html`<span class="badge ok">开放中</span>` : html`<span class="badge muted">未开放</span>`}
  ${s.inspectionFailed ? html`<span class="badge warn">检查未通过</span>` : nothing}`;

function stationCard(edge: { distanceMetres: number; walkMinutes: number; node: StationCardFragment }): TemplateResult {
  const s = edge.node;
  return html`<li class="card" data-station=${s.id}>
    <h3><a href=${`/stations/${encodeURIComponent(s.id)}`}>${s.name}</a></h3>
    <p>${badges(s)} <span class="meta">${KIND_WORDS[s.kind]} · ${distance(edge.distanceMetres)}${edge.walkMinutes <= 60 ? ` · 步行约 ${edge.walkMinutes} 分钟` : ''}</span></p>
    <p class="hint">${s.address}</p>
    <p class="hint">${s.amenities.map((a) => AMENITY_WORDS[a]).join(' · ')}</p>
    ${navigationLinks(s)}
  </li>`;
}

/** Draws the stations on a MapLibre map, only when a tile server is configured (loaded on demand). */
async function drawMap(container: HTMLElement, tiles: string, centre: { latitude: number; longitude: number }, stations: StationCardFragment[]) {
  const maplibre = await import('maplibre-gl');
  await import('maplibre-gl/dist/maplibre-gl.css');
  const map = new maplibre.Map({
    container,
    style: { version: 8, sources: { tiles: { type: 'raster', tiles: [tiles], tileSize: 256 } }, layers: [{ id: 'tiles', type: 'raster', source: 'tiles' }] },
    center: [centre.longitude, centre.latitude],
    zoom: 13,
  });
  new maplibre.Marker({ color: '#c0392b' }).setLngLat([centre.longitude, centre.latitude]).addTo(map);
  for (const s of stations) {
    new maplibre.Marker().setLngLat([s.longitude, s.latitude]).setPopup(new maplibre.Popup().setText(s.name)).addTo(map);
  }
}

/** The public list: nearest first from the browser's location or a chosen city, with filters. */
export const stationsPage: Page = async (ctx) => {
  ctx.title('服务站点');
  const q = ctx.query;
  const lat = Number(q.get('lat'));
  const lng = Number(q.get('lng'));
  const hasPoint = q.has('lat') && q.has('lng') && Number.isFinite(lat) && Number.isFinite(lng);
  const city = q.get('city') && CITIES[q.get('city')!] ? q.get('city')! : '洛阳';
  const near = hasPoint ? { latitude: lat, longitude: lng } : CITIES[city]!;
  const place = hasPoint ? (q.get('place') ?? '我的位置') : `${city}市中心`;
  const kind = (q.get('kind') ?? '') as StationKind | '';
  const amenities = q.getAll('a').filter((a): a is StationAmenity => a in AMENITY_WORDS);
  const openNow = q.get('open') === '1';
  const walk = q.get('walk') === '15';
  let locating: string | null = null;
  let problem: Problem = null;
  let data: Awaited<ReturnType<typeof load>> | null = null;

  const load = () =>
    request(StationsNearDocument, {
      near,
      filter: { kinds: kind ? [kind] : null, amenities, openNow, withinWalkMinutes: walk ? 15 : null },
      after: q.get('after'),
    });
  try {
    data = await load();
  } catch (error) {
    problem = error as Error;
  }

  const go = (values: FormData, point: { latitude: number; longitude: number; place: string } | null) => {
    const params = new URLSearchParams();
    if (point) {
      params.set('lat', point.latitude.toFixed(6));
      params.set('lng', point.longitude.toFixed(6));
      params.set('place', point.place);
    } else params.set('city', String(values.get('city') || '洛阳'));
    if (values.get('kind')) params.set('kind', String(values.get('kind')));
    for (const a of values.getAll('a')) params.append('a', String(a));
    if (values.get('open')) params.set('open', '1');
    if (values.get('walk')) params.set('walk', '15');
    ctx.navigate(`/stations?${params}`);
  };
  const search = (event: SubmitEvent) => {
    event.preventDefault();
    const values = new FormData(event.currentTarget as HTMLFormElement);
    go(values, hasPoint && !values.get('city') ? { ...near, place } : null);
  };
  const useMyLocation = (event: Event) => {
    const form = (event.currentTarget as HTMLElement).closest('form')!;
    if (!('geolocation' in navigator)) {
      locating = '此浏览器不能定位，请选择城市';
      draw();
      return;
    }
    locating = '正在定位…';
    draw();
    navigator.geolocation.getCurrentPosition(
      (position) => go(new FormData(form), { latitude: position.coords.latitude, longitude: position.coords.longitude, place: '我的位置' }),
      () => {
        locating = '未能取得位置（可能未授权），请选择城市';
        draw();
      },
      { timeout: 10_000, maximumAge: 300_000 },
    );
  };

  function draw() {
    const edges = data?.stationsNear.edges ?? [];
    const next = new URLSearchParams(q);
    if (data?.stationsNear.pageInfo.endCursor) next.set('after', data.stationsNear.pageInfo.endCursor);
    ctx.render(html`${pageHeader('服务站点', '户外劳动者服务站、暖心驿站、妈咪小屋：累了歇歇脚，渴了喝口水，冷了取取暖。')}
      <form class="filters stations-filters" role="search" @submit=${search}>
        <div class="field">
          <label for="station-city">城市</label>
          <select id="station-city" name="city">
            <option value="" ?selected=${hasPoint}>${hasPoint ? place : '—'}</option>
            ${Object.keys(CITIES).map((c) => html`<option value=${c} ?selected=${!hasPoint && c === city}>${c}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="station-kind">类型</label>
          <select id="station-kind" name="kind">
            <option value="">全部</option>
            ${Object.entries(KIND_WORDS).map(([k, t]) => html`<option value=${k} ?selected=${k === kind}>${t}</option>`)}
          </select>
        </div>
        <fieldset class="amenities">
          <legend>需要的设施</legend>
          ${Object.entries(AMENITY_WORDS).map(
            ([a, t]) => html`<label class="check"><input type="checkbox" name="a" value=${a} ?checked=${amenities.includes(a as StationAmenity)} />${t}</label>`,
          )}
        </fieldset>
        <label class="check"><input type="checkbox" name="open" value="1" ?checked=${openNow} />现在开放</label>
        <label class="check"><input type="checkbox" name="walk" value="1" ?checked=${walk} />步行 15 分钟内</label>
        <button type="submit">查找</button>
        <button type="button" class="secondary" @click=${useMyLocation}>使用我的位置</button>
      </form>
      ${notice(locating)} ${alertBox(problem)}
      <p class="meta">从 ${place} 出发，由近及远${data ? html`（步行距离按每分钟 80 米估算）` : nothing}</p>
      ${data?.stationMapTiles ? html`<div id="station-map" class="station-map" role="img" aria-label="站点地图"></div>` : nothing}
      ${data && edges.length === 0 ? html`<p>附近没有符合条件的站点，试试减少筛选条件。</p>` : nothing}
      <ul class="cards stations">${edges.map(stationCard)}</ul>
      ${data?.stationsNear.pageInfo.hasNextPage ? html`<p><a href=${`/stations?${next}`}>更远的站点</a></p>` : nothing}`);
    const container = document.getElementById('station-map');
    if (container && data?.stationMapTiles && !container.dataset.drawn) {
      container.dataset.drawn = '1';
      void drawMap(container, data.stationMapTiles, near, edges.map((e) => e.node)).catch(() => container.remove());
    }
  }
  draw();
};

/** One station: hours, exceptions, lawyer on duty, navigation, and a member's problem report. */
export const stationPage: Page = async (ctx) => {
  const id = ctx.params.id!;
  const data = await request(StationDetailDocument, { id });
  viewer.set(data.me);
  let problem: Problem = null;
  let done: string | null = null;

  const report = async (event: SubmitEvent) => {
    event.preventDefault();
    const v = formValues(event.currentTarget as HTMLFormElement);
    try {
      const result = (
        await request(ReportStationProblemDocument, {
          input: {
            station: id,
            kind: v.kind as StationReportKind,
            amenity: v.kind === 'AMENITY_MISSING' && v.amenity ? (v.amenity as StationAmenity) : null,
            note: v.note || null,
          },
        })
      ).reportStationProblem;
      problem = asError(result);
      done = problem ? null : '已提交，站点所属工会将尽快处理。';
    } catch (error) {
      problem = error as Error;
    }
    draw();
  };

  function draw() {
    const s = data.node?.__typename === 'Station' ? data.node : null;
    if (!s) {
      ctx.render(html`<h1 tabindex="-1">站点不存在</h1><p><a href="/stations">返回站点列表</a></p>`);
      return;
    }
    ctx.title(s.name);
    ctx.render(html`${pageHeader(s.name, `${KIND_WORDS[s.kind]} · ${s.unionName}`)}
      <section class="card">
        <p>${badges(s)} <span class="meta">${s.statusLabel}</span></p>
        ${s.closedReason ? html`<p>关闭原因：${s.closedReason}</p>` : nothing}
        ${s.inspectionFailed && s.lastInspectedOn ? html`<p class="hint">${day(s.lastInspectedOn)} “八有”检查未通过，正在整改。</p>` : nothing}
        <p>${s.address}</p>
        <p>电话：<a href=${`tel:${s.contactPhone}`}>${s.contactPhone}</a></p>
        ${navigationLinks(s)}
      </section>
      <section class="card" aria-label="设施">
        <h2>设施</h2>
        <p>${s.amenities.map((a) => AMENITY_WORDS[a]).join(' · ') || '—'}</p>
        <p class="hint">${s.stepFree ? '无障碍通行' : '未设无障碍通道'}${s.accessibleToilet ? ' · 无障碍卫生间' : ''}${s.accessibilityNote ? ` · ${s.accessibilityNote}` : ''}</p>
      </section>
      <section class="card" aria-label="开放时间">
        <h2>开放时间</h2>
        <ul class="plain">
          ${s.hours.map((h) => html`<li>${h.weekdayLabel} ${h.opens}–${h.closes}</li>`)}
        </ul>
        ${s.upcomingExceptions.length
          ? html`<h3>特殊安排</h3>
              <ul class="plain">
                ${s.upcomingExceptions.map((e) => html`<li>${day(e.on)} ${e.closed ? '闭站' : `${e.opens}–${e.closes}`}${e.note ? `（${e.note}）` : ''}</li>`)}
              </ul>`
          : nothing}
      </section>
      ${s.dutyLawyers.length
        ? html`<section class="card" aria-label="值班律师">
            <h2>值班律师</h2>
            ${s.lawyerOnDutyToday
              ? html`<p>今天：${s.lawyerOnDutyToday.name} <a href=${`tel:${s.lawyerOnDutyToday.phone}`}>${s.lawyerOnDutyToday.phone}</a></p>`
              : html`<p class="hint">今天没有律师值班。</p>`}
            <ul class="plain">
              ${s.dutyLawyers.map((l) => html`<li>${l.weekdayLabel}：${l.name}</li>`)}
            </ul>
          </section>`
        : nothing}
      ${notice(done)} ${alertBox(problem)}
      ${s.viewerCan.report
        ? html`<form class="card register" @submit=${report} aria-label="反馈问题">
            <h2>反馈问题</h2>
            <div class="field">
              <label for="report-kind">问题</label>
              <select id="report-kind" name="kind">
                ${Object.entries(REPORT_WORDS).map(([k, t]) => html`<option value=${k}>${t}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="report-amenity">缺少的设施</label>
              <select id="report-amenity" name="amenity">
                <option value="">（设施缺失时选择）</option>
                ${Object.entries(AMENITY_WORDS).map(([a, t]) => html`<option value=${a}>${t}</option>`)}
              </select>
            </div>
            <div class="field">
              <label for="report-note">说明</label>
              <textarea id="report-note" name="note" maxlength="500" rows="3"></textarea>
            </div>
            <button type="submit">提交反馈</button>
          </form>`
        : data.me
          ? nothing
          : html`<p class="hint">发现问题？<a href=${`/login?next=${encodeURIComponent(`/stations/${id}`)}`}>登录</a>后可以向工会反馈。</p>`}
      ${s.viewerCan.inspect ? html`<p><a href="/staff/stations">去检查站点</a></p>` : nothing}
      <p><a href="/stations">返回站点列表</a></p>`);
  }
  draw();
};
