import type { Database } from '@huigong/db';
import { unionPath } from '../accounts/unions.service.ts';
import { hasUnionRoleOver, type Viewer } from '../accounts/viewer.ts';
import { requireViewer } from '../common/viewer.ts';
import type { Context } from '../context.ts';

/**
 * The organizing union of a competition never changes after creation, so it is memoised per
 * process like union paths: authorization of every entry field would otherwise cost a query.
 */
const organizerOfCompetition = new Map<string, string>();
const competitionOfEntry = new Map<string, string>();

export async function competitionOrganizer(
  db: Database,
  of: { competitionId: string } | { entryId: string },
): Promise<string | null> {
  let competitionId: string | undefined;
  if ('competitionId' in of) competitionId = of.competitionId;
  else {
    competitionId = competitionOfEntry.get(of.entryId);
    if (!competitionId) {
      const entry = await db.query.competitionEntries.findFirst({
        where: { id: of.entryId },
        columns: { competitionId: true },
      });
      if (!entry) return null;
      competitionId = entry.competitionId;
      competitionOfEntry.set(of.entryId, competitionId);
    }
  }
  const known = organizerOfCompetition.get(competitionId);
  if (known) return known;
  const competition = await db.query.competitions.findFirst({
    where: { id: competitionId },
    columns: { organizerUnionId: true },
  });
  if (!competition) return null;
  organizerOfCompetition.set(competitionId, competition.organizerUnionId);
  return competition.organizerUnionId;
}

/** Union staff over the organizing union of the competition (or of the entry's competition). */
export async function isCompetitionStaff(
  db: Database,
  viewer: Viewer | null,
  of: { competitionId: string } | { entryId: string },
): Promise<boolean> {
  if (!viewer) return false;
  const unionId = await competitionOrganizer(db, of);
  if (!unionId) return false;
  const path = await unionPath(db, unionId);
  return path !== null && hasUnionRoleOver(viewer, 'union_staff', path);
}

/**
 * The entries a member takes part in, loaded once per request: a list of the member's own entries
 * then authorizes every row without a query each. A miss (an entry created later in the same
 * request) falls back to a direct lookup.
 */
const entriesPerRequest = new WeakMap<object, Promise<Set<string>>>();

export async function isEntryParticipant(
  db: Database,
  entryId: string,
  memberId: string,
  request: object,
): Promise<boolean> {
  let known = entriesPerRequest.get(request);
  if (!known) {
    known = db.query.competitionParticipants
      .findMany({ where: { memberId }, columns: { entryId: true } })
      .then((rows) => new Set(rows.map((r) => r.entryId)));
    entriesPerRequest.set(request, known);
  }
  if ((await known).has(entryId)) return true;
  const row = await db.query.competitionParticipants.findFirst({ where: { entryId, memberId }, columns: { id: true } });
  return row !== undefined;
}

export async function isEntryOwner(db: Database, entryId: string, memberId: string): Promise<boolean> {
  const row = await db.query.competitionEntries.findFirst({
    where: { id: entryId, registrantMemberId: memberId },
    columns: { id: true },
  });
  return row !== undefined;
}

/**
 * The signed-in member acting in a member-scoped field (member, competitionEntrant): those
 * scopes let only an account with a member card in, so a missing card is a bug in the field.
 */
export function requireMember(ctx: Pick<Context, 'viewer'>): { userId: string; memberId: string } {
  const viewer = requireViewer(ctx);
  if (!viewer.member) throw new Error('requireMember: this field must declare a scope that needs a member card');
  return { userId: viewer.userId, memberId: viewer.member.id };
}
