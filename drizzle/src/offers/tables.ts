import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  primaryKey,
  snakeCase,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { members, unions, users } from '../accounts/tables.ts';
import { createdAt, id, timestamptz, updatedAt } from '../columns.ts';

/** What a merchant sells and what an offer is about; one vocabulary for both so filters line up. */
export const benefitCategory = pgEnum('benefit_category', [
  'daily_life', // 生活服务
  'dining', // 餐饮美食
  'leisure', // 休闲娱乐
  'tourism', // 旅游观光
  'culture_sports', // 文化体育
  'medical_checkup', // 健康体检
  'education_training', // 教育培训
]);

export const merchantStatus = pgEnum('merchant_status', ['pending', 'approved', 'rejected']);

/** 普惠商家: a partner business. Its `unionId` is the regional union whose staff review it. */
export const merchants = snakeCase.table(
  'merchants',
  {
    id: id(),
    name: text().notNull(),
    /** 统一社会信用代码, 18 characters with a GB 32100 check character. */
    creditCode: text().notNull().unique(),
    category: benefitCategory().notNull(),
    contactName: text().notNull(),
    contactPhone: text().notNull(),
    description: text(),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    status: merchantStatus().notNull().default('pending'),
    applicantUserId: uuid()
      .notNull()
      .references(() => users.id),
    reviewedByUserId: uuid().references(() => users.id),
    reviewedAt: timestamptz(),
    reviewReason: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('merchants_union_status_idx').on(t.unionId, t.status, t.createdAt),
    index('merchants_applicant_idx').on(t.applicantUserId),
  ],
);

/** A shop of a merchant. `unionId` is the city or district union of its address (region filters use its path). */
export const merchantStores = snakeCase.table(
  'merchant_stores',
  {
    id: id(),
    merchantId: uuid()
      .notNull()
      .references(() => merchants.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    address: text().notNull(),
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    /** WGS-84 degrees. Coordinates are measurements, not money: floating point is right here. */
    latitude: doublePrecision().notNull(),
    longitude: doublePrecision().notNull(),
    phone: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index('merchant_stores_merchant_idx').on(t.merchantId),
    index('merchant_stores_union_idx').on(t.unionId),
    index('merchant_stores_location_idx').on(t.latitude, t.longitude),
    check('merchant_stores_latitude', sql`${t.latitude} between -90 and 90`),
    check('merchant_stores_longitude', sql`${t.longitude} between -180 and 180`),
  ],
);

export const offerKind = pgEnum('offer_kind', [
  'percentage_off', // 8.5折
  'amount_off', // 满100减20
  'member_price', // 会员价
  'prepaid_voucher', // 预付券: pay ¥80 for ¥100
]);

export const offerStatus = pgEnum('offer_status', ['draft', 'pending_review', 'published', 'paused', 'ended']);

export const offerAudience = pgEnum('offer_audience', ['all_members', 'hardship', 'model_workers', 'region']);

export const offers = snakeCase.table(
  'offers',
  {
    id: id(),
    merchantId: uuid()
      .notNull()
      .references(() => merchants.id, { onDelete: 'cascade' }),
    /** The merchant's reviewing union, copied so authorization needs no join. */
    unionId: uuid()
      .notNull()
      .references(() => unions.id),
    title: text().notNull(),
    description: text().notNull(),
    terms: text(),
    category: benefitCategory().notNull(),
    kind: offerKind().notNull(),
    /** percentage_off: the share paid, in percent (85 = 8.5折). */
    percentPaid: integer(),
    /** amount_off: spend at least this (fen)… */
    minSpendFen: integer(),
    /** …to get this much off (fen). */
    reductionFen: integer(),
    /** member_price and prepaid_voucher: the usual price or the voucher's face value (fen). */
    regularPriceFen: integer(),
    /** member_price: what a member pays; prepaid_voucher: what the voucher costs (fen). */
    memberPriceFen: integer(),
    validFrom: timestamptz().notNull(),
    validUntil: timestamptz().notNull(),
    /** Null means unlimited stock. */
    stockTotal: integer(),
    stockRemaining: integer(),
    perMemberLimit: integer(),
    perMemberDailyLimit: integer(),
    /** How long a claimed code stays redeemable (never beyond validUntil). */
    codeValidHours: integer().notNull().default(72),
    audience: offerAudience().notNull().default('all_members'),
    audienceUnionId: uuid().references(() => unions.id),
    status: offerStatus().notNull().default('draft'),
    reviewNote: text(),
    /** Title, description, merchant name and store addresses: what the trigram search looks in. */
    searchText: text().notNull(),
    /** Character bigrams of searchText (see offers/search-text.ts), for two-character Chinese queries. */
    searchGrams: text().array().notNull().default(sql`'{}'::text[]`),
    claimCount: integer().notNull().default(0),
    redemptionCount: integer().notNull().default(0),
    publishedAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('offers_merchant_idx').on(t.merchantId, t.createdAt),
    index('offers_union_status_idx').on(t.unionId, t.status),
    index('offers_public_newest_idx').on(t.status, t.publishedAt),
    index('offers_public_popular_idx').on(t.status, t.claimCount),
    index('offers_category_idx').on(t.category, t.status),
    index('offers_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
    index('offers_search_grams_idx').using('gin', t.searchGrams),
    check('offers_window', sql`${t.validUntil} > ${t.validFrom}`),
    check(
      'offers_stock',
      sql`(${t.stockTotal} is null and ${t.stockRemaining} is null)
        or (${t.stockTotal} >= 0 and ${t.stockRemaining} between 0 and ${t.stockTotal})`,
    ),
    check(
      'offers_limits',
      sql`coalesce(${t.perMemberLimit}, 1) >= 1 and coalesce(${t.perMemberDailyLimit}, 1) >= 1 and ${t.codeValidHours} >= 1`,
    ),
    check(
      'offers_audience_union',
      sql`(${t.audience} = 'region') = (${t.audienceUnionId} is not null)`,
    ),
    check(
      'offers_kind_terms',
      sql`case ${t.kind}
        when 'percentage_off' then ${t.percentPaid} between 1 and 99
        when 'amount_off' then ${t.minSpendFen} > 0 and ${t.reductionFen} > 0 and ${t.reductionFen} < ${t.minSpendFen}
        else ${t.regularPriceFen} > 0 and ${t.memberPriceFen} > 0 and ${t.memberPriceFen} < ${t.regularPriceFen}
      end`,
    ),
  ],
);

/** The stores where an offer may be redeemed. */
export const offerStores = snakeCase.table(
  'offer_stores',
  {
    offerId: uuid()
      .notNull()
      .references(() => offers.id, { onDelete: 'cascade' }),
    storeId: uuid()
      .notNull()
      .references(() => merchantStores.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.storeId] }), index('offer_stores_store_idx').on(t.storeId)],
);

