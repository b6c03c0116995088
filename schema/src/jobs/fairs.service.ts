import { shanghaiToday } from '../common/dates.ts';
import {
  employers,
  jobFairEmployers,
  jobFairPostings,
  jobFairRegistrations,
  jobFairs,
  jobPostings,
  uniqueViolation,
  type Database,
} from '@huigong/db';
import { and, eq, gte, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { NotFound } from '../common/not-found.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { AlreadyRegisteredForFair, EmployerNotVerified, FairClosed, FairFull } from './errors.ts';
import { employerLifecycle, fairLifecycle, fairState } from './lifecycle.ts';
import { openPostingSql } from './search.service.ts';

export interface CreateFairInput {
  title: string;
  description?: string | null;
  organizerUnionId: string;
  fairDate: string;
  isOnline: boolean;
  venue?: string | null;
  capacity?: number | null;
}

export async function createFair(db: Database, actorUserId: string, input: CreateFairInput) {
  if (!input.isOnline && !input.venue) throw fieldError(['input', 'venue'], 'REQUIRED', '现场招聘会须填写地点');
  if (input.fairDate < shanghaiToday()) throw fieldError(['input', 'date'], 'IN_THE_PAST', '招聘会日期不能早于今天');
  return db.transaction(async (tx) => {
    const organizer = await tx.query.unions.findFirst({ where: { id: input.organizerUnionId }, columns: { path: true } });
    if (!organizer) throw fieldError(['input', 'organizer'], 'NOT_FOUND', '主办工会不存在');
    const [fair] = await tx
      .insert(jobFairs)
      .values({
        title: input.title,
        description: input.description ?? null,
        organizerUnionId: input.organizerUnionId,
        organizerPath: organizer.path,
        fairDate: input.fairDate,
        isOnline: input.isOnline,
        venue: input.venue ?? null,
        capacity: input.capacity ?? null,
        createdByUserId: actorUserId,
      })
      .returning();
    await recordAudit(tx, { actorUserId, action: 'job_fair.created', subjectType: 'job_fair', subjectId: fair!.id });
    return fair!;
  });
}

/** A verified employer joins a fair with some of its open postings; joining again adds postings. */
export async function joinFair(
  db: Database,
  actorUserId: string,
  input: { fairId: string; employerId: string; postingIds: string[] },
) {
  return db.transaction(async (tx) => {
    const fair = await tx.query.jobFairs.findFirst({ where: { id: input.fairId }, columns: { id: true, fairDate: true } });
    if (!fair) throw new NotFound('招聘会');
    if (!fairLifecycle.can(fairState(fair.fairDate), 'join')) throw new FairClosed();
    const [employer] = await tx
      .select({ status: employers.status })
      .from(employers)
      .where(eq(employers.id, input.employerId))
      .for('share');
    if (!employer) throw new NotFound('用人单位');
    if (!employerLifecycle.can(employer.status, 'joinFair')) throw new EmployerNotVerified();
    const unique = [...new Set(input.postingIds)];
    if (unique.length) {
      const own = await tx
        .select({ id: jobPostings.id })
        .from(jobPostings)
        .where(and(inArray(jobPostings.id, unique), eq(jobPostings.employerId, input.employerId), openPostingSql(jobPostings)));
      if (own.length !== unique.length) {
        throw fieldError(['input', 'postings'], 'NOT_OPEN_OWN_POSTING', '只能带本单位正在招聘的岗位参会');
      }
    }
    await tx.insert(jobFairEmployers).values({ fairId: input.fairId, employerId: input.employerId }).onConflictDoNothing();
    if (unique.length) {
      await tx
        .insert(jobFairPostings)
        .values(unique.map((postingId) => ({ fairId: input.fairId, postingId })))
        .onConflictDoNothing();
    }
    await recordAudit(tx, {
      actorUserId,
      action: 'job_fair.employer_joined',
      subjectType: 'job_fair',
      subjectId: input.fairId,
      data: { employerId: input.employerId, postingIds: unique },
    });
    return fair.id;
  });
}

/**
 * Registers a member as a visitor. The seat is taken by a conditional UPDATE on the fair row
 * (registered_count < capacity), and the (fair, member) unique constraint stops doubles; both run
 * in one transaction, so a refused registration leaves the count untouched.
 */
export async function registerForFair(db: Database, memberId: string, fairId: string) {
  try {
    return await db.transaction(async (tx) => {
      const [seat] = await tx
        .update(jobFairs)
        .set({ registeredCount: sql`${jobFairs.registeredCount} + 1` })
        .where(
          and(
            eq(jobFairs.id, fairId),
            // The fair is still upcoming (fairLifecycle: register starts from 'upcoming' only).
            gte(jobFairs.fairDate, shanghaiToday()),
            or(isNull(jobFairs.capacity), lt(jobFairs.registeredCount, jobFairs.capacity)),
          ),
        )
        .returning({ id: jobFairs.id });
      if (!seat) {
        const fair = await tx.query.jobFairs.findFirst({ where: { id: fairId }, columns: { fairDate: true } });
        if (!fair) throw new NotFound('招聘会');
        if (!fairLifecycle.can(fairState(fair.fairDate), 'register')) throw new FairClosed();
        throw new FairFull();
      }
      const [registration] = await tx.insert(jobFairRegistrations).values({ fairId, memberId }).returning();
      return registration!;
    });
  } catch (error) {
    if (uniqueViolation(error) === 'job_fair_registrations_once') throw new AlreadyRegisteredForFair();
    throw error;
  }
}

/** Cancels a member's registration and gives the seat back, in one transaction. */
export async function cancelFairRegistration(db: Database, memberId: string, fairId: string) {
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(jobFairRegistrations)
      .where(and(eq(jobFairRegistrations.fairId, fairId), eq(jobFairRegistrations.memberId, memberId)))
      .returning({ id: jobFairRegistrations.id });
    if (!removed) throw new NotFound('报名记录');
    await tx
      .update(jobFairs)
      .set({ registeredCount: sql`${jobFairs.registeredCount} - 1` })
      .where(eq(jobFairs.id, fairId));
    return fairId;
  });
}

/** The figures a fair reports (参会单位、提供岗位、入场人数、投递、签约); computed in the fairs' query. */
export interface FairFigures {
  employers: number;
  positions: number;
  postings: number;
  visitors: number;
  applications: number;
  hires: number;
}
