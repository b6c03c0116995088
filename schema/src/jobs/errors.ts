import { DomainError, errorType } from '../common/errors.ts';

// The domain's expected failures. A refused step of a lifecycle is the API-wide InvalidTransition
// (common/transitions.ts), thrown by the tables in lifecycle.ts.

export class CreditCodeTaken extends DomainError {
  readonly code = 'CREDIT_CODE_TAKEN';
  constructor() {
    super('该统一社会信用代码已登记');
  }
}

export class EmployerNotVerified extends DomainError {
  readonly code = 'EMPLOYER_NOT_VERIFIED';
  constructor() {
    super('用人单位尚未通过工会审核，暂不能发布岗位');
  }
}

export class PostingNotOpen extends DomainError {
  readonly code = 'POSTING_NOT_OPEN';
  constructor() {
    super('该岗位未在招聘中或已过有效期');
  }
}

export class AlreadyApplied extends DomainError {
  readonly code = 'ALREADY_APPLIED';
  constructor() {
    super('您已投递过该岗位');
  }
}

export class FairFull extends DomainError {
  readonly code = 'FAIR_FULL';
  constructor() {
    super('招聘会现场名额已满');
  }
}

export class AlreadyRegisteredForFair extends DomainError {
  readonly code = 'ALREADY_REGISTERED_FOR_FAIR';
  constructor() {
    super('您已报名该招聘会');
  }
}

export class FairClosed extends DomainError {
  readonly code = 'FAIR_CLOSED';
  constructor() {
    super('招聘会已结束');
  }
}

export class AlreadyRecommended extends DomainError {
  readonly code = 'ALREADY_RECOMMENDED';
  constructor() {
    super('已向该会员推荐过这个岗位');
  }
}

export class AlreadyEmployerStaff extends DomainError {
  readonly code = 'ALREADY_EMPLOYER_STAFF';
  constructor() {
    super('该账号已是本单位员工');
  }
}

errorType(CreditCodeTaken, 'CreditCodeTaken', { description: '统一社会信用代码已被其他单位登记。' });
errorType(EmployerNotVerified, 'EmployerNotVerified', { description: '用人单位尚未通过审核。' });
errorType(PostingNotOpen, 'PostingNotOpen', { description: '岗位未在招聘中（未发布、已关闭或已过有效期）。' });
errorType(AlreadyApplied, 'AlreadyApplied', { description: '同一会员对同一岗位只能投递一次。' });
errorType(FairFull, 'FairFull', { description: '招聘会现场名额已满。' });
errorType(AlreadyRegisteredForFair, 'AlreadyRegisteredForFair', { description: '已报名该招聘会。' });
errorType(FairClosed, 'FairClosed', { description: '招聘会已结束。' });
errorType(AlreadyRecommended, 'AlreadyRecommended', { description: '已推荐过。' });
errorType(AlreadyEmployerStaff, 'AlreadyEmployerStaff', { description: '该账号已是本单位员工。' });
