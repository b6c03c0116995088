import { auditEvents, offerClaims, offers, roleGrants } from '@huigong/db';
import { and, eq, sql } from 'drizzle-orm';
import { sweepExpired } from '@huigong/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId } from '../support/graphql.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import {
  CLAIM,
  CREATE_OFFER,
  merchantOf,
  merchantStaff,
  publishOffer,
  REDEEM,
  REVIEW_OFFER,
  SUBMIT_OFFER,
  unionGlobalId,
} from './fixtures.ts';

const APPLY = /* GraphQL */ `
  mutation Apply($input: ApplyForMerchantInput!) {
    applyForMerchant(input: $input) {
      __typename
      ... on ApplyForMerchantSuccess { merchant { id name status creditCode contactPhone stores { id name region { name } } } }
      ... on InputValidationError { code fieldErrors { field code message } }
      ... on Error { code message }
    }
  }
`;
const REVIEW_MERCHANT = /* GraphQL */ `
  mutation ReviewMerchant($input: ReviewMerchantInput!) {
    reviewMerchant(input: $input) {
      __typename
      ... on ReviewMerchantSuccess { merchant { id status reviewReason reviewedAt } }
      ... on InvalidTransition { code fromState toState }
      ... on Error { code message }
    }
  }
`;
const APPLICATIONS = /* GraphQL */ `
  query Applications { merchantApplications(first: 50) { nodes { id name status } } }
`;
const ME_ROLES = /* GraphQL */ `query { me { roles { role organizationId } } }`;
const OFFER = /* GraphQL */ `
  query Offer($id: ID!) {
    node(id: $id) {
      ... on Offer {
        id title status remainingStock stockTotal kind percentPaid claimCount redemptionCount
        merchant { name }
        viewerEligibility { canClaim reason { code message } }
      }
    }
  }
`;
const WALLET = /* GraphQL */ `
  query Wallet($status: ClaimStatus) {
    wallet(first: 50, status: $status) { nodes { id status code qrPayload expiresAt redeemedAt offer { id title } } }
  }
`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CancelClaimInput!) {
    cancelClaim(input: $input) { __typename ... on CancelClaimSuccess { claim { id status } } ... on Error { code message } }
  }
`;
const FIGURES = /* GraphQL */ `
  query Figures($id: ID!, $from: Date!, $to: Date!) {
    node(id: $id) { ... on Merchant { name redemptionFigures(from: $from, to: $to) { date claims redemptions offer { id title } } } }
  }
`;
const OFFER_ACTION = (name: string) => /* GraphQL */ `
  mutation Act($input: OfferActionInput!) {
    ${name}(input: $input) { __typename ... on ${name[0]!.toUpperCase()}${name.slice(1)}Success { offer { id status } } ... on InvalidTransition { code fromState toState } ... on Error { code } }
  }
`;
const UPDATE_OFFER = /* GraphQL */ `
  mutation Update($input: UpdateOfferInput!) {
    updateOffer(input: $input) {
      __typename
      ... on UpdateOfferSuccess { offer { id status terms remainingStock } }
      ... on InputValidationError { fieldErrors { field code } }
      ... on InvalidTransition { code fromState toState }
      ... on Error { code }
    }
  }
`;
const SEARCH = /* GraphQL */ `
  query Search($filter: OfferSearchInput) { offers(first: 50, filter: $filter) { nodes { id title } } }
