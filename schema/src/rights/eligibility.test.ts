import { describe, expect, it } from 'vitest';
import { LEGAL_AID_INCOME_CEILING_FEN, legalAidEligibility } from './eligibility.ts';

describe('legal-aid eligibility', () => {
  it('grants wage, injury, death and women workers’ cases whatever the income, member or not', () => {
    for (const type of ['unpaid_wages', 'work_injury', 'death_at_work', 'women_workers'] as const) {
      expect(legalAidEligibility({ type, isMember: false, monthlyIncomeFen: 2_000_000 }).eligible).toBe(true);
      expect(legalAidEligibility({ type, isMember: true, monthlyIncomeFen: null }).eligible).toBe(true);
    }
  });
  it('limits lay-off and health-rights cases to members at or under the income ceiling', () => {
    for (const type of ['restructuring_layoff', 'health_rights'] as const) {
      expect(legalAidEligibility({ type, isMember: true, monthlyIncomeFen: LEGAL_AID_INCOME_CEILING_FEN }).eligible).toBe(true);
      expect(legalAidEligibility({ type, isMember: true, monthlyIncomeFen: LEGAL_AID_INCOME_CEILING_FEN + 1 }).eligible).toBe(false);
      expect(legalAidEligibility({ type, isMember: true, monthlyIncomeFen: null })).toMatchObject({ eligible: false, reason: expect.stringContaining('申报') });
      expect(legalAidEligibility({ type, isMember: false, monthlyIncomeFen: 100_000 })).toMatchObject({ eligible: false, reason: expect.stringContaining('会员') });
    }
  });
});
