import { registerAttachmentKind } from '../files/attachment-kinds.ts';
import { isStationStaff } from './access.ts';

export const INSPECTION_PHOTO = 'station_inspection_photo';

// Photos of an inspection: staff over the station's union see them, besides the inspector.
registerAttachmentKind(INSPECTION_PHOTO, {
  label: '站点检查照片',
  allowedTypes: ['image/jpeg', 'image/png', 'image/webp'],
  maxBytes: 8 * 1024 * 1024,
  canView: async (db, viewer, inspectionId) => {
    const inspection = await db.query.stationInspections.findFirst({ where: { id: inspectionId }, columns: { unionPath: true } });
    return inspection !== undefined && isStationStaff(viewer, inspection.unionPath);
  },
});
