import { GRANT_DOCUMENT_MAX_BYTES } from '@huigong/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { found } from '../../common/reload.ts';
import { requireViewer } from '../../common/viewer.ts';
import { attachGrantDocument, type DocumentUpload } from '../documents.service.ts';
import { GrantApplicationRef } from '../types/applications.ts';
import { GrantDocumentType } from '../types/enums.ts';
import { applicationRole, stateErrors, text } from './shared.ts';

// Grant documents, uploaded inline as Base64 (also inside createGrantApplication's input).

export const GrantDocumentInput = builder.inputType('GrantDocumentInput', {
  description: `一份申报材料：PDF、JPEG 或 PNG，不超过 ${GRANT_DOCUMENT_MAX_BYTES / 1024} KB。`,
  fields: (t) => ({
    kind: t.string({ required: true, validate: text(1, 100, '材料名称'), description: '项目 requiredDocuments 中的一项。' }),
    fileName: t.string({ required: true, validate: text(1, 200, '文件名') }),
    contentType: t.field({ type: GrantDocumentType, required: true }),
    contentBase64: t.string({
      required: true,
      validate: z
        .base64({ message: '须为 Base64 编码的文件内容' })
        .max(Math.ceil(GRANT_DOCUMENT_MAX_BYTES / 3) * 4, { message: `文件不能超过 ${GRANT_DOCUMENT_MAX_BYTES / 1024} KB` }),
    }),
  }),
});

export const toUpload = (d: { kind: string; fileName: string; contentType: string; contentBase64: string }): DocumentUpload => ({
  kind: d.kind,
  fileName: d.fileName,
  contentType: d.contentType as DocumentUpload['contentType'],
  content: Buffer.from(d.contentBase64, 'base64'),
});

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
    errors: { types: [...stateErrors], dataField: { name: 'application' } },
    resolve: async (query, _root, { input }, ctx) => {
      await attachGrantDocument(ctx.db, requireViewer(ctx).userId, input.application.id, toUpload(input.document));
      return found(ctx.db.query.grantApplications.findFirst(query({ where: { id: input.application.id } })), '资助申请');
    },
  }),
);
