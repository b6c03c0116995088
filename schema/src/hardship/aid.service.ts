/** Aid applications: applied, nominated or billed → verified → approved within cap and budget → paid. */
import {
  hardshipAidApplications,
  hardshipAidSchemes,
  hardshipAidTotals,
  hardshipDocuments,
  hardshipFiles,
  HOSPITAL_SHARE_PERCENT,
  uniqueViolation,
  type Database,
} from '@huigong/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { shanghaiToday } from '../common/dates.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { assertActsAt, isStaffOver, staffReach } from './access.ts';
import { attachDocuments, type HardshipDocumentChoice } from './documents.service.ts';
import {
  AidBudgetExceeded,
  AidCapExceeded,
  AidOutsideScheme,
  AidPreparerCannotApprove,
  AidSchemeNotOpen,
  AidWindowClosed,
  HardshipAidPaused,
  HardshipFileNotConfirmed,
  MutualAidClaimAlreadyUsed,
} from './errors.ts';
import { aidLifecycle, CLOSED_FILE_STATES, GRASSROOTS_LEVELS, type AidAction, type UnionLevel } from './lifecycle.ts';

import type { SchemeRow } from './schemes.service.ts';

type ApplicationRow = typeof hardshipAidApplications.$inferSelect;
export type AidChannel = (typeof hardshipAidApplications.channel.enumValues)[number];

export interface AidRequest {
  schemeId: string;
  channel: AidChannel;
  /** Nominations and hospital bills name the household's file; a member applies on their own. */
  fileId?: string | null;
  amountFen?: number | null;
  selfPaidFen?: number | null;
  hospitalBillNumber?: string | null;
  studentName?: string | null;
  school?: string | null;
  admissionLetterNumber?: string | null;
  note?: string | null;
  documents?: readonly HardshipDocumentChoice[];
  /** Medical aid on a settled mutual-aid claim's remainder (mutual-aid-link.service.ts): amountFen is that remainder. */
  mutualAidClaimId?: string | null;
}

/** The file may receive aid today: confirmed, and its yearly re-check not overdue. */
export function fileReceivesAid(file: { status: string; recheckDueOn: string | null }, today = shanghaiToday()): boolean {
  return file.status === 'confirmed' && file.recheckDueOn !== null && file.recheckDueOn >= today;
}

/** fileReceivesAid, or the typed reason why not. */
function assertFileActive(file: { status: string; recheckDueOn: string | null } | undefined, today: string) {
  if (!file) throw new NotFound('困难职工档案');
  if (fileReceivesAid(file, today)) return;
  if (file.status !== 'confirmed') throw new HardshipFileNotConfirmed();
  throw new HardshipAidPaused(file.recheckDueOn ?? today);
}

function assertSchemeCovers(scheme: SchemeRow, filePath: string) {
  if (!filePath.startsWith(scheme.unionPath)) throw new AidOutsideScheme();
  if (scheme.areaPath && !filePath.startsWith(scheme.areaPath)) throw new AidOutsideScheme('该家庭不在本次灾害救助的受灾地区内');
}

