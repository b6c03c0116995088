import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  snakeCase,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { members, unions, users } from '../accounts/tables.ts';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';

export const employerStatus = pgEnum('employer_status', ['pending', 'verified', 'rejected']);

/** 用人单位. Verified by union staff of its region before its postings can go out. */
export const employers = snakeCase.table(
  'employers',
  {
    id: id(),
    name: text().notNull(),
    /** 统一社会信用代码, checked against its GB 32100 check character before it gets here. */
    creditCode: text().notNull().unique(),
    industry: text().notNull(),
    /** The city or district union of the employer's region: its staff verify the employer. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    address: text(),
    contactName: text().notNull(),
    contactPhone: text().notNull(),
    status: employerStatus().notNull().default('pending'),
    reviewNote: text(),
    reviewedAt: timestamptz(),
    reviewedByUserId: uuid().references(() => users.id),
    createdByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('employers_union_status_idx').on(t.unionId, t.status, t.createdAt)],
);

export const jobPostingStatus = pgEnum('job_posting_status', ['draft', 'pending_review', 'published', 'closed', 'filled']);

/** schema.org employmentType values, as Google for Jobs accepts them. */
export const employmentType = pgEnum('employment_type', [
  'FULL_TIME',
  'PART_TIME',
  'CONTRACTOR',
  'TEMPORARY',
  'INTERN',
  'VOLUNTEER',
  'PER_DIEM',
  'OTHER',
]);

export const educationLevel = pgEnum('education_level', [
  'none',
  'junior_high',
  'high_school',
  'vocational',
  'associate',
  'bachelor',
  'master',
  'doctorate',
]);

/** A job posting, shaped after schema.org JobPosting. */
export const jobPostings = snakeCase.table(
  'job_postings',
  {
    id: id(),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    title: text().notNull(),
    /** Plain text (sanitized on the way in): no markup is ever stored. */
    description: text().notNull(),
    status: jobPostingStatus().notNull().default('draft'),
    /** Set when the posting is first published. */
    datePosted: timestamptz(),
    validThrough: timestamptz().notNull(),
    employmentType: employmentType().notNull(),
    /** City or district of the workplace in the union hierarchy (for remote work: the hiring region). */
    locationUnionId: uuid()
      .notNull()
      .references(() => unions.id),
    /** Copy of the location union's materialised path: region filters are an indexed prefix match. */
    locationPath: text().notNull(),
    address: text(),
    latitude: doublePrecision(),
    longitude: doublePrecision(),
    isRemote: boolean().notNull().default(false),
    /** Monthly base salary range in fen. */
    salaryMinFen: integer().notNull(),
    salaryMaxFen: integer().notNull(),
    openings: integer().notNull().default(1),
    category: text().notNull(),
    education: educationLevel(),
    experienceYears: integer(),
    skills: text().array().notNull().default(sql`'{}'::text[]`),
    benefits: text().array().notNull().default(sql`'{}'::text[]`),
    /** 公益性岗位. */
    isPublicBenefit: boolean().notNull().default(false),
    /** Suitable for members of hardship or zero-employment households (困难职工、零就业家庭). */
    suitableForHardship: boolean().notNull().default(false),
    reviewNote: text(),
    createdByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('job_postings_employer_idx').on(t.employerId, t.createdAt),
    index('job_postings_search_newest_idx').on(t.status, t.validThrough, t.datePosted),
    index('job_postings_search_salary_idx').on(t.status, t.salaryMaxFen),
    index('job_postings_location_idx').using('btree', t.locationPath.op('text_pattern_ops')),
    index('job_postings_review_idx').on(t.locationUnionId, t.status),
    // Search filters on open postings: the partial indexes stay small as closed postings pile up.
    index('job_postings_open_category_idx').on(t.category, t.datePosted).where(sql`${t.status} = 'published'`),
    index('job_postings_open_type_idx').on(t.employmentType, t.datePosted).where(sql`${t.status} = 'published'`),
    index('job_postings_open_flags_idx')
      .on(t.suitableForHardship, t.isPublicBenefit, t.datePosted)
      .where(sql`${t.status} = 'published'`),
    check('job_postings_salary_range', sql`${t.salaryMinFen} >= 0 and ${t.salaryMinFen} <= ${t.salaryMaxFen}`),
    check('job_postings_openings_positive', sql`${t.openings} > 0`),
    check(
      'job_postings_coordinates',
      sql`(${t.latitude} is null) = (${t.longitude} is null)
        and (${t.latitude} is null or (${t.latitude} between -90 and 90 and ${t.longitude} between -180 and 180))`,
    ),
  ],
);

export const jobApplicationStatus = pgEnum('job_application_status', [
  'submitted',
  'viewed',
  'interviewing',
  'offered',
  'hired',
  'rejected',
  'withdrawn',
]);

export const jobFairs = snakeCase.table(
  'job_fairs',
  {
    id: id(),
    title: text().notNull(),
    description: text(),
    organizerUnionId: uuid()
      .notNull()
      .references(() => unions.id),
    /** Copy of the organizer's path, for region filters. */
    organizerPath: text().notNull(),
    fairDate: date({ mode: 'string' }).notNull(),
    isOnline: boolean().notNull().default(false),
    venue: text(),
    /** On-site visitor capacity; null = unlimited (online fairs). */
    capacity: integer(),
    /** Kept by the same statement that admits a registration, so capacity holds under concurrency. */
    registeredCount: integer().notNull().default(0),
    createdByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('job_fairs_date_idx').on(t.fairDate),
    index('job_fairs_organizer_idx').using('btree', t.organizerPath.op('text_pattern_ops')),
    check('job_fairs_venue', sql`${t.isOnline} or ${t.venue} is not null`),
    check(
      'job_fairs_capacity',
      sql`${t.capacity} is null or (${t.capacity} > 0 and ${t.registeredCount} <= ${t.capacity})`,
    ),
    check('job_fairs_registered_nonnegative', sql`${t.registeredCount} >= 0`),
  ],
);

export const jobApplications = snakeCase.table(
  'job_applications',
  {
    id: id(),
    postingId: uuid()
      .notNull()
      .references(() => jobPostings.id),
    /** Copied from the posting: "an employer sees only its own applications" is one indexed equality. */
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    /** The applicant's account, for the `self` scope. */
    applicantUserId: uuid()
      .notNull()
      .references(() => users.id),
    /** The fair the application was made at, if any: it counts in that fair's figures. */
    fairId: uuid().references(() => jobFairs.id),
    status: jobApplicationStatus().notNull().default('submitted'),
    note: text(),
    skills: text().array().notNull().default(sql`'{}'::text[]`),
    certificates: text().array().notNull().default(sql`'{}'::text[]`),
    experience: text(),
    statusChangedAt: timestamptz().notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique('job_applications_once_per_member').on(t.postingId, t.memberId),
    index('job_applications_employer_idx').on(t.employerId, t.createdAt),
    index('job_applications_posting_idx').on(t.postingId, t.createdAt),
    index('job_applications_applicant_idx').on(t.applicantUserId, t.createdAt),
    index('job_applications_fair_idx').on(t.fairId, t.status),
  ],
);

export const jobFairEmployers = snakeCase.table(
  'job_fair_employers',
  {
    id: id(),
    fairId: uuid()
      .notNull()
      .references(() => jobFairs.id),
    employerId: uuid()
      .notNull()
      .references(() => employers.id),
    createdAt: createdAt(),
  },
  (t) => [unique('job_fair_employers_once').on(t.fairId, t.employerId), index('job_fair_employers_employer_idx').on(t.employerId)],
);

export const jobFairPostings = snakeCase.table(
  'job_fair_postings',
  {
    id: id(),
    fairId: uuid()
      .notNull()
      .references(() => jobFairs.id),
    postingId: uuid()
      .notNull()
      .references(() => jobPostings.id),
    createdAt: createdAt(),
  },
  (t) => [unique('job_fair_postings_once').on(t.fairId, t.postingId), index('job_fair_postings_posting_idx').on(t.postingId)],
);

export const jobFairRegistrations = snakeCase.table(
  'job_fair_registrations',
  {
    id: id(),
    fairId: uuid()
      .notNull()
      .references(() => jobFairs.id),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    createdAt: createdAt(),
  },
  (t) => [unique('job_fair_registrations_once').on(t.fairId, t.memberId), index('job_fair_registrations_member_idx').on(t.memberId)],
);

/** Union staff point a hardship member to a posting (优先帮扶). */
export const jobRecommendations = snakeCase.table(
  'job_recommendations',
  {
    id: id(),
    postingId: uuid()
      .notNull()
      .references(() => jobPostings.id),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    recommendedByUserId: uuid()
      .notNull()
      .references(() => users.id),
    note: text(),
    createdAt: createdAt(),
  },
  (t) => [unique('job_recommendations_once').on(t.postingId, t.memberId), index('job_recommendations_member_idx').on(t.memberId, t.createdAt)],
);

/**
 * A region's moderation rule: when set on a union, edits to published postings located in its
 * subtree go back to review (taken down until approved) instead of staying live.
 */
export const jobReviewPolicies = snakeCase.table('job_review_policies', {
  id: id(),
  unionId: uuid()
    .notNull()
    .unique()
    .references(() => unions.id),
  reReviewPublishedEdits: boolean().notNull().default(false),
  updatedByUserId: uuid()
    .notNull()
    .references(() => users.id),
  updatedAt: updatedAt(),
});

/** A member's job-seeker profile (求职简历要点); each application takes a copy of it. */
export const jobSeekerProfiles = snakeCase.table('job_seeker_profiles', {
  id: id(),
  memberId: uuid()
    .notNull()
    .unique()
    .references(() => members.id, { onDelete: 'cascade' }),
  skills: text().array().notNull().default(sql`'{}'::text[]`),
  certificates: text().array().notNull().default(sql`'{}'::text[]`),
  experience: text(),
  desiredCategories: text().array().notNull().default(sql`'{}'::text[]`),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
