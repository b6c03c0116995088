/** Opening a case (member, verified worker, union on a worker's behalf), triage, and confidential intake. */
import { members, rightsCaseEvents, rightsCases, unions, type Database } from '@huigong/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { consumeSmsCode, type SmsCodeDeps } from '../accounts/sms-codes.service.ts';
import { NotFound } from '../common/not-found.ts';
import { isUnionStaffOver } from '../accounts/staff-reach.ts';
import { caseAccess, takesConfidentialIntake } from './access.ts';
import { legalAidEligibility, type RightsCaseType } from './eligibility.ts';
import { LegalAidNotEligible, RightsCaseTaken, RightsRoleNotHeld } from './errors.ts';
import { rightsCaseLifecycle, type RightsCaseAction, type RightsCaseStatus } from './lifecycle.ts';

export type CaseRow = typeof rightsCases.$inferSelect;
export type RightsCaseRoute = NonNullable<CaseRow['route']>;
type EventKind = (typeof rightsCaseEvents.kind.enumValues)[number];

export interface CaseDetails {
  type: RightsCaseType;
  employerName: string;
  amountInDisputeFen?: number | null;
  monthlyIncomeFen?: number | null;
  description: string;
  openedAtPlace?: string | null;
}

export async function logEvent(
  tx: Database,
  caseId: string,
  kind: EventKind,
  entry: { actorUserId: string | null; fromState?: string | null; toState?: string | null; note?: string | null },
) {
  await tx.insert(rightsCaseEvents).values({
    caseId,
    kind,
    actorUserId: entry.actorUserId,
    fromState: entry.fromState ?? null,
    toState: entry.toState ?? null,
    note: entry.note ?? null,
  });
}

/** The case when the viewer may read it; NotFound for an unknown id and someone else's case alike. */
export async function caseFor(db: Database, viewer: Viewer, caseId: string, options: { intake?: boolean } = {}): Promise<CaseRow> {
  const row = await db.query.rightsCases.findFirst({ where: { id: caseId } });
  if (!row) throw new NotFound('维权案件');
  if (caseAccess(viewer, row).reads) return row;
  if (options.intake && (await takesConfidentialIntake(db, viewer, row))) return row;
  throw new NotFound('维权案件');
}

/**
 * Moves the case by `action` with a conditional UPDATE (of two racing steps one wins); the loser
 * gets InvalidTransition from the state it finds. Logs the step in the same transaction.
 */
export async function moveCase(
  tx: Database,
  row: CaseRow,
  action: RightsCaseAction,
  set: Partial<typeof rightsCases.$inferInsert>,
  event: { kind: EventKind; actorUserId: string; note?: string | null },
  extra = sql`true`,
): Promise<void> {
  const to = rightsCaseLifecycle.assert(row.status, action);
  const [moved] = await tx
    .update(rightsCases)
    .set({ ...set, status: to })
    .where(and(eq(rightsCases.id, row.id), inArray(rightsCases.status, [...rightsCaseLifecycle.from(action)]), extra))
    .returning({ id: rightsCases.id });
  if (!moved) {
    const now = await tx.query.rightsCases.findFirst({ where: { id: row.id }, columns: { status: true } });
    rightsCaseLifecycle.assert((now?.status ?? row.status) as RightsCaseStatus, action);
    // The state still allows it, so the extra condition failed (e.g. someone took the case first).
    throw new RightsCaseTaken();
  }
  await logEvent(tx, row.id, event.kind, { actorUserId: event.actorUserId, fromState: row.status, toState: to, note: event.note });
}

async function unionWithCity(db: Database, unionId: string) {
  const union = await db.query.unions.findFirst({ where: { id: unionId }, columns: { id: true, path: true } });
  if (!union) return null;
  const [city] = await db
    .select({ path: unions.path })
    .from(unions)
    .where(and(eq(unions.level, 'city'), sql`starts_with(${union.path}, ${unions.path})`))
    .limit(1);
  return { id: union.id, path: union.path, cityPath: city?.path ?? null };
}

async function insertCase(
  tx: Database,
  values: Pick<
    typeof rightsCases.$inferInsert,
    'channel' | 'memberId' | 'claimantName' | 'claimantPhone' | 'openedByUserId' | 'intakeOfficerUserId' | 'caseOfficerUserId'
  > & { union: { id: string; path: string; cityPath: string | null } },
  details: CaseDetails,
  actorUserId: string | null,
  note: string,
): Promise<string> {
  const { union, ...rest } = values;
  const [row] = await tx
    .insert(rightsCases)
    .values({
      ...rest,
      unionId: union.id,
      unionPath: union.path,
      cityPath: union.cityPath,
      type: details.type,
      confidential: details.type === 'women_workers',
      employerName: details.employerName,
      amountInDisputeFen: details.amountInDisputeFen ?? null,
      monthlyIncomeFen: details.monthlyIncomeFen ?? null,
      description: details.description,
      openedAtPlace: details.openedAtPlace ?? null,
    })
    .returning({ id: rightsCases.id });
  await logEvent(tx, row!.id, 'opened', { actorUserId, toState: 'opened', note });
  return row!.id;
}

/** A member opens a case at their grassroots union. */
export async function openCaseAsMember(db: Database, viewer: Viewer, details: CaseDetails): Promise<string> {
  if (!viewer.member) throw new NotFound('会员');
  const union = await unionWithCity(db, viewer.member.unionId);
  if (!union) throw new NotFound('工会');
  const [member] = await db.select({ realName: members.realName }).from(members).where(eq(members.id, viewer.member.id));
  return db.transaction((tx) =>
    insertCase(
      tx,
      { channel: 'member', memberId: viewer.member!.id, claimantName: member!.realName, union, openedByUserId: viewer.userId },
      details,
      viewer.userId,
      '会员在线提交维权求助',
    ),
  );
}

