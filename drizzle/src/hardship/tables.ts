import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  primaryKey,
  snakeCase,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { members, unions, users } from '../accounts/tables.ts';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { mutualAidClaims } from '../mutual_aid/tables.ts';

const money = () => bigint({ mode: 'number' });

/** Luoyang's caps (report 000): living aid at most ¥5,000 and medical aid at most ¥10,000 per person a year. */
export const LIVING_AID_CAP_FEN = 500_000;
export const MEDICAL_AID_CAP_FEN = 1_000_000;
/** At the partner workers' hospital the union pays 80% of the self-paid part (000). */
export const HOSPITAL_SHARE_PERCENT = 80;
/** A migrant household counts when the member holds a labour contract of at least a year (000). */
export const MIGRANT_MIN_CONTRACT_MONTHS = 12;
/** Start-up loans of ¥50,000 to ¥100,000 (000). */
export const LOAN_MIN_FEN = 5_000_000;
export const LOAN_MAX_FEN = 10_000_000;

/** Cause of hardship (致困原因). */
export const hardshipCause = pgEnum('hardship_cause', [
  'illness', // 因病
  'disability', // 因残
  'unemployment', // 失业
  'schooling', // 子女就学
  'disaster', // 因灾
  'other',
]);

export const hardshipHousing = pgEnum('hardship_housing', [
  'owned', // 自有住房
  'rented', // 租房
  'public_rental', // 公租房/廉租房
  'dormitory', // 单位宿舍
  'none', // 无固定住所
]);

/**
 * The file's way through the register (困难职工档案): filed by the member or their grassroots union,
 * verified by the grassroots union, then confirmed by the city, province and national levels
 * (市、省、全总三级审核认定, report 001). Sent back at any step it returns to the filer; refused or
 * exited it is closed, and an exited file may be re-entered.
 */
export const hardshipFileStatus = pgEnum('hardship_file_status', [
  'filed',
  'returned',
  'verified',
  'city_confirmed',
  'province_confirmed',
  'confirmed',
  'refused',
  'exited',
]);

/** Why a household leaves the register: the reasons report 002 counts exits by. */
export const hardshipExitReason = pgEnum('hardship_exit_reason', [
  'illness_cured', // 疾病治愈
  'reemployed', // 再就业
  'children_employed', // 子女毕业就业
  'self_employed', // 自谋职业
  'social_insurance', // 纳入社保
  'serious_illness_cover', // 大病保险和医疗互助
  'social_assistance', // 社会救助兜底
]);

export interface HardshipHouseholdMember {
  name: string;
  /** 配偶, 子女, 父母 … */
  relation: string;
  age: number;
}

