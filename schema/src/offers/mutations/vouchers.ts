import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { InvalidTransition } from '../../common/transitions.ts';
import { requireViewer } from '../../common/viewer.ts';
import { requireMember } from '../access.ts';
import {
  InvalidState,
  LimitReached,
  NotEligible,
  OfferNotActive,
  OfferSoldOut,
  PaymentProviderError,
  PaymentsNotConfigured,
  VoucherNotRefundable,
} from '../errors.ts';
import { storefrontReturnUrls } from '../stripe.ts';
import { OfferClaimRef, VoucherCheckoutRef, VoucherPurchaseRef } from '../types/claims.ts';
import { OfferRef } from '../types/offers.ts';
import { cancelVoucherPurchase, purchaseVoucher, refundVoucher } from '../vouchers.service.ts';

const PurchaseVoucherInput = builder.inputType('PurchaseVoucherInput', {
  description: '购买一张预付券（prepaid voucher）。',
  fields: (t) => ({ offer: t.globalID({ required: true, for: [OfferRef], description: 'kind 为 PREPAID_VOUCHER 的已发布优惠。' }) }),
});

builder.mutationField('purchaseVoucher', (t) =>
  t.field({
    type: VoucherCheckoutRef,
    description: '购买预付券：预留库存并创建 Stripe Checkout 支付页（人民币，以分计）。',
    nullable: true,
    authScopes: { member: true },
    args: { input: t.arg({ type: PurchaseVoucherInput, required: true }) },
    errors: {
      types: [
        InputValidationError,
        NotFound,
        InvalidTransition,
        InvalidState,
        OfferNotActive,
        NotEligible,
        OfferSoldOut,
        LimitReached,
        PaymentsNotConfigured,
        PaymentProviderError,
      ],
      dataField: { name: 'checkout' },
    },
    resolve: async (_root, { input }, ctx) => {
      const base = ctx.publicBaseUrl;
      if (!base) throw new PaymentsNotConfigured();
      const started = await purchaseVoucher(ctx.db, requireMember(ctx), input.offer.id, storefrontReturnUrls(base));
      return { purchaseId: started.purchase.id, checkoutUrl: started.checkoutUrl };
    },
  }),
);

const CancelVoucherPurchaseInput = builder.inputType('CancelVoucherPurchaseInput', {
  description: '取消本人待支付的预付券订单。',
  fields: (t) => ({ purchase: t.globalID({ required: true, for: [VoucherPurchaseRef], description: '本人待支付（PENDING_PAYMENT）的购买记录。' }) }),
});

builder.mutationField('cancelVoucherPurchase', (t) =>
  t.drizzleField({
    type: 'voucherPurchases',
    description: '放弃待支付的购买：先让 Stripe 支付页失效，再释放预留的库存；已付款的保持待确认，由 webhook 发券。',
    nullable: true,
    authScopes: { member: true },
    args: { input: t.arg({ type: CancelVoucherPurchaseInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFound, PaymentsNotConfigured, PaymentProviderError],
      dataField: { name: 'purchase' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const purchase = await cancelVoucherPurchase(ctx.db, requireViewer(ctx).userId, requireMember(ctx).id, input.purchase.id);
      return found(ctx.db.query.voucherPurchases.findFirst(query({ where: { id: purchase.id } })), '购买记录');
    },
  }),
);

const RefundVoucherInput = builder.inputType('RefundVoucherInput', {
  description: '为本人已付款、未使用的预付券退款。',
  fields: (t) => ({ voucher: t.globalID({ required: true, for: [OfferClaimRef], description: '要退款的券。' }) }),
});

builder.mutationField('refundVoucher', (t) =>
  t.drizzleField({
    type: 'offerClaims',
    description: '为未使用的预付券退款；退款成功后库存退回。',
    nullable: true,
    authScopes: { member: true },
    args: { input: t.arg({ type: RefundVoucherInput, required: true }) },
    errors: {
      types: [InputValidationError, VoucherNotRefundable, PaymentsNotConfigured, PaymentProviderError],
      dataField: { name: 'voucher' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const claimId = await refundVoucher(ctx.db, requireViewer(ctx).userId, requireMember(ctx).id, input.voucher.id);
      return found(ctx.db.query.offerClaims.findFirst(query({ where: { id: claimId } })), '券');
    },
  }),
);
