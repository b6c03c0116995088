/**
 * Every expected failure of the classes API, with its GraphQL registration. A refusal because an
 * enrolment or a course is in the wrong state is the API-wide InvalidTransition.
 */
import { DomainError, errorType } from '../common/errors.ts';

export class ClassEnrolmentNotOpen extends DomainError {
  readonly code = 'CLASS_ENROLMENT_NOT_OPEN';
  constructor(readonly opensAt: Date) {
    super(`报名将于 ${opensAt.toISOString()} 开始`);
  }
}

export class ClassEnrolmentClosed extends DomainError {
  readonly code = 'CLASS_ENROLMENT_CLOSED';
  constructor(readonly closedAt: Date) {
    super('报名已截止');
  }
}

export class ClassAlreadyEnrolled extends DomainError {
  readonly code = 'CLASS_ALREADY_ENROLLED';
  constructor() {
    super('该学员已报名本班（或已在候补名单中）');
  }
}

export type ClassEligibilityRefusal = 'NOT_A_MEMBER' | 'OUTSIDE_UNION' | 'CHILD_REQUIRED' | 'CHILD_NOT_ALLOWED' | 'AGE_OUT_OF_BAND';

const refusalMessages: Record<ClassEligibilityRefusal, string> = {
  NOT_A_MEMBER: '仅限工会会员报名，请先绑定会员卡',
  OUTSIDE_UNION: '本班仅限开班工会及其下级工会的会员报名',
  CHILD_REQUIRED: '暑托班须为子女报名，请填写孩子的信息',
  CHILD_NOT_ALLOWED: '本班面向会员本人，不接受子女报名',
  AGE_OUT_OF_BAND: '孩子的年龄不在本班招收的年龄段内',
};

export class ClassNotEligible extends DomainError {
  readonly code = 'CLASS_NOT_ELIGIBLE';
  constructor(readonly reason: ClassEligibilityRefusal) {
    super(refusalMessages[reason]);
  }
}

export class ClassAgreementRequired extends DomainError {
  readonly code = 'CLASS_AGREEMENT_REQUIRED';
  constructor() {
    super('须阅读并同意三方协议（家长、工会、托管班）后才能报名');
  }
}

export class ClassOfferExpired extends DomainError {
  readonly code = 'CLASS_OFFER_EXPIRED';
  constructor() {
    super('候补名额的确认时限已过，名额已让给下一位');
  }
}

export class ClassUnderstaffed extends DomainError {
  readonly code = 'CLASS_UNDERSTAFFED';
  constructor(
    readonly teachersNeeded: number,
    readonly volunteersNeeded: number,
  ) {
    super(`开班须至少配备辅导老师 ${teachersNeeded} 名、志愿者 ${volunteersNeeded} 名`);
  }
}

export class ClassInsuranceMissing extends DomainError {
  readonly code = 'CLASS_INSURANCE_MISSING';
  constructor() {
    super('暑托班开班前须登记学生意外伤害保险的保单号');
  }
}

export class ClassAttendanceTooLow extends DomainError {
  readonly code = 'CLASS_ATTENDANCE_TOO_LOW';
  constructor(readonly basisPoints: number) {
    super(`学生出勤率为 ${(basisPoints / 100).toFixed(1)}%，须达到 70% 以上才能申请补助`);
  }
}

export class ClassIncidentOpen extends DomainError {
  readonly code = 'CLASS_INCIDENT_OPEN';
  constructor(readonly openIncidents: number) {
    super(`本班尚有 ${openIncidents} 起未处理完毕的安全事件，处理完毕后才能申请补助`);
  }
}

export class ClassSubsidyNotAvailable extends DomainError {
  readonly code = 'CLASS_SUBSIDY_NOT_AVAILABLE';
  constructor() {
    super('本班没有可申请的专项补助（仅暑托班，且须设定补助金额）');
  }
}

