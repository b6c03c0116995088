import { createHash } from 'node:crypto';
import { GRANT_DOCUMENT_MAX_BYTES, grantDocuments, type Database } from '@huigong/db';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { found } from '../common/reload.ts';
import { DocumentsMissing } from './errors.ts';
import { applicationLifecycle } from './lifecycle.ts';
import { lockApplication } from './locks.ts';

export type DocumentType = 'application/pdf' | 'image/jpeg' | 'image/png';

export interface DocumentUpload {
  kind: string;
  fileName: string;
  contentType: DocumentType;
  content: Buffer;
}

/** Leading bytes of each accepted type: the declared type must match what the file is. */
const SIGNATURES: Record<DocumentType, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

export function sniffMatches(contentType: DocumentType, content: Buffer): boolean {
  const signature = SIGNATURES[contentType];
  return content.length >= signature.length && signature.every((byte, i) => content[i] === byte);
}

/**
 * Stores documents for an application whose row the caller has locked, replacing any earlier
 * upload of the same kind. `path` names the input field for error reporting.
 */
export async function storeDocuments(
  tx: Database,
  actorUserId: string,
  app: { id: string; callId: string; status: string },
  uploads: DocumentUpload[],
  path: string[],
) {
  if (uploads.length === 0) return;
  const call = await tx.query.grantCalls.findFirst({ where: { id: app.callId }, columns: { requiredDocuments: true } });
  const required = new Set(call?.requiredDocuments ?? []);
  for (const [i, upload] of uploads.entries()) {
    const at = uploads.length === 1 && path.at(-1) !== 'documents' ? path : [...path, String(i)];
    if (!required.has(upload.kind)) {
      throw fieldError([...at, 'kind'], 'UNKNOWN_DOCUMENT', `本项目不要求“${upload.kind}”，须为：${[...required].join('、')}`);
    }
    if (upload.content.length === 0 || upload.content.length > GRANT_DOCUMENT_MAX_BYTES) {
      throw fieldError([...at, 'contentBase64'], 'TOO_BIG', `文件须在 1 字节到 ${GRANT_DOCUMENT_MAX_BYTES / 1024} KB 之间`);
    }
    if (!sniffMatches(upload.contentType, upload.content)) {
      throw fieldError([...at, 'contentBase64'], 'TYPE_MISMATCH', '文件内容与声明的类型不符');
    }
    await tx
      .delete(grantDocuments)
      .where(and(eq(grantDocuments.applicationId, app.id), eq(grantDocuments.kind, upload.kind)));
    const sha256 = createHash('sha256').update(upload.content).digest('hex');
    const [doc] = await tx
      .insert(grantDocuments)
      .values({
        applicationId: app.id,
        kind: upload.kind,
        fileName: upload.fileName,
        contentType: upload.contentType,
        sizeBytes: upload.content.length,
        sha256,
        content: upload.content,
        uploadedByUserId: actorUserId,
      })
      .returning({ id: grantDocuments.id });
    await recordAudit(tx, {
      actorUserId,
      action: 'grant_document.attached',
      subjectType: 'grant_application',
      subjectId: app.id,
      fromState: app.status,
      toState: app.status,
      data: { documentId: (await found(doc, '申报材料')).id, kind: upload.kind, sizeBytes: upload.content.length, sha256 },
    });
  }
}

/** The applicant attaches (or replaces) a required document while the application is editable. */
export async function attachGrantDocument(db: Database, actorUserId: string, applicationId: string, upload: DocumentUpload) {
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, applicationId);
    applicationLifecycle.assert(app.status, 'attachDocument');
    await storeDocuments(tx, actorUserId, app, [upload], ['input', 'document']);
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
