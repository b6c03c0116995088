import { congressAgendaItems, congressGroupSummaries, congressOpinions, congressSessions, type Database } from '@huigong/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { NotFound } from '../common/not-found.ts';
import { delegateOf, isCongressStaff } from './access.ts';
import { CongressAlreadyGaveOpinion, CongressNotPermitted, CongressOpinionsClosed, CongressOutsideWindow, CongressSummaryAnswered } from './errors.ts';
import type { CongressStage } from './lifecycle.ts';

// Opinions on the documents (修改意见), collected by delegation group; the group leaders'
// summaries for the presidium, answered in writing (report 003; Decidim's comments on the
// paragraphs of a participatory text, open in one step only).

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The stage in which delegates give opinions and leaders summarise them. */
export const OPINION_STAGE: CongressStage = 'group_discussion';

/**
 * Refuses unless the session is in its group discussion and, when the agenda gives that stage a
 * window, now is inside it. Read under a share lock on the session, so a stage change that
 * commits first is seen and one that comes later waits for this write.
 */
async function assertOpinionWindow(tx: Tx, sessionId: string, needWindow: boolean): Promise<void> {
  const [session] = await tx.select({ stage: congressSessions.stage }).from(congressSessions).where(eq(congressSessions.id, sessionId)).for('share');
  if (!session || session.stage !== OPINION_STAGE) throw new CongressOpinionsClosed(session?.stage ?? 'closed');
  if (!needWindow) return;
  const [window] = await tx
    .select({ startsAt: congressAgendaItems.startsAt, endsAt: congressAgendaItems.endsAt })
    .from(congressAgendaItems)
    .where(and(eq(congressAgendaItems.sessionId, sessionId), eq(congressAgendaItems.stage, OPINION_STAGE)));
  const now = new Date();
  if (window && (now < window.startsAt || now > window.endsAt)) throw new CongressOutsideWindow(window.startsAt, window.endsAt);
}

/** Whether opinions may be given now (what the pages show; the writes check it again under the lock). */
export async function opinionsOpen(db: Database, session: { id: string; stage: CongressStage }): Promise<boolean> {
  if (session.stage !== OPINION_STAGE) return false;
  const window = await db.query.congressAgendaItems.findFirst({ where: { sessionId: session.id, stage: OPINION_STAGE }, columns: { startsAt: true, endsAt: true } });
  const now = new Date();
  return !window || (now >= window.startsAt && now <= window.endsAt);
}

/** A paragraph, for a delegate or staff of its session; anything else is NotFound. */
async function paragraphFor(db: Database, viewer: Viewer, paragraphId: string) {
  const paragraph = await db.query.congressParagraphs.findFirst({
    where: { id: paragraphId },
    columns: { id: true, sessionId: true, documentId: true },
    with: { document: { columns: {}, with: { session: { columns: { unionPath: true } } } } },
  });
  if (!paragraph) throw new NotFound('段落');
  const delegate = await delegateOf(db, viewer, paragraph.sessionId);
  if (!delegate && !isCongressStaff(viewer, paragraph.document.session.unionPath)) throw new NotFound('段落');
  return { paragraph, delegate };
}

/**
 * A delegate's opinion on one paragraph, in the group discussion's window. One per delegate per
 * paragraph: the unique index decides between parallel requests.
 */
export async function giveOpinion(db: Database, viewer: Viewer, input: { paragraphId: string; body: string }): Promise<string> {
  const { paragraph, delegate } = await paragraphFor(db, viewer, input.paragraphId);
  if (!delegate) throw new CongressNotPermitted('只有本次大会的代表可以发表修改意见');
  return db.transaction(async (tx) => {
    await assertOpinionWindow(tx, paragraph.sessionId, true);
    const [row] = await tx
      .insert(congressOpinions)
      .values({
        sessionId: paragraph.sessionId,
        documentId: paragraph.documentId,
        paragraphId: paragraph.id,
        delegateId: delegate.id,
        groupName: delegate.groupName,
        body: input.body,
      })
      .onConflictDoNothing()
      .returning({ id: congressOpinions.id });
    if (!row) throw new CongressAlreadyGaveOpinion();
    return row.id;
  });
}

/**
 * An opinion the viewer may read (staff, presidium, a delegate of the opinion's group); anything
 * else is NotFound, the same answer as an unknown id.
 */
async function opinionFor(db: Database, viewer: Viewer, opinionId: string) {
  const opinion = await db.query.congressOpinions.findFirst({
    where: { id: opinionId },
    columns: { id: true, sessionId: true, paragraphId: true, delegateId: true, groupName: true },
  });
  if (!opinion) throw new NotFound('意见');
  const delegate = await delegateOf(db, viewer, opinion.sessionId);
  const readable =
    (delegate && (delegate.isPresidium || delegate.groupName === opinion.groupName)) ||
    isCongressStaff(viewer, (await db.query.congressSessions.findFirst({ where: { id: opinion.sessionId }, columns: { unionPath: true } }))!.unionPath);
  if (!readable) throw new NotFound('意见');
  if (delegate?.id !== opinion.delegateId) throw new CongressNotPermitted('只有提出意见的代表本人可以修改或撤回');
  return opinion;
}