`;

let env: TestEnvironment;
let laochengUnion: string;
let jianxiUnion: string;
beforeAll(async () => {
  env = await createTestEnvironment();
  laochengUnion = await unionGlobalId(env, '410302');
  jianxiUnion = await unionGlobalId(env, '410305');
});
afterAll(() => env?.close());

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

const application = (overrides: Record<string, unknown> = {}) => ({
  name: '老城区水席馆',
  creditCode: '91410302MA45AB018E',
  category: 'DINING',
  contactName: '白玉',
  contactPhone: '13712340000',
  union: laochengUnion,
  stores: [
    {
      name: '老城区水席馆·东大街店',
      address: '洛阳市老城区东大街66号',
      region: laochengUnion,
      location: { latitude: 34.6841, longitude: 112.4812 },
    },
  ],
  ...overrides,
});

describe('the whole path: application → approval → offer → review → search → claim → counter → wallet and figures', () => {
  let merchantId: string;
  let offerId: string;
  let claimCode: string;
  let applicantPhone: string;

  it('takes an application with a valid credit code and refuses a bad check character', async () => {
    const applicant = await env.as(demo.memberZhang);
    applicantPhone = demo.memberZhang;
    const bad = await applicant.query(APPLY, { input: application({ creditCode: '91410302MA45AB018F' }) });
    expect(bad.applyForMerchant).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: ['input', 'creditCode'], code: 'INVALID_CHECKSUM' }],
    });

    const result = await applicant.query(APPLY, { input: application() });
    expect(result.applyForMerchant.__typename).toBe('ApplyForMerchantSuccess');
    expect(result.applyForMerchant.merchant).toMatchObject({
      status: 'PENDING',
      creditCode: '91410302MA45AB018E',
      contactPhone: '13712340000',
      stores: [{ name: '老城区水席馆·东大街店', region: { name: '洛阳市老城区总工会' } }],
    });
    merchantId = result.applyForMerchant.merchant.id;

    const again = await (await env.as(demo.memberWang)).query(APPLY, { input: application() });
    expect(again.applyForMerchant.code).toBe('CREDIT_CODE_TAKEN');

    // A pending merchant is not public.
    const anonymous = await env.anonymous.request(`query($id: ID!) { node(id: $id) { id } }`, { id: merchantId });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('is reviewed only by union staff over its region, once, with a reason and an audit record', async () => {
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    const denied = await zhengzhou.request(REVIEW_MERCHANT, { input: { id: merchantId, approve: true, reason: '同意签约' } });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const jianxi = await env.as(demo.jianxiStaff);
    const sibling = await jianxi.request(REVIEW_MERCHANT, { input: { id: merchantId, approve: true, reason: '同意签约' } });
    expect(sibling.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const luoyang = await env.as(demo.luoyangStaff);
    const queue = await luoyang.query(APPLICATIONS);
    expect(queue.merchantApplications.nodes.map((m: { name: string }) => m.name)).toEqual(
      expect.arrayContaining(['老城区水席馆', '涧西区便民洗车行']),
    );
    expect((await zhengzhou.query(APPLICATIONS)).merchantApplications.nodes).toEqual([]);

    const approved = await luoyang.query(REVIEW_MERCHANT, { input: { id: merchantId, approve: true, reason: '资质齐全，同意签约' } });
    expect(approved.reviewMerchant.merchant).toMatchObject({ status: 'APPROVED', reviewReason: '资质齐全，同意签约' });
    const twice = await luoyang.query(REVIEW_MERCHANT, { input: { id: merchantId, approve: false, reason: '重复审核' } });
    expect(twice.reviewMerchant).toMatchObject({ code: 'INVALID_TRANSITION', fromState: 'approved', toState: 'rejected' });

    const roles = await (await env.as(applicantPhone)).query(ME_ROLES);
    expect(roles.me.roles).toContainEqual({ role: 'MERCHANT_STAFF', organizationId: decodeGlobalId(merchantId).id });
    const audit = await env.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, decodeGlobalId(merchantId).id), eq(auditEvents.action, 'merchant.approved')));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ fromState: 'pending', toState: 'approved', reason: '资质齐全，同意签约' });
  });

  it('creates an offer as a draft, hidden until a reviewer publishes it', async () => {
    const staff = await env.as(applicantPhone);
    const merchant = await merchantOf(staff);
    const missingTerms = await staff.query(CREATE_OFFER, {
      input: {
        merchant: merchantId,
        title: '水席满100减20',
        description: '洛阳水席满 100 元减 20 元。',
        category: 'DINING',
        kind: 'AMOUNT_OFF',
        validFrom: new Date(Date.now() - 60_000).toISOString(),
        validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        stores: merchant.stores.map((s) => s.id),
      },
    });
    expect(missingTerms.createOffer.fieldErrors[0]).toMatchObject({ field: ['input', 'minSpend'], code: 'REQUIRED' });

    const created = await staff.query(CREATE_OFFER, {
      input: {
        merchant: merchantId,
        title: '水席满100减20',
        description: '洛阳水席满 100 元减 20 元。',
        category: 'DINING',
        kind: 'AMOUNT_OFF',
        minSpend: { amount: 10000, currency: 'CNY' },
        reduction: { amount: 2000, currency: 'CNY' },
        validFrom: new Date(Date.now() - 60_000).toISOString(),
        validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        stock: 3,
        perMemberLimit: 2,
        stores: merchant.stores.map((s) => s.id),
      },
    });
    expect(created.createOffer.offer).toMatchObject({ status: 'DRAFT', remainingStock: 3 });
    offerId = created.createOffer.offer.id;

    // Other merchants cannot touch it; the public cannot see it; nor can staff of another city review it.
    const other = await env.as(merchantStaff.hotpotZhengzhou);
    expect((await other.request(SUBMIT_OFFER, { input: { offer: offerId } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await env.anonymous.request(OFFER, { id: offerId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await env.anonymous.query(SEARCH, { filter: { text: '水席' } })).offers.nodes).toEqual([]);

    const luoyang = await env.as(demo.luoyangStaff);
    const tooEarly = await luoyang.query(REVIEW_OFFER, { input: { id: offerId, approve: true, reason: '同意发布' } });
    expect(tooEarly.reviewOffer.code).toBe('INVALID_TRANSITION');
    expect((await staff.query(SUBMIT_OFFER, { input: { offer: offerId } })).submitOffer.offer.status).toBe('PENDING_REVIEW');
    const zhengzhou = await env.as(demo.zhengzhouStaff);
    expect(
      (await zhengzhou.request(REVIEW_OFFER, { input: { id: offerId, approve: true, reason: '同意发布' } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('FORBIDDEN');
    const queue = await luoyang.query(`{ offersForReview(first: 10) { nodes { id } } }`);
    expect(queue.offersForReview.nodes).toEqual([{ id: offerId }]);

    const rejected = await luoyang.query(REVIEW_OFFER, { input: { id: offerId, approve: false, reason: '请补充使用规则' } });
    expect(rejected.reviewOffer.offer).toMatchObject({ status: 'DRAFT', reviewNote: '请补充使用规则' });
    const content = {
      title: '水席满100减20',
      description: '洛阳水席满 100 元减 20 元。',
      terms: '每桌限用一张，节假日通用。',
      category: 'DINING',
      kind: 'AMOUNT_OFF',
      minSpend: { amount: 10000, currency: 'CNY' },
      reduction: { amount: 2000, currency: 'CNY' },
      validFrom: new Date(Date.now() - 60_000).toISOString(),
      validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      stock: 3,
      perMemberLimit: 2,
      stores: merchant.stores.map((s) => s.id),
    };
    const updated = await staff.query(UPDATE_OFFER, { input: { offer: offerId, ...content } });
    expect(updated.updateOffer.offer).toMatchObject({ status: 'DRAFT', terms: '每桌限用一张，节假日通用。', remainingStock: 3 });
    const badUpdate = await staff.query(UPDATE_OFFER, { input: { offer: offerId, ...content, reduction: { amount: 20000, currency: 'CNY' } } });
    expect(badUpdate.updateOffer.fieldErrors[0]).toMatchObject({ field: ['input', 'reduction'], code: 'TOO_BIG' });
    await staff.query(SUBMIT_OFFER, { input: { offer: offerId } });
    const published = await luoyang.query(REVIEW_OFFER, { input: { id: offerId, approve: true, reason: '同意发布' } });
    expect(published.reviewOffer.offer.status).toBe('PUBLISHED');
    expect(published.reviewOffer.offer.publishedAt).toBeTruthy();
    // Published terms are what members claim against: no editing in place.
    const late = await staff.query(UPDATE_OFFER, { input: { offer: offerId, ...content, stock: 300 } });
    expect(late.updateOffer).toMatchObject({ code: 'INVALID_TRANSITION', fromState: 'published', toState: 'draft' });
  });

  it('is found by anyone in a Chinese text search once published', async () => {
    const found = await env.anonymous.query(SEARCH, { filter: { text: '水席' } });
    expect(found.offers.nodes).toEqual([{ id: offerId, title: '水席满100减20' }]);
    const detail = await env.anonymous.query(OFFER, { id: offerId });
    expect(detail.node).toMatchObject({
      status: 'PUBLISHED',
      remainingStock: 3,
      merchant: { name: '老城区水席馆' },
      viewerEligibility: { canClaim: false, reason: { code: 'NOT_ELIGIBLE' } },
    });
  });

  it('lets a member claim a code, up to their limit, and shows it in their wallet', async () => {
    const member = await env.as(demo.memberWang);
    const before = await member.query(OFFER, { id: offerId });
    expect(before.node.viewerEligibility).toEqual({ canClaim: true, reason: null });

    const first = await member.query(CLAIM, { input: { offer: offerId } });
    expect(first.claimOffer.__typename).toBe('ClaimOfferSuccess');
    expect(first.claimOffer.claim).toMatchObject({ status: 'ACTIVE', offer: { remainingStock: 2 } });
    expect(first.claimOffer.claim.code).toMatch(/^[A-Z2-9]{8}$/);
    expect(first.claimOffer.claim.qrPayload).toMatch(new RegExp(`^HG1\\.${first.claimOffer.claim.code}\\.\\d+\\.[\\w-]+$`));
    claimCode = first.claimOffer.claim.code;
    await member.query(CLAIM, { input: { offer: offerId } });
    const third = await member.query(CLAIM, { input: { offer: offerId } });
    expect(third.claimOffer).toMatchObject({ __typename: 'LimitReached', scope: 'TOTAL' });
    expect((await member.query(OFFER, { id: offerId })).node.viewerEligibility.reason.code).toBe('LIMIT_REACHED');

    const wallet = await member.query(WALLET);
    const mine = wallet.wallet.nodes.filter((n: { offer: { id: string } }) => n.offer.id === offerId);
    expect(mine).toHaveLength(2);
    expect(mine.map((n: { code: string }) => n.code)).toContain(claimCode);

    // Someone else's claim is not theirs to see.
    const other = await env.as(demo.memberLi);
    expect((await other.request(`query($id: ID!) { node(id: $id) { id } }`, { id: mine[0].id })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
  });

  it('sells out at the stock, then cancelling returns a unit of stock', async () => {
    const li = await env.as(demo.memberLi);
    const got = await li.query(CLAIM, { input: { offer: offerId } });
    expect(got.claimOffer.claim.offer.remainingStock).toBe(0);
    const zhang = await env.as(demo.memberZhang);
    expect((await zhang.query(CLAIM, { input: { offer: offerId } })).claimOffer.code).toBe('OFFER_SOLD_OUT');

    const cancelled = await li.query(CANCEL, { input: { claim: got.claimOffer.claim.id } });
    expect(cancelled.cancelClaim.claim.status).toBe('CANCELLED');
    expect((await li.query(CANCEL, { input: { claim: got.claimOffer.claim.id } })).cancelClaim.code).toBe('CLAIM_NOT_CANCELLABLE');
    // Someone else cannot cancel a claim that is not theirs.
    const wangClaim = (await (await env.as(demo.memberWang)).query(WALLET)).wallet.nodes[0];
    expect((await li.query(CANCEL, { input: { claim: wangClaim.id } })).cancelClaim.code).toBe('CLAIM_NOT_CANCELLABLE');
    expect((await env.anonymous.query(OFFER, { id: offerId })).node.remainingStock).toBe(1);
    const retry = await zhang.query(CLAIM, { input: { offer: offerId } });
    expect(retry.claimOffer.__typename).toBe('ClaimOfferSuccess');
  });

  it('redeems at the counter once, only at this merchant, by short code or signed QR', async () => {
    const staff = await env.as(applicantPhone);
    const store = (await merchantOf(staff)).stores[0]!;
    const elsewhere = await env.as(merchantStaff.hotpotZhengzhou);
    const elsewhereStore = (await merchantOf(elsewhere)).stores[0]!;

    expect((await elsewhere.query(REDEEM, { input: { code: claimCode, store: elsewhereStore.id } })).redeemCode.code).toBe(
      'WRONG_MERCHANT',
    );
    // Staff of another merchant cannot use this merchant's store either.
    expect((await elsewhere.request(REDEEM, { input: { code: claimCode, store: store.id } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await staff.query(REDEEM, { input: { code: 'ZZZZ2222', store: store.id } })).redeemCode.code).toBe('CODE_UNKNOWN');

    const done = await staff.query(REDEEM, { input: { code: claimCode.toLowerCase(), store: store.id } });
    expect(done.redeemCode.__typename).toBe('RedeemCodeSuccess');
    expect(done.redeemCode.claim).toMatchObject({ status: 'REDEEMED', redeemedStore: { name: store.name } });
    const again = await staff.query(REDEEM, { input: { code: claimCode, store: store.id } });
    expect(again.redeemCode).toMatchObject({ __typename: 'CodeAlreadyRedeemed', code: 'CODE_ALREADY_REDEEMED' });

    // The other active claim, by its QR payload; a tampered payload is refused.
    const wallet = await (await env.as(demo.memberWang)).query(WALLET, { status: 'ACTIVE' });
    const qr: string = wallet.wallet.nodes[0].qrPayload;
    const [version, code, expiry, signature] = qr.split('.');
    const forged = `${version}.${code}.${Number(expiry) + 86_400}.${signature}`;
    expect((await staff.query(REDEEM, { input: { code: forged, store: store.id } })).redeemCode.code).toBe('CODE_UNKNOWN');
    expect((await staff.query(REDEEM, { input: { code: qr, store: store.id } })).redeemCode.__typename).toBe('RedeemCodeSuccess');

    const audit = await env.db.select().from(auditEvents).where(eq(auditEvents.action, 'offer_claim.redeemed'));
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it('expires unredeemed codes, which then return their stock', async () => {
    const zhangWallet = await (await env.as(demo.memberZhang)).query(WALLET, { status: 'ACTIVE' });
    const claim = zhangWallet.wallet.nodes.find((n: { offer: { id: string } }) => n.offer.id === offerId);
    await env.db
      .update(offerClaims)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(offerClaims.id, decodeGlobalId(claim.id).id));
    const staff = await env.as(applicantPhone);
    const store = (await merchantOf(staff)).stores[0]!;
    expect((await staff.query(REDEEM, { input: { code: claim.code, store: store.id } })).redeemCode.code).toBe('CODE_EXPIRED');
    expect((await env.anonymous.query(OFFER, { id: offerId })).node.remainingStock).toBe(1);
    const after = await (await env.as(demo.memberZhang)).query(WALLET);
    expect(after.wallet.nodes.find((n: { id: string }) => n.id === claim.id).status).toBe('EXPIRED');
  });

  it('shows the merchant its claims and redemptions per offer per day, and nobody else', async () => {
    const staff = await env.as(applicantPhone);
    const figures = await staff.query(FIGURES, { id: merchantId, from: today(), to: today() });
    expect(figures.node.redemptionFigures).toEqual([
      { date: today(), claims: 4, redemptions: 2, offer: { id: offerId, title: '水席满100减20' } },
    ]);
    const other = await env.as(merchantStaff.hotpotZhengzhou);
    const denied = await other.request(FIGURES, { id: merchantId, from: today(), to: today() });
    expect(denied.data.node.redemptionFigures).toBeNull();
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The union that reviews the merchant sees them too.
    const luoyang = await env.as(demo.luoyangStaff);
    expect((await luoyang.query(FIGURES, { id: merchantId, from: today(), to: today() })).node.redemptionFigures).toHaveLength(1);
  });

  it('pauses, resumes and ends an offer; a paused or ended offer cannot be claimed', async () => {
    const staff = await env.as(applicantPhone);
    const member = await env.as(demo.memberYang);
    expect((await staff.query(OFFER_ACTION('pauseOffer'), { input: { offer: offerId } })).pauseOffer.offer.status).toBe('PAUSED');
    expect((await member.query(CLAIM, { input: { offer: offerId } })).claimOffer.code).toBe('OFFER_NOT_ACTIVE');
    expect((await env.anonymous.query(SEARCH, { filter: { text: '水席' } })).offers.nodes).toEqual([]);
    expect((await staff.query(OFFER_ACTION('resumeOffer'), { input: { offer: offerId } })).resumeOffer.offer.status).toBe('PUBLISHED');
    expect((await staff.query(OFFER_ACTION('endOffer'), { input: { offer: offerId } })).endOffer.offer.status).toBe('ENDED');
    const resume = await staff.query(OFFER_ACTION('resumeOffer'), { input: { offer: offerId } });
    expect(resume.resumeOffer).toMatchObject({ code: 'INVALID_TRANSITION', fromState: 'ended', toState: 'published' });
    expect((await member.query(CLAIM, { input: { offer: offerId } })).claimOffer.code).toBe('OFFER_NOT_ACTIVE');
  });
});

describe('editing a paused offer', () => {
  it('sends it back to review, keeps what members hold, and keeps taken stock taken', async () => {
    const staff = await env.as(merchantStaff.hotpotLuoyang);
    const reviewer = await env.as(demo.luoyangStaff);
    const merchant = await merchantOf(staff);
    const content = {
      title: '编辑测试 9 折',
      description: '暂停后修改的折扣优惠。',
      category: 'DINING',
      kind: 'PERCENTAGE_OFF',
      percentPaid: 90,
      validFrom: new Date(Date.now() - 3_600_000).toISOString(),
      validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      stock: 5,
      stores: [merchant.stores[0]!.id],
    };
    const offerId = await publishOffer(staff, reviewer, content);
    const member = await env.as(demo.memberWang);
    expect((await member.query(CLAIM, { input: { offer: offerId } })).claimOffer.__typename).toBe('ClaimOfferSuccess');

    // A published offer is not edited in place; paused, it is.
    expect((await staff.query(UPDATE_OFFER, { input: { offer: offerId, ...content } })).updateOffer.code).toBe('INVALID_TRANSITION');
    await staff.query(OFFER_ACTION('pauseOffer'), { input: { offer: offerId } });
    // A member holds a code for 9 折: the discount cannot change, nor can the store be taken away.
    const newDiscount = await staff.query(UPDATE_OFFER, { input: { offer: offerId, ...content, percentPaid: 80 } });
    expect(newDiscount.updateOffer.fieldErrors[0]).toMatchObject({ field: ['input', 'percentPaid'], code: 'HELD_BY_MEMBERS' });
    const otherKind = await staff.query(UPDATE_OFFER, {
      input: { offer: offerId, ...content, kind: 'AMOUNT_OFF', percentPaid: null, minSpend: { amount: 10000, currency: 'CNY' }, reduction: { amount: 1000, currency: 'CNY' } },
    });
    expect(otherKind.updateOffer.fieldErrors[0]).toMatchObject({ field: ['input', 'kind'], code: 'HELD_BY_MEMBERS' });
    if (merchant.stores.length > 1) {
      const moved = await staff.query(UPDATE_OFFER, { input: { offer: offerId, ...content, stores: [merchant.stores[1]!.id] } });
      expect(moved.updateOffer.fieldErrors[0]).toMatchObject({ field: ['input', 'stores'], code: 'HELD_BY_MEMBERS' });
    }
    // One unit is taken: stock cannot go below it, and a new total leaves the taken unit taken.
    const tooLow = await staff.query(UPDATE_OFFER, { input: { offer: offerId, ...content, stock: 0 } });
    expect(tooLow.updateOffer.fieldErrors[0].field).toEqual(['input', 'stock']);
    const edited = await staff.query(UPDATE_OFFER, {
      input: { offer: offerId, ...content, title: '编辑测试 9 折（加量）', terms: '周末可用', stock: 10, perMemberLimit: 3 },
    });
    expect(edited.updateOffer.offer).toMatchObject({ status: 'DRAFT', terms: '周末可用', remainingStock: 9 });
    // Back in draft it is hidden from members again, so a claim is answered as for no offer.
    expect((await member.query(CLAIM, { input: { offer: offerId } })).claimOffer.code).toBe('NOT_FOUND');
    expect((await staff.query(SUBMIT_OFFER, { input: { offer: offerId } })).submitOffer.offer.status).toBe('PENDING_REVIEW');
    const approved = await reviewer.query(REVIEW_OFFER, { input: { id: offerId, approve: true, reason: '修改合规' } });
    expect(approved.reviewOffer.offer.status).toBe('PUBLISHED');
    expect((await env.anonymous.query(SEARCH, { filter: { text: '加量' } })).offers.nodes).toEqual([{ id: offerId, title: '编辑测试 9 折（加量）' }]);
    // The member's code from before the edit still redeems at its store.
    const wallet = await member.query(`{ wallet(first: 20) { nodes { code offer { id } } } }`);
    const code = wallet.wallet.nodes.find((c: { offer: { id: string } }) => c.offer.id === offerId).code;
    expect((await staff.query(REDEEM, { input: { code, store: merchant.stores[0]!.id } })).redeemCode.__typename).toBe('RedeemCodeSuccess');
  });
});

describe('offer rules without anyone acting', () => {
  it('stops an offer past its window from being claimed or listed, and shows it as ended', async () => {
    const merchant = await env.as(merchantStaff.hotpotLuoyang);
    const offerId = await publishOffer(merchant, await env.as(demo.luoyangStaff), { title: '即将过期的涮羊肉券' });
    await env.db
      .update(offers)
      .set({ validFrom: new Date(Date.now() - 7_200_000), validUntil: new Date(Date.now() - 1000) })
      .where(eq(offers.id, decodeGlobalId(offerId).id));
    const member = await env.as(demo.memberWang);
    expect((await member.query(CLAIM, { input: { offer: offerId } })).claimOffer.code).toBe('OFFER_NOT_ACTIVE');
    expect((await env.anonymous.query(OFFER, { id: offerId })).node.status).toBe('ENDED');
    expect((await env.anonymous.query(SEARCH, { filter: { text: '涮羊肉' } })).offers.nodes).toEqual([]);
  });

  it('returns the stock of expired claims in the periodic sweep, on offers nobody touches', async () => {
    const merchant = await env.as(merchantStaff.hotpotLuoyang);
    const offerId = await publishOffer(merchant, await env.as(demo.luoyangStaff), { title: '扫描过期测试', stock: 5 });
    const claimed = await (await env.as(demo.memberYang)).query(CLAIM, { input: { offer: offerId } });
    expect(claimed.claimOffer.claim.offer.remainingStock).toBe(4);
    const claimId = decodeGlobalId(claimed.claimOffer.claim.id).id;
    await env.db.update(offerClaims).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(offerClaims.id, claimId));
    // Before the sweep the wallet already shows the code as expired, from the time, and writes nothing.
    const yang = await env.as(demo.memberYang);
    const ids = async (status: string) => (await yang.query(WALLET, { status })).wallet.nodes.map((n: { id: string }) => n.id);
    expect(await ids('EXPIRED')).toContain(claimed.claimOffer.claim.id);
    expect(await ids('ACTIVE')).not.toContain(claimed.claimOffer.claim.id);
    const [unswept] = await env.db.select().from(offerClaims).where(eq(offerClaims.id, claimId));
    expect(unswept!.status).toBe('active');
    await sweepExpired(env.db);
    expect((await env.anonymous.query(OFFER, { id: offerId })).node.remainingStock).toBe(5);
    const [claim] = await env.db.select().from(offerClaims).where(eq(offerClaims.id, claimId));
    expect(claim!.status).toBe('expired');
    await sweepExpired(env.db); // idempotent: nothing returned twice
    expect((await env.anonymous.query(OFFER, { id: offerId })).node.remainingStock).toBe(5);
  });

  it('enforces audiences: hardship members, model workers, one region', async () => {
    const checkup = await env.as(merchantStaff.checkupJianxi);
    const reviewer = await env.as(demo.jianxiStaff);
    const hardship = await publishOffer(checkup, reviewer, {
      title: '困难职工专享体检',
      category: 'MEDICAL_CHECKUP',
      audience: 'HARDSHIP',
    });
    const wang = await env.as(demo.memberWang);
    const refused = await wang.query(CLAIM, { input: { offer: hardship } });
    expect(refused.claimOffer).toMatchObject({ __typename: 'OfferNotEligible', reason: 'HARDSHIP_ONLY' });
    const zhang = await env.as(demo.memberZhang); // hardship member in Luoyang
    expect((await zhang.query(CLAIM, { input: { offer: hardship } })).claimOffer.__typename).toBe('ClaimOfferSuccess');

    const regional = await publishOffer(checkup, reviewer, {
      title: '涧西区会员专享体检',
      category: 'MEDICAL_CHECKUP',
      audience: 'REGION',
      audienceUnion: jianxiUnion,
    });
    expect((await zhang.query(CLAIM, { input: { offer: regional } })).claimOffer.reason).toBe('REGION_ONLY'); // 老城区
    expect((await wang.query(CLAIM, { input: { offer: regional } })).claimOffer.__typename).toBe('ClaimOfferSuccess'); // 涧西区

    const modelOnly = await publishOffer(checkup, reviewer, {
      title: '劳模专享体检',
      category: 'MEDICAL_CHECKUP',
      audience: 'MODEL_WORKERS',
    });
    expect((await wang.query(CLAIM, { input: { offer: modelOnly } })).claimOffer.reason).toBe('MODEL_WORKERS_ONLY');
    const li = await env.as(demo.memberLi);
    expect((await li.query(CLAIM, { input: { offer: modelOnly } })).claimOffer.__typename).toBe('ClaimOfferSuccess');

    // Staff accounts without a member card cannot claim at all.
    const notMember = await checkup.request(CLAIM, { input: { offer: hardship } });
    expect(notMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('applies a per-day limit by the Shanghai business date', async () => {
    const merchant = await env.as(merchantStaff.hotpotLuoyang);
    const offerId = await publishOffer(merchant, await env.as(demo.luoyangStaff), {
      title: '每日一份早餐券',
      perMemberDailyLimit: 1,
    });
    const member = await env.as(demo.memberLi);
    const first = await member.query(CLAIM, { input: { offer: offerId } });
    expect(first.claimOffer.__typename).toBe('ClaimOfferSuccess');
    expect((await member.query(CLAIM, { input: { offer: offerId } })).claimOffer).toMatchObject({ scope: 'DAILY' });
    // Yesterday's claim does not count against today.
    await env.db
      .update(offerClaims)
      .set({ claimDate: sql`${offerClaims.claimDate} - 1` })
      .where(eq(offerClaims.id, decodeGlobalId(first.claimOffer.claim.id).id));
    expect((await member.query(CLAIM, { input: { offer: offerId } })).claimOffer.__typename).toBe('ClaimOfferSuccess');
  });
});

describe('a rejected application', () => {
  it('can be submitted again by the same applicant, and by nobody else', async () => {
    const applicant = await env.as(demo.memberZhao);
    const first = await applicant.query(APPLY, { input: application({ name: '老城区糕点铺', creditCode: '91410100MA40CD099K' }) });
    const id = first.applyForMerchant.merchant.id;
    const luoyang = await env.as(demo.luoyangStaff);
    const rejected = await luoyang.query(REVIEW_MERCHANT, { input: { id, approve: false, reason: '营业执照照片不清晰' } });
    expect(rejected.reviewMerchant.merchant).toMatchObject({ status: 'REJECTED', reviewReason: '营业执照照片不清晰' });
    expect(await env.db.select().from(roleGrants).where(eq(roleGrants.organizationId, decodeGlobalId(id).id))).toEqual([]);

    const other = await (await env.as(demo.memberYang)).query(APPLY, {
      input: application({ name: '冒用代码', creditCode: '91410100MA40CD099K' }),
    });
    expect(other.applyForMerchant.code).toBe('CREDIT_CODE_TAKEN');
    const again = await applicant.query(APPLY, { input: application({ name: '老城区糕点铺（重新申请）', creditCode: '91410100MA40CD099K' }) });
    expect(again.applyForMerchant.merchant).toMatchObject({ id, status: 'PENDING', name: '老城区糕点铺（重新申请）' });
    const trail = await env.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, decodeGlobalId(id).id))
      .orderBy(auditEvents.id);
    expect(trail.map((e) => e.action)).toEqual(['merchant.applied', 'merchant.rejected', 'merchant.reapplied']);
  });
});

describe('merchants manage their staff and stores', () => {
  const ADD_STAFF = /* GraphQL */ `
    mutation AddStaff($input: MerchantStaffInput!) {
      addMerchantStaff(input: $input) {
        __typename
        ... on AddMerchantStaffSuccess { merchant { id name } }
        ... on InputValidationError { fieldErrors { field code } }
        ... on Error { code }
      }
    }
  `;
  const ADD_STORE = /* GraphQL */ `
    mutation AddStore($input: AddMerchantStoreInput!) {
      addMerchantStore(input: $input) {
        __typename
        ... on AddMerchantStoreSuccess { store { id name region { name } merchant { name } } }
        ... on InputValidationError { fieldErrors { field code } }
      }
    }
  `;

  it('adds a colleague by phone, who can then verify codes at the counter', async () => {
    const owner = await env.as(merchantStaff.checkupJianxi);
    const merchant = await merchantOf(owner);
    const added = await owner.query(ADD_STAFF, { input: { merchant: merchant.id, phone: demo.memberWu } });
    expect(added.addMerchantStaff.merchant).toEqual({ id: merchant.id, name: '涧西区职工健康体检中心' });
    const roles = await (await env.as(demo.memberWu)).query(ME_ROLES);
    expect(roles.me.roles).toContainEqual({ role: 'MERCHANT_STAFF', organizationId: decodeGlobalId(merchant.id).id });
    expect((await owner.query(ADD_STAFF, { input: { merchant: merchant.id, phone: demo.memberWu } })).addMerchantStaff.code).toBe(
      'ROLE_ALREADY_GRANTED',
    );
    expect((await owner.query(ADD_STAFF, { input: { merchant: merchant.id, phone: '13311112222' } })).addMerchantStaff.fieldErrors).toEqual([
      { field: ['input', 'phone'], code: 'NOT_FOUND' },
    ]);
    const outsider = await env.as(merchantStaff.hotpotZhengzhou);
    expect(
      (await outsider.request(ADD_STAFF, { input: { merchant: merchant.id, phone: demo.memberYang } })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    const offerId = await publishOffer(owner, await env.as(demo.jianxiStaff), { title: '新同事核销测试', category: 'MEDICAL_CHECKUP' });
    const claimed = await (await env.as(demo.memberWang)).query(CLAIM, { input: { offer: offerId } });
    const colleague = await env.as(demo.memberWu);
    const redeemed = await colleague.query(REDEEM, { input: { code: claimed.claimOffer.claim.code, store: merchant.stores[0]!.id } });
    expect(redeemed.redeemCode.__typename).toBe('RedeemCodeSuccess');

    const STAFF = `query($id: ID!) { node(id: $id) { ... on Merchant { staff { displayName phone } } } }`;
    expect((await owner.query(STAFF, { id: merchant.id })).node.staff.map((s: { phone: string }) => s.phone)).toEqual([
      merchantStaff.checkupJianxi,
      demo.memberWu,
    ]);
    const REMOVE = /* GraphQL */ `
      mutation Remove($input: MerchantStaffInput!) {
        removeMerchantStaff(input: $input) { __typename ... on InvalidTransition { code fromState toState } ... on Error { code } }
      }
    `;
    expect((await owner.query(REMOVE, { input: { merchant: merchant.id, phone: demo.memberWu } })).removeMerchantStaff.__typename).toBe(
      'RemoveMerchantStaffSuccess',
    );
    expect((await colleague.request(REDEEM, { input: { code: 'ABCDEFGH', store: merchant.stores[0]!.id } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );
    const last = await owner.query(REMOVE, { input: { merchant: merchant.id, phone: merchantStaff.checkupJianxi } });
    expect(last.removeMerchantStaff).toMatchObject({ code: 'INVALID_TRANSITION', fromState: 'last_staff', toState: 'removed' });
    expect((await outsider.request(STAFF, { id: merchant.id })).data.node.staff).toBeNull();
  });

  it('adds a store in a city or district, not in a grassroots union', async () => {
    const owner = await env.as(merchantStaff.checkupJianxi);
    const merchant = await merchantOf(owner);
    const store = {
      name: '体检中心·洛龙分部',
      address: '洛阳市洛龙区开元大道200号',
      region: await unionGlobalId(env, '410311'),
      location: { latitude: 34.6195, longitude: 112.4537 },
    };
    const added = await owner.query(ADD_STORE, { input: { merchant: merchant.id, store } });
    expect(added.addMerchantStore.store).toMatchObject({
      name: '体检中心·洛龙分部',
      region: { name: '洛阳市洛龙区总工会' },
      merchant: { name: '涧西区职工健康体检中心' },
    });
    const grassroots = await owner.query(ADD_STORE, {
      input: { merchant: merchant.id, store: { ...store, region: await unionGlobalId(env, 'G410311001') } },
    });
    expect(grassroots.addMerchantStore.fieldErrors).toEqual([{ field: ['input', 'store', 'union'], code: 'NOT_A_REGION' }]);
    const badPoint = await owner.query(ADD_STORE, {
      input: { merchant: merchant.id, store: { ...store, location: { latitude: 95, longitude: 112 } } },
    });
    expect(badPoint.addMerchantStore.__typename).toBe('InputValidationError');
    expect((await merchantOf(owner)).stores).toHaveLength(2);
  });
});