/**
 * A worker who is not a member (at a station, say) opens a case with a phone number proven by the
 * accounts domain's SMS code (purpose rights_case), at the union they came to.
 */
export async function openCaseAsWorker(
  db: Database,
  sms: SmsCodeDeps,
  input: CaseDetails & { phone: string; code: string; name: string; unionId: string },
  ip: string | null,
): Promise<string> {
  const union = await unionWithCity(db, input.unionId);
  if (!union) throw new NotFound('工会');
  return db.transaction(async (tx) => {
    await consumeSmsCode(tx, sms, { phone: input.phone, purpose: 'rights_case', code: input.code }, ip);
    return insertCase(
      tx,
      { channel: 'worker', memberId: null, claimantName: input.name, claimantPhone: input.phone, union, openedByUserId: null },
      input,
      null,
      '职工验证手机号后提交维权求助',
    );
  });
}

/**
 * A union opens a case on a worker's behalf; with the worker's member card the member follows it
 * on their phone. The staff member who opens a confidential case keeps it as its case officer.
 */
export async function openCaseForWorker(
  db: Database,
  viewer: Viewer,
  input: CaseDetails & { unionId: string; name: string; phone?: string | null; memberCardNumber?: string | null },
): Promise<string> {
  const union = await unionWithCity(db, input.unionId);
  if (!union || !isUnionStaffOver(viewer, union.path)) throw new NotFound('工会');
  let memberId: string | null = null;
  if (input.memberCardNumber) {
    const member = await db.query.members.findFirst({
      where: { cardNumber: input.memberCardNumber },
      columns: { id: true },
      with: { union: { columns: { path: true } } },
    });
    if (!member || !isUnionStaffOver(viewer, member.union.path)) throw new NotFound('会员');
    memberId = member.id;
  }
  const confidential = input.type === 'women_workers';
  return db.transaction((tx) =>
    insertCase(
      tx,
      {
        channel: 'union',
        memberId,
        claimantName: input.name,
        claimantPhone: input.phone ?? null,
        union,
        openedByUserId: viewer.userId,
        intakeOfficerUserId: viewer.userId,
        caseOfficerUserId: confidential ? viewer.userId : null,
      },
      input,
      viewer.userId,
      '工会代职工提交维权求助',
    ),
  );
}

/** Staff of the city union (or above) take an unassigned confidential case: they become its only officer. */
export async function takeConfidentialCase(db: Database, viewer: Viewer, caseId: string): Promise<string> {
  const row = await caseFor(db, viewer, caseId, { intake: true });
  if (!row.confidential) throw new NotFound('维权案件');
  if (row.caseOfficerUserId !== null) {
    if (row.caseOfficerUserId === viewer.userId) return row.id;
    throw new RightsCaseTaken();
  }
  await db.transaction(async (tx) => {
    const [taken] = await tx
      .update(rightsCases)
      .set({ caseOfficerUserId: viewer.userId, intakeOfficerUserId: viewer.userId })
      .where(and(eq(rightsCases.id, row.id), isNull(rightsCases.caseOfficerUserId)))
      .returning({ id: rightsCases.id });
    if (!taken) throw new RightsCaseTaken();
    await logEvent(tx, row.id, 'note', { actorUserId: viewer.userId, note: '保密案件已由专人承办' });
  });
  return row.id;
}

export async function assertCaseOfficer(db: Database, userId: string, path: string): Promise<void> {
  const user = await db.query.users.findFirst({
    where: { id: userId },
    columns: { id: true },
    with: { roleGrants: { with: { union: { columns: { path: true } } } } },
  });
  if (!user) throw new NotFound('工作人员');
  const staff = user.roleGrants.some((g) => g.role === 'union_staff' && g.union && path.startsWith(g.union.path));
  if (!staff) throw new RightsRoleNotHeld('case_officer');
}

/**
 * Triage by the union's staff (or, for a confidential case, its officer): eligibility for legal aid
 * (member, income, case type) and the route. A lawyer or litigation needs eligibility.
 */
export async function triageCase(
  db: Database,
  viewer: Viewer,
  input: { caseId: string; route: RightsCaseRoute; caseOfficerUserId?: string | null; monthlyIncomeFen?: number | null; note?: string | null },
): Promise<string> {
  const row = await caseFor(db, viewer, input.caseId);
  const access = caseAccess(viewer, row);
  if (!access.staff && !access.officer) throw new NotFound('维权案件');
  rightsCaseLifecycle.assert(row.status, 'triage');
  const officer = row.confidential ? row.caseOfficerUserId! : (input.caseOfficerUserId ?? viewer.userId);
  if (!row.confidential && officer !== viewer.userId) await assertCaseOfficer(db, officer, row.unionPath);
  const income = input.monthlyIncomeFen ?? row.monthlyIncomeFen;
  const eligibility = legalAidEligibility({ type: row.type, isMember: row.memberId !== null, monthlyIncomeFen: income });
  if ((input.route === 'lawyer' || input.route === 'litigation') && !eligibility.eligible) {
    throw new LegalAidNotEligible(eligibility.reason);
  }
  await db.transaction((tx) =>
    moveCase(
      tx,
      row,
      'triage',
      {
        route: input.route,
        legalAidEligible: eligibility.eligible,
        eligibilityReason: eligibility.reason,
        monthlyIncomeFen: income,
        intakeOfficerUserId: viewer.userId,
        caseOfficerUserId: officer,
      },
      { kind: 'triaged', actorUserId: viewer.userId, note: input.note ?? eligibility.reason },
    ),
  );
  return row.id;
}
