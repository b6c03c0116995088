import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgEnum,
  snakeCase,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { members, unions, users } from '../accounts/tables.ts';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';

/** 企业级、区级、市级、省级、全国 */
export const competitionLevel = pgEnum('competition_level', ['enterprise', 'district', 'city', 'province', 'national']);

export const competitionEventKind = pgEnum('competition_event_kind', ['individual', 'team']);

/**
 * 国家职业技能等级, lowest first: the declaration order is the comparison order Postgres uses,
 * so "at least technician" is `level >= 'technician'`.
 */
export const skillLevel = pgEnum('skill_level', ['junior', 'intermediate', 'senior', 'technician', 'senior_technician']);

/**
 * A skill competition (技能竞赛 / 大比武). Calendar facts (registration window, competition days)
 * are dates in Asia/Shanghai, inclusive; precise deadlines are timestamptz.
 */
export const competitions = snakeCase.table(
  'competitions',
  {
    id: id(),
    title: text().notNull(),
    trade: text().notNull(),
    level: competitionLevel().notNull(),
    organizerUnionId: uuid()
      .notNull()
      .references(() => unions.id),
    registrationOpensOn: date({ mode: 'string' }).notNull(),
    registrationClosesOn: date({ mode: 'string' }).notNull(),
    /** Members may cancel their own entry until this instant; staff may withdraw entries at any time. */
    cancellationDeadline: timestamptz().notNull(),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    venue: text(),
    isOnline: boolean().notNull().default(false),
    /** Age on the first competition day, inclusive bounds. */
    minAge: integer(),
    maxAge: integer(),
    /** When set, entrants need a skill certificate in `trade` at this level or higher. */
    requiredSkillLevel: skillLevel(),
    /** How long a member offered a freed seat has to confirm it. */
    offerHoldHours: integer().notNull().default(48),
    createdByUserId: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('competitions_starts_on_idx').on(t.startsOn, t.id),
    index('competitions_organizer_idx').on(t.organizerUnionId, t.startsOn),
    index('competitions_trade_idx').on(t.trade, t.startsOn),
    index('competitions_registration_idx').on(t.registrationClosesOn, t.registrationOpensOn),
    check('competitions_registration_window', sql`${t.registrationClosesOn} >= ${t.registrationOpensOn}`),
    check('competitions_dates', sql`${t.endsOn} >= ${t.startsOn}`),
    check('competitions_venue_or_online', sql`${t.isOnline} or ${t.venue} is not null`),
    check('competitions_age_range', sql`${t.minAge} is null or ${t.maxAge} is null or ${t.maxAge} >= ${t.minAge}`),
    check('competitions_offer_hold', sql`${t.offerHoldHours} between 1 and 720`),
  ],
);

/** An event (项目) of a competition, individual or team, with its own capacity (seats, or team slots). */
export const competitionEvents = snakeCase.table(
  'competition_events',
  {
    id: id(),
    competitionId: uuid()
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    kind: competitionEventKind().notNull(),
    capacity: integer().notNull(),
    minTeamSize: integer(),
    maxTeamSize: integer(),
    /** A team below its minimum size at this instant loses its seat. */
    teamFormationDeadline: timestamptz(),
    resultsPublishedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    index('competition_events_competition_idx').on(t.competitionId, t.createdAt),
    check('competition_events_capacity', sql`${t.capacity} > 0`),
    check(
      'competition_events_team_shape',
      sql`(${t.kind} = 'individual' and ${t.minTeamSize} is null and ${t.maxTeamSize} is null and ${t.teamFormationDeadline} is null)
        or (${t.kind} = 'team' and ${t.minTeamSize} >= 2 and ${t.maxTeamSize} >= ${t.minTeamSize} and ${t.teamFormationDeadline} is not null)`,
    ),
  ],
);

/** Prize structure of an event: tier 1 is the highest (一等奖 × 4, 二等奖 × 8, ...). */
export const competitionPrizes = snakeCase.table(
  'competition_prizes',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => competitionEvents.id, { onDelete: 'cascade' }),
    tier: integer().notNull(),
    name: text().notNull(),
    quantity: integer().notNull(),
  },
  (t) => [
    unique('competition_prizes_event_tier').on(t.eventId, t.tier),
    check('competition_prizes_tier', sql`${t.tier} >= 1`),
    check('competition_prizes_quantity', sql`${t.quantity} >= 1`),
  ],
);

export const competitionEntryStatus = pgEnum('competition_entry_status', [
  'forming', // a team holding a seat while it gathers its minimum size
  'confirmed',
  'waiting',
  'offered', // first in line, offered a freed seat until offer_expires_at
  'cancelled',
  'withdrawn',
  'lapsed', // let an offer run out
  'expired', // a team that did not reach its minimum size in time
]);

