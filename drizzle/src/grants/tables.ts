import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  bytea,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  snakeCase,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { craftsmanTitle, members, unions, users } from '../accounts/tables.ts';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { storedFiles } from '../files/tables.ts';

/** Every grant amount, whatever the tier: ¥50,000 to ¥250,000 (齐鲁工匠 / 齐鲁大工匠 founding grants). */
export const GRANT_MIN_FEN = 5_000_000;
export const GRANT_MAX_FEN = 25_000_000;

const money = () => bigint({ mode: 'number' });
const withinGrantRange = (column: unknown) =>
  sql`${column} between ${sql.raw(String(GRANT_MIN_FEN))} and ${sql.raw(String(GRANT_MAX_FEN))}`;

/** The four distinctions that qualify a studio lead for the top tier (DOMAIN.md). */
export const grantDistinction = pgEnum('grant_distinction', [
  'major_breakthrough', // 重大技术突破
  'key_provincial_project', // 省级重点项目
  'national_model_worker', // 全国劳动模范
  'national_skill_award', // 国家级技能奖项
]);

export const grantCalls = snakeCase.table(
  'grant_calls',
  {
    id: id(),
    /** The organizing union; its staff (and their ancestors') run the call. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    title: text().notNull(),
    description: text().notNull().default(''),
    opensAt: timestamptz().notNull(),
    closesAt: timestamptz().notNull(),
    budgetFen: money().notNull(),
    /**
     * Sum of approved amounts. Decisions add to it with a conditional UPDATE, and the CHECK below
     * makes overspending impossible even for a writer that forgets the condition.
     */
    approvedFen: money().notNull().default(0),
    reviewersPerApplication: integer().notNull(),
    /** The standard conditions every applicant attests to (五项基本条件). */
    eligibilityConditions: jsonb().$type<string[]>().notNull(),
    /** For tiers that require a distinction: any one of these qualifies. */
    qualifyingDistinctions: grantDistinction().array().notNull(),
    requiredDocuments: jsonb().$type<string[]>().notNull(),
    createdByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('grant_calls_union_idx').on(t.unionId, t.opensAt),
    index('grant_calls_window_idx').on(t.closesAt),
    check('grant_calls_window', sql`${t.closesAt} > ${t.opensAt}`),
    check('grant_calls_budget_positive', sql`${t.budgetFen} > 0`),
    check('grant_calls_within_budget', sql`${t.approvedFen} >= 0 and ${t.approvedFen} <= ${t.budgetFen}`),
    check('grant_calls_reviewers', sql`${t.reviewersPerApplication} between 1 and 9`),
  ],
);

