/** Claim documents (the social-insurance settlement, discharge summary, invoices) through the files domain. */
import type { Database } from '@huigong/db';
import type { Viewer } from '../accounts/viewer.ts';
import { registerAttachmentKind } from '../files/attachment-kinds.ts';
import { isStaffOver, staffReach } from './access.ts';

export const CLAIM_DOCUMENT_KIND = 'mutual_aid_claim_document';

/** The claim's member, or staff over the claim's unit. */
export async function canReadClaim(db: Database, viewer: Viewer, claimId: string): Promise<boolean> {
  const claim = await db.query.mutualAidClaims.findFirst({ where: { id: claimId }, columns: { memberId: true, unionPath: true } });
  if (!claim) return false;
  if (viewer.member?.id === claim.memberId) return true;
  return isStaffOver(await staffReach(db, viewer), claim.unionPath);
}

registerAttachmentKind(CLAIM_DOCUMENT_KIND, {
  label: '理赔材料',
  allowedTypes: ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'],
  maxBytes: 8 * 1024 * 1024,
  canView: async (db, viewer, documentId) => {
    const doc = await db.query.mutualAidClaimDocuments.findFirst({ where: { id: documentId }, columns: { claimId: true } });
    return doc ? canReadClaim(db, viewer, doc.claimId) : false;
  },
});
