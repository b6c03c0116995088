import { sql } from 'drizzle-orm';
import { bigint, check, index, pgEnum, snakeCase, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/tables.ts';
import { createdAt, id, timestamptz } from '../columns.ts';

/** Where an object's bytes live; a row keeps its backend, so objects stay readable after a switch. */
export const fileStorageBackend = pgEnum('file_storage_backend', ['local', 's3']);

/**
 * An uploaded file (POST /files). It belongs to its uploader until a domain attaches it to one of
 * its rows (attachFile, in the domain's own transaction); from then on the attaching domain's
 * authorization hook decides who else may read it. Unattached files older than a day are swept.
 */
export const storedFiles = snakeCase.table(
  'stored_files',
  {
    id: id(),
    uploadedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    /** The attachment kind the uploader declared (grant_document, hardship_evidence …): its rules applied. */
    purpose: text().notNull(),
    /** Detected from the content, never taken from the client. */
    contentType: text().notNull(),
    byteSize: bigint({ mode: 'number' }).notNull(),
    sha256: text().notNull(),
    storageBackend: fileStorageBackend().notNull(),
    storageKey: text().notNull().unique(),
    /** Sanitised, for display and Content-Disposition only. */
    fileName: text().notNull(),
    createdAt: createdAt(),
    attachedAt: timestamptz(),
    attachmentKind: text(),
    attachmentId: uuid(),
  },
  (t) => [
    check('stored_files_size', sql`${t.byteSize} > 0`),
    check('stored_files_sha256', sql`${t.sha256} ~ '^[0-9a-f]{64}$'`),
    check(
      'stored_files_attachment',
      sql`(${t.attachedAt} is null and ${t.attachmentKind} is null and ${t.attachmentId} is null)
        or (${t.attachedAt} is not null and ${t.attachmentKind} is not null and ${t.attachmentId} is not null)`,
    ),
    index('stored_files_attachment_idx').on(t.attachmentKind, t.attachmentId),
    index('stored_files_uploader_idx').on(t.uploadedByUserId, t.createdAt),
    // The orphan sweep's scan.
    index('stored_files_orphans_idx').on(t.createdAt).where(sql`${t.attachedAt} is null`),
  ],
);
