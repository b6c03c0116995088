/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ChangeCompetitionEventCapacityInput = {
  capacity: number;
  event: string;
  /** 调整理由，写入审计记录。 */
  reason: string;
};

export type CheckInCompetitionEntryInput = {
  code: string;
  competition: string;
};

export type CompetitionEntryInput = {
  entry: string;
};

export type CompetitionEntryStatus =
  /** 本人已取消 */
  | 'CANCELLED'
  /** 报名成功 */
  | 'CONFIRMED'
  /** 组队截止时未达最少人数 */
  | 'EXPIRED'
  /** 组队中：已占名额，须在组队截止前达到最少人数 */
  | 'FORMING'
  /** 递补名额未在期限内确认 */
  | 'LAPSED'
  /** 候补递补：须在 offerExpiresAt 前确认 */
  | 'OFFERED'
  /** 候补中 */
  | 'WAITING'
  /** 主办方撤销 */
  | 'WITHDRAWN';

export type CompetitionEventInput = {
  capacity: number;
  kind: CompetitionEventKind;
  maxTeamSize?: number | null | undefined;
  minTeamSize?: number | null | undefined;
  name: string;
  prizes: Array<CompetitionPrizeInput>;
  teamFormationDeadline?: string | null | undefined;
};

export type CompetitionEventKind =
  /** 个人项目 */
  | 'INDIVIDUAL'
  /** 团体项目 */
  | 'TEAM';

/** 竞赛级别。 */
export type CompetitionLevel =
  /** 市级 */
  | 'CITY'
  /** 区/县级 */
  | 'DISTRICT'
  /** 企业级 */
  | 'ENTERPRISE'
  /** 全国 */
  | 'NATIONAL'
  /** 省级 */
  | 'PROVINCE';

export type CompetitionParticipantRole =
  /** 队长 */
  | 'CAPTAIN'
  /** 个人参赛者 */
  | 'INDIVIDUAL'
  /** 队员 */
  | 'MEMBER';

export type CompetitionParticipantStatus =
  /** 已加入 */
  | 'ACCEPTED'
  /** 已拒绝 */
  | 'DECLINED'
  /** 已邀请，待回复 */
  | 'INVITED'
  /** 已退出 */
  | 'LEFT';

export type CompetitionPrizeInput = {
  /** 如 一等奖。 */
  name: string;
  quantity: number;
  /** 1 为最高等级。 */
  tier: number;
};

export type CraftsmanTitle =
  /** 工匠（如齐鲁工匠） */
  | 'CRAFTSMAN'
  /** 大工匠（如齐鲁大工匠） */
  | 'MASTER_CRAFTSMAN';

export type CreateCompetitionInput = {
  cancellationDeadline: string;
  endsOn: string;
  events: Array<CompetitionEventInput>;
  isOnline: boolean;
  level: CompetitionLevel;
  maxAge?: number | null | undefined;
  minAge?: number | null | undefined;
  offerHoldHours?: number | null | undefined;
  organizer: string;
  registrationClosesOn: string;
  registrationOpensOn: string;
  requiredSkillLevel?: SkillLevel | null | undefined;
  startsOn: string;
  title: string;
  /** 工种，如 焊工。 */
  trade: string;
  venue?: string | null | undefined;
};

/** 不符合报名条件的原因。 */
export type EligibilityRefusal =
  /** 有年龄要求但未登记出生日期 */
  | 'BIRTH_DATE_UNKNOWN'
  /** 不是工会会员 */
  | 'NOT_A_MEMBER'
  /** 不属于主办工会（含下级工会） */
  | 'OUTSIDE_ORGANIZER'
  /** 缺少所需等级的职业技能证书 */
  | 'SKILL_CERTIFICATE_REQUIRED'
  /** 高于最高年龄 */
  | 'TOO_OLD'
  /** 低于最低年龄 */
  | 'TOO_YOUNG';

export type InviteCompetitionTeamMemberInput = {
  entry: string;
  /** 被邀请会员的登录手机号。 */
  phone: string;
};

export type LoginInput = {
  password: string;
  phone: string;
};

/** 绑定工会会员卡。 */
export type MemberCardInput = {
  birthDate?: string | null | undefined;
  cardNumber: string;
  realName: string;
  /** 所属基层工会。 */
  union: string;
};

export type PublishCompetitionResultsInput = {
  event: string;
};

export type RecordCompetitionScoreInput = {
  durationSeconds?: number | null | undefined;
  entry: string;
  /** 十进制字符串，如 "92.50"。 */
  score: string;
};

export type RegisterForCompetitionEventInput = {
  event: string;
  /** 团体项目必填。 */
  teamName?: string | null | undefined;
};

export type RespondToCompetitionInvitationInput = {
  accept: boolean;
  entry: string;
};

export type RoleName =
  /** 用人单位员工 */
  | 'EMPLOYER_STAFF'
  /** 财务复核 */
  | 'FINANCE'
  /** 评审专家 */
  | 'GRANT_REVIEWER'
  /** 普惠商家员工 */
  | 'MERCHANT_STAFF'
  /** 平台管理员 */
  | 'PLATFORM_ADMIN'
  /** 工会工作人员（在所属工会及下级工会范围内） */
  | 'UNION_STAFF';

export type SignUpInput = {
  displayName: string;
  memberCard?: MemberCardInput | null | undefined;
  password: string;
  phone: string;
};

