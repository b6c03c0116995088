import { auditEvents, offers } from '@huigong/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalId, type GraphQLClient } from '../support/graphql.ts';
import { demo } from '../support/demo.ts';
import { createTestEnvironment, type TestEnvironment } from '../support/environment.ts';
import { CLAIM, CREATE_OFFER, merchantOf, merchantStaff, REVIEW_OFFER, SUBMIT_OFFER } from './fixtures.ts';

// viewerCan answers, from the same lifecycle tables the services enforce, which buttons the
// storefront shows: it changes with the state and with who asks, and a refused step is an
// InvalidTransition that writes nothing.

const OFFER_CAN = /* GraphQL */ `
  query OfferCan($id: ID!) {
    node(id: $id) { ... on Offer { status viewerCan { edit submit approve reject pause resume end claim purchase } } }
  }
`;
const MERCHANT_CAN = /* GraphQL */ `
  query MerchantCan($id: ID!) {
    node(id: $id) { ... on Merchant { status viewerCan { approve reject reapply createOffer addStaff redeem } } }
  }
`;
const CLAIM_CAN = /* GraphQL */ `
  query ClaimCan($id: ID!) { node(id: $id) { ... on OfferClaim { status viewerCan { cancel refund } } } }
`;
const STEP = (name: string) => /* GraphQL */ `
  mutation Step($input: OfferActionInput!) {
    ${name}(input: $input) {
      __typename
      ... on InvalidTransition { code message fromState toState }
      ... on Error { code }
    }
  }
`;
const CANCEL = /* GraphQL */ `
  mutation Cancel($input: CancelClaimInput!) {
    cancelClaim(input: $input) { __typename ... on CancelClaimSuccess { claim { id status viewerCan { cancel } } } ... on Error { code } }
  }
`;
const APPLICATIONS = /* GraphQL */ `
  query Applications { merchantApplications(first: 50) { nodes { id name status viewerCan { approve reject createOffer } } } }
`;

const NONE = { edit: false, submit: false, approve: false, reject: false, pause: false, resume: false, end: false, claim: false, purchase: false };

/** A draft discount of the signed-in merchant staff's merchant, valid now at all its stores. */
async function draftOffer(staff: GraphQLClient, title: string): Promise<string> {
  const merchant = await merchantOf(staff);
  const created = await staff.query(CREATE_OFFER, {
    input: {
      merchant: merchant.id,
      title,
      description: '检查 viewerCan 与被拒绝操作的折扣优惠。',
      category: 'DINING',
      kind: 'PERCENTAGE_OFF',
      percentPaid: 90,
      validFrom: new Date(Date.now() - 3_600_000).toISOString(),
      validUntil: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      stores: merchant.stores.map((s) => s.id),
    },
  });
  return created.createOffer.offer.id as string;
}

let env: TestEnvironment;
beforeAll(async () => {
  env = await createTestEnvironment();
});
afterAll(async () => {
  await env?.close();
});

