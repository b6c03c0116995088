/**
 * Every expected failure of the competitions API, with its GraphQL registration. A refusal because
 * an entry is in the wrong state is the API-wide InvalidTransition (common/transitions.ts), thrown
 * by the lifecycle tables in lifecycle.ts.
 */
import type { competitionEntries } from '@huigong/db';
import { DomainError, errorType } from '../common/errors.ts';
import { InvalidTransition } from '../common/transitions.ts';
import { CompetitionEntryStatus, EligibilityRefusalEnum } from './enums.ts';

export { InvalidTransition };

/** Why a member may not enter a competition; stable values for clients to branch on. */
export type EligibilityRefusal =
  | 'NOT_A_MEMBER'
  | 'OUTSIDE_ORGANIZER'
  | 'BIRTH_DATE_UNKNOWN'
  | 'TOO_YOUNG'
  | 'TOO_OLD'
  | 'SKILL_CERTIFICATE_REQUIRED';

const refusalMessages: Record<EligibilityRefusal, string> = {
  NOT_A_MEMBER: '仅限工会会员报名，请先绑定会员卡',
  OUTSIDE_ORGANIZER: '本赛事仅限主办工会及其下级工会的会员报名',
  BIRTH_DATE_UNKNOWN: '本赛事有年龄要求，请先登记出生日期',
  TOO_YOUNG: '未达到本赛事的最低年龄要求',
  TOO_OLD: '超过本赛事的最高年龄限制',
  SKILL_CERTIFICATE_REQUIRED: '本赛事要求持有相应工种的职业技能等级证书',
};

export class NotEligible extends DomainError {
  readonly code = 'NOT_ELIGIBLE';
  constructor(readonly reason: EligibilityRefusal) {
    super(refusalMessages[reason]);
  }
}

export class SkillCertificateTaken extends DomainError {
  readonly code = 'SKILL_CERTIFICATE_TAKEN';
  constructor() {
    super('该证书编号已登记');
  }
}

export class RegistrationNotOpen extends DomainError {
  readonly code = 'REGISTRATION_NOT_OPEN';
  constructor(readonly opensOn: string) {
    super(`报名将于 ${opensOn} 开始`);
  }
}

export class RegistrationClosed extends DomainError {
  readonly code = 'REGISTRATION_CLOSED';
  constructor(readonly closedOn: string) {
    super(`报名已于 ${closedOn} 截止`);
  }
}

export class AlreadyRegistered extends DomainError {
  readonly code = 'ALREADY_REGISTERED';
  constructor() {
    super('你已报名该项目（或已加入该项目的一支队伍）');
  }
}

/** @deprecated no longer thrown: a wrong-state refusal is InvalidTransition. Kept for the schema. */
export class EntryNotActive extends DomainError {
  readonly code = 'ENTRY_NOT_ACTIVE';
  constructor(readonly status: (typeof competitionEntries.$inferSelect)['status']) {
    super('该报名当前状态不允许此操作');
  }
}

export class CancellationClosed extends DomainError {
  readonly code = 'CANCELLATION_CLOSED';
  constructor(readonly deadline: Date) {
    super('已过自行取消报名的截止时间，如需退出请联系主办工会');
  }
}

export class OfferExpired extends DomainError {
  readonly code = 'OFFER_EXPIRED';
  constructor() {
    super('候补名额的确认期限已过，名额已顺延给下一位');
  }
}

export class TeamFull extends DomainError {
  readonly code = 'TEAM_FULL';
  constructor(readonly maxTeamSize: number) {
    super(`每队最多 ${maxTeamSize} 人`);
  }
}

export class TeamFormationClosed extends DomainError {
  readonly code = 'TEAM_FORMATION_CLOSED';
  constructor() {
    super('组队截止时间已过');
  }
}

export class AlreadyInvited extends DomainError {
  readonly code = 'ALREADY_INVITED';
  constructor() {
    super('已邀请过该会员');
  }
}

export class NoPendingInvitation extends DomainError {
  readonly code = 'NO_PENDING_INVITATION';
  constructor() {
    super('没有待回复的组队邀请');
  }
}

export class NotATeamMember extends DomainError {
  readonly code = 'NOT_A_TEAM_MEMBER';
  constructor() {
    super('你不是该队的队员（队长请取消报名）');
  }
}

export class NotOnWaitingList extends DomainError {
  readonly code = 'NOT_ON_WAITING_LIST';
  constructor() {
    super('该报名不在候补名单中');
  }
}

