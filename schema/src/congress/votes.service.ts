import { createHash, randomBytes } from 'node:crypto';
import {
  congressAttendance,
  congressBallotRoster,
  congressBallots,
  congressDelegates,
  congressResolutions,
  congressSessions,
  type Database,
} from '@huigong/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { InvalidTransition } from '../common/transitions.ts';
import { delegateOf, isCongressStaff, staffSession } from './access.ts';
import { CongressAlreadyVoted, CongressBallotFinal, CongressNotSignedIn, CongressVotingClosed } from './errors.ts';
import { RESOLUTION_STATUS_LABELS, resolutionLifecycle, STAGE_LABELS, VOTING_STAGES } from './lifecycle.ts';

export type Choice = 'for' | 'against' | 'abstain';

const hashReceipt = (receipt: string) => createHash('sha256').update(receipt).digest('hex');

/**
 * The rule, stated once and used both to show it before the vote and to apply it at the tally:
 * the quorum is present delegates ≥ numerator/denominator of all delegates; a resolution passes
 * with votes for from MORE THAN HALF OF ALL DELEGATES (not of those present or voting).
 */
export function quorumNeeded(delegates: number, numerator: number, denominator: number): number {
  return Math.ceil((delegates * numerator) / denominator);
}
export const forNeeded = (delegates: number) => Math.floor(delegates / 2) + 1;

export async function addResolution(db: Database, viewer: Viewer, input: { sessionId: string; title: string; body: string }): Promise<string> {
  const session = await staffSession(db, viewer, input.sessionId);
  if (session.stage === 'closed') throw new InvalidTransition('职工代表大会', session.stage, 'resolution', STAGE_LABELS);
  const [row] = await db.insert(congressResolutions).values({ sessionId: session.id, title: input.title, body: input.body }).returning({ id: congressResolutions.id });
  return row!.id;
}

async function staffResolution(db: Database, viewer: Viewer, resolutionId: string) {
  const resolution = await db.query.congressResolutions.findFirst({ where: { id: resolutionId }, columns: { id: true, sessionId: true, status: true } });
  if (!resolution) throw new NotFound('表决事项');
  const session = await db.query.congressSessions.findFirst({ where: { id: resolution.sessionId }, columns: { unionPath: true } });
  if (!session || !isCongressStaff(viewer, session.unionPath)) throw new NotFound('表决事项');
  return resolution;
}

/** Opens the vote in the current stage (whose attendance makes the quorum) until `endsAt`. */
export async function openVote(db: Database, viewer: Viewer, resolutionId: string, endsAt: Date): Promise<void> {
  const resolution = await staffResolution(db, viewer, resolutionId);
  resolutionLifecycle.assert(resolution.status, 'openVote');
  if (endsAt <= new Date()) throw fieldError(['input', 'endsAt'], 'IN_THE_PAST', '投票截止时间须晚于现在');
  await db.transaction(async (tx) => {
    const [session] = await tx.select({ stage: congressSessions.stage }).from(congressSessions).where(eq(congressSessions.id, resolution.sessionId)).for('share');
    if (!VOTING_STAGES.includes(session!.stage)) throw new InvalidTransition('职工代表大会', session!.stage, 'openVote', STAGE_LABELS);
    const opened = await tx
      .update(congressResolutions)
      .set({ status: 'voting', attendanceStage: session!.stage, votingOpenedAt: new Date(), votingEndsAt: endsAt })
      .where(and(eq(congressResolutions.id, resolution.id), eq(congressResolutions.status, 'draft')))
      .returning({ id: congressResolutions.id });
    if (opened.length === 0) throw new InvalidTransition('表决事项', 'voting', 'voting', RESOLUTION_STATUS_LABELS);
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'congress_resolution.vote_opened',
      subjectType: 'congress_resolution',
      subjectId: resolution.id,
      fromState: 'draft',
      toState: 'voting',
    });
  });
}

export interface CastResult {
  resolutionId: string;
  choice: Choice;
  /** Only when ballots are changeable: the one way back to this ballot, shown to the delegate once. */
  receipt: string | null;
  changed: boolean;
}

/**
 * Casts (or, with the receipt, changes) a delegate's secret ballot. The roster row (who voted) and
 * the ballot row (how) are written in one transaction but share nothing: the roster's unique
 * index makes the ballot count once however often the request is sent.
 */
