import {
  congressAgendaItems,
  congressAttendance,
  congressDelegates,
  congressDocuments,
  congressParagraphs,
  congressResolutions,
  congressSessions,
  members,
  type Database,
} from '@huigong/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { MAX_PARAGRAPHS, splitParagraphs } from '@huigong/db/congress/paragraphs';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { attachFile } from '../files/files.service.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { InvalidTransition } from '../common/transitions.ts';
import { delegateSession, isCongressStaff, staffSession } from './access.ts';
import {
  CongressAlreadyDelegate,
  CongressNotUnionMember,
  CongressOutsideWindow,
  CongressRollClosed,
  CongressVoteStillOpen,
} from './errors.ts';
import { MEETING_STAGES, ROLL_OPEN, sessionLifecycle, STAGE_LABELS, type CongressStage } from './lifecycle.ts';

/** Files uploaded (purpose congress_document) to go with a congress document: the report as issued. */
export const CONGRESS_DOCUMENT_KIND = 'congress_document';

export interface NewSession {
  unionId: string;
  title: string;
  description?: string | null;
  ballotsChangeable?: boolean | null;
  quorumNumerator?: number | null;
  quorumDenominator?: number | null;
  minCosigners?: number | null;
}

/** Staff of a grassroots union (or above it) create the union's congress session. */
export async function createSession(db: Database, viewer: Viewer, input: NewSession): Promise<string> {
  const union = await db.query.unions.findFirst({ where: { id: input.unionId }, columns: { id: true, path: true, level: true } });
  if (!union || !isCongressStaff(viewer, union.path)) throw new NotFound('工会');
  if (union.level !== 'grassroots') throw fieldError(['input', 'union'], 'NOT_GRASSROOTS', '职工代表大会由基层工会（企事业单位）召开');
  const numerator = input.quorumNumerator ?? 2;
  const denominator = input.quorumDenominator ?? 3;
  if (numerator > denominator) throw fieldError(['input', 'quorumNumerator'], 'TOO_BIG', '法定人数比例不能超过全体代表');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(congressSessions)
      .values({
        unionId: union.id,
        unionPath: union.path,
        title: input.title,
        description: input.description ?? '',
        ballotsChangeable: input.ballotsChangeable ?? false,
        quorumNumerator: numerator,
        quorumDenominator: denominator,
        minCosigners: input.minCosigners ?? 2,
        createdByUserId: viewer.userId,
      })
      .returning({ id: congressSessions.id });
    await recordAudit(tx, { actorUserId: viewer.userId, action: 'congress_session.created', subjectType: 'congress_session', subjectId: row!.id, toState: 'draft' });
    return row!.id;
  });
}

/** Splits a pasted roll (one card number a line, or separated by commas or spaces). */
export function parseRoll(cardNumbers: readonly string[]): string[] {
  return [...new Set(cardNumbers.flatMap((c) => c.split(/[\s,，、;；]+/)).map((c) => c.trim()).filter(Boolean))];
}

/**
 * Adds delegates to one group from members' card numbers: every one must be a member of the
 * session's union and not yet on the roll, or nothing is written.
 */
