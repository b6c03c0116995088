import { hardshipDocuments, type Database } from '@huigong/db';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { NotFound } from '../common/not-found.ts';
import { InvalidTransition } from '../common/transitions.ts';
import { registerAttachmentKind } from '../files/attachment-kinds.ts';
import { attachFile } from '../files/files.service.ts';
import { actsAt, isStaffOver, staffReach } from './access.ts';
import { CLOSED_FILE_STATES, FILE_STATUS_LABELS, GRASSROOTS_LEVELS } from './lifecycle.ts';

/** Uploads for a household's documents (POST /files?purpose=hardship_document). */
export const HARDSHIP_DOCUMENT_KIND = 'hardship_document';

/** The documents a household shows, from the reports' checklists. */
export const HARDSHIP_DOCUMENT_KINDS = [
  'income_proof', // 收入证明
  'illness_diagnosis', // 诊断证明、病历
  'disability_certificate', // 残疾证
  'unemployment_proof', // 失业证明
  'admission_letter', // 录取通知书
  'hospital_bill', // 住院结算单
  'disaster_proof', // 受灾证明
  'labour_contract', // 劳动合同
  'household_register', // 户口簿
  'other',
] as const;
export type HardshipDocumentKind = (typeof HARDSHIP_DOCUMENT_KINDS)[number];

registerAttachmentKind(HARDSHIP_DOCUMENT_KIND, {
  label: '困难职工证明材料',
  allowedTypes: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'],
  maxBytes: 10 * 1024 * 1024,
  // Attached to the household's file: the member it belongs to, and staff over its union.
  canView: async (db, viewer, hardshipFileId) => {
    const file = await db.query.hardshipFiles.findFirst({ where: { id: hardshipFileId }, columns: { memberId: true, unionPath: true } });
    if (!file) return false;
    return file.memberId === viewer.member?.id || isStaffOver(await staffReach(db, viewer), file.unionPath);
  },
});

export interface HardshipDocumentChoice {
  kind: HardshipDocumentKind;
  /** The viewer's upload (purpose hardship_document). */
  fileId: string;
  /** The document's own number (the admission letter's, the bill's), when it has one. */
  reference?: string | null;
}

/**
 * Attaches the viewer's uploads to a household file (and, for an aid application, to it too),
 * inside the caller's transaction: each upload once, only the uploader's own.
 */
export async function attachDocuments(
  tx: Database,
  viewer: Pick<Viewer, 'userId'>,
  file: { id: string; status: string },
  documents: readonly HardshipDocumentChoice[],
  aidApplicationId: string | null = null,
): Promise<void> {
  for (const document of documents) {
    const stored = await attachFile(tx, viewer, document.fileId, HARDSHIP_DOCUMENT_KIND, file.id);
    await tx.insert(hardshipDocuments).values({
      fileId: file.id,
      aidApplicationId,
      kind: document.kind,
      reference: document.reference ?? '',
      storedFileId: stored.id,
      addedByUserId: viewer.userId,
    });
  }
  if (documents.length > 0) {
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'hardship_file.documents_added',
      subjectType: 'hardship_file',
      subjectId: file.id,
      fromState: file.status,
      toState: file.status,
      data: { kinds: documents.map((d) => d.kind), aidApplicationId },
    });
  }
}

/**
 * The member, or the grassroots union over the household, adds documents to an open file (asked
 * for when a level sends it back, or at the yearly re-check).
 */
export async function addHardshipDocuments(db: Database, viewer: Viewer, fileId: string, documents: readonly HardshipDocumentChoice[]) {
  return db.transaction(async (tx) => {
    const file = await tx.query.hardshipFiles.findFirst({
      where: { id: fileId },
      columns: { id: true, status: true, memberId: true, unionPath: true },
    });
    const mayAct = file && (file.memberId === viewer.member?.id || actsAt(await staffReach(tx, viewer), file.unionPath, GRASSROOTS_LEVELS));
    if (!file || !mayAct) throw new NotFound('困难职工档案');
    if (CLOSED_FILE_STATES.includes(file.status)) {
      throw new InvalidTransition('困难职工档案', file.status, 'addDocuments', { ...FILE_STATUS_LABELS, addDocuments: '补充材料' });
    }
    await attachDocuments(tx, viewer, file, documents);
    return file.id;
  });
}