/** 国家职业技能等级，由低到高。 */
export type SkillLevel =
  /** 中级工（四级） */
  | 'INTERMEDIATE'
  /** 初级工（五级） */
  | 'JUNIOR'
  /** 高级工（三级） */
  | 'SENIOR'
  /** 高级技师（一级） */
  | 'SENIOR_TECHNICIAN'
  /** 技师（二级） */
  | 'TECHNICIAN';

/** 工会层级：全国总工会 → 省 → 市 → 区/县 → 基层工会。 */
export type UnionLevel =
  /** 市总工会 */
  | 'CITY'
  /** 区/县总工会 */
  | 'DISTRICT'
  /** 基层工会 */
  | 'GRASSROOTS'
  /** 全国总工会 */
  | 'NATIONAL'
  /** 省总工会 */
  | 'PROVINCE';

export type WithdrawCompetitionEntryInput = {
  entry: string;
  reason: string;
};

export type CancelEntryMutationVariables = Exact<{
  input: CompetitionEntryInput;
}>;


export type CancelEntryMutation = { cancelCompetitionEntry:
    | { __typename: 'CancelCompetitionEntrySuccess', entry: { id: string, status: CompetitionEntryStatus, kind: CompetitionEventKind, teamName: string | null, registrantName: string, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, checkedInAt: string | null, score: string | null, rank: number | null, provisionalRank: number | null, prize: { name: string } | null, event: { id: string, name: string, kind: CompetitionEventKind, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null }, competition: { id: string, title: string, startsOn: string, cancellationDeadline: string }, participants: Array<{ realName: string, role: CompetitionParticipantRole, status: CompetitionParticipantStatus }> } }
    | { __typename: 'CancellationClosed', code: string, message: string }
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type AcceptOfferMutationVariables = Exact<{
  input: CompetitionEntryInput;
}>;


export type AcceptOfferMutation = { acceptCompetitionOffer:
    | { __typename: 'AcceptCompetitionOfferSuccess', entry: { id: string, status: CompetitionEntryStatus, kind: CompetitionEventKind, teamName: string | null, registrantName: string, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, checkedInAt: string | null, score: string | null, rank: number | null, provisionalRank: number | null, prize: { name: string } | null, event: { id: string, name: string, kind: CompetitionEventKind, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null }, competition: { id: string, title: string, startsOn: string, cancellationDeadline: string }, participants: Array<{ realName: string, role: CompetitionParticipantRole, status: CompetitionParticipantStatus }> } }
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'OfferExpired', code: string, message: string }
    | { __typename: 'TeamFormationClosed', code: string, message: string }
   | null };

export type LeaveTeamMutationVariables = Exact<{
  input: CompetitionEntryInput;
}>;


export type LeaveTeamMutation = { leaveCompetitionTeam:
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'LeaveCompetitionTeamSuccess', entry: { id: string } }
    | { __typename: 'NotATeamMember', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'TeamFormationClosed', code: string, message: string }
   | null };

export type InviteTeamMemberMutationVariables = Exact<{
  input: InviteCompetitionTeamMemberInput;
}>;


export type InviteTeamMemberMutation = { inviteCompetitionTeamMember:
    | { __typename: 'AlreadyInvited', code: string, message: string }
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InviteCompetitionTeamMemberSuccess', invitation: { realName: string, status: CompetitionParticipantStatus } }
    | { __typename: 'NotEligible', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'TeamFormationClosed', code: string, message: string }
    | { __typename: 'TeamFull', code: string, message: string }
   | null };

export type CompetitionCardFragment = { id: string, title: string, trade: string, level: CompetitionLevel, startsOn: string, endsOn: string, registrationOpensOn: string, registrationClosesOn: string, registrationOpen: boolean, isOnline: boolean, venue: string | null, organizer: { id: string, name: string } };

export type MyEntryFragment = { id: string, status: CompetitionEntryStatus, kind: CompetitionEventKind, teamName: string | null, registrantName: string, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, checkedInAt: string | null, score: string | null, rank: number | null, provisionalRank: number | null, prize: { name: string } | null, event: { id: string, name: string, kind: CompetitionEventKind, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null }, competition: { id: string, title: string, startsOn: string, cancellationDeadline: string }, participants: Array<{ realName: string, role: CompetitionParticipantRole, status: CompetitionParticipantStatus }> };

type ErrorParts_AlreadyCheckedIn_Fragment = { __typename: 'AlreadyCheckedIn', code: string, message: string };

type ErrorParts_AlreadyInvited_Fragment = { __typename: 'AlreadyInvited', code: string, message: string };

type ErrorParts_AlreadyRegistered_Fragment = { __typename: 'AlreadyRegistered', code: string, message: string };

type ErrorParts_ApiKeyNotActive_Fragment = { __typename: 'ApiKeyNotActive', code: string, message: string };

type ErrorParts_CancellationClosed_Fragment = { __typename: 'CancellationClosed', code: string, message: string };

type ErrorParts_CheckInCodeInvalid_Fragment = { __typename: 'CheckInCodeInvalid', code: string, message: string };

type ErrorParts_EntryNotActive_Fragment = { __typename: 'EntryNotActive', code: string, message: string };

type ErrorParts_InputValidationError_Fragment = { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> };

type ErrorParts_InvalidCredentials_Fragment = { __typename: 'InvalidCredentials', code: string, message: string };

type ErrorParts_MemberCardTaken_Fragment = { __typename: 'MemberCardTaken', code: string, message: string };

