import { createHash, randomBytes } from 'node:crypto';
import { members, sessions, users } from '@huigong/db';
import type { GraphQLClient } from '../support/graphql.ts';
import type { TestEnvironment } from '../support/environment.ts';

/** Merchant staff logins from the offers demo seed (drizzle/src/seed/offers.ts). */
export const merchantStaff = {
  /** 洛阳老城区火锅店 (老城区, Luoyang). */
  hotpotLuoyang: '13700000001',
  /** 涧西区职工健康体检中心 (Luoyang). */
  checkupJianxi: '13700000002',
  /** 郑州金水区老码头火锅 (Zhengzhou). */
  hotpotZhengzhou: '13700000004',
  /** Applicant of the pending 涧西区便民洗车行 (no merchant role yet). */
  carWashApplicant: '13700000007',
} as const;

export const CREATE_OFFER = /* GraphQL */ `
  mutation CreateOffer($input: CreateOfferInput!) {
    createOffer(input: $input) {
      __typename
      ... on CreateOfferSuccess { offer { id status title remainingStock } }
      ... on InputValidationError { code fieldErrors { field code message } }
      ... on Error { code message }
    }
  }
`;
export const SUBMIT_OFFER = /* GraphQL */ `
  mutation Submit($input: OfferActionInput!) {
    submitOffer(input: $input) { __typename ... on SubmitOfferSuccess { offer { id status } } ... on Error { code message } }
  }
`;
export const REVIEW_OFFER = /* GraphQL */ `
  mutation ReviewOffer($input: ReviewOfferInput!) {
    reviewOffer(input: $input) {
      __typename
      ... on ReviewOfferSuccess { offer { id status publishedAt reviewNote } }
      ... on Error { code message }
    }
  }
`;
export const CLAIM = /* GraphQL */ `
  mutation Claim($input: ClaimOfferInput!) {
    claimOffer(input: $input) {
      __typename
      ... on ClaimOfferSuccess { claim { id code qrPayload status expiresAt offer { id remainingStock } } }
      ... on LimitReached { code scope }
      ... on OfferNotEligible { code reason }
      ... on Error { code message }
    }
  }
`;
export const REDEEM = /* GraphQL */ `
  mutation Redeem($input: RedeemCodeInput!) {
    redeemCode(input: $input) {
      __typename
      ... on RedeemCodeSuccess { claim { id status redeemedAt redeemedStore { name } offer { title redemptionCount } } }
      ... on CodeAlreadyRedeemed { code redeemedAt }
      ... on Error { code message }
    }
  }
`;
export const MY_MERCHANTS = /* GraphQL */ `
  query MyMerchants { myMerchants { id name status stores { id name } } }
`;

export async function merchantOf(client: GraphQLClient) {
  const data = await client.query(MY_MERCHANTS);
  const merchant = data.myMerchants[0];
  if (!merchant) throw new Error('no merchant for this login');
  return merchant as { id: string; name: string; status: string; stores: { id: string; name: string }[] };
}

export interface OfferOverrides {
  [key: string]: unknown;
}

/** Creates, submits and has a reviewer approve an offer; returns its global id. */
export async function publishOffer(
  merchantClient: GraphQLClient,
  reviewer: GraphQLClient,
  overrides: OfferOverrides = {},
): Promise<string> {
  const merchant = await merchantOf(merchantClient);
  const now = Date.now();
  const created = await merchantClient.query(CREATE_OFFER, {
    input: {
      merchant: merchant.id,
      title: '测试优惠 9 折',
      description: '测试用的折扣优惠。',
      category: 'DINING',
      kind: 'PERCENTAGE_OFF',
      percentPaid: 90,
      validFrom: new Date(now - 3_600_000).toISOString(),
      validUntil: new Date(now + 30 * 86_400_000).toISOString(),
      stores: merchant.stores.map((s) => s.id),
      ...overrides,
    },
  });
  if (created.createOffer.__typename !== 'CreateOfferSuccess') {
    throw new Error(`createOffer failed: ${JSON.stringify(created.createOffer)}`);
  }
  const id = created.createOffer.offer.id as string;
  const submitted = await merchantClient.query(SUBMIT_OFFER, { input: { offer: id } });
  if (submitted.submitOffer.__typename !== 'SubmitOfferSuccess') throw new Error(JSON.stringify(submitted.submitOffer));
  const reviewed = await reviewer.query(REVIEW_OFFER, { input: { id, approve: true, reason: '内容合规，同意发布' } });
  if (reviewed.reviewOffer.offer?.status !== 'PUBLISHED') throw new Error(JSON.stringify(reviewed.reviewOffer));
  return id;
}

/**
 * Creates `count` members in one grassroots union with ready sessions, straight in the database:
 * hashing 200 passwords over HTTP would only slow the test down, and sign-up is tested elsewhere.
 */
let batches = 0;
const processTag = String(randomBytes(1).readUInt8() % 100).padStart(2, '0');

export async function createMembers(env: TestEnvironment, count: number, unionCode = 'G410305001') {
  const union = await env.db.query.unions.findFirst({ where: { code: unionCode }, columns: { id: true } });
  if (!union) throw new Error(`unknown union ${unionCode}`);
  const [template] = await env.db.select({ hash: users.passwordHash }).from(users).limit(1);
  batches += 1;
  const prefix = `${processTag}${String(batches).padStart(2, '0')}`;
  const people = Array.from({ length: count }, (_, i) => {
    const digits = `${prefix}${String(i).padStart(4, '0')}`; // 8 digits, unique within this test file
    return {
      phone: `166${digits}`,
      cardNumber: withLuhnDigit(`62319${digits}0000`),
      name: `测试会员${i}`,
      token: `hgs_${randomBytes(24).toString('base64url')}`,
    };
  });
  // Three bulk inserts rather than three per member: the contention, not the setup, is under test.
  const userRows = await env.db
    .insert(users)
    .values(people.map((p) => ({ phone: p.phone, displayName: p.name, passwordHash: template!.hash })))
    .returning({ id: users.id, phone: users.phone });
  const userId = new Map(userRows.map((u) => [u.phone, u.id]));
  await env.db.insert(members).values(
    people.map((p) => ({ userId: userId.get(p.phone)!, cardNumber: p.cardNumber, unionId: union.id, realName: p.name })),
  );
  await env.db.insert(sessions).values(
    people.map((p) => ({
      userId: userId.get(p.phone)!,
      tokenHash: createHash('sha256').update(p.token).digest('base64url'),
      expiresAt: new Date(Date.now() + 86_400_000),
    })),
  );
  const clients = people.map((p) => env.anonymous.withToken(p.token));
  return clients;
}

/** Appends a Luhn check digit (member cards are validated with it). */
function withLuhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return body + String((10 - (sum % 10)) % 10);
}

export async function unionGlobalId(env: TestEnvironment, code: string): Promise<string> {
  const data = await env.anonymous.query(`query($code: String!) { unionByCode(code: $code) { id } }`, { code });
  return data.unionByCode.id;
}

