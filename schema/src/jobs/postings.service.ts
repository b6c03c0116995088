import { employers, jobPostings, jobReviewPolicies, type Database } from '@huigong/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { NotFound } from '../common/not-found.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { assertRegionUnion } from './employers.service.ts';
import { EmployerNotVerified } from './errors.ts';
import { employerLifecycle, postingLifecycle, type PostingStatus } from './lifecycle.ts';
import { sanitizePlainText } from './text.ts';

export const DEFAULT_VALIDITY_DAYS = 30;
export const MAX_VALIDITY_DAYS = 180;
const DAY_MS = 24 * 60 * 60 * 1000;

export type EmploymentType = (typeof jobPostings.employmentType.enumValues)[number];
export type { PostingStatus };
export type EducationLevel = NonNullable<(typeof jobPostings.$inferSelect)['education']>;

export interface PostingFields {
  title: string;
  description: string;
  employmentType: EmploymentType;
  validThrough?: Date | null;
  locationUnionId: string;
  address?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  isRemote?: boolean | null;
  salaryMinFen: number;
  salaryMaxFen: number;
  openings?: number | null;
  category: string;
  education?: EducationLevel | null;
  experienceYears?: number | null;
  skills?: string[] | null;
  benefits?: string[] | null;
  isPublicBenefit?: boolean | null;
  suitableForHardship?: boolean | null;
}

/** Checks that need more than one field or the database, reported against the input path. */
async function normalise(db: Database, input: PostingFields, now: Date) {
  const location = await assertRegionUnion(db, input.locationUnionId, ['input', 'posting', 'location', 'region']);
  if (input.salaryMinFen > input.salaryMaxFen) {
    throw fieldError(['input', 'posting', 'salary', 'max'], 'LESS_THAN_MIN', '最高月薪不能低于最低月薪');
  }
  if ((input.latitude == null) !== (input.longitude == null)) {
    throw fieldError(['input', 'posting', 'location', 'longitude'], 'INCOMPLETE_COORDINATES', '经纬度须同时填写');
  }
  const validThrough = input.validThrough ?? new Date(now.getTime() + DEFAULT_VALIDITY_DAYS * DAY_MS);
  if (validThrough.getTime() <= now.getTime()) {
    throw fieldError(['input', 'posting', 'validThrough'], 'IN_THE_PAST', '有效期须晚于当前时间');
  }
  if (validThrough.getTime() > now.getTime() + MAX_VALIDITY_DAYS * DAY_MS) {
    throw fieldError(['input', 'posting', 'validThrough'], 'TOO_FAR', `有效期最长 ${MAX_VALIDITY_DAYS} 天`);
  }
  const description = sanitizePlainText(input.description);
  if (description.length < 10) {
    throw fieldError(['input', 'posting', 'description'], 'TOO_SMALL', '岗位描述至少 10 个字（去除格式后）');
  }
  return {
    title: input.title,
    description,
    employmentType: input.employmentType,
    validThrough,
    locationUnionId: input.locationUnionId,
    locationPath: location.path,
    address: input.address ?? null,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    isRemote: input.isRemote ?? false,
    salaryMinFen: input.salaryMinFen,
    salaryMaxFen: input.salaryMaxFen,
    openings: input.openings ?? 1,
    category: input.category,
    education: input.education ?? null,
    experienceYears: input.experienceYears ?? null,
    skills: input.skills ?? [],
    benefits: input.benefits ?? [],
    isPublicBenefit: input.isPublicBenefit ?? false,
    suitableForHardship: input.suitableForHardship ?? false,
  };
}

/** A new posting starts as a draft; any employer (verified or not yet) may prepare drafts. */
export async function createPosting(db: Database, actorUserId: string, employerId: string, input: PostingFields) {
  const values = await normalise(db, input, new Date());
  const [posting] = await db
    .insert(jobPostings)
    .values({ ...values, employerId, createdByUserId: actorUserId })
    .returning();
  return posting!;
}

/** True when a union on the path (the posting's region or an ancestor) asks for edits to be re-reviewed. */
async function regionRequiresReReview(db: Database, locationPath: string): Promise<boolean> {
  const rows = await db.execute<{ required: boolean }>(sql`
    select exists (
      select 1 from job_review_policies p join unions u on u.id = p.union_id
      where p.re_review_published_edits and ${locationPath} like u.path || '%'
    ) as required`);
  const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { required: boolean }[] }).rows) as { required: boolean }[];
  return list[0]?.required === true;
}

/**
 * Edits a posting in place. A published posting stays published, so employers correct a live
 * posting without taking it down, unless its region asks for re-review: then it goes back to
 * pending review (out of search) until staff approve it again.
 */
