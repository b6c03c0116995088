import { grantReviews, grantReviewScores, roleGrants, uniqueViolation, type Database } from '@huigong/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { found } from '../common/reload.ts';
import { transition } from './applications.service.ts';
import { NotAGrantReviewer, NotEnoughReviewers, ReviewerAlreadyAssigned, ReviewerSeatsFull } from './errors.ts';
import { applicationLifecycle, reviewLifecycle } from './lifecycle.ts';
import { lockApplication, lockReview } from './locks.ts';

type Tx = Database;

async function activeReviewCounts(tx: Tx, applicationId: string) {
  const rows = await tx
    .select({ status: grantReviews.status, count: sql<number>`count(*)::int` })
    .from(grantReviews)
    .where(and(eq(grantReviews.applicationId, applicationId), inArray(grantReviews.status, ['assigned', 'submitted'])))
    .groupBy(grantReviews.status);
  const assigned = rows.find((r) => r.status === 'assigned')?.count ?? 0;
  const submitted = rows.find((r) => r.status === 'submitted')?.count ?? 0;
  return { assigned, submitted, active: assigned + submitted };
}

async function reviewersRequired(tx: Tx, callId: string): Promise<number> {
  const call = await found(
    tx.query.grantCalls.findFirst({ where: { id: callId }, columns: { reviewersPerApplication: true } }),
    '资助项目',
  );
  return call.reviewersPerApplication;
}

/**
 * Staff assign a reviewer, up to the call's number per application. A reviewer who declared a
 * conflict keeps their row, so the seat is free for a replacement but they cannot be re-assigned.
 */
export async function assignGrantReviewer(db: Database, actorUserId: string, applicationId: string, reviewerUserId: string) {
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, applicationId);
    applicationLifecycle.assert(app.status, 'assignReviewer');
    const role = await tx
      .select({ id: roleGrants.id })
      .from(roleGrants)
      .where(and(eq(roleGrants.userId, reviewerUserId), eq(roleGrants.role, 'grant_reviewer')));
    if (role.length === 0) throw new NotAGrantReviewer();
    if (reviewerUserId === app.applicantUserId) throw new NotAGrantReviewer('申请人不能评审自己的申请');
    const required = await reviewersRequired(tx, app.callId);
    const counts = await activeReviewCounts(tx, app.id);
    if (counts.active >= required) throw new ReviewerSeatsFull(required);
    let review: typeof grantReviews.$inferSelect | undefined;
    try {
      [review] = await tx
        .insert(grantReviews)
        .values({ applicationId: app.id, reviewerUserId, assignedByUserId: actorUserId })
        .returning();
    } catch (error) {
      if (uniqueViolation(error) === 'grant_reviews_one_per_reviewer') throw new ReviewerAlreadyAssigned();
      throw error;
    }
    if (!review) throw new Error('insert into grant_reviews returned no row');
    await recordAudit(tx, {
      actorUserId,
      action: 'grant_review.assigned',
      subjectType: 'grant_application',
      subjectId: app.id,
      fromState: app.status,
      toState: app.status,
      data: { reviewId: review.id },
    });
    return review;
  });
}

/** Screening is done and every reviewer seat is filled: the application goes to the experts. */
export async function startGrantReview(db: Database, actorUserId: string, applicationId: string) {
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, applicationId);
    applicationLifecycle.assert(app.status, 'startReview');
    const required = await reviewersRequired(tx, app.callId);
    const counts = await activeReviewCounts(tx, app.id);
    if (counts.active < required) throw new NotEnoughReviewers(required, counts.active);
    return transition(tx, app, 'startReview', { actorUserId });
  });
}

/**
 * Locks a review and its application, in the fixed order (application, then review) so that
 * concurrent review actions cannot deadlock.
 */
async function lockReviewAndApplication(tx: Tx, reviewId: string) {
  const peek = await found(
    tx.query.grantReviews.findFirst({ where: { id: reviewId }, columns: { applicationId: true } }),
    '评审任务',
  );
  const app = await lockApplication(tx, peek.applicationId);
  const review = await lockReview(tx, reviewId);
  return { app, review };
}

export async function declareGrantReviewConflict(db: Database, actorUserId: string, reviewId: string, reason: string) {
  return db.transaction(async (tx) => {
    const { app, review } = await lockReviewAndApplication(tx, reviewId);
    const to = reviewLifecycle.assert(review.status, 'declareConflict');
    const [updated] = await tx
      .update(grantReviews)
      .set({ status: to, conflictReason: reason })
      .where(and(eq(grantReviews.id, review.id), inArray(grantReviews.status, reviewLifecycle.from('declareConflict'))))
      .returning();
    await recordAudit(tx, {
      actorUserId,
      action: 'grant_review.conflict_declared',
      subjectType: 'grant_application',
      subjectId: app.id,
      fromState: app.status,
      toState: app.status,
      reason,
      data: { reviewId: review.id },
    });
    return found(updated, '评审任务');
  });
}

export interface ScoreInput {
  criterionId: string;
  score: number;
  comment: string | null;
}

/**
 * A reviewer scores every criterion at once. When this completes the last required review, the
 * application moves to decision_pending in the same transaction (the application row is locked,
 * so two reviewers finishing together cannot both miss, or both make, that move).
 */
export async function submitGrantReview(
  db: Database,
  actorUserId: string,
  reviewId: string,
  input: { scores: ScoreInput[]; comment: string | null },
) {
  return db.transaction(async (tx) => {
    const { app, review } = await lockReviewAndApplication(tx, reviewId);
    const to = reviewLifecycle.assert(review.status, 'submit');
    applicationLifecycle.assert(app.status, 'scoreReview');

    const criteria = await tx.query.grantCriteria.findMany({
      where: { callId: app.callId },
      columns: { id: true, position: true },
    });
    const expected = new Set(criteria.map((c) => c.id));
    const positions = new Map(criteria.map((c) => [c.id, c.position]));
    const given = new Set(input.scores.map((s) => s.criterionId));
    if (given.size !== input.scores.length) {
      throw fieldError(['input', 'scores'], 'DUPLICATE', '同一评审指标只能打一次分');
    }
    if (input.scores.some((s) => !expected.has(s.criterionId))) {
      throw fieldError(['input', 'scores'], 'UNKNOWN_CRITERION', '评分包含不属于本项目的评审指标');
    }
    if (given.size !== expected.size) throw fieldError(['input', 'scores'], 'INCOMPLETE', '须对每一项评审指标打分');

    await tx.insert(grantReviewScores).values(
      input.scores.map((s) => ({
        reviewId: review.id,
        criterionId: s.criterionId,
        position: positions.get(s.criterionId)!,
        score: s.score,
        comment: s.comment,
      })),
    );
    const [updated] = await tx
      .update(grantReviews)
      .set({ status: to, comment: input.comment, submittedAt: new Date() })
      .where(and(eq(grantReviews.id, review.id), inArray(grantReviews.status, reviewLifecycle.from('submit'))))
      .returning();
    await recordAudit(tx, {
      actorUserId,
      action: 'grant_review.submitted',
      subjectType: 'grant_application',
      subjectId: app.id,
      fromState: app.status,
      toState: app.status,
      data: { reviewId: review.id },
    });

    const required = await reviewersRequired(tx, app.callId);
    const counts = await activeReviewCounts(tx, app.id);
    if (counts.assigned === 0 && counts.submitted >= required) {
      await transition(tx, app, 'completeReview', {
        actorUserId,
        data: { reviews: counts.submitted },
      });
    }
    return found(updated, '评审任务');
  });
}