/**
 * One entry in an event: a member (individual events) or a team led by its captain. Seats are
 * held by forming, confirmed and offered entries; the count is taken under the event's row lock.
 */
export const competitionEntries = snakeCase.table(
  'competition_entries',
  {
    id: id(),
    eventId: uuid()
      .notNull()
      .references(() => competitionEvents.id),
    competitionId: uuid()
      .notNull()
      .references(() => competitions.id),
    kind: competitionEventKind().notNull(),
    /** The individual entrant, or the team captain. */
    registrantMemberId: uuid()
      .notNull()
      .references(() => members.id),
    teamName: text(),
    status: competitionEntryStatus().notNull(),
    /** Arrival order: drawn while holding the event lock, so it is the order registrations were decided in. */
    arrivalSeq: bigint({ mode: 'number' }).notNull().generatedAlwaysAsIdentity(),
    /** Waiting-list order (lower first); staff can change it with a recorded reason. */
    queueOrder: integer(),
    offerExpiresAt: timestamptz(),
    confirmedAt: timestamptz(),
    checkInCode: text().unique(),
    checkedInAt: timestamptz(),
    checkedInByUserId: uuid().references(() => users.id),
    score: numeric({ precision: 7, scale: 2, mode: 'string' }),
    /** Tie-break: less time ranks higher when scores are equal. */
    durationSeconds: integer(),
    scoredAt: timestamptz(),
    rank: integer(),
    prizeId: uuid().references(() => competitionPrizes.id),
    endedAt: timestamptz(),
    endReason: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('competition_entries_event_status_idx').on(t.eventId, t.status, t.queueOrder, t.arrivalSeq),
    index('competition_entries_event_arrival_idx').on(t.eventId, t.arrivalSeq),
    index('competition_entries_event_rank_idx').on(t.eventId, t.rank),
    index('competition_entries_registrant_idx').on(t.registrantMemberId, t.createdAt),
    index('competition_entries_offer_due_idx')
      .on(t.offerExpiresAt)
      .where(sql`${t.status} = 'offered'`),
    check(
      'competition_entries_waiting_has_order',
      sql`(${t.status} = 'waiting') = (${t.queueOrder} is not null)`,
    ),
    check('competition_entries_offer_has_deadline', sql`${t.status} <> 'offered' or ${t.offerExpiresAt} is not null`),
    check('competition_entries_team_name', sql`(${t.kind} = 'team') = (${t.teamName} is not null)`),
  ],
);

export const competitionParticipantRole = pgEnum('competition_participant_role', ['individual', 'captain', 'member']);
export const competitionParticipantStatus = pgEnum('competition_participant_status', [
  'invited',
  'accepted',
  'declined',
  'left',
]);

/**
 * The people in an entry. `active` marks a participation that counts (the entrant, the captain,
 * an accepted team member of a live entry); the partial unique index makes "one entry per member
 * per event" a database rule, whichever way the member joined.
 */
export const competitionParticipants = snakeCase.table(
  'competition_participants',
  {
    id: id(),
    entryId: uuid()
      .notNull()
      .references(() => competitionEntries.id),
    eventId: uuid()
      .notNull()
      .references(() => competitionEvents.id),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    role: competitionParticipantRole().notNull(),
    status: competitionParticipantStatus().notNull(),
    active: boolean().notNull(),
    invitedByUserId: uuid().references(() => users.id),
    respondedAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('competition_participants_entry_member').on(t.entryId, t.memberId),
    uniqueIndex('competition_participants_one_per_event')
      .on(t.eventId, t.memberId)
      .where(sql`${t.active}`),
    index('competition_participants_member_idx').on(t.memberId, t.createdAt),
    check('competition_participants_active_accepted', sql`not ${t.active} or ${t.status} = 'accepted'`),
  ],
);

/** A prize certificate (获奖证书); the number is random and public, so anyone holding it can verify it. */
export const competitionCertificates = snakeCase.table(
  'competition_certificates',
  {
    id: id(),
    number: text().notNull().unique(),
    entryId: uuid()
      .notNull()
      .references(() => competitionEntries.id),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    prizeId: uuid()
      .notNull()
      .references(() => competitionPrizes.id),
    rank: integer().notNull(),
    issuedAt: createdAt(),
  },
  (t) => [
    unique('competition_certificates_entry_member').on(t.entryId, t.memberId),
    index('competition_certificates_member_idx').on(t.memberId, t.issuedAt),
  ],
);

/** 职业技能等级证书 held by a member, recorded by union staff; competitions may require a level. */
export const memberSkillCertificates = snakeCase.table(
  'member_skill_certificates',
  {
    id: id(),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    trade: text().notNull(),
    level: skillLevel().notNull(),
    certificateNumber: text().notNull().unique(),
    issuedOn: date({ mode: 'string' }),
    recordedByUserId: uuid().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('member_skill_certificates_member_idx').on(t.memberId, t.trade, t.level)],
);
