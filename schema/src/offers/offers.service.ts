import { offers, offerStores, type Database } from '@huigong/db';
import { offerSearchColumns } from '@huigong/db/offers/search-text';
import { and, eq, inArray } from 'drizzle-orm';
import { NotFound } from '../accounts/accounts.service.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { InvalidState } from './errors.ts';
import type { BenefitCategory } from './merchants.service.ts';

export type OfferRow = typeof offers.$inferSelect;
export type OfferKind = OfferRow['kind'];
export type OfferStatus = OfferRow['status'];
export type OfferAudience = OfferRow['audience'];


export interface OfferInput {
  merchantId: string;
  title: string;
  description: string;
  terms?: string | null;
  category: BenefitCategory;
  kind: OfferKind;
  percentPaid?: number | null;
  minSpendFen?: number | null;
  reductionFen?: number | null;
  regularPriceFen?: number | null;
  memberPriceFen?: number | null;
  validFrom: Date;
  validUntil: Date;
  stock?: number | null;
  perMemberLimit?: number | null;
  perMemberDailyLimit?: number | null;
  codeValidHours?: number | null;
  audience: OfferAudience;
  audienceUnionId?: string | null;
  storeIds: string[];
}

/** The terms each kind needs, named by input field so the client can point at the right box. */
function checkKindTerms(input: OfferInput) {
  const need = (value: number | null | undefined, field: string, message: string) => {
    if (value == null) throw fieldError(['input', field], 'REQUIRED', message);
  };
  switch (input.kind) {
    case 'percentage_off':
      need(input.percentPaid, 'percentPaid', '折扣优惠须填写折扣（如 85 表示 8.5 折）');
      break;
    case 'amount_off':
      need(input.minSpendFen, 'minSpend', '满减优惠须填写门槛金额');
      need(input.reductionFen, 'reduction', '满减优惠须填写减免金额');
      if (input.reductionFen! >= input.minSpendFen!) {
        throw fieldError(['input', 'reduction'], 'TOO_BIG', '减免金额须小于门槛金额');
      }
      break;
    case 'member_price':
    case 'prepaid_voucher':
      need(input.regularPriceFen, 'regularPrice', '须填写原价或券面值');
      need(input.memberPriceFen, 'memberPrice', '须填写会员价或售价');
      if (input.memberPriceFen! >= input.regularPriceFen!) {
        throw fieldError(['input', 'memberPrice'], 'TOO_BIG', '会员价须低于原价');
      }
      break;
  }
  if (input.validUntil <= input.validFrom) {
    throw fieldError(['input', 'validUntil'], 'BEFORE_START', '结束时间须晚于开始时间');
  }
  if (input.audience === 'region' && !input.audienceUnionId) {
    throw fieldError(['input', 'audienceUnion'], 'REQUIRED', '限定地区的优惠须选择地区工会');
  }
}

async function loadMerchantForOffer(tx: Database, merchantId: string, storeIds: string[]) {
  const merchant = await tx.query.merchants.findFirst({
    where: { id: merchantId },
    columns: { id: true, name: true, status: true, unionId: true },
    with: { stores: { columns: { id: true, name: true, address: true } } },
  });
  if (!merchant) throw new NotFound('商家');
  if (merchant.status !== 'approved') throw new InvalidState(merchant.status, '商家尚未通过审核，不能发布优惠');
  const stores = merchant.stores.filter((s) => storeIds.includes(s.id));
  if (stores.length !== new Set(storeIds).size || stores.length === 0) {
    throw fieldError(['input', 'stores'], 'NOT_OWN_STORE', '请选择本商家的门店');
  }
  return { merchant, stores };
}

/** The columns an offer input sets; the terms of other kinds are cleared so a row never mixes kinds. */
function offerColumns(input: Omit<OfferInput, 'merchantId' | 'storeIds'>, merchantName: string, stores: { name: string; address: string }[]) {
  const priced = input.kind === 'member_price' || input.kind === 'prepaid_voucher';
  return {
    title: input.title,
    description: input.description,
    terms: input.terms ?? null,
    category: input.category,
    kind: input.kind,
    percentPaid: input.kind === 'percentage_off' ? input.percentPaid! : null,
    minSpendFen: input.kind === 'amount_off' ? input.minSpendFen! : null,
    reductionFen: input.kind === 'amount_off' ? input.reductionFen! : null,
    regularPriceFen: priced ? input.regularPriceFen! : null,
    memberPriceFen: priced ? input.memberPriceFen! : null,
    validFrom: input.validFrom,
    validUntil: input.validUntil,
    // Only drafts are written here, and a draft has no claims: remaining stock is the total.
    stockTotal: input.stock ?? null,
    stockRemaining: input.stock ?? null,
    perMemberLimit: input.perMemberLimit ?? null,
    perMemberDailyLimit: input.perMemberDailyLimit ?? null,
    codeValidHours: input.codeValidHours ?? 72,
    audience: input.audience,
    audienceUnionId: input.audience === 'region' ? input.audienceUnionId! : null,
    ...offerSearchColumns({
      title: input.title,
      description: input.description,
      merchantName,
      category: input.category,
      stores,
    }),
  };
}

