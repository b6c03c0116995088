import { stations, type Database } from '@huigong/db';
import { hasUnionRoleOver, type Viewer } from '../accounts/viewer.ts';
import { NotFound } from '../common/not-found.ts';

export const isStationStaff = (viewer: Viewer | null, unionPath: string) => hasUnionRoleOver(viewer, 'union_staff', unionPath);

/** The station as its union's staff (or staff above) see it; for anyone else it does not exist. */
export async function staffStation(db: Database, viewer: Viewer, stationId: string) {
  const station = await db.query.stations.findFirst({
    where: { id: stationId },
    columns: { id: true, unionId: true, unionPath: true, status: true, amenities: true, name: true },
  });
  if (!station || !isStationStaff(viewer, station.unionPath)) throw new NotFound('服务站点');
  return station;
}

export type StationRow = typeof stations.$inferSelect;
