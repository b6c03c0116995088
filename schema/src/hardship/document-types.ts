import { builder } from '../builder.ts';
import { StoredFileRef } from '../files/types.ts';
import { HARDSHIP_DOCUMENT_KINDS, type HardshipDocumentKind as Kind } from './documents.service.ts';
import { HardshipFileRef } from './types.ts';

const KIND_LABELS: Record<Kind, string> = {
  income_proof: '收入证明',
  illness_diagnosis: '诊断证明、病历',
  disability_certificate: '残疾证',
  unemployment_proof: '失业证明',
  admission_letter: '录取通知书',
  hospital_bill: '住院结算单',
  disaster_proof: '受灾证明',
  labour_contract: '劳动合同',
  household_register: '户口簿',
  other: '其他材料',
};

export const HardshipDocumentKind = builder.enumType('HardshipDocumentKind', {
  description: '困难职工档案的证明材料类别。',
  values: Object.fromEntries(HARDSHIP_DOCUMENT_KINDS.map((k) => [k.toUpperCase(), { value: k, description: KIND_LABELS[k] }])) as Record<
    Uppercase<Kind>,
    { value: Kind; description: string }
  >,
});

export const HardshipDocumentRef = builder.drizzleObject('hardshipDocuments', {
  name: 'HardshipDocument',
  description: '档案的一份证明材料。经由所属档案访问，档案本身已检查权限（会员本人与辖区工会工作人员）。',
  authScopes: { authenticated: true },
  fields: (t) => ({
    kind: t.field({ type: HardshipDocumentKind, resolve: (d) => d.kind as Kind }),
    kindLabel: t.string({ description: '类别的中文名称。', resolve: (d) => KIND_LABELS[d.kind as Kind] ?? d.kind }),
    reference: t.string({ nullable: true, description: '材料自身的编号（如录取通知书号、住院结算单号）。', resolve: (d) => d.reference || null }),
    file: t.relation('storedFile', {
      type: StoredFileRef,
      nullable: true,
      description: '上传的文件；只登记了编号、未附扫描件的材料为 null。',
    }),
    addedAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.drizzleObjectField(HardshipFileRef, 'documents', (t) =>
  t.relation('documents', {
    type: HardshipDocumentRef,
    description: '档案与其帮扶申请的证明材料，先交的在前。',
    query: { orderBy: { createdAt: 'asc' } },
  }),
);