/** The author edits their opinion while the window is open. */
export async function editOpinion(db: Database, viewer: Viewer, input: { opinionId: string; body: string }): Promise<string> {
  const opinion = await opinionFor(db, viewer, input.opinionId);
  await db.transaction(async (tx) => {
    await assertOpinionWindow(tx, opinion.sessionId, true);
    const edited = await tx
      .update(congressOpinions)
      .set({ body: input.body })
      .where(and(eq(congressOpinions.id, opinion.id), eq(congressOpinions.delegateId, opinion.delegateId)))
      .returning({ id: congressOpinions.id });
    if (edited.length === 0) throw new NotFound('意见');
  });
  return opinion.id;
}

/** The author withdraws their opinion while the window is open; returns the paragraph's id. */
export async function withdrawOpinion(db: Database, viewer: Viewer, opinionId: string): Promise<string> {
  const opinion = await opinionFor(db, viewer, opinionId);
  await db.transaction(async (tx) => {
    await assertOpinionWindow(tx, opinion.sessionId, true);
    const gone = await tx
      .delete(congressOpinions)
      .where(and(eq(congressOpinions.id, opinion.id), eq(congressOpinions.delegateId, opinion.delegateId)))
      .returning({ id: congressOpinions.id });
    if (gone.length === 0) throw new NotFound('意见');
  });
  return opinion.paragraphId;
}

/**
 * A group leader writes (or rewrites) the group's summary of its opinions on one document, for the
 * presidium, during the group discussion (after the opinions' window too: the summary comes when
 * the discussion is over). Once answered it is final; the upsert checks that in its WHERE.
 */
export async function submitGroupSummary(db: Database, viewer: Viewer, input: { documentId: string; body: string }): Promise<string> {
  const document = await db.query.congressDocuments.findFirst({
    where: { id: input.documentId },
    columns: { id: true, sessionId: true },
    with: { session: { columns: { unionPath: true } } },
  });
  if (!document) throw new NotFound('会议文件');
  const delegate = await delegateOf(db, viewer, document.sessionId);
  if (!delegate && !isCongressStaff(viewer, document.session.unionPath)) throw new NotFound('会议文件');
  if (!delegate?.isGroupLeader) throw new CongressNotPermitted('小组意见汇总由本组组长提交');
  return db.transaction(async (tx) => {
    await assertOpinionWindow(tx, document.sessionId, false);
    const [row] = await tx
      .insert(congressGroupSummaries)
      .values({ sessionId: document.sessionId, documentId: document.id, groupName: delegate.groupName, leaderDelegateId: delegate.id, body: input.body })
      .onConflictDoUpdate({
        target: [congressGroupSummaries.documentId, congressGroupSummaries.groupName],
        set: { body: input.body, leaderDelegateId: delegate.id, updatedAt: sql`now()` },
        setWhere: isNull(congressGroupSummaries.answeredAt),
      })
      .returning({ id: congressGroupSummaries.id });
    if (!row) throw new CongressSummaryAnswered();
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'congress_group_summary.submitted',
      subjectType: 'congress_group_summary',
      subjectId: row.id,
      data: { groupName: delegate.groupName, documentId: document.id },
    });
    return row.id;
  });
}

/** The presidium or the union's staff answer a group summary in writing, once. */
export async function answerGroupSummary(db: Database, viewer: Viewer, input: { summaryId: string; answer: string }): Promise<string> {
  const summary = await db.query.congressGroupSummaries.findFirst({
    where: { id: input.summaryId },
    columns: { id: true, sessionId: true, groupName: true },
    with: { document: { columns: {}, with: { session: { columns: { unionPath: true } } } } },
  });
  if (!summary) throw new NotFound('小组意见汇总');
  const delegate = await delegateOf(db, viewer, summary.sessionId);
  const staff = isCongressStaff(viewer, summary.document.session.unionPath);
  if (!staff && !(delegate && (delegate.isPresidium || delegate.groupName === summary.groupName))) throw new NotFound('小组意见汇总');
  if (!staff && !delegate?.isPresidium) throw new CongressNotPermitted('小组意见汇总由主席团或工会工作人员书面答复');
  await db.transaction(async (tx) => {
    const answered = await tx
      .update(congressGroupSummaries)
      .set({ answer: input.answer, answeredAt: new Date(), answeredByUserId: viewer.userId })
      .where(and(eq(congressGroupSummaries.id, summary.id), isNull(congressGroupSummaries.answeredAt)))
      .returning({ id: congressGroupSummaries.id });
    if (answered.length === 0) throw new CongressSummaryAnswered();
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'congress_group_summary.answered',
      subjectType: 'congress_group_summary',
      subjectId: summary.id,
    });
  });
  return summary.id;
}