/** Applied by the member, nominated by the grassroots union, or billed by the partner hospital (recorded by staff). */
export async function requestAid(db: Database, viewer: Viewer, input: AidRequest): Promise<string> {
  const today = shanghaiToday();
  const reach = await staffReach(db, viewer);
  const scheme = await db.query.hardshipAidSchemes.findFirst({ where: { id: input.schemeId } });

  let file: typeof hardshipFiles.$inferSelect | undefined;
  if (input.channel === 'member') {
    if (!viewer.member) throw new NotFound('会员');
    // Members see the schemes of the city above them; others do not exist for them.
    if (!scheme || !viewer.member.unionPath.startsWith(scheme.unionPath)) throw new NotFound('帮扶项目');
    file = await db.query.hardshipFiles.findFirst({
      where: { memberId: viewer.member.id, status: { notIn: [...CLOSED_FILE_STATES] } },
    });
    if (!file) throw new HardshipFileNotConfirmed();
  } else {
    if (!input.fileId) throw fieldError(['input', 'file'], 'REQUIRED', '请选择困难职工档案');
    file = await db.query.hardshipFiles.findFirst({ where: { id: input.fileId } });
    if (!file) throw new NotFound('困难职工档案');
    const levels: readonly UnionLevel[] = input.channel === 'nominated' ? GRASSROOTS_LEVELS : [...GRASSROOTS_LEVELS, 'city'];
    assertActsAt(reach, file.unionPath, levels, '困难职工档案');
    // Staff see the schemes of their own subtree and of the city above them.
    if (!scheme || !reach.some((r) => r.path.startsWith(scheme.unionPath) || scheme.unionPath.startsWith(r.path))) {
      throw new NotFound('帮扶项目');
    }
  }

  if (scheme.status !== 'open') throw new AidSchemeNotOpen();
  if (today < scheme.applyFrom || today > scheme.applyUntil) throw new AidWindowClosed(scheme.applyFrom, scheme.applyUntil);
  assertSchemeCovers(scheme, file.unionPath);
  assertFileActive(file, today);

  let amount = input.amountFen ?? null;
  if (input.channel === 'hospital_billed') {
    if (scheme.kind !== 'medical') throw fieldError(['input', 'scheme'], 'NOT_MEDICAL', '医院结算只能计入医疗救助项目');
    if (!input.selfPaidFen || input.selfPaidFen <= 0) throw fieldError(['input', 'selfPaid'], 'REQUIRED', '请填写个人自费金额');
    if (!input.hospitalBillNumber) throw fieldError(['input', 'hospitalBillNumber'], 'REQUIRED', '请填写住院结算单号');
    amount = Math.floor((input.selfPaidFen * HOSPITAL_SHARE_PERCENT) / 100);
    if (amount <= 0) throw fieldError(['input', 'selfPaid'], 'TOO_SMALL', '自费金额过小');
  }
  if (amount == null || amount <= 0) throw fieldError(['input', 'amount'], 'REQUIRED', '请填写申请金额');
  if (input.mutualAidClaimId && scheme.kind !== 'medical') {
    throw fieldError(['input', 'scheme'], 'NOT_MEDICAL', '医疗互助报销后的个人负担部分只能申请医疗救助');
  }
  if (scheme.kind === 'student') {
    if (!input.studentName) throw fieldError(['input', 'studentName'], 'REQUIRED', '请填写学生姓名');
    if (!input.school) throw fieldError(['input', 'school'], 'REQUIRED', '请填写录取学校');
    if (!input.admissionLetterNumber) {
      throw fieldError(['input', 'admissionLetterNumber'], 'ADMISSION_LETTER_REQUIRED', '金秋助学须提供录取通知书');
    }
  }
  const total = await db.query.hardshipAidTotals.findFirst({ where: { memberId: file.memberId, schemeId: scheme.id } });
  const remaining = scheme.capPerPersonFen - (total?.approvedFen ?? 0);
  // A mutual-aid remainder asks for what the cap still allows of it.
  if (input.mutualAidClaimId && amount > remaining && remaining > 0) amount = remaining;
  if (amount > remaining) throw new AidCapExceeded(remaining);

  const chosen = file;
  const requested = amount;
  return db.transaction(async (tx) => {
    const [application] = await tx
      .insert(hardshipAidApplications)
      .values({
        schemeId: scheme.id,
        fileId: chosen.id,
        memberId: chosen.memberId,
        unionId: chosen.unionId,
        unionPath: chosen.unionPath,
        channel: input.channel,
        requestedFen: requested,
        selfPaidFen: input.channel === 'hospital_billed' ? input.selfPaidFen! : null,
        hospitalBillNumber: input.channel === 'hospital_billed' ? input.hospitalBillNumber! : null,
        studentName: scheme.kind === 'student' ? input.studentName! : null,
        school: scheme.kind === 'student' ? input.school! : null,
        admissionLetterNumber: scheme.kind === 'student' ? input.admissionLetterNumber! : null,
        mutualAidClaimId: input.mutualAidClaimId ?? null,
        note: input.note ?? '',
        appliedByUserId: viewer.userId,
      })
      .returning({ id: hardshipAidApplications.id });
    const documents = (input.documents ?? []).map((d) =>
      d.kind === 'admission_letter' && !d.reference ? { ...d, reference: input.admissionLetterNumber ?? null } : d,
    );
    await attachDocuments(tx, viewer, chosen, documents, application!.id);
    if (scheme.kind === 'student' && !documents.some((d) => d.kind === 'admission_letter')) {
      // The letter's number stands for it until its scan is added (addHardshipDocuments).
      await tx.insert(hardshipDocuments).values({
        fileId: chosen.id,
        aidApplicationId: application!.id,
        kind: 'admission_letter',
        reference: input.admissionLetterNumber!,
        addedByUserId: viewer.userId,
      });
    }
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: `hardship_aid.${input.channel === 'member' ? 'applied' : input.channel}`,
      subjectType: 'hardship_aid_application',
      subjectId: application!.id,
      toState: 'applied',
      data: { schemeId: scheme.id, requestedFen: requested, channel: input.channel, mutualAidClaimId: input.mutualAidClaimId ?? undefined },
    });
    return application!.id;
  }).catch((error: unknown) => {
    if (uniqueViolation(error) === 'hardship_aid_applications_one_per_mutual_aid_claim') throw new MutualAidClaimAlreadyUsed();
    throw error;
  });
}

