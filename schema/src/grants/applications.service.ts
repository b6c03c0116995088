import {
  grantApplications,
  grantBudgetLines,
  uniqueViolation,
  type Database,
  type GrantTeamMember,
} from '@huigong/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { found } from '../common/reload.ts';
import { lockApplication } from './locks.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import type { GrantDistinction } from './calls.service.ts';
import { assertDocumentsComplete, storeDocuments, type DocumentChoice } from './documents.service.ts';
import {
  AmountOutsideTier,
  BudgetLinesMismatch,
  GrantApplicationExists,
  GrantCallNotOpen,
  GrantNotEligible,
  InvalidTransition,
} from './errors.ts';
import { applicationLifecycle, applicationStatusesFor, callLifecycle, callPhase, type ApplicationStatus } from './lifecycle.ts';

export type { ApplicationStatus };
type Application = typeof grantApplications.$inferSelect;

export interface BudgetLineInput {
  item: string;
  amountFen: number;
}

export interface ApplicationFields {
  tierId: string;
  studioName: string;
  enterprise: string;
  trade: string;
  teamMembers: GrantTeamMember[];
  requestedFen: number;
  plan: string;
  budgetLines: BudgetLineInput[];
  distinctions: GrantDistinction[];
  distinctionNote: string | null;
  eligibilityAttested: boolean;
}

type Tx = Database;

export type ApplicationMove = 'submit' | 'startScreening' | 'requestInfo' | 'resubmit' | 'startReview' | 'completeReview' | 'approve' | 'reject' | 'withdraw';

/**
 * Moves a locked application by `action` of its lifecycle (lifecycle.ts) with a conditional
 * UPDATE, and writes the audit record (who, from which state to which, why) in the same transaction.
 */
export async function transition(
  tx: Tx,
  app: Application,
  action: ApplicationMove,
  options: {
    actorUserId: string;
    reason?: string | null;
    set?: Partial<typeof grantApplications.$inferInsert>;
    data?: Record<string, unknown>;
  },
): Promise<Application> {
  const to = applicationLifecycle.assert(app.status, action) as ApplicationStatus;
  const [updated] = await tx
    .update(grantApplications)
    .set({ ...options.set, status: to })
    .where(and(eq(grantApplications.id, app.id), inArray(grantApplications.status, applicationStatusesFor(action))))
    .returning();
  if (!updated) throw new InvalidTransition(applicationLifecycle.what, app.status, to, applicationLifecycle.labels);
  await recordAudit(tx, {
    actorUserId: options.actorUserId,
    action: `grant_application.${to}`,
    subjectType: 'grant_application',
    subjectId: app.id,
    fromState: app.status,
    toState: to,
    reason: options.reason ?? null,
    data: options.data ?? null,
  });
  return updated;
}

async function loadCallAndTier(tx: Tx, callId: string, tierId: string) {
  const call = await tx.query.grantCalls.findFirst({ where: { id: callId }, with: { union: { columns: { path: true } } } });
  if (!call) throw fieldError(['input', 'call'], 'NOT_FOUND', '资助项目不存在');
  const tier = await tx.query.grantTiers.findFirst({ where: { id: tierId, callId } });
  if (!tier) throw fieldError(['input', 'tier'], 'NOT_FOUND', '该档次不属于此资助项目');
  return { call, tier };
}

type CallWithUnion = NonNullable<Awaited<ReturnType<typeof loadCallAndTier>>>['call'];
type Tier = NonNullable<Awaited<ReturnType<typeof loadCallAndTier>>>['tier'];

function loadApplicantMember(tx: Tx, memberId: string) {
  return found(tx.query.members.findFirst({ where: { id: memberId }, with: { union: { columns: { path: true } } } }), '会员');
}

/**
 * The rules an application must meet whenever it is saved: who may apply for the tier, the
 * amount within the tier, and budget lines that add up to the amount.
 */