describe('viewerCan on offers', () => {
  it('follows the lifecycle and the viewer: staff run it, the region reviews it, members claim it, others see nothing', async () => {
    const staff = await env.as(merchantStaff.hotpotLuoyang);
    const reviewer = await env.as(demo.luoyangStaff);
    const otherRegion = await env.as(demo.zhengzhouStaff);
    const otherMerchant = await env.as(merchantStaff.hotpotZhengzhou);
    const member = await env.as(demo.memberWang);
    const id = await draftOffer(staff, '按钮测试 9 折');
    /** The viewer's flags, or the refusal code when the offer is not theirs to see. */
    const can = async (client: GraphQLClient) => {
      const result = await client.request(OFFER_CAN, { id });
      return result.errors?.length ? result.errors[0]!.extensions?.code : result.data.node.viewerCan;
    };

    // Draft: the merchant's staff edit, submit or end it; the reviewer has nothing to decide yet.
    expect(await can(staff)).toEqual({ ...NONE, edit: true, submit: true, end: true });
    expect(await can(reviewer)).toEqual(NONE);
    expect(await can(otherMerchant)).toBe('FORBIDDEN'); // a draft is not theirs to see

    await staff.query(SUBMIT_OFFER, { input: { offer: id } });
    expect(await can(staff)).toEqual({ ...NONE, end: true });
    expect(await can(reviewer)).toEqual({ ...NONE, approve: true, reject: true });
    expect(await can(otherRegion)).toBe('FORBIDDEN');

    await reviewer.query(REVIEW_OFFER, { input: { id, approve: true, reason: '内容合规，同意发布' } });
    expect(await can(staff)).toEqual({ ...NONE, pause: true, end: true });
    expect(await can(reviewer)).toEqual(NONE);
    expect(await can(member)).toEqual({ ...NONE, claim: true });
    expect(await can(otherMerchant)).toEqual(NONE);
    expect(await can(env.anonymous)).toEqual(NONE);

    await staff.query(STEP('pauseOffer'), { input: { offer: id } });
    expect(await can(staff)).toEqual({ ...NONE, edit: true, resume: true, end: true });
    expect(await can(member)).toEqual(NONE);
  });

  it('refuses a step the state does not allow with InvalidTransition, writing nothing', async () => {
    const staff = await env.as(merchantStaff.hotpotLuoyang);
    const id = await draftOffer(staff, '拒绝测试 8 折');
    const rowId = decodeGlobalId(id).id;
    expect((await staff.query(OFFER_CAN, { id })).node.viewerCan.pause).toBe(false);
    const before = await env.db.select().from(offers).where(eq(offers.id, rowId));
    const auditBefore = await env.db.select().from(auditEvents).where(eq(auditEvents.subjectId, rowId));

    const refused = await staff.query(STEP('pauseOffer'), { input: { offer: id } });
    expect(refused.pauseOffer).toMatchObject({
      __typename: 'InvalidTransition',
      code: 'INVALID_TRANSITION',
      fromState: 'draft',
      toState: 'paused',
    });
    expect(refused.pauseOffer.message).toContain('草稿');

    expect(await env.db.select().from(offers).where(eq(offers.id, rowId))).toEqual(before);
    expect(await env.db.select().from(auditEvents).where(eq(auditEvents.subjectId, rowId))).toEqual(auditBefore);
  });
});

describe('viewerCan on merchants and claims', () => {
  it('lets the region decide a pending application and the staff of an approved merchant run it', async () => {
    const reviewer = await env.as(demo.luoyangStaff);
    const applicant = await env.as(merchantStaff.carWashApplicant);
    const pending = (await reviewer.query(APPLICATIONS)).merchantApplications.nodes.find(
      (m: { name: string }) => m.name === '涧西区便民洗车行',
    );
    expect(pending.viewerCan).toEqual({ approve: true, reject: true, createOffer: false });
    expect((await applicant.query(MERCHANT_CAN, { id: pending.id })).node.viewerCan).toEqual({
      approve: false,
      reject: false,
      reapply: false,
      createOffer: false,
      addStaff: false,
      redeem: false,
    });

    const staff = await env.as(merchantStaff.hotpotLuoyang);
    const own = await merchantOf(staff);
    expect((await staff.query(MERCHANT_CAN, { id: own.id })).node.viewerCan).toEqual({
      approve: false,
      reject: false,
      reapply: false,
      createOffer: true,
      addStaff: true,
      redeem: true,
    });
    const stranger = await env.as(merchantStaff.hotpotZhengzhou);
    expect((await stranger.query(MERCHANT_CAN, { id: own.id })).node.viewerCan).toEqual({
      approve: false,
      reject: false,
      reapply: false,
      createOffer: false,
      addStaff: false,
      redeem: false,
    });
  });

  it('lets the member cancel an active claim, nobody else, and nobody once it is cancelled', async () => {
    const member = await env.as(demo.memberWang);
    const staff = await env.as(merchantStaff.hotpotLuoyang);
    const offer = (await staff.query(`{ myMerchants { offers(first: 20) { nodes { id status title } } } }`)).myMerchants[0].offers.nodes.find(
      (o: { status: string; title: string }) => o.status === 'PUBLISHED' && o.title === '火锅套餐会员 8.5 折',
    );
    const claimed = await member.query(CLAIM, { input: { offer: offer.id } });
    const claimId = claimed.claimOffer.claim.id as string;

    expect((await member.query(CLAIM_CAN, { id: claimId })).node.viewerCan).toEqual({ cancel: true, refund: false });
    // The merchant's staff see the claim (to redeem it) but may not give it back for the member.
    expect((await staff.query(CLAIM_CAN, { id: claimId })).node.viewerCan).toEqual({ cancel: false, refund: false });

    const cancelled = await member.query(CANCEL, { input: { claim: claimId } });
    expect(cancelled.cancelClaim.claim).toMatchObject({ status: 'CANCELLED', viewerCan: { cancel: false } });
    expect((await member.query(CANCEL, { input: { claim: claimId } })).cancelClaim.code).toBe('CLAIM_NOT_CANCELLABLE');
  });
});
