import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { grantDocuments, storedFiles, type Database } from '@huigong/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { FileType } from '../files/attachment-kinds.ts';
import { displayFileName } from '../files/file-name.ts';
import type { FileStores } from '../files/storage.ts';
import { GRANT_DOCUMENT_KIND } from './attachments.ts';

class MovedElsewhere extends Error {}

/**
 * Moves grant documents whose bytes were kept in the database (before uploads went to file
 * storage) into the instance's file storage, each as a stored file attached to its application,
 * then clears the bytes. Run by every instance as it starts; a row another instance moved first
 * is left to it (the conditional UPDATE) and this instance's copy removed. Returns how many moved.
 */
export async function moveInlineGrantDocuments(db: Database, stores: FileStores, batchSize = 100): Promise<number> {
  let moved = 0;
  for (;;) {
    const rows = await db.query.grantDocuments.findMany({
      where: { storedFileId: { isNull: true }, content: { isNotNull: true } },
      limit: batchSize,
    });
    if (rows.length === 0) return moved;
    for (const row of rows) {
      const content = Buffer.from(row.content!);
      const fileId = randomUUID();
      const storage = stores.current;
      const key = storage.keyFor(fileId);
      await storage.put(key, Readable.from([content]), row.contentType);
      const won = await db
        .transaction(async (tx) => {
        await tx.insert(storedFiles).values({
          id: fileId,
          uploadedByUserId: row.uploadedByUserId,
          purpose: GRANT_DOCUMENT_KIND,
          contentType: row.contentType,
          byteSize: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
          storageBackend: storage.backend,
          storageKey: key,
          fileName: displayFileName(row.fileName, row.contentType as FileType),
          createdAt: row.createdAt,
          attachedAt: sql`now()`,
          attachmentKind: GRANT_DOCUMENT_KIND,
          attachmentId: row.applicationId,
        });
        const updated = await tx
          .update(grantDocuments)
          .set({ storedFileId: fileId, content: null })
          .where(and(eq(grantDocuments.id, row.id), isNull(grantDocuments.storedFileId)))
          .returning({ id: grantDocuments.id });
        if (updated.length === 0) throw new MovedElsewhere();
        return true;
      })
        .catch((error: unknown) => {
          if (error instanceof MovedElsewhere) return false;
          throw error;
        });
      if (won) moved += 1;
      else await storage.delete(key);
    }
  }
}
