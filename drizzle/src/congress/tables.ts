import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgEnum, snakeCase, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { members, unions, users } from '../accounts/tables.ts';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { storedFiles } from '../files/tables.ts';

/**
 * The stages of an online workers' congress (report 003): 启动 → 预备会议 → 开幕 → 主席团会议 →
 * 小组讨论 → 闭幕. A session sits in one of them; `draft` is before the launch.
 */
export const congressStage = pgEnum('congress_stage', [
  'draft',
  'launched', // 启动
  'preparatory', // 预备会议
  'opening', // 开幕
  'presidium', // 主席团会议
  'group_discussion', // 小组讨论
  'closed', // 闭幕
]);

export const congressSessions = snakeCase.table(
  'congress_sessions',
  {
    id: id(),
    /** The grassroots union (an enterprise, a hospital) whose congress this is. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    unionPath: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    stage: congressStage().notNull().default('draft'),
    /** A delegate may change a ballot until the vote closes (never after). */
    ballotsChangeable: boolean().notNull().default(false),
    /** Quorum: present delegates ≥ numerator/denominator of all delegates (default two thirds). */
    quorumNumerator: integer().notNull().default(2),
    quorumDenominator: integer().notNull().default(3),
    /** A motion goes to the presidium only with at least this many co-signers (附议). */
    minCosigners: integer().notNull().default(2),
    /** Set when the session closes: from then its outcome is on the union's public page (厂务公开). */
    publishedAt: timestamptz(),
    createdByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('congress_sessions_union_idx').on(t.unionId, t.createdAt),
    check('congress_sessions_quorum', sql`${t.quorumNumerator} > 0 and ${t.quorumNumerator} <= ${t.quorumDenominator}`),
    check('congress_sessions_cosigners', sql`${t.minCosigners} >= 0`),
  ],
);

/** The agenda: one row per stage with its time window. */
export const congressAgendaItems = snakeCase.table(
  'congress_agenda_items',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => congressSessions.id, { onDelete: 'cascade' }),
    stage: congressStage().notNull(),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    note: text().notNull().default(''),
    /** When the session actually entered the stage. */
    enteredAt: timestamptz(),
  },
  (t) => [
    uniqueIndex('congress_agenda_stage_unique').on(t.sessionId, t.stage),
    check('congress_agenda_window', sql`${t.startsAt} < ${t.endsAt}`),
  ],
);

export const congressDelegates = snakeCase.table(
  'congress_delegates',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => congressSessions.id, { onDelete: 'cascade' }),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    /** The delegation group (代表团/代表组), e.g. 内科组. */
    groupName: text().notNull(),
    isGroupLeader: boolean().notNull().default(false),
    isPresidium: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('congress_delegates_member_unique').on(t.sessionId, t.memberId),
    index('congress_delegates_member_idx').on(t.memberId),
  ],
);

export const congressDocuments = snakeCase.table(
  'congress_documents',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => congressSessions.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    body: text().notNull(),
    /** The document as uploaded (a PDF, a scan), through the files domain; the text stays the one read and commented on. */
    storedFileId: uuid().references(() => storedFiles.id),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('congress_documents_session_idx').on(t.sessionId, t.position)],
);

/** Attendance per stage: a delegate signs in once per stage (签到). */
export const congressAttendance = snakeCase.table(
  'congress_attendance',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => congressSessions.id, { onDelete: 'cascade' }),
    delegateId: uuid()
      .notNull()
      .references(() => congressDelegates.id, { onDelete: 'cascade' }),
    stage: congressStage().notNull(),
    signedInAt: createdAt(),
  },
  (t) => [
    uniqueIndex('congress_attendance_unique').on(t.delegateId, t.stage),
    index('congress_attendance_session_idx').on(t.sessionId, t.stage),
  ],
);

export const congressResolutionStatus = pgEnum('congress_resolution_status', ['draft', 'voting', 'passed', 'failed']);

export const congressResolutions = snakeCase.table(
  'congress_resolutions',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => congressSessions.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    body: text().notNull(),
    status: congressResolutionStatus().notNull().default('draft'),
    /** The stage whose attendance makes the quorum (the stage the vote was opened in). */
    attendanceStage: congressStage(),
    votingOpenedAt: timestamptz(),
    /** The voting window's announced end; the vote is tallied when staff close it. */
    votingEndsAt: timestamptz(),
    closedAt: timestamptz(),
    /** Frozen at tally: all delegates, present delegates, and the three counts. */
    delegateCount: integer(),
    presentCount: integer(),
    forCount: integer(),
    againstCount: integer(),
    abstainCount: integer(),
    quorumMet: boolean(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('congress_resolutions_session_idx').on(t.sessionId, t.createdAt)],
);

/**
 * Who has voted (the roster), with no choice. One row per delegate per resolution: the unique
 * index is what makes every ballot count once under parallel submission and retries.
 */
