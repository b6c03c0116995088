import { DomainError, errorType } from '../common/errors.ts';
import { fen, MoneyRef, type Money } from '../common/money.ts';

const LEVEL_NAMES: Record<string, string> = {
  grassroots: '基层工会',
  district: '区/县总工会',
  city: '市总工会',
  province: '省总工会',
  national: '全国总工会',
};

/** The member already has an open file, in this union's register or another's. */
export class HardshipFileExists extends DomainError {
  readonly code = 'HARDSHIP_FILE_EXISTS';
  constructor(readonly inAnotherUnion: boolean) {
    super(inAnotherUnion ? '该会员已在其他工会的困难职工档案库中，不能重复建档' : '该会员已有一份在办或已认定的困难职工档案');
  }
}

/** The household does not meet the register's conditions; the message says which. */
export class HardshipNotEligible extends DomainError {
  readonly code = 'HARDSHIP_NOT_ELIGIBLE';
}

/** The step belongs to another level of the union tree (e.g. the city confirms, not the district). */
export class HardshipWrongLevel extends DomainError {
  readonly code = 'HARDSHIP_WRONG_LEVEL';
  constructor(readonly levels: readonly string[]) {
    super(`这一步须由${levels.map((l) => LEVEL_NAMES[l] ?? l).join('或')}的工作人员办理`);
  }
}

/** isHardship follows the register and cannot be set by hand. */
export class HardshipFlagDerived extends DomainError {
  readonly code = 'HARDSHIP_FLAG_DERIVED';
  constructor() {
    super('困难职工身份由建档立卡档案决定（经市、省、全总三级认定），不能直接修改；请通过困难职工档案办理');
  }
}

/** Aid needs a confirmed file. */
export class HardshipFileNotConfirmed extends DomainError {
  readonly code = 'HARDSHIP_FILE_NOT_CONFIRMED';
  constructor() {
    super('该会员没有经三级审核认定的困难职工档案');
  }
}

/** The yearly re-check is overdue: aid waits until the grassroots union re-checks the file. */
export class HardshipAidPaused extends DomainError {
  readonly code = 'HARDSHIP_AID_PAUSED';
  constructor(readonly recheckDueOn: string) {
    super(`困难职工档案的年度核查已于 ${recheckDueOn} 到期，完成核查前暂停帮扶`);
  }
}

export class AidSchemeNotOpen extends DomainError {
  readonly code = 'AID_SCHEME_NOT_OPEN';
  constructor() {
    super('该帮扶项目未开放（尚未批准开放或已结束）');
  }
}

export class AidWindowClosed extends DomainError {
  readonly code = 'AID_WINDOW_CLOSED';
  constructor(
    readonly applyFrom: string,
    readonly applyUntil: string,
  ) {
    super(`该帮扶项目的受理时间为 ${applyFrom} 至 ${applyUntil}`);
  }
}

export class AidOutsideScheme extends DomainError {
  readonly code = 'AID_OUTSIDE_SCHEME';
  constructor(message = '该困难职工家庭不在本帮扶项目的范围内') {
    super(message);
  }
}

/** A mutual-aid claim's remainder already has a medical-aid application (not refused). */
export class MutualAidClaimAlreadyUsed extends DomainError {
  readonly code = 'MUTUAL_AID_CLAIM_ALREADY_USED';
  constructor() {
    super('这笔医疗互助报销已申请过医疗救助，同一笔费用不重复救助');
  }
}
errorType(MutualAidClaimAlreadyUsed, 'MutualAidClaimAlreadyUsed', {
  description: '同一笔医疗互助报销的个人负担部分只能申请一次医疗救助（未获批准的除外）。',
});

/** A person's total from a scheme in its year would pass the scheme's cap. */
export class AidCapExceeded extends DomainError {
  readonly code = 'AID_CAP_EXCEEDED';
  readonly remaining: Money;
  constructor(remaining: number) {
    super(`该会员本年度在此项目中还可获得 ${remaining / 100} 元，超出每人每年的上限`);
    this.remaining = fen(Math.max(0, remaining));
  }
}

export class AidBudgetExceeded extends DomainError {
  readonly code = 'AID_BUDGET_EXCEEDED';
  readonly remaining: Money;
  constructor(remaining: number) {
    super(`帮扶项目剩余预算 ${remaining / 100} 元，不足以批准该金额`);
    this.remaining = fen(Math.max(0, remaining));
  }
}

