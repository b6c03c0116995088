import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { optionalText } from '../../common/validators.ts';
import { requireViewer } from '../../common/viewer.ts';
import { attachErrors } from '../../files/errors.ts';
import { StoredFileRef } from '../../files/types.ts';
import { HardshipDocumentKind } from '../document-types.ts';
import { addHardshipDocuments, type HardshipDocumentChoice } from '../documents.service.ts';
import { HardshipFileRef } from '../types.ts';

export const HardshipDocumentInput = builder.inputType('HardshipDocumentInput', {
  description: '一份证明材料：先以 POST /files?purpose=hardship_document 上传（PDF、JPEG、PNG、WebP，不超过 10 MB），再给出返回的 id。',
  fields: (t) => ({
    kind: t.field({ type: HardshipDocumentKind, required: true }),
    file: t.globalID({ required: true, for: [StoredFileRef], description: '本人上传的文件，每份上传只能使用一次。' }),
    reference: t.string({ required: false, validate: optionalText(60), description: '材料编号（可选）。' }),
  }),
});

/** The typed errors of attaching uploads, for every mutation that takes HardshipDocumentInput. */

export const documentsArg = z.array(z.any()).max(20, { message: '一次最多提交 20 份材料' });

export const toChoices = (documents: readonly { kind: string; file: { id: string }; reference?: string | null }[] | null | undefined) =>
  (documents ?? []).map((d): HardshipDocumentChoice => ({ kind: d.kind as HardshipDocumentChoice['kind'], fileId: d.file.id, reference: d.reference ?? null }));

const AddHardshipDocumentsInput = builder.inputType('AddHardshipDocumentsInput', {
  fields: (t) => ({
    file: t.globalID({ required: true, for: [HardshipFileRef] }),
    documents: t.field({ type: [HardshipDocumentInput], required: true, validate: documentsArg.min(1, { message: '请至少提交一份材料' }) }),
  }),
});

builder.mutationField('addHardshipDocuments', (t) =>
  t.drizzleField({
    type: 'hardshipFiles',
    description: '为在办或已认定的档案补充证明材料：会员本人，或基层工会工作人员。',
    nullable: true,
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: AddHardshipDocumentsInput, required: true }) },
    errors: { types: [InputValidationError, NotFound, InvalidTransition, ...attachErrors], dataField: { name: 'file' } },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await addHardshipDocuments(ctx.db, requireViewer(ctx), input.file.id, toChoices(input.documents));
      return found(ctx.db.query.hardshipFiles.findFirst(query({ where: { id } })), '困难职工档案');
    },
  }),
);
