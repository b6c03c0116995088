import { grantApplications, grantCalls, grantReviews, grantTranches, type Database } from '@huigong/db';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { unionPath } from '../accounts/unions.service.ts';
import { hasUnionRoleOver, type Viewer } from '../accounts/viewer.ts';

/**
 * What authorization needs to know about grant objects: who applied, and which union runs the
 * call. Plain queries (no GraphQL), used by scopes and by mutations' authScopes.
 */
export interface ApplicationAccess {
  applicationId: string;
  applicantUserId: string;
  callId: string;
  unionId: string;
  /** Whether the applicant has submitted it yet: a draft is the applicant's alone. */
  draft?: boolean;
}

/** What grant scopes need to know of an application, all columns of its own row. */
export interface GrantApplicationKey {
  id: string;
  applicantUserId: string;
  callId: string;
  /** Drafts belong to their author alone until submitted. */
  status: string;
}

/**
 * A call's organizing union never changes, so the mapping is memoised for the process. The memo
 * holds the lookup itself, so the rows of a first page asking at once share one query.
 */
const callUnionMemo = new Map<string, Promise<string | null>>();

export function callUnionId(db: Database, callId: string): Promise<string | null> {
  let known = callUnionMemo.get(callId);
  if (!known) {
    known = db.query.grantCalls
      .findFirst({ where: { id: callId }, columns: { unionId: true } })
      .then((call) => {
        // Only a found call is remembered; a miss (or a failure) asks again next time.
        if (!call) callUnionMemo.delete(callId);
        return call?.unionId ?? null;
      });
    known.catch(() => callUnionMemo.delete(callId));
    callUnionMemo.set(callId, known);
  }
  return known;
}

/** The applicant, or (once submitted) staff and finance over the call's union. */
export async function isGrantParty(db: Database, viewer: Viewer | null, app: GrantApplicationKey): Promise<boolean> {
  if (!viewer) return false;
  if (viewer.userId === app.applicantUserId) return true;
  if (app.status === 'draft') return false;
  const unionId = await callUnionId(db, app.callId);
  const path = unionId ? await unionPath(db, unionId) : null;
  return path !== null && (hasUnionRoleOver(viewer, 'union_staff', path) || hasUnionRoleOver(viewer, 'finance', path));
}

/** Who may read an application (GrantApplication's rule, without a request): a party or an active reviewer. */
export async function mayReadApplication(db: Database, viewer: Viewer, applicationId: string): Promise<boolean> {
  const app = await db.query.grantApplications.findFirst({
    where: { id: applicationId },
    columns: { id: true, applicantUserId: true, callId: true, status: true },
  });
  if (!app) return false;
  if (await isGrantParty(db, viewer, app)) return true;
  return viewer.grants.some((g) => g.role === 'grant_reviewer') && isActiveReviewer(db, app.id, viewer.userId);
}

export async function applicationAccess(db: Database, applicationId: string): Promise<ApplicationAccess | null> {
  const [row] = await db
    .select({
      applicationId: grantApplications.id,
      applicantUserId: grantApplications.applicantUserId,
      callId: grantApplications.callId,
      unionId: grantCalls.unionId,
      draft: sql<boolean>`${grantApplications.status} = 'draft'`,
    })
    .from(grantApplications)
    .innerJoin(grantCalls, eq(grantCalls.id, grantApplications.callId))
    .where(eq(grantApplications.id, applicationId));
  return row ?? null;
}

export async function trancheAccess(db: Database, trancheId: string): Promise<ApplicationAccess | null> {
  const [row] = await db
    .select({
      applicationId: grantApplications.id,
      applicantUserId: grantApplications.applicantUserId,
      callId: grantApplications.callId,
      unionId: grantCalls.unionId,
    })
    .from(grantTranches)
    .innerJoin(grantApplications, eq(grantApplications.id, grantTranches.applicationId))
    .innerJoin(grantCalls, eq(grantCalls.id, grantApplications.callId))
    .where(eq(grantTranches.id, trancheId));
  return row ?? null;
}

