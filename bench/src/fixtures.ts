import { createHash } from 'node:crypto';

/**
 * Names shared by the generator and the runner: deterministic session tokens for the first
 * members (the runner signs requests with them instead of logging in thousands of times) and
 * fixed ids of the rows the write scenarios aim at.
 */
export const BENCH_PASSWORD = 'Bench@2026';
export const BENCH_SEED = 20261123;

/** Generated members' phones are 15000000000 + index (demo accounts use 138/139). */
export const memberPhone = (index: number) => String(15_000_000_000 + index);

/** Session token of the member with this index (only the first `sessions` members have one). */
export const benchToken = (index: number) => `hgs_bench_${index.toString(36).padStart(6, '0')}`;

/** The same digest as schema/src/accounts/viewer.ts hashToken. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A province-wide competition open for registration, with one big event: the registration scenario. */
export const BENCH_COMPETITION_ID = 'b0000000-0000-4000-8000-000000000001';
export const BENCH_EVENT_ID = 'b0000000-0000-4000-8000-000000000002';
/** A popular offer with limited stock: the claim-contention scenario (once offers exist). */
export const BENCH_POPULAR_OFFER_ID = 'b0000000-0000-4000-8000-000000000003';

/** Base64 Relay global id, as Pothos encodes it. */
export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/** Session token of the staff member of the merchant with this index (the code-verification scenario). */
export const staffToken = (index: number) => `hgs_bench_staff_${index.toString(36).padStart(4, '0')}`;
/** Active codes the code-verification scenario redeems start with this (no generated code does). */
export const REDEEM_CODE_PREFIX = 'ZZ';

/** Session token of the grant reviewer with this index (the reviewer's queue and review scenarios). */
export const reviewerToken = (index: number) => `hgs_bench_reviewer_${index.toString(36).padStart(4, '0')}`;
/** Session token of the union staff member with this index, staff of the union of grant calls. */
export const grantStaffToken = (index: number) => `hgs_bench_grant_staff_${index.toString(36).padStart(4, '0')}`;
/** Generated grant reviewers' phones are 17000000000 + index; grant staff's 18000000000 + index. */
export const REVIEWER_PHONE_BASE = 17_000_000_000;
export const GRANT_STAFF_PHONE_BASE = 18_000_000_000;
/** The comment the review-submission scenario writes, so its reset finds exactly its own reviews. */
export const BENCH_REVIEW_COMMENT = '压测：方案可行，建议资助。';
