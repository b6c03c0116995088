/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet (no I, O, Z, S, V);
 * the last one is a check character over the first 17 (weights 3^i mod 31).
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export const CREDIT_CODE_SHAPE = /^[0-9A-HJ-NP-RTUW-Y]{2}\d{6}[0-9A-HJ-NP-RTUW-Y]{10}$/;

/** The check character for the first 17 characters, or null when one of them is outside the alphabet. */
export function creditCodeCheckChar(body17: string): string | null {
  if (body17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = CREDIT_CODE_ALPHABET.indexOf(body17[i]!);
    if (value < 0) return null;
    sum += value * WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_ALPHABET[check]!;
}

export function creditCodeValid(code: string): boolean {
  return CREDIT_CODE_SHAPE.test(code) && creditCodeCheckChar(code.slice(0, 17)) === code[17];
}

/** Appends the check character (for fixtures and the demo seed). */
export function withCreditCheckChar(body17: string): string {
  const check = creditCodeCheckChar(body17);
  if (!check) throw new Error(`not a credit-code body: ${body17}`);
  return body17 + check;
}

export function creditCodeShapeValid(code: string): boolean {
  return CREDIT_CODE_SHAPE.test(code);
}