/** Creates a draft offer of an approved merchant, valid at some of its stores. */
export async function createOffer(db: Database, actorUserId: string, input: OfferInput) {
  checkKindTerms(input);
  return db.transaction(async (tx) => {
    const { merchant, stores } = await loadMerchantForOffer(tx, input.merchantId, input.storeIds);
    const [offer] = await tx
      .insert(offers)
      .values({ merchantId: merchant.id, unionId: merchant.unionId, ...offerColumns(input, merchant.name, stores) })
      .returning();
    if (!offer) throw new Error('insert into offers returned no row');
    await tx.insert(offerStores).values(stores.map((s) => ({ offerId: offer.id, storeId: s.id })));
    await recordAudit(tx, {
      actorUserId,
      action: 'offer.created',
      subjectType: 'offer',
      subjectId: offer.id,
      toState: 'draft',
    });
    return offer;
  });
}

/**
 * Replaces the content of a draft (a new one, or one a reviewer sent back). Published offers are
 * not edited in place: members claimed them on the terms they saw.
 */
export async function updateOffer(db: Database, actorUserId: string, offerId: string, input: Omit<OfferInput, 'merchantId'>) {
  checkKindTerms({ ...input, merchantId: '' });
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: offers.status, merchantId: offers.merchantId })
      .from(offers)
      .where(eq(offers.id, offerId))
      .for('update');
    if (!current) throw new NotFound('优惠');
    if (current.status !== 'draft') throw new InvalidState(current.status, '只能修改草稿状态的优惠');
    const { merchant, stores } = await loadMerchantForOffer(tx, current.merchantId, input.storeIds);
    const [offer] = await tx
      .update(offers)
      .set(offerColumns(input, merchant.name, stores))
      .where(and(eq(offers.id, offerId), eq(offers.status, 'draft')))
      .returning();
    if (!offer) throw new InvalidState('unknown', '只能修改草稿状态的优惠');
    await tx.delete(offerStores).where(eq(offerStores.offerId, offerId));
    await tx.insert(offerStores).values(stores.map((s) => ({ offerId, storeId: s.id })));
    await recordAudit(tx, { actorUserId, action: 'offer.updated', subjectType: 'offer', subjectId: offerId });
    return offer;
  });
}

export type OfferAction = 'submit' | 'approve' | 'reject' | 'pause' | 'resume' | 'end';

/** The lifecycle: which states each action may start from, and where it leads. */
const transitions: Record<OfferAction, { from: OfferStatus[]; to: OfferStatus }> = {
  submit: { from: ['draft'], to: 'pending_review' },
  approve: { from: ['pending_review'], to: 'published' },
  reject: { from: ['pending_review'], to: 'draft' },
  pause: { from: ['published'], to: 'paused' },
  resume: { from: ['paused'], to: 'published' },
  end: { from: ['draft', 'pending_review', 'published', 'paused'], to: 'ended' },
};

/**
 * Moves an offer along its lifecycle with a conditional UPDATE: the state it leaves is part of the
 * WHERE clause, so a concurrent change makes this one fail cleanly instead of overwriting it.
 */
export async function transitionOffer(
  db: Database,
  actorUserId: string,
  input: { offerId: string; action: OfferAction; reason?: string | null },
) {
  const { from, to } = transitions[input.action];
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: offers.status })
      .from(offers)
      .where(eq(offers.id, input.offerId))
      .for('update');
    if (!before) throw new NotFound('优惠');
    const [updated] = await tx
      .update(offers)
      .set({
        status: to,
        ...(input.action === 'approve' && { publishedAt: new Date(), reviewNote: input.reason ?? null }),
        ...(input.action === 'reject' && { reviewNote: input.reason ?? null }),
      })
      .where(and(eq(offers.id, input.offerId), inArray(offers.status, from)))
      .returning();
    if (!updated) throw new InvalidState(before.status, `优惠当前状态（${before.status}）不允许此操作`);
    await recordAudit(tx, {
      actorUserId,
      action: `offer.${input.action}`,
      subjectType: 'offer',
      subjectId: updated.id,
      fromState: before.status,
      toState: to,
      reason: input.reason ?? null,
    });
    return updated;
  });
}

/** An offer is claimable while published and inside its window; past the window it has ended on its own. */
export function effectiveStatus(offer: Pick<OfferRow, 'status' | 'validUntil'>, now = new Date()): OfferStatus {
  if ((offer.status === 'published' || offer.status === 'paused') && offer.validUntil <= now) return 'ended';
  return offer.status;
}