function checkApplication(
  member: Awaited<ReturnType<typeof loadApplicantMember>>,
  call: CallWithUnion,
  tier: Tier,
  fields: Pick<ApplicationFields, 'requestedFen' | 'budgetLines' | 'distinctions'>,
) {
  if (!member.union.path.startsWith(call.union.path)) {
    throw new GrantNotEligible('你所在的工会不在本项目的申报范围内');
  }
  if (member.craftsmanTitle === null) {
    throw new GrantNotEligible('申请人须具有工匠称号');
  }
  if (tier.requiredTitle === 'master_craftsman' && member.craftsmanTitle !== 'master_craftsman') {
    throw new GrantNotEligible(`“${tier.name}”档次须由大工匠申请`);
  }
  if (tier.requiresDistinction && !fields.distinctions.some((d) => call.qualifyingDistinctions.includes(d))) {
    throw new GrantNotEligible(`“${tier.name}”档次须至少具备一项认定的荣誉条件`);
  }
  if (fields.requestedFen < tier.minAmountFen || fields.requestedFen > tier.maxAmountFen) {
    throw new AmountOutsideTier(tier.minAmountFen, tier.maxAmountFen);
  }
  const total = fields.budgetLines.reduce((sum, line) => sum + line.amountFen, 0);
  if (total !== fields.requestedFen) throw new BudgetLinesMismatch(total, fields.requestedFen);
}

async function replaceBudgetLines(tx: Tx, applicationId: string, lines: BudgetLineInput[]) {
  await tx.delete(grantBudgetLines).where(eq(grantBudgetLines.applicationId, applicationId));
  await tx
    .insert(grantBudgetLines)
    .values(lines.map((line, position) => ({ applicationId, position, item: line.item, amountFen: line.amountFen })));
}

/** A studio lead starts an application as a draft. */
export async function createGrantApplication(
  db: Database,
  viewer: Pick<Viewer, 'userId'>,
  input: ApplicationFields & { callId: string; documents: DocumentChoice[] },
) {
  const actorUserId = viewer.userId;
  return db.transaction(async (tx) => {
    const memberRow = await tx.query.members.findFirst({ where: { userId: actorUserId }, columns: { id: true } });
    if (!memberRow) throw new GrantNotEligible('申请人须为工会会员');
    const member = await loadApplicantMember(tx, memberRow.id);
    const { call, tier } = await loadCallAndTier(tx, input.callId, input.tierId);
    if (!callLifecycle.can(callPhase(call), 'draftApplication')) throw new GrantCallNotOpen();
    checkApplication(member, call, tier, input);
    let app: Application | undefined;
    try {
      [app] = await tx
        .insert(grantApplications)
        .values({
          callId: call.id,
          tierId: tier.id,
          applicantMemberId: member.id,
          applicantUserId: actorUserId,
          studioName: input.studioName,
          enterprise: input.enterprise,
          trade: input.trade,
          teamMembers: input.teamMembers,
          requestedFen: input.requestedFen,
          plan: input.plan,
          distinctions: input.distinctions,
          distinctionNote: input.distinctionNote,
          eligibilityAttested: input.eligibilityAttested,
        })
        .returning();
    } catch (error) {
      if (uniqueViolation(error) === 'grant_applications_one_per_member') throw new GrantApplicationExists();
      throw error;
    }
    if (!app) throw new Error('insert into grant_applications returned no row');
    await replaceBudgetLines(tx, app.id, input.budgetLines);
    await recordAudit(tx, {
      actorUserId,
      action: 'grant_application.created',
      subjectType: 'grant_application',
      subjectId: app.id,
      toState: 'draft',
    });
    await storeDocuments(tx, viewer, app, input.documents, ['input', 'documents']);
    return app;
  });
}

