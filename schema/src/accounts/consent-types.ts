import { builder } from '../builder.ts';
import { CURRENT_VERSIONS, DOCUMENT_TITLES, pendingConsents, type ConsentDocument } from './consent.ts';
import { UserRef } from './types.ts';

export const ConsentDocumentEnum = builder.enumType('ConsentDocument', {
  values: {
    USER_AGREEMENT: { value: 'user_agreement', description: '用户服务协议' },
    PRIVACY_POLICY: { value: 'privacy_policy', description: '个人信息保护政策' },
  } as const,
});

const LegalDocumentRef = builder.objectRef<ConsentDocument>('LegalDocument').implement({
  description: '当前生效的法律文件。',
  authScopes: { public: true },
  fields: (t) => ({
    document: t.field({ type: ConsentDocumentEnum, resolve: (d) => d }),
    title: t.string({ resolve: (d) => DOCUMENT_TITLES[d] }),
    version: t.string({ resolve: (d) => CURRENT_VERSIONS[d] }),
  }),
});

builder.queryFields((t) => ({
  legalDocuments: t.field({
    type: [LegalDocumentRef],
    description: '注册时须同意的文件及当前版本。',
    authScopes: { public: true },
    resolve: () => Object.keys(CURRENT_VERSIONS) as ConsentDocument[],
  }),
}));

builder.objectFields(UserRef, (t) => ({
  pendingConsents: t.field({
    type: [LegalDocumentRef],
    description: '尚未同意的当前版本文件（文件更新后须重新同意）。',
    resolve: (user, _args, ctx) => pendingConsents(ctx.db, user.id),
  }),
}));
