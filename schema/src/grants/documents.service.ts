import { grantDocuments, type Database } from '@huigong/db';
import { and, eq } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { found } from '../common/reload.ts';
import { attachFile, detachFiles } from '../files/files.service.ts';
import { GRANT_DOCUMENT_KIND } from './attachments.ts';
import { DocumentsMissing } from './errors.ts';
import { applicationLifecycle } from './lifecycle.ts';
import { lockApplication } from './locks.ts';

/** A required document of the call, as one of the applicant's uploads (files domain). */
export interface DocumentChoice {
  kind: string;
  fileId: string;
}

/**
 * Attaches the applicant's uploads as documents of an application whose row the caller has
 * locked, replacing any earlier document of the same kind (whose file is released to the orphan
 * sweep). `path` names the input field for error reporting.
 */
export async function storeDocuments(
  tx: Database,
  viewer: Pick<Viewer, 'userId'>,
  app: { id: string; callId: string; status: string },
  documents: DocumentChoice[],
  path: string[],
) {
  if (documents.length === 0) return;
  const call = await tx.query.grantCalls.findFirst({ where: { id: app.callId }, columns: { requiredDocuments: true } });
  const required = new Set(call?.requiredDocuments ?? []);
  for (const [i, document] of documents.entries()) {
    const at = documents.length === 1 && path.at(-1) !== 'documents' ? path : [...path, String(i)];
    if (!required.has(document.kind)) {
      throw fieldError([...at, 'kind'], 'UNKNOWN_DOCUMENT', `本项目不要求“${document.kind}”，须为：${[...required].join('、')}`);
    }
    const file = await attachFile(tx, viewer, document.fileId, GRANT_DOCUMENT_KIND, app.id);
    const [replaced] = await tx
      .delete(grantDocuments)
      .where(and(eq(grantDocuments.applicationId, app.id), eq(grantDocuments.kind, document.kind)))
      .returning({ storedFileId: grantDocuments.storedFileId });
    if (replaced?.storedFileId) await detachFiles(tx, GRANT_DOCUMENT_KIND, app.id, [replaced.storedFileId]);
    const [doc] = await tx
      .insert(grantDocuments)
      .values({
        applicationId: app.id,
        kind: document.kind,
        fileName: file.fileName,
        contentType: file.contentType,
        sizeBytes: file.byteSize,
        sha256: file.sha256,
        storedFileId: file.id,
        uploadedByUserId: viewer.userId,
      })
      .returning({ id: grantDocuments.id });
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'grant_document.attached',
      subjectType: 'grant_application',
      subjectId: app.id,
      fromState: app.status,
      toState: app.status,
      data: { documentId: (await found(doc, '申报材料')).id, kind: document.kind, fileId: file.id, sizeBytes: file.byteSize, sha256: file.sha256 },
    });
  }
}

/** The applicant attaches (or replaces) a required document while the application is editable. */
export async function attachGrantDocument(db: Database, viewer: Pick<Viewer, 'userId'>, applicationId: string, document: DocumentChoice) {
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, applicationId);
    applicationLifecycle.assert(app.status, 'attachDocument');
    await storeDocuments(tx, viewer, app, [document], ['input', 'document']);
    return app;
  });
}

/** Required documents not yet attached, in the call's order. */
export async function missingDocuments(tx: Database, app: { id: string; callId: string }): Promise<string[]> {
  const call = await tx.query.grantCalls.findFirst({ where: { id: app.callId }, columns: { requiredDocuments: true } });
  const attached = await tx.query.grantDocuments.findMany({ where: { applicationId: app.id }, columns: { kind: true } });
  const have = new Set(attached.map((d) => d.kind));
  return (call?.requiredDocuments ?? []).filter((kind) => !have.has(kind));
}

export async function assertDocumentsComplete(tx: Database, app: { id: string; callId: string }) {
  const missing = await missingDocuments(tx, app);
  if (missing.length > 0) throw new DocumentsMissing(missing);
}
