import { randomBytes } from 'node:crypto';
import { members, roleGrants, sessions, uniqueViolation, users, type Database } from '@huigong/db';
import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { HardshipFlagDerived } from '../hardship/errors.ts';
import { DomainError, fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { recordConsent, requireCurrentConsent, type ConsentDocument } from './consent.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.ts';
import type { AttemptGuard } from '../common/attempt-guard.ts';
import { hashToken, SESSION_TOKEN_PREFIX, type RoleName } from './viewer.ts';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export class PhoneTaken extends DomainError {
  readonly code = 'PHONE_TAKEN';
  constructor() {
    super('该手机号已注册，请直接登录');
  }
}

export class MemberCardTaken extends DomainError {
  readonly code = 'MEMBER_CARD_TAKEN';
  constructor() {
    super('该会员卡号已绑定其他账号');
  }
}

export class InvalidCredentials extends DomainError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('手机号或密码不正确');
  }
}

/** @deprecated moved to common/not-found.ts; import it from there (re-exported for now). */
export { NotFound };

export interface SignUpInput {
  phone: string;
  password: string;
  displayName: string;
  member?: {
    cardNumber: string;
    realName: string;
    unionId: string;
    birthDate?: string | null;
  } | null;
}

export interface IssuedSession {
  token: string;
  expiresAt: Date;
  userId: string;
}

export async function issueSession(db: Database, userId: string, userAgent: string | null): Promise<IssuedSession> {
  const token = SESSION_TOKEN_PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
  await db.insert(sessions).values({ userId, tokenHash: hashToken(token), expiresAt, userAgent });
  return { token, expiresAt, userId };
}

/** A member card binds to a grassroots union: answered as a field error before anything is written. */
export async function assertGrassrootsUnion(db: Database, member: SignUpInput['member']): Promise<void> {
  if (!member) return;
  const union = await db.query.unions.findFirst({ where: { id: member.unionId }, columns: { level: true } });
  if (!union) throw fieldError(['input', 'memberCard', 'union'], 'NOT_FOUND', '所选工会不存在');
  if (union.level !== 'grassroots') {
    throw fieldError(['input', 'memberCard', 'union'], 'NOT_GRASSROOTS', '会员须加入一个基层工会');
  }
}

/**
 * Inserts the user (and its member card binding when given) inside the caller's transaction.
 * Uniqueness of phone and card number is the database's job: two racing sign-ups cannot both win.
 */
export async function insertAccount(tx: Database, input: SignUpInput, passwordHash: string): Promise<string> {
  try {
    const [user] = await tx
      .insert(users)
      .values({ phone: input.phone, displayName: input.displayName, passwordHash })
      .returning({ id: users.id });
    if (!user) throw new Error('insert into users returned no row');
    if (input.member) {
      await tx.insert(members).values({
        userId: user.id,
        cardNumber: input.member.cardNumber,
        realName: input.member.realName,
        unionId: input.member.unionId,
        birthDate: input.member.birthDate ?? null,
      });
    }
    return user.id;
  } catch (error) {
    const constraint = uniqueViolation(error);
    if (constraint?.startsWith('users_phone')) throw new PhoneTaken();
    if (constraint?.startsWith('members_card_number')) throw new MemberCardTaken();
    throw error;
  }
}

/** Creates an account (and its member card binding when given) and signs it in, once the current agreement and policy are accepted. */
export async function signUp(
  db: Database,
  input: SignUpInput & { accepted: { document: ConsentDocument; version: string }[] },
  userAgent: string | null,
): Promise<IssuedSession> {
  requireCurrentConsent(input.accepted);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await assertGrassrootsUnion(tx, input.member);
    const userId = await insertAccount(tx, input, passwordHash);
    await recordConsent(tx, userId, ['user_agreement', 'privacy_policy']);
    return issueSession(tx, userId, userAgent);
  });
}

export async function login(
  db: Database,
  input: { phone: string; password: string },
  client: { userAgent: string | null; ip: string | null; guard?: AttemptGuard | undefined },
): Promise<IssuedSession> {
  await client.guard?.begin(input.phone, client.ip);
  const user = await db.query.users.findFirst({
    where: { phone: input.phone },
    columns: { id: true, passwordHash: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  if (!user || !ok) throw new InvalidCredentials();
  await client.guard?.succeeded(input.phone, client.ip);
  return issueSession(db, user.id, client.userAgent);
}

/** Revokes one session; the token stops working on the next request. */
export async function logout(db: Database, sessionId: string): Promise<boolean> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return revoked.length === 1;
}

export interface MemberFlagsInput {
  memberId: string;
  isHardship?: boolean | null;
  isModelWorker?: boolean | null;
  craftsmanTitle?: 'craftsman' | 'master_craftsman' | null;
  clearCraftsmanTitle?: boolean | null;
  reason: string;
}

/**
 * Union staff record a member's programme flags (劳模, 工匠). Authorization is checked by the caller.
 * 困难职工 is no longer a flag to set: it follows the hardship register (a confirmed file).
 */
export async function updateMemberFlags(db: Database, actorUserId: string, input: MemberFlagsInput) {
  if (input.isHardship != null) throw new HardshipFlagDerived();
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(members)
      .where(eq(members.id, input.memberId))
      .for('update');
    if (!before) throw new NotFound('会员');
    const changes = {
      ...(input.isHardship != null && { isHardship: input.isHardship }),
      ...(input.isModelWorker != null && { isModelWorker: input.isModelWorker }),
      ...(input.craftsmanTitle != null && { craftsmanTitle: input.craftsmanTitle }),
      ...(input.clearCraftsmanTitle && { craftsmanTitle: null }),
    };
    const [after] = await tx.update(members).set(changes).where(eq(members.id, input.memberId)).returning();
    if (!after) throw new NotFound('会员');
    const flags = (m: typeof before) =>
      JSON.stringify({ isHardship: m.isHardship, isModelWorker: m.isModelWorker, craftsmanTitle: m.craftsmanTitle });
    await recordAudit(tx, {
      actorUserId,
      action: 'member.flags_updated',
      subjectType: 'member',
      subjectId: after.id,
      fromState: flags(before),
      toState: flags(after),
      reason: input.reason,
    });
    return after;
  });
}

export class RoleAlreadyGranted extends DomainError {
  readonly code = 'ROLE_ALREADY_GRANTED';
  constructor() {
    super('该用户已拥有此角色');
  }
}

/** Grants a union-scoped role; the caller has checked the actor's authority over the union. */
export async function grantUnionRole(
  db: Database,
  actorUserId: string,
  input: { userId: string; role: Extract<RoleName, 'union_staff' | 'finance' | 'grant_reviewer' | 'legal_aid_lawyer'>; unionId: string | null },
) {
  return db.transaction(async (tx) => {
    const user = await tx.query.users.findFirst({ where: { id: input.userId }, columns: { id: true } });
    if (!user) throw new NotFound('用户');
    try {
      const [grant] = await tx
        .insert(roleGrants)
        .values({ userId: input.userId, role: input.role, unionId: input.role === 'grant_reviewer' ? null : input.unionId })
        .returning();
      if (!grant) throw new Error('insert into role_grants returned no row');
      await recordAudit(tx, {
        actorUserId,
        action: 'role.granted',
        subjectType: 'user',
        subjectId: input.userId,
        toState: input.role,
        data: { unionId: grant.unionId },
      });
      return grant;
    } catch (error) {
      if (uniqueViolation(error) !== undefined) throw new RoleAlreadyGranted();
      throw error;
    }
  });
}