type ErrorParts_NoPendingInvitation_Fragment = { __typename: 'NoPendingInvitation', code: string, message: string };

type ErrorParts_NoScores_Fragment = { __typename: 'NoScores', code: string, message: string };

type ErrorParts_NotATeamMember_Fragment = { __typename: 'NotATeamMember', code: string, message: string };

type ErrorParts_NotCheckedIn_Fragment = { __typename: 'NotCheckedIn', code: string, message: string };

type ErrorParts_NotEligible_Fragment = { __typename: 'NotEligible', code: string, message: string };

type ErrorParts_NotFound_Fragment = { __typename: 'NotFound', code: string, message: string };

type ErrorParts_NotOnWaitingList_Fragment = { __typename: 'NotOnWaitingList', code: string, message: string };

type ErrorParts_OfferExpired_Fragment = { __typename: 'OfferExpired', code: string, message: string };

type ErrorParts_PhoneTaken_Fragment = { __typename: 'PhoneTaken', code: string, message: string };

type ErrorParts_RegistrationClosed_Fragment = { __typename: 'RegistrationClosed', code: string, message: string };

type ErrorParts_RegistrationNotOpen_Fragment = { __typename: 'RegistrationNotOpen', code: string, message: string };

type ErrorParts_ResultsAlreadyPublished_Fragment = { __typename: 'ResultsAlreadyPublished', code: string, message: string };

type ErrorParts_RoleAlreadyGranted_Fragment = { __typename: 'RoleAlreadyGranted', code: string, message: string };

type ErrorParts_SkillCertificateTaken_Fragment = { __typename: 'SkillCertificateTaken', code: string, message: string };

type ErrorParts_TeamFormationClosed_Fragment = { __typename: 'TeamFormationClosed', code: string, message: string };

type ErrorParts_TeamFull_Fragment = { __typename: 'TeamFull', code: string, message: string };

export type ErrorPartsFragment =
  | ErrorParts_AlreadyCheckedIn_Fragment
  | ErrorParts_AlreadyInvited_Fragment
  | ErrorParts_AlreadyRegistered_Fragment
  | ErrorParts_ApiKeyNotActive_Fragment
  | ErrorParts_CancellationClosed_Fragment
  | ErrorParts_CheckInCodeInvalid_Fragment
  | ErrorParts_EntryNotActive_Fragment
  | ErrorParts_InputValidationError_Fragment
  | ErrorParts_InvalidCredentials_Fragment
  | ErrorParts_MemberCardTaken_Fragment
  | ErrorParts_NoPendingInvitation_Fragment
  | ErrorParts_NoScores_Fragment
  | ErrorParts_NotATeamMember_Fragment
  | ErrorParts_NotCheckedIn_Fragment
  | ErrorParts_NotEligible_Fragment
  | ErrorParts_NotFound_Fragment
  | ErrorParts_NotOnWaitingList_Fragment
  | ErrorParts_OfferExpired_Fragment
  | ErrorParts_PhoneTaken_Fragment
  | ErrorParts_RegistrationClosed_Fragment
  | ErrorParts_RegistrationNotOpen_Fragment
  | ErrorParts_ResultsAlreadyPublished_Fragment
  | ErrorParts_RoleAlreadyGranted_Fragment
  | ErrorParts_SkillCertificateTaken_Fragment
  | ErrorParts_TeamFormationClosed_Fragment
  | ErrorParts_TeamFull_Fragment
;

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidCredentials', code: string, message: string }
    | { __typename: 'LoginSuccess', session: { token: string } }
   };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'MemberCardTaken', code: string, message: string }
    | { __typename: 'PhoneTaken', code: string, message: string }
    | { __typename: 'SignUpSuccess', session: { token: string } }
   };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { __typename: 'LogoutSuccess', revoked: boolean } | null };

export type UnionRootsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnionRootsQuery = { unions: { nodes: Array<{ id: string, name: string, code: string, level: UnionLevel, children: { nodes: Array<{ id: string, name: string, code: string, level: UnionLevel }> } }> } };

export type UnionChildrenQueryVariables = Exact<{
  parent: string;
}>;


export type UnionChildrenQuery = { unions: { nodes: Array<{ id: string, name: string, code: string, level: UnionLevel }> } };

export type CertificateCheckQueryVariables = Exact<{
  number: string;
}>;


export type CertificateCheckQuery = { competitionCertificate: { number: string, holderName: string, competitionTitle: string, competitionStartsOn: string, organizerName: string, eventName: string, teamName: string | null, prizeName: string, rank: number, issuedAt: string } | null };

