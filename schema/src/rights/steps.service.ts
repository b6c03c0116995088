/** The case's way after triage: mediation, a union lawyer, litigation support, closing; notes and documents. */
import { rightsCaseDocuments, type Database } from '@huigong/db';
import type { Viewer } from '../accounts/viewer.ts';
import { shanghaiToday } from '../common/dates.ts';
import { NotFound } from '../common/not-found.ts';
import { InvalidTransition } from '../common/transitions.ts';
import { attachFile } from '../files/files.service.ts';
import { caseAccess, lawyerOver } from './access.ts';
import { caseFor, logEvent, moveCase, type CaseRow } from './cases.service.ts';
import { LegalAidNotEligible, RightsNotCaseOfficer, RightsRoleNotHeld } from './errors.ts';
import { rightsCaseLifecycle } from './lifecycle.ts';

export const RIGHTS_DOCUMENT_KIND = 'rights_case_document';
export type RightsCaseOutcome = NonNullable<CaseRow['outcome']>;

/** The case officer runs the case; for litigation and closing, its lawyer too. */
async function caseRunBy(db: Database, viewer: Viewer, caseId: string, lawyerToo: boolean): Promise<CaseRow> {
  const row = await caseFor(db, viewer, caseId);
  const access = caseAccess(viewer, row);
  // Union staff over a case without an officer yet may act as the desk; otherwise only its people.
  if (access.officer || (lawyerToo && access.lawyer)) return row;
  if (access.staff && row.caseOfficerUserId === null) return row;
  throw new RightsNotCaseOfficer();
}

export async function startMediation(db: Database, viewer: Viewer, caseId: string, note?: string | null) {
  const row = await caseRunBy(db, viewer, caseId, false);
  await db.transaction((tx) => moveCase(tx, row, 'startMediation', {}, { kind: 'mediation_started', actorUserId: viewer.userId, note }));
  return row.id;
}

export async function assignLawyer(db: Database, viewer: Viewer, caseId: string, lawyerUserId: string, note?: string | null) {
  const row = await caseRunBy(db, viewer, caseId, false);
  rightsCaseLifecycle.assert(row.status, 'assignLawyer');
  const lawyer = await db.query.users.findFirst({
    where: { id: lawyerUserId },
    columns: { id: true, displayName: true },
    with: { roleGrants: { with: { union: { columns: { path: true } } } } },
  });
  if (!lawyer) throw new NotFound('律师');
  const grants = lawyer.roleGrants.map((g) => ({ role: g.role, unionPath: g.union?.path ?? null }));
  if (!lawyerOver(grants, row.unionPath)) throw new RightsRoleNotHeld('lawyer');
  if (!row.legalAidEligible) throw new LegalAidNotEligible(row.eligibilityReason ?? '不符合法律援助条件');
  await db.transaction((tx) =>
    moveCase(tx, row, 'assignLawyer', { lawyerUserId }, {
      kind: 'lawyer_assigned',
      actorUserId: viewer.userId,
      note: note ?? `指派工会律师 ${lawyer.displayName}`,
    }),
  );
  return row.id;
}

export async function startLitigation(db: Database, viewer: Viewer, caseId: string, note?: string | null) {
  const row = await caseRunBy(db, viewer, caseId, true);
  await db.transaction((tx) => moveCase(tx, row, 'startLitigation', {}, { kind: 'litigation_started', actorUserId: viewer.userId, note }));
  return row.id;
}

export async function closeCase(
  db: Database,
  viewer: Viewer,
  input: { caseId: string; outcome: RightsCaseOutcome; recoveredFen: number; note?: string | null },
) {
  const row = await caseRunBy(db, viewer, input.caseId, true);
  const now = new Date();
  await db.transaction((tx) =>
    moveCase(
      tx,
      row,
      'close',
      { outcome: input.outcome, recoveredFen: input.recoveredFen, closedAt: now, closedOn: shanghaiToday(now) },
      { kind: 'closed', actorUserId: viewer.userId, note: input.note },
    ),
  );
  return row.id;
}

/** The worker withdraws their own case. */
export async function withdrawCase(db: Database, viewer: Viewer, caseId: string, note?: string | null) {
  const row = await caseFor(db, viewer, caseId);
  if (!caseAccess(viewer, row).member) throw new NotFound('维权案件');
  const now = new Date();
  await db.transaction((tx) =>
    moveCase(
      tx,
      row,
      'withdraw',
      { outcome: 'withdrawn', recoveredFen: 0, closedAt: now, closedOn: shanghaiToday(now) },
      { kind: 'closed', actorUserId: viewer.userId, note: note ?? '职工撤回' },
    ),
  );
  return row.id;
}

/** Anyone who reads the case adds a note (a mediation meeting, a call with the employer …) while it is open. */
export async function addNote(db: Database, viewer: Viewer, caseId: string, note: string) {
  const row = await caseFor(db, viewer, caseId);
  if (row.status === 'closed') throw new InvalidTransition(rightsCaseLifecycle.what, row.status, 'note', rightsCaseLifecycle.labels);
  await logEvent(db, row.id, 'note', { actorUserId: viewer.userId, note });
  return row.id;
}

/** A document uploaded through the files domain (purpose rights_case_document), attached to the case. */
export async function addDocument(db: Database, viewer: Viewer, input: { caseId: string; fileId: string; title: string }) {
  const row = await caseFor(db, viewer, input.caseId);
  await db.transaction(async (tx) => {
    const file = await attachFile(tx, viewer, input.fileId, RIGHTS_DOCUMENT_KIND, row.id);
    await tx.insert(rightsCaseDocuments).values({ caseId: row.id, storedFileId: file.id, title: input.title, addedByUserId: viewer.userId });
    await logEvent(tx, row.id, 'document', { actorUserId: viewer.userId, note: input.title });
  });
  return row.id;
}
