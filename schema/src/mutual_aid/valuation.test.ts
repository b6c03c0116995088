import { describe, expect, it } from 'vitest';
import { bandProblem, valuate } from './valuation.ts';

const rules = {
  deductibleFen: 100_000,
  bands: [
    { upToFen: 1_000_000, ratePercent: 50 },
    { upToFen: 3_000_000, ratePercent: 60 },
    { upToFen: null, ratePercent: 70 },
  ],
  ceilingFen: 3_000_000,
};

describe('valuate', () => {
  it('takes the deductible, then the bands', () => {
    const v = valuate(2_100_000, rules, { deductibleUsedFen: 0, approvedFen: 0 });
    // 20,000 above: 10,000 × 50% + 10,000 × 60%
    expect(v).toMatchObject({ outcome: 'payable', amountFen: 1_100_000, deductibleAppliedFen: 100_000 });
  });
  it('uses only what is left of the deductible, and refuses below it', () => {
    expect(valuate(80_000, rules, { deductibleUsedFen: 0, approvedFen: 0 }).outcome).toBe('below_deductible');
    expect(valuate(80_000, rules, { deductibleUsedFen: 100_000, approvedFen: 0 })).toMatchObject({ amountFen: 40_000, deductibleAppliedFen: 0 });
  });
  it('holds the ceiling', () => {
    expect(valuate(9_000_000, rules, { deductibleUsedFen: 100_000, approvedFen: 2_900_000 })).toMatchObject({ amountFen: 100_000 });
    expect(valuate(500_000, rules, { deductibleUsedFen: 100_000, approvedFen: 3_000_000 }).outcome).toBe('ceiling_reached');
  });
  it('checks bands', () => {
    expect(bandProblem(rules.bands)).toBeNull();
    expect(bandProblem([{ upToFen: 10, ratePercent: 50 }])).not.toBeNull();
    expect(bandProblem([{ upToFen: 10, ratePercent: 50 }, { upToFen: 5, ratePercent: 50 }, { upToFen: null, ratePercent: 5 }])).not.toBeNull();
  });
});
