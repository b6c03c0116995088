import { congressMotionCosigners, congressMotions, uniqueViolation, type Database } from '@huigong/db';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { InvalidTransition } from '../common/transitions.ts';
import { delegateOf, delegateSession, isCongressStaff } from './access.ts';
import { CongressAlreadyCosigned, CongressMotionNeedsCosigners, CongressNotPermitted, CongressOwnMotion } from './errors.ts';
import { MOTION_STAGES, MOTION_STATUS_LABELS, motionLifecycle, STAGE_LABELS, type MotionStatus } from './lifecycle.ts';

export async function submitMotion(db: Database, viewer: Viewer, input: { sessionId: string; title: string; body: string }): Promise<string> {
  const { session, delegate } = await delegateSession(db, viewer, input.sessionId);
  if (!MOTION_STAGES.includes(session.stage)) throw new InvalidTransition('职工代表大会', session.stage, 'motion', STAGE_LABELS);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(congressMotions)
      .values({ sessionId: session.id, proposerDelegateId: delegate.id, title: input.title, body: input.body })
      .returning({ id: congressMotions.id });
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'congress_motion.submitted', subjectType: 'congress_motion', subjectId: row!.id, toState: 'submitted' });
    return row!.id;
  });
}

/** A motion and the viewer's standing towards it: delegate of its session, or staff; else NotFound. */
async function motionFor(db: Database, viewer: Viewer, motionId: string) {
  const motion = await db.query.congressMotions.findFirst({
    where: { id: motionId },
    columns: { id: true, sessionId: true, status: true, proposerDelegateId: true, cosignerCount: true, rating: true },
    with: { session: { columns: { unionPath: true, stage: true, minCosigners: true } } },
  });
  if (!motion) throw new NotFound('提案');
  const delegate = await delegateOf(db, viewer, motion.sessionId);
  const staff = isCongressStaff(viewer, motion.session.unionPath);
  if (!delegate && !staff) throw new NotFound('提案');
  return { motion, delegate, staff };
}

