/**
 * Legal-aid eligibility: the one place its rules live (triage calls it, tests pin it).
 *
 * - Unpaid wages, work injury, death at work and discrimination or harassment of women workers
 *   get legal aid whatever the income, member or not: provincial legal-aid regulations commonly
 *   waive the economic test for wage and injury claims, and the union protects women workers.
 * - Restructuring lay-offs and health-rights disputes: members whose declared monthly income is at
 *   most the ceiling (the income must be declared); a worker who is not a member gets
 *   consultation and mediation, not a union lawyer, for these.
 *
 * The ceiling is our setting, not a figure of the reports (000 says only "对符合条件的").
 */
export const LEGAL_AID_INCOME_CEILING_FEN = 500_000;

export type RightsCaseType = 'work_injury' | 'unpaid_wages' | 'restructuring_layoff' | 'health_rights' | 'death_at_work' | 'women_workers';

export const INCOME_EXEMPT_TYPES: readonly RightsCaseType[] = ['unpaid_wages', 'work_injury', 'death_at_work', 'women_workers'];

export interface Eligibility {
  eligible: boolean;
  reason: string;
}

export function legalAidEligibility(input: { type: RightsCaseType; isMember: boolean; monthlyIncomeFen: number | null }): Eligibility {
  if (INCOME_EXEMPT_TYPES.includes(input.type)) {
    return { eligible: true, reason: '讨薪、工伤、工亡及女职工权益案件不受收入条件限制' };
  }
  if (!input.isMember) return { eligible: false, reason: '此类案件的法律援助限于工会会员；非会员可获咨询与调解' };
  if (input.monthlyIncomeFen == null) return { eligible: false, reason: '须申报月收入后才能认定法律援助资格' };
  if (input.monthlyIncomeFen > LEGAL_AID_INCOME_CEILING_FEN) {
    return { eligible: false, reason: `月收入高于 ${LEGAL_AID_INCOME_CEILING_FEN / 100} 元的法律援助收入标准` };
  }
  return { eligible: true, reason: `会员，月收入不高于 ${LEGAL_AID_INCOME_CEILING_FEN / 100} 元` };
}