export class ClassSubsidyAlreadyClaimed extends DomainError {
  readonly code = 'CLASS_SUBSIDY_ALREADY_CLAIMED';
  constructor() {
    super('本班的补助已申请过');
  }
}

export class ClassNotTeacher extends DomainError {
  readonly code = 'CLASS_NOT_TEACHER';
  constructor() {
    super('只有本班的辅导老师或开班工会的工作人员可以点名');
  }
}

errorType(ClassEnrolmentNotOpen, 'ClassEnrolmentNotOpen', {
  description: '报名尚未开始（报名在 opensAt 这一时刻开放）。',
  fields: (t) => ({ opensAt: t.field({ type: 'DateTime', description: '报名开放的时刻。', resolve: (e: ClassEnrolmentNotOpen) => e.opensAt }) }),
});
errorType(ClassEnrolmentClosed, 'ClassEnrolmentClosed', {
  description: '报名已截止。',
  fields: (t) => ({ closedAt: t.field({ type: 'DateTime', description: '报名截止的时刻。', resolve: (e: ClassEnrolmentClosed) => e.closedAt }) }),
});
errorType(ClassAlreadyEnrolled, 'ClassAlreadyEnrolled', { description: '同一学员（会员本人或同一个孩子）在本班已有有效报名或候补：每人每班一份。' });
errorType(ClassNotEligible, 'ClassNotEligible', {
  description: '不符合本班的报名条件；reason 为稳定原因代码。',
  fields: (t) => ({
    reason: t.string({
      description: 'NOT_A_MEMBER、OUTSIDE_UNION、CHILD_REQUIRED、CHILD_NOT_ALLOWED、AGE_OUT_OF_BAND 之一。',
      resolve: (e: ClassNotEligible) => e.reason,
    }),
  }),
});
errorType(ClassAgreementRequired, 'ClassAgreementRequired', { description: '暑托班报名须同意三方协议（acceptAgreement: true）。' });
errorType(ClassOfferExpired, 'ClassOfferExpired', { description: '候补名额的确认时限已过，名额已顺延给下一位。' });
errorType(ClassUnderstaffed, 'ClassUnderstaffed', {
  description: '师资不足，不能开班（每班至少辅导老师与志愿者各若干名）。',
  fields: (t) => ({
    teachersNeeded: t.int({ description: '开班所需的辅导老师人数。', resolve: (e: ClassUnderstaffed) => e.teachersNeeded }),
    volunteersNeeded: t.int({ description: '开班所需的志愿者人数。', resolve: (e: ClassUnderstaffed) => e.volunteersNeeded }),
  }),
});
errorType(ClassInsuranceMissing, 'ClassInsuranceMissing', { description: '暑托班开班前须登记意外伤害保险保单号。' });
errorType(ClassAttendanceTooLow, 'ClassAttendanceTooLow', {
  description: '出勤率低于 70%，不能申请补助。',
  fields: (t) => ({
    basisPoints: t.int({ description: '当前出勤率，以万分点计（7000 = 70%）。', resolve: (e: ClassAttendanceTooLow) => e.basisPoints }),
  }),
});
errorType(ClassIncidentOpen, 'ClassIncidentOpen', {
  description: '本班尚有未处理完毕的安全事件，不能申请补助。',
  fields: (t) => ({ openIncidents: t.int({ description: '未处理完毕的事件数。', resolve: (e: ClassIncidentOpen) => e.openIncidents }) }),
});
errorType(ClassSubsidyNotAvailable, 'ClassSubsidyNotAvailable', { description: '本班没有可申请的补助。' });
errorType(ClassSubsidyAlreadyClaimed, 'ClassSubsidyAlreadyClaimed', { description: '每班只能申请一次补助（数据库唯一约束）。' });
errorType(ClassNotTeacher, 'ClassNotTeacher', { description: '点名须由本班辅导老师或开班工会的工作人员进行。' });
