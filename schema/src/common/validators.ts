import { z } from 'zod';

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
