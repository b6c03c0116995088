import { randomUUID } from 'node:crypto';
/** Claims: entered → checked → valuated (computed) → approved (ledger, ceiling, pool) → paid; or rejected with a numbered reason. */
import {
  mutualAidClaimDocuments,
  mutualAidClaims,
  mutualAidLedgers,
  mutualAidSchemes,
  uniqueViolation,
  type Database,
} from '@huigong/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { shanghaiToday } from '../common/dates.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { attachFile } from '../files/files.service.ts';
import { assertActs, CITY_LEVELS, isStaffOver, staffReach, UNIT_LEVELS } from './access.ts';
import {
  MutualAidCeilingReached,
  MutualAidDuplicateClaim,
  MutualAidPoolExhausted,
  MutualAidValuationOutdated,
} from './errors.ts';
import { CLAIM_DOCUMENT_KIND } from './files.ts';
import { claimLifecycle, REJECTION_REASONS, type ClaimAction, type RejectionReason } from './lifecycle.ts';
import { valuate } from './valuation.ts';

type ClaimRow = typeof mutualAidClaims.$inferSelect;
const REVIEW_LEVELS = [...UNIT_LEVELS, ...CITY_LEVELS];

export interface ClaimInput {
  coverId: string;
  hospital: string;
  admittedOn: string;
  dischargedOn: string;
  totalCostFen: number;
  socialInsuranceFen: number;
  note?: string | null;
  fileIds: string[];
}

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

async function attachDocuments(tx: Database, viewer: Viewer, claimId: string, fileIds: string[]) {
  for (const fileId of fileIds) {
    // The file is claimed first (NotFound, FileAlreadyAttached, FilePurposeMismatch), then its row written.
    const id = randomUUID();
    await attachFile(tx, viewer, fileId, CLAIM_DOCUMENT_KIND, id);
    await tx.insert(mutualAidClaimDocuments).values({ id, claimId, storedFileId: fileId, addedByUserId: viewer.userId });
  }
}

/** The member files after discharge (or their unit's union on their behalf), with the settlement's photos. */
export async function fileClaim(db: Database, viewer: Viewer, input: ClaimInput): Promise<string> {
  const cover = await db.query.mutualAidCovers.findFirst({ where: { id: input.coverId } });
  const own = cover && viewer.member?.id === cover.memberId;
  if (!cover || (!own && !isStaffOver(await staffReach(db, viewer), cover.unionPath))) throw new NotFound('互助保障');
  if (!own) await assertActs(db, viewer, cover.unionPath, REVIEW_LEVELS, '互助保障');
  const today = shanghaiToday();
  if (input.admittedOn > input.dischargedOn) throw fieldError(['input', 'dischargedOn'], 'BEFORE_ADMISSION', '出院日期不能早于入院日期');
  if (input.dischargedOn > today) throw fieldError(['input', 'dischargedOn'], 'IN_FUTURE', '出院后才能申请');
  if (input.socialInsuranceFen > input.totalCostFen) {
    throw fieldError(['input', 'socialInsurancePaid'], 'ABOVE_TOTAL', '社保报销金额不能超过住院总费用');
  }
  if (input.fileIds.length === 0) throw fieldError(['input', 'documents'], 'REQUIRED', '请上传社保结算单等材料的照片');
  try {
    return await db.transaction(async (tx) => {
      const [claim] = await tx
        .insert(mutualAidClaims)
        .values({
          schemeId: cover.schemeId,
          coverId: cover.id,
          memberId: cover.memberId,
          unionId: cover.unionId,
          unionPath: cover.unionPath,
          hospital: input.hospital,
          admittedOn: input.admittedOn,
          dischargedOn: input.dischargedOn,
          totalCostFen: input.totalCostFen,
          socialInsuranceFen: input.socialInsuranceFen,
          selfPaidFen: input.totalCostFen - input.socialInsuranceFen,
          note: input.note ?? '',
          filedByUserId: viewer.userId,
        })
        .returning({ id: mutualAidClaims.id });
      await attachDocuments(tx, viewer, claim!.id, [...new Set(input.fileIds)]);
      await recordAudit(tx, {
        actorUserId: viewer.userId,
        action: 'mutual_aid_claim.entered',
        subjectType: 'mutual_aid_claim',
        subjectId: claim!.id,
        toState: 'entered',
        data: { totalCostFen: input.totalCostFen, socialInsuranceFen: input.socialInsuranceFen, onBehalf: !own },
      });
      return claim!.id;
    });
  } catch (error) {
    if (uniqueViolation(error) === 'mutual_aid_claims_one_per_admission') throw new MutualAidDuplicateClaim();
    throw error;
  }
}

async function lockClaim(tx: Database, viewer: Viewer, claimId: string): Promise<ClaimRow> {
  const [claim] = await tx.select().from(mutualAidClaims).where(eq(mutualAidClaims.id, claimId)).for('update');
  if (!claim) throw new NotFound('互助理赔申请');
  const own = viewer.member?.id === claim.memberId;
  if (!own && !isStaffOver(await staffReach(tx, viewer), claim.unionPath)) throw new NotFound('互助理赔申请');
  return claim;
}

