import { GRANT_DOCUMENT_MAX_BYTES } from '@huigong/db';
import { z } from 'zod';
import type { Viewer } from '../../accounts/viewer.ts';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { fieldError } from '../../common/errors.ts';
import { found } from '../../common/reload.ts';
import { requireViewer } from '../../common/viewer.ts';
import { attachErrors } from '../../files/errors.ts';
import { deleteStoredFile, type StoredFileRow } from '../../files/files.service.ts';
import { StoredFileRef } from '../../files/types.ts';
import { storeInlineUpload, UploadRefused } from '../../files/upload.service.ts';
import { GRANT_DOCUMENT_KIND, GRANT_DOCUMENT_MAX_UPLOAD_BYTES } from '../attachments.ts';
import { attachGrantDocument, type DocumentChoice } from '../documents.service.ts';
import { GrantApplicationRef } from '../types/applications.ts';
import { GrantDocumentType } from '../types/enums.ts';
import { applicationRole, stateErrors, text } from './shared.ts';

const INLINE = '改用 file：先以 POST /files?purpose=grant_document 上传，再传回返回的 id。';

export const GrantDocumentInput = builder.inputType('GrantDocumentInput', {
  description:
    `一份申报材料：PDF、JPEG 或 PNG，不超过 ${GRANT_DOCUMENT_MAX_UPLOAD_BYTES / 1024 / 1024} MB。` +
    '先以 POST /files?purpose=grant_document 上传（docs/files.md），再在 file 中给出返回的 id；' +
    `旧的内联方式（fileName、contentType、contentBase64，至多 ${GRANT_DOCUMENT_MAX_BYTES / 1024} KB）仍可用，已弃用。`,
  fields: (t) => ({
    kind: t.string({ required: true, validate: text(1, 100, '材料名称'), description: '项目 requiredDocuments 中的一项。' }),
    file: t.globalID({ required: false, for: [StoredFileRef], description: '本人上传的文件（purpose=grant_document），每份上传只能使用一次。' }),
    fileName: t.string({ required: false, validate: text(1, 200, '文件名'), deprecationReason: INLINE }),
    contentType: t.field({ type: GrantDocumentType, required: false, deprecationReason: INLINE }),
    contentBase64: t.string({
      required: false,
      deprecationReason: INLINE,
      validate: z
        .base64({ message: '须为 Base64 编码的文件内容' })
        .max(Math.ceil(GRANT_DOCUMENT_MAX_BYTES / 3) * 4, { message: `文件不能超过 ${GRANT_DOCUMENT_MAX_BYTES / 1024} KB` }),
    }),
  }),
});

/** The typed errors of attaching documents, besides the state ones. */

interface DocumentInputValue {
  kind: string;
  file?: { id: string } | null;
  fileName?: string | null;
  contentType?: string | null;
  contentBase64?: string | null;
}

/** Refusals of an inline upload, under the codes the inline field has always answered with. */
const INLINE_CODES: Record<string, string> = { UNSUPPORTED_FILE_TYPE: 'TYPE_MISMATCH', FILE_TOO_LARGE: 'TOO_BIG', EMPTY_FILE: 'TOO_BIG' };

/**
 * Runs `change` with the documents as uploads: a `file` as it is, inline content first stored
 * as an upload of the viewer's (the same checks as POST /files). When `change` fails, the inline
 * uploads are removed again, so a refused request keeps nothing.
 */
export async function withDocuments<T>(
  ctx: Context,
  viewer: Viewer,
  inputs: readonly DocumentInputValue[],
  path: string[],
  change: (documents: DocumentChoice[]) => Promise<T>,
): Promise<T> {
  const inline: StoredFileRow[] = [];
  const discard = async () => {
    for (const file of inline) await deleteStoredFile(ctx.db, ctx.files!.stores, file);
  };
  try {
    const documents: DocumentChoice[] = [];
    for (const [i, input] of inputs.entries()) {
      const at = inputs.length === 1 && path.at(-1) !== 'documents' ? path : [...path, String(i)];
      if (input.file) {
        if (input.contentBase64 != null) throw fieldError([...at, 'contentBase64'], 'EITHER_FILE_OR_CONTENT', '请只给出 file，或只内联文件内容');
        documents.push({ kind: input.kind, fileId: input.file.id });
        continue;
      }
      if (input.contentBase64 == null || !input.fileName || !input.contentType) {
        throw fieldError([...at, 'file'], 'REQUIRED', '请先上传文件并给出 file');
      }
      if (!ctx.files) throw new Error('inline grant documents need the file storage in the context');
      const content = Buffer.from(input.contentBase64, 'base64');
      let stored: StoredFileRow;
      try {
        stored = await storeInlineUpload(ctx.db, ctx.files, viewer, { purpose: GRANT_DOCUMENT_KIND, fileName: input.fileName, content });
      } catch (error) {
        if (!(error instanceof UploadRefused)) throw error;
        throw fieldError([...at, 'contentBase64'], INLINE_CODES[error.code] ?? error.code, error.message);
      }
      inline.push(stored);
      if (stored.contentType !== input.contentType) {
        throw fieldError([...at, 'contentBase64'], 'TYPE_MISMATCH', '文件内容与声明的类型不符');
      }
      documents.push({ kind: input.kind, fileId: stored.id });
    }
    return await change(documents);
  } catch (error) {
    await discard();
    throw error;
  }
}

const AttachGrantDocumentInput = builder.inputType('AttachGrantDocumentInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [GrantApplicationRef] }),
    document: t.field({ type: GrantDocumentInput, required: true }),
  }),
});

builder.mutationField('attachGrantDocument', (t) =>
  t.drizzleField({
    type: 'grantApplications',
    description: '申请人上传或替换一份申报材料（草稿或需补充材料时）。',
    nullable: true,
    args: { input: t.arg({ type: AttachGrantDocumentInput, required: true }) },
    authScopes: (_root, { input }, ctx) => applicationRole(ctx, input.application.id, 'applicant'),
    errors: { types: [...stateErrors, ...attachErrors], dataField: { name: 'application' } },
    resolve: async (query, _root, { input }, ctx) => {
      const viewer = requireViewer(ctx);
      await withDocuments(ctx, viewer, [input.document], ['input', 'document'], ([document]) =>
        attachGrantDocument(ctx.db, viewer, input.application.id, document!),
      );
      return found(ctx.db.query.grantApplications.findFirst(query({ where: { id: input.application.id } })), '资助申请');
    },
  }),
);
