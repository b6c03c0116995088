import { consents, type Database } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { DomainError } from '../common/errors.ts';
import { currentText, type LegalDocumentKind } from './legal-texts.ts';

export type ConsentDocument = LegalDocumentKind;

/**
 * The versions in force: the last of each document in legal-texts.ts. Publishing a new text means
 * a new version there: everyone who accepted an older one is asked again (`me.pendingConsents`,
 * and the storefront's prompt) on their next visit.
 */
export const CURRENT_VERSIONS: Record<ConsentDocument, string> = {
  user_agreement: currentText('user_agreement').version,
  privacy_policy: currentText('privacy_policy').version,
};

export const DOCUMENT_TITLES: Record<ConsentDocument, string> = {
  user_agreement: '惠工用户服务协议',
  privacy_policy: '惠工个人信息保护政策',
};

export class ConsentRequired extends DomainError {
  readonly code = 'CONSENT_REQUIRED';
  constructor(readonly documents: ConsentDocument[]) {
    super('请阅读并同意最新版本的《用户服务协议》和《个人信息保护政策》');
  }
}

/** Refuses unless every current version is among the accepted ones. */
export function requireCurrentConsent(accepted: { document: ConsentDocument; version: string }[]): void {
  const missing = (Object.keys(CURRENT_VERSIONS) as ConsentDocument[]).filter(
    (document) => !accepted.some((a) => a.document === document && a.version === CURRENT_VERSIONS[document]),
  );
  if (missing.length > 0) throw new ConsentRequired(missing);
}

/** Records acceptance of the current versions (again accepting one is a no-op). */
export async function recordConsent(db: Database, userId: string, documents: ConsentDocument[]): Promise<void> {
  if (documents.length === 0) return;
  await db
    .insert(consents)
    .values(documents.map((document) => ({ userId, document, version: CURRENT_VERSIONS[document] })))
    .onConflictDoNothing();
}

/** The current documents this user has not accepted yet. */
export async function pendingConsents(db: Database, userId: string): Promise<ConsentDocument[]> {
  const rows = await db
    .select({ document: consents.document, version: consents.version })
    .from(consents)
    .where(sql`${consents.userId} = ${userId}`);
  return (Object.keys(CURRENT_VERSIONS) as ConsentDocument[]).filter(
    (document) => !rows.some((r) => r.document === document && r.version === CURRENT_VERSIONS[document]),
  );
}
