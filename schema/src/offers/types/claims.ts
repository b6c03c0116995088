import { scopesFor } from '../../scopes.ts';
import { builder } from '../../builder.ts';
import { fen, MoneyRef } from '../../common/money.ts';
import { found } from '../../common/reload.ts';
import { viewerCanType } from '../../common/transitions.ts';
import { qrPayload } from '../codes.ts';
import { claimLifecycle, voucherPurchaseLifecycle, type ClaimStatus as ClaimStatusValue } from '../lifecycle.ts';
import { ClaimStatus, VoucherPurchaseStatus } from './enums.ts';

/** An active claim past its expiry has expired, whether or not the sweeper has marked it yet. */
const effectiveClaimStatus = (claim: { status: ClaimStatusValue; expiresAt: Date }, now = new Date()): ClaimStatusValue =>
  claim.status === 'active' && claim.expiresAt <= now ? 'expired' : claim.status;

export const OfferClaimViewerCanRef = viewerCanType('OfferClaimViewerCan', {
  cancel: '可取消这份领取，名额退回（本人，未使用、未过期的普通领取）。',
  refund: '可为这张预付券退款（本人，已付款且未使用、未过期）。',
});

export const VoucherPurchaseViewerCanRef = viewerCanType('VoucherPurchaseViewerCan', {
  pay: '可继续在 Stripe 支付页付款（本人，待支付时）。',
  cancel: '可取消订单并释放预留的名额（本人，待支付时）。',
});

export const OfferClaimRef = builder.drizzleNode('offerClaims', {
  name: 'OfferClaim',
  description: '会员领取的一份优惠（卡包中的一项）。会员本人、该商家员工与该商家收银系统（WRITE_REDEMPTIONS 密钥）可见。',
  id: { column: (claim) => claim.id },
  authScopes: (claim) => ({
    ownMember: claim.memberId,
    merchantStaffOf: claim.merchantId,
    $all: { apiScope: 'write_redemptions', apiClientOfMerchant: claim.merchantId },
  }),
  fields: (t) => ({
    offer: t.relation('offer', { description: '领取的优惠。' }),
    status: t.field({
      type: ClaimStatus,
      description: '过期但尚未被系统处理的领取也显示为 EXPIRED。',
      select: { columns: { status: true, expiresAt: true } },
      resolve: (claim) => effectiveClaimStatus(claim),
    }),
    code: t.exposeString('code', {
      nullable: true,
      description: '到店出示或读出的核销码（仅本人可见）。',
      authScopes: (claim) => ({ ownMember: claim.memberId }),
    }),
    qrPayload: t.string({
      nullable: true,
      description: '签名的二维码内容（仅本人可见）。',
      authScopes: (claim) => ({ ownMember: claim.memberId }),
      select: { columns: { code: true, expiresAt: true } },
      resolve: (claim) => qrPayload(claim.code, claim.expiresAt),
    }),
    claimedAt: t.expose('createdAt', { type: 'DateTime', description: '领取时间。' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: '核销码失效时间：领取时间加优惠的 codeValidHours，且不晚于优惠的 validUntil。' }),
    redeemedAt: t.expose('redeemedAt', { type: 'DateTime', nullable: true, description: '在门店核销的时间；未核销为 null。' }),
    redeemedStore: t.relation('redeemedStore', { nullable: true, description: '核销所在的门店；未核销为 null。' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: '会员取消的时间；未取消为 null。' }),
    purchase: t.relation('purchase', { nullable: true, description: '预付券的购买记录；普通领取为空。' }),
    viewerCan: t.field({
      type: OfferClaimViewerCanRef,
      description: '当前查看者此刻可对这份领取进行的操作。',
      select: { columns: { status: true, expiresAt: true, memberId: true }, with: { purchase: { columns: { status: true } } } },
      resolve: (claim, _args, ctx) => {
        const own = scopesFor(ctx).ownMember(claim.memberId);
        const bought = claim.purchase !== null;
        const refundable = bought && voucherPurchaseLifecycle.can(claim.purchase!.status, 'refund');
        const { cancel, refund } = claimLifecycle.viewerCan(effectiveClaimStatus(claim), {
          cancel: own && !bought,
          refund: own && refundable,
        });
        return { cancel, refund };
      },
    }),
  }),
});

export const VoucherPurchaseRef = builder.drizzleNode('voucherPurchases', {
  name: 'VoucherPurchase',
  description: '预付券购买（通过 Stripe 支付）。仅购买的会员本人可见。',
  id: { column: (purchase) => purchase.id },
  authScopes: (purchase) => ({ ownMember: purchase.memberId }),
  fields: (t) => ({
    offer: t.relation('offer', { description: '购买的预付券优惠。' }),
    status: t.expose('status', { type: VoucherPurchaseStatus, description: '支付状态。' }),
    amount: t.field({
      type: MoneyRef,
      description: '支付金额。',
      select: { columns: { amountFen: true } },
      resolve: (p) => fen(p.amountFen),
    }),
    faceValue: t.field({
      type: MoneyRef,
      description: '券面值。',
      select: { columns: { faceValueFen: true } },
      resolve: (p) => fen(p.faceValueFen),
    }),
    reservedUntil: t.expose('reservedUntil', { type: 'DateTime', description: '库存预留截止时间。' }),
    checkoutUrl: t.string({
      nullable: true,
      description: '待支付时 Stripe 支付页的地址（可继续支付）；其他状态为空。',
      select: { columns: { checkoutUrl: true, status: true } },
      resolve: (p) => (p.status === 'pending_payment' ? p.checkoutUrl : null),
    }),
    paidAt: t.expose('paidAt', { type: 'DateTime', nullable: true, description: 'Stripe 确认付款的时间；未付款为 null。' }),
    refundedAt: t.expose('refundedAt', { type: 'DateTime', nullable: true, description: '退款完成的时间；未退款为 null。' }),
    voucher: t.relation('claim', { nullable: true, description: '支付成功后发放的券（含核销码）。' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: '下单时间。' }),
    viewerCan: t.field({
      type: VoucherPurchaseViewerCanRef,
      description: '当前查看者此刻可对这笔购买进行的操作。',
      select: { columns: { status: true, memberId: true, checkoutUrl: true } },
      resolve: (purchase, _args, ctx) => {
        const own = scopesFor(ctx).ownMember(purchase.memberId);
        const { pay, cancel } = voucherPurchaseLifecycle.viewerCan(purchase.status, {
          pay: own && purchase.checkoutUrl !== null,
          cancel: own,
        });
        return { pay, cancel };
      },
    }),
  }),
});

export const VoucherCheckoutRef = builder.objectRef<{ purchaseId: string; checkoutUrl: string }>('VoucherCheckout').implement({
  description: '开始支付：把会员带到 checkoutUrl（Stripe 托管的支付页）；券在支付成功的 webhook 到达后发放。',
  authScopes: { member: true },
  fields: (t) => ({
    purchase: t.drizzleField({
      type: 'voucherPurchases',
      description: '这次支付的购买记录，状态为 PENDING_PAYMENT，库存已预留到 reservedUntil。',
      resolve: (query, checkout, _args, ctx) =>
        found(ctx.db.query.voucherPurchases.findFirst(query({ where: { id: checkout.purchaseId } })), '购买记录'),
    }),
    checkoutUrl: t.exposeString('checkoutUrl', { description: 'Stripe Checkout 支付页地址。' }),
  }),
});