export const hardshipFiles = snakeCase.table(
  'hardship_files',
  {
    id: id(),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    /** The member's grassroots union when the file was opened: its register holds the file. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    /** The union's path, copied so subtree checks and roll-ups are prefix matches on one row. */
    unionPath: text().notNull(),
    status: hardshipFileStatus().notNull().default('filed'),
    cause: hardshipCause().notNull(),
    causeNote: text().notNull().default(''),
    householdMembers: jsonb().$type<HardshipHouseholdMember[]>().notNull(),
    /** Monthly household income per head, in fen. */
    monthlyIncomePerHeadFen: money().notNull(),
    /** The local minimum living standard (低保线) per head per month, in fen, when filed. */
    localMinimumFen: money().notNull(),
    housing: hardshipHousing().notNull(),
    /** A migrant worker's household (农民工家庭), counted without local residence under the 000 rule. */
    isMigrantWorker: boolean().notNull().default(false),
    /** Length of the member's labour contract in months (for the migrant rule). */
    labourContractMonths: integer(),
    filedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    /** Filed by the grassroots union on the member's behalf. */
    filedOnBehalf: boolean().notNull().default(false),
    verifiedByUserId: uuid().references(() => users.id),
    verifiedAt: timestamptz(),
    cityConfirmedByUserId: uuid().references(() => users.id),
    cityConfirmedAt: timestamptz(),
    provinceConfirmedByUserId: uuid().references(() => users.id),
    provinceConfirmedAt: timestamptz(),
    confirmedByUserId: uuid().references(() => users.id),
    /** Business date (Asia/Shanghai) of the national confirmation or the last re-check. */
    confirmedOn: date({ mode: 'string' }),
    lastCheckedOn: date({ mode: 'string' }),
    /** The yearly re-check (清理核查) is due on this date; after it the file's aid is paused. */
    recheckDueOn: date({ mode: 'string' }),
    /** The last reason given for sending the file back or refusing it. */
    returnReason: text(),
    refusalReason: text(),
    exitReason: hardshipExitReason(),
    exitNote: text(),
    exitedAt: timestamptz(),
    submittedAt: timestamptz().notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // One open file per member, across every union's register.
    uniqueIndex('hardship_files_one_open_per_member')
      .on(t.memberId)
      .where(sql`${t.status} not in ('refused', 'exited')`),
    index('hardship_files_member_idx').on(t.memberId, t.createdAt),
    index('hardship_files_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.status),
    index('hardship_files_union_status_idx').on(t.unionId, t.status, t.createdAt),
    index('hardship_files_recheck_idx').on(t.status, t.recheckDueOn),
    check('hardship_files_income', sql`${t.monthlyIncomePerHeadFen} >= 0 and ${t.localMinimumFen} > 0`),
    check(
      'hardship_files_migrant_contract',
      sql`not ${t.isMigrantWorker} or ${t.labourContractMonths} >= ${sql.raw(String(MIGRANT_MIN_CONTRACT_MONTHS))}`,
    ),
    check(
      'hardship_files_confirmed_dates',
      sql`${t.status} <> 'confirmed' or (${t.confirmedOn} is not null and ${t.recheckDueOn} is not null)`,
    ),
    check('hardship_files_exit_reason', sql`(${t.status} = 'exited') = (${t.exitReason} is not null)`),
  ],
);

/**
 * Documents a file or an application points at (admission letters, income proofs, hospital
 * bills). The upload path (a `files` domain returning StoredFile ids) arrives separately; until
 * then a link names the document and its reference (e.g. the admission letter's number).
 */
export const hardshipDocuments = snakeCase.table(
  'hardship_documents',
  {
    id: id(),
    fileId: uuid()
      .notNull()
      .references(() => hardshipFiles.id),
    aidApplicationId: uuid().references(() => hardshipAidApplications.id),
    kind: text().notNull(),
    reference: text().notNull(),
    /** The stored file (files domain), once uploads exist. */
    storedFileId: uuid(),
    addedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('hardship_documents_file_idx').on(t.fileId), index('hardship_documents_application_idx').on(t.aidApplicationId)],
);

export const hardshipAidKind = pgEnum('hardship_aid_kind', [
  'living', // 生活救助
  'medical', // 医疗救助 (includes bills of the partner workers' hospital)
  'temporary', // 临时救助
  'disaster', // 灾害救助 (for an area and an event)
  'serious_illness', // 大病关爱
  'student', // 金秋助学
]);

/** A scheme is a round of aid: drafted, opened by the city union, closed when the round ends. */
export const hardshipSchemeStatus = pgEnum('hardship_scheme_status', ['draft', 'open', 'closed']);

export const hardshipAidSchemes = snakeCase.table(
  'hardship_aid_schemes',
  {
    id: id(),
    /** The city union that sets the scheme. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    unionPath: text().notNull(),
    year: integer().notNull(),
    kind: hardshipAidKind().notNull(),
    name: text().notNull(),
    status: hardshipSchemeStatus().notNull().default('draft'),
    /** Most one person may receive from the scheme in its year. */
    capPerPersonFen: money().notNull(),
    budgetFen: money().notNull(),
    /** Sum of approved amounts; approvals add with a conditional UPDATE and the CHECK forbids overspending. */
    approvedFen: money().notNull().default(0),
    paidFen: money().notNull().default(0),
    /** Disaster relief: the area it covers (a union under the city) and the event. */
    areaUnionId: uuid().references(() => unions.id),
    areaPath: text(),
    event: text(),
    /** Applications are taken between these Shanghai dates (golden-autumn aid: July–August). */
    applyFrom: date({ mode: 'string' }).notNull(),
    applyUntil: date({ mode: 'string' }).notNull(),
    createdByUserId: uuid()
      .notNull()
      .references(() => users.id),
    openedByUserId: uuid().references(() => users.id),
    openedAt: timestamptz(),
    closedAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('hardship_aid_schemes_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.year),
    index('hardship_aid_schemes_union_idx').on(t.unionId, t.year, t.createdAt),
    check('hardship_aid_schemes_budget', sql`${t.budgetFen} > 0 and ${t.approvedFen} >= 0 and ${t.approvedFen} <= ${t.budgetFen}`),
    check('hardship_aid_schemes_paid', sql`${t.paidFen} >= 0 and ${t.paidFen} <= ${t.approvedFen}`),
    check('hardship_aid_schemes_cap_positive', sql`${t.capPerPersonFen} > 0 and ${t.capPerPersonFen} <= ${t.budgetFen}`),
    check(
      'hardship_aid_schemes_statutory_caps',
      sql`(${t.kind} <> 'living' or ${t.capPerPersonFen} <= ${sql.raw(String(LIVING_AID_CAP_FEN))})
        and (${t.kind} <> 'medical' or ${t.capPerPersonFen} <= ${sql.raw(String(MEDICAL_AID_CAP_FEN))})`,
    ),
    check('hardship_aid_schemes_window', sql`${t.applyFrom} <= ${t.applyUntil}
      and extract(year from ${t.applyFrom}) = ${t.year} and extract(year from ${t.applyUntil}) = ${t.year}`),
    check(
      'hardship_aid_schemes_student_window',
      sql`${t.kind} <> 'student' or (extract(month from ${t.applyFrom}) between 7 and 8 and extract(month from ${t.applyUntil}) between 7 and 8)`,
    ),
    check(
      'hardship_aid_schemes_disaster_area',
      sql`(${t.kind} = 'disaster') = (${t.areaUnionId} is not null and ${t.event} is not null)`,
    ),
  ],
);

export const hardshipAidChannel = pgEnum('hardship_aid_channel', [
  'member', // applied by the member
  'nominated', // nominated by the grassroots union
  'hospital_billed', // billed by the partner workers' hospital
]);

export const hardshipAidStatus = pgEnum('hardship_aid_status', ['applied', 'verified', 'approved', 'paid', 'refused']);

export const hardshipAidApplications = snakeCase.table(
  'hardship_aid_applications',
  {
    id: id(),
    schemeId: uuid()
      .notNull()
      .references(() => hardshipAidSchemes.id),
    fileId: uuid()
      .notNull()
      .references(() => hardshipFiles.id),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    /** The household's grassroots union and its path (from the file), for subtree checks. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    unionPath: text().notNull(),
    channel: hardshipAidChannel().notNull(),
    status: hardshipAidStatus().notNull().default('applied'),
    requestedFen: money().notNull(),
    /** Hospital bills: the self-paid part; the request is 80% of it. */
    selfPaidFen: money(),
    hospitalBillNumber: text(),
    /** Golden-autumn aid: the student, the school and the admission letter's number. */
    studentName: text(),
    school: text(),
    admissionLetterNumber: text(),
    /**
     * Medical aid on what a settled mutual-aid claim left to the member (the self-paid part minus
     * the payout): the request is that remainder, and one live application per claim.
     */
    mutualAidClaimId: uuid().references(() => mutualAidClaims.id),
    note: text().notNull().default(''),
    appliedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    /** The grassroots verifier prepares the payment (sets the amount to pay). */
    preparedFen: money(),
    preparedByUserId: uuid().references(() => users.id),
    verifiedAt: timestamptz(),
    approvedFen: money(),
    approvedByUserId: uuid().references(() => users.id),
    approvedAt: timestamptz(),
    paidByUserId: uuid().references(() => users.id),
    paidAt: timestamptz(),
    paymentReference: text(),
    refusalReason: text(),
    refusedByUserId: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('hardship_aid_applications_scheme_idx').on(t.schemeId, t.status, t.createdAt),
    index('hardship_aid_applications_member_idx').on(t.memberId, t.createdAt),
    // The same fen is never paid twice: one application (not refused) per mutual-aid claim.
    uniqueIndex('hardship_aid_applications_one_per_mutual_aid_claim')
      .on(t.mutualAidClaimId)
      .where(sql`${t.mutualAidClaimId} is not null and ${t.status} <> 'refused'`),
    index('hardship_aid_applications_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.status),
    check('hardship_aid_applications_positive', sql`${t.requestedFen} > 0`),
    check(
      'hardship_aid_applications_hospital',
      sql`(${t.channel} = 'hospital_billed') = (${t.selfPaidFen} is not null and ${t.hospitalBillNumber} is not null)`,
    ),
    check(
      'hardship_aid_applications_hospital_share',
      sql`${t.selfPaidFen} is null or ${t.requestedFen} = ${t.selfPaidFen} * ${sql.raw(String(HOSPITAL_SHARE_PERCENT))} / 100`,
    ),
    // The person who prepares a payment never approves it.
    check(
      'hardship_aid_applications_four_eyes',
      sql`${t.approvedByUserId} is null or ${t.approvedByUserId} <> ${t.preparedByUserId}`,
    ),
    check(
      'hardship_aid_applications_approved',
      sql`(${t.status} in ('approved', 'paid')) = (${t.approvedFen} is not null)
        and (${t.approvedFen} is null or (${t.approvedFen} > 0 and ${t.approvedFen} <= ${t.preparedFen}))`,
    ),
    check('hardship_aid_applications_paid', sql`${t.status} <> 'paid' or ${t.paymentReference} is not null`),
  ],
);

/**
 * What one person has been approved from one scheme (whose year it is): the cap ledger. Approvals
 * add to it with an upsert whose condition keeps it under the cap; the CHECK below is the
 * database's last word for a writer that forgets the condition.
 */
export const hardshipAidTotals = snakeCase.table(
  'hardship_aid_totals',
  {
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    schemeId: uuid()
      .notNull()
      .references(() => hardshipAidSchemes.id),
    capFen: money().notNull(),
    approvedFen: money().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.memberId, t.schemeId] }),
    check('hardship_aid_totals_within_cap', sql`${t.approvedFen} >= 0 and ${t.approvedFen} <= ${t.capFen}`),
  ],
);