export type CompetitionsPageQueryVariables = Exact<{
  trade?: string | null | undefined;
  open?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type CompetitionsPageQuery = { me: { id: string, displayName: string, phone: string, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, competitions: { nodes: Array<{ id: string, title: string, trade: string, level: CompetitionLevel, startsOn: string, endsOn: string, registrationOpensOn: string, registrationClosesOn: string, registrationOpen: boolean, isOnline: boolean, venue: string | null, organizer: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CompetitionPageQueryVariables = Exact<{
  id: string;
  member: boolean;
}>;


export type CompetitionPageQuery = { me: { id: string, displayName: string, phone: string, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Competition', cancellationDeadline: string, minAge: number | null, maxAge: number | null, requiredSkillLevel: SkillLevel | null, offerHoldHours: number, id: string, title: string, trade: string, level: CompetitionLevel, startsOn: string, endsOn: string, registrationOpensOn: string, registrationClosesOn: string, registrationOpen: boolean, isOnline: boolean, venue: string | null, events: { nodes: Array<{ id: string, name: string, kind: CompetitionEventKind, capacity: number, seatsTaken: number, waitingCount: number, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null, prizes: Array<{ tier: number, name: string, quantity: number }>, viewerEligibility: { eligible: boolean, message: string | null, reason: EligibilityRefusal | null } | null }> }, organizer: { id: string, name: string } }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'Member' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
   | null, myCompetitionEntries?: { nodes: Array<{ id: string, status: CompetitionEntryStatus, kind: CompetitionEventKind, teamName: string | null, registrantName: string, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, checkedInAt: string | null, score: string | null, rank: number | null, provisionalRank: number | null, prize: { name: string } | null, event: { id: string, name: string, kind: CompetitionEventKind, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null }, competition: { id: string, title: string, startsOn: string, cancellationDeadline: string }, participants: Array<{ realName: string, role: CompetitionParticipantRole, status: CompetitionParticipantStatus }> }> } };

export type RegisterForEventMutationVariables = Exact<{
  input: RegisterForCompetitionEventInput;
}>;


export type RegisterForEventMutation = { registerForCompetitionEvent:
    | { __typename: 'AlreadyRegistered', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotEligible', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RegisterForCompetitionEventSuccess', entry: { id: string, status: CompetitionEntryStatus, kind: CompetitionEventKind, teamName: string | null, registrantName: string, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, checkedInAt: string | null, score: string | null, rank: number | null, provisionalRank: number | null, prize: { name: string } | null, event: { id: string, name: string, kind: CompetitionEventKind, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null }, competition: { id: string, title: string, startsOn: string, cancellationDeadline: string }, participants: Array<{ realName: string, role: CompetitionParticipantRole, status: CompetitionParticipantStatus }> } }
    | { __typename: 'RegistrationClosed', code: string, message: string }
    | { __typename: 'RegistrationNotOpen', code: string, message: string }
    | { __typename: 'TeamFormationClosed', code: string, message: string }
   | null };

export type EventResultsPageQueryVariables = Exact<{
  id: string;
}>;


export type EventResultsPageQuery = { me: { id: string, displayName: string, phone: string, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, competitionEvent: { id: string, name: string, kind: CompetitionEventKind, resultsPublishedAt: string | null, competition: { id: string, title: string }, results: { totalCount: number, nodes: Array<{ rank: number, score: string, durationSeconds: number | null, entrantName: string, teamName: string | null, prize: { name: string } | null }> } } | null };

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { me: { id: string, displayName: string, phone: string, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, competitions: { nodes: Array<{ id: string, title: string, trade: string, level: CompetitionLevel, startsOn: string, endsOn: string, registrationOpensOn: string, registrationClosesOn: string, registrationOpen: boolean, isOnline: boolean, venue: string | null, organizer: { id: string, name: string } }> } };

export type MePageQueryVariables = Exact<{ [key: string]: never; }>;


export type MePageQuery = { me: { createdAt: string, id: string, displayName: string, phone: string, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null };

export type MyCompetitionsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCompetitionsPageQuery = { me: { id: string, displayName: string, phone: string, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myCompetitionEntries: { nodes: Array<{ id: string, status: CompetitionEntryStatus, kind: CompetitionEventKind, teamName: string | null, registrantName: string, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, checkedInAt: string | null, score: string | null, rank: number | null, provisionalRank: number | null, prize: { name: string } | null, event: { id: string, name: string, kind: CompetitionEventKind, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null }, competition: { id: string, title: string, startsOn: string, cancellationDeadline: string }, participants: Array<{ realName: string, role: CompetitionParticipantRole, status: CompetitionParticipantStatus }> }> }, myCompetitionInvitations: { nodes: Array<{ status: CompetitionParticipantStatus, role: CompetitionParticipantRole, entry: { id: string, teamName: string | null, registrantName: string, event: { id: string, name: string, teamFormationDeadline: string | null }, competition: { id: string, title: string } } }> }, myCompetitionCertificates: { nodes: Array<{ number: string, competitionTitle: string, eventName: string, prizeName: string, rank: number, teamName: string | null, issuedAt: string, competitionStartsOn: string }> } };

export type RespondToInvitationMutationVariables = Exact<{
  input: RespondToCompetitionInvitationInput;
}>;


export type RespondToInvitationMutation = { respondToCompetitionInvitation:
    | { __typename: 'AlreadyRegistered', code: string, message: string }
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NoPendingInvitation', code: string, message: string }
    | { __typename: 'NotEligible', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RespondToCompetitionInvitationSuccess', entry: { id: string, status: CompetitionEntryStatus } }
    | { __typename: 'TeamFormationClosed', code: string, message: string }
    | { __typename: 'TeamFull', code: string, message: string }
   | null };

export type StaffCompetitionsQueryVariables = Exact<{
  organizer?: string | null | undefined;
}>;


export type StaffCompetitionsQuery = { me: { id: string, displayName: string, phone: string, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, competitions: { nodes: Array<{ id: string, title: string, trade: string, level: CompetitionLevel, startsOn: string, endsOn: string, registrationOpensOn: string, registrationClosesOn: string, registrationOpen: boolean, isOnline: boolean, venue: string | null, events: { nodes: Array<{ id: string, name: string, kind: CompetitionEventKind, capacity: number, seatsTaken: number, waitingCount: number, resultsPublishedAt: string | null }> }, organizer: { id: string, name: string } }> } };

export type StaffEventQueryVariables = Exact<{
  id: string;
  status?: CompetitionEntryStatus | null | undefined;
}>;


export type StaffEventQuery = { me: { id: string, displayName: string, phone: string, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, competitionEvent: { id: string, name: string, kind: CompetitionEventKind, capacity: number, seatsTaken: number, waitingCount: number, resultsPublishedAt: string | null, competition: { id: string, title: string, startsOn: string }, entries: { totalCount: number, nodes: Array<{ id: string, status: CompetitionEntryStatus, registrantName: string, teamName: string | null, arrivalSeq: number, checkInCode: string | null, checkedInAt: string | null, score: string | null, durationSeconds: number | null, provisionalRank: number | null, rank: number | null, waitlistPosition: number | null, prize: { name: string } | null }> } | null } | null };

export type CreateCompetitionMutationVariables = Exact<{
  input: CreateCompetitionInput;
}>;


export type CreateCompetitionMutation = { createCompetition:
    | { __typename: 'CreateCompetitionSuccess', competition: { id: string, title: string } }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
   | null };

export type CheckInEntryMutationVariables = Exact<{
  input: CheckInCompetitionEntryInput;
}>;


export type CheckInEntryMutation = { checkInCompetitionEntry:
    | { __typename: 'AlreadyCheckedIn', code: string, message: string }
    | { __typename: 'CheckInCodeInvalid', code: string, message: string }
    | { __typename: 'CheckInCompetitionEntrySuccess', entry: { id: string, registrantName: string, teamName: string | null } }
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type RecordScoreMutationVariables = Exact<{
  input: RecordCompetitionScoreInput;
}>;


export type RecordScoreMutation = { recordCompetitionScore:
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotCheckedIn', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RecordCompetitionScoreSuccess', entry: { id: string, score: string | null } }
    | { __typename: 'ResultsAlreadyPublished', code: string, message: string }
   | null };

export type PublishResultsMutationVariables = Exact<{
  input: PublishCompetitionResultsInput;
}>;


export type PublishResultsMutation = { publishCompetitionResults:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NoScores', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'PublishCompetitionResultsSuccess', event: { id: string, resultsPublishedAt: string | null } }
    | { __typename: 'ResultsAlreadyPublished', code: string, message: string }
   | null };

export type ChangeCapacityMutationVariables = Exact<{
  input: ChangeCompetitionEventCapacityInput;
}>;


export type ChangeCapacityMutation = { changeCompetitionEventCapacity:
    | { __typename: 'ChangeCompetitionEventCapacitySuccess', event: { id: string, capacity: number } }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type WithdrawEntryMutationVariables = Exact<{
  input: WithdrawCompetitionEntryInput;
}>;


export type WithdrawEntryMutation = { withdrawCompetitionEntry:
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'WithdrawCompetitionEntrySuccess', entry: { id: string, status: CompetitionEntryStatus } }
   | null };

export type ViewerFragment = { id: string, displayName: string, phone: string, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CompetitionCardFragmentDoc = new TypedDocumentString(`
    fragment CompetitionCard on Competition {
  id
  title
  trade
  level
  startsOn
  endsOn
  registrationOpensOn
  registrationClosesOn
  registrationOpen
  isOnline
  venue
  organizer {
    id
    name
  }
}
    `, {"fragmentName":"CompetitionCard"}) as unknown as TypedDocumentString<CompetitionCardFragment, unknown>;
export const MyEntryFragmentDoc = new TypedDocumentString(`
    fragment MyEntry on CompetitionEntry {
  id
  status
  kind
  teamName
  registrantName
  waitlistPosition
  offerExpiresAt
  checkInCode
  checkedInAt
  score
  rank
  provisionalRank
  prize {
    name
  }
  event {
    id
    name
    kind
    minTeamSize
    maxTeamSize
    teamFormationDeadline
    resultsPublishedAt
  }
  competition {
    id
    title
    startsOn
    cancellationDeadline
  }
  participants {
    realName
    role
    status
  }
}
    `, {"fragmentName":"MyEntry"}) as unknown as TypedDocumentString<MyEntryFragment, unknown>;
export const ErrorPartsFragmentDoc = new TypedDocumentString(`
    fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}
    `, {"fragmentName":"ErrorParts"}) as unknown as TypedDocumentString<ErrorPartsFragment, unknown>;
export const ViewerFragmentDoc = new TypedDocumentString(`
    fragment Viewer on User {
  id
  displayName
  phone
  member {
    id
    realName
    cardNumber
    birthDate
    isHardship
    isModelWorker
    craftsmanTitle
    union {
      id
      name
      code
    }
  }
  roles {
    role
    organizationId
    union {
      id
      name
      code
    }
  }
}
    `, {"fragmentName":"Viewer"}) as unknown as TypedDocumentString<ViewerFragment, unknown>;
export const CancelEntryDocument = new TypedDocumentString(`
    mutation CancelEntry($input: CompetitionEntryInput!) {
  cancelCompetitionEntry(input: $input) {
    __typename
    ... on CancelCompetitionEntrySuccess {
      entry {
        ...MyEntry
      }
    }
    ...ErrorParts
  }
}
    fragment MyEntry on CompetitionEntry {
  id
  status
  kind
  teamName
  registrantName
  waitlistPosition
  offerExpiresAt
  checkInCode
  checkedInAt
  score
  rank
  provisionalRank
  prize {
    name
  }
  event {
    id
    name
    kind
    minTeamSize
    maxTeamSize
    teamFormationDeadline
    resultsPublishedAt
  }
  competition {
    id
    title
    startsOn
    cancellationDeadline
  }
  participants {
    realName
    role
    status
  }
}
fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<CancelEntryMutation, CancelEntryMutationVariables>;
export const AcceptOfferDocument = new TypedDocumentString(`
    mutation AcceptOffer($input: CompetitionEntryInput!) {
  acceptCompetitionOffer(input: $input) {
    __typename
    ... on AcceptCompetitionOfferSuccess {
      entry {
        ...MyEntry
      }
    }
    ...ErrorParts
  }
}
    fragment MyEntry on CompetitionEntry {
  id
  status
  kind
  teamName
  registrantName
  waitlistPosition
  offerExpiresAt
  checkInCode
  checkedInAt
  score
  rank
  provisionalRank
  prize {
    name
  }
  event {
    id
    name
    kind
    minTeamSize
    maxTeamSize
    teamFormationDeadline
    resultsPublishedAt
  }
  competition {
    id
    title
    startsOn
    cancellationDeadline
  }
  participants {
    realName
    role
    status
  }
}
fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<AcceptOfferMutation, AcceptOfferMutationVariables>;
export const LeaveTeamDocument = new TypedDocumentString(`
    mutation LeaveTeam($input: CompetitionEntryInput!) {
  leaveCompetitionTeam(input: $input) {
    __typename
    ... on LeaveCompetitionTeamSuccess {
      entry {
        id
      }
    }
    ...ErrorParts
  }
}
    fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<LeaveTeamMutation, LeaveTeamMutationVariables>;
export const InviteTeamMemberDocument = new TypedDocumentString(`
    mutation InviteTeamMember($input: InviteCompetitionTeamMemberInput!) {
  inviteCompetitionTeamMember(input: $input) {
    __typename
    ... on InviteCompetitionTeamMemberSuccess {
      invitation {
        realName
        status
      }
    }
    ...ErrorParts
  }
}
    fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<InviteTeamMemberMutation, InviteTeamMemberMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    __typename
    ... on LoginSuccess {
      session {
        token
      }
    }
    ...ErrorParts
  }
}
    fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    __typename
    ... on SignUpSuccess {
      session {
        token
      }
    }
    ...ErrorParts
  }
}
    fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout {
  logout {
    __typename
    ... on LogoutSuccess {
      revoked
    }
  }
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const UnionRootsDocument = new TypedDocumentString(`
    query UnionRoots {
  unions(first: 1) {
    nodes {
      id
      name
      code
      level
      children(first: 100) {
        nodes {
          id
          name
          code
          level
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnionRootsQuery, UnionRootsQueryVariables>;
export const UnionChildrenDocument = new TypedDocumentString(`
    query UnionChildren($parent: ID!) {
  unions(parent: $parent, first: 100) {
    nodes {
      id
      name
      code
      level
    }
  }
}
    `) as unknown as TypedDocumentString<UnionChildrenQuery, UnionChildrenQueryVariables>;
export const CertificateCheckDocument = new TypedDocumentString(`
    query CertificateCheck($number: String!) {
  competitionCertificate(number: $number) {
    number
    holderName
    competitionTitle
    competitionStartsOn
    organizerName
    eventName
    teamName
    prizeName
    rank
    issuedAt
  }
}
    `) as unknown as TypedDocumentString<CertificateCheckQuery, CertificateCheckQueryVariables>;
export const CompetitionsPageDocument = new TypedDocumentString(`
    query CompetitionsPage($trade: String, $open: Boolean, $after: String) {
  me {
    ...Viewer
  }
  competitions(first: 20, trade: $trade, registrationOpen: $open, after: $after) {
    nodes {
      ...CompetitionCard
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CompetitionCard on Competition {
  id
  title
  trade
  level
  startsOn
  endsOn
  registrationOpensOn
  registrationClosesOn
  registrationOpen
  isOnline
  venue
  organizer {
    id
    name
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  member {
    id
    realName
    cardNumber
    birthDate
    isHardship
    isModelWorker
    craftsmanTitle
    union {
      id
      name
      code
    }
  }
  roles {
    role
    organizationId
    union {
      id
      name
      code
    }
  }
}`) as unknown as TypedDocumentString<CompetitionsPageQuery, CompetitionsPageQueryVariables>;
export const CompetitionPageDocument = new TypedDocumentString(`
    query CompetitionPage($id: ID!, $member: Boolean!) {
  me {
    ...Viewer
  }
  node(id: $id) {
    __typename
    ... on Competition {
      ...CompetitionCard
      cancellationDeadline
      minAge
      maxAge
      requiredSkillLevel
      offerHoldHours
      events(first: 20) {
        nodes {
          id
          name
          kind
          capacity
          seatsTaken
          waitingCount
          minTeamSize
          maxTeamSize
          teamFormationDeadline
          resultsPublishedAt
          prizes {
            tier
            name
            quantity
          }
          viewerEligibility {
            eligible
            message
            reason
          }
        }
      }
    }
  }
  myCompetitionEntries(first: 50) @include(if: $member) {
    nodes {
      ...MyEntry
    }
  }
}
    fragment CompetitionCard on Competition {
  id
  title
  trade
  level
  startsOn
  endsOn
  registrationOpensOn
  registrationClosesOn
  registrationOpen
  isOnline
  venue
  organizer {
    id
    name
  }
}
fragment MyEntry on CompetitionEntry {
  id
  status
  kind
  teamName
  registrantName
  waitlistPosition
  offerExpiresAt
  checkInCode
  checkedInAt
  score
  rank
  provisionalRank
  prize {
    name
  }
  event {
    id
    name
    kind
    minTeamSize
    maxTeamSize
    teamFormationDeadline
    resultsPublishedAt
  }
  competition {
    id
    title
    startsOn
    cancellationDeadline
  }
  participants {
    realName
    role
    status
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  member {
    id
    realName
    cardNumber
    birthDate
    isHardship
    isModelWorker
    craftsmanTitle
    union {
      id
      name
      code
    }
  }
  roles {
    role
    organizationId
    union {
      id
      name
      code
    }
  }
}`) as unknown as TypedDocumentString<CompetitionPageQuery, CompetitionPageQueryVariables>;
export const RegisterForEventDocument = new TypedDocumentString(`
    mutation RegisterForEvent($input: RegisterForCompetitionEventInput!) {
  registerForCompetitionEvent(input: $input) {
    __typename
    ... on RegisterForCompetitionEventSuccess {
      entry {
        ...MyEntry
      }
    }
    ...ErrorParts
  }
}
    fragment MyEntry on CompetitionEntry {
  id
  status
  kind
  teamName
  registrantName
  waitlistPosition
  offerExpiresAt
  checkInCode
  checkedInAt
  score
  rank
  provisionalRank
  prize {
    name
  }
  event {
    id
    name
    kind
    minTeamSize
    maxTeamSize
    teamFormationDeadline
    resultsPublishedAt
  }
  competition {
    id
    title
    startsOn
    cancellationDeadline
  }
  participants {
    realName
    role
    status
  }
}
fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<RegisterForEventMutation, RegisterForEventMutationVariables>;
export const EventResultsPageDocument = new TypedDocumentString(`
    query EventResultsPage($id: ID!) {
  me {
    ...Viewer
  }
  competitionEvent(id: $id) {
    id
    name
    kind
    resultsPublishedAt
    competition {
      id
      title
    }
    results(first: 50) {
      totalCount
      nodes {
        rank
        score
        durationSeconds
        entrantName
        teamName
        prize {
          name
        }
      }
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  member {
    id
    realName
    cardNumber
    birthDate
    isHardship
    isModelWorker
    craftsmanTitle
    union {
      id
      name
      code
    }
  }
  roles {
    role
    organizationId
    union {
      id
      name
      code
    }
  }
}`) as unknown as TypedDocumentString<EventResultsPageQuery, EventResultsPageQueryVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage {
  me {
    ...Viewer
  }
  competitions(first: 5, registrationOpen: true) {
    nodes {
      ...CompetitionCard
    }
  }
}
    fragment CompetitionCard on Competition {
  id
  title
  trade
  level
  startsOn
  endsOn
  registrationOpensOn
  registrationClosesOn
  registrationOpen
  isOnline
  venue
  organizer {
    id
    name
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  member {
    id
    realName
    cardNumber
    birthDate
    isHardship
    isModelWorker
    craftsmanTitle
    union {
      id
      name
      code
    }
  }
  roles {
    role
    organizationId
    union {
      id
      name
      code
    }
  }
}`) as unknown as TypedDocumentString<HomePageQuery, HomePageQueryVariables>;
export const MePageDocument = new TypedDocumentString(`
    query MePage {
  me {
    ...Viewer
    createdAt
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  member {
    id
    realName
    cardNumber
    birthDate
    isHardship
    isModelWorker
    craftsmanTitle
    union {
      id
      name
      code
    }
  }
  roles {
    role
    organizationId
    union {
      id
      name
      code
    }
  }
}`) as unknown as TypedDocumentString<MePageQuery, MePageQueryVariables>;
export const MyCompetitionsPageDocument = new TypedDocumentString(`
    query MyCompetitionsPage {
  me {
    ...Viewer
  }
  myCompetitionEntries(first: 30) {
    nodes {
      ...MyEntry
    }
  }
  myCompetitionInvitations(first: 20) {
    nodes {
      status
      role
      entry {
        id
        teamName
        registrantName
        event {
          id
          name
          teamFormationDeadline
        }
        competition {
          id
          title
        }
      }
    }
  }
  myCompetitionCertificates(first: 20) {
    nodes {
      number
      competitionTitle
      eventName
      prizeName
      rank
      teamName
      issuedAt
      competitionStartsOn
    }
  }
}
    fragment MyEntry on CompetitionEntry {
  id
  status
  kind
  teamName
  registrantName
  waitlistPosition
  offerExpiresAt
  checkInCode
  checkedInAt
  score
  rank
  provisionalRank
  prize {
    name
  }
  event {
    id
    name
    kind
    minTeamSize
    maxTeamSize
    teamFormationDeadline
    resultsPublishedAt
  }
  competition {
    id
    title
    startsOn
    cancellationDeadline
  }
  participants {
    realName
    role
    status
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  member {
    id
    realName
    cardNumber
    birthDate
    isHardship
    isModelWorker
    craftsmanTitle
    union {
      id
      name
      code
    }
  }
  roles {
    role
    organizationId
    union {
      id
      name
      code
    }
  }
}`) as unknown as TypedDocumentString<MyCompetitionsPageQuery, MyCompetitionsPageQueryVariables>;
export const RespondToInvitationDocument = new TypedDocumentString(`
    mutation RespondToInvitation($input: RespondToCompetitionInvitationInput!) {
  respondToCompetitionInvitation(input: $input) {
    __typename
    ... on RespondToCompetitionInvitationSuccess {
      entry {
        id
        status
      }
    }
    ...ErrorParts
  }
}
    fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<RespondToInvitationMutation, RespondToInvitationMutationVariables>;
export const StaffCompetitionsDocument = new TypedDocumentString(`
    query StaffCompetitions($organizer: ID) {
  me {
    ...Viewer
  }
  competitions(first: 10, organizer: $organizer) {
    nodes {
      ...CompetitionCard
      events(first: 6) {
        nodes {
          id
          name
          kind
          capacity
          seatsTaken
          waitingCount
          resultsPublishedAt
        }
      }
    }
  }
}
    fragment CompetitionCard on Competition {
  id
  title
  trade
  level
  startsOn
  endsOn
  registrationOpensOn
  registrationClosesOn
  registrationOpen
  isOnline
  venue
  organizer {
    id
    name
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  member {
    id
    realName
    cardNumber
    birthDate
    isHardship
    isModelWorker
    craftsmanTitle
    union {
      id
      name
      code
    }
  }
  roles {
    role
    organizationId
    union {
      id
      name
      code
    }
  }
}`) as unknown as TypedDocumentString<StaffCompetitionsQuery, StaffCompetitionsQueryVariables>;
export const StaffEventDocument = new TypedDocumentString(`
    query StaffEvent($id: ID!, $status: CompetitionEntryStatus) {
  me {
    ...Viewer
  }
  competitionEvent(id: $id) {
    id
    name
    kind
    capacity
    seatsTaken
    waitingCount
    resultsPublishedAt
    competition {
      id
      title
      startsOn
    }
    entries(first: 50, status: $status) {
      totalCount
      nodes {
        id
        status
        registrantName
        teamName
        arrivalSeq
        checkInCode
        checkedInAt
        score
        durationSeconds
        provisionalRank
        rank
        waitlistPosition
        prize {
          name
        }
      }
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  member {
    id
    realName
    cardNumber
    birthDate
    isHardship
    isModelWorker
    craftsmanTitle
    union {
      id
      name
      code
    }
  }
  roles {
    role
    organizationId
    union {
      id
      name
      code
    }
  }
}`) as unknown as TypedDocumentString<StaffEventQuery, StaffEventQueryVariables>;
export const CreateCompetitionDocument = new TypedDocumentString(`
    mutation CreateCompetition($input: CreateCompetitionInput!) {
  createCompetition(input: $input) {
    __typename
    ... on CreateCompetitionSuccess {
      competition {
        id
        title
      }
    }
    ...ErrorParts
  }
}
    fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<CreateCompetitionMutation, CreateCompetitionMutationVariables>;
export const CheckInEntryDocument = new TypedDocumentString(`
    mutation CheckInEntry($input: CheckInCompetitionEntryInput!) {
  checkInCompetitionEntry(input: $input) {
    __typename
    ... on CheckInCompetitionEntrySuccess {
      entry {
        id
        registrantName
        teamName
      }
    }
    ...ErrorParts
  }
}
    fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<CheckInEntryMutation, CheckInEntryMutationVariables>;
export const RecordScoreDocument = new TypedDocumentString(`
    mutation RecordScore($input: RecordCompetitionScoreInput!) {
  recordCompetitionScore(input: $input) {
    __typename
    ... on RecordCompetitionScoreSuccess {
      entry {
        id
        score
      }
    }
    ...ErrorParts
  }
}
    fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<RecordScoreMutation, RecordScoreMutationVariables>;
export const PublishResultsDocument = new TypedDocumentString(`
    mutation PublishResults($input: PublishCompetitionResultsInput!) {
  publishCompetitionResults(input: $input) {
    __typename
    ... on PublishCompetitionResultsSuccess {
      event {
        id
        resultsPublishedAt
      }
    }
    ...ErrorParts
  }
}
    fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<PublishResultsMutation, PublishResultsMutationVariables>;
export const ChangeCapacityDocument = new TypedDocumentString(`
    mutation ChangeCapacity($input: ChangeCompetitionEventCapacityInput!) {
  changeCompetitionEventCapacity(input: $input) {
    __typename
    ... on ChangeCompetitionEventCapacitySuccess {
      event {
        id
        capacity
      }
    }
    ...ErrorParts
  }
}
    fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<ChangeCapacityMutation, ChangeCapacityMutationVariables>;
export const WithdrawEntryDocument = new TypedDocumentString(`
    mutation WithdrawEntry($input: WithdrawCompetitionEntryInput!) {
  withdrawCompetitionEntry(input: $input) {
    __typename
    ... on WithdrawCompetitionEntrySuccess {
      entry {
        id
        status
      }
    }
    ...ErrorParts
  }
}
    fragment ErrorParts on Error {
  __typename
  code
  message
  ... on InputValidationError {
    fieldErrors {
      field
      message
      code
    }
  }
}`) as unknown as TypedDocumentString<WithdrawEntryMutation, WithdrawEntryMutationVariables>;