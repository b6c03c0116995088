import { describe, expect, it } from 'vitest';
import { shanghaiToday } from '../common/dates.ts';
import { ageOn } from './competition.service.ts';

describe('calendar helpers', () => {
  it('counts completed years, turning a year older on the birthday itself', () => {
    expect(ageOn('1990-05-01', '2026-04-30')).toBe(35);
    expect(ageOn('1990-05-01', '2026-05-01')).toBe(36);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
    expect(ageOn('2000-02-29', '2026-03-01')).toBe(26);
  });

  it('gives the date in Asia/Shanghai, which turns over at 16:00 UTC', () => {
    expect(shanghaiToday(new Date('2026-11-23T15:59:59Z'))).toBe('2026-11-23');
    expect(shanghaiToday(new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24');
  });
});
