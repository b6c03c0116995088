import { registerAttachmentKind } from '../files/attachment-kinds.ts';
import { mayReadApplication } from './access.ts';

/** Uploads for a grant application's required documents (POST /files?purpose=grant_document). */
export const GRANT_DOCUMENT_KIND = 'grant_document';

/** Scans and PDFs of a studio's plan, recommendation and certificates. */
export const GRANT_DOCUMENT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

registerAttachmentKind(GRANT_DOCUMENT_KIND, {
  label: '申报材料',
  allowedTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  maxBytes: GRANT_DOCUMENT_MAX_UPLOAD_BYTES,
  // Whoever may read the application (attachmentId) may read its documents.
  canView: (db, viewer, applicationId) => mayReadApplication(db, viewer, applicationId),
});
