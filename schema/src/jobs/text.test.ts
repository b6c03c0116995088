import { creditCodeCheckChar, creditCodeValid, withCreditCheckChar } from '@huigong/db/credit-code';
import { describe, expect, it } from 'vitest';
import { likeEscape, sanitizePlainText } from './text.ts';

describe('unified social credit code (GB 32100)', () => {
  it('accepts published codes and refuses a changed character', () => {
    // Codes printed on public business licences.
    expect(creditCodeValid('91350100M000100Y43')).toBe(true);
    expect(creditCodeValid('91110000600037341L')).toBe(true);
    expect(creditCodeValid('91350100M000100Y44')).toBe(false);
    expect(creditCodeValid('91350100M000100Y4')).toBe(false);
    // I, O, S, V and Z are not in the alphabet.
    expect(creditCodeCheckChar('9135010OM000100Y4')).toBeNull();
  });

  it('computes a check character that validates', () => {
    expect(creditCodeValid(withCreditCheckChar('91410300171070015'))).toBe(true);
  });
});

describe('description sanitizing', () => {
  it('keeps text and line structure, drops markup, scripts and control characters', () => {
    expect(sanitizePlainText('<h2>岗位职责</h2><ul><li>焊接</li><li>自检</li></ul><script>x()</script>薪资&lt;8000&gt;\u0007'))
      .toBe('岗位职责\n· 焊接\n· 自检\n薪资<8000>');
    expect(sanitizePlainText('<img src=x onerror=alert(1)>正文<iframe src="//evil"></iframe>')).toBe('正文');
  });

  it('escapes LIKE wildcards', () => {
    expect(likeEscape('100%_\\')).toBe('100\\%\\_\\\\');
  });
});
