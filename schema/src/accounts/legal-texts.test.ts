import { DEMO_ACCEPTED_VERSIONS } from '@huigong/db/seed/consents';
import { describe, expect, it } from 'vitest';
import { CURRENT_VERSIONS } from './consent.ts';
import { LEGAL_TEXTS } from './legal-texts.ts';

describe('legal texts', () => {
  it('lists versions oldest first, each with content, the last one in force', () => {
    for (const versions of Object.values(LEGAL_TEXTS)) {
      const names = versions.map((v) => v.version);
      expect([...names].sort()).toEqual(names);
      expect(new Set(names).size).toBe(names.length);
      for (const v of versions) expect(v.sections.flatMap((s) => s.paragraphs).join('').length).toBeGreaterThan(500);
      for (const v of versions.slice(1)) expect(v.changes.length).toBeGreaterThan(0);
    }
  });

  it('seeds the demo accounts with the versions in force (update the seed with a new version, or mean the prompt)', () => {
    expect(DEMO_ACCEPTED_VERSIONS).toEqual(CURRENT_VERSIONS);
  });
});
