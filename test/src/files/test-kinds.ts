import { registerAttachmentKind } from '@huigong/schema/files/attachment-kinds';

/**
 * Attachment kinds for the tests, registered the way a domain registers its own: who may see a
 * file attached to a row is decided here, by a table of (row id → user ids) the test fills.
 */
export const viewersOf = new Map<string, Set<string>>();

registerAttachmentKind('test_evidence', {
  label: '测试材料',
  canView: async (_db, viewer, attachmentId) => viewersOf.get(attachmentId)?.has(viewer.userId) ?? false,
});

/** A kind with its own, narrower rules: images only, at most 1 KB. */
registerAttachmentKind('test_photo', {
  label: '测试照片',
  allowedTypes: ['image/jpeg', 'image/png'],
  maxBytes: 1024,
  canView: async () => false,
});