export class CheckInCodeInvalid extends DomainError {
  readonly code = 'CHECK_IN_CODE_INVALID';
  constructor() {
    super('签到码无效');
  }
}

export class AlreadyCheckedIn extends DomainError {
  readonly code = 'ALREADY_CHECKED_IN';
  constructor(readonly checkedInAt: Date) {
    super('该参赛者已签到');
  }
}

export class NotCheckedIn extends DomainError {
  readonly code = 'NOT_CHECKED_IN';
  constructor() {
    super('参赛者尚未签到，不能录入成绩');
  }
}

export class ResultsAlreadyPublished extends DomainError {
  readonly code = 'RESULTS_ALREADY_PUBLISHED';
  constructor() {
    super('该项目成绩已公布，不能再更改');
  }
}

export class NoScores extends DomainError {
  readonly code = 'NO_SCORES';
  constructor() {
    super('该项目还没有任何成绩，无法公布');
  }
}

errorType(NotEligible, 'NotEligible', {
  description: '不符合报名条件；reason 说明原因。',
  fields: (t) => ({ reason: t.field({ description: '不符合的是哪一条报名条件。', type: EligibilityRefusalEnum, resolve: (e: NotEligible) => e.reason }) }),
});
errorType(RegistrationNotOpen, 'RegistrationNotOpen', {
  description: '报名尚未开始。',
  fields: (t) => ({ opensOn: t.field({ description: '报名开始日（北京时间）。', type: 'Date', resolve: (e: RegistrationNotOpen) => e.opensOn }) }),
});
errorType(RegistrationClosed, 'RegistrationClosed', {
  description: '报名已截止。',
  fields: (t) => ({ closedOn: t.field({ description: '报名截止日（北京时间，已过）。', type: 'Date', resolve: (e: RegistrationClosed) => e.closedOn }) }),
});
errorType(AlreadyRegistered, 'AlreadyRegistered', { description: '同一会员在同一项目只能有一份有效报名。' });
errorType(EntryNotActive, 'EntryNotActive', {
  description:
    'Deprecated: no longer returned; every wrong-state refusal is now InvalidTransition (code INVALID_TRANSITION). ' +
    '（原义：报名的当前状态不允许此操作；status 为当前状态。）',
  fields: (t) => ({ status: t.field({ description: '报名此刻的状态。', type: CompetitionEntryStatus, resolve: (e: EntryNotActive) => e.status }) }),
});
errorType(CancellationClosed, 'CancellationClosed', {
  description: '已过自行取消的截止时间。',
  fields: (t) => ({ deadline: t.field({ description: '自行取消的截止时间（已过）。', type: 'DateTime', resolve: (e: CancellationClosed) => e.deadline }) }),
});
errorType(OfferExpired, 'OfferExpired', { description: '递补名额确认期限已过，已顺延给下一位。' });
errorType(TeamFull, 'TeamFull', {
  description: '队伍人数（含待回复的邀请）已达上限。',
  fields: (t) => ({ maxTeamSize: t.int({ description: '每队最多人数（含队长）。', resolve: (e: TeamFull) => e.maxTeamSize }) }),
});
errorType(TeamFormationClosed, 'TeamFormationClosed', { description: '组队截止时间已过。' });
errorType(AlreadyInvited, 'AlreadyInvited', { description: '已邀请过该会员。' });
errorType(NoPendingInvitation, 'NoPendingInvitation', { description: '没有待回复的组队邀请。' });
errorType(NotATeamMember, 'NotATeamMember', { description: '不是该队已加入的队员（队长应取消报名）。' });
errorType(NotOnWaitingList, 'NotOnWaitingList', { description: '该报名不在候补名单中。' });
errorType(CheckInCodeInvalid, 'CheckInCodeInvalid', { description: '签到码不属于本竞赛。' });
errorType(AlreadyCheckedIn, 'AlreadyCheckedIn', {
  description: '已签到过；checkedInAt 为首次签到时间。',
  fields: (t) => ({ checkedInAt: t.field({ description: '已检录的时间。', type: 'DateTime', resolve: (e: AlreadyCheckedIn) => e.checkedInAt }) }),
});
errorType(NotCheckedIn, 'NotCheckedIn', { description: '未签到的参赛者不能录入成绩。' });
errorType(ResultsAlreadyPublished, 'ResultsAlreadyPublished', { description: '成绩已公布，不能再更改。' });
errorType(NoScores, 'NoScores', { description: '没有可排名的成绩。' });
errorType(SkillCertificateTaken, 'SkillCertificateTaken', { description: '证书编号已登记。' });
