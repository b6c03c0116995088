import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { apiClients, apiKeys, type Database } from '@huigong/db';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { DomainError, fieldError } from '../common/errors.ts';
import { unionPath } from '../accounts/unions.service.ts';

export type ApiScope = (typeof apiKeys.$inferSelect)['scopes'][number];

export const API_KEY_PREFIX = 'hgk_';

/** The integrator behind a request authenticated with an API key. */
export interface ApiCaller {
  clientId: string;
  keyId: string;
  scopes: ApiScope[];
  /** The merchant whose till this client is, if any: its keys redeem codes for that merchant only. */
  merchantId: string | null;
}

export class ApiKeyNotActive extends DomainError {
  readonly code = 'API_KEY_NOT_ACTIVE';
  constructor() {
    super('该密钥已吊销或已过期');
  }
}

const sha256 = (value: string) => createHash('sha256').update(value).digest();

function mintKey(): { prefix: string; secret: string; plaintext: string } {
  const prefix = randomBytes(6).toString('base64url');
  const secret = randomBytes(32).toString('base64url');
  return { prefix, secret, plaintext: `${API_KEY_PREFIX}${prefix}_${secret}` };
}

/** Resolves `hgk_<prefix>_<secret>` to its client; unknown, revoked and expired keys give null. */
export async function authenticateApiKey(db: Database, token: string): Promise<ApiCaller | null> {
  const match = /^hgk_([A-Za-z0-9_-]{8})_([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, prefix, secret] = match as unknown as [string, string, string];
  const key = await db.query.apiKeys.findFirst({ where: { prefix }, with: { client: { columns: { merchantId: true } } } });
  if (!key) return null;
  const expected = Buffer.from(key.secretHash, 'base64url');
  const actual = sha256(secret);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  const now = new Date();
  if (key.revokedAt || (key.expiresAt && key.expiresAt <= now)) return null;
  // Recorded at most once a minute per key, so a busy integrator does not write on every request.
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, key.id), or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, sql`now() - interval '1 minute'`))));
  return { clientId: key.clientId, keyId: key.id, scopes: key.scopes, merchantId: key.client.merchantId };
}

export async function createApiClient(
  db: Database,
  actorUserId: string,
  input: { name: string; organization: string; unionId: string; merchantId?: string | null },
) {
  if (input.merchantId) {
    const merchant = await db.query.merchants.findFirst({
      where: { id: input.merchantId },
      columns: { status: true },
      with: { union: { columns: { path: true } } },
    });
    const clientUnion = await unionPath(db, input.unionId);
    // A merchant outside the registering union's area is refused as if unknown: staff learn
    // nothing about merchants they do not oversee.
    if (!merchant || !clientUnion || !merchant.union.path.startsWith(clientUnion)) {
      throw fieldError(['input', 'merchant'], 'MERCHANT_NOT_IN_UNION', '该商家不在登记工会的辖区内');
    }
    if (merchant.status !== 'approved') throw fieldError(['input', 'merchant'], 'MERCHANT_NOT_APPROVED', '该商家尚未通过审核');
  }
  return db.transaction(async (tx) => {
    const [client] = await tx.insert(apiClients).values({ ...input, createdBy: actorUserId }).returning();
    if (!client) throw new Error('insert into api_clients returned no row');
    await recordAudit(tx, {
      actorUserId,
      action: 'api_client.created',
      subjectType: 'api_client',
      subjectId: client.id,
      toState: 'active',
      data: { name: input.name, organization: input.organization, merchantId: input.merchantId ?? null },
    });
    return client;
  });
}

export async function issueApiKey(
  db: Database,
  actorUserId: string,
  input: { clientId: string; scopes: ApiScope[]; expiresAt?: Date | null },
) {
  const minted = mintKey();
  return db.transaction(async (tx) => {
    const [key] = await tx
      .insert(apiKeys)
      .values({
        clientId: input.clientId,
        prefix: minted.prefix,
        secretHash: sha256(minted.secret).toString('base64url'),
        scopes: [...new Set(input.scopes)],
        createdBy: actorUserId,
        expiresAt: input.expiresAt ?? null,
      })
      .returning();
    if (!key) throw new Error('insert into api_keys returned no row');
    await recordAudit(tx, {
      actorUserId,
      action: 'api_key.issued',
      subjectType: 'api_key',
      subjectId: key.id,
      toState: 'active',
      data: { clientId: input.clientId, scopes: key.scopes },
    });
    return { key, secret: minted.plaintext };
  });
}

/**
 * Issues a successor with the same scopes and lets the old key live on for `overlapHours`, so the
 * integrator can deploy the new key without an outage. The old key is locked while this happens.
 */
export async function rotateApiKey(db: Database, actorUserId: string, input: { keyId: string; overlapHours: number }) {
  const minted = mintKey();
  return db.transaction(async (tx) => {
    const [old] = await tx.select().from(apiKeys).where(eq(apiKeys.id, input.keyId)).for('update');
    const now = new Date();
    if (!old || old.revokedAt || (old.expiresAt && old.expiresAt <= now)) throw new ApiKeyNotActive();
    const overlapEnds = new Date(now.getTime() + input.overlapHours * 3_600_000);
    await tx
      .update(apiKeys)
      .set({ expiresAt: old.expiresAt && old.expiresAt < overlapEnds ? old.expiresAt : overlapEnds })
      .where(eq(apiKeys.id, old.id));
    const [key] = await tx
      .insert(apiKeys)
      .values({
        clientId: old.clientId,
        prefix: minted.prefix,
        secretHash: sha256(minted.secret).toString('base64url'),
        scopes: old.scopes,
        createdBy: actorUserId,
      })
      .returning();
    if (!key) throw new Error('insert into api_keys returned no row');
    await recordAudit(tx, {
      actorUserId,
      action: 'api_key.rotated',
      subjectType: 'api_key',
      subjectId: old.id,
      fromState: 'active',
      toState: 'expiring',
      data: { successorId: key.id, overlapEnds: overlapEnds.toISOString() },
    });
    return { key, secret: minted.plaintext };
  });
}

export async function revokeApiKey(db: Database, actorUserId: string, input: { keyId: string; reason: string }) {
  return db.transaction(async (tx) => {
    const [key] = await tx
      .update(apiKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiKeys.id, input.keyId), isNull(apiKeys.revokedAt)))
      .returning();
    if (!key) throw new ApiKeyNotActive();
    await recordAudit(tx, {
      actorUserId,
      action: 'api_key.revoked',
      subjectType: 'api_key',
      subjectId: key.id,
      fromState: 'active',
      toState: 'revoked',
      reason: input.reason,
    });
    return key;
  });
}
