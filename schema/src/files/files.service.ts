import { storedFiles, type Database } from '@huigong/db';
import { and, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { NotFound } from '../common/not-found.ts';
import { attachmentKind } from './attachment-kinds.ts';
import { FileAlreadyAttached, FilePurposeMismatch } from './errors.ts';
import type { FileStores } from './storage.ts';

export type StoredFileRow = typeof storedFiles.$inferSelect;

/** The uploader, or whoever the attaching domain's hook lets in. */
export async function canViewFile(
  db: Database,
  viewer: Viewer | null,
  file: Pick<StoredFileRow, 'uploadedByUserId' | 'attachmentKind' | 'attachmentId'>,
): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.userId === file.uploadedByUserId) return true;
  if (!file.attachmentKind || !file.attachmentId) return false;
  const kind = attachmentKind(file.attachmentKind);
  return kind ? kind.canView(db, viewer, file.attachmentId) : false;
}

/** The file, when the viewer may read it; null for an unknown id and for someone else's file alike. */
export async function findVisibleFile(db: Database, viewer: Viewer | null, fileId: string): Promise<StoredFileRow | null> {
  const file = await db.query.storedFiles.findFirst({ where: { id: fileId } });
  if (!file) return null;
  return (await canViewFile(db, viewer, file)) ? file : null;
}

/**
 * Attaches the viewer's own upload to a row of the calling domain, inside the domain's
 * transaction (so a refused change attaches nothing). The conditional UPDATE makes a file usable
 * once: of two concurrent attaches, one wins and the other gets FileAlreadyAttached.
 *
 * Throws NotFound for an unknown file and for another person's file alike.
 */
export async function attachFile(
  tx: Database,
  viewer: Pick<Viewer, 'userId'>,
  fileId: string,
  kind: string,
  attachmentId: string,
): Promise<StoredFileRow> {
  if (!attachmentKind(kind)) throw new Error(`attachFile: attachment kind not registered: ${kind}`);
  const [attached] = await tx
    .update(storedFiles)
    .set({ attachedAt: sql`now()`, attachmentKind: kind, attachmentId })
    .where(
      and(
        eq(storedFiles.id, fileId),
        eq(storedFiles.uploadedByUserId, viewer.userId),
        eq(storedFiles.purpose, kind),
        isNull(storedFiles.attachedAt),
      ),
    )
    .returning();
  if (attached) return attached;
  const file = await tx.query.storedFiles.findFirst({
    where: { id: fileId, uploadedByUserId: viewer.userId },
    columns: { purpose: true, attachedAt: true },
  });
  if (!file) throw new NotFound('文件');
  if (file.attachedAt) throw new FileAlreadyAttached();
  throw new FilePurposeMismatch(file.purpose, kind);
}

/** Removes an upload and its object (an upload undone before it was answered). */
export async function deleteStoredFile(db: Database, stores: FileStores, file: Pick<StoredFileRow, 'id' | 'storageBackend' | 'storageKey'>) {
  await db.delete(storedFiles).where(eq(storedFiles.id, file.id));
  await stores.backends[file.storageBackend]?.delete(file.storageKey);
}

/**
 * Releases files from a row (a replaced document, a deleted draft): they are their uploader's
 * alone again and the orphan sweep removes them once they are old enough.
 */
export async function detachFiles(tx: Database, kind: string, attachmentId: string, fileIds?: string[]): Promise<number> {
  const released = await tx
    .update(storedFiles)
    .set({ attachedAt: null, attachmentKind: null, attachmentId: null })
    .where(
      and(
        eq(storedFiles.attachmentKind, kind),
        eq(storedFiles.attachmentId, attachmentId),
        fileIds ? inArray(storedFiles.id, fileIds) : undefined,
      ),
    )
    .returning({ id: storedFiles.id });
  return released.length;
}

/**
 * Deletes uploads never attached within `olderThanHours`, a batch at a time. The rows go first
 * (SKIP LOCKED, so instances sweeping at once, or an attach in progress, never collide), then the
 * objects: a crash in between leaves an unreferenced object, never a row without its bytes.
 */
export async function sweepOrphanFiles(
  db: Database,
  stores: FileStores,
  options: { olderThanHours: number; batchSize?: number; now?: Date },
): Promise<{ deleted: number; objectErrors: number }> {
  const cutoff = new Date((options.now ?? new Date()).getTime() - options.olderThanHours * 3_600_000);
  const batch = options.batchSize ?? 100;
  const due = db
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(and(isNull(storedFiles.attachedAt), lt(storedFiles.createdAt, cutoff)))
    .orderBy(storedFiles.createdAt)
    .limit(batch)
    .for('update', { skipLocked: true });
  const deleted = await db
    .delete(storedFiles)
    .where(and(inArray(storedFiles.id, due), isNull(storedFiles.attachedAt)))
    .returning({ backend: storedFiles.storageBackend, key: storedFiles.storageKey });
  let objectErrors = 0;
  for (const object of deleted) {
    const storage = stores.backends[object.backend];
    try {
      if (!storage) throw new Error(`storage backend ${object.backend} is not configured`);
      await storage.delete(object.key);
    } catch {
      objectErrors += 1;
    }
  }
  return { deleted: deleted.length, objectErrors };
}
