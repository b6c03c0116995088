import { DomainError, errorType } from '../common/errors.ts';

/** Card numbers on a pasted roll that are not members of the session's union (nothing was added). */
export class CongressNotUnionMember extends DomainError {
  readonly code = 'CONGRESS_NOT_UNION_MEMBER';
  constructor(readonly cardNumbers: string[]) {
    super(`以下会员卡号不是本工会会员，不能作为职工代表：${cardNumbers.join('、')}`);
  }
}

/** Card numbers already on the session's roll (nothing was added). */
export class CongressAlreadyDelegate extends DomainError {
  readonly code = 'CONGRESS_ALREADY_DELEGATE';
  constructor(readonly cardNumbers: string[]) {
    super(`以下会员已是本次大会的代表：${cardNumbers.join('、')}`);
  }
}

/** The roll is fixed once the congress opens. */
export class CongressRollClosed extends DomainError {
  readonly code = 'CONGRESS_ROLL_CLOSED';
  constructor() {
    super('大会开幕后代表名单不能再变更');
  }
}

/** The delegate has not signed in for the stage (attendance is what makes the quorum). */
export class CongressNotSignedIn extends DomainError {
  readonly code = 'CONGRESS_NOT_SIGNED_IN';
  constructor(readonly stage: string) {
    super('请先签到本阶段会议，再参加表决');
  }
}

/** Outside the stage's time window on the agenda. */
export class CongressOutsideWindow extends DomainError {
  readonly code = 'CONGRESS_OUTSIDE_WINDOW';
  constructor(
    readonly startsAt: Date,
    readonly endsAt: Date,
  ) {
    super('不在本阶段议程规定的时段内');
  }
}

/** The voting window has ended (the vote waits to be tallied). */
export class CongressVotingClosed extends DomainError {
  readonly code = 'CONGRESS_VOTING_CLOSED';
  constructor() {
    super('本项表决的投票时间已结束');
  }
}

/** One ballot per delegate per resolution. */
export class CongressAlreadyVoted extends DomainError {
  readonly code = 'CONGRESS_ALREADY_VOTED';
  constructor(readonly changeable: boolean) {
    super(changeable ? '您已投票；如需修改，请使用投票后获得的回执' : '您已投票，本次大会规定选票一经投出不可更改');
  }
}

/** The session does not allow changing a ballot. */
export class CongressBallotFinal extends DomainError {
  readonly code = 'CONGRESS_BALLOT_FINAL';
  constructor() {
    super('本次大会规定选票一经投出不可更改');
  }
}

/** A motion goes to the presidium only with enough co-signers (附议人数). */
export class CongressMotionNeedsCosigners extends DomainError {
  readonly code = 'CONGRESS_MOTION_NEEDS_COSIGNERS';
  constructor(
    readonly required: number,
    readonly have: number,
  ) {
    super(`提案须有 ${required} 名以上代表附议，目前 ${have} 名`);
  }
}

export class CongressAlreadyCosigned extends DomainError {
  readonly code = 'CONGRESS_ALREADY_COSIGNED';
  constructor() {
    super('您已附议该提案');
  }
}

export class CongressOwnMotion extends DomainError {
  readonly code = 'CONGRESS_OWN_MOTION';
  constructor() {
    super('提案人不能附议自己的提案');
  }
}

/** The step is the presidium's (主席团成员) or the proposer's, not the viewer's. */
export class CongressNotPermitted extends DomainError {
  readonly code = 'CONGRESS_NOT_PERMITTED';
}

/** The session cannot close while a vote is still open. */
export class CongressVoteStillOpen extends DomainError {
  readonly code = 'CONGRESS_VOTE_STILL_OPEN';
  constructor() {
    super('仍有表决事项在投票中，请先结束表决并计票');
  }
}

/** Opinions are given in the group discussion (小组讨论) only. */
export class CongressOpinionsClosed extends DomainError {
  readonly code = 'CONGRESS_OPINIONS_CLOSED';
  constructor(readonly stage: string) {
    super('只能在小组讨论阶段对会议文件发表、修改或撤回意见');
  }
}

