import { z } from 'zod';
import { creditCodeShapeValid, creditCodeValid } from '@huigong/db/credit-code';

// zh-CN messages for every validation failure.
z.config(z.locales.zhCN());

/** 中国大陆手机号，11 位。 */
export const phone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, { message: '请输入 11 位中国大陆手机号' });

/** OWASP: at least 8 characters, long passphrases allowed, no composition rules. */
export const password = z
  .string()
  .min(8, { message: '密码至少 8 位' })
  .max(128, { message: '密码最多 128 位' });

export const personName = z
  .string()
  .trim()
  .min(1, { message: '请填写姓名' })
  .max(40, { message: '姓名最多 40 个字符' });

/** The Luhn check digit for `body`, as used by bank-issued member cards (co-issued with a bank). */
export function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

export const luhnValid = (digits: string): boolean => luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);

export const memberCardNumber = z
  .string()
  .trim()
  .regex(/^\d{16,19}$/, { message: '会员卡号应为 16 到 19 位数字' })
  .refine(luhnValid, { message: '会员卡号校验位不正确', params: { code: 'INVALID_CHECKSUM' } });

export const reason = z.string().trim().min(2, { message: '请说明理由' }).max(500);

// Shared text, money and code rules. Domains use these instead of their own copies; a field
// with a rule of its own (a grant amount's tiers) defines it beside its input.

/** Required text, trimmed, `min`..`max` characters, messages naming the field (`label`). */
export const text = (min: number, max: number, label: string) =>
  z
    .string()
    .trim()
    .min(min, { message: min <= 1 ? `请填写${label}` : `${label}至少 ${min} 个字` })
    .max(max, { message: `${label}最多 ${max} 个字` });

/** Required short text (a name, a label): 1..`max` characters. */
export const shortText = (max: number, label: string) => text(1, max, label);

/** Optional text up to `max` characters. */
export const optionalText = (max: number) => z.string().trim().max(max, { message: `最多 ${max} 个字` });

/** A title: 2..`max` characters. */
export const title = (max = 100, label = '标题') => text(2, max, label);

/** A positive amount of money in fen (MoneyInput). */
export const positiveMoney = z.object({
  amount: z.number().int().positive({ message: '金额须大于 0' }),
  currency: z.literal('CNY'),
});

/** 统一社会信用代码 (GB 32100): 18 characters from the code's alphabet, with its check character. */
export const creditCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(creditCodeShapeValid, { message: '统一社会信用代码应为 18 位（数字与大写字母，不含 I、O、Z、S、V）' })
  .refine(creditCodeValid, { message: '统一社会信用代码校验位不正确', params: { code: 'INVALID_CHECKSUM' } });
