import { grantApplications, grantCalls, grantReviews, grantTranches, type Database } from '@huigong/db';
import { and, eq, inArray } from 'drizzle-orm';

/**
 * What authorization needs to know about grant objects: who applied, and which union runs the
 * call. Plain queries (no GraphQL), used by scopes and by mutations' authScopes.
 */
export interface ApplicationAccess {
  applicationId: string;
  applicantUserId: string;
  callId: string;
  unionId: string;
}

/** What grant scopes need to know of an application, all columns of its own row. */
export interface GrantApplicationKey {
  id: string;
  applicantUserId: string;
  callId: string;
  /** Drafts belong to their author alone until submitted. */
  status: string;
}

/** A call's organizing union never changes, so the mapping is memoised for the process. */
const callUnionMemo = new Map<string, string>();

export async function callUnionId(db: Database, callId: string): Promise<string | null> {
  const known = callUnionMemo.get(callId);
  if (known) return known;
  const call = await db.query.grantCalls.findFirst({ where: { id: callId }, columns: { unionId: true } });
  if (!call) return null;
  callUnionMemo.set(callId, call.unionId);
  return call.unionId;
}

export async function applicationAccess(db: Database, applicationId: string): Promise<ApplicationAccess | null> {
  const [row] = await db
    .select({
      applicationId: grantApplications.id,
      applicantUserId: grantApplications.applicantUserId,
      callId: grantApplications.callId,
      unionId: grantCalls.unionId,
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

/** The user is an active (not conflicted) reviewer of the application. */
export async function isActiveReviewer(db: Database, applicationId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: grantReviews.id })
    .from(grantReviews)
    .where(
      and(
        eq(grantReviews.applicationId, applicationId),
        eq(grantReviews.reviewerUserId, userId),
        inArray(grantReviews.status, ['assigned', 'submitted']),
      ),
    );
  return rows.length > 0;
}

/** Statuses in which every required review is in: reviewers may then read each other's scores. */
export const REVIEWS_COMPLETE_STATUSES = ['decision_pending', 'approved', 'rejected'] as const;

/**
 * Reviewers see each other's scores only once all have reviewed, i.e. once the application has
 * left review (the move to decision_pending happens when the last required review is submitted).
 */
export async function reviewsVisibleToReviewer(db: Database, applicationId: string, userId: string): Promise<boolean> {
  const app = await db.query.grantApplications.findFirst({
    where: { id: applicationId },
    columns: { status: true },
  });
  if (!app || !(REVIEWS_COMPLETE_STATUSES as readonly string[]).includes(app.status)) return false;
  const mine = await db.query.grantReviews.findFirst({
    where: { applicationId, reviewerUserId: userId, status: 'submitted' },
    columns: { id: true },
  });
  return mine !== undefined;
}
