import { jobApplications, jobFairPostings, jobPostings, uniqueViolation, type Database } from '@huigong/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { NotFound } from '../common/not-found.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { AlreadyApplied, PostingNotOpen } from './errors.ts';
import {
  applicationLifecycle,
  EMPLOYER_ACTION_FOR,
  type ApplicationAction,
  type ApplicationStatus,
} from './lifecycle.ts';
import { openPostingSql } from './search.service.ts';

export type { ApplicationStatus };

export interface ApplyInput {
  postingId: string;
  fairId?: string | null;
  note?: string | null;
  skills?: string[] | null;
  certificates?: string[] | null;
  experience?: string | null;
}

/**
 * A member applies once per posting: the unique constraint (posting, member) decides between
 * racing requests. The posting row is read FOR SHARE so it cannot be closed between the check and the insert.
 */
export async function applyToPosting(
  db: Database,
  applicant: { userId: string; memberId: string },
  input: ApplyInput,
) {
  try {
    return await db.transaction(async (tx) => {
      const [posting] = await tx
        .select({
          id: jobPostings.id,
          employerId: jobPostings.employerId,
          status: jobPostings.status,
          open: sql<boolean>`${openPostingSql(jobPostings)}`,
        })
        .from(jobPostings)
        .where(eq(jobPostings.id, input.postingId))
        .for('share');
      // A posting never published is nobody's business but its employer's: answered like none.
      if (!posting || posting.status === 'draft' || posting.status === 'pending_review') throw new NotFound('岗位');
      if (!posting.open) throw new PostingNotOpen();
      if (input.fairId) {
        const listed = await tx
          .select({ id: jobFairPostings.id })
          .from(jobFairPostings)
          .where(and(eq(jobFairPostings.fairId, input.fairId), eq(jobFairPostings.postingId, input.postingId)));
        if (listed.length === 0) throw fieldError(['input', 'fair'], 'NOT_IN_FAIR', '该岗位未参加这场招聘会');
      }
      // What the member leaves out is taken from their saved profile (a copy: later edits do not change it).
      const profile = await tx.query.jobSeekerProfiles.findFirst({ where: { memberId: applicant.memberId } });
      const [application] = await tx
        .insert(jobApplications)
        .values({
          postingId: posting.id,
          employerId: posting.employerId,
          memberId: applicant.memberId,
          applicantUserId: applicant.userId,
          fairId: input.fairId ?? null,
          note: input.note ?? null,
          skills: input.skills ?? profile?.skills ?? [],
          certificates: input.certificates ?? profile?.certificates ?? [],
          experience: input.experience ?? profile?.experience ?? null,
        })
        .returning();
      await recordAudit(tx, {
        actorUserId: applicant.userId,
        action: 'job_application.submitted',
        subjectType: 'job_application',
        subjectId: application!.id,
        toState: 'submitted',
        data: { postingId: posting.id, fairId: input.fairId ?? null },
      });
      return application!;
    });
  } catch (error) {
    if (uniqueViolation(error) === 'job_applications_once_per_member') throw new AlreadyApplied();
    throw error;
  }
}

/** Takes `action` on an application: locked, checked against the lifecycle, then a conditional UPDATE. */
async function move(
  db: Database,
  actorUserId: string,
  applicationId: string,
  action: ApplicationAction,
  reason?: string | null,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: jobApplications.status })
      .from(jobApplications)
      .where(eq(jobApplications.id, applicationId))
      .for('update');
    if (!before) throw new NotFound('求职申请');
    const to = applicationLifecycle.assert(before.status, action);
    const [updated] = await tx
      .update(jobApplications)
      .set({ status: to, statusChangedAt: new Date() })
      .where(and(eq(jobApplications.id, applicationId), inArray(jobApplications.status, applicationLifecycle.from(action))))
      .returning();
    if (!updated) throw new Error(`move: the locked application ${applicationId} changed state`);
    await recordAudit(tx, {
      actorUserId,
      action: `job_application.${to}`,
      subjectType: 'job_application',
      subjectId: applicationId,
      fromState: before.status,
      toState: to,
      reason: reason ?? null,
    });
    if (to === 'hired') await fillWhenAllHired(tx, actorUserId, updated.postingId);
    return updated;
  });
}

/**
 * Once hires reach the number of openings the posting is filled and leaves search. The posting row
 * is locked first, so two hires committed together cannot both miss the last opening.
 */
async function fillWhenAllHired(tx: Database, actorUserId: string, postingId: string) {
  // Hires on one posting queue here; each counts in a fresh statement after the previous one committed.
  await tx.select({ id: jobPostings.id }).from(jobPostings).where(eq(jobPostings.id, postingId)).for('update');
  const [filled] = await tx
    .update(jobPostings)
    .set({ status: 'filled' })
    .where(
      and(
        eq(jobPostings.id, postingId),
        // Only a live posting fills by itself (a subset of postingLifecycle.from('fill')).
        eq(jobPostings.status, 'published'),
        sql`${jobPostings.openings} <= (select count(*) from job_applications a where a.posting_id = ${postingId} and a.status = 'hired')`,
      ),
    )
    .returning({ id: jobPostings.id });
  if (filled) {
    await recordAudit(tx, {
      actorUserId,
      action: 'job_posting.filled',
      subjectType: 'job_posting',
      subjectId: postingId,
      fromState: 'published',
      toState: 'filled',
      reason: '录用人数已达招聘人数',
    });
  }
}

/** The employer moves an application along submitted → viewed → interviewing → offered → hired | rejected. */
export function changeApplicationStatus(
  db: Database,
  actorUserId: string,
  input: { applicationId: string; status: keyof typeof EMPLOYER_ACTION_FOR; reason?: string | null },
) {
  return move(db, actorUserId, input.applicationId, EMPLOYER_ACTION_FOR[input.status], input.reason);
}

export function withdrawApplication(db: Database, actorUserId: string, applicationId: string) {
  return move(db, actorUserId, applicationId, 'withdraw');
}
