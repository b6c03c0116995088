import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeValid } from './credit-code.ts';

describe('统一社会信用代码 check character (GB 32100)', () => {
  it('accepts published codes', () => {
    // Codes printed on real business licences.
    expect(creditCodeValid('91350100M000100Y43')).toBe(true);
    expect(creditCodeValid('91110000802100433B')).toBe(true);
  });

  it('refuses a changed character, a bad alphabet and a wrong length', () => {
    expect(creditCodeValid('91350100M000100Y44')).toBe(false);
    expect(creditCodeValid('91350100M000100I43')).toBe(false);
    expect(creditCodeValid('91350100M000100Y4')).toBe(false);
    expect(creditCodeValid('91350100m000100Y43')).toBe(false);
  });

  it('computes the check character that completes a body', () => {
    const body = '91410302MA44ABCD1';
    expect(creditCodeValid(body + creditCodeCheckChar(body))).toBe(true);
  });
});
