import { builder } from '../builder.ts';

/** The enums of the competitions API (entry and participant states, levels, refusal reasons). */
export const CompetitionLevel = builder.enumType('CompetitionLevel', {
  description: '竞赛级别。',
  values: {
    ENTERPRISE: { value: 'enterprise', description: '企业级' },
    DISTRICT: { value: 'district', description: '区/县级' },
    CITY: { value: 'city', description: '市级' },
    PROVINCE: { value: 'province', description: '省级' },
    NATIONAL: { value: 'national', description: '全国' },
  } as const,
});

export const CompetitionEventKind = builder.enumType('CompetitionEventKind', {
  description: '竞赛项目（event）的形式。',
  values: {
    INDIVIDUAL: { value: 'individual', description: '个人项目' },
    TEAM: { value: 'team', description: '团体项目' },
  } as const,
});

export const SkillLevel = builder.enumType('SkillLevel', {
  description: '国家职业技能等级，由低到高。',
  values: {
    JUNIOR: { value: 'junior', description: '初级工（五级）' },
    INTERMEDIATE: { value: 'intermediate', description: '中级工（四级）' },
    SENIOR: { value: 'senior', description: '高级工（三级）' },
    TECHNICIAN: { value: 'technician', description: '技师（二级）' },
    SENIOR_TECHNICIAN: { value: 'senior_technician', description: '高级技师（一级）' },
  } as const,
});

export const CompetitionEntryStatus = builder.enumType('CompetitionEntryStatus', {
  description: '报名（entry）的状态。名额由数据库判定：满员后的报名进入候补，空出名额时按顺序递补。',
  values: {
    FORMING: { value: 'forming', description: '组队中：已占名额，须在组队截止前达到最少人数' },
    CONFIRMED: { value: 'confirmed', description: '报名成功' },
    WAITING: { value: 'waiting', description: '候补中' },
    OFFERED: { value: 'offered', description: '候补递补：须在 offerExpiresAt 前确认' },
    CANCELLED: { value: 'cancelled', description: '本人已取消' },
    WITHDRAWN: { value: 'withdrawn', description: '主办方撤销' },
    LAPSED: { value: 'lapsed', description: '递补名额未在期限内确认' },
    EXPIRED: { value: 'expired', description: '组队截止时未达最少人数' },
  } as const,
});

export const ParticipantRole = builder.enumType('CompetitionParticipantRole', {
  description: '参赛者在一份报名中的角色。',
  values: {
    INDIVIDUAL: { value: 'individual', description: '个人参赛者' },
    CAPTAIN: { value: 'captain', description: '队长' },
    MEMBER: { value: 'member', description: '队员' },
  } as const,
});

export const ParticipantStatus = builder.enumType('CompetitionParticipantStatus', {
  description: '团体项目中一名队员对邀请的状态。',
  values: {
    INVITED: { value: 'invited', description: '已邀请，待回复' },
    ACCEPTED: { value: 'accepted', description: '已加入' },
    DECLINED: { value: 'declined', description: '已拒绝' },
    LEFT: { value: 'left', description: '已退出' },
  } as const,
});

export const EligibilityRefusalEnum = builder.enumType('EligibilityRefusal', {
  description: '不符合报名条件的原因。',
  values: {
    NOT_A_MEMBER: { description: '不是工会会员' },
    OUTSIDE_ORGANIZER: { description: '不属于主办工会（含下级工会）' },
    BIRTH_DATE_UNKNOWN: { description: '有年龄要求但未登记出生日期' },
    TOO_YOUNG: { description: '低于最低年龄' },
    TOO_OLD: { description: '高于最高年龄' },
    SKILL_CERTIFICATE_REQUIRED: { description: '缺少所需等级的职业技能证书' },
  } as const,
});
