import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, index, integer, pgEnum, snakeCase, text, uuid } from 'drizzle-orm/pg-core';
import { members, unions, users } from '../accounts/tables.ts';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';
import { storedFiles } from '../files/tables.ts';

const money = () => bigint({ mode: 'number' });

/** The case types the reports name (001: 健康权纠纷调解, 企业改制职工安置, 工伤待遇维权, 农民工讨薪; a death at work). */
export const rightsCaseType = pgEnum('rights_case_type', [
  'work_injury', // 工伤待遇
  'unpaid_wages', // 欠薪（农民工讨薪）
  'restructuring_layoff', // 企业改制职工安置
  'health_rights', // 健康权纠纷
  'death_at_work', // 工亡
  'women_workers', // 女职工歧视、性骚扰 — always confidential
]);

/** Who opened the case: the member, a worker who is not a member (phone verified by SMS), or a grassroots union. */
export const rightsCaseChannel = pgEnum('rights_case_channel', ['member', 'worker', 'union']);

export const rightsCaseStatus = pgEnum('rights_case_status', [
  'opened',
  'triaged',
  'in_mediation',
  'with_lawyer',
  'in_litigation',
  'closed',
]);

/** Triage's routing (ILAO-style): consultation only, mediation by the district union, a union lawyer, litigation support. */
export const rightsCaseRoute = pgEnum('rights_case_route', ['consultation', 'mediation', 'lawyer', 'litigation']);

export const rightsCaseOutcome = pgEnum('rights_case_outcome', ['settled', 'won', 'lost', 'withdrawn', 'referred']);

export const rightsCases = snakeCase.table(
  'rights_cases',
  {
    id: id(),
    channel: rightsCaseChannel().notNull(),
    /** The member the case is for (null for a worker who is not a member). */
    memberId: uuid().references(() => members.id),
    claimantName: text().notNull(),
    /** The verified phone of a non-member worker, or the phone given by the union; null for a member (their account's). */
    claimantPhone: text(),
    /** The union handling the case (the member's grassroots union, or the one the worker or union chose). */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    unionPath: text().notNull(),
    /** The city union above the handling union (its path), for figures and confidential intake. */
    cityPath: text(),
    /** Where the case was opened, free text (e.g. a service station); to be linked to `stations` once that domain lands. */
    openedAtPlace: text(),
    type: rightsCaseType().notNull(),
    confidential: boolean().notNull(),
    employerName: text().notNull(),
    amountInDisputeFen: money(),
    /** Declared monthly income, for the legal-aid eligibility rule. */
    monthlyIncomeFen: money(),
    description: text().notNull(),
    status: rightsCaseStatus().notNull().default('opened'),
    route: rightsCaseRoute(),
    legalAidEligible: boolean(),
    eligibilityReason: text(),
    openedByUserId: uuid().references(() => users.id),
    intakeOfficerUserId: uuid().references(() => users.id),
    caseOfficerUserId: uuid().references(() => users.id),
    lawyerUserId: uuid().references(() => users.id),
    outcome: rightsCaseOutcome(),
    recoveredFen: money(),
    openedAt: timestamptz().notNull().defaultNow(),
    closedAt: timestamptz(),
    /** Business date (Asia/Shanghai) of the closing, for figures. */
    closedOn: date({ mode: 'string' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('rights_cases_member_idx').on(t.memberId, t.openedAt),
    index('rights_cases_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.status),
    index('rights_cases_officer_idx').on(t.caseOfficerUserId, t.status),
    index('rights_cases_lawyer_idx').on(t.lawyerUserId, t.status),
    index('rights_cases_intake_idx').on(t.intakeOfficerUserId, t.status),
    check('rights_cases_women_confidential', sql`${t.type} <> 'women_workers' or ${t.confidential}`),
    check('rights_cases_member_channel', sql`${t.channel} <> 'member' or ${t.memberId} is not null`),
    check('rights_cases_worker_phone', sql`${t.channel} <> 'worker' or ${t.claimantPhone} is not null`),
    check('rights_cases_amounts', sql`coalesce(${t.amountInDisputeFen}, 0) >= 0 and coalesce(${t.recoveredFen}, 0) >= 0 and coalesce(${t.monthlyIncomeFen}, 0) >= 0`),
    check(
      'rights_cases_closed',
      sql`(${t.status} = 'closed') = (${t.outcome} is not null and ${t.closedAt} is not null and ${t.recoveredFen} is not null)`,
    ),
    check('rights_cases_lawyer_route', sql`${t.status} not in ('with_lawyer', 'in_litigation') or ${t.lawyerUserId} is not null`),
  ],
);

export const rightsCaseEventKind = pgEnum('rights_case_event_kind', [
  'opened',
  'triaged',
  'mediation_started',
  'lawyer_assigned',
  'litigation_started',
  'closed',
  'note',
  'document',
]);

/** Every step of a case, with its time: append-only, shown to the member as the case's progress. */
export const rightsCaseEvents = snakeCase.table(
  'rights_case_events',
  {
    id: id(),
    caseId: uuid()
      .notNull()
      .references(() => rightsCases.id),
    kind: rightsCaseEventKind().notNull(),
    fromState: text(),
    toState: text(),
    note: text(),
    actorUserId: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('rights_case_events_case_idx').on(t.caseId, t.createdAt)],
);

/** Documents of a case (labour contract, pay slips, injury certificate …), uploaded through the files domain. */
export const rightsCaseDocuments = snakeCase.table(
  'rights_case_documents',
  {
    id: id(),
    caseId: uuid()
      .notNull()
      .references(() => rightsCases.id),
    storedFileId: uuid()
      .notNull()
      .unique()
      .references(() => storedFiles.id),
    title: text().notNull(),
    addedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('rights_case_documents_case_idx').on(t.caseId)],
);

/** Outreach (普法宣讲): a lecture at a firm, with its attendance (000: 10 teams, 100+ firms, 10,000+ attendees). */
export const rightsOutreachEvents = snakeCase.table(
  'rights_outreach_events',
  {
    id: id(),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    unionPath: text().notNull(),
    firmName: text().notNull(),
    topic: text().notNull(),
    heldOn: date({ mode: 'string' }).notNull(),
    attendance: integer().notNull(),
    recordedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('rights_outreach_path_idx').using('btree', t.unionPath.op('text_pattern_ops'), t.heldOn),
    check('rights_outreach_attendance', sql`${t.attendance} > 0`),
  ],
);