export async function castBallot(db: Database, viewer: Viewer, input: { resolutionId: string; choice: Choice; receipt?: string | null }): Promise<CastResult> {
  const resolution = await db.query.congressResolutions.findFirst({ where: { id: input.resolutionId }, columns: { id: true, sessionId: true } });
  const delegate = resolution ? await delegateOf(db, viewer, resolution.sessionId) : undefined;
  if (!resolution || !delegate) throw new NotFound('表决事项');
  const session = (await db.query.congressSessions.findFirst({ where: { id: resolution.sessionId }, columns: { ballotsChangeable: true } }))!;
  return db.transaction(async (tx) => {
    // A share lock: ballots go in side by side, and the tally's exclusive lock waits for them.
    const [current] = await tx
      .select({ status: congressResolutions.status, endsAt: congressResolutions.votingEndsAt, stage: congressResolutions.attendanceStage })
      .from(congressResolutions)
      .where(eq(congressResolutions.id, resolution.id))
      .for('share');
    resolutionLifecycle.assert(current!.status, 'vote');
    if (current!.endsAt && current!.endsAt <= new Date()) throw new CongressVotingClosed();
    const present = await tx.$count(congressAttendance, and(eq(congressAttendance.delegateId, delegate.id), eq(congressAttendance.stage, current!.stage!)));
    if (present === 0) throw new CongressNotSignedIn(current!.stage!);

    if (input.receipt) {
      if (!session.ballotsChangeable) throw new CongressBallotFinal();
      const changed = await tx
        .update(congressBallots)
        .set({ choice: input.choice })
        .where(and(eq(congressBallots.resolutionId, resolution.id), eq(congressBallots.receiptHash, hashReceipt(input.receipt))))
        .returning({ id: congressBallots.id });
      if (changed.length === 0) throw fieldError(['input', 'receipt'], 'UNKNOWN_RECEIPT', '回执无效，无法找到您的选票');
      return { resolutionId: resolution.id, choice: input.choice, receipt: input.receipt, changed: true };
    }
    const onRoster = await tx
      .insert(congressBallotRoster)
      .values({ resolutionId: resolution.id, delegateId: delegate.id })
      .onConflictDoNothing()
      .returning({ resolutionId: congressBallotRoster.resolutionId });
    if (onRoster.length === 0) throw new CongressAlreadyVoted(session.ballotsChangeable);
    const receipt = randomBytes(18).toString('base64url');
    await tx.insert(congressBallots).values({ resolutionId: resolution.id, choice: input.choice, receiptHash: hashReceipt(receipt) });
    return { resolutionId: resolution.id, choice: input.choice, receipt: session.ballotsChangeable ? receipt : null, changed: false };
  });
}

/** Closes the vote and tallies it by the stated rule; the figures are frozen on the resolution. */
export async function closeVote(db: Database, viewer: Viewer, resolutionId: string): Promise<void> {
  const resolution = await staffResolution(db, viewer, resolutionId);
  resolutionLifecycle.assert(resolution.status, 'closeVote');
  await db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: congressResolutions.status, stage: congressResolutions.attendanceStage })
      .from(congressResolutions)
      .where(eq(congressResolutions.id, resolution.id))
      .for('update');
    resolutionLifecycle.assert(locked!.status, 'closeVote');
    const [session] = await tx
      .select({ numerator: congressSessions.quorumNumerator, denominator: congressSessions.quorumDenominator })
      .from(congressSessions)
      .where(eq(congressSessions.id, resolution.sessionId));
    const delegates = await tx.$count(congressDelegates, eq(congressDelegates.sessionId, resolution.sessionId));
    const present = await tx.$count(congressAttendance, and(eq(congressAttendance.sessionId, resolution.sessionId), eq(congressAttendance.stage, locked!.stage!)));
    const [counts] = await tx
      .select({
        for: sql<number>`count(*) filter (where ${congressBallots.choice} = 'for')`.mapWith(Number),
        against: sql<number>`count(*) filter (where ${congressBallots.choice} = 'against')`.mapWith(Number),
        abstain: sql<number>`count(*) filter (where ${congressBallots.choice} = 'abstain')`.mapWith(Number),
      })
      .from(congressBallots)
      .where(eq(congressBallots.resolutionId, resolution.id));
    const quorumMet = present >= quorumNeeded(delegates, session!.numerator, session!.denominator);
    const passed = quorumMet && counts!.for >= forNeeded(delegates);
    await tx
      .update(congressResolutions)
      .set({
        status: passed ? 'passed' : 'failed',
        closedAt: new Date(),
        delegateCount: delegates,
        presentCount: present,
        forCount: counts!.for,
        againstCount: counts!.against,
        abstainCount: counts!.abstain,
        quorumMet,
      })
      .where(eq(congressResolutions.id, resolution.id));
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'congress_resolution.tallied',
      subjectType: 'congress_resolution',
      subjectId: resolution.id,
      fromState: 'voting',
      toState: passed ? 'passed' : 'failed',
      data: { delegates, present, ...counts, quorumMet },
    });
  });
}

/** How many have voted (never who, never how until the tally). */
export async function turnout(db: Database, resolutionId: string): Promise<number> {
  return db.$count(congressBallotRoster, eq(congressBallotRoster.resolutionId, resolutionId));
}

export async function hasVoted(db: Database, resolutionId: string, delegateId: string): Promise<boolean> {
  return (await db.$count(congressBallotRoster, and(eq(congressBallotRoster.resolutionId, resolutionId), eq(congressBallotRoster.delegateId, delegateId)))) > 0;
}
