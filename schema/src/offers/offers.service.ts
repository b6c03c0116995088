import { offers, offerStores, type Database } from '@huigong/db';
import { offerSearchText } from '@huigong/db/offers/search-text';
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

/** Creates a draft offer of an approved merchant, valid at some of its stores. */
export async function createOffer(db: Database, actorUserId: string, input: OfferInput) {
  checkKindTerms(input);
  return db.transaction(async (tx) => {
    const merchant = await tx.query.merchants.findFirst({
      where: { id: input.merchantId },
      columns: { id: true, name: true, status: true, unionId: true },
      with: { stores: { columns: { id: true, name: true, address: true } } },
    });
    if (!merchant) throw new NotFound('商家');
    if (merchant.status !== 'approved') throw new InvalidState(merchant.status, '商家尚未通过审核，不能发布优惠');
    const stores = merchant.stores.filter((s) => input.storeIds.includes(s.id));
    if (stores.length !== new Set(input.storeIds).size || stores.length === 0) {
      throw fieldError(['input', 'stores'], 'NOT_OWN_STORE', '请选择本商家的门店');
    }
    const searchText = offerSearchText({
      title: input.title,
      description: input.description,
      merchantName: merchant.name,
      category: input.category,
      stores,
    });
    const [offer] = await tx
      .insert(offers)
      .values({
        merchantId: merchant.id,
        unionId: merchant.unionId,
        title: input.title,
        description: input.description,
        terms: input.terms ?? null,
        category: input.category,
        kind: input.kind,
        percentPaid: input.kind === 'percentage_off' ? input.percentPaid! : null,
        minSpendFen: input.kind === 'amount_off' ? input.minSpendFen! : null,
        reductionFen: input.kind === 'amount_off' ? input.reductionFen! : null,
        regularPriceFen: input.kind === 'member_price' || input.kind === 'prepaid_voucher' ? input.regularPriceFen! : null,
        memberPriceFen: input.kind === 'member_price' || input.kind === 'prepaid_voucher' ? input.memberPriceFen! : null,
        validFrom: input.validFrom,
        validUntil: input.validUntil,
        stockTotal: input.stock ?? null,
        stockRemaining: input.stock ?? null,
        perMemberLimit: input.perMemberLimit ?? null,
        perMemberDailyLimit: input.perMemberDailyLimit ?? null,
        ...(input.codeValidHours != null && { codeValidHours: input.codeValidHours }),
        audience: input.audience,
        audienceUnionId: input.audience === 'region' ? input.audienceUnionId! : null,
        searchText,
      })
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