export async function reviewAccess(
  db: Database,
  reviewId: string,
): Promise<(ApplicationAccess & { reviewerUserId: string }) | null> {
  const [row] = await db
    .select({
      applicationId: grantApplications.id,
      applicantUserId: grantApplications.applicantUserId,
      callId: grantApplications.callId,
      unionId: grantCalls.unionId,
      reviewerUserId: grantReviews.reviewerUserId,
    })
    .from(grantReviews)
    .innerJoin(grantApplications, eq(grantApplications.id, grantReviews.applicationId))
    .innerJoin(grantCalls, eq(grantCalls.id, grantApplications.callId))
    .where(eq(grantReviews.id, reviewId));
  return row ?? null;
}

/** Of these applications, those the user is an active (not conflicted) reviewer of: one statement. */
export async function activeReviewerApplicationIds(
  db: Database,
  userId: string,
  applicationIds: readonly string[],
): Promise<Set<string>> {
  if (applicationIds.length === 0) return new Set();
  const rows = await db
    .select({ applicationId: grantReviews.applicationId })
    .from(grantReviews)
    .where(
      and(
        inArray(grantReviews.applicationId, [...applicationIds]),
        eq(grantReviews.reviewerUserId, userId),
        inArray(grantReviews.status, ['assigned', 'submitted']),
      ),
    );
  return new Set(rows.map((r) => r.applicationId));
}

/**
 * Of these calls, those in which the member has a live application: one that blocks another, as
 * the unique index grant_applications_one_per_member does (a withdrawn one does not). One statement.
 */
export async function callIdsWithLiveApplication(
  db: Database,
  memberId: string,
  callIds: readonly string[],
): Promise<Set<string>> {
  if (callIds.length === 0) return new Set();
  const rows = await db
    .select({ callId: grantApplications.callId })
    .from(grantApplications)
    .where(
      and(
        inArray(grantApplications.callId, [...callIds]),
        eq(grantApplications.applicantMemberId, memberId),
        ne(grantApplications.status, 'withdrawn'),
      ),
    );
  return new Set(rows.map((r) => r.callId));
}

/** The user is an active (not conflicted) reviewer of the application. */
export async function isActiveReviewer(db: Database, applicationId: string, userId: string): Promise<boolean> {
  return (await activeReviewerApplicationIds(db, userId, [applicationId])).has(applicationId);
}

/** Statuses in which every required review is in: reviewers may then read each other's scores. */
export const REVIEWS_COMPLETE_STATUSES = ['decision_pending', 'approved', 'rejected'] as const;

/**
 * Reviewers see each other's scores only once all have reviewed, i.e. once the application has
 * left review (the move to decision_pending happens when the last required review is submitted),
 * and only if they submitted a review of their own. Of these applications, those where that holds
 * for the user: one statement.
 */
export async function applicationIdsWithReviewsVisibleTo(
  db: Database,
  userId: string,
  applicationIds: readonly string[],
): Promise<Set<string>> {
  if (applicationIds.length === 0) return new Set();
  const rows = await db
    .select({ id: grantApplications.id })
    .from(grantApplications)
    .innerJoin(
      grantReviews,
      and(
        eq(grantReviews.applicationId, grantApplications.id),
        eq(grantReviews.reviewerUserId, userId),
        eq(grantReviews.status, 'submitted'),
      ),
    )
    .where(
      and(
        inArray(grantApplications.id, [...applicationIds]),
        inArray(grantApplications.status, [...REVIEWS_COMPLETE_STATUSES]),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

export async function reviewsVisibleToReviewer(db: Database, applicationId: string, userId: string): Promise<boolean> {
  return (await applicationIdsWithReviewsVisibleTo(db, userId, [applicationId])).has(applicationId);
}
