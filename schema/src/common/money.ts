import { builder } from '../builder.ts';

/** An amount in fen (1 yuan = 100 fen). Never a float anywhere between input, database and Stripe. */
export interface Money {
  amount: number;
  currency: 'CNY';
}

export const fen = (amount: number): Money => ({ amount, currency: 'CNY' });

export const CurrencyCode = builder.enumType('CurrencyCode', {
  description: 'ISO 4217 货币代码。',
  values: { CNY: { value: 'CNY', description: '人民币' } } as const,
});

export const MoneyRef = builder.objectRef<Money>('Money').implement({
  description: '金额：amount 为以“分”计的整数，currency 恒为 CNY。',
  authScopes: { public: true },
  fields: (t) => ({
    amount: t.field({ type: 'SafeInt', description: '以分计的整数金额。', resolve: (m) => m.amount }),
    currency: t.field({ type: CurrencyCode, description: '货币，恒为 CNY（人民币）。', resolve: (m) => m.currency }),
  }),
});

export const MoneyInput = builder.inputType('MoneyInput', {
  description: '金额输入：amount 以分计，currency 须为 CNY。',
  fields: (t) => ({
    amount: t.field({ type: 'SafeInt', required: true, description: '以分计的整数金额（1 元 = 100 分），不是小数的元。' }),
    currency: t.field({ type: CurrencyCode, required: true, description: '货币，须为 CNY。' }),
  }),
});
