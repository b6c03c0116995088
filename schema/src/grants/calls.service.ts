import {
  grantApplications,
  grantCalls,
  grantCriteria,
  grantTiers,
  grantTranches,
  uniqueViolation,
  type Database,
} from '@huigong/db';
import { and, eq, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';

export type GrantDistinction =
  | 'major_breakthrough'
  | 'key_provincial_project'
  | 'national_model_worker'
  | 'national_skill_award';

export interface CreateGrantCallInput {
  unionId: string;
  title: string;
  description: string;
  opensAt: Date;
  closesAt: Date;
  budgetFen: number;
  reviewersPerApplication: number;
  eligibilityConditions: string[];
  qualifyingDistinctions: GrantDistinction[];
  requiredDocuments: string[];
  tiers: {
    name: string;
    minAmountFen: number;
    maxAmountFen: number;
    requiredTitle: 'craftsman' | 'master_craftsman';
    requiresDistinction: boolean;
  }[];
  criteria: { name: string; description: string; weight: number }[];
}

/** Opens a call with its tiers and rubric in one transaction. The caller has checked the actor governs the union. */
export async function createGrantCall(db: Database, actorUserId: string, input: CreateGrantCallInput) {
  if (input.closesAt <= input.opensAt) {
    throw fieldError(['input', 'closesAt'], 'WINDOW_INVERTED', '截止时间须晚于开始时间');
  }
  if (input.tiers.some((t) => t.requiresDistinction) && input.qualifyingDistinctions.length === 0) {
    throw fieldError(['input', 'qualifyingDistinctions'], 'REQUIRED', '有档次要求荣誉条件时，须列出可认定的荣誉');
  }
  const largestTier = Math.max(...input.tiers.map((t) => t.maxAmountFen));
  if (input.budgetFen < Math.min(...input.tiers.map((t) => t.minAmountFen))) {
    throw fieldError(['input', 'budget'], 'TOO_SMALL', '总预算不足以资助任何一个档次');
  }
  return db.transaction(async (tx) => {
    const union = await tx.query.unions.findFirst({ where: { id: input.unionId }, columns: { id: true } });
    if (!union) throw fieldError(['input', 'union'], 'NOT_FOUND', '所选工会不存在');
    const [call] = await tx
      .insert(grantCalls)
      .values({
        unionId: input.unionId,
        title: input.title,
        description: input.description,
        opensAt: input.opensAt,
        closesAt: input.closesAt,
        budgetFen: input.budgetFen,
        reviewersPerApplication: input.reviewersPerApplication,
        eligibilityConditions: input.eligibilityConditions,
        qualifyingDistinctions: input.qualifyingDistinctions,
        requiredDocuments: input.requiredDocuments,
        createdByUserId: actorUserId,
      })
      .returning();
    if (!call) throw new Error('insert into grant_calls returned no row');
    try {
      await tx.insert(grantTiers).values(
        input.tiers.map((tier, position) => ({
          callId: call.id,
          position,
          name: tier.name,
          minAmountFen: tier.minAmountFen,
          maxAmountFen: tier.maxAmountFen,
          requiredTitle: tier.requiredTitle,
          requiresDistinction: tier.requiresDistinction,
        })),
      );
    } catch (error) {
      if (uniqueViolation(error) !== undefined) throw fieldError(['input', 'tiers'], 'DUPLICATE', '档次名称不能重复');
      throw error;
    }
    try {
      await tx.insert(grantCriteria).values(
        input.criteria.map((criterion, position) => ({
          callId: call.id,
          position,
          name: criterion.name,
          description: criterion.description,
          weight: criterion.weight,
        })),
      );
    } catch (error) {
      if (uniqueViolation(error) !== undefined) throw fieldError(['input', 'criteria'], 'DUPLICATE', '评审指标名称不能重复');
      throw error;
    }
    await recordAudit(tx, {
      actorUserId,
      action: 'grant_call.opened',
      subjectType: 'grant_call',
      subjectId: call.id,
      toState: 'open',
      data: { budgetFen: input.budgetFen, largestTierFen: largestTier, tiers: input.tiers.length },
    });
    return call;
  });
}

export interface GrantCallStatistics {
  byStatus: { status: string; count: number; requestedFen: number }[];
  paidFen: number;
}

/** Figures for the call's organisers: applications by state (drafts excluded) and money paid out. */
export async function grantCallStatistics(db: Database, callId: string): Promise<GrantCallStatistics> {
  const byStatus = await db
    .select({
      status: grantApplications.status,
      count: sql<number>`count(*)::int`,
      requestedFen: sql<number>`coalesce(sum(${grantApplications.requestedFen}), 0)::bigint`,
    })
    .from(grantApplications)
    .where(and(eq(grantApplications.callId, callId), ne(grantApplications.status, 'draft')))
    .groupBy(grantApplications.status)
    .orderBy(grantApplications.status);
  const [paid] = await db
    .select({ paidFen: sql<number>`coalesce(sum(${grantTranches.amountFen}), 0)::bigint` })
    .from(grantTranches)
    .innerJoin(grantApplications, eq(grantApplications.id, grantTranches.applicationId))
    .where(and(eq(grantApplications.callId, callId), eq(grantTranches.status, 'paid')));
  return {
    byStatus: byStatus.map((row) => ({ ...row, requestedFen: Number(row.requestedFen) })),
    paidFen: Number(paid?.paidFen ?? 0),
  };
}
