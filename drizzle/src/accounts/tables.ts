import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  pgEnum,
  snakeCase,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';

/** 全国总工会 → 省总工会 → 市总工会 → 区/县总工会 → 基层工会 */
export const unionLevel = pgEnum('union_level', ['national', 'province', 'city', 'district', 'grassroots']);

export const unions = snakeCase.table(
  'unions',
  {
    id: id(),
    /** Administrative division code for regional unions, an organisation code for grassroots ones. */
    code: text().notNull().unique(),
    name: text().notNull(),
    level: unionLevel().notNull(),
    parentId: uuid().references((): AnyPgColumn => unions.id),
    /**
     * Materialised path of codes from the root, e.g. `/100000/410000/410300/`. Subtree checks are a
     * prefix match on an indexed column instead of a recursive query on every authorization.
     */
    path: text().notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [
    index('unions_parent_idx').on(t.parentId),
    index('unions_path_prefix_idx').using('btree', t.path.op('text_pattern_ops')),
    check('unions_path_shape', sql`${t.path} ~ '^(/[^/]+)+/$'`),
  ],
);

export const users = snakeCase.table('users', {
  id: id(),
  /** Mainland mobile number, normalised to 11 digits; the login name. */
  phone: text().notNull().unique(),
  displayName: text().notNull(),
  passwordHash: text().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  /**
   * Set when the account was closed (PIPL erasure after the cooling-off period): the row stays as
   * the pseudonym that audit entries and financial records point to, its personal data erased.
   */
  closedAt: timestamptz(),
});

export const craftsmanTitle = pgEnum('craftsman_title', [
  'craftsman', // 齐鲁工匠 and its peers in other provinces
  'master_craftsman', // 齐鲁大工匠
]);

/** A union member: one card, one grassroots union (一人一卡). */
export const members = snakeCase.table(
  'members',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: 'cascade' }),
    cardNumber: text().notNull().unique(),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    realName: text().notNull(),
    birthDate: date({ mode: 'string' }),
    /** 困难职工: registered hardship household. */
    isHardship: boolean().notNull().default(false),
    /** 劳模: model worker title. */
    isModelWorker: boolean().notNull().default(false),
    craftsmanTitle: craftsmanTitle(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('members_union_idx').on(t.unionId, t.createdAt)],
);

export const roleName = pgEnum('role_name', [
  'platform_admin',
  'union_staff',
  'grant_reviewer',
  'finance',
  'merchant_staff',
  'employer_staff',
  /** A lawyer appointed by a union to take its legal-aid cases (rights domain). */
  'legal_aid_lawyer',
]);

/**
 * What a user may do beyond being a member. Union roles are scoped to a union's subtree;
 * merchant and employer roles to one organisation (those tables arrive with their domains).
 */
export const roleGrants = snakeCase.table(
  'role_grants',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: roleName().notNull(),
    unionId: uuid().references(() => unions.id),
    organizationId: uuid(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('role_grants_unique').on(t.userId, t.role, t.unionId, t.organizationId).nullsNotDistinct(),
    index('role_grants_user_idx').on(t.userId),
    check(
      'role_grants_scope',
      sql`(${t.role} in ('union_staff', 'finance') and ${t.unionId} is not null)
        or (${t.role} in ('merchant_staff', 'employer_staff') and ${t.organizationId} is not null)
        or ${t.role} in ('platform_admin', 'grant_reviewer')
        or (${t.role}::text = 'legal_aid_lawyer' and ${t.unionId} is not null)`,
    ),
  ],
);

/** Opaque bearer sessions: only a SHA-256 of the token is stored, so a database leak grants nothing. */
export const sessions = snakeCase.table(
  'sessions',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text().notNull().unique(),
    createdAt: createdAt(),
    expiresAt: timestamptz().notNull(),
    revokedAt: timestamptz(),
    userAgent: text(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const smsCodePurpose = pgEnum('sms_code_purpose', ['sign_in', 'sign_up', 'reset_password', 'change_phone', 'rights_case']);

/**
 * One-time codes sent by SMS. Only an HMAC of the code is kept; a code is valid five minutes and
 * consumed by a conditional UPDATE, so two requests racing with the right code cannot both win.
 */
export const smsCodes = snakeCase.table(
  'sms_codes',
  {
    id: id(),
    phone: text().notNull(),
    purpose: smsCodePurpose().notNull(),
    /** For a change of phone: the account asking (the code goes to the new number). */
    userId: uuid().references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamptz().notNull(),
    consumedAt: timestamptz(),
    /** The provider's id of the message (Aliyun BizId / Tencent SerialNo), null when logged in development. */
    providerMessageId: text(),
  },
  (t) => [index('sms_codes_phone_idx').on(t.phone, t.purpose, t.createdAt)],
);

export const consentDocument = pgEnum('consent_document', ['user_agreement', 'privacy_policy']);

/** Which version of the user agreement and privacy policy a person accepted, and when (PIPL). Append-only. */
export const consents = snakeCase.table(
  'consents',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    document: consentDocument().notNull(),
    version: text().notNull(),
    acceptedAt: createdAt(),
  },
  (t) => [unique('consents_once').on(t.userId, t.document, t.version)],
);

export const accountClosureStatus = pgEnum('account_closure_status', ['pending', 'cancelled', 'completed']);

/**
 * A member's request to close their account (PIPL art. 47). It takes effect after a cooling-off
 * period, during which it can be cancelled; one pending request per account (partial unique index).
 */
export const accountClosures = snakeCase.table(
  'account_closures',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: accountClosureStatus().notNull().default('pending'),
    requestedAt: createdAt(),
    effectiveAt: timestamptz().notNull(),
    cancelledAt: timestamptz(),
    completedAt: timestamptz(),
  },
  (t) => [
    uniqueIndex('account_closures_one_pending').on(t.userId).where(sql`${t.status} = 'pending'`),
    index('account_closures_due_idx').on(t.effectiveAt).where(sql`${t.status} = 'pending'`),
  ],
);