async function move(
  tx: Database,
  viewer: Viewer,
  claim: ClaimRow,
  action: ClaimAction,
  set: Partial<typeof mutualAidClaims.$inferInsert>,
  audit: { reason?: string | null; data?: Record<string, unknown> } = {},
) {
  const to = set.status ?? claimLifecycle.assert(claim.status, action);
  const [moved] = await tx
    .update(mutualAidClaims)
    .set({ ...set, status: to })
    .where(and(eq(mutualAidClaims.id, claim.id), eq(mutualAidClaims.status, claim.status)))
    .returning({ id: mutualAidClaims.id });
  if (!moved) throw new Error('mutual-aid claim changed under its row lock');
  await recordAudit(tx, {
    actorUserId: viewer.userId,
    action: `mutual_aid_claim.${to === 'rejected' ? 'rejected' : action}`,
    subjectType: 'mutual_aid_claim',
    subjectId: claim.id,
    fromState: claim.status,
    toState: to,
    reason: audit.reason ?? null,
    ...(audit.data && { data: audit.data }),
  });
  return claim.id;
}

const rejection = (reason: RejectionReason, note?: string | null) => ({
  status: 'rejected' as const,
  rejectionReason: reason,
  rejectionNote: note ?? REJECTION_REASONS[reason].message,
  valuatedFen: null,
});

/**
 * Checked against the cover: the admission must fall within the cover's year (1) and after the
 * waiting period (2); a claim that fails is rejected with that reason, otherwise checked.
 */
export async function checkClaim(db: Database, viewer: Viewer, claimId: string) {
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, viewer, claimId);
    await assertActs(tx, viewer, claim.unionPath, REVIEW_LEVELS, '互助理赔申请');
    claimLifecycle.assert(claim.status, 'check');
    const cover = (await tx.query.mutualAidCovers.findFirst({ where: { id: claim.coverId } }))!;
    const scheme = (await tx.query.mutualAidSchemes.findFirst({ where: { id: claim.schemeId } }))!;
    const covered = cover.activeFrom !== null && cover.activeFrom <= claim.admittedOn && claim.admittedOn <= cover.activeUntil!;
    if (!covered) return move(tx, viewer, claim, 'reject', { ...rejection('not_covered'), checkedByUserId: viewer.userId });
    const waitingEnds = addDays(cover.activeFrom!, scheme.waitingDays);
    if (claim.admittedOn < waitingEnds) {
      return move(tx, viewer, claim, 'reject', {
        ...rejection('waiting_period', `${REJECTION_REASONS.waiting_period.message}（等待期至 ${addDays(waitingEnds, -1)}）`),
        checkedByUserId: viewer.userId,
      });
    }
    return move(tx, viewer, claim, 'check', { checkedByUserId: viewer.userId });
  });
}

/** The amount from the scheme's rules and the member-year's ledger; below the deductible (3) or at the ceiling (4) it is rejected. */
export async function valuateClaim(db: Database, viewer: Viewer, claimId: string) {
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, viewer, claimId);
    await assertActs(tx, viewer, claim.unionPath, CITY_LEVELS, '互助理赔申请');
    claimLifecycle.assert(claim.status, 'valuate');
    const scheme = (await tx.query.mutualAidSchemes.findFirst({ where: { id: claim.schemeId } }))!;
    const ledger = await tx.query.mutualAidLedgers.findFirst({ where: { memberId: claim.memberId, schemeId: claim.schemeId } });
    const result = valuate(claim.selfPaidFen, scheme, ledger ?? { deductibleUsedFen: 0, approvedFen: 0 });
    if (result.outcome !== 'payable') {
      return move(tx, viewer, claim, 'reject', { ...rejection(result.outcome), explanation: result.explanation, valuatedByUserId: viewer.userId });
    }
    return move(
      tx,
      viewer,
      claim,
      'valuate',
      { valuatedFen: result.amountFen, deductibleAppliedFen: result.deductibleAppliedFen, explanation: result.explanation, valuatedByUserId: viewer.userId },
      { data: { valuatedFen: result.amountFen, deductibleAppliedFen: result.deductibleAppliedFen } },
    );
  });
}

/**
 * Approval, in one transaction: the scheme's approved total grows only within the pool (premiums
 * collected + the city's backstop), the member-year's ledger only within the deductible and the
 * ceiling; each is a conditional write, so of parallel approvals exactly those that fit pass.
 */
