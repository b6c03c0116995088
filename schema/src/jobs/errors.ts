import { InvalidTransition } from '../common/transitions.ts';
import { DomainError } from '../common/errors.ts';

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

export const JOB_STATE_LABELS: Record<string, string> = {
  pending: '待审核',
  verified: '已审核',
  rejected: '未通过',
  draft: '草稿',
  pending_review: '待审核',
  published: '招聘中',
  closed: '已停止招聘',
  filled: '已招满',
  edited: '修改',
  submitted: '已投递',
  viewed: '已查看',
  interviewing: '面试中',
  offered: '已发录用意向',
  hired: '已录用',
  withdrawn: '已撤回',
};

/** A state machine refused the step: the API-wide InvalidTransition (common/transitions.ts). */
export { InvalidTransition };

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
