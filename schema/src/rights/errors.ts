import { DomainError, errorType } from '../common/errors.ts';

/** Legal aid (a lawyer, litigation support) needs the eligibility rule of `eligibility.ts`; the message says why not. */
export class LegalAidNotEligible extends DomainError {
  readonly code = 'LEGAL_AID_NOT_ELIGIBLE';
}

/** The person named is not appointed to this role over the case's union (a lawyer, or a case officer who is not staff). */
export class RightsRoleNotHeld extends DomainError {
  readonly code = 'RIGHTS_ROLE_NOT_HELD';
  constructor(readonly role: 'lawyer' | 'case_officer') {
    super(role === 'lawyer' ? '该用户不是本工会（或上级工会）聘请的法律援助律师' : '案件承办人须为本工会（或上级工会）的工作人员');
  }
}

/** Another staff member took the confidential case first. */
export class RightsCaseTaken extends DomainError {
  readonly code = 'RIGHTS_CASE_TAKEN';
  constructor() {
    super('该保密案件已由其他工作人员承办');
  }
}

/** The step is the case officer's (or, for litigation and closing, the lawyer's). */
export class RightsNotCaseOfficer extends DomainError {
  readonly code = 'RIGHTS_NOT_CASE_OFFICER';
  constructor() {
    super('这一步须由本案承办人（或代理律师）办理');
  }
}

errorType(RightsNotCaseOfficer, 'RightsNotCaseOfficer', { description: '这一步须由本案承办人（诉讼与结案也可由代理律师）办理。' });
errorType(LegalAidNotEligible, 'LegalAidNotEligible', {
  description: '不符合法律援助条件（会员身份、收入、案件类型，规则见 rights/eligibility.ts）。',
});
errorType(RightsRoleNotHeld, 'RightsRoleNotHeld', {
  description: '被指派的人不具备该角色（律师须由本工会或上级工会聘请；承办人须为工作人员）。',
  fields: (t) => ({ role: t.exposeString('role') }),
});
errorType(RightsCaseTaken, 'RightsCaseTaken', { description: '保密案件已由他人承办。' });
