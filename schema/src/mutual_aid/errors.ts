import { builder } from '../builder.ts';
import { DomainError, errorType } from '../common/errors.ts';
import { fen, MoneyRef, type Money } from '../common/money.ts';
import { REJECTION_REASONS } from './lifecycle.ts';

const LEVEL_NAMES: Record<string, string> = {
  grassroots: '基层工会',
  district: '区/县总工会',
  city: '市总工会',
};

export class MutualAidWrongLevel extends DomainError {
  readonly code = 'MUTUAL_AID_WRONG_LEVEL';
  constructor(readonly levels: readonly string[]) {
    super(`这一步须由${levels.map((l) => LEVEL_NAMES[l] ?? l).join('或')}的工作人员办理`);
  }
}

export class MutualAidSchemeExists extends DomainError {
  readonly code = 'MUTUAL_AID_SCHEME_EXISTS';
  constructor(readonly year: number) {
    super(`本市 ${year} 年度的职工医疗互助方案已设立`);
  }
}

export interface RefusedRow {
  line: number;
  cardNumber: string;
  code: string;
  message: string;
}

/** A batch with any refused row is applied not at all: the report says which rows and why. */
export class MutualAidEnrolmentRefused extends DomainError {
  readonly code = 'MUTUAL_AID_ENROLMENT_REFUSED';
  constructor(
    readonly rowCount: number,
    readonly refusedCount: number,
    readonly rows: RefusedRow[],
  ) {
    super(`共 ${rowCount} 行，其中 ${refusedCount} 行不符合参保条件，整批未参保；请修改后重新提交`);
  }
}

export class MutualAidEnrolmentEmpty extends DomainError {
  readonly code = 'MUTUAL_AID_ENROLMENT_EMPTY';
  constructor() {
    super('参保名单为空，请先上传会员名单');
  }
}

export class MutualAidEnrolmentTooLarge extends DomainError {
  readonly code = 'MUTUAL_AID_ENROLMENT_TOO_LARGE';
  constructor(readonly maxRows: number) {
    super(`一次集体参保最多 ${maxRows} 行`);
  }
}

export class MutualAidPaymentReferenceUsed extends DomainError {
  readonly code = 'MUTUAL_AID_PAYMENT_REFERENCE_USED';
  constructor() {
    super('该转账流水号已登记过另一笔互助金');
  }
}

export class MutualAidNotCovered extends DomainError {
  readonly code = 'MUTUAL_AID_NOT_COVERED';
  constructor() {
    super('该会员本年度没有参加职工医疗互助');
  }
}

/** The same stay filed twice: the database's unique index on the admission refuses the second. */
export class MutualAidDuplicateClaim extends DomainError {
  readonly code = 'MUTUAL_AID_DUPLICATE_CLAIM';
  readonly reasonNumber = REJECTION_REASONS.duplicate.number;
  constructor() {
    super(REJECTION_REASONS.duplicate.message);
  }
}

export class MutualAidCeilingReached extends DomainError {
  readonly code = 'MUTUAL_AID_CEILING_REACHED';
  readonly remaining: Money;
  constructor(remaining: number) {
    super(`该会员本年度还可获赔 ${remaining / 100} 元，不足以批准该笔核算金额；请重新核算`);
    this.remaining = fen(Math.max(0, remaining));
  }
}

export class MutualAidPoolExhausted extends DomainError {
  readonly code = 'MUTUAL_AID_POOL_EXHAUSTED';
  readonly remaining: Money;
  constructor(remaining: number) {
    super(`互助资金（已缴互助金与市总兜底资金）剩余 ${remaining / 100} 元，不足以批准该金额`);
    this.remaining = fen(Math.max(0, remaining));
  }
}

/** Another claim of the member's year was approved after this one was valuated (the deductible moved). */
export class MutualAidValuationOutdated extends DomainError {
  readonly code = 'MUTUAL_AID_VALUATION_OUTDATED';
  constructor() {
    super('该会员本年度的起付标准已被其他理赔使用，核算已过时，请重新核算');
  }
}

errorType(MutualAidWrongLevel, 'MutualAidWrongLevel', {
  description: '这一步须由另一层级工会的工作人员办理。',
  fields: (t) => ({ levels: t.stringList({ resolve: (e: MutualAidWrongLevel) => [...e.levels] }) }),
});
errorType(MutualAidSchemeExists, 'MutualAidSchemeExists', {
  description: '每个市总工会每年一个互助方案。',
  fields: (t) => ({ year: t.exposeInt('year') }),
});

const RefusedRowRef = builder.objectRef<RefusedRow>('MutualAidRefusedRow').implement({
    description: '集体参保名单中被拒的一行。',
    authScopes: { authenticated: true },
    fields: (t) => ({
      line: t.exposeInt('line', { description: '名单中的行号（从 1 起）。' }),
      cardNumber: t.exposeString('cardNumber'),
      code: t.exposeString('code', { description: 'BAD_CARD_NUMBER、UNKNOWN_CARD、NOT_IN_UNIT、NAME_MISMATCH、DUPLICATE_ROW、ALREADY_COVERED。' }),
      message: t.exposeString('message'),
    }),
});

errorType(MutualAidEnrolmentRefused, 'MutualAidEnrolmentRefused', {
  description: '名单中有不符合条件的行，整批未参保（全部或全不）。rows 列出前 500 行被拒的原因。',
  fields: (t) => ({
    rowCount: t.exposeInt('rowCount'),
    refusedCount: t.exposeInt('refusedCount'),
    rows: t.field({ type: [RefusedRowRef], resolve: (e: MutualAidEnrolmentRefused) => e.rows }),
  }),
});
errorType(MutualAidEnrolmentEmpty, 'MutualAidEnrolmentEmpty', { description: '参保名单为空。' });
errorType(MutualAidEnrolmentTooLarge, 'MutualAidEnrolmentTooLarge', {
  description: '名单行数超过上限。',
  fields: (t) => ({ maxRows: t.exposeInt('maxRows') }),
});
errorType(MutualAidPaymentReferenceUsed, 'MutualAidPaymentReferenceUsed', { description: '转账流水号已登记过。' });
errorType(MutualAidNotCovered, 'MutualAidNotCovered', { description: '会员本年度未参加互助。' });
errorType(MutualAidDuplicateClaim, 'MutualAidDuplicateClaim', {
  description: '同一次住院（入院日期）已有一份在办或已赔付的申请。',
  fields: (t) => ({ reasonNumber: t.exposeInt('reasonNumber') }),
});
errorType(MutualAidCeilingReached, 'MutualAidCeilingReached', {
  description: '超出每人每年最高赔付限额。',
  fields: (t) => ({ remaining: t.field({ type: MoneyRef, resolve: (e: MutualAidCeilingReached) => e.remaining }) }),
});
errorType(MutualAidPoolExhausted, 'MutualAidPoolExhausted', {
  description: '互助资金池（已缴互助金 + 市总兜底资金）不足。',
  fields: (t) => ({ remaining: t.field({ type: MoneyRef, resolve: (e: MutualAidPoolExhausted) => e.remaining }) }),
});
errorType(MutualAidValuationOutdated, 'MutualAidValuationOutdated', { description: '核算后台账已变化，须重新核算。' });
