import { executeRows, offers, offerStores, type Database } from '@huigong/db';
import { offerSearchColumns } from '@huigong/db/offers/search-text';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { NotFound } from '../common/not-found.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { assertStep, merchantOperations, offerLifecycle, type OfferAction, type OfferStatus } from './lifecycle.ts';
import type { BenefitCategory } from './merchants.service.ts';

export type OfferRow = typeof offers.$inferSelect;
export type OfferKind = OfferRow['kind'];
export type { OfferStatus };
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
  assertStep(merchantOperations, merchant.status, 'createOffer', '商家尚未通过审核，不能发布优惠');
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

/** The terms a member holds a code for: once anyone has claimed or bought, these stay as they were. */
const HELD_TERMS = [
  ['kind', 'kind'],
  ['percentPaid', 'percentPaid'],
  ['minSpendFen', 'minSpend'],
  ['reductionFen', 'reduction'],
  ['regularPriceFen', 'regularPrice'],
  ['memberPriceFen', 'memberPrice'],
] as const;

/**
 * Replaces the content of a draft (a new one, or one a reviewer sent back) or of a paused offer.
 * A paused offer goes back to draft and needs review again before members see it. Members who
 * already claimed keep what they hold: the kind and amounts cannot change and no store can be
 * removed once there are claims, and stock already taken stays taken.
 */
export async function updateOffer(db: Database, actorUserId: string, offerId: string, input: Omit<OfferInput, 'merchantId'>) {
  checkKindTerms({ ...input, merchantId: '' });
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(offers).where(eq(offers.id, offerId)).for('update');
    if (!current) throw new NotFound('优惠');
    assertStep(offerLifecycle, current.status, 'edit', '只能修改草稿或已暂停的优惠');
    const { merchant, stores } = await loadMerchantForOffer(tx, current.merchantId, input.storeIds);
    const columns = offerColumns(input, merchant.name, stores);
    // What is held by members: stock reserved or taken, counted under the row lock (a paused or
    // draft offer takes no new claims; returns wait for this lock).
    const [held] = await executeRows<{ holding: number; ever: boolean }>(
      tx,
      sql`select
            (select count(*)::int from offer_claims where offer_id = ${offerId} and status in ('active', 'redeemed'))
            + (select count(*)::int from voucher_purchases where offer_id = ${offerId} and status = 'pending_payment') as holding,
            exists (select 1 from offer_claims where offer_id = ${offerId})
            or exists (select 1 from voucher_purchases where offer_id = ${offerId}) as ever`,
    );
    if (held?.ever) {
      for (const [column, field] of HELD_TERMS) {
        if (columns[column] !== current[column]) {
          throw fieldError(['input', field], 'HELD_BY_MEMBERS', '已有会员领取或购买，不能更改优惠方式与金额');
        }
      }
      const before = await tx.select({ storeId: offerStores.storeId }).from(offerStores).where(eq(offerStores.offerId, offerId));
      if (before.some((s) => !input.storeIds.includes(s.storeId))) {
        throw fieldError(['input', 'stores'], 'HELD_BY_MEMBERS', '已有会员领取或购买，不能移除原有门店');
      }
    }
    const taken = current.stockTotal === null ? (held?.holding ?? 0) : current.stockTotal - current.stockRemaining!;
    if (columns.stockTotal !== null && columns.stockTotal < taken) {
      throw fieldError(['input', 'stock'], 'BELOW_TAKEN', `库存不能少于已领取或预留的 ${taken} 份`);
    }
    const [offer] = await tx
      .update(offers)
      .set({
        ...columns,
        stockRemaining: columns.stockTotal === null ? null : columns.stockTotal - taken,
        status: offerLifecycle.actions.edit.to,
      })
      .where(and(eq(offers.id, offerId), inArray(offers.status, offerLifecycle.from('edit'))))
      .returning();
    // The row is locked FOR UPDATE above, so its state cannot have moved since the check.
    if (!offer) throw new Error('updateOffer: the locked offer changed state');
    await tx.delete(offerStores).where(eq(offerStores.offerId, offerId));
    await tx.insert(offerStores).values(stores.map((s) => ({ offerId, storeId: s.id })));
    await recordAudit(tx, {
      actorUserId,
      action: 'offer.updated',
      subjectType: 'offer',
      subjectId: offerId,
      fromState: current.status,
      toState: 'draft',
    });
    return offer;
  });
}

/** The lifecycle steps transitionOffer takes (editing is updateOffer's). */
export type OfferStep = Exclude<OfferAction, 'edit'>;

/**
 * Moves an offer along its lifecycle with a conditional UPDATE: the state it leaves is part of the
 * WHERE clause, so a concurrent change makes this one fail cleanly instead of overwriting it.
 */
export async function transitionOffer(
  db: Database,
  actorUserId: string,
  input: { offerId: string; action: OfferStep; reason?: string | null },
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: offers.status })
      .from(offers)
      .where(eq(offers.id, input.offerId))
      .for('update');
    if (!before) throw new NotFound('优惠');
    const to = offerLifecycle.assert(before.status, input.action);
    const [updated] = await tx
      .update(offers)
      .set({
        status: to,
        ...(input.action === 'approve' && { publishedAt: new Date(), reviewNote: input.reason ?? null }),
        ...(input.action === 'reject' && { reviewNote: input.reason ?? null }),
      })
      .where(and(eq(offers.id, input.offerId), inArray(offers.status, offerLifecycle.from(input.action))))
      .returning();
    if (!updated) throw new Error('transitionOffer: the locked offer changed state');
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
