import type { MutualAidBand, MutualAidExplanationLine } from '@huigong/db';

export interface ValuationRules {
  deductibleFen: number;
  bands: readonly MutualAidBand[];
  ceilingFen: number;
}

export interface Ledger {
  deductibleUsedFen: number;
  approvedFen: number;
}

export type Valuation =
  | { outcome: 'payable'; amountFen: number; deductibleAppliedFen: number; explanation: MutualAidExplanationLine[] }
  | { outcome: 'below_deductible' | 'ceiling_reached'; explanation: MutualAidExplanationLine[] };

const yuan = (f: number) => (f / 100).toFixed(2);

/**
 * The second reimbursement of one claim: of the self-paid part (after social insurance), what is
 * left of the member-year's deductible is taken first; the rest is reimbursed band by band (each
 * band's share rounded down to the fen), then held to what is left of the member-year's ceiling.
 * Every step is a line of the explanation, so the queue shows how the amount came about.
 */
export function valuate(selfPaidFen: number, rules: ValuationRules, ledger: Ledger): Valuation {
  const lines: MutualAidExplanationLine[] = [{ label: '个人负担部分（社保报销后）', amountFen: selfPaidFen }];
  const deductibleLeft = Math.max(0, rules.deductibleFen - ledger.deductibleUsedFen);
  const deductibleApplied = Math.min(selfPaidFen, deductibleLeft);
  lines.push({
    label: `扣除起付标准（年度 ${yuan(rules.deductibleFen)} 元，本年已用 ${yuan(ledger.deductibleUsedFen)} 元）`,
    amountFen: -deductibleApplied,
  });
  const above = selfPaidFen - deductibleApplied;
  if (above <= 0) return { outcome: 'below_deductible', explanation: lines };

  let from = 0;
  let sum = 0;
  for (const band of rules.bands) {
    const to = band.upToFen ?? Number.MAX_SAFE_INTEGER;
    if (above <= from) break;
    const part = Math.min(above, to) - from;
    if (part > 0) {
      const share = Math.floor((part * band.ratePercent) / 100);
      sum += share;
      const range = band.upToFen === null ? `${yuan(from)} 元以上` : `${yuan(from)}–${yuan(to)} 元`;
      lines.push({ label: `${range}段 ${yuan(part)} 元 × ${band.ratePercent}%`, amountFen: share });
    }
    from = to;
  }
  const ceilingLeft = Math.max(0, rules.ceilingFen - ledger.approvedFen);
  if (ceilingLeft <= 0) {
    lines.push({ label: `本年度已达最高赔付限额 ${yuan(rules.ceilingFen)} 元`, amountFen: -sum });
    return { outcome: 'ceiling_reached', explanation: lines };
  }
  let amount = sum;
  if (sum > ceilingLeft) {
    lines.push({ label: `受年度最高限额 ${yuan(rules.ceilingFen)} 元限制（本年已赔 ${yuan(ledger.approvedFen)} 元）`, amountFen: ceilingLeft - sum });
    amount = ceilingLeft;
  }
  if (amount <= 0) return { outcome: 'below_deductible', explanation: lines };
  lines.push({ label: '核算赔付金额', amountFen: amount });
  return { outcome: 'payable', amountFen: amount, deductibleAppliedFen: deductibleApplied, explanation: lines };
}

/** Bands must rise strictly, end open (null), and pay 1–100%. Returns a zh-CN problem or null. */
export function bandProblem(bands: readonly MutualAidBand[]): string | null {
  if (bands.length === 0 || bands.length > 6) return '请设置 1 至 6 个赔付比例分段';
  let last = 0;
  for (const [i, band] of bands.entries()) {
    if (!Number.isInteger(band.ratePercent) || band.ratePercent < 1 || band.ratePercent > 100) return '赔付比例须为 1% 至 100% 的整数';
    const isLast = i === bands.length - 1;
    if (isLast !== (band.upToFen === null)) return '只有最后一段不设上限';
    if (band.upToFen !== null) {
      if (!Number.isInteger(band.upToFen) || band.upToFen <= last) return '分段上限须逐段递增';
      last = band.upToFen;
    }
  }
  return null;
}
