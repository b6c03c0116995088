import { z } from 'zod';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { builder } from '../builder.ts';

/** A WGS-84 point, shared by every domain that measures distance ("near me"). */
export const GeoPointInput = builder.inputType('GeoPointInput', {
  description: 'WGS-84 坐标（度）。',
  fields: (t) => ({
    latitude: t.float({ required: true, description: '纬度（latitude），度，-90 到 90，北纬为正。' }),
    longitude: t.float({ required: true, description: '经度（longitude），度，-180 到 180，东经为正。' }),
  }),
});

/** Range check for a GeoPointInput field: `validate: geoPoint`. */
export const geoPoint = z.object({
  latitude: z.number().min(-90, { message: '纬度应在 -90 到 90 之间' }).max(90, { message: '纬度应在 -90 到 90 之间' }),
  longitude: z.number().min(-180, { message: '经度应在 -180 到 180 之间' }).max(180, { message: '经度应在 -180 到 180 之间' }),
});

/** Mean Earth radius (IUGG), in metres: the one radius every distance on the platform uses. */
export const EARTH_RADIUS_M = 6_371_008.8;

export interface LatLng {
  latitude: number;
  longitude: number;
}

/** Great-circle distance in metres (haversine). The SQL twin is `haversineSql`. */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export const distanceKm = (a: LatLng, b: LatLng): number => distanceMetres(a, b) / 1000;

/** The same haversine in SQL, in metres, from a point to a row's latitude/longitude columns. */
export function haversineSql(point: LatLng, latitude: SQLWrapper, longitude: SQLWrapper): SQL<number> {
  // Parameters are cast: Postgres would otherwise type `2 * $1` as an integer and refuse the radius.
  return sql<number>`(2 * ${EARTH_RADIUS_M}::float8 * asin(least(1, sqrt(
    power(sin(radians(${latitude} - ${point.latitude}::float8) / 2), 2)
    + cos(radians(${point.latitude}::float8)) * cos(radians(${latitude}))
      * power(sin(radians(${longitude} - ${point.longitude}::float8) / 2), 2)))))`;
}