/**
 * Start-up loans (创业小额借款) of ¥50,000–¥100,000 for registered members, approved by the city
 * union (000): applied → approved → disbursed → repaid in instalments; an overdue instalment puts
 * the loan in arrears until paid; closed as repaid or written off.
 */
export const hardshipLoanStatus = pgEnum('hardship_loan_status', [
  'applied',
  'approved',
  'disbursed',
  'in_arrears',
  'repaid',
  'written_off',
  'refused',
]);

export const hardshipLoans = snakeCase.table(
  'hardship_loans',
  {
    id: id(),
    fileId: uuid()
      .notNull()
      .references(() => hardshipFiles.id),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    unionPath: text().notNull(),
    amountFen: money().notNull(),
    termMonths: integer().notNull(),
    purpose: text().notNull(),
    status: hardshipLoanStatus().notNull().default('applied'),
    repaidFen: money().notNull().default(0),
    appliedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    approvedByUserId: uuid().references(() => users.id),
    approvedAt: timestamptz(),
    disbursedByUserId: uuid().references(() => users.id),
    disbursedOn: date({ mode: 'string' }),
    disbursementReference: text(),
    closedAt: timestamptz(),
    closingReason: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('hardship_loans_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.status),
    index('hardship_loans_member_idx').on(t.memberId, t.createdAt),
    check(
      'hardship_loans_amount',
      sql`${t.amountFen} between ${sql.raw(String(LOAN_MIN_FEN))} and ${sql.raw(String(LOAN_MAX_FEN))}`,
    ),
    check('hardship_loans_term', sql`${t.termMonths} between 6 and 36`),
    check('hardship_loans_repaid', sql`${t.repaidFen} >= 0 and ${t.repaidFen} <= ${t.amountFen}`),
    check('hardship_loans_repaid_status', sql`(${t.status} = 'repaid') = (${t.repaidFen} = ${t.amountFen})`),
  ],
);

/** The repayment schedule, written when the loan is disbursed. */
export const hardshipLoanInstalments = snakeCase.table(
  'hardship_loan_instalments',
  {
    id: id(),
    loanId: uuid()
      .notNull()
      .references(() => hardshipLoans.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    dueOn: date({ mode: 'string' }).notNull(),
    amountFen: money().notNull(),
    paidFen: money().notNull().default(0),
    paidAt: timestamptz(),
  },
  (t) => [
    uniqueIndex('hardship_loan_instalments_position').on(t.loanId, t.position),
    index('hardship_loan_instalments_due_idx').on(t.dueOn),
    check('hardship_loan_instalments_paid', sql`${t.amountFen} > 0 and ${t.paidFen} >= 0 and ${t.paidFen} <= ${t.amountFen}`),
  ],
);

/** The seasonal rounds of visits (四季送): 春送岗位、夏送清凉、金秋助学、冬送温暖, and holiday visits. */
export const hardshipVisitRound = pgEnum('hardship_visit_round', ['spring', 'summer', 'autumn', 'winter', 'holiday']);

export const hardshipVisits = snakeCase.table(
  'hardship_visits',
  {
    id: id(),
    fileId: uuid()
      .notNull()
      .references(() => hardshipFiles.id),
    unionPath: text().notNull(),
    round: hardshipVisitRound().notNull(),
    visitedOn: date({ mode: 'string' }).notNull(),
    /** Who went (names of the cadres), as the visit report gives them. */
    visitors: text().notNull(),
    /** What was brought: 慰问金, 米面油, 防暑用品, 岗位信息 … */
    brought: text().notNull(),
    valueFen: money().notNull().default(0),
    note: text().notNull().default(''),
    recordedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('hardship_visits_file_idx').on(t.fileId, t.visitedOn),
    index('hardship_visits_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.visitedOn),
    check('hardship_visits_value', sql`${t.valueFen} >= 0`),
  ],
);

/** One-to-one pairing (一帮一) of a household with a union cadre; one active pairing per household. */
export const hardshipPairings = snakeCase.table(
  'hardship_pairings',
  {
    id: id(),
    fileId: uuid()
      .notNull()
      .references(() => hardshipFiles.id),
    unionPath: text().notNull(),
    cadreUserId: uuid()
      .notNull()
      .references(() => users.id),
    startedOn: date({ mode: 'string' }).notNull(),
    endedOn: date({ mode: 'string' }),
    endReason: text(),
    pairedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('hardship_pairings_one_active').on(t.fileId).where(sql`${t.endedOn} is null`),
    index('hardship_pairings_cadre_idx').on(t.cadreUserId),
  ],
);
