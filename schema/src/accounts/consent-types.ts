import { consents } from '@huigong/db';
import { desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { CURRENT_VERSIONS, DOCUMENT_TITLES, pendingConsents, type ConsentDocument } from './consent.ts';
import { LEGAL_TEXTS, type LegalSection } from './legal-texts.ts';
import { UserRef } from './types.ts';

export const ConsentDocumentEnum = builder.enumType('ConsentDocument', {
  description: '注册与使用时须同意的法律文件（consent document）。',
  values: {
    USER_AGREEMENT: { value: 'user_agreement', description: '用户服务协议' },
    PRIVACY_POLICY: { value: 'privacy_policy', description: '个人信息保护政策' },
  } as const,
});

/** One published version of a document (the current one unless a version is named). */
interface LegalDocumentShape {
  document: ConsentDocument;
  version: string;
}

const versionOf = (d: LegalDocumentShape) => LEGAL_TEXTS[d.document].find((v) => v.version === d.version)!;

const LegalSectionRef = builder.objectRef<LegalSection>('LegalSection').implement({
  description: '法律文件正文的一节。',
  authScopes: { public: true },
  fields: (t) => ({
    heading: t.exposeString('heading', { description: '本节标题。' }),
    paragraphs: t.exposeStringList('paragraphs', { description: '本节的段落，纯文本，按顺序。' }),
  }),
});

const LegalDocumentRef = builder.objectRef<LegalDocumentShape>('LegalDocument');
LegalDocumentRef.implement({
  description: '一份法律文件的一个版本（用户服务协议或个人信息保护政策）。',
  authScopes: { public: true },
  fields: (t) => ({
    document: t.field({ type: ConsentDocumentEnum, description: '哪一份文件。', resolve: (d) => d.document }),
    title: t.string({ description: '文件标题，如《个人信息保护政策》。', resolve: (d) => DOCUMENT_TITLES[d.document] }),
    version: t.exposeString('version', { description: '版本号；同意时在 AcceptedDocumentInput.version 中传回。' }),
    current: t.boolean({ description: '是否为当前生效版本。', resolve: (d) => CURRENT_VERSIONS[d.document] === d.version }),
    effectiveFrom: t.field({ type: 'Date', description: '生效日期（北京时间）。', resolve: (d) => versionOf(d).effectiveFrom }),
    changes: t.stringList({ description: '相对上一版本的主要变化。', resolve: (d) => versionOf(d).changes }),
    sections: t.field({ type: [LegalSectionRef], description: '正文。', resolve: (d) => versionOf(d).sections }),
    versions: t.field({
      type: [LegalDocumentRef],
      description: '此文件发布过的全部版本，最新在前。',
      resolve: (d) => LEGAL_TEXTS[d.document].map((v) => ({ document: d.document, version: v.version })).reverse(),
    }),
  }),
});

const current = (document: ConsentDocument): LegalDocumentShape => ({ document, version: CURRENT_VERSIONS[document] });

const ConsentRecordRef = builder.objectRef<typeof consents.$inferSelect>('ConsentRecord').implement({
  description: '本人同意某文件某版本的记录。',
  authScopes: (c) => ({ self: c.userId }),
  fields: (t) => ({
    document: t.field({ type: ConsentDocumentEnum, description: '同意的文件。', resolve: (c) => c.document }),
    version: t.exposeString('version', { description: '同意的版本。' }),
    acceptedAt: t.expose('acceptedAt', { type: 'DateTime', description: '同意的时间。' }),
  }),
});

builder.queryFields((t) => ({
  legalDocuments: t.field({
    type: [LegalDocumentRef],
    description: '注册时须同意的文件及当前版本。',
    authScopes: { public: true },
    resolve: () => (Object.keys(CURRENT_VERSIONS) as ConsentDocument[]).map(current),
  }),
  legalDocument: t.field({
    type: LegalDocumentRef,
    nullable: true,
    description: '一份法律文件的正文：不给 version 时为当前版本；没有该版本时为空。',
    authScopes: { public: true },
    args: {
      document: t.arg({ type: ConsentDocumentEnum, required: true, description: '哪一份文件。' }),
      version: t.arg.string({ required: false, validate: z.string().max(40), description: '版本号，最多 40 个字符；不给为当前版本。' }),
    },
    resolve: (_root, args) => {
      const version = args.version ?? CURRENT_VERSIONS[args.document];
      return LEGAL_TEXTS[args.document].some((v) => v.version === version) ? { document: args.document, version } : null;
    },
  }),
}));

builder.objectFields(UserRef, (t) => ({
  pendingConsents: t.field({
    type: [LegalDocumentRef],
    description: '须重新同意的文件：当前版本比本人同意过的更新（或从未同意）。不为空时，应先请用户阅读并同意（acceptConsents）再继续。',
    resolve: async (user, _args, ctx) => (await pendingConsents(ctx.db, user.id)).map(current),
  }),
  consents: t.field({
    type: [ConsentRecordRef],
    description: '本人同意过的文件版本及时间，最新在前。',
    resolve: (user, _args, ctx) =>
      ctx.db.select().from(consents).where(eq(consents.userId, user.id)).orderBy(desc(consents.acceptedAt)),
  }),
}));

export const AcceptedDocumentInput = builder.inputType('AcceptedDocumentInput', {
  description: '用户勾选同意的文件及其版本（须为当前版本，见 legalDocuments）。',
  fields: (t) => ({
    document: t.field({ type: ConsentDocumentEnum, required: true, description: '同意的文件。' }),
    version: t.string({ required: true, validate: z.string().max(40), description: '同意的版本号（LegalDocument.version），最多 40 个字符；不是当前版本时返回 ConsentRequired。' }),
  }),
});
