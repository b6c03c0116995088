import { sql } from 'drizzle-orm';
import { bigint, check, date, index, integer, jsonb, pgEnum, primaryKey, snakeCase, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { members, unions, users } from '../accounts/tables.ts';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { storedFiles } from '../files/tables.ts';

const money = () => bigint({ mode: 'number' });

/** Report 004: "每年60元的互助金" per member. */
export const MUTUAL_AID_DEFAULT_PREMIUM_FEN = 6_000;

/**
 * One band of the second reimbursement (社保报销后的二次报销): of the self-paid amount above the
 * deductible, the part up to `upToFen` (cumulative; null for "and above") is reimbursed at
 * `ratePercent`.
 */
export interface MutualAidBand {
  upToFen: number | null;
  ratePercent: number;
}

/**
 * A city union's scheme for one year (职工医疗互助): the premium per member, the deductible
 * (起付标准) and bands per claim, the ceiling per member-year, the waiting period from the start of
 * cover, and the city's backstop budget. Approved payouts never pass the pool: premiums collected
 * plus the backstop (CHECK, and the approval's conditional UPDATE).
 */
export const mutualAidSchemes = snakeCase.table(
  'mutual_aid_schemes',
  {
    id: id(),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    unionPath: text().notNull(),
    year: integer().notNull(),
    name: text().notNull(),
    premiumFen: money().notNull(),
    deductibleFen: money().notNull(),
    bands: jsonb().$type<MutualAidBand[]>().notNull(),
    ceilingFen: money().notNull(),
    waitingDays: integer().notNull(),
    backstopFen: money().notNull(),
    premiumsPaidFen: money().notNull().default(0),
    approvedFen: money().notNull().default(0),
    paidFen: money().notNull().default(0),
    createdByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('mutual_aid_schemes_union_year').on(t.unionId, t.year),
    index('mutual_aid_schemes_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.year),
    check('mutual_aid_schemes_amounts', sql`${t.premiumFen} > 0 and ${t.deductibleFen} >= 0 and ${t.ceilingFen} > 0 and ${t.backstopFen} >= 0`),
    check('mutual_aid_schemes_waiting', sql`${t.waitingDays} between 0 and 365`),
    check('mutual_aid_schemes_pool', sql`${t.approvedFen} >= 0 and ${t.approvedFen} <= ${t.premiumsPaidFen} + ${t.backstopFen}`),
    check('mutual_aid_schemes_paid', sql`${t.paidFen} >= 0 and ${t.paidFen} <= ${t.approvedFen}`),
  ],
);

/** draft (rows being uploaded) → submitted (covers idle, premium due) → paid (covers active). */
export const mutualAidEnrolmentStatus = pgEnum('mutual_aid_enrolment_status', ['draft', 'submitted', 'paid']);

/** A batch enrolment by a unit's grassroots union: one premium due for all its members. */
export const mutualAidEnrolments = snakeCase.table(
  'mutual_aid_enrolments',
  {
    id: id(),
    schemeId: uuid()
      .notNull()
      .references(() => mutualAidSchemes.id),
    /** The unit (grassroots union) that enrols. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    unionPath: text().notNull(),
    status: mutualAidEnrolmentStatus().notNull().default('draft'),
    /** Cover runs one year from the later of this date and the payment. */
    startsOn: date({ mode: 'string' }).notNull(),
    rowCount: integer().notNull().default(0),
    memberCount: integer().notNull().default(0),
    premiumDueFen: money().notNull().default(0),
    paymentReference: text(),
    paidOn: date({ mode: 'string' }),
    paidByUserId: uuid().references(() => users.id),
    submittedAt: timestamptz(),
    createdByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('mutual_aid_enrolments_scheme_idx').on(t.schemeId, t.createdAt),
    index('mutual_aid_enrolments_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.status),
    uniqueIndex('mutual_aid_enrolments_payment_reference').on(t.schemeId, t.paymentReference),
    check('mutual_aid_enrolments_paid', sql`(${t.status} = 'paid') = (${t.paymentReference} is not null and ${t.paidOn} is not null)`),
    check('mutual_aid_enrolments_counts', sql`${t.rowCount} >= 0 and ${t.memberCount} >= 0 and ${t.premiumDueFen} >= 0`),
  ],
);

/** The uploaded rows of a draft enrolment (a CSV of thousands arrives in chunks). */
export const mutualAidEnrolmentRows = snakeCase.table(
  'mutual_aid_enrolment_rows',
  {
    enrolmentId: uuid()
      .notNull()
      .references(() => mutualAidEnrolments.id, { onDelete: 'cascade' }),
    line: integer().notNull(),
    cardNumber: text().notNull(),
    realName: text(),
  },
  (t) => [primaryKey({ columns: [t.enrolmentId, t.line] })],
);

/**
 * A member's cover in a scheme year: idle until the enrolment's premium is recorded paid, then
 * active from the later of the start date and the payment, for one year. One per member per scheme.
 */
export const mutualAidCovers = snakeCase.table(
  'mutual_aid_covers',
  {
    id: id(),
    schemeId: uuid()
      .notNull()
      .references(() => mutualAidSchemes.id),
    enrolmentId: uuid()
      .notNull()
      .references(() => mutualAidEnrolments.id),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    unionPath: text().notNull(),
    activeFrom: date({ mode: 'string' }),
    activeUntil: date({ mode: 'string' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('mutual_aid_covers_one_per_scheme').on(t.memberId, t.schemeId),
    index('mutual_aid_covers_enrolment_idx').on(t.enrolmentId),
    index('mutual_aid_covers_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.schemeId),
    check('mutual_aid_covers_period', sql`(${t.activeFrom} is null) = (${t.activeUntil} is null) and (${t.activeFrom} is null or ${t.activeFrom} <= ${t.activeUntil})`),
  ],
);

export const mutualAidClaimStatus = pgEnum('mutual_aid_claim_status', [
  'entered',
  'returned', // sent back for documents
  'checked',
  'valuated',
  'approved',
  'paid',
  'rejected',
]);

/** The numbered rejection reasons (openIMIS style); messages in schema/src/mutual_aid/reasons.ts. */
export const mutualAidRejectionReason = pgEnum('mutual_aid_rejection_reason', [
  'not_covered', // 1
  'waiting_period', // 2
  'below_deductible', // 3
  'ceiling_reached', // 4
  'duplicate', // 5
  'documents_missing', // 6
]);

export interface MutualAidExplanationLine {
  label: string;
  amountFen: number;
}

/** A claim after discharge, with the social-insurance settlement (结算单). */
export const mutualAidClaims = snakeCase.table(
  'mutual_aid_claims',
  {
    id: id(),
    schemeId: uuid()
      .notNull()
      .references(() => mutualAidSchemes.id),
    coverId: uuid()
      .notNull()
      .references(() => mutualAidCovers.id),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    unionPath: text().notNull(),
    status: mutualAidClaimStatus().notNull().default('entered'),
    hospital: text().notNull(),
    admittedOn: date({ mode: 'string' }).notNull(),
    dischargedOn: date({ mode: 'string' }).notNull(),
    totalCostFen: money().notNull(),
    socialInsuranceFen: money().notNull(),
    selfPaidFen: money().notNull(),
    note: text().notNull().default(''),
    filedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    returnNote: text(),
    checkedByUserId: uuid().references(() => users.id),
    /** The valuation: computed from the scheme's rules, never typed. */
    valuatedFen: money(),
    deductibleAppliedFen: money(),
    explanation: jsonb().$type<MutualAidExplanationLine[]>(),
    valuatedByUserId: uuid().references(() => users.id),
    approvedByUserId: uuid().references(() => users.id),
    approvedAt: timestamptz(),
    paymentReference: text(),
    paidAt: timestamptz(),
    rejectionReason: mutualAidRejectionReason(),
    rejectionNote: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One live claim per admission: a second filing of the same stay is refused by the database.
    uniqueIndex('mutual_aid_claims_one_per_admission')
      .on(t.memberId, t.admittedOn)
      .where(sql`${t.status} <> 'rejected'`),
    index('mutual_aid_claims_member_idx').on(t.memberId, t.createdAt),
    index('mutual_aid_claims_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.status),
    index('mutual_aid_claims_scheme_idx').on(t.schemeId, t.status),
    check('mutual_aid_claims_settlement', sql`${t.totalCostFen} > 0 and ${t.socialInsuranceFen} >= 0 and ${t.selfPaidFen} >= 0
      and ${t.totalCostFen} = ${t.socialInsuranceFen} + ${t.selfPaidFen}`),
    check('mutual_aid_claims_dates', sql`${t.admittedOn} <= ${t.dischargedOn}`),
    check('mutual_aid_claims_valuated', sql`(${t.status} in ('valuated', 'approved', 'paid')) = (${t.valuatedFen} is not null)
      and (${t.valuatedFen} is null or ${t.valuatedFen} > 0)`),
    check('mutual_aid_claims_rejected', sql`(${t.status} = 'rejected') = (${t.rejectionReason} is not null)`),
    check('mutual_aid_claims_paid', sql`${t.status} <> 'paid' or ${t.paymentReference} is not null`),
  ],
);

/** The settlement and photos of a claim, through the files domain (attachFile). */
export const mutualAidClaimDocuments = snakeCase.table(
  'mutual_aid_claim_documents',
  {
    id: id(),
    claimId: uuid()
      .notNull()
      .references(() => mutualAidClaims.id),
    storedFileId: uuid()
      .notNull()
      .unique()
      .references(() => storedFiles.id),
    addedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('mutual_aid_claim_documents_claim_idx').on(t.claimId)],
);

/**
 * The member-year ledger: deductible used and amount approved, written in the approval's
 * transaction by an upsert whose condition keeps both within the scheme's; the CHECK is the last word.
 */
export const mutualAidLedgers = snakeCase.table(
  'mutual_aid_ledgers',
  {
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    schemeId: uuid()
      .notNull()
      .references(() => mutualAidSchemes.id),
    deductibleFen: money().notNull(),
    ceilingFen: money().notNull(),
    deductibleUsedFen: money().notNull().default(0),
    approvedFen: money().notNull().default(0),
    claimsApproved: integer().notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.schemeId] }),
    check('mutual_aid_ledgers_within', sql`${t.deductibleUsedFen} >= 0 and ${t.deductibleUsedFen} <= ${t.deductibleFen}
      and ${t.approvedFen} >= 0 and ${t.approvedFen} <= ${t.ceilingFen}`),
  ],
);
