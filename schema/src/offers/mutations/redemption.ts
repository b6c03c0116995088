import { z } from 'zod';
import { builder } from '../../builder.ts';
import { TooManyAttempts } from '../../common/attempt-guard.ts';
import { InputValidationError } from '../../common/errors.ts';
import { found } from '../../common/reload.ts';
import { storeMerchantId } from '../access.ts';
import { codeFromCounterInput } from '../codes.ts';
import { CodeAlreadyRedeemed, CodeExpired, CodeUnknown, WrongMerchant, WrongStore } from '../errors.ts';
import { redeemAtCounter } from '../redemption.service.ts';
import { MerchantStoreRef } from '../types/merchants.ts';

const RedeemCodeInput = builder.inputType('RedeemCodeInput', {
  description: '在门店核销一个核销码（redemption code）。',
  fields: (t) => ({
    code: t.string({ required: true, validate: z.string().trim().min(4).max(200), description: '短码或扫描所得的二维码内容。' }),
    store: t.globalID({ required: true, for: [MerchantStoreRef], description: '核销所在门店。' }),
  }),
});

builder.mutationField('redeemCode', (t) =>
  t.drizzleField({
    type: 'offerClaims',
    description:
      '商家员工在门店核销会员出示的短码或二维码；每个码只能核销一次。绑定该商家的收银系统也可用带 WRITE_REDEMPTIONS 权限的密钥核销。',
    nullable: true,
    args: { input: t.arg({ type: RedeemCodeInput, required: true }) },
    // Staff of the store's merchant, or that merchant's till system with the write_redemptions
    // scope. A key of another merchant, or one that may only read, is refused like a stranger.
    authScopes: async (_root, { input }, ctx) => {
      const merchantId = (await storeMerchantId(ctx, input.store.id)) ?? '';
      return { merchantStaffOf: merchantId, $all: { apiScope: 'write_redemptions', apiClientOfMerchant: merchantId } };
    },
    errors: {
      types: [InputValidationError, CodeUnknown, CodeAlreadyRedeemed, CodeExpired, WrongMerchant, WrongStore, TooManyAttempts],
      dataField: { name: 'claim' },
    },
    resolve: async (query, _root, { input }, ctx) => {
      // The store the auth check read (one lookup per request).
      const merchantId = await storeMerchantId(ctx, input.store.id);
      if (!merchantId) throw new CodeUnknown();
      const claim = await redeemAtCounter(
        ctx.db,
        { attempts: ctx.codeGuard, clientIp: ctx.clientIp },
        { userId: ctx.viewer?.userId ?? null, apiClientId: ctx.apiCaller?.clientId ?? null },
        { code: codeFromCounterInput(input.code), storeId: input.store.id, merchantId },
      );
      return found(ctx.db.query.offerClaims.findFirst(query({ where: { id: claim.id } })), '领取');
    },
  }),
);
