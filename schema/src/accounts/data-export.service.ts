import { executeRows, type Database } from '@huigong/db';
import { sql, type SQL } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { NotFound } from '../common/not-found.ts';

/**
 * Everything the platform holds about a person, as one JSON document (PIPL art. 45: the right to
 * copy one's personal information). Rows are exported as stored (snake_case columns) so nothing
 * is lost in translation; secrets are left out: the password hash, session token hashes and the
 * hashes of SMS codes.
 */
export interface DataExport {
  format: 'huigong-personal-data-export';
  formatVersion: 1;
  generatedAt: string;
  account: Record<string, unknown>;
  memberCard: Record<string, unknown> | null;
  [section: string]: unknown;
}

/** All rows of `from` matching `where`, as a JSON array, without the `omit` columns. */
async function rows(db: Database, from: string, where: SQL, omit: string[] = []): Promise<Record<string, unknown>[]> {
  const minus = omit.map((column) => sql.raw(` - '${column}'`));
  const [result] = await executeRows<{ rows: Record<string, unknown>[] | string }>(db, sql`
    select coalesce(jsonb_agg(to_jsonb(t)${sql.join(minus, sql``)}), '[]'::jsonb) as rows
    from ${sql.raw(from)} t where ${where}`);
  const value = result?.rows ?? [];
  return typeof value === 'string' ? JSON.parse(value) : value;
}

const ids = (list: Record<string, unknown>[]) => list.map((r) => String(r.id));

export async function exportPersonalData(db: Database, userId: string): Promise<{ fileName: string; json: string; generatedAt: Date }> {
  const generatedAt = new Date();
  const [account] = await rows(db, 'users', sql`t.id = ${userId}`, ['password_hash']);
  if (!account) throw new NotFound('账号');
  const [memberCard] = await rows(db, 'members', sql`t.user_id = ${userId}`);
  const memberId = memberCard ? String(memberCard.id) : null;
  const byMember = (from: string, column = 'member_id') =>
    memberId ? rows(db, from, sql`t.${sql.raw(column)} = ${memberId}`) : Promise.resolve([]);

  const data: DataExport = {
    format: 'huigong-personal-data-export',
    formatVersion: 1,
    generatedAt: generatedAt.toISOString(),
    account,
    memberCard: memberCard ?? null,
    roles: await rows(db, 'role_grants', sql`t.user_id = ${userId}`),
    consents: await rows(db, 'consents', sql`t.user_id = ${userId}`),
    sessions: await rows(db, 'sessions', sql`t.user_id = ${userId}`, ['token_hash']),
    accountClosures: await rows(db, 'account_closures', sql`t.user_id = ${userId}`),
    messageSettings: await rows(db, 'message_settings', sql`t.user_id = ${userId}`),
    messages: await rows(db, 'messages', sql`t.user_id = ${userId}`),
    smsDeliveries: await rows(db, 'sms_deliveries', sql`t.message_id in (select id from messages where user_id = ${userId})`),
    offerClaims: await byMember('offer_claims'),
    voucherPurchases: await byMember('voucher_purchases'),
    jobApplications: await byMember('job_applications'),
    jobFairRegistrations: await byMember('job_fair_registrations'),
    jobSeekerProfile: await byMember('job_seeker_profiles'),
    jobRecommendations: await byMember('job_recommendations'),
    competitionEntries: await byMember('competition_entries', 'registrant_member_id'),
    competitionParticipations: await byMember('competition_participants'),
    competitionCertificates: await byMember('competition_certificates'),
    skillCertificates: await byMember('member_skill_certificates'),
    grantApplications: await byMember('grant_applications', 'applicant_member_id'),
    grantDocuments: await rows(
      db,
      'grant_documents',
      sql`t.application_id in (select a.id from grant_applications a join members m on m.id = a.applicant_member_id where m.user_id = ${userId})`,
      ['content'],
    ),
    hardshipFiles: await byMember('hardship_files'),
    hardshipDocuments: await rows(db, 'hardship_documents', sql`t.file_id in (select id from hardship_files where member_id = ${memberId ?? null})`),
    hardshipAidApplications: await byMember('hardship_aid_applications'),
    hardshipLoans: await byMember('hardship_loans'),
    hardshipVisits: await rows(db, 'hardship_visits', sql`t.file_id in (select id from hardship_files where member_id = ${memberId ?? null})`),
    hardshipPairings: await rows(db, 'hardship_pairings', sql`t.file_id in (select id from hardship_files where member_id = ${memberId ?? null})`),
    // The files themselves are downloaded from GET /files/:id; here is what is stored of them.
    uploadedFiles: await rows(db, 'stored_files', sql`t.uploaded_by_user_id = ${userId}`, ['storage_key']),
  };
  // Audit entries the person made, or about them or anything of theirs exported above.
  const subjects = [
    userId,
    ...(memberId ? [memberId] : []),
    ...[
      'offerClaims',
      'voucherPurchases',
      'jobApplications',
      'competitionEntries',
      'grantApplications',
      'hardshipFiles',
      'hardshipAidApplications',
      'hardshipLoans',
      'messages',
    ].flatMap((k) =>
      ids(data[k] as Record<string, unknown>[]),
    ),
  ];
  data.auditEntries = await rows(
    db,
    'audit_events',
    sql`(t.actor_user_id = ${userId} or t.subject_id in (${sql.join(subjects.map((id) => sql`${id}::uuid`), sql`, `)}))`,
  );
  await recordAudit(db, { actorUserId: userId, action: 'user.data_exported', subjectType: 'user', subjectId: userId });
  const day = generatedAt.toISOString().slice(0, 10);
  return { fileName: `huigong-personal-data-${day}.json`, json: JSON.stringify(data, null, 2), generatedAt };
}