export async function updatePosting(db: Database, actorUserId: string, postingId: string, input: PostingFields) {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: jobPostings.status })
      .from(jobPostings)
      .where(eq(jobPostings.id, postingId))
      .for('update');
    if (!current) throw new NotFound('岗位');
    postingLifecycle.assert(current.status, 'edit');
    const values = await normalise(tx, input, new Date());
    const reReview = current.status === 'published' && (await regionRequiresReReview(tx, values.locationPath));
    const status = reReview ? 'pending_review' : current.status;
    const [updated] = await tx
      .update(jobPostings)
      .set({ ...values, status })
      .where(and(eq(jobPostings.id, postingId), inArray(jobPostings.status, postingLifecycle.from('edit'))))
      .returning();
    if (!updated) throw new Error('updatePosting: the locked posting row changed state');
    await recordAudit(tx, {
      actorUserId,
      action: 'job_posting.edited',
      subjectType: 'job_posting',
      subjectId: postingId,
      fromState: current.status,
      toState: status,
      ...(reReview && { reason: '所在地区要求修改后重新审核' }),
    });
    return updated;
  });
}

/** Union staff set whether edits to published postings in their region go back to review. */
export async function setReviewPolicy(
  db: Database,
  actorUserId: string,
  input: { unionId: string; reReviewPublishedEdits: boolean },
) {
  return db.transaction(async (tx) => {
    const [policy] = await tx
      .insert(jobReviewPolicies)
      .values({ ...input, updatedByUserId: actorUserId })
      .onConflictDoUpdate({
        target: jobReviewPolicies.unionId,
        set: { reReviewPublishedEdits: input.reReviewPublishedEdits, updatedByUserId: actorUserId, updatedAt: new Date() },
      })
      .returning();
    await recordAudit(tx, {
      actorUserId,
      action: 'job_review_policy.set',
      subjectType: 'union',
      subjectId: input.unionId,
      toState: input.reReviewPublishedEdits ? 're_review_edits' : 'edits_stay_live',
    });
    return policy!;
  });
}

type PostingAction = keyof typeof postingLifecycle.actions;

/**
 * Takes `action` on a posting: the row is locked, its state checked against the lifecycle
 * (InvalidTransition otherwise), and the UPDATE is conditional on the same states, so two racing
 * moderators (or a moderator and a closing employer) cannot both act on one state.
 */
async function transition(
  tx: Database,
  postingId: string,
  action: Exclude<PostingAction, 'edit'>,
  set: Partial<typeof jobPostings.$inferInsert> = {},
) {
  const [before] = await tx
    .select({ status: jobPostings.status })
    .from(jobPostings)
    .where(eq(jobPostings.id, postingId))
    .for('update');
  if (!before) throw new NotFound('岗位');
  const to = postingLifecycle.assert(before.status, action);
  const [updated] = await tx
    .update(jobPostings)
    .set({ ...set, status: to })
    .where(and(eq(jobPostings.id, postingId), inArray(jobPostings.status, postingLifecycle.from(action))))
    .returning();
  if (!updated) throw new Error(`transition: the locked posting ${postingId} changed state`);
  return { before: before.status, updated };
}

/** The employer sends a draft for review; only a verified employer may. */
export async function submitPosting(db: Database, actorUserId: string, postingId: string) {
  return db.transaction(async (tx) => {
    // The employer row is locked in share mode so a concurrent de-verification cannot interleave.
    const [owner] = await tx
      .select({ status: employers.status })
      .from(employers)
      .innerJoin(jobPostings, eq(jobPostings.employerId, employers.id))
      .where(eq(jobPostings.id, postingId))
      .for('share', { of: employers });
    if (!owner) throw new NotFound('岗位');
    if (!employerLifecycle.can(owner.status, 'submitPostings')) throw new EmployerNotVerified();
    const { updated } = await transition(tx, postingId, 'submit', { reviewNote: null });
    await recordAudit(tx, {
      actorUserId,
      action: 'job_posting.submitted',
      subjectType: 'job_posting',
      subjectId: postingId,
      fromState: 'draft',
      toState: 'pending_review',
    });
    return updated;
  });
}

/** Union staff approve (publish) or send back (to draft, with a note) a posting under review. */
export async function reviewPosting(
  db: Database,
  actorUserId: string,
  input: { postingId: string; approve: boolean; note?: string | null },
) {
  return db.transaction(async (tx) => {
    const now = new Date();
    const { updated } = input.approve
      ? await transition(tx, input.postingId, 'approve', { datePosted: now, reviewNote: input.note ?? null })
      : await transition(tx, input.postingId, 'return', { reviewNote: input.note ?? null });
    await recordAudit(tx, {
      actorUserId,
      action: input.approve ? 'job_posting.published' : 'job_posting.returned',
      subjectType: 'job_posting',
      subjectId: input.postingId,
      fromState: 'pending_review',
      toState: updated.status,
      reason: input.note ?? null,
    });
    return updated;
  });
}

/** The employer (or moderating staff) ends a posting: closed, or filled when all openings are taken. */
export async function closePosting(
  db: Database,
  actorUserId: string,
  input: { postingId: string; filled: boolean; reason?: string | null },
) {
  return db.transaction(async (tx) => {
    const action = input.filled ? 'fill' : 'close';
    const { before, updated } = await transition(tx, input.postingId, action);
    const to = updated.status;
    await recordAudit(tx, {
      actorUserId,
      action: `job_posting.${to}`,
      subjectType: 'job_posting',
      subjectId: input.postingId,
      fromState: before,
      toState: to,
      reason: input.reason ?? null,
    });
    return updated;
  });
}