export const claimStatus = pgEnum('claim_status', ['active', 'redeemed', 'cancelled', 'expired']);

/** A member's claim on an offer: holds one unit of stock and a redemption code until used, cancelled or expired. */
export const offerClaims = snakeCase.table(
  'offer_claims',
  {
    id: id(),
    offerId: uuid()
      .notNull()
      .references(() => offers.id),
    /** Copied from the offer: the counter check "only at that merchant" is one comparison. */
    merchantId: uuid()
      .notNull()
      .references(() => merchants.id),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    /** Short code read out at the counter. */
    code: text().notNull(),
    status: claimStatus().notNull().default('active'),
    /** The Asia/Shanghai business date of the claim, for per-day limits. */
    claimDate: date({ mode: 'string' }).notNull(),
    expiresAt: timestamptz().notNull(),
    redeemedAt: timestamptz(),
    redeemedStoreId: uuid().references(() => merchantStores.id),
    redeemedByUserId: uuid().references(() => users.id),
    cancelledAt: timestamptz(),
    createdAt: createdAt(),
  },
  (t) => [
    unique('offer_claims_code_unique').on(t.code),
    index('offer_claims_member_offer_idx').on(t.memberId, t.offerId, t.status),
    index('offer_claims_member_created_idx').on(t.memberId, t.createdAt),
    index('offer_claims_active_expiry_idx').on(t.expiresAt).where(sql`${t.status} = 'active'`),
    index('offer_claims_merchant_redeemed_idx').on(t.merchantId, t.redeemedAt),
    index('offer_claims_merchant_claim_date_idx').on(t.merchantId, t.claimDate),
    // Staff exports page through claims in (created_at, id) order, and the figures read them by period.
    index('offer_claims_created_idx').on(t.createdAt, t.id),
    check(
      'offer_claims_redeemed_shape',
      sql`(${t.status} = 'redeemed') = (${t.redeemedAt} is not null and ${t.redeemedStoreId} is not null)`,
    ),
  ],
);

export const voucherPurchaseStatus = pgEnum('voucher_purchase_status', [
  'pending_payment', // stock reserved, waiting for Stripe
  'paid', // voucher issued (an offer_claims row)
  'failed',
  'cancelled',
  'expired', // reservation timed out before payment
  'refunding',
  'refunded',
]);

/**
 * A prepaid voucher bought through Stripe (pay ¥80 for a ¥100 voucher). One unit of stock is
 * reserved while the payment is pending; the voucher itself is an offer claim issued on success.
 */
export const voucherPurchases = snakeCase.table(
  'voucher_purchases',
  {
    id: id(),
    offerId: uuid()
      .notNull()
      .references(() => offers.id),
    memberId: uuid()
      .notNull()
      .references(() => members.id),
    /** What the member pays, in fen (CNY). */
    amountFen: integer().notNull(),
    /** Face value of the voucher, in fen. */
    faceValueFen: integer().notNull(),
    status: voucherPurchaseStatus().notNull().default('pending_payment'),
    /** Stripe's hosted payment page for this purchase (a Checkout Session) and where the member pays. */
    checkoutSessionId: text().unique(),
    checkoutUrl: text(),
    /** Known once the Checkout Session completes; refunds go through it. */
    paymentIntentId: text().unique(),
    claimId: uuid()
      .unique()
      .references(() => offerClaims.id),
    /** The reservation lapses at this time if no payment succeeded. */
    reservedUntil: timestamptz().notNull(),
    paidAt: timestamptz(),
    refundId: text(),
    refundedAt: timestamptz(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('voucher_purchases_member_offer_idx').on(t.memberId, t.offerId, t.status),
    index('voucher_purchases_pending_idx').on(t.reservedUntil).where(sql`${t.status} = 'pending_payment'`),
    check('voucher_purchases_amounts', sql`${t.amountFen} > 0 and ${t.faceValueFen} > ${t.amountFen}`),
  ],
);

/** Every Stripe webhook event the vouchers endpoint applied, by its id: a redelivered event finds its row and changes nothing. */
export const offerStripeEvents = snakeCase.table('offer_stripe_events', {
  id: text().primaryKey(),
  type: text().notNull(),
  receivedAt: createdAt(),
});
