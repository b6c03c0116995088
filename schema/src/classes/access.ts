import { classStaff, type Database } from '@huigong/db';
import { and, eq } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { hasUnionRoleOver } from '../accounts/viewer.ts';

/** Union staff over the course's union (or a platform admin). */
export const isCourseStaff = (viewer: Viewer | null, course: { unionPath: string }) => hasUnionRoleOver(viewer, 'union_staff', course.unionPath);

/** A teacher of the course whose account is the viewer's. */
export async function isCourseTeacher(db: Database, viewer: Viewer | null, courseId: string): Promise<boolean> {
  if (!viewer) return false;
  const [row] = await db
    .select({ id: classStaff.id })
    .from(classStaff)
    .where(and(eq(classStaff.courseId, courseId), eq(classStaff.userId, viewer.userId), eq(classStaff.role, 'teacher')))
    .limit(1);
  return row !== undefined;
}
