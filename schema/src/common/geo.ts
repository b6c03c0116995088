import { z } from 'zod';
import { builder } from '../builder.ts';

/** A WGS-84 point, shared by every domain that measures distance ("near me"). */
export const GeoPointInput = builder.inputType('GeoPointInput', {
  description: 'WGS-84 坐标（度）。',
  fields: (t) => ({
    latitude: t.float({ required: true }),
    longitude: t.float({ required: true }),
  }),
});

/** Range check for a GeoPointInput field: `validate: geoPoint`. */
export const geoPoint = z.object({
  latitude: z.number().min(-90, { message: '纬度应在 -90 到 90 之间' }).max(90, { message: '纬度应在 -90 到 90 之间' }),
  longitude: z.number().min(-180, { message: '经度应在 -180 到 180 之间' }).max(180, { message: '经度应在 -180 到 180 之间' }),
});