export const grantTiers = snakeCase.table(
  'grant_tiers',
  {
    id: id(),
    callId: uuid()
      .notNull()
      .references(() => grantCalls.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    name: text().notNull(),
    /** A fixed amount has min = max. */
    minAmountFen: money().notNull(),
    maxAmountFen: money().notNull(),
    /** The lowest craftsman title an applicant must hold. */
    requiredTitle: craftsmanTitle().notNull(),
    /** Top tier: the applicant must also hold one of the call's qualifying distinctions. */
    requiresDistinction: boolean().notNull().default(false),
  },
  (t) => [
    unique('grant_tiers_call_name').on(t.callId, t.name),
    unique('grant_tiers_call_position').on(t.callId, t.position),
    check('grant_tiers_min_range', withinGrantRange(t.minAmountFen)),
    check('grant_tiers_max_range', withinGrantRange(t.maxAmountFen)),
    check('grant_tiers_min_le_max', sql`${t.minAmountFen} <= ${t.maxAmountFen}`),
  ],
);

/** Review rubric: each criterion is scored 0 to 5 and weighted. */
export const grantCriteria = snakeCase.table(
  'grant_criteria',
  {
    id: id(),
    callId: uuid()
      .notNull()
      .references(() => grantCalls.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    name: text().notNull(),
    description: text().notNull().default(''),
    weight: integer().notNull(),
  },
  (t) => [
    unique('grant_criteria_call_name').on(t.callId, t.name),
    unique('grant_criteria_call_position').on(t.callId, t.position),
    check('grant_criteria_weight', sql`${t.weight} between 1 and 100`),
  ],
);

export const grantApplicationStatus = pgEnum('grant_application_status', [
  'draft',
  'submitted',
  'screening',
  'info_requested',
  'resubmitted',
  'under_review',
  'decision_pending',
  'approved',
  'rejected',
  'withdrawn',
]);

export interface GrantTeamMember {
  name: string;
  role: string;
}

export const grantApplications = snakeCase.table(
  'grant_applications',
  {
    id: id(),
    callId: uuid()
      .notNull()
      .references(() => grantCalls.id),
    tierId: uuid()
      .notNull()
      .references(() => grantTiers.id),
    applicantMemberId: uuid()
      .notNull()
      .references(() => members.id),
    /** Denormalised from the member, so "is this my application" needs no join. */
    applicantUserId: uuid()
      .notNull()
      .references(() => users.id),
    status: grantApplicationStatus().notNull().default('draft'),
    studioName: text().notNull(),
    enterprise: text().notNull(),
    trade: text().notNull(),
    teamMembers: jsonb().$type<GrantTeamMember[]>().notNull(),
    requestedFen: money().notNull(),
    plan: text().notNull(),
    distinctions: grantDistinction().array().notNull(),
    distinctionNote: text(),
    eligibilityAttested: boolean().notNull().default(false),
    /** The studio's Stripe connected account, for payouts by Stripe transfer. */
    stripeAccountId: text(),
    /** The last request for more information from staff, shown to the applicant. */
    infoRequest: text(),
    approvedFen: money(),
    decisionRationale: text(),
    decidedByUserId: uuid().references(() => users.id),
    decidedAt: timestamptz(),
    submittedAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One live application per member per call; a withdrawn one does not block a new one.
    uniqueIndex('grant_applications_one_per_member')
      .on(t.callId, t.applicantMemberId)
      .where(sql`${t.status} <> 'withdrawn'`),
    index('grant_applications_call_status_idx').on(t.callId, t.status, t.createdAt),
    // A call's applications page in (created_at, id) order stops after a page instead of joining
    // every application of the call (benchmark: staff listing a call's applications).
    index('grant_applications_call_order_idx').on(t.callId, t.createdAt, t.id),
    index('grant_applications_applicant_idx').on(t.applicantUserId, t.createdAt),
    check('grant_applications_requested_range', withinGrantRange(t.requestedFen)),
    check('grant_applications_stripe_account', sql`${t.stripeAccountId} is null or ${t.stripeAccountId} ~ '^acct_[A-Za-z0-9]+$'`),
    check(
      'grant_applications_approved_amount',
      sql`(${t.status} = 'approved') = (${t.approvedFen} is not null)
        and (${t.approvedFen} is null or (${withinGrantRange(t.approvedFen)} and ${t.approvedFen} <= ${t.requestedFen}))`,
    ),
  ],
);

export const grantBudgetLines = snakeCase.table(
  'grant_budget_lines',
  {
    id: id(),
    applicationId: uuid()
      .notNull()
      .references(() => grantApplications.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    item: text().notNull(),
    amountFen: money().notNull(),
  },
  (t) => [
    unique('grant_budget_lines_position').on(t.applicationId, t.position),
    check('grant_budget_lines_positive', sql`${t.amountFen} > 0`),
  ],
);

/** Accepted attachment types, each checked against the file's leading bytes, not only the declared type. */
export const GRANT_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** The largest inline (Base64, deprecated) document: bounded by the GraphQL request's size. */
export const GRANT_DOCUMENT_MAX_BYTES = 64 * 1024;

/**
 * A required document of an application: a stored file (files domain, attachment kind
 * `grant_document`) with its name, type, size and hash copied here for listing. Rows written
 * before the files domain kept their bytes in `content`; the server moves those into file
 * storage when it starts (grants/documents-move.service.ts), so `content` is only ever a
 * leftover of that move.
 */
export const grantDocuments = snakeCase.table(
  'grant_documents',
  {
    id: id(),
    applicationId: uuid()
      .notNull()
      .references(() => grantApplications.id, { onDelete: 'cascade' }),
    /** One of the call's required documents. */
    kind: text().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    storedFileId: uuid()
      .unique()
      .references(() => storedFiles.id),
    /** Bytes of a document written before uploads went to file storage, until they are moved. */
    content: bytea(),
    uploadedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique('grant_documents_one_per_kind').on(t.applicationId, t.kind),
    check('grant_documents_type', sql`${t.contentType} in ('application/pdf', 'image/jpeg', 'image/png')`),
    check('grant_documents_size', sql`${t.sizeBytes} > 0 and (${t.content} is null or octet_length(${t.content}) = ${t.sizeBytes})`),
    check('grant_documents_stored', sql`${t.storedFileId} is not null or ${t.content} is not null`),
  ],
);

export const grantReviewStatus = pgEnum('grant_review_status', ['assigned', 'conflict_declared', 'submitted']);

/** A reviewer assigned to an application; a declared conflict keeps the row (evidence) and frees the seat. */
export const grantReviews = snakeCase.table(
  'grant_reviews',
  {
    id: id(),
    applicationId: uuid()
      .notNull()
      .references(() => grantApplications.id, { onDelete: 'cascade' }),
    reviewerUserId: uuid()
      .notNull()
      .references(() => users.id),
    assignedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    status: grantReviewStatus().notNull().default('assigned'),
    conflictReason: text(),
    comment: text(),
    submittedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('grant_reviews_one_per_reviewer').on(t.applicationId, t.reviewerUserId),
    index('grant_reviews_reviewer_idx').on(t.reviewerUserId, t.createdAt),
    check(
      'grant_reviews_conflict_reason',
      sql`(${t.status} = 'conflict_declared') = (${t.conflictReason} is not null)`,
    ),
  ],
);

export const grantReviewScores = snakeCase.table(
  'grant_review_scores',
  {
    id: id(),
    reviewId: uuid()
      .notNull()
      .references(() => grantReviews.id, { onDelete: 'cascade' }),
    criterionId: uuid()
      .notNull()
      .references(() => grantCriteria.id),
    /** The criterion's position, copied so scores list in rubric order without a join. */
    position: integer().notNull(),
    score: integer().notNull(),
    comment: text(),
  },
  (t) => [
    unique('grant_review_scores_one_per_criterion').on(t.reviewId, t.criterionId),
    check('grant_review_scores_range', sql`${t.score} between 0 and 5`),
  ],
);

export const grantReportStatus = pgEnum('grant_report_status', ['due', 'submitted', 'changes_requested', 'accepted']);

/** Progress reports of a funded studio (中期报告, 结题报告); a tranche may wait for one to be accepted. */
export const grantReports = snakeCase.table(
  'grant_reports',
  {
    id: id(),
    applicationId: uuid()
      .notNull()
      .references(() => grantApplications.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    title: text().notNull(),
    /** Business date in Asia/Shanghai. */
    dueOn: date({ mode: 'string' }).notNull(),
    status: grantReportStatus().notNull().default('due'),
    content: text(),
    submittedAt: timestamptz(),
    reviewNote: text(),
    reviewedByUserId: uuid().references(() => users.id),
    reviewedAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('grant_reports_position').on(t.applicationId, t.position),
    index('grant_reports_due_idx').on(t.status, t.dueOn),
    check('grant_reports_content', sql`${t.status} = 'due' or ${t.content} is not null`),
  ],
);

export const grantTrancheStatus = pgEnum('grant_tranche_status', [
  'planned',
  'requested',
  'staff_approved',
  'finance_approved',
  'paid',
  'failed',
]);

export const grantPaymentMethod = pgEnum('grant_payment_method', ['bank_transfer', 'stripe_transfer']);

/** An approved grant is paid in tranches, each requested, approved twice (four-eyes) and paid. */
export const grantTranches = snakeCase.table(
  'grant_tranches',
  {
    id: id(),
    applicationId: uuid()
      .notNull()
      .references(() => grantApplications.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    label: text().notNull(),
    amountFen: money().notNull(),
    /** When set, the tranche can be requested only once this report is accepted. */
    reportId: uuid().references(() => grantReports.id),
    status: grantTrancheStatus().notNull().default('planned'),
    requestedAt: timestamptz(),
    staffApprovedByUserId: uuid().references(() => users.id),
    staffApprovedAt: timestamptz(),
    financeApprovedByUserId: uuid().references(() => users.id),
    financeApprovedAt: timestamptz(),
    paymentMethod: grantPaymentMethod(),
    paymentReference: text(),
    paidAt: timestamptz(),
    failureReason: text(),
    /** When Stripe's webhook confirmed the transfer (transfer.created), whatever order events arrive in. */
    payoutConfirmedAt: timestamptz(),
    /** Failed Stripe attempts so far; part of the idempotency key, so a retry after a failure is a new transfer. */
    payoutAttempts: integer().notNull().default(0),
    recordedByUserId: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('grant_tranches_position').on(t.applicationId, t.position),
    index('grant_tranches_status_idx').on(t.status, t.createdAt),
    check('grant_tranches_positive', sql`${t.amountFen} > 0`),
    // Four-eyes rule: the finance approval is never by the person who approved for the union.
    check(
      'grant_tranches_distinct_approvers',
      sql`${t.financeApprovedByUserId} is null or ${t.financeApprovedByUserId} <> ${t.staffApprovedByUserId}`,
    ),
    check(
      'grant_tranches_paid_reference',
      sql`${t.status} <> 'paid' or (${t.paymentReference} is not null and ${t.paymentMethod} is not null and ${t.paidAt} is not null)`,
    ),
  ],
);

/** Stripe webhook events applied to grant payouts: each event id once, whatever Stripe redelivers. */
export const grantStripeEvents = snakeCase.table('grant_stripe_events', {
  id: id(),
  eventId: text().notNull().unique(),
  type: text().notNull(),
  transferId: text(),
  trancheId: uuid().references(() => grantTranches.id),
  receivedAt: createdAt(),
});