export async function addDelegates(
  db: Database,
  viewer: Viewer,
  input: { sessionId: string; groupName: string; cardNumbers: string[]; isGroupLeader?: boolean | null; isPresidium?: boolean | null },
): Promise<string[]> {
  const session = await staffSession(db, viewer, input.sessionId);
  const cards = parseRoll(input.cardNumbers);
  if (cards.length === 0) throw fieldError(['input', 'cardNumbers'], 'EMPTY', '请输入至少一个会员卡号');
  if (cards.length > 500) throw fieldError(['input', 'cardNumbers'], 'TOO_BIG', '一次最多录入 500 名代表');
  return db.transaction(async (tx) => {
    // The stage is read under the session's lock, so the roll cannot change once the opening has committed.
    const [locked] = await tx.select({ stage: congressSessions.stage }).from(congressSessions).where(eq(congressSessions.id, session.id)).for('update');
    if (!ROLL_OPEN.includes(locked!.stage)) throw new CongressRollClosed();
    const found = await tx
      .select({ id: members.id, cardNumber: members.cardNumber })
      .from(members)
      .where(and(inArray(members.cardNumber, cards), eq(members.unionId, session.unionId)));
    const byCard = new Map(found.map((m) => [m.cardNumber, m.id]));
    const strangers = cards.filter((c) => !byCard.has(c));
    if (strangers.length > 0) throw new CongressNotUnionMember(strangers);
    const inserted = await tx
      .insert(congressDelegates)
      .values(
        cards.map((c) => ({
          sessionId: session.id,
          memberId: byCard.get(c)!,
          groupName: input.groupName,
          isGroupLeader: input.isGroupLeader ?? false,
          isPresidium: input.isPresidium ?? false,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: congressDelegates.id, memberId: congressDelegates.memberId });
    if (inserted.length !== cards.length) {
      const added = new Set(inserted.map((d) => d.memberId));
      throw new CongressAlreadyDelegate(cards.filter((c) => !added.has(byCard.get(c)!)));
    }
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'congress_session.delegates_added',
      subjectType: 'congress_session',
      subjectId: session.id,
      data: { groupName: input.groupName, count: inserted.length },
    });
    return inserted.map((d) => d.id);
  });
}

/** Marks a delegate as group leader and/or presidium member. */
export async function setDelegateRoles(
  db: Database,
  viewer: Viewer,
  input: { delegateId: string; isGroupLeader: boolean; isPresidium: boolean; groupName?: string | null },
): Promise<string> {
  const delegate = await db.query.congressDelegates.findFirst({ where: { id: input.delegateId }, columns: { id: true, sessionId: true } });
  if (!delegate) throw new NotFound('代表');
  const session = await db.query.congressSessions.findFirst({ where: { id: delegate.sessionId }, columns: { unionPath: true, stage: true } });
  if (!session || !isCongressStaff(viewer, session.unionPath)) throw new NotFound('代表');
  if (session.stage === 'closed') throw new CongressRollClosed();
  await db.transaction(async (tx) => {
    await tx
      .update(congressDelegates)
      .set({ isGroupLeader: input.isGroupLeader, isPresidium: input.isPresidium, ...(input.groupName ? { groupName: input.groupName } : {}) })
      .where(eq(congressDelegates.id, delegate.id));
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'congress_delegate.roles_set',
      subjectType: 'congress_session',
      subjectId: delegate.sessionId,
      data: { delegateId: delegate.id, isGroupLeader: input.isGroupLeader, isPresidium: input.isPresidium },
    });
  });
  return delegate.id;
}

/** Sets (or moves) one stage's time window on the agenda. */
export async function setAgendaItem(
  db: Database,
  viewer: Viewer,
  input: { sessionId: string; stage: CongressStage; startsAt: Date; endsAt: Date; note?: string | null },
): Promise<void> {
  const session = await staffSession(db, viewer, input.sessionId);
  if (input.stage === 'draft') throw fieldError(['input', 'stage'], 'NOT_A_MEETING', '筹备阶段不是议程中的会议');
  if (input.startsAt >= input.endsAt) throw fieldError(['input', 'endsAt'], 'BEFORE_START', '结束时间须晚于开始时间');
  if (session.stage === 'closed') throw new InvalidTransition('职工代表大会', session.stage, 'agenda', STAGE_LABELS);
  await db
    .insert(congressAgendaItems)
    .values({ sessionId: session.id, stage: input.stage, startsAt: input.startsAt, endsAt: input.endsAt, note: input.note ?? '' })
    .onConflictDoUpdate({
      target: [congressAgendaItems.sessionId, congressAgendaItems.stage],
      set: { startsAt: input.startsAt, endsAt: input.endsAt, note: input.note ?? '' },
    });
}

/**
 * Adds a document to read (a report, a draft), as text, optionally with the uploaded file it comes
 * from (a PDF as issued); its paragraphs (one a line) get rows of
 * their own, numbered, for the delegates' opinions to point at.
 */