export async function approveClaim(db: Database, viewer: Viewer, claimId: string, note?: string | null) {
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, viewer, claimId);
    await assertActs(tx, viewer, claim.unionPath, CITY_LEVELS, '互助理赔申请');
    claimLifecycle.assert(claim.status, 'approve');
    const amount = claim.valuatedFen!;
    const deductible = claim.deductibleAppliedFen ?? 0;
    const reserved = await tx
      .update(mutualAidSchemes)
      .set({ approvedFen: sql`${mutualAidSchemes.approvedFen} + ${amount}` })
      .where(
        and(
          eq(mutualAidSchemes.id, claim.schemeId),
          sql`${mutualAidSchemes.approvedFen} + ${amount} <= ${mutualAidSchemes.premiumsPaidFen} + ${mutualAidSchemes.backstopFen}`,
        ),
      )
      .returning({ deductibleFen: mutualAidSchemes.deductibleFen, ceilingFen: mutualAidSchemes.ceilingFen });
    if (reserved.length === 0) {
      const [s] = await tx.select().from(mutualAidSchemes).where(eq(mutualAidSchemes.id, claim.schemeId));
      throw new MutualAidPoolExhausted(s!.premiumsPaidFen + s!.backstopFen - s!.approvedFen);
    }
    const { deductibleFen, ceilingFen } = reserved[0]!;
    if (amount > ceilingFen) throw new MutualAidCeilingReached(ceilingFen);
    const counted = await tx
      .insert(mutualAidLedgers)
      .values({ memberId: claim.memberId, schemeId: claim.schemeId, deductibleFen, ceilingFen, deductibleUsedFen: deductible, approvedFen: amount, claimsApproved: 1 })
      .onConflictDoUpdate({
        target: [mutualAidLedgers.memberId, mutualAidLedgers.schemeId],
        set: {
          deductibleUsedFen: sql`${mutualAidLedgers.deductibleUsedFen} + excluded.deductible_used_fen`,
          approvedFen: sql`${mutualAidLedgers.approvedFen} + excluded.approved_fen`,
          claimsApproved: sql`${mutualAidLedgers.claimsApproved} + 1`,
        },
        setWhere: sql`${mutualAidLedgers.approvedFen} + excluded.approved_fen <= ${mutualAidLedgers.ceilingFen}
          and ${mutualAidLedgers.deductibleUsedFen} + excluded.deductible_used_fen <= ${mutualAidLedgers.deductibleFen}`,
      })
      .returning({ approvedFen: mutualAidLedgers.approvedFen });
    if (counted.length === 0) {
      const ledger = (await tx.query.mutualAidLedgers.findFirst({ where: { memberId: claim.memberId, schemeId: claim.schemeId } }))!;
      if (ledger.approvedFen + amount > ledger.ceilingFen) throw new MutualAidCeilingReached(ledger.ceilingFen - ledger.approvedFen);
      throw new MutualAidValuationOutdated();
    }
    return move(
      tx,
      viewer,
      claim,
      'approve',
      { approvedByUserId: viewer.userId, approvedAt: new Date() },
      { reason: note ?? null, data: { approvedFen: amount, memberYearTotalFen: counted[0]!.approvedFen } },
    );
  });
}

export async function payClaim(db: Database, viewer: Viewer, claimId: string, paymentReference: string) {
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, viewer, claimId);
    await assertActs(tx, viewer, claim.unionPath, CITY_LEVELS, '互助理赔申请');
    claimLifecycle.assert(claim.status, 'pay');
    await tx
      .update(mutualAidSchemes)
      .set({ paidFen: sql`${mutualAidSchemes.paidFen} + ${claim.valuatedFen!}` })
      .where(eq(mutualAidSchemes.id, claim.schemeId));
    return move(tx, viewer, claim, 'pay', { paymentReference, paidAt: new Date() }, { data: { paymentReference, paidFen: claim.valuatedFen } });
  });
}

export async function rejectClaim(db: Database, viewer: Viewer, claimId: string, reason: RejectionReason, note?: string | null) {
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, viewer, claimId);
    await assertActs(tx, viewer, claim.unionPath, claim.status === 'valuated' ? CITY_LEVELS : REVIEW_LEVELS, '互助理赔申请');
    claimLifecycle.assert(claim.status, 'reject');
    const message = REJECTION_REASONS[reason].message;
    return move(tx, viewer, claim, 'reject', rejection(reason, note ? `${message}：${note}` : message), { reason: note ?? message, data: { reason } });
  });
}

export async function sendBackClaim(db: Database, viewer: Viewer, claimId: string, note: string) {
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, viewer, claimId);
    await assertActs(tx, viewer, claim.unionPath, REVIEW_LEVELS, '互助理赔申请');
    claimLifecycle.assert(claim.status, 'sendBack');
    return move(tx, viewer, claim, 'sendBack', { returnNote: note }, { reason: note });
  });
}

/** The member (or their unit's union) adds the missing documents and sends the claim in again. */
export async function resubmitClaim(db: Database, viewer: Viewer, claimId: string, fileIds: string[], note?: string | null) {
  return db.transaction(async (tx) => {
    const claim = await lockClaim(tx, viewer, claimId);
    if (viewer.member?.id !== claim.memberId) await assertActs(tx, viewer, claim.unionPath, REVIEW_LEVELS, '互助理赔申请');
    claimLifecycle.assert(claim.status, 'resubmit');
    if (fileIds.length === 0) throw fieldError(['input', 'documents'], 'REQUIRED', '请补充上传材料');
    await attachDocuments(tx, viewer, claim.id, [...new Set(fileIds)]);
    return move(tx, viewer, claim, 'resubmit', {}, { reason: note ?? null, data: { added: fileIds.length } });
  });
}