/** One opinion per delegate per paragraph: the delegate edits the one they gave. */
export class CongressAlreadyGaveOpinion extends DomainError {
  readonly code = 'CONGRESS_ALREADY_GAVE_OPINION';
  constructor() {
    super('您已对这一段发表过意见，可以修改或撤回');
  }
}

/** A group summary that has been answered in writing is final. */
export class CongressSummaryAnswered extends DomainError {
  readonly code = 'CONGRESS_SUMMARY_ANSWERED';
  constructor() {
    super('该小组意见汇总已有书面答复，不能再修改或重复答复');
  }
}

errorType(CongressNotUnionMember, 'CongressNotUnionMember', {
  description: '名单中有人不是本工会会员（整份名单未写入）。',
  fields: (t) => ({ cardNumbers: t.stringList({ resolve: (e: CongressNotUnionMember) => e.cardNumbers }) }),
});
errorType(CongressAlreadyDelegate, 'CongressAlreadyDelegate', {
  description: '名单中有人已是本次大会代表（整份名单未写入）。',
  fields: (t) => ({ cardNumbers: t.stringList({ resolve: (e: CongressAlreadyDelegate) => e.cardNumbers }) }),
});
errorType(CongressRollClosed, 'CongressRollClosed', { description: '大会开幕后代表名单固定。' });
errorType(CongressNotSignedIn, 'CongressNotSignedIn', {
  description: '须先签到表决所在阶段的会议。',
  fields: (t) => ({ stage: t.string({ resolve: (e: CongressNotSignedIn) => e.stage }) }),
});
errorType(CongressOutsideWindow, 'CongressOutsideWindow', {
  description: '不在议程规定的时段内。',
  fields: (t) => ({
    startsAt: t.field({ type: 'DateTime', resolve: (e: CongressOutsideWindow) => e.startsAt }),
    endsAt: t.field({ type: 'DateTime', resolve: (e: CongressOutsideWindow) => e.endsAt }),
  }),
});
errorType(CongressVotingClosed, 'CongressVotingClosed', { description: '投票时间已过。' });
errorType(CongressAlreadyVoted, 'CongressAlreadyVoted', {
  description: '每名代表对每项表决只投一票。',
  fields: (t) => ({ changeable: t.boolean({ resolve: (e: CongressAlreadyVoted) => e.changeable }) }),
});
errorType(CongressBallotFinal, 'CongressBallotFinal', { description: '本次大会的选票不可更改。' });
errorType(CongressMotionNeedsCosigners, 'CongressMotionNeedsCosigners', {
  description: '附议人数不足。',
  fields: (t) => ({
    required: t.int({ resolve: (e: CongressMotionNeedsCosigners) => e.required }),
    have: t.int({ resolve: (e: CongressMotionNeedsCosigners) => e.have }),
  }),
});
errorType(CongressAlreadyCosigned, 'CongressAlreadyCosigned', { description: '已附议过。' });
errorType(CongressOwnMotion, 'CongressOwnMotion', { description: '不能附议自己的提案。' });
errorType(CongressNotPermitted, 'CongressNotPermitted', { description: '这一步由主席团或提案人办理。' });
errorType(CongressVoteStillOpen, 'CongressVoteStillOpen', { description: '仍有表决在进行中。' });
errorType(CongressOpinionsClosed, 'CongressOpinionsClosed', {
  description: '不在小组讨论阶段（只有小组讨论阶段可以发表、修改、撤回修改意见或提交小组汇总）。',
  fields: (t) => ({ stage: t.string({ description: '大会当前所处阶段（小写，如 presidium、closed）。', resolve: (e: CongressOpinionsClosed) => e.stage }) }),
});
errorType(CongressAlreadyGaveOpinion, 'CongressAlreadyGaveOpinion', { description: '每名代表对每一段只提一条意见；已提过的请修改（editCongressOpinion）或撤回。' });
errorType(CongressSummaryAnswered, 'CongressSummaryAnswered', { description: '小组意见汇总已有书面答复：不能再修改，也不能再次答复。' });
