import { congressDelegates, type Database } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { hasUnionRoleOver, type Viewer } from '../accounts/viewer.ts';

// Who may read a congress session: imported by scopes.ts, so nothing here may import the builder.

export const isCongressStaff = (viewer: Viewer | null, unionPath: string) => hasUnionRoleOver(viewer, 'union_staff', unionPath);

export interface Delegation {
  id: string;
  sessionId: string;
  isPresidium: boolean;
  isGroupLeader: boolean;
  groupName: string;
}

const delegationMemo = new WeakMap<object, Promise<Map<string, Delegation>>>();

/** All of the viewer's delegate seats, once per request (keyed by the request's context). */
export function viewerDelegations(ctx: { db: Database; viewer: Viewer | null }): Promise<Map<string, Delegation>> {
  let known = delegationMemo.get(ctx);
  if (!known) {
    const memberId = ctx.viewer?.member?.id;
    known = memberId
      ? ctx.db
          .select({
            id: congressDelegates.id,
            sessionId: congressDelegates.sessionId,
            isPresidium: congressDelegates.isPresidium,
            isGroupLeader: congressDelegates.isGroupLeader,
            groupName: congressDelegates.groupName,
          })
          .from(congressDelegates)
          .where(eq(congressDelegates.memberId, memberId))
          .then((rows) => new Map(rows.map((r) => [r.sessionId, r])))
      : Promise.resolve(new Map());
    delegationMemo.set(ctx, known);
  }
  return known;
}

const pathMemo = new WeakMap<object, Map<string, Promise<string | null>>>();

/** The session's union path, once per request. */
export function sessionPath(ctx: { db: Database }, sessionId: string): Promise<string | null> {
  let map = pathMemo.get(ctx);
  if (!map) pathMemo.set(ctx, (map = new Map()));
  let known = map.get(sessionId);
  if (!known) {
    known = ctx.db.query.congressSessions
      .findFirst({ where: { id: sessionId }, columns: { unionPath: true } })
      .then((s) => s?.unionPath ?? null);
    map.set(sessionId, known);
  }
  return known;
}

/** Staff over the session's union, or one of its delegates. */
export async function readsSession(ctx: { db: Database; viewer: Viewer | null }, sessionId: string): Promise<boolean> {
  if (!ctx.viewer) return false;
  if ((await viewerDelegations(ctx)).has(sessionId)) return true;
  const path = await sessionPath(ctx, sessionId);
  return path !== null && isCongressStaff(ctx.viewer, path);
}

/**
 * Reads one delegation group's opinions and summary: staff over the session's union, the
 * session's presidium members, or a delegate of that group. Other delegates see only their own
 * group's (docs/congress.md, "Opinions on drafts").
 */
export async function readsGroup(ctx: { db: Database; viewer: Viewer | null }, key: { sessionId: string; groupName: string }): Promise<boolean> {
  if (!ctx.viewer) return false;
  const seat = (await viewerDelegations(ctx)).get(key.sessionId);
  if (seat && (seat.isPresidium || seat.groupName === key.groupName)) return true;
  const path = await sessionPath(ctx, key.sessionId);
  return path !== null && isCongressStaff(ctx.viewer, path);
}