/** The one who prepared the payment (the verifier) may not approve it. */
export class AidPreparerCannotApprove extends DomainError {
  readonly code = 'AID_PREPARER_CANNOT_APPROVE';
  constructor() {
    super('审批须由另一人完成，不能由核实并拟定发放金额的工作人员本人审批');
  }
}

errorType(HardshipFileExists, 'HardshipFileExists', {
  description: '一名会员只能有一份在办或已认定的困难职工档案（全国范围）。',
  fields: (t) => ({ inAnotherUnion: t.exposeBoolean('inAnotherUnion', { description: '已有档案在其他工会的档案库中。' }) }),
});
errorType(HardshipNotEligible, 'HardshipNotEligible', { description: '不符合困难职工建档条件；message 说明原因。' });
errorType(HardshipWrongLevel, 'HardshipWrongLevel', {
  description: '这一步须由另一层级工会的工作人员办理。',
  fields: (t) => ({ levels: t.stringList({ resolve: (e: HardshipWrongLevel) => [...e.levels] }) }),
});
errorType(HardshipFlagDerived, 'HardshipFlagDerived', { description: '困难职工身份由建档立卡档案决定，不能直接修改。' });
errorType(HardshipFileNotConfirmed, 'HardshipFileNotConfirmed', { description: '没有已认定的困难职工档案。' });
errorType(HardshipAidPaused, 'HardshipAidPaused', {
  description: '档案年度核查逾期，帮扶暂停。',
  fields: (t) => ({ recheckDueOn: t.field({ type: 'Date', resolve: (e: HardshipAidPaused) => e.recheckDueOn }) }),
});
errorType(AidSchemeNotOpen, 'AidSchemeNotOpen', { description: '帮扶项目（救助批次）未开放。' });
errorType(AidWindowClosed, 'AidWindowClosed', {
  description: '不在帮扶项目的受理时间内（如金秋助学只在 7–8 月受理）。',
  fields: (t) => ({
    applyFrom: t.field({ type: 'Date', resolve: (e: AidWindowClosed) => e.applyFrom }),
    applyUntil: t.field({ type: 'Date', resolve: (e: AidWindowClosed) => e.applyUntil }),
  }),
});
errorType(AidOutsideScheme, 'AidOutsideScheme', { description: '该家庭不在帮扶项目的地区或范围内。' });
errorType(AidCapExceeded, 'AidCapExceeded', {
  description: '超出每人每年在该项目中的上限。',
  fields: (t) => ({ remaining: t.field({ type: MoneyRef, resolve: (e: AidCapExceeded) => e.remaining }) }),
});
errorType(AidBudgetExceeded, 'AidBudgetExceeded', {
  description: '帮扶项目剩余预算不足。',
  fields: (t) => ({ remaining: t.field({ type: MoneyRef, resolve: (e: AidBudgetExceeded) => e.remaining }) }),
});
errorType(AidPreparerCannotApprove, 'AidPreparerCannotApprove', { description: '拟定发放的人不能审批同一笔帮扶。' });

export class LoanNotOverdue extends DomainError {
  readonly code = 'LOAN_NOT_OVERDUE';
  constructor() {
    super('该借款没有逾期未还的分期，不能标记为逾期');
  }
}

export class LoanOverpaid extends DomainError {
  readonly code = 'LOAN_OVERPAID';
  readonly outstanding: Money;
  constructor(outstanding: number) {
    super(`还款金额超过未还本金 ${outstanding / 100} 元`);
    this.outstanding = fen(outstanding);
  }
}

export class HardshipAlreadyPaired extends DomainError {
  readonly code = 'HARDSHIP_ALREADY_PAIRED';
  constructor() {
    super('该困难职工家庭已有结对帮扶干部，请先结束原结对');
  }
}

errorType(LoanNotOverdue, 'LoanNotOverdue', { description: '没有逾期未还的分期。' });
errorType(LoanOverpaid, 'LoanOverpaid', {
  description: '还款超过未还本金。',
  fields: (t) => ({ outstanding: t.field({ type: MoneyRef, resolve: (e: LoanOverpaid) => e.outstanding }) }),
});
errorType(HardshipAlreadyPaired, 'HardshipAlreadyPaired', { description: '一户困难职工家庭同时只能有一名结对帮扶干部（一帮一）。' });
