import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';

/**
 * The versions the demo accounts accepted: the ones in force (schema/src/accounts/legal-texts.ts;
 * a unit test there keeps the two equal), so the demo starts without a consent prompt. Publishing a
 * new version without changing this makes every demo account see the prompt, as real users would.
 */
export const DEMO_ACCEPTED_VERSIONS = { user_agreement: '2026-12-01', privacy_policy: '2026-12-01' } as const;

/** Every demo account (members, staff, merchants, employers) accepted both documents. */
export async function seedConsents(tx: Database): Promise<void> {
  await tx.execute(sql`
    insert into consents (user_id, document, version)
    select u.id, d.document::consent_document, d.version
    from users u cross join (values ('user_agreement', ${DEMO_ACCEPTED_VERSIONS.user_agreement}),
                                    ('privacy_policy', ${DEMO_ACCEPTED_VERSIONS.privacy_policy})) as d(document, version)
    on conflict do nothing`);
}