export async function cosignMotion(db: Database, viewer: Viewer, motionId: string): Promise<void> {
  const { motion, delegate } = await motionFor(db, viewer, motionId);
  if (!delegate) throw new CongressNotPermitted('只有本次大会的代表可以附议');
  if (motion.proposerDelegateId === delegate.id) throw new CongressOwnMotion();
  motionLifecycle.assert(motion.status, 'cosign');
  try {
    await db.transaction(async (tx) => {
      await tx.insert(congressMotionCosigners).values({ motionId: motion.id, delegateId: delegate.id });
      const bumped = await tx
        .update(congressMotions)
        .set({ cosignerCount: sql`${congressMotions.cosignerCount} + 1` })
        .where(and(eq(congressMotions.id, motion.id), eq(congressMotions.status, 'submitted')))
        .returning({ id: congressMotions.id });
      if (bumped.length === 0) throw new InvalidTransition('提案', 'decided', 'cosign', MOTION_STATUS_LABELS);
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new CongressAlreadyCosigned();
    throw error;
  }
}

export type MotionDecision = 'accept' | 'merge' | 'refuse';

/**
 * The presidium decides a motion with a written reason: accepted (with the management's answer
 * deadline), merged into another motion of the session, or refused. Accepting and merging need
 * the minimum number of co-signers, checked in the conditional UPDATE itself.
 */
export async function decideMotion(
  db: Database,
  viewer: Viewer,
  input: { motionId: string; decision: MotionDecision; reason: string; answerDueAt?: Date | null; mergeIntoId?: string | null },
): Promise<void> {
  const { motion, delegate } = await motionFor(db, viewer, input.motionId);
  if (!delegate?.isPresidium) throw new CongressNotPermitted('提案由大会主席团审查立案');
  const to = motionLifecycle.assert(motion.status, input.decision);
  const min = motion.session.minCosigners;
  if (input.decision !== 'refuse' && motion.cosignerCount < min) throw new CongressMotionNeedsCosigners(min, motion.cosignerCount);
  if (input.decision === 'accept' && (!input.answerDueAt || input.answerDueAt <= new Date())) {
    throw fieldError(['input', 'answerDueAt'], 'REQUIRED', '立案须规定答复期限（晚于现在）');
  }
  if (input.decision === 'merge') {
    const target = input.mergeIntoId
      ? await db.query.congressMotions.findFirst({ where: { id: input.mergeIntoId, sessionId: motion.sessionId }, columns: { id: true, status: true } })
      : undefined;
    if (!target || target.id === motion.id) throw fieldError(['input', 'mergeInto'], 'NOT_FOUND', '请选择本次大会的另一件提案并入');
    if (target.status === 'refused' || target.status === 'merged') throw fieldError(['input', 'mergeInto'], 'NOT_OPEN', '不能并入已不予立案或已并案的提案');
  }
  await db.transaction(async (tx) => {
    const moved = await tx
      .update(congressMotions)
      .set({
        status: to,
        decisionReason: input.reason,
        decidedAt: new Date(),
        decidedByUserId: viewer.userId,
        answerDueAt: input.decision === 'accept' ? input.answerDueAt! : null,
        mergedIntoId: input.decision === 'merge' ? input.mergeIntoId! : null,
      })
      .where(
        and(
          eq(congressMotions.id, motion.id),
          eq(congressMotions.status, 'submitted'),
          ...(input.decision === 'refuse' ? [] : [gte(congressMotions.cosignerCount, min)]),
        ),
      )
      .returning({ id: congressMotions.id });
    if (moved.length === 0) throw new InvalidTransition('提案', 'decided', to, MOTION_STATUS_LABELS);
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: `congress_motion.${input.decision}`,
      subjectType: 'congress_motion',
      subjectId: motion.id,
      fromState: 'submitted',
      toState: to,
      reason: input.reason,
    });
  });
}

/** The management's written answer to an accepted motion, recorded by the union's staff. */
export async function answerMotion(db: Database, viewer: Viewer, input: { motionId: string; answer: string }): Promise<void> {
  const { motion, staff } = await motionFor(db, viewer, input.motionId);
  if (!staff) throw new CongressNotPermitted('提案答复由工会工作人员登记（行政方书面答复）');
  motionLifecycle.assert(motion.status, 'answer');
  await db.transaction(async (tx) => {
    const moved = await tx
      .update(congressMotions)
      .set({ status: 'answered', answer: input.answer, answeredAt: new Date(), answeredByUserId: viewer.userId })
      .where(and(eq(congressMotions.id, motion.id), eq(congressMotions.status, 'accepted')))
      .returning({ id: congressMotions.id });
    if (moved.length === 0) throw new InvalidTransition('提案', 'answered', 'answered', MOTION_STATUS_LABELS);
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'congress_motion.answered',
      subjectType: 'congress_motion',
      subjectId: motion.id,
      fromState: 'accepted',
      toState: 'answered',
    });
  });
}

/** The proposer rates the answer once (1–5). */
export async function rateAnswer(db: Database, viewer: Viewer, input: { motionId: string; rating: number; note?: string | null }): Promise<void> {
  const { motion, delegate } = await motionFor(db, viewer, input.motionId);
  if (!delegate || delegate.id !== motion.proposerDelegateId) throw new CongressNotPermitted('只有提案人可以评价答复');
  motionLifecycle.assert(motion.status as MotionStatus, 'rate');
  const rated = await db
    .update(congressMotions)
    .set({ rating: input.rating, ratingNote: input.note ?? null })
    .where(and(eq(congressMotions.id, motion.id), eq(congressMotions.status, 'answered'), sql`${congressMotions.rating} is null`))
    .returning({ id: congressMotions.id });
  if (rated.length === 0) throw new InvalidTransition('提案', 'rated', 'rated', { rated: '已评价' });
}