/** Locks an application the viewer may see: its member, or staff over the household's union. */
async function lockApplication(tx: Database, viewer: Viewer, applicationId: string): Promise<ApplicationRow> {
  const [application] = await tx
    .select()
    .from(hardshipAidApplications)
    .where(eq(hardshipAidApplications.id, applicationId))
    .for('update');
  if (!application) throw new NotFound('帮扶申请');
  const own = viewer.member?.id === application.memberId;
  if (!own && !isStaffOver(await staffReach(tx, viewer), application.unionPath)) throw new NotFound('帮扶申请');
  return application;
}

async function moveApplication(
  tx: Database,
  viewer: Viewer,
  application: ApplicationRow,
  action: AidAction,
  set: Partial<typeof hardshipAidApplications.$inferInsert>,
  audit: { reason?: string | null; data?: Record<string, unknown> } = {},
) {
  const to = aidLifecycle.assert(application.status, action);
  const [updated] = await tx
    .update(hardshipAidApplications)
    .set({ ...set, status: to })
    .where(and(eq(hardshipAidApplications.id, application.id), eq(hardshipAidApplications.status, application.status)))
    .returning({ id: hardshipAidApplications.id });
  if (!updated) throw new Error('aid application changed under its row lock');
  await recordAudit(tx, {
    actorUserId: viewer.userId,
    action: `hardship_aid.${action === 'verify' ? 'verified' : action === 'approve' ? 'approved' : action === 'pay' ? 'paid' : 'refused'}`,
    subjectType: 'hardship_aid_application',
    subjectId: application.id,
    fromState: application.status,
    toState: to,
    reason: audit.reason ?? null,
    ...(audit.data && { data: audit.data }),
  });
  return application.id;
}

/** The grassroots union verifies the need and prepares the payment (the amount to pay). */
export async function verifyAid(db: Database, viewer: Viewer, applicationId: string, amountFen?: number | null, note?: string | null) {
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, viewer, applicationId);
    assertActsAt(await staffReach(tx, viewer), application.unionPath, GRASSROOTS_LEVELS, '帮扶申请');
    aidLifecycle.assert(application.status, 'verify');
    const prepared = amountFen ?? application.requestedFen;
    if (prepared > application.requestedFen) {
      throw fieldError(['input', 'amount'], 'EXCEEDS_REQUEST', '拟发放金额不能超过申请金额');
    }
    return moveApplication(
      tx,
      viewer,
      application,
      'verify',
      { preparedFen: prepared, preparedByUserId: viewer.userId, verifiedAt: new Date() },
      { reason: note ?? null, data: { preparedFen: prepared } },
    );
  });
}

/**
 * The city union approves. In one transaction, each under its own condition: the scheme's total
 * grows only while the round is open and within budget, the person's total within the cap, and
 * the application moves only while its household's file is confirmed and re-checked. Of many
 * approvals racing for the last of a budget or a cap, the database lets through exactly those
 * that fit; a refused one rolls back whatever it had reserved.
 */