export const congressBallotRoster = snakeCase.table(
  'congress_ballot_roster',
  {
    resolutionId: uuid()
      .notNull()
      .references(() => congressResolutions.id, { onDelete: 'cascade' }),
    delegateId: uuid()
      .notNull()
      .references(() => congressDelegates.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('congress_ballot_roster_unique').on(t.resolutionId, t.delegateId)],
);

export const congressChoice = pgEnum('congress_choice', ['for', 'against', 'abstain']);

/**
 * The choices, with nothing that names the delegate: no delegate id, no time. A changeable ballot
 * is found again by the hash of a receipt only the delegate was given (never stored in the clear).
 */
export const congressBallots = snakeCase.table(
  'congress_ballots',
  {
    id: id(),
    resolutionId: uuid()
      .notNull()
      .references(() => congressResolutions.id, { onDelete: 'cascade' }),
    choice: congressChoice().notNull(),
    receiptHash: text().notNull(),
  },
  (t) => [uniqueIndex('congress_ballots_receipt_unique').on(t.resolutionId, t.receiptHash)],
);

export const congressMotionStatus = pgEnum('congress_motion_status', ['submitted', 'accepted', 'merged', 'refused', 'answered']);

/** A motion (提案) of a delegate, co-signed by others, decided by the presidium, answered in writing. */
export const congressMotions = snakeCase.table(
  'congress_motions',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => congressSessions.id, { onDelete: 'cascade' }),
    proposerDelegateId: uuid()
      .notNull()
      .references(() => congressDelegates.id),
    title: text().notNull(),
    body: text().notNull(),
    status: congressMotionStatus().notNull().default('submitted'),
    cosignerCount: integer().notNull().default(0),
    decisionReason: text(),
    decidedAt: timestamptz(),
    decidedByUserId: uuid().references(() => users.id),
    /** A merged motion lives on in this one. */
    mergedIntoId: uuid(),
    answerDueAt: timestamptz(),
    answer: text(),
    answeredAt: timestamptz(),
    answeredByUserId: uuid().references(() => users.id),
    /** The proposer's rating of the answer, 1 (不满意) to 5 (满意). */
    rating: integer(),
    ratingNote: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('congress_motions_session_idx').on(t.sessionId, t.createdAt),
    check('congress_motions_rating', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);

export const congressMotionCosigners = snakeCase.table(
  'congress_motion_cosigners',
  {
    id: id(),
    motionId: uuid()
      .notNull()
      .references(() => congressMotions.id, { onDelete: 'cascade' }),
    delegateId: uuid()
      .notNull()
      .references(() => congressDelegates.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('congress_motion_cosigners_unique').on(t.motionId, t.delegateId)],
);

/**
 * A document's numbered paragraphs, split from its text when it is added (one a line). Each has
 * its own row, so an opinion points at a paragraph that keeps its id while the document stands.
 */
export const congressParagraphs = snakeCase.table(
  'congress_paragraphs',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => congressSessions.id, { onDelete: 'cascade' }),
    documentId: uuid()
      .notNull()
      .references(() => congressDocuments.id, { onDelete: 'cascade' }),
    /** 1, 2, 3… in the document's order. */
    number: integer().notNull(),
    body: text().notNull(),
  },
  (t) => [uniqueIndex('congress_paragraphs_number_unique').on(t.documentId, t.number)],
);

/**
 * A delegate's opinion (修改意见) on one paragraph, written in the group discussion. One per
 * delegate per paragraph (the unique index), edited or withdrawn while the window is open.
 * `groupName` is the delegate's group when they wrote it: the group whose leader collects it.
 */
export const congressOpinions = snakeCase.table(
  'congress_opinions',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => congressSessions.id, { onDelete: 'cascade' }),
    documentId: uuid()
      .notNull()
      .references(() => congressDocuments.id, { onDelete: 'cascade' }),
    paragraphId: uuid()
      .notNull()
      .references(() => congressParagraphs.id, { onDelete: 'cascade' }),
    delegateId: uuid()
      .notNull()
      .references(() => congressDelegates.id, { onDelete: 'cascade' }),
    groupName: text().notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('congress_opinions_delegate_unique').on(t.paragraphId, t.delegateId),
    index('congress_opinions_group_idx').on(t.documentId, t.groupName),
  ],
);

/**
 * A group leader's summary of the group's opinions on one document, for the presidium; one per
 * group per document (the unique index). The presidium or staff may answer it in writing once.
 */
export const congressGroupSummaries = snakeCase.table(
  'congress_group_summaries',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => congressSessions.id, { onDelete: 'cascade' }),
    documentId: uuid()
      .notNull()
      .references(() => congressDocuments.id, { onDelete: 'cascade' }),
    groupName: text().notNull(),
    leaderDelegateId: uuid()
      .notNull()
      .references(() => congressDelegates.id),
    body: text().notNull(),
    answer: text(),
    answeredAt: timestamptz(),
    answeredByUserId: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('congress_group_summaries_group_unique').on(t.documentId, t.groupName)],
);
