import { createHash } from 'node:crypto';
import type { Database } from '@huigong/db';
import { sql } from 'drizzle-orm';

export type RoleName =
  | 'platform_admin'
  | 'union_staff'
  | 'grant_reviewer'
  | 'finance'
  | 'merchant_staff'
  | 'employer_staff'
  | 'legal_aid_lawyer';

export interface ViewerGrant {
  role: RoleName;
  unionId: string | null;
  /** Materialised path of the granted union, for subtree checks. */
  unionPath: string | null;
  organizationId: string | null;
}

/** The signed-in user of a request, with what authorization needs already loaded. */
export interface Viewer {
  userId: string;
  sessionId: string;
  displayName: string;
  member: {
    id: string;
    unionId: string;
    unionPath: string;
    isHardship: boolean;
    isModelWorker: boolean;
    craftsmanTitle: 'craftsman' | 'master_craftsman' | null;
  } | null;
  grants: ViewerGrant[];
}

export const SESSION_TOKEN_PREFIX = 'hgs_';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * The session lookup with everything authorization needs, built once per database handle and
 * reused as a prepared query: every authenticated request runs it, and building a relational
 * query with three nested relations is most of a small request's CPU (the benchmark's `me`
 * scenario measured it; README "Benchmark").
 */
function sessionQuery(db: Database) {
  return db.query.sessions
    .findFirst({
      where: {
        tokenHash: sql.placeholder('tokenHash'),
        revokedAt: { isNull: true },
        expiresAt: { gt: sql.placeholder('now') },
      },
      columns: { id: true },
      with: {
        user: {
          columns: { id: true, displayName: true },
          with: {
            member: { with: { union: { columns: { path: true } } } },
            roleGrants: { with: { union: { columns: { path: true } } } },
          },
        },
      },
    })
    .prepare('load_viewer_session');
}

const preparedSessionQueries = new WeakMap<Database, ReturnType<typeof sessionQuery>>();

/** Resolves a bearer token to its viewer; unknown, expired and revoked tokens give null. */
export async function loadViewer(db: Database, token: string | null): Promise<Viewer | null> {
  if (!token || !token.startsWith(SESSION_TOKEN_PREFIX)) return null;
  let prepared = preparedSessionQueries.get(db);
  if (!prepared) {
    prepared = sessionQuery(db);
    preparedSessionQueries.set(db, prepared);
  }
  // An ISO string: placeholders reach the driver unmapped, and postgres.js does not bind a Date.
  const session = await prepared.execute({ tokenHash: hashToken(token), now: new Date().toISOString() });
  if (!session) return null;
  const { user } = session;
  const member = user.member;
  return {
    userId: user.id,
    sessionId: session.id,
    displayName: user.displayName,
    member: member
      ? {
          id: member.id,
          unionId: member.unionId,
          unionPath: member.union.path,
          isHardship: member.isHardship,
          isModelWorker: member.isModelWorker,
          craftsmanTitle: member.craftsmanTitle,
        }
      : null,
    grants: user.roleGrants.map((grant) => ({
      role: grant.role,
      unionId: grant.unionId,
      unionPath: grant.union?.path ?? null,
      organizationId: grant.organizationId,
    })),
  };
}

export function isPlatformAdmin(viewer: Viewer | null): boolean {
  return viewer?.grants.some((g) => g.role === 'platform_admin') ?? false;
}

/** True when the viewer holds `role` over the union at `unionPath` (its own union or an ancestor). */
export function hasUnionRoleOver(viewer: Viewer | null, role: RoleName, unionPath: string): boolean {
  if (!viewer) return false;
  if (isPlatformAdmin(viewer)) return true;
  return viewer.grants.some(
    (g) => g.role === role && g.unionPath !== null && unionPath.startsWith(g.unionPath),
  );
}
