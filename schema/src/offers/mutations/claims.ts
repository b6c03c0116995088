import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { found } from '../../common/reload.ts';
import { requireViewer } from '../../common/viewer.ts';
import { requireMember } from '../access.ts';
import { cancelClaim, claimOffer } from '../claims.service.ts';
import { ClaimNotCancellable, LimitReached, NotEligible, OfferNotActive, OfferSoldOut, PaymentRequired } from '../errors.ts';
import { OfferClaimRef } from '../types/claims.ts';
import { OfferRef } from '../types/offers.ts';

const ClaimOfferInput = builder.inputType('ClaimOfferInput', {
  description: '领取一份优惠。',
  fields: (t) => ({ offer: t.globalID({ required: true, for: [OfferRef], description: '已发布的优惠（预付券须用 purchaseVoucher）。' }) }),
});

builder.mutationField('claimOffer', (t) =>
  t.drizzleField({
    type: 'offerClaims',
    description: '会员领取优惠，得到核销码。库存与限领在数据库中原子地判定。',
    nullable: true,
    authScopes: { member: true },
    args: { input: t.arg({ type: ClaimOfferInput, required: true }) },
    errors: {
      types: [InputValidationError, NotFound, OfferNotActive, NotEligible, OfferSoldOut, LimitReached, PaymentRequired],
      dataField: { name: 'claim' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      const claim = await claimOffer(ctx.db, requireViewer(ctx).userId, requireMember(ctx), input.offer.id);
      return found(ctx.db.query.offerClaims.findFirst(query({ where: { id: claim.id } })), '领取');
    },
  }),
);

const CancelClaimInput = builder.inputType('CancelClaimInput', {
  description: '取消本人的一份领取。',
  fields: (t) => ({ claim: t.globalID({ required: true, for: [OfferClaimRef], description: '本人未使用、未过期的领取。' }) }),
});

builder.mutationField('cancelClaim', (t) =>
  t.drizzleField({
    type: 'offerClaims',
    description: '会员取消未使用的领取，库存退回。',
    nullable: true,
    authScopes: { member: true },
    args: { input: t.arg({ type: CancelClaimInput, required: true }) },
    errors: { types: [InputValidationError, ClaimNotCancellable], dataField: { name: 'claim' } },
    resolve: async (query, _root, { input }, ctx) => {
      const claim = await cancelClaim(ctx.db, requireViewer(ctx).userId, requireMember(ctx).id, input.claim.id);
      return found(ctx.db.query.offerClaims.findFirst(query({ where: { id: claim.id } })), '领取');
    },
  }),
);