export async function approveAid(db: Database, viewer: Viewer, applicationId: string, amountFen?: number | null, note?: string | null) {
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, viewer, applicationId);
    assertActsAt(await staffReach(tx, viewer), application.unionPath, ['city'], '帮扶申请');
    aidLifecycle.assert(application.status, 'approve');
    if (application.preparedByUserId === viewer.userId) throw new AidPreparerCannotApprove();
    const amount = amountFen ?? application.preparedFen!;
    if (amount > application.preparedFen!) {
      throw fieldError(['input', 'amount'], 'EXCEEDS_PREPARED', '批准金额不能超过基层核实的拟发放金额');
    }
    const today = shanghaiToday();
    const [file] = await tx
      .select({ status: hardshipFiles.status, recheckDueOn: hardshipFiles.recheckDueOn })
      .from(hardshipFiles)
      .where(eq(hardshipFiles.id, application.fileId))
      .for('share');
    assertFileActive(file, today);

    const reserved = await tx
      .update(hardshipAidSchemes)
      .set({ approvedFen: sql`${hardshipAidSchemes.approvedFen} + ${amount}` })
      .where(
        and(
          eq(hardshipAidSchemes.id, application.schemeId),
          eq(hardshipAidSchemes.status, 'open'),
          sql`${hardshipAidSchemes.approvedFen} + ${amount} <= ${hardshipAidSchemes.budgetFen}`,
        ),
      )
      .returning({ capFen: hardshipAidSchemes.capPerPersonFen });
    if (reserved.length === 0) {
      const [scheme] = await tx.select().from(hardshipAidSchemes).where(eq(hardshipAidSchemes.id, application.schemeId));
      if (!scheme || scheme.status !== 'open') throw new AidSchemeNotOpen();
      throw new AidBudgetExceeded(scheme.budgetFen - scheme.approvedFen);
    }
    const cap = reserved[0]!.capFen;
    if (amount > cap) throw new AidCapExceeded(cap);
    const counted = await tx
      .insert(hardshipAidTotals)
      .values({ memberId: application.memberId, schemeId: application.schemeId, capFen: cap, approvedFen: amount })
      .onConflictDoUpdate({
        target: [hardshipAidTotals.memberId, hardshipAidTotals.schemeId],
        set: { approvedFen: sql`${hardshipAidTotals.approvedFen} + excluded.approved_fen` },
        setWhere: sql`${hardshipAidTotals.approvedFen} + excluded.approved_fen <= ${hardshipAidTotals.capFen}`,
      })
      .returning({ approvedFen: hardshipAidTotals.approvedFen });
    if (counted.length === 0) {
      const total = await tx.query.hardshipAidTotals.findFirst({
        where: { memberId: application.memberId, schemeId: application.schemeId },
      });
      throw new AidCapExceeded(cap - (total?.approvedFen ?? 0));
    }
    const moved = await tx
      .update(hardshipAidApplications)
      .set({ status: 'approved', approvedFen: amount, approvedByUserId: viewer.userId, approvedAt: new Date() })
      .where(
        and(
          eq(hardshipAidApplications.id, application.id),
          eq(hardshipAidApplications.status, 'verified'),
          sql`exists (select 1 from hardship_files f where f.id = ${hardshipAidApplications.fileId}
            and f.status = 'confirmed' and f.recheck_due_on >= ${today})`,
        ),
      )
      .returning({ id: hardshipAidApplications.id });
    if (moved.length === 0) throw new Error('aid application or its file changed under their locks');
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'hardship_aid.approved',
      subjectType: 'hardship_aid_application',
      subjectId: application.id,
      fromState: 'verified',
      toState: 'approved',
      reason: note ?? null,
      data: { approvedFen: amount, personTotalFen: counted[0]!.approvedFen },
    });
    return application.id;
  });
}

/** Payment is recorded by city staff over the household, with the transfer's reference. */
export async function payAid(db: Database, viewer: Viewer, applicationId: string, paymentReference: string) {
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, viewer, applicationId);
    assertActsAt(await staffReach(tx, viewer), application.unionPath, ['city'], '帮扶申请');
    aidLifecycle.assert(application.status, 'pay');
    await tx
      .update(hardshipAidSchemes)
      .set({ paidFen: sql`${hardshipAidSchemes.paidFen} + ${application.approvedFen!}` })
      .where(eq(hardshipAidSchemes.id, application.schemeId));
    return moveApplication(
      tx,
      viewer,
      application,
      'pay',
      { paidByUserId: viewer.userId, paidAt: new Date(), paymentReference },
      { data: { paymentReference, paidFen: application.approvedFen } },
    );
  });
}

/** Refused with a reason by the level whose turn it is: the grassroots union before verifying, the city after. */
export async function refuseAid(db: Database, viewer: Viewer, applicationId: string, reason: string) {
  return db.transaction(async (tx) => {
    const application = await lockApplication(tx, viewer, applicationId);
    const levels: readonly UnionLevel[] = application.status === 'verified' ? ['city'] : GRASSROOTS_LEVELS;
    assertActsAt(await staffReach(tx, viewer), application.unionPath, levels, '帮扶申请');
    return moveApplication(tx, viewer, application, 'refuse', { refusalReason: reason, refusedByUserId: viewer.userId }, { reason });
  });
}