export async function addDocument(db: Database, viewer: Viewer, input: { sessionId: string; title: string; body: string; fileId?: string | null }): Promise<string> {
  const session = await staffSession(db, viewer, input.sessionId);
  if (session.stage === 'closed') throw new InvalidTransition('职工代表大会', session.stage, 'document', STAGE_LABELS);
  const paragraphs = splitParagraphs(input.body);
  if (paragraphs.length === 0) throw fieldError(['input', 'body'], 'EMPTY', '文件内容不能为空');
  if (paragraphs.length > MAX_PARAGRAPHS) throw fieldError(['input', 'body'], 'TOO_BIG', `一份文件最多 ${MAX_PARAGRAPHS} 段`);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(congressDocuments)
      .values({
        sessionId: session.id,
        title: input.title,
        body: input.body,
        position: sql`(select coalesce(max(position), 0) + 1 from congress_documents where session_id = ${session.id})`,
      })
      .returning({ id: congressDocuments.id });
    await tx.insert(congressParagraphs).values(paragraphs.map((body, i) => ({ sessionId: session.id, documentId: row!.id, number: i + 1, body })));
    if (input.fileId) {
      // Inside the transaction: a refused attachment adds no document either.
      const file = await attachFile(tx, viewer, input.fileId, CONGRESS_DOCUMENT_KIND, row!.id);
      await tx.update(congressDocuments).set({ storedFileId: file.id }).where(eq(congressDocuments.id, row!.id));
    }
    return row!.id;
  });
}

/**
 * Moves the session into its next stage (named by `to`, so a repeated click cannot skip one).
 * Closing needs every vote tallied, and publishes the outcome (厂务公开) in the same transaction.
 */
export async function advanceStage(db: Database, viewer: Viewer, sessionId: string, to: CongressStage): Promise<void> {
  const session = await staffSession(db, viewer, sessionId);
  if (to === 'draft') throw new InvalidTransition('职工代表大会', session.stage, to, STAGE_LABELS);
  sessionLifecycle.assert(session.stage, to);
  await db.transaction(async (tx) => {
    if (to === 'closed') {
      const open = await tx.$count(congressResolutions, and(eq(congressResolutions.sessionId, session.id), eq(congressResolutions.status, 'voting')));
      if (open > 0) throw new CongressVoteStillOpen();
    }
    const now = new Date();
    const moved = await tx
      .update(congressSessions)
      .set({ stage: to, ...(to === 'closed' ? { publishedAt: now } : {}) })
      .where(and(eq(congressSessions.id, session.id), inArray(congressSessions.stage, sessionLifecycle.from(to))))
      .returning({ id: congressSessions.id });
    if (moved.length === 0) {
      const current = await tx.query.congressSessions.findFirst({ where: { id: session.id }, columns: { stage: true } });
      throw new InvalidTransition('职工代表大会', current?.stage ?? session.stage, to, STAGE_LABELS);
    }
    await tx
      .update(congressAgendaItems)
      .set({ enteredAt: now })
      .where(and(eq(congressAgendaItems.sessionId, session.id), eq(congressAgendaItems.stage, to)));
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: `congress_session.${to}`,
      subjectType: 'congress_session',
      subjectId: session.id,
      fromState: session.stage,
      toState: to,
    });
  });
}

/** A delegate signs in for the current stage, within its agenda window when it has one. Idempotent. */
export async function signIn(db: Database, viewer: Viewer, sessionId: string): Promise<void> {
  const { session, delegate } = await delegateSession(db, viewer, sessionId);
  if (!MEETING_STAGES.includes(session.stage)) throw new InvalidTransition('职工代表大会', session.stage, 'signIn', STAGE_LABELS);
  const window = await db.query.congressAgendaItems.findFirst({ where: { sessionId: session.id, stage: session.stage }, columns: { startsAt: true, endsAt: true } });
  const now = new Date();
  if (window && (now < window.startsAt || now > window.endsAt)) throw new CongressOutsideWindow(window.startsAt, window.endsAt);
  await db.insert(congressAttendance).values({ sessionId: session.id, delegateId: delegate.id, stage: session.stage }).onConflictDoNothing();
}
