import { congressDelegates, type Database } from '@huigong/db';
import { and, eq } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { isCongressStaff } from './reader.ts';

export { isCongressStaff, readsSession, sessionPath, viewerDelegations, type Delegation } from './reader.ts';
import { NotFound } from '../common/not-found.ts';

export interface SessionRow {
  id: string;
  unionId: string;
  unionPath: string;
  stage: 'draft' | 'launched' | 'preparatory' | 'opening' | 'presidium' | 'group_discussion' | 'closed';
  ballotsChangeable: boolean;
  quorumNumerator: number;
  quorumDenominator: number;
  minCosigners: number;
}


/** The viewer's delegate row in the session, if the viewer is a delegate. */
export async function delegateOf(db: Database, viewer: Viewer | null, sessionId: string) {
  const memberId = viewer?.member?.id;
  if (!memberId) return undefined;
  const [row] = await db
    .select({ id: congressDelegates.id, isPresidium: congressDelegates.isPresidium, isGroupLeader: congressDelegates.isGroupLeader, groupName: congressDelegates.groupName })
    .from(congressDelegates)
    .where(and(eq(congressDelegates.sessionId, sessionId), eq(congressDelegates.memberId, memberId)));
  return row;
}

async function sessionRow(db: Database, sessionId: string): Promise<SessionRow | undefined> {
  return db.query.congressSessions.findFirst({
    where: { id: sessionId },
    columns: { id: true, unionId: true, unionPath: true, stage: true, ballotsChangeable: true, quorumNumerator: true, quorumDenominator: true, minCosigners: true },
  });
}

/** A session the viewer runs as staff of its union (or above); anything else is NotFound. */
export async function staffSession(db: Database, viewer: Viewer, sessionId: string): Promise<SessionRow> {
  const session = await sessionRow(db, sessionId);
  if (!session || !isCongressStaff(viewer, session.unionPath)) throw new NotFound('职工代表大会');
  return session;
}

/** A session the viewer sits in as a delegate; anything else is NotFound. */
export async function delegateSession(db: Database, viewer: Viewer, sessionId: string) {
  const session = await sessionRow(db, sessionId);
  const delegate = session ? await delegateOf(db, viewer, session.id) : undefined;
  if (!session || !delegate) throw new NotFound('职工代表大会');
  return { session, delegate };
}

/** Staff or delegate: may read the session. */
export async function canReadSession(db: Database, viewer: Viewer | null, session: { id: string; unionPath: string }): Promise<boolean> {
  if (isCongressStaff(viewer, session.unionPath)) return true;
  return (await delegateOf(db, viewer, session.id)) !== undefined;
}