/** The applicant edits a draft, or answers a request for more information. */
export async function updateGrantApplication(
  db: Database,
  actorUserId: string,
  applicationId: string,
  patch: Partial<ApplicationFields>,
) {
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, applicationId);
    applicationLifecycle.assert(app.status, 'update');
    const lines =
      patch.budgetLines ??
      (await tx.query.grantBudgetLines.findMany({ where: { applicationId }, orderBy: { position: 'asc' } }));
    const merged = {
      tierId: patch.tierId ?? app.tierId,
      requestedFen: patch.requestedFen ?? app.requestedFen,
      distinctions: patch.distinctions ?? app.distinctions,
      budgetLines: lines.map((l) => ({ item: l.item, amountFen: l.amountFen })),
    };
    const member = await loadApplicantMember(tx, app.applicantMemberId);
    const { call, tier } = await loadCallAndTier(tx, app.callId, merged.tierId);
    checkApplication(member, call, tier, merged);
    const [updated] = await tx
      .update(grantApplications)
      .set({
        tierId: merged.tierId,
        requestedFen: merged.requestedFen,
        distinctions: merged.distinctions,
        ...(patch.studioName !== undefined && { studioName: patch.studioName }),
        ...(patch.enterprise !== undefined && { enterprise: patch.enterprise }),
        ...(patch.trade !== undefined && { trade: patch.trade }),
        ...(patch.teamMembers !== undefined && { teamMembers: patch.teamMembers }),
        ...(patch.plan !== undefined && { plan: patch.plan }),
        ...(patch.distinctionNote !== undefined && { distinctionNote: patch.distinctionNote }),
        ...(patch.eligibilityAttested !== undefined && { eligibilityAttested: patch.eligibilityAttested }),
      })
      .where(eq(grantApplications.id, app.id))
      .returning();
    if (patch.budgetLines) await replaceBudgetLines(tx, app.id, patch.budgetLines);
    await recordAudit(tx, {
      actorUserId,
      action: 'grant_application.updated',
      subjectType: 'grant_application',
      subjectId: app.id,
      fromState: app.status,
      toState: app.status,
      data: { fields: Object.keys(patch) },
    });
    return found(updated, '资助申请');
  });
}

export async function submitGrantApplication(db: Database, actorUserId: string, applicationId: string) {
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, applicationId);
    applicationLifecycle.assert(app.status, 'submit');
    const member = await loadApplicantMember(tx, app.applicantMemberId);
    const { call, tier } = await loadCallAndTier(tx, app.callId, app.tierId);
    const now = new Date();
    if (!callLifecycle.can(callPhase(call, now), 'apply')) throw new GrantCallNotOpen();
    const lines = await tx.query.grantBudgetLines.findMany({ where: { applicationId } });
    checkApplication(member, call, tier, { ...app, budgetLines: lines });
    if (!app.eligibilityAttested) throw new GrantNotEligible('提交前须确认符合全部基本条件');
    await assertDocumentsComplete(tx, app);
    return transition(tx, app, 'submit', { actorUserId, set: { submittedAt: now } });
  });
}

/** Moves whose only rule is the state they start from; the role is checked by the caller. */
export type SimpleMove = 'startScreening' | 'requestInfo' | 'resubmit' | 'withdraw';

export async function moveGrantApplication(
  db: Database,
  actorUserId: string,
  applicationId: string,
  move: SimpleMove,
  reason: string | null,
) {
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, applicationId);
    if (move === 'resubmit' && applicationLifecycle.can(app.status, 'resubmit')) await assertDocumentsComplete(tx, app);
    return transition(tx, app, move, {
      actorUserId,
      reason,
      ...(move === 'requestInfo' && { set: { infoRequest: reason } }),
    });
  });
}

/** The grantee names the Stripe connected account that receives Stripe payouts. */
export async function setGrantPayoutAccount(db: Database, actorUserId: string, applicationId: string, stripeAccountId: string) {
  return db.transaction(async (tx) => {
    const app = await lockApplication(tx, applicationId);
    applicationLifecycle.assert(app.status, 'setPayoutAccount');
    const [updated] = await tx
      .update(grantApplications)
      .set({ stripeAccountId })
      .where(eq(grantApplications.id, app.id))
      .returning();
    await recordAudit(tx, {
      actorUserId,
      action: 'grant_application.payout_account_set',
      subjectType: 'grant_application',
      subjectId: app.id,
      fromState: app.status,
      toState: app.status,
      data: { stripeAccountId, previous: app.stripeAccountId },
    });
    return found(updated, '资助申请');
  });
}
