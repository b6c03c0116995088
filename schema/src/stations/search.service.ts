import { executeRows, type Database } from '@huigong/db';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { InvalidCursor } from '../common/cursors.ts';
import { haversineSql, type LatLng } from '../common/geo.ts';
import { openNowSql, shanghaiMoment, type ShanghaiMoment } from './hours.ts';
import type { StationAmenity, StationKind } from './stations.service.ts';

export interface StationSearch {
  near: LatLng;
  kinds?: readonly StationKind[] | null;
  amenities?: readonly StationAmenity[] | null;
  openNow?: boolean | null;
  /** Only stations within this many metres (from withinWalkMinutes). */
  radiusMetres?: number | null;
  /** Only stations whose latest inspection passed (or that have none yet). */
  excludeFailed?: boolean | null;
}

export interface StationHit {
  id: string;
  distance: number;
  openNow: boolean;
}

/** A page position: the distance and id of the last station seen (the order is distance, id). */
interface Position {
  d: number;
  i: string;
}

const position = z.object({ d: z.number().finite().min(0), i: z.string().uuid() }).strict();

export const encodeStationCursor = (hit: { distance: number; id: string }) =>
  `SN:${Buffer.from(JSON.stringify({ d: hit.distance, i: hit.id })).toString('base64url')}`;

/** Anything a client made up is refused as an invalid cursor, never passed to SQL unchecked. */
export function decodeStationCursor(cursor: string): Position {
  if (typeof cursor !== 'string' || cursor.length > 200 || !cursor.startsWith('SN:')) throw new InvalidCursor();
  try {
    return position.parse(JSON.parse(Buffer.from(cursor.slice(3), 'base64url').toString('utf8')));
  } catch {
    throw new InvalidCursor();
  }
}

const METRES_PER_DEGREE = 111_320;
/** Rings of the nearest-first search without a radius; past the last, the whole table. */
const RINGS_M = [3_000, 15_000, 60_000, 250_000];

/** A latitude/longitude box that holds the circle of `radius` metres (stations_location_idx serves it). */
function boxSql(near: LatLng, radius: number): SQL {
  const dLat = radius / METRES_PER_DEGREE;
  const dLng = radius / (METRES_PER_DEGREE * Math.max(Math.cos((Math.min(Math.abs(near.latitude) + dLat, 89.9) * Math.PI) / 180), 0.001));
  return sql`s.latitude between ${near.latitude - dLat}::float8 and ${near.latitude + dLat}::float8
    and s.longitude between ${near.longitude - dLng}::float8 and ${near.longitude + dLng}::float8`;
}

/**
 * Stations nearest first from `near`. Each pass looks inside a box around a circle (the box uses
 * the location index); the rows inside the circle are exact and ordered, so a pass that finds a
 * full page is the answer, and otherwise the next ring is tried. With a radius there is one pass.
 */
export async function searchStations(
  db: Database,
  search: StationSearch,
  page: { after: string | null; limit: number },
  moment: ShanghaiMoment = shanghaiMoment(),
): Promise<{ hits: StationHit[]; hasNextPage: boolean }> {
  const after = page.after ? decodeStationCursor(page.after) : null;
  const distance = haversineSql(search.near, sql`s.latitude`, sql`s.longitude`);
  const open = openNowSql(moment);
  const filters: SQL[] = [sql`s.status = 'active'`];
  if (search.kinds?.length) filters.push(sql`s.kind in (${sql.join(search.kinds.map((k) => sql`${k}::station_kind`), sql`, `)})`);
  if (search.amenities?.length) {
    filters.push(sql`s.amenities @> array[${sql.join(search.amenities.map((a) => sql`${a}`), sql`, `)}]::station_amenity[]`);
  }
  if (search.openNow) filters.push(open);
  if (search.excludeFailed) filters.push(sql`s.last_inspection_result is distinct from 'fail'`);

  const pass = async (radius: number | null) => {
    const where = [...filters, ...(radius !== null ? [boxSql(search.near, radius)] : [])];
    const outer: SQL[] = [];
    if (radius !== null) outer.push(sql`distance <= ${radius}::float8`);
    if (after) outer.push(sql`(distance > ${after.d}::float8 or (distance = ${after.d}::float8 and id > ${after.i}::uuid))`);
    return executeRows<{ id: string; distance: number | string; open_now: boolean }>(
      db,
      sql`select id, distance, open_now from (
            select s.id, ${distance} as distance, ${open} as open_now
            from stations s where ${sql.join(where, sql` and `)}) hits
          ${outer.length ? sql`where ${sql.join(outer, sql` and `)}` : sql``}
          order by distance, id limit ${page.limit + 1}`,
    );
  };

  let rows: Awaited<ReturnType<typeof pass>>;
  if (search.radiusMetres != null) {
    rows = await pass(search.radiusMetres);
  } else {
    rows = [];
    for (const ring of [...RINGS_M, null]) {
      rows = await pass(ring);
      if (rows.length > page.limit) break;
    }
  }
  const hits = rows.slice(0, page.limit).map((r) => ({ id: r.id, distance: Number(r.distance), openNow: r.open_now === true || (r.open_now as unknown) === 't' }));
  return { hits, hasNextPage: rows.length > page.limit };
}
