import { describe, expect, it } from 'vitest';
import { nextAllowedTime } from './quiet-hours.ts';

const at = (iso: string) => new Date(iso);

describe('quiet hours (Beijing time)', () => {
  it('holds a message sent at night until the morning', () => {
    // 23:30 Beijing = 15:30 UTC; the window 22–8 ends at 08:00 Beijing = 00:00 UTC next day.
    expect(nextAllowedTime(at('2026-12-02T15:30:00Z'), 22, 8).toISOString()).toBe('2026-12-03T00:00:00.000Z');
    // 03:00 Beijing the same night.
    expect(nextAllowedTime(at('2026-12-02T19:00:00Z'), 22, 8).toISOString()).toBe('2026-12-03T00:00:00.000Z');
  });
  it('sends at once outside the window, or when there is none', () => {
    const noon = at('2026-12-02T04:00:00Z');
    expect(nextAllowedTime(noon, 22, 8)).toBe(noon);
    expect(nextAllowedTime(at('2026-12-02T15:30:00Z'), 0, 0).toISOString()).toBe('2026-12-02T15:30:00.000Z');
    expect(nextAllowedTime(at('2026-12-02T05:00:00Z'), 12, 14).toISOString()).toBe('2026-12-02T06:00:00.000Z');
  });
});
