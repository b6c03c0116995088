/**
 * Service stations at the province scale (issue 22): 20,000 stations at scale 1.0 around the
 * districts, each open on a weekly schedule, and the "stations near me" read with its baseline.
 */
import type { Sql } from 'postgres';
import type { GenerationContext, GeneratorExtension } from './extensions.ts';
import { globalId } from './fixtures.ts';
import type { Scenario } from './scenarios.ts';
import type { Cell } from './writer.ts';

/** 20,000 at scale 1.0; BENCH_STATIONS sets the number whatever the scale (the province's stations on a small data set). */
export const stationCount = (scale: number, env: NodeJS.ProcessEnv = process.env) =>
  env.BENCH_STATIONS ? Math.max(1, Math.min(200_000, Number(env.BENCH_STATIONS) || 0)) : Math.max(200, Math.round(20_000 * scale));

const KINDS = ['outdoor_rest', 'outdoor_rest', 'warm_heart', 'warm_heart', 'nursing_room', 'legal_aid', 'service_centre'];
const NAMES: Record<string, string> = {
  outdoor_rest: '户外劳动者服务站',
  warm_heart: '暖心驿站',
  nursing_room: '妈咪小屋',
  legal_aid: '法律援助工作站',
  service_centre: '职工服务中心',
};
const AMENITIES = ['rest', 'water', 'heating', 'cooling', 'microwave', 'fridge', 'medicine', 'toilet', 'charging', 'reading'];
const STREETS = ['人民路', '建设路', '中州路', '解放路', '文化路', '花园路', '长安路', '开元大道'];

export const generateStations: GeneratorExtension = async (ctx: GenerationContext) => {
  const { rng, write } = ctx;
  const stationRows: Cell[][] = [];
  const hourRows: Cell[][] = [];
  const creator = ctx.userIds[0]!;
  for (let i = 0; i < stationCount(ctx.scale); i += 1) {
    const district = rng.pickSkewed(ctx.districts, 1.6);
    const kind = rng.pick(KINDS);
    const id = rng.uuid();
    const amenities = AMENITIES.filter(() => rng.chance(0.7));
    const created = ctx.ago(700);
    stationRows.push([
      id, district.id, district.path, kind, `${district.name}${rng.pick(STREETS)}${NAMES[kind]}`, `${district.name}${rng.pick(STREETS)}${rng.int(1, 400)}号`,
      district.lat + (rng.next() - 0.5) * 0.3, district.lng + (rng.next() - 0.5) * 0.3, amenities, rng.chance(0.4), rng.chance(0.3), '',
      `0${rng.int(371, 398)}-${rng.int(60000000, 69999999)}`, '[]', 'active', rng.chance(0.05) ? 'fail' : null, creator, created, created,
    ]);
    const allDay = kind === 'warm_heart' && rng.chance(0.3);
    const days = kind === 'legal_aid' || kind === 'nursing_room' ? [1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6, 7];
    for (const weekday of days) {
      hourRows.push([rng.uuid(), id, weekday, allDay ? 0 : rng.pick([360, 420, 480, 510]), allDay ? 1440 : rng.pick([1080, 1140, 1200, 1260])]);
    }
  }
  await write('stations', ['id', 'union_id', 'union_path', 'kind', 'name', 'address', 'latitude', 'longitude', 'amenities', 'step_free', 'accessible_toilet', 'accessibility_note', 'contact_phone', 'duty_lawyers', 'status', 'last_inspection_result', 'created_by_user_id', 'created_at', 'updated_at'], stationRows);
  await write('station_hours', ['id', 'station_id', 'weekday', 'opens_minute', 'closes_minute'], hourRows);
};

const STATIONS_NEAR = /* GraphQL */ `
  query StationsNear($near: GeoPointInput!, $filter: StationSearchFilter, $first: Int) {
    stationsNear(near: $near, filter: $filter, first: $first) {
      pageInfo { hasNextPage }
      edges { distanceMetres walkMinutes node { id name kind address amenities inspectionFailed } }
    }
  }`;

/**
 * The baseline: one statement, the same bounding box on stations_location_idx and the same
 * haversine, ordered and cut in SQL. (No rings: it is given the radius the request asks for.)
 */
async function stationsNearBaseline(sql: Sql, v: Record<string, any>) {
  const first: number = v.first ?? 20;
  const near: { latitude: number; longitude: number } = v.near;
  const radius = (v.filter?.withinWalkMinutes ?? 15) * 80;
  const amenities: string[] = (v.filter?.amenities ?? []).map((a: string) => a.toLowerCase());
  const dLat = radius / 111_320;
  const dLng = radius / (111_320 * Math.max(Math.cos(((Math.abs(near.latitude) + dLat) * Math.PI) / 180), 0.001));
  const rows = await sql`
    select id, name, kind, address, amenities::text[] as amenities, last_inspection_result, distance from (
      select s.*, 2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(s.latitude - ${near.latitude}::float8) / 2), 2)
        + cos(radians(${near.latitude}::float8)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - ${near.longitude}::float8) / 2), 2)))) as distance
      from stations s
      where s.status = 'active' and s.latitude between ${near.latitude - dLat} and ${near.latitude + dLat}
        and s.longitude between ${near.longitude - dLng} and ${near.longitude + dLng}
        ${amenities.length ? sql`and s.amenities @> ${amenities}::station_amenity[]` : sql``}) hits
    where distance <= ${radius} order by distance, id limit ${first + 1}`;
  return {
    stationsNear: {
      pageInfo: { hasNextPage: rows.length > first },
      edges: rows.slice(0, first).map((r) => ({
        distanceMetres: Math.round(Number(r.distance)),
        walkMinutes: Math.max(1, Math.ceil(Math.round(Number(r.distance)) / 80)),
        node: {
          id: globalId('Station', r.id),
          name: r.name,
          kind: String(r.kind).toUpperCase(),
          address: r.address,
          amenities: (r.amenities as string[]).map((a) => a.toUpperCase()),
          inspectionFailed: r.last_inspection_result === 'fail',
        },
      })),
    },
  };
}

export interface StationData {
  points: { latitude: number; longitude: number }[];
}

export async function loadStationData(query: <T>(text: string) => Promise<T[]>): Promise<StationData | undefined> {
  const has = (await query<{ n: number }>(`select count(*)::int as n from information_schema.tables where table_name = 'stations'`))[0]!.n > 0;
  if (!has) return undefined;
  const points = (await query<{ latitude: number; longitude: number }>(`select latitude, longitude from stations order by id limit 300`)).map((r) => ({
    latitude: Number(r.latitude) + 0.003,
    longitude: Number(r.longitude) - 0.003,
  }));
  return points.length ? { points } : undefined;
}

export function stationScenarios(data: StationData): Scenario[] {
  return [
    {
      name: 'stations-near-me',
      description: '附近的服务站点：步行 15 分钟内（1.2 公里），有饮水，由近到远，20 条',
      kind: 'read',
      query: STATIONS_NEAR,
      variants: (_d, _l, rng) =>
        Array.from({ length: 300 }, () => ({
          variables: { near: rng.pick(data.points), filter: { withinWalkMinutes: 15, amenities: ['WATER'] }, first: 20 },
        })),
      baseline: stationsNearBaseline,
    },
  ];
}
