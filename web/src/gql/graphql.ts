/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 同意法律文本的新版本（文本更新后须重新同意）。 */
export type AcceptConsentsInput = {
  /** 同意的文本及版本，1 到 10 项；须为当前版本。 */
  accepted: Array<AcceptedDocumentInput>;
};

/** 用户勾选同意的文件及其版本（须为当前版本，见 legalDocuments）。 */
export type AcceptedDocumentInput = {
  /** 同意的文件。 */
  document: ConsentDocument;
  /** 同意的版本号（LegalDocument.version），最多 40 个字符；不是当前版本时返回 ConsentRequired。 */
  version: string;
};

/** 账号注销申请（account closure）的状态。 */
export type AccountClosureStatus =
  /** 已撤销 */
  | 'CANCELLED'
  /** 已注销，个人信息已删除或匿名化 */
  | 'COMPLETED'
  /** 冷静期中，可撤销 */
  | 'PENDING';

export type AddCongressDelegatesInput = {
  /** 会员卡号；可直接粘贴名单（每行一个，或以逗号、空格分隔）。 */
  cardNumbers: Array<string>;
  groupName: string;
  isGroupLeader?: boolean | null | undefined;
  isPresidium?: boolean | null | undefined;
  session: string;
};

export type AddCongressResolutionInput = {
  body: string;
  session: string;
  title: string;
};

export type AddMutualAidEnrolmentRowsInput = {
  /** 或：会员卡号列表。 */
  cardNumbers?: Array<string> | null | undefined;
  /** CSV 文本：每行“会员卡号,姓名”（姓名可省略，首行表头可有可无）；每次最多 2500 行，大文件分批上传。 */
  csv?: string | null | undefined;
  enrolment: string;
  /** 为 true 时先清空已上传的行（重新上传修改后的文件）。 */
  replace?: boolean | null | undefined;
};

export type AddRightsCaseNoteInput = {
  case: string;
  note: string;
};

export type AdvanceCongressSessionInput = {
  session: string;
  /** 要进入的阶段（须为下一阶段；重复提交不会跳过阶段）。 */
  to: CongressStage;
};

/** 对一份小组意见汇总作书面答复。 */
export type AnswerCongressGroupSummaryInput = {
  /** 书面答复，10–5000 字。 */
  answer: string;
  /** 要答复的小组意见汇总（CongressGroupSummary）。 */
  summary: string;
};

export type AnswerCongressMotionInput = {
  answer: string;
  motion: string;
};

export type ApplyForHardshipAidInput = {
  /** 金秋助学：录取通知书编号（必填；扫描件作为 ADMISSION_LETTER 材料附在 documents 中）。 */
  admissionLetterNumber?: string | null | undefined;
  amount: MoneyInput;
  /** 证明材料（录取通知书、住院结算单等的扫描件），先上传再给出 id。 */
  documents?: Array<HardshipDocumentInput> | null | undefined;
  /** 申请事由。 */
  note?: string | null | undefined;
  scheme: string;
  /** 金秋助学：录取学校。 */
  school?: string | null | undefined;
  /** 金秋助学：学生姓名。 */
  studentName?: string | null | undefined;
};

/** 会员投递一个正在招聘的岗位（每个岗位每人一次）。 */
export type ApplyForJobInput = {
  /** 不填则取自求职简历。 */
  certificates?: Array<string> | null | undefined;
  /** 不填则取自求职简历。 */
  experience?: string | null | undefined;
  /** 在某场招聘会上投递时填写，计入该场数据。 */
  fair?: string | null | undefined;
  /** 求职留言，最多 500 个字。 */
  note?: string | null | undefined;
  /** 正在招聘的岗位。 */
  posting: string;
  /** 不填则取自求职简历。 */
  skills?: Array<string> | null | undefined;
};

/** 登记一名辅导老师或志愿者。 */
export type AssignClassStaffInput = {
  /** 班级的 ID。 */
  course: string;
  /** 姓名。 */
  name: string;
  /** 手机号；同一班内不重复。有此手机号账号的辅导老师可用手机点名。 */
  phone: string;
  /** 角色。 */
  role: ClassStaffRole;
};

export type AssignGrantReviewerInput = {
  application: string;
  /** 具有评审专家角色的用户。 */
  reviewer: string;
};

export type AssignRightsLawyerInput = {
  case: string;
  /** 法律援助律师（见 rightsLawyers）。 */
  lawyer: string;
  note?: string | null | undefined;
};

/** 普惠服务类别（商家与优惠共用）。 */
export type BenefitCategory =
  /** 文化体育 */
  | 'CULTURE_SPORTS'
  /** 生活服务 */
  | 'DAILY_LIFE'
  /** 餐饮美食 */
  | 'DINING'
  /** 教育培训 */
  | 'EDUCATION_TRAINING'
  /** 休闲娱乐 */
  | 'LEISURE'
  /** 健康体检 */
  | 'MEDICAL_CHECKUP'
  /** 旅游观光 */
  | 'TOURISM';

/** 一次课的点名（辅导老师在手机上操作），重复提交会更正此前的记录。 */
export type CallClassRollInput = {
  /** 各学员的出勤（1–500 行）。 */
  marks: Array<ClassRollMarkInput>;
  /** 课次的 ID。 */
  session: string;
};

/** 取消本人的一份领取。 */
export type CancelClaimInput = {
  /** 本人未使用、未过期的领取。 */
  claim: string;
};

/** 取消本人待支付的预付券订单。 */
export type CancelVoucherPurchaseInput = {
  /** 本人待支付（PENDING_PAYMENT）的购买记录。 */
  purchase: string;
};

export type CastCongressBallotInput = {
  choice: CongressChoice;
  /** 修改选票时：首次投票得到的回执。 */
  receipt?: string | null | undefined;
  resolution: string;
};

/** 主办方修改项目名额；扩容时候补按顺序递补。 */
export type ChangeCompetitionEventCapacityInput = {
  /** 新名额，1 到 100000，不低于已占名额。 */
  capacity: number;
  /** 比赛项目；调用者须是主办工会的工作人员。 */
  event: string;
  /** 调整理由，写入审计记录。 */
  reason: string;
};

/** 主办方在现场用检录码为报名检录。 */
export type CheckInCompetitionEntryInput = {
  /** 参赛者出示的检录码（CompetitionEntry.checkInCode），4 到 20 个字符。 */
  code: string;
  /** 竞赛；调用者须是主办工会的工作人员。 */
  competition: string;
};

/** 领取一份优惠。 */
export type ClaimOfferInput = {
  /** 已发布的优惠（预付券须用 purchaseVoucher）。 */
  offer: string;
};

/** 领取记录（claim）的状态：待使用的核销码在门店核销后为已核销，过了 expiresAt 为已过期。 */
export type ClaimStatus =
  /** 待使用 */
  | 'ACTIVE'
  /** 已取消 */
  | 'CANCELLED'
  /** 已过期 */
  | 'EXPIRED'
  /** 已核销 */
  | 'REDEEMED';

/** 报名暑托班的孩子。 */
export type ClassChildInput = {
  /** 出生日期；按开班日计算的年龄须在本班的年龄段内。 */
  birthDate: string;
  /** 监护人（接送人，1–4 名）：点名时只有这些人可登记为接走孩子的人。 */
  guardians: Array<ClassGuardianInput>;
  /** 孩子的姓名。 */
  name: string;
  /** 优先群体（农民工子女、单亲家庭子女、留守儿童）；不属于则不填。 */
  priorityGroup?: ClassPriorityGroup | null | undefined;
  /** 就读的小学（最多 60 字）。 */
  school: string;
};

/** 对一个班的操作。 */
export type ClassCourseActionInput = {
  /** 班级的 ID。 */
  course: string;
};

/** 班级状态。 */
export type ClassCourseStatus =
  /** 已结业 */
  | 'FINISHED'
  /** 招生中 */
  | 'SCHEDULED'
  /** 已开班 */
  | 'STARTED';

/** 对一份报名的操作。 */
export type ClassEnrolmentActionInput = {
  /** 报名的 ID。 */
  enrolment: string;
};

/** 报名状态。 */
export type ClassEnrolmentStatus =
  /** 已取消 */
  | 'CANCELLED'
  /** 已录取 */
  | 'CONFIRMED'
  /** 递补未确认，已过期 */
  | 'LAPSED'
  /** 候补递补，待确认 */
  | 'OFFERED'
  /** 候补中 */
  | 'WAITING';

/** 一名监护人（接送人）。 */
export type ClassGuardianInput = {
  /** 姓名。 */
  name: string;
  /** 手机号。 */
  phone: string;
  /** 与孩子的关系，如 父亲、母亲（最多 10 字）。 */
  relation: string;
};

/** 班级类别。 */
export type ClassKind =
  /** 职工子女暑托班，面向会员的小学阶段子女。 */
  | 'SUMMER'
  /** 工人文化宫的免费培训班（摄影、书法等），面向会员本人。 */
  | 'TRAINING';

/** 暑托班的优先群体（报告 003）：优先报名时段内只有这些孩子可直接录取。 */
export type ClassPriorityGroup =
  /** 留守儿童。 */
  | 'LEFT_BEHIND'
  /** 农民工子女。 */
  | 'MIGRANT_WORKER'
  /** 单亲家庭子女。 */
  | 'SINGLE_PARENT';

/** 一名学员本次课的出勤。 */
export type ClassRollMarkInput = {
  /** 已录取学员的报名 ID。 */
  enrolment: string;
  /** 接走孩子的监护人姓名（须为报名时登记的监护人）。 */
  pickedUpBy?: string | null | undefined;
  /** 是否出勤。 */
  present: boolean;
};

/** 一次课的时间与内容。 */
export type ClassSessionInput = {
  /** 下课时间（须晚于上课时间）。 */
  endsAt: string;
  /** 上课时间。 */
  startsAt: string;
  /** 本次课的内容（最多 100 字）。 */
  topic?: string | null | undefined;
};

/** 班级师资的角色。 */
export type ClassStaffRole =
  /** 辅导老师（有账号的可用手机点名）。 */
  | 'TEACHER'
  /** 志愿者。 */
  | 'VOLUNTEER';

/** 处理完毕一起安全事件。 */
export type CloseClassIncidentInput = {
  /** 事件的 ID。 */
  incident: string;
  /** 处理结果（2–1000 字）。 */
  resolution: string;
};

export type CloseRightsCaseInput = {
  case: string;
  /** 如调解协议的要点。 */
  note?: string | null | undefined;
  outcome: RightsCaseOutcome;
  /** 追回或协议约定的金额（没有则为 0）。 */
  recovered: MoneyInput;
};

/** 指定一份报名（entry）。 */
export type CompetitionEntryInput = {
  /** 报名的全局 ID。 */
  entry: string;
};

/** 报名（entry）的状态。名额由数据库判定：满员后的报名进入候补，空出名额时按顺序递补。 */
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

/** 竞赛的一个比赛项目（event）。 */
export type CompetitionEventInput = {
  /** 名额（个人项目为人数，团体项目为队数），1 到 100000；满额后报名进入候补。 */
  capacity: number;
  /** 个人或团体项目。 */
  kind: CompetitionEventKind;
  /** 团体项目每队最多人数（含队长），2 到 50，不少于 minTeamSize。 */
  maxTeamSize?: number | null | undefined;
  /** 团体项目每队最少人数（含队长），2 到 50。 */
  minTeamSize?: number | null | undefined;
  /** 项目名称，最多 60 个字。 */
  name: string;
  /** 奖项设置，最多 10 项。 */
  prizes: Array<CompetitionPrizeInput>;
  /** 团体项目组队截止时间；届时未达最少人数的报名失效（EXPIRED）。 */
  teamFormationDeadline?: string | null | undefined;
};

/** 竞赛项目（event）的形式。 */
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

/** 参赛者在一份报名中的角色。 */
export type CompetitionParticipantRole =
  /** 队长 */
  | 'CAPTAIN'
  /** 个人参赛者 */
  | 'INDIVIDUAL'
  /** 队员 */
  | 'MEMBER';

/** 团体项目中一名队员对邀请的状态。 */
export type CompetitionParticipantStatus =
  /** 已加入 */
  | 'ACCEPTED'
  /** 已拒绝 */
  | 'DECLINED'
  /** 已邀请，待回复 */
  | 'INVITED'
  /** 已退出 */
  | 'LEFT';

/** 项目的一个奖项。 */
export type CompetitionPrizeInput = {
  /** 如 一等奖。 */
  name: string;
  /** 名额，1 到 10000。 */
  quantity: number;
  /** 1 为最高等级。 */
  tier: number;
};

export type CongressChoice =
  /** 弃权 */
  | 'ABSTAIN'
  /** 反对 */
  | 'AGAINST'
  /** 赞成 */
  | 'FOR';

export type CongressMotionActionInput = {
  motion: string;
};

export type CongressMotionDecision =
  /** 立案（交行政方限期书面答复） */
  | 'ACCEPT'
  /** 并案（并入另一件提案） */
  | 'MERGE'
  /** 不予立案 */
  | 'REFUSE';

export type CongressMotionStatus =
  /** 已立案，待答复 */
  | 'ACCEPTED'
  /** 已答复 */
  | 'ANSWERED'
  /** 已并案 */
  | 'MERGED'
  /** 不予立案 */
  | 'REFUSED'
  /** 征集附议中，待主席团审查 */
  | 'SUBMITTED';

export type CongressResolutionActionInput = {
  resolution: string;
};

export type CongressResolutionStatus =
  /** 待表决 */
  | 'DRAFT'
  /** 未通过 */
  | 'FAILED'
  /** 已通过 */
  | 'PASSED'
  /** 投票中 */
  | 'VOTING';

export type CongressSessionActionInput = {
  session: string;
};

/** 职代会的阶段（启动 → 预备会议 → 开幕 → 主席团会议 → 小组讨论 → 闭幕）。 */
export type CongressStage =
  /** 闭幕 */
  | 'CLOSED'
  /** 筹备中 */
  | 'DRAFT'
  /** 小组讨论 */
  | 'GROUP_DISCUSSION'
  /** 启动 */
  | 'LAUNCHED'
  /** 开幕 */
  | 'OPENING'
  /** 预备会议 */
  | 'PREPARATORY'
  /** 主席团会议 */
  | 'PRESIDIUM';

/** 注册与使用时须同意的法律文件（consent document）。 */
export type ConsentDocument =
  /** 个人信息保护政策 */
  | 'PRIVACY_POLICY'
  /** 用户服务协议 */
  | 'USER_AGREEMENT';

/** 工匠称号（craftsman title），由工会工作人员登记。 */
export type CraftsmanTitle =
  /** 工匠（如齐鲁工匠） */
  | 'CRAFTSMAN'
  /** 大工匠（如齐鲁大工匠） */
  | 'MASTER_CRAFTSMAN';

/** 开设一个班（工会工作人员）。 */
export type CreateClassCourseInput = {
  /** 招生名额（1–10000），如 50。 */
  capacity: number;
  /** 介绍（最多 1000 字）。 */
  description?: string | null | undefined;
  /** 结业日期（北京时间，含，不早于开班日期）。 */
  endsOn: string;
  /** 报名截止的时刻（晚于开放时刻）。 */
  enrolmentClosesAt: string;
  /** 报名开放的时刻。 */
  enrolmentOpensAt: string;
  /** 子女学员的费用（分，0–1000000 元）；会员本人与困难职工家庭免费。默认 0。 */
  fee?: MoneyInput | null | undefined;
  /** 意外伤害保险保单号（暑托班开班前须有）。 */
  insurancePolicy?: string | null | undefined;
  /** 类别：培训班面向会员本人，暑托班面向会员子女。 */
  kind: ClassKind;
  /** 暑托班：孩子的最大年龄（3–18）。 */
  maxAge?: number | null | undefined;
  /** 暑托班：孩子的最小年龄（按开班日计，3–18）。 */
  minAge?: number | null | undefined;
  /** 开班所需的最少辅导老师人数；暑托班默认 1。 */
  minTeachers?: number | null | undefined;
  /** 开班所需的最少志愿者人数；暑托班默认 1。 */
  minVolunteers?: number | null | undefined;
  /** 递补名额的确认时限（小时，1–720），默认 24。 */
  offerHoldHours?: number | null | undefined;
  /** 暑托班：优先报名时段的结束时刻（在报名时段之内）。 */
  priorityUntil?: string | null | undefined;
  /** 课次（最多 200 次）。 */
  sessions: Array<ClassSessionInput>;
  /** 开班日期（北京时间）。 */
  startsOn: string;
  /** 暑托班可申请的专项补助（分）。 */
  subsidy?: MoneyInput | null | undefined;
  /** 班名（2–60 字）。 */
  title: string;
  /** 开班的工会（须在本人的工作辖区内）；报名限其本级及下级工会的会员。 */
  union: string;
  /** 上课地点（最多 100 字）。 */
  venue: string;
};

/** 工会工作人员发布一项技能竞赛。日期均为北京时间。 */
export type CreateCompetitionInput = {
  /** 会员自行取消报名的截止时间。 */
  cancellationDeadline: string;
  /** 最后比赛日，不早于 startsOn。 */
  endsOn: string;
  /** 比赛项目，1 到 50 个。 */
  events: Array<CompetitionEventInput>;
  /** 线上比赛（网上练兵）。 */
  isOnline: boolean;
  /** 竞赛级别。 */
  level: CompetitionLevel;
  /** 最高年龄，16 到 70（含）。 */
  maxAge?: number | null | undefined;
  /** 最低年龄，16 到 70（按首个比赛日计算，含）。 */
  minAge?: number | null | undefined;
  /** 候补递补后须在多少小时内确认，1 到 720，默认 48。 */
  offerHoldHours?: number | null | undefined;
  /** 主办工会；调用者须是其或上级工会的工作人员。报名限其本级及下级工会的会员。 */
  organizer: string;
  /** 报名截止日（含），不早于开始日。 */
  registrationClosesOn: string;
  /** 报名开始日（含）。 */
  registrationOpensOn: string;
  /** 报名须持有本工种该等级或更高的职业技能证书；不填为不限。 */
  requiredSkillLevel?: SkillLevel | null | undefined;
  /** 首个比赛日。 */
  startsOn: string;
  /** 竞赛名称，最多 100 个字。 */
  title: string;
  /** 工种，如 焊工。 */
  trade: string;
  /** 比赛地点，2 到 200 个字；线上比赛可不填。 */
  venue?: string | null | undefined;
};

export type CreateCongressSessionInput = {
  /** 表决结束前可否修改选票（默认否）。 */
  ballotsChangeable?: boolean | null | undefined;
  description?: string | null | undefined;
  /** 提案立案所需附议人数（默认 2）。 */
  minCosigners?: number | null | undefined;
  /** 法定人数比例的分母（默认 3）。 */
  quorumDenominator?: number | null | undefined;
  /** 法定人数比例的分子（默认 2）。 */
  quorumNumerator?: number | null | undefined;
  title: string;
  /** 召开大会的基层工会。 */
  union: string;
};

/** 创建资助申请（草稿）。预算明细合计须等于申请金额。 */
export type CreateGrantApplicationInput = {
  budgetLines: Array<GrantBudgetLineInput>;
  call: string;
  distinctionNote?: string | null | undefined;
  distinctions?: Array<GrantDistinction> | null | undefined;
  /** 申报材料；也可之后用 attachGrantDocument 上传。 */
  documents?: Array<GrantDocumentInput> | null | undefined;
  /** 确认符合项目列出的全部基本条件。 */
  eligibilityAttested: boolean;
  enterprise: string;
  plan: string;
  requestedAmount: MoneyInput;
  studioName: string;
  teamMembers: Array<GrantTeamMemberInput>;
  tier: string;
  trade: string;
};

/** 新建岗位草稿。 */
export type CreateJobPostingInput = {
  /** 招聘单位；调用者须是其员工。 */
  employer: string;
  /** 岗位内容。 */
  posting: JobPostingFieldsInput;
};

export type CreateMutualAidEnrolmentInput = {
  scheme: string;
  /** 保障开始日期（缴费到账晚于此日则自到账日起）。 */
  startsOn: string;
  /** 参保单位（基层工会）。 */
  union: string;
};

/** 新优惠草稿的全部内容。金额以分计（MoneyInput）。 */
export type CreateOfferInput = {
  /** 面向哪些会员，默认 ALL_MEMBERS；REGION 须给出 audienceUnion。 */
  audience?: OfferAudience | null | undefined;
  /** audience 为 REGION 时的地区工会。 */
  audienceUnion?: string | null | undefined;
  /** 普惠服务类别。 */
  category: BenefitCategory;
  /** 领取后核销码的有效小时数，1 到 8784；不超过 validUntil。 */
  codeValidHours?: number | null | undefined;
  /** 优惠说明，2 到 2000 个字。 */
  description: string;
  /** 优惠方式：PERCENTAGE_OFF 填 percentPaid，AMOUNT_OFF 填 minSpend 与 reduction，MEMBER_PRICE 与 PREPAID_VOUCHER 填 regularPrice 与 memberPrice。 */
  kind: OfferKind;
  /** 会员价或券售价。 */
  memberPrice?: MoneyInput | null | undefined;
  /** 发布优惠的商家；调用者须是其员工，商家须已通过审核。 */
  merchant: string;
  /** 满减门槛。 */
  minSpend?: MoneyInput | null | undefined;
  /** 每人每日（Asia/Shanghai）限领数，1 到 1000；不填为不限。 */
  perMemberDailyLimit?: number | null | undefined;
  /** 每人限领总数，1 到 1000；不填为不限。 */
  perMemberLimit?: number | null | undefined;
  /** 折扣：实付百分比，85 即 8.5 折。 */
  percentPaid?: number | null | undefined;
  /** 满减金额。 */
  reduction?: MoneyInput | null | undefined;
  /** 原价或券面值。 */
  regularPrice?: MoneyInput | null | undefined;
  /** 总库存；不填为不限量。 */
  stock?: number | null | undefined;
  /** 可用门店，本商家的 1 到 100 家。 */
  stores: Array<string>;
  /** 使用规则，最多 2000 个字。 */
  terms?: string | null | undefined;
  /** 标题，2 到 60 个字。 */
  title: string;
  /** 有效期开始。 */
  validFrom: string;
  /** 有效期结束，须晚于 validFrom。 */
  validUntil: string;
};

/** ISO 4217 货币代码。 */
export type CurrencyCode =
  /** 人民币 */
  | 'CNY';

export type DecideCongressMotionInput = {
  /** 立案时：行政方答复期限。 */
  answerDueAt?: string | null | undefined;
  decision: CongressMotionDecision;
  /** 并案时：并入的提案。 */
  mergeInto?: string | null | undefined;
  motion: string;
  /** 书面理由。 */
  reason: string;
};

export type DecideGrantApplicationInput = {
  /** 批准金额；默认为申请金额。 */
  amount?: MoneyInput | null | undefined;
  application: string;
  decision: GrantDecision;
  /** 结题报告截止日期；默认一年后。 */
  finalReportDueOn?: string | null | undefined;
  /** 决定理由。 */
  rationale: string;
  /** 分期拨款计划；默认立项后拨付一半、中期报告（六个月后截止）验收后拨付其余。 */
  tranches?: Array<GrantTranchePlanInput> | null | undefined;
};

export type DeclareGrantReviewConflictInput = {
  reason: string;
  review: string;
};

/** 修改本人提出的一条意见。 */
export type EditCongressOpinionInput = {
  /** 新的意见内容，2–1000 字。 */
  body: string;
  /** 要修改的意见（本人提出的）。 */
  opinion: string;
};

/** 学历要求（education level），由低到高。 */
export type EducationLevel =
  /** 大专 */
  | 'ASSOCIATE'
  /** 本科 */
  | 'BACHELOR'
  /** 博士 */
  | 'DOCTORATE'
  /** 高中 */
  | 'HIGH_SCHOOL'
  /** 初中 */
  | 'JUNIOR_HIGH'
  /** 硕士 */
  | 'MASTER'
  /** 不限 */
  | 'NONE'
  /** 中专/技校 */
  | 'VOCATIONAL';

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

/** 用人单位可以把申请推进到的状态（JobApplicationStatus 中除 SUBMITTED、WITHDRAWN 外的）。 */
export type EmployerSetsApplicationStatus =
  /** 已录用（签约） */
  | 'HIRED'
  /** 邀请面试 */
  | 'INTERVIEWING'
  /** 发出录用意向 */
  | 'OFFERED'
  /** 不录用 */
  | 'REJECTED'
  /** 已查看 */
  | 'VIEWED';

/** 用人单位（employer）的审核状态；只有 VERIFIED 的单位可以发布岗位。 */
export type EmployerStatus =
  /** 待工会审核 */
  | 'PENDING'
  /** 未通过审核 */
  | 'REJECTED'
  /** 已通过审核，可发布岗位 */
  | 'VERIFIED';

/** 用工形式，取值与 schema.org JobPosting.employmentType 相同。 */
export type EmploymentType =
  /** 劳务/外包 */
  | 'CONTRACTOR'
  /** 全职 */
  | 'FULL_TIME'
  /** 实习 */
  | 'INTERN'
  /** 其他 */
  | 'OTHER'
  /** 兼职 */
  | 'PART_TIME'
  /** 按日计酬 */
  | 'PER_DIEM'
  /** 临时 */
  | 'TEMPORARY'
  /** 志愿 */
  | 'VOLUNTEER';

/** 报名一个班：培训班为会员本人，暑托班为会员的孩子。 */
export type EnrolInClassInput = {
  /** 暑托班必填 true：已阅读并同意三方协议（家长、工会、托管班）。 */
  acceptAgreement?: boolean | null | undefined;
  /** 暑托班必填：孩子的信息；培训班不填。 */
  child?: ClassChildInput | null | undefined;
  /** 班级的 ID。 */
  course: string;
};

export type FileHardshipHouseholdInput = {
  /** 证明材料（收入证明、诊断证明等），先上传再给出 id；也可之后用 addHardshipDocuments 补充。 */
  documents?: Array<HardshipDocumentInput> | null | undefined;
  household: HardshipHouseholdInput;
  /** 基层工会代为申报时的会员；本人申报时不填。 */
  member?: string | null | undefined;
};

export type FileMutualAidClaimInput = {
  admittedOn: string;
  /** 本人（或代为申请的会员）的互助保障。 */
  cover: string;
  dischargedOn: string;
  /** 已上传（purpose=mutual_aid_claim_document）的社保结算单、出院小结、发票的照片。 */
  documents: Array<string>;
  hospital: string;
  note?: string | null | undefined;
  /** 社保（统筹与大病保险）已报销。 */
  socialInsurancePaid: MoneyInput;
  /** 住院总费用（社保结算单）。 */
  totalCost: MoneyInput;
};

/** WGS-84 坐标（度）。 */
export type GeoPointInput = {
  /** 纬度（latitude），度，-90 到 90，北纬为正。 */
  latitude: number;
  /** 经度（longitude），度，-180 到 180，东经为正。 */
  longitude: number;
};

/** 对会议文件某一段提出修改意见。 */
export type GiveCongressOpinionInput = {
  /** 意见内容，2–1000 字。 */
  body: string;
  /** 所针对的段落（CongressParagraph）。 */
  paragraph: string;
};

export type GrantApplicationActionInput = {
  application: string;
  /** 说明，写入审计记录。 */
  reason?: string | null | undefined;
};

export type GrantApplicationStatus =
  /** 已批准 */
  | 'APPROVED'
  /** 待决定 */
  | 'DECISION_PENDING'
  /** 草稿 */
  | 'DRAFT'
  /** 需补充材料 */
  | 'INFO_REQUESTED'
  /** 未获批准 */
  | 'REJECTED'
  /** 已补充材料 */
  | 'RESUBMITTED'
  /** 形式审查中 */
  | 'SCREENING'
  /** 已提交 */
  | 'SUBMITTED'
  /** 专家评审中 */
  | 'UNDER_REVIEW'
  /** 已撤回 */
  | 'WITHDRAWN';

export type GrantBudgetLineInput = {
  amount: MoneyInput;
  item: string;
};

export type GrantDecision =
  /** 批准 */
  | 'APPROVE'
  /** 不予资助 */
  | 'REJECT';

/** 大工匠档次可认定的荣誉条件。 */
export type GrantDistinction =
  /** 主持省级重点项目 */
  | 'KEY_PROVINCIAL_PROJECT'
  /** 取得重大技术突破 */
  | 'MAJOR_BREAKTHROUGH'
  /** 全国劳动模范 */
  | 'NATIONAL_MODEL_WORKER'
  /** 获国家级技能奖项 */
  | 'NATIONAL_SKILL_AWARD';

/** 一份申报材料：PDF、JPEG 或 PNG，不超过 10 MB。先以 POST /files?purpose=grant_document 上传（docs/files.md），再在 file 中给出返回的 id；旧的内联方式（fileName、contentType、contentBase64，至多 64 KB）仍可用，已弃用。 */
export type GrantDocumentInput = {
  /** @deprecated 改用 file：先以 POST /files?purpose=grant_document 上传，再传回返回的 id。 */
  contentBase64?: string | null | undefined;
  /** @deprecated 改用 file：先以 POST /files?purpose=grant_document 上传，再传回返回的 id。 */
  contentType?: GrantDocumentType | null | undefined;
  /** 本人上传的文件（purpose=grant_document），每份上传只能使用一次。 */
  file?: string | null | undefined;
  /** @deprecated 改用 file：先以 POST /files?purpose=grant_document 上传，再传回返回的 id。 */
  fileName?: string | null | undefined;
  /** 项目 requiredDocuments 中的一项。 */
  kind: string;
};

/** 可上传的材料类型；服务器按文件头核对，不只看声明。 */
export type GrantDocumentType =
  | 'JPEG'
  | 'PDF'
  | 'PNG';

export type GrantPaymentMethod =
  /** 银行转账（登记流水号） */
  | 'BANK_TRANSFER'
  /** Stripe 转账至工作室的关联账户 */
  | 'STRIPE_TRANSFER';

export type GrantReportStatus =
  /** 已验收 */
  | 'ACCEPTED'
  /** 需修改 */
  | 'CHANGES_REQUESTED'
  /** 待提交 */
  | 'DUE'
  /** 已提交 */
  | 'SUBMITTED';

export type GrantReviewStatus =
  /** 待评审 */
  | 'ASSIGNED'
  /** 已声明回避 */
  | 'CONFLICT_DECLARED'
  /** 已提交评审 */
  | 'SUBMITTED';

export type GrantScoreInput = {
  comment?: string | null | undefined;
  criterion: string;
  score: number;
};

export type GrantTeamMemberInput = {
  name: string;
  role: string;
};

export type GrantTrancheActionInput = {
  tranche: string;
};

export type GrantTranchePlanInput = {
  amount: MoneyInput;
  label: string;
  /** 给出时，须在申请这一笔前提交并验收一份在该日截止的报告。 */
  reportDueOn?: string | null | undefined;
  reportTitle?: string | null | undefined;
};

export type GrantTrancheStatus =
  /** 拨付失败 */
  | 'FAILED'
  /** 财务已复核 */
  | 'FINANCE_APPROVED'
  /** 已拨付 */
  | 'PAID'
  /** 未申请 */
  | 'PLANNED'
  /** 已申请 */
  | 'REQUESTED'
  /** 工会已审批 */
  | 'STAFF_APPROVED';

export type HardshipAidActionInput = {
  /** 核实/批准金额；默认为上一步的金额。 */
  amount?: MoneyInput | null | undefined;
  application: string;
  note?: string | null | undefined;
};

export type HardshipAidChannel =
  /** 职工帮扶医院结算 */
  | 'HOSPITAL_BILLED'
  /** 本人申请 */
  | 'MEMBER'
  /** 基层工会推荐 */
  | 'NOMINATED';

export type HardshipAidKind =
  /** 灾害救助（针对某一地区和灾害事件） */
  | 'DISASTER'
  /** 生活救助（每人每年不超过 5000 元） */
  | 'LIVING'
  /** 医疗救助（每人每年不超过 1 万元；职工帮扶医院住院按个人自费部分的 80%） */
  | 'MEDICAL'
  /** 大病关爱 */
  | 'SERIOUS_ILLNESS'
  /** 金秋助学（7–8 月受理，须录取通知书） */
  | 'STUDENT'
  /** 临时救助 */
  | 'TEMPORARY';

export type HardshipAidStatus =
  /** 已申请，待基层工会核实 */
  | 'APPLIED'
  /** 已审批，待发放 */
  | 'APPROVED'
  /** 已发放 */
  | 'PAID'
  /** 未予批准 */
  | 'REFUSED'
  /** 已核实，待市总工会审批 */
  | 'VERIFIED';

/** 致困原因。 */
export type HardshipCause =
  /** 因残 */
  | 'DISABILITY'
  /** 因灾 */
  | 'DISASTER'
  /** 因病 */
  | 'ILLNESS'
  /** 其他 */
  | 'OTHER'
  /** 子女就学 */
  | 'SCHOOLING'
  /** 失业 */
  | 'UNEMPLOYMENT';

/** 一份证明材料：先以 POST /files?purpose=hardship_document 上传（PDF、JPEG、PNG、WebP，不超过 10 MB），再给出返回的 id。 */
export type HardshipDocumentInput = {
  /** 本人上传的文件，每份上传只能使用一次。 */
  file: string;
  kind: HardshipDocumentKind;
  /** 材料编号（可选）。 */
  reference?: string | null | undefined;
};

/** 困难职工档案的证明材料类别。 */
export type HardshipDocumentKind =
  /** 录取通知书 */
  | 'ADMISSION_LETTER'
  /** 残疾证 */
  | 'DISABILITY_CERTIFICATE'
  /** 受灾证明 */
  | 'DISASTER_PROOF'
  /** 住院结算单 */
  | 'HOSPITAL_BILL'
  /** 户口簿 */
  | 'HOUSEHOLD_REGISTER'
  /** 诊断证明、病历 */
  | 'ILLNESS_DIAGNOSIS'
  /** 收入证明 */
  | 'INCOME_PROOF'
  /** 劳动合同 */
  | 'LABOUR_CONTRACT'
  /** 其他材料 */
  | 'OTHER'
  /** 失业证明 */
  | 'UNEMPLOYMENT_PROOF';

/** 退出（解困脱困）原因。 */
export type HardshipExitReason =
  /** 子女毕业就业 */
  | 'CHILDREN_EMPLOYED'
  /** 疾病治愈 */
  | 'ILLNESS_CURED'
  /** 再就业 */
  | 'REEMPLOYED'
  /** 自谋职业 */
  | 'SELF_EMPLOYED'
  /** 大病保险和医疗互助 */
  | 'SERIOUS_ILLNESS_COVER'
  /** 社会救助兜底 */
  | 'SOCIAL_ASSISTANCE'
  /** 纳入社会保险 */
  | 'SOCIAL_INSURANCE';

export type HardshipFileActionInput = {
  file: string;
  /** 意见，写入审计记录。 */
  note?: string | null | undefined;
};

export type HardshipFileReasonInput = {
  file: string;
  reason: string;
};

export type HardshipFileStatus =
  /** 市级已审核，待省总工会审核 */
  | 'CITY_CONFIRMED'
  /** 已认定入库 */
  | 'CONFIRMED'
  /** 已退出（解困脱困） */
  | 'EXITED'
  /** 已申报，待基层工会核实 */
  | 'FILED'
  /** 省级已审核，待全国总工会认定 */
  | 'PROVINCE_CONFIRMED'
  /** 未予认定 */
  | 'REFUSED'
  /** 已退回，待补充修改 */
  | 'RETURNED'
  /** 基层已核实，待市总工会审核 */
  | 'VERIFIED';

/** 家庭情况：致困原因、家庭成员、人均收入与当地低保标准、住房、是否农民工家庭。 */
export type HardshipHouseholdInput = {
  cause: HardshipCause;
  causeNote?: string | null | undefined;
  householdMembers: Array<HardshipHouseholdMemberInput>;
  housing: HardshipHousing;
  /** 农民工家庭（无本地城镇户口）。 */
  isMigrantWorker?: boolean | null | undefined;
  /** 劳动合同期限（月）。 */
  labourContractMonths?: number | null | undefined;
  /** 当地最低生活保障标准（每人每月）。 */
  localMinimum: MoneyInput;
  /** 家庭人均月收入。 */
  monthlyIncomePerHead: MoneyInput;
};

export type HardshipHouseholdMemberInput = {
  age: number;
  name: string;
  /** 如 本人、配偶、子女、父母。 */
  relation: string;
};

/** 住房情况。 */
export type HardshipHousing =
  /** 单位宿舍 */
  | 'DORMITORY'
  /** 无固定住所 */
  | 'NONE'
  /** 自有住房 */
  | 'OWNED'
  /** 公租房/廉租房 */
  | 'PUBLIC_RENTAL'
  /** 租房 */
  | 'RENTED';

export type InspectStationInput = {
  /** 默认今天（北京时间）。 */
  inspectedOn?: string | null | undefined;
  note?: string | null | undefined;
  /** 现场照片（POST /files?purpose=station_inspection_photo 上传后的 ID）。 */
  photos: Array<string>;
  /** “八有”检查表中现场具备的项目；未列出的即为缺失，有缺失则不合格。 */
  present: Array<StationAmenity>;
  station: string;
};

/** 队长邀请一名会员加入本队。 */
export type InviteCompetitionTeamMemberInput = {
  /** 本人为队长的团体报名。 */
  entry: string;
  /** 被邀请会员的登录手机号。 */
  phone: string;
};

/** 指定一份求职申请。 */
export type JobApplicationRefInput = {
  /** 本人的求职申请。 */
  id: string;
};

/** 求职申请（job application）的状态；除 WITHDRAWN 外由用人单位推进，每次变化会通知本人并可触发 application.status_changed webhook。 */
export type JobApplicationStatus =
  /** 已录用（签约） */
  | 'HIRED'
  /** 面试中 */
  | 'INTERVIEWING'
  /** 已发录用意向 */
  | 'OFFERED'
  /** 未录用 */
  | 'REJECTED'
  /** 已投递 */
  | 'SUBMITTED'
  /** 已查看 */
  | 'VIEWED'
  /** 本人已撤回 */
  | 'WITHDRAWN';

/** 指定一场招聘会。 */
export type JobFairRefInput = {
  /** 招聘会的全局 ID。 */
  id: string;
};

/** 工作地点。 */
export type JobLocationInput = {
  /** 详细地址，最多 200 个字。 */
  address?: string | null | undefined;
  /** 可远程办公，默认 false。 */
  isRemote?: boolean | null | undefined;
  /** 纬度（WGS-84），-90 到 90；与 longitude 一起给出时可按距离搜索。 */
  latitude?: number | null | undefined;
  /** 经度（WGS-84），-180 到 180。 */
  longitude?: number | null | undefined;
  /** 工作地点所在市或区/县。 */
  region: string;
};

/** 岗位内容（对应 schema.org JobPosting）。 */
export type JobPostingFieldsInput = {
  /** 福利待遇，最多 20 项，每项 1 到 30 个字。 */
  benefits?: Array<string> | null | undefined;
  /** 职业类别，最多 30 个字（见 jobPostingCategories）。 */
  category: string;
  /** 岗位描述；可为纯文本或简单 HTML，保存时去除全部标记。 */
  description: string;
  /** 用工形式。 */
  employmentType: EmploymentType;
  /** 公益性岗位。 */
  isPublicBenefit?: boolean | null | undefined;
  /** 工作地点；所在地区的工会负责审核。 */
  location: JobLocationInput;
  /** 招聘人数，1 到 10000，默认 1。 */
  openings?: number | null | undefined;
  /** 任职要求；不填为不限。 */
  requirements?: JobRequirementsInput | null | undefined;
  /** 月薪范围（税前，分）。 */
  salary: MonthlySalaryRangeInput;
  /** 适合困难职工、零就业家庭成员。 */
  suitableForHardship?: boolean | null | undefined;
  /** 岗位名称，最多 60 个字。 */
  title: string;
  /** 有效期截止；默认 30 天后，最长 180 天。 */
  validThrough?: string | null | undefined;
};

/** 岗位搜索条件（filter）；各项同时满足。只返回正在招聘的岗位。 */
export type JobPostingFilter = {
  /** 职业类别，与 JobPosting.category 完全相同。 */
  category?: string | null | undefined;
  /** 用工形式，任一符合即可。 */
  employmentTypes?: Array<EmploymentType> | null | undefined;
  /** 按地区筛选时也包含可远程的岗位。 */
  includeRemote?: boolean | null | undefined;
  /** true 时只看公益性岗位。 */
  isPublicBenefit?: boolean | null | undefined;
  /** 最高月薪不低于此金额。 */
  minMonthlySalary?: MoneyInput | null | undefined;
  /** 只看此范围内有坐标的岗位。 */
  near?: NearInput | null | undefined;
  /** 市或区/县：包含其下级地区。 */
  region?: string | null | undefined;
  /** true 时只看适合困难职工的岗位。 */
  suitableForHardship?: boolean | null | undefined;
  /** 中文关键词；空格分隔的多个词须同时出现在标题、类别或描述中。 */
  text?: string | null | undefined;
};

/** 指定一个岗位。 */
export type JobPostingRefInput = {
  /** 岗位的全局 ID。 */
  id: string;
};

/** Query.jobPostings 的排序方式。 */
export type JobPostingSort =
  /** 由近到远（须提供 near） */
  | 'DISTANCE'
  /** 最新发布在前 */
  | 'NEWEST'
  /** 最高月薪从高到低 */
  | 'SALARY';

/** 招聘岗位（job posting）的状态：草稿 → 待审核 → 招聘中 → 已停止或已招满。 */
export type JobPostingStatus =
  /** 已停止招聘 */
  | 'CLOSED'
  /** 草稿（或被退回修改） */
  | 'DRAFT'
  /** 已招满 */
  | 'FILLED'
  /** 待工会审核 */
  | 'PENDING_REVIEW'
  /** 招聘中（过了有效期自动不再出现在搜索中） */
  | 'PUBLISHED';

/** 任职要求。 */
export type JobRequirementsInput = {
  /** 最低学历；不填为不限。 */
  education?: EducationLevel | null | undefined;
  /** 工作经验年限下限，0 到 50。 */
  experienceYears?: number | null | undefined;
  /** 要求的技能，最多 20 项，每项 1 到 30 个字。 */
  skills?: Array<string> | null | undefined;
};

/** 用人单位报名参加招聘会，并带去本单位的岗位。 */
export type JoinJobFairInput = {
  /** 已通过审核的本单位；调用者须是其员工。 */
  employer: string;
  /** 未结束的招聘会。 */
  fair: string;
  /** 本单位带去的岗位，最多 100 个。 */
  postings: Array<string>;
};

/** 用手机号和密码登录。 */
export type LoginInput = {
  /** 密码，最多 128 个字符。 */
  password: string;
  /** 注册时的手机号。 */
  phone: string;
};

/** 用短信验证码登录（用途 SIGN_IN）。 */
export type LoginWithSmsCodeInput = {
  /** 收到的 6 位数字验证码，5 分钟内有效、只能用一次。 */
  code: string;
  /** 已注册的手机号。 */
  phone: string;
};

/** 绑定工会会员卡。 */
export type MemberCardInput = {
  /** 出生日期（YYYY-MM-DD），可不填。 */
  birthDate?: string | null | undefined;
  /** 会员卡号，16 到 19 位数字，末位为 Luhn 校验位；错误时 fieldErrors 的 code 为 INVALID_CHECKSUM。 */
  cardNumber: string;
  /** 卡上的真实姓名，1 到 40 个字符。 */
  realName: string;
  /** 所属基层工会。 */
  union: string;
};

/** 商家入驻申请的审核状态（merchant status）；只有 APPROVED 的商家可以发布优惠。 */
export type MerchantStatus =
  /** 已通过（签约普惠商家） */
  | 'APPROVED'
  /** 待审核 */
  | 'PENDING'
  /** 未通过 */
  | 'REJECTED';

/** 站内消息的种类（message kind），即引起它的业务变化。 */
export type MessageKind =
  /** 求职申请状态变化 */
  | 'APPLICATION_STATUS_CHANGED'
  /** 领取的优惠一天内到期 */
  | 'CLAIM_EXPIRING'
  /** 资助申请有了结果 */
  | 'GRANT_DECIDED'
  /** 报名已确认 */
  | 'REGISTRATION_CONFIRMED'
  /** 候补递补到名额（有确认期限） */
  | 'SEAT_OFFERED'
  /** 资助款已拨付 */
  | 'TRANCHE_PAID'
  /** 代金券支付成功 */
  | 'VOUCHER_PAID';

/** 金额输入：amount 以分计，currency 须为 CNY。 */
export type MoneyInput = {
  /** 以分计的整数金额（1 元 = 100 分），不是小数的元。 */
  amount: number;
  /** 货币，须为 CNY。 */
  currency: CurrencyCode;
};

/** 月薪范围（以分计）。 */
export type MonthlySalaryRangeInput = {
  /** 月薪上限（分），不低于 min，最多 100 万元。 */
  max: MoneyInput;
  /** 月薪下限（分），0 到 100,000,000（100 万元）。 */
  min: MoneyInput;
};

/** 主办方调整一份候补报名在候补队列中的位置。 */
export type MoveCompetitionWaitlistEntryInput = {
  /** 候补中（WAITING）的报名。 */
  entry: string;
  /** 新位置，从 1 开始。 */
  position: number;
  /** 调整理由，写入审计记录。 */
  reason: string;
};

export type MutualAidClaimActionInput = {
  claim: string;
  note?: string | null | undefined;
};

export type MutualAidClaimStatus =
  /** 已批准，待支付 */
  | 'APPROVED'
  /** 材料已审核，待核算 */
  | 'CHECKED'
  /** 已提交，待审核材料 */
  | 'ENTERED'
  /** 已支付 */
  | 'PAID'
  /** 不予赔付 */
  | 'REJECTED'
  /** 已退回，待补充材料 */
  | 'RETURNED'
  /** 已核算，待审批 */
  | 'VALUATED';

export type MutualAidEnrolmentActionInput = {
  enrolment: string;
};

export type MutualAidEnrolmentStatus =
  /** 名单上传中 */
  | 'DRAFT'
  /** 互助金已缴，保障生效 */
  | 'PAID'
  /** 已参保，待缴互助金 */
  | 'SUBMITTED';

/** 不予赔付的编号原因。 */
export type MutualAidRejectionReason =
  /** 3. 个人负担部分未超过起付标准 */
  | 'BELOW_DEDUCTIBLE'
  /** 4. 本年度互助金赔付已达每人最高限额 */
  | 'CEILING_REACHED'
  /** 6. 材料不全（缺少社保结算单、出院小结或发票） */
  | 'DOCUMENTS_MISSING'
  /** 5. 同一次住院已申请过互助金（重复申请） */
  | 'DUPLICATE'
  /** 1. 入院日期不在互助保障期内（未参保、互助金未缴或保障已到期） */
  | 'NOT_COVERED'
  /** 2. 入院日期在等待期内，等待期内发生的住院不予赔付 */
  | 'WAITING_PERIOD';

/** 按距离筛选：以某点为圆心、radiusKm 为半径。 */
export type NearInput = {
  /** 圆心（WGS-84）。 */
  point: GeoPointInput;
  /** 半径（公里），0.1 到 500。 */
  radiusKm: number;
};

/** 优惠生命周期的一步（提交、暂停、恢复、结束）。 */
export type OfferActionInput = {
  /** 优惠；调用者须是其商家的员工。 */
  offer: string;
  /** 说明，最多 500 个字，写入审计记录。 */
  reason?: string | null | undefined;
};

/** 优惠面向的会员（audience）；不符合的会员领取时返回 OfferNotEligible。 */
export type OfferAudience =
  /** 全体会员 */
  | 'ALL_MEMBERS'
  /** 困难职工 */
  | 'HARDSHIP'
  /** 劳动模范 */
  | 'MODEL_WORKERS'
  /** 指定地区（工会及其下级）的会员 */
  | 'REGION';

/** 优惠方式（offer kind），决定 Offer 上哪些金额字段有值。 */
export type OfferKind =
  /** 满减，如满 100 减 20 */
  | 'AMOUNT_OFF'
  /** 会员价 */
  | 'MEMBER_PRICE'
  /** 折扣，如 8.5 折 */
  | 'PERCENTAGE_OFF'
  /** 预付券，如 80 元购 100 元券 */
  | 'PREPAID_VOUCHER';

/** Query.offers 的排序方式（order）。 */
export type OfferOrder =
  /** 离 near 最近（须给出 near） */
  | 'DISTANCE'
  /** 最新发布 */
  | 'NEWEST'
  /** 领取最多 */
  | 'POPULAR'
  /** 与搜索词的相似度（无搜索词时同 NEWEST） */
  | 'RELEVANCE';

/** 公开优惠的筛选条件（filter）；各项同时满足。 */
export type OfferSearchInput = {
  /** 只看面向这类会员的优惠。 */
  audience?: OfferAudience | null | undefined;
  /** 只看这一类别。 */
  category?: BenefitCategory | null | undefined;
  /** 只看这一优惠方式。 */
  kind?: OfferKind | null | undefined;
  /** “附近”：给出坐标后结果带距离。 */
  near?: GeoPointInput | null | undefined;
  /** 地区：该工会辖区（含下级）内有可用门店的优惠。 */
  region?: string | null | undefined;
  /** 搜索词，空格分隔多个词（须全部命中）。 */
  text?: string | null | undefined;
  /** 仅返回此距离内的优惠（须给出 near）。 */
  withinMeters?: number | null | undefined;
};

/** 优惠的生命周期状态：草稿 → 待审核 → 已发布 ⇄ 已暂停 → 已结束。会员只看得到已发布的。 */
export type OfferStatus =
  /** 草稿 */
  | 'DRAFT'
  /** 已结束（含过了有效期） */
  | 'ENDED'
  /** 已暂停 */
  | 'PAUSED'
  /** 待工会审核 */
  | 'PENDING_REVIEW'
  /** 已发布 */
  | 'PUBLISHED';

export type OpenCongressVoteInput = {
  /** 投票截止时间。 */
  endsAt: string;
  resolution: string;
};

export type OpenRightsCaseInput = {
  details: RightsCaseDetailsInput;
};

export type PayHardshipAidInput = {
  application: string;
  paymentReference: string;
};

export type PayMutualAidClaimInput = {
  claim: string;
  paymentReference: string;
};

/** 公布一个项目的成绩：按成绩排名、颁发奖项与证书；只能公布一次。 */
export type PublishCompetitionResultsInput = {
  /** 比赛项目；调用者须是主办工会的工作人员。 */
  event: string;
};

/** 购买一张预付券（prepaid voucher）。 */
export type PurchaseVoucherInput = {
  /** kind 为 PREPAID_VOUCHER 的已发布优惠。 */
  offer: string;
};

export type RateCongressMotionAnswerInput = {
  motion: string;
  note?: string | null | undefined;
  /** 1 不满意 — 5 满意。 */
  rating: number;
};

export type RecheckHardshipFileInput = {
  file: string;
  /** 本年度当地低保标准。 */
  localMinimum?: MoneyInput | null | undefined;
  /** 本年度核实的人均月收入。 */
  monthlyIncomePerHead?: MoneyInput | null | undefined;
  note?: string | null | undefined;
};

/** 登记一起安全事件。 */
export type RecordClassIncidentInput = {
  /** 班级的 ID。 */
  course: string;
  /** 事件经过（4–1000 字）。 */
  description: string;
  /** 发生时间（不晚于现在）。 */
  occurredAt: string;
};

/** 主办方为已检录的报名录入成绩（公布前可改）。 */
export type RecordCompetitionScoreInput = {
  /** 用时（秒），0 到 604800（7 天）；同分时用时少者在前。 */
  durationSeconds?: number | null | undefined;
  /** 已检录的报名。 */
  entry: string;
  /** 十进制字符串，如 "92.50"。 */
  score: string;
};

export type RecordGrantPaymentFailureInput = {
  reason: string;
  tranche: string;
};

export type RecordGrantPaymentInput = {
  bankReference: string;
  tranche: string;
};

export type RecordMutualAidPremiumInput = {
  enrolment: string;
  /** 到账日期，默认今天。 */
  paidOn?: string | null | undefined;
  paymentReference: string;
};

/** 在门店核销一个核销码（redemption code）。 */
export type RedeemCodeInput = {
  /** 短码或扫描所得的二维码内容。 */
  code: string;
  /** 核销所在门店。 */
  store: string;
};

/** 为本人已付款、未使用的预付券退款。 */
export type RefundVoucherInput = {
  /** 要退款的券。 */
  voucher: string;
};

export type RefuseHardshipAidInput = {
  application: string;
  reason: string;
};

/** 会员报名一个比赛项目；满额时进入候补。 */
export type RegisterForCompetitionEventInput = {
  /** 报名期内的比赛项目。 */
  event: string;
  /** 团体项目必填。 */
  teamName?: string | null | undefined;
};

export type RejectMutualAidClaimInput = {
  claim: string;
  note?: string | null | undefined;
  reason: MutualAidRejectionReason;
};

export type ReportStationProblemInput = {
  /** 设施缺失时，缺的是哪一项。 */
  amenity?: StationAmenity | null | undefined;
  kind: StationReportKind;
  note?: string | null | undefined;
  station: string;
};

/** 申请注销本人账号：15 天冷静期后删除或匿名化个人信息，冷静期内可撤销。 */
export type RequestAccountClosureInput = {
  /** 再次输入登录密码以确认本人操作。 */
  password: string;
};

export type RequestGrantInfoInput = {
  application: string;
  /** 需要申请人补充的内容。 */
  message: string;
};

/** 申请一条短信验证码。 */
export type RequestSmsCodeInput = {
  /** 手机号（11 位中国大陆号码）。 */
  phone: string;
  /** 用途；验证码只能用于这一用途。 */
  purpose: SmsCodePurpose;
};

/** 用短信验证码重置密码（用途 RESET_PASSWORD）；其他会话全部注销。 */
export type ResetPasswordInput = {
  /** 收到的 6 位数字验证码。 */
  code: string;
  /** 新密码，8 到 128 个字符。 */
  newPassword: string;
  /** 账号的手机号。 */
  phone: string;
};

/** 被邀请的会员接受或拒绝组队邀请。 */
export type RespondToCompetitionInvitationInput = {
  /** true 接受，false 拒绝。 */
  accept: boolean;
  /** 邀请本人加入的团体报名。 */
  entry: string;
};

export type ResubmitMutualAidClaimInput = {
  claim: string;
  /** 已上传（purpose=mutual_aid_claim_document）的社保结算单、出院小结、发票的照片。 */
  documents: Array<string>;
  note?: string | null | undefined;
};

/** 地区工会工作人员审核用人单位。 */
export type ReviewEmployerInput = {
  /** true 为通过（VERIFIED），false 为驳回（REJECTED）。 */
  approve: boolean;
  /** 待审核的用人单位；须在调用者辖区内。 */
  employer: string;
  /** 审核意见，最多 500 个字，单位可见。 */
  note?: string | null | undefined;
};

export type ReviewGrantReportInput = {
  /** true 验收通过；false 要求修改（须写明 note）。 */
  accept: boolean;
  note?: string | null | undefined;
  report: string;
};

/** 岗位所在地区的工会工作人员审核待审核岗位。 */
export type ReviewJobPostingInput = {
  /** true 发布；false 退回草稿（附意见）。 */
  approve: boolean;
  /** 待审核的岗位；须在调用者辖区内。 */
  id: string;
  /** 审核意见，最多 500 个字，单位可见（JobPosting.reviewNote）。 */
  note?: string | null | undefined;
};

/** 工会工作人员对商家申请的审核决定。 */
export type ReviewMerchantInput = {
  /** true 为通过，false 为驳回。 */
  approve: boolean;
  /** 被审核的商家（Merchant）的全局 ID。 */
  id: string;
  /** 审核意见，写入审计记录。 */
  reason: string;
};

/** 工会工作人员对待审核优惠的审核决定。 */
export type ReviewOfferInput = {
  /** true 为通过，false 为驳回。 */
  approve: boolean;
  /** 被审核的优惠（Offer）的全局 ID。 */
  id: string;
  /** 审核意见，写入审计记录。 */
  reason: string;
};

export type RightsCaseDetailsInput = {
  /** 争议金额（如欠薪、工伤待遇）。 */
  amountInDispute?: MoneyInput | null | undefined;
  description: string;
  employerName: string;
  /** 月收入（用于审查法律援助资格）。 */
  monthlyIncome?: MoneyInput | null | undefined;
  /** 提交地点（如某服务站点），可不填。 */
  place?: string | null | undefined;
  type: RightsCaseType;
};

export type RightsCaseOutcome =
  /** 败诉 */
  | 'LOST'
  /** 转交其他机构 */
  | 'REFERRED'
  /** 调解/和解结案 */
  | 'SETTLED'
  /** 撤回 */
  | 'WITHDRAWN'
  /** 胜诉（裁决支持） */
  | 'WON';

export type RightsCaseRoute =
  /** 仅法律咨询 */
  | 'CONSULTATION'
  /** 指派工会律师 */
  | 'LAWYER'
  /** 诉讼（仲裁）支持 */
  | 'LITIGATION'
  /** 区总工会调解 */
  | 'MEDIATION';

export type RightsCaseStatus =
  /** 已结案 */
  | 'CLOSED'
  /** 诉讼（仲裁）支持中 */
  | 'IN_LITIGATION'
  /** 调解中（区总工会） */
  | 'IN_MEDIATION'
  /** 已受理，待分流 */
  | 'OPENED'
  /** 已分流，待办理 */
  | 'TRIAGED'
  /** 工会律师代理中 */
  | 'WITH_LAWYER';

export type RightsCaseStepInput = {
  case: string;
  note?: string | null | undefined;
};

export type RightsCaseType =
  /** 工亡 */
  | 'DEATH_AT_WORK'
  /** 健康权纠纷 */
  | 'HEALTH_RIGHTS'
  /** 企业改制职工安置 */
  | 'RESTRUCTURING_LAYOFF'
  /** 拖欠工资（讨薪） */
  | 'UNPAID_WAGES'
  /** 女职工歧视、性骚扰（保密） */
  | 'WOMEN_WORKERS'
  /** 工伤待遇 */
  | 'WORK_INJURY';

/** 账号可持有的角色（role）；每个角色有其作用范围（工会或组织）。 */
export type RoleName =
  /** 用人单位员工 */
  | 'EMPLOYER_STAFF'
  /** 财务复核 */
  | 'FINANCE'
  /** 评审专家 */
  | 'GRANT_REVIEWER'
  /** 工会聘请的法律援助律师（在所属工会及下级工会的维权案件中可被指派） */
  | 'LEGAL_AID_LAWYER'
  /** 普惠商家员工 */
  | 'MERCHANT_STAFF'
  /** 平台管理员 */
  | 'PLATFORM_ADMIN'
  /** 工会工作人员（在所属工会及下级工会范围内） */
  | 'UNION_STAFF';

export type SendBackMutualAidClaimInput = {
  claim: string;
  note: string;
};

/** 用短信验证码验证手机号并注册（用途 SIGN_UP）。 */
export type SignUpWithSmsCodeInput = {
  /** 同意的法律文本及其当前版本；缺少时返回 ConsentRequired。 */
  accepted: Array<AcceptedDocumentInput>;
  /** 收到的 6 位数字验证码。 */
  code: string;
  /** 显示名，1 到 40 个字符。 */
  displayName: string;
  /** 同时绑定工会会员卡；可不填。 */
  memberCard?: MemberCardInput | null | undefined;
  /** 密码，8 到 128 个字符。 */
  password: string;
  /** 手机号（11 位中国大陆号码）。 */
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

/** 短信验证码的用途；验证码只能用于申请时的用途。 */
export type SmsCodePurpose =
  /** 重置密码 */
  | 'RESET_PASSWORD'
  /** 非会员职工维权求助：验证手机号后提交案件（openRightsCaseAsWorker） */
  | 'RIGHTS_CASE'
  /** 验证码登录 */
  | 'SIGN_IN'
  /** 注册 */
  | 'SIGN_UP';

/** 开班。 */
export type StartClassInput = {
  /** 班级的 ID。 */
  course: string;
  /** 意外伤害保险保单号（暑托班须有；创建时已登记可不填）。 */
  insurancePolicy?: string | null | undefined;
};

/** “八有”标准中的设施（累可歇脚、热可纳凉、冷可取暖、伤可用药 …）。 */
export type StationAmenity =
  /** 手机充电 */
  | 'CHARGING'
  /** 空调纳凉 */
  | 'COOLING'
  /** 冰箱 */
  | 'FRIDGE'
  /** 取暖 */
  | 'HEATING'
  /** 急救药箱 */
  | 'MEDICINE'
  /** 微波炉 */
  | 'MICROWAVE'
  /** 书报阅读 */
  | 'READING'
  /** 休息座椅 */
  | 'REST'
  /** 卫生间 */
  | 'TOILET'
  /** 饮用水 */
  | 'WATER';

export type StationInspectionResult =
  /** 不合格 */
  | 'FAIL'
  /** 合格 */
  | 'PASS';

/** 站点类型。 */
export type StationKind =
  /** 法律援助工作站 */
  | 'LEGAL_AID'
  /** 妈咪小屋 */
  | 'NURSING_ROOM'
  /** 户外劳动者服务站 */
  | 'OUTDOOR_REST'
  /** 职工服务中心 */
  | 'SERVICE_CENTRE'
  /** 暖心驿站 */
  | 'WARM_HEART';

export type StationReportActionInput = {
  report: string;
};

export type StationReportKind =
  /** 设施缺失或损坏 */
  | 'AMENITY_MISSING'
  /** 开放时间内未开门 */
  | 'CLOSED_WHEN_OPEN'
  /** 其他问题 */
  | 'OTHER';

export type StationReportResolutionInput = {
  report: string;
  /** 处理结果或不予处理的理由。 */
  resolution: string;
};

export type StationSearchFilter = {
  /** 须全部具备的设施，如饮用水与取暖。 */
  amenities?: Array<StationAmenity> | null | undefined;
  /** 不含最近一次检查不合格的站点。 */
  excludeFailed?: boolean | null | undefined;
  /** 站点类型（任一）。 */
  kinds?: Array<StationKind> | null | undefined;
  /** 只要此刻（北京时间）开放的站点。 */
  openNow?: boolean | null | undefined;
  /** 步行可达：半径 = 分钟数 × 80 米（步速约 4.8 公里/小时）；15 即“15 分钟服务圈”（1.2 公里）。 */
  withinWalkMinutes?: number | null | undefined;
};

/** 组长提交（或改写）本组对一份会议文件的意见汇总。 */
export type SubmitCongressGroupSummaryInput = {
  /** 汇总内容，10–5000 字。 */
  body: string;
  /** 汇总所针对的会议文件（CongressDocument）。 */
  document: string;
};

export type SubmitCongressMotionInput = {
  body: string;
  session: string;
  title: string;
};

export type SubmitGrantReportInput = {
  content: string;
  report: string;
};

export type SubmitGrantReviewInput = {
  comment?: string | null | undefined;
  review: string;
  scores: Array<GrantScoreInput>;
};

export type TriageRightsCaseInput = {
  case: string;
  /** 承办人（本工会或上级工会的工作人员）；不填则为本人。 */
  caseOfficer?: string | null | undefined;
  /** 核实后的月收入（不填则用职工申报的）。 */
  monthlyIncome?: MoneyInput | null | undefined;
  note?: string | null | undefined;
  route: RightsCaseRoute;
};

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

/** 用人单位推进一份申请的状态；不允许的一步返回 InvalidTransition。 */
export type UpdateJobApplicationStatusInput = {
  /** 投递到本单位岗位的申请。 */
  id: string;
  /** 说明，最多 500 个字，写入审计记录。 */
  reason?: string | null | undefined;
  /** 新状态。 */
  status: EmployerSetsApplicationStatus;
};

/** 整体替换岗位内容；已发布的岗位修改后保持发布状态。 */
export type UpdateJobPostingInput = {
  /** 要修改的本单位岗位。 */
  id: string;
  /** 新的全部内容。 */
  posting: JobPostingFieldsInput;
};

/** 替换草稿或已暂停优惠的全部内容。 */
export type UpdateOfferInput = {
  /** 面向哪些会员，默认 ALL_MEMBERS；REGION 须给出 audienceUnion。 */
  audience?: OfferAudience | null | undefined;
  /** audience 为 REGION 时的地区工会。 */
  audienceUnion?: string | null | undefined;
  /** 普惠服务类别。 */
  category: BenefitCategory;
  /** 领取后核销码的有效小时数，1 到 8784；不超过 validUntil。 */
  codeValidHours?: number | null | undefined;
  /** 优惠说明，2 到 2000 个字。 */
  description: string;
  /** 优惠方式：PERCENTAGE_OFF 填 percentPaid，AMOUNT_OFF 填 minSpend 与 reduction，MEMBER_PRICE 与 PREPAID_VOUCHER 填 regularPrice 与 memberPrice。 */
  kind: OfferKind;
  /** 会员价或券售价。 */
  memberPrice?: MoneyInput | null | undefined;
  /** 满减门槛。 */
  minSpend?: MoneyInput | null | undefined;
  /** 要修改的优惠。 */
  offer: string;
  /** 每人每日（Asia/Shanghai）限领数，1 到 1000；不填为不限。 */
  perMemberDailyLimit?: number | null | undefined;
  /** 每人限领总数，1 到 1000；不填为不限。 */
  perMemberLimit?: number | null | undefined;
  /** 折扣：实付百分比，85 即 8.5 折。 */
  percentPaid?: number | null | undefined;
  /** 满减金额。 */
  reduction?: MoneyInput | null | undefined;
  /** 原价或券面值。 */
  regularPrice?: MoneyInput | null | undefined;
  /** 总库存；不填为不限量。 */
  stock?: number | null | undefined;
  /** 可用门店，本商家的 1 到 100 家。 */
  stores: Array<string>;
  /** 使用规则，最多 2000 个字。 */
  terms?: string | null | undefined;
  /** 标题，2 到 60 个字。 */
  title: string;
  /** 有效期开始。 */
  validFrom: string;
  /** 有效期结束，须晚于 validFrom。 */
  validUntil: string;
};

/** 预付券购买（voucher purchase）的支付状态，随 Stripe 支付结果变化。 */
export type VoucherPurchaseStatus =
  /** 支付已取消 */
  | 'CANCELLED'
  /** 超时未支付，预留已释放 */
  | 'EXPIRED'
  /** 支付失败 */
  | 'FAILED'
  /** 已支付，券已发放 */
  | 'PAID'
  /** 待支付（库存已预留） */
  | 'PENDING_PAYMENT'
  /** 已退款 */
  | 'REFUNDED'
  /** 退款处理中 */
  | 'REFUNDING';

/** 主办方撤销一份报名（如不符合参赛规定）。 */
export type WithdrawCompetitionEntryInput = {
  /** 要撤销的报名；调用者须是主办工会的工作人员。 */
  entry: string;
  /** 撤销原因，2 到 500 个字，写入报名的变化记录。 */
  reason: string;
};

/** 撤回本人提出的一条意见。 */
export type WithdrawCongressOpinionInput = {
  /** 要撤回的意见（本人提出的）。 */
  opinion: string;
};

export type CancelEntryMutationVariables = Exact<{
  input: CompetitionEntryInput;
}>;


export type CancelEntryMutation = { cancelCompetitionEntry:
    | { __typename: 'CancelCompetitionEntrySuccess', entry: { id: string, status: CompetitionEntryStatus, kind: CompetitionEventKind, teamName: string | null, registrantName: string, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, checkedInAt: string | null, score: string | null, rank: number | null, provisionalRank: number | null, prize: { name: string } | null, event: { id: string, name: string, kind: CompetitionEventKind, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null }, competition: { id: string, title: string, startsOn: string, cancellationDeadline: string }, participants: Array<{ realName: string, role: CompetitionParticipantRole, status: CompetitionParticipantStatus }>, viewerCan: { cancel: boolean, acceptOffer: boolean, invite: boolean, leaveTeam: boolean } } }
    | { __typename: 'CancellationClosed', code: string, message: string }
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type AcceptOfferMutationVariables = Exact<{
  input: CompetitionEntryInput;
}>;


export type AcceptOfferMutation = { acceptCompetitionOffer:
    | { __typename: 'AcceptCompetitionOfferSuccess', entry: { id: string, status: CompetitionEntryStatus, kind: CompetitionEventKind, teamName: string | null, registrantName: string, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, checkedInAt: string | null, score: string | null, rank: number | null, provisionalRank: number | null, prize: { name: string } | null, event: { id: string, name: string, kind: CompetitionEventKind, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null }, competition: { id: string, title: string, startsOn: string, cancellationDeadline: string }, participants: Array<{ realName: string, role: CompetitionParticipantRole, status: CompetitionParticipantStatus }>, viewerCan: { cancel: boolean, acceptOffer: boolean, invite: boolean, leaveTeam: boolean } } }
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
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
    | { __typename: 'InvalidTransition', code: string, message: string }
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
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'InviteCompetitionTeamMemberSuccess', invitation: { realName: string, status: CompetitionParticipantStatus } }
    | { __typename: 'NotEligible', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'TeamFormationClosed', code: string, message: string }
    | { __typename: 'TeamFull', code: string, message: string }
   | null };

export type CompetitionCardFragment = { id: string, title: string, trade: string, level: CompetitionLevel, startsOn: string, endsOn: string, registrationOpensOn: string, registrationClosesOn: string, registrationOpen: boolean, isOnline: boolean, venue: string | null, organizer: { id: string, name: string } };

export type MyEntryFragment = { id: string, status: CompetitionEntryStatus, kind: CompetitionEventKind, teamName: string | null, registrantName: string, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, checkedInAt: string | null, score: string | null, rank: number | null, provisionalRank: number | null, prize: { name: string } | null, event: { id: string, name: string, kind: CompetitionEventKind, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null }, competition: { id: string, title: string, startsOn: string, cancellationDeadline: string }, participants: Array<{ realName: string, role: CompetitionParticipantRole, status: CompetitionParticipantStatus }>, viewerCan: { cancel: boolean, acceptOffer: boolean, invite: boolean, leaveTeam: boolean } };

type ErrorParts_AccountClosureAlreadyRequested_Fragment = { __typename: 'AccountClosureAlreadyRequested', code: string, message: string };

type ErrorParts_AccountClosureBlocked_Fragment = { __typename: 'AccountClosureBlocked', code: string, message: string };

type ErrorParts_AidBudgetExceeded_Fragment = { __typename: 'AidBudgetExceeded', code: string, message: string };

type ErrorParts_AidCapExceeded_Fragment = { __typename: 'AidCapExceeded', code: string, message: string };

type ErrorParts_AidOutsideScheme_Fragment = { __typename: 'AidOutsideScheme', code: string, message: string };

type ErrorParts_AidPreparerCannotApprove_Fragment = { __typename: 'AidPreparerCannotApprove', code: string, message: string };

type ErrorParts_AidSchemeNotOpen_Fragment = { __typename: 'AidSchemeNotOpen', code: string, message: string };

type ErrorParts_AidWindowClosed_Fragment = { __typename: 'AidWindowClosed', code: string, message: string };

type ErrorParts_AlreadyApplied_Fragment = { __typename: 'AlreadyApplied', code: string, message: string };

type ErrorParts_AlreadyCheckedIn_Fragment = { __typename: 'AlreadyCheckedIn', code: string, message: string };

type ErrorParts_AlreadyEmployerStaff_Fragment = { __typename: 'AlreadyEmployerStaff', code: string, message: string };

type ErrorParts_AlreadyInvited_Fragment = { __typename: 'AlreadyInvited', code: string, message: string };

type ErrorParts_AlreadyRecommended_Fragment = { __typename: 'AlreadyRecommended', code: string, message: string };

type ErrorParts_AlreadyRegistered_Fragment = { __typename: 'AlreadyRegistered', code: string, message: string };

type ErrorParts_AlreadyRegisteredForFair_Fragment = { __typename: 'AlreadyRegisteredForFair', code: string, message: string };

type ErrorParts_AmountOutsideTier_Fragment = { __typename: 'AmountOutsideTier', code: string, message: string };

type ErrorParts_ApiKeyNotActive_Fragment = { __typename: 'ApiKeyNotActive', code: string, message: string };

type ErrorParts_BudgetLinesMismatch_Fragment = { __typename: 'BudgetLinesMismatch', code: string, message: string };

type ErrorParts_CallBudgetExceeded_Fragment = { __typename: 'CallBudgetExceeded', code: string, message: string };

type ErrorParts_CancellationClosed_Fragment = { __typename: 'CancellationClosed', code: string, message: string };

type ErrorParts_CheckInCodeInvalid_Fragment = { __typename: 'CheckInCodeInvalid', code: string, message: string };

type ErrorParts_ClaimNotCancellable_Fragment = { __typename: 'ClaimNotCancellable', code: string, message: string };

type ErrorParts_ClassAgreementRequired_Fragment = { __typename: 'ClassAgreementRequired', code: string, message: string };

type ErrorParts_ClassAlreadyEnrolled_Fragment = { __typename: 'ClassAlreadyEnrolled', code: string, message: string };

type ErrorParts_ClassAttendanceTooLow_Fragment = { __typename: 'ClassAttendanceTooLow', code: string, message: string };

type ErrorParts_ClassEnrolmentClosed_Fragment = { __typename: 'ClassEnrolmentClosed', code: string, message: string };

type ErrorParts_ClassEnrolmentNotOpen_Fragment = { __typename: 'ClassEnrolmentNotOpen', code: string, message: string };

type ErrorParts_ClassIncidentOpen_Fragment = { __typename: 'ClassIncidentOpen', code: string, message: string };

type ErrorParts_ClassInsuranceMissing_Fragment = { __typename: 'ClassInsuranceMissing', code: string, message: string };

type ErrorParts_ClassNotEligible_Fragment = { __typename: 'ClassNotEligible', code: string, message: string };

type ErrorParts_ClassNotTeacher_Fragment = { __typename: 'ClassNotTeacher', code: string, message: string };

type ErrorParts_ClassOfferExpired_Fragment = { __typename: 'ClassOfferExpired', code: string, message: string };

type ErrorParts_ClassSubsidyAlreadyClaimed_Fragment = { __typename: 'ClassSubsidyAlreadyClaimed', code: string, message: string };

type ErrorParts_ClassSubsidyNotAvailable_Fragment = { __typename: 'ClassSubsidyNotAvailable', code: string, message: string };

type ErrorParts_ClassUnderstaffed_Fragment = { __typename: 'ClassUnderstaffed', code: string, message: string };

type ErrorParts_CodeAlreadyRedeemed_Fragment = { __typename: 'CodeAlreadyRedeemed', code: string, message: string };

type ErrorParts_CodeExpired_Fragment = { __typename: 'CodeExpired', code: string, message: string };

type ErrorParts_CodeUnknown_Fragment = { __typename: 'CodeUnknown', code: string, message: string };

type ErrorParts_CongressAlreadyCosigned_Fragment = { __typename: 'CongressAlreadyCosigned', code: string, message: string };

type ErrorParts_CongressAlreadyDelegate_Fragment = { __typename: 'CongressAlreadyDelegate', code: string, message: string };

type ErrorParts_CongressAlreadyGaveOpinion_Fragment = { __typename: 'CongressAlreadyGaveOpinion', code: string, message: string };

type ErrorParts_CongressAlreadyVoted_Fragment = { __typename: 'CongressAlreadyVoted', code: string, message: string };

type ErrorParts_CongressBallotFinal_Fragment = { __typename: 'CongressBallotFinal', code: string, message: string };

type ErrorParts_CongressMotionNeedsCosigners_Fragment = { __typename: 'CongressMotionNeedsCosigners', code: string, message: string };

type ErrorParts_CongressNotPermitted_Fragment = { __typename: 'CongressNotPermitted', code: string, message: string };

type ErrorParts_CongressNotSignedIn_Fragment = { __typename: 'CongressNotSignedIn', code: string, message: string };

type ErrorParts_CongressNotUnionMember_Fragment = { __typename: 'CongressNotUnionMember', code: string, message: string };

type ErrorParts_CongressOpinionsClosed_Fragment = { __typename: 'CongressOpinionsClosed', code: string, message: string };

type ErrorParts_CongressOutsideWindow_Fragment = { __typename: 'CongressOutsideWindow', code: string, message: string };

type ErrorParts_CongressOwnMotion_Fragment = { __typename: 'CongressOwnMotion', code: string, message: string };

type ErrorParts_CongressRollClosed_Fragment = { __typename: 'CongressRollClosed', code: string, message: string };

type ErrorParts_CongressSummaryAnswered_Fragment = { __typename: 'CongressSummaryAnswered', code: string, message: string };

type ErrorParts_CongressVoteStillOpen_Fragment = { __typename: 'CongressVoteStillOpen', code: string, message: string };

type ErrorParts_CongressVotingClosed_Fragment = { __typename: 'CongressVotingClosed', code: string, message: string };

type ErrorParts_ConsentRequired_Fragment = { __typename: 'ConsentRequired', code: string, message: string };

type ErrorParts_CreditCodeTaken_Fragment = { __typename: 'CreditCodeTaken', code: string, message: string };

type ErrorParts_DocumentsMissing_Fragment = { __typename: 'DocumentsMissing', code: string, message: string };

type ErrorParts_EmployerNotVerified_Fragment = { __typename: 'EmployerNotVerified', code: string, message: string };

type ErrorParts_EntryNotActive_Fragment = { __typename: 'EntryNotActive', code: string, message: string };

type ErrorParts_FairClosed_Fragment = { __typename: 'FairClosed', code: string, message: string };

type ErrorParts_FairFull_Fragment = { __typename: 'FairFull', code: string, message: string };

type ErrorParts_FileAlreadyAttached_Fragment = { __typename: 'FileAlreadyAttached', code: string, message: string };

type ErrorParts_FilePurposeMismatch_Fragment = { __typename: 'FilePurposeMismatch', code: string, message: string };

type ErrorParts_GrantApplicationExists_Fragment = { __typename: 'GrantApplicationExists', code: string, message: string };

type ErrorParts_GrantCallNotOpen_Fragment = { __typename: 'GrantCallNotOpen', code: string, message: string };

type ErrorParts_GrantNotEligible_Fragment = { __typename: 'GrantNotEligible', code: string, message: string };

type ErrorParts_HardshipAidPaused_Fragment = { __typename: 'HardshipAidPaused', code: string, message: string };

type ErrorParts_HardshipAlreadyPaired_Fragment = { __typename: 'HardshipAlreadyPaired', code: string, message: string };

type ErrorParts_HardshipFileExists_Fragment = { __typename: 'HardshipFileExists', code: string, message: string };

type ErrorParts_HardshipFileNotConfirmed_Fragment = { __typename: 'HardshipFileNotConfirmed', code: string, message: string };

type ErrorParts_HardshipFlagDerived_Fragment = { __typename: 'HardshipFlagDerived', code: string, message: string };

type ErrorParts_HardshipNotEligible_Fragment = { __typename: 'HardshipNotEligible', code: string, message: string };

type ErrorParts_HardshipWrongLevel_Fragment = { __typename: 'HardshipWrongLevel', code: string, message: string };

type ErrorParts_InputValidationError_Fragment = { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> };

type ErrorParts_InvalidCredentials_Fragment = { __typename: 'InvalidCredentials', code: string, message: string };

type ErrorParts_InvalidGrantTransition_Fragment = { __typename: 'InvalidGrantTransition', code: string, message: string };

type ErrorParts_InvalidSmsCode_Fragment = { __typename: 'InvalidSmsCode', code: string, message: string };

type ErrorParts_InvalidState_Fragment = { __typename: 'InvalidState', code: string, message: string };

type ErrorParts_InvalidTransition_Fragment = { __typename: 'InvalidTransition', code: string, message: string };

type ErrorParts_LegalAidNotEligible_Fragment = { __typename: 'LegalAidNotEligible', code: string, message: string };

type ErrorParts_LimitReached_Fragment = { __typename: 'LimitReached', code: string, message: string };

type ErrorParts_LoanNotOverdue_Fragment = { __typename: 'LoanNotOverdue', code: string, message: string };

type ErrorParts_LoanOverpaid_Fragment = { __typename: 'LoanOverpaid', code: string, message: string };

type ErrorParts_MemberCardTaken_Fragment = { __typename: 'MemberCardTaken', code: string, message: string };

type ErrorParts_MerchantCreditCodeTaken_Fragment = { __typename: 'MerchantCreditCodeTaken', code: string, message: string };

type ErrorParts_MutualAidCeilingReached_Fragment = { __typename: 'MutualAidCeilingReached', code: string, message: string };

type ErrorParts_MutualAidClaimAlreadyUsed_Fragment = { __typename: 'MutualAidClaimAlreadyUsed', code: string, message: string };

type ErrorParts_MutualAidDuplicateClaim_Fragment = { __typename: 'MutualAidDuplicateClaim', code: string, message: string };

type ErrorParts_MutualAidEnrolmentEmpty_Fragment = { __typename: 'MutualAidEnrolmentEmpty', code: string, message: string };

type ErrorParts_MutualAidEnrolmentRefused_Fragment = { __typename: 'MutualAidEnrolmentRefused', code: string, message: string };

type ErrorParts_MutualAidEnrolmentTooLarge_Fragment = { __typename: 'MutualAidEnrolmentTooLarge', code: string, message: string };

type ErrorParts_MutualAidNotCovered_Fragment = { __typename: 'MutualAidNotCovered', code: string, message: string };

type ErrorParts_MutualAidPaymentReferenceUsed_Fragment = { __typename: 'MutualAidPaymentReferenceUsed', code: string, message: string };

type ErrorParts_MutualAidPoolExhausted_Fragment = { __typename: 'MutualAidPoolExhausted', code: string, message: string };

type ErrorParts_MutualAidSchemeExists_Fragment = { __typename: 'MutualAidSchemeExists', code: string, message: string };

type ErrorParts_MutualAidValuationOutdated_Fragment = { __typename: 'MutualAidValuationOutdated', code: string, message: string };

type ErrorParts_MutualAidWrongLevel_Fragment = { __typename: 'MutualAidWrongLevel', code: string, message: string };

type ErrorParts_NoPendingInvitation_Fragment = { __typename: 'NoPendingInvitation', code: string, message: string };

type ErrorParts_NoScores_Fragment = { __typename: 'NoScores', code: string, message: string };

type ErrorParts_NotAGrantReviewer_Fragment = { __typename: 'NotAGrantReviewer', code: string, message: string };

type ErrorParts_NotATeamMember_Fragment = { __typename: 'NotATeamMember', code: string, message: string };

type ErrorParts_NotCheckedIn_Fragment = { __typename: 'NotCheckedIn', code: string, message: string };

type ErrorParts_NotEligible_Fragment = { __typename: 'NotEligible', code: string, message: string };

type ErrorParts_NotEnoughReviewers_Fragment = { __typename: 'NotEnoughReviewers', code: string, message: string };

type ErrorParts_NotFound_Fragment = { __typename: 'NotFound', code: string, message: string };

type ErrorParts_NotOnWaitingList_Fragment = { __typename: 'NotOnWaitingList', code: string, message: string };

type ErrorParts_OfferExpired_Fragment = { __typename: 'OfferExpired', code: string, message: string };

type ErrorParts_OfferNotActive_Fragment = { __typename: 'OfferNotActive', code: string, message: string };

type ErrorParts_OfferNotEligible_Fragment = { __typename: 'OfferNotEligible', code: string, message: string };

type ErrorParts_OfferSoldOut_Fragment = { __typename: 'OfferSoldOut', code: string, message: string };

type ErrorParts_PaymentProviderError_Fragment = { __typename: 'PaymentProviderError', code: string, message: string };

type ErrorParts_PaymentRequired_Fragment = { __typename: 'PaymentRequired', code: string, message: string };

type ErrorParts_PaymentsNotConfigured_Fragment = { __typename: 'PaymentsNotConfigured', code: string, message: string };

type ErrorParts_PayoutAccountMissing_Fragment = { __typename: 'PayoutAccountMissing', code: string, message: string };

type ErrorParts_PhoneTaken_Fragment = { __typename: 'PhoneTaken', code: string, message: string };

type ErrorParts_PostingNotOpen_Fragment = { __typename: 'PostingNotOpen', code: string, message: string };

type ErrorParts_RegistrationClosed_Fragment = { __typename: 'RegistrationClosed', code: string, message: string };

type ErrorParts_RegistrationNotOpen_Fragment = { __typename: 'RegistrationNotOpen', code: string, message: string };

type ErrorParts_ReportNotAccepted_Fragment = { __typename: 'ReportNotAccepted', code: string, message: string };

type ErrorParts_ResultsAlreadyPublished_Fragment = { __typename: 'ResultsAlreadyPublished', code: string, message: string };

type ErrorParts_ReviewerAlreadyAssigned_Fragment = { __typename: 'ReviewerAlreadyAssigned', code: string, message: string };

type ErrorParts_ReviewerSeatsFull_Fragment = { __typename: 'ReviewerSeatsFull', code: string, message: string };

type ErrorParts_RightsCaseTaken_Fragment = { __typename: 'RightsCaseTaken', code: string, message: string };

type ErrorParts_RightsNotCaseOfficer_Fragment = { __typename: 'RightsNotCaseOfficer', code: string, message: string };

type ErrorParts_RightsRoleNotHeld_Fragment = { __typename: 'RightsRoleNotHeld', code: string, message: string };

type ErrorParts_RoleAlreadyGranted_Fragment = { __typename: 'RoleAlreadyGranted', code: string, message: string };

type ErrorParts_SameApproverForbidden_Fragment = { __typename: 'SameApproverForbidden', code: string, message: string };

type ErrorParts_SkillCertificateTaken_Fragment = { __typename: 'SkillCertificateTaken', code: string, message: string };

type ErrorParts_SmsCooldown_Fragment = { __typename: 'SmsCooldown', code: string, message: string };

type ErrorParts_SmsNotConfigured_Fragment = { __typename: 'SmsNotConfigured', code: string, message: string };

type ErrorParts_SmsSendFailed_Fragment = { __typename: 'SmsSendFailed', code: string, message: string };

type ErrorParts_StationReportExists_Fragment = { __typename: 'StationReportExists', code: string, message: string };

type ErrorParts_StripeNotConfigured_Fragment = { __typename: 'StripeNotConfigured', code: string, message: string };

type ErrorParts_TeamFormationClosed_Fragment = { __typename: 'TeamFormationClosed', code: string, message: string };

type ErrorParts_TeamFull_Fragment = { __typename: 'TeamFull', code: string, message: string };

type ErrorParts_TooManyAttempts_Fragment = { __typename: 'TooManyAttempts', code: string, message: string };

type ErrorParts_TrancheOutOfOrder_Fragment = { __typename: 'TrancheOutOfOrder', code: string, message: string };

type ErrorParts_VoucherNotRefundable_Fragment = { __typename: 'VoucherNotRefundable', code: string, message: string };

type ErrorParts_WebhookDeliveryInFlight_Fragment = { __typename: 'WebhookDeliveryInFlight', code: string, message: string };

type ErrorParts_WebhookSubscriptionNotActive_Fragment = { __typename: 'WebhookSubscriptionNotActive', code: string, message: string };

type ErrorParts_WrongMerchant_Fragment = { __typename: 'WrongMerchant', code: string, message: string };

type ErrorParts_WrongStore_Fragment = { __typename: 'WrongStore', code: string, message: string };

export type ErrorPartsFragment =
  | ErrorParts_AccountClosureAlreadyRequested_Fragment
  | ErrorParts_AccountClosureBlocked_Fragment
  | ErrorParts_AidBudgetExceeded_Fragment
  | ErrorParts_AidCapExceeded_Fragment
  | ErrorParts_AidOutsideScheme_Fragment
  | ErrorParts_AidPreparerCannotApprove_Fragment
  | ErrorParts_AidSchemeNotOpen_Fragment
  | ErrorParts_AidWindowClosed_Fragment
  | ErrorParts_AlreadyApplied_Fragment
  | ErrorParts_AlreadyCheckedIn_Fragment
  | ErrorParts_AlreadyEmployerStaff_Fragment
  | ErrorParts_AlreadyInvited_Fragment
  | ErrorParts_AlreadyRecommended_Fragment
  | ErrorParts_AlreadyRegistered_Fragment
  | ErrorParts_AlreadyRegisteredForFair_Fragment
  | ErrorParts_AmountOutsideTier_Fragment
  | ErrorParts_ApiKeyNotActive_Fragment
  | ErrorParts_BudgetLinesMismatch_Fragment
  | ErrorParts_CallBudgetExceeded_Fragment
  | ErrorParts_CancellationClosed_Fragment
  | ErrorParts_CheckInCodeInvalid_Fragment
  | ErrorParts_ClaimNotCancellable_Fragment
  | ErrorParts_ClassAgreementRequired_Fragment
  | ErrorParts_ClassAlreadyEnrolled_Fragment
  | ErrorParts_ClassAttendanceTooLow_Fragment
  | ErrorParts_ClassEnrolmentClosed_Fragment
  | ErrorParts_ClassEnrolmentNotOpen_Fragment
  | ErrorParts_ClassIncidentOpen_Fragment
  | ErrorParts_ClassInsuranceMissing_Fragment
  | ErrorParts_ClassNotEligible_Fragment
  | ErrorParts_ClassNotTeacher_Fragment
  | ErrorParts_ClassOfferExpired_Fragment
  | ErrorParts_ClassSubsidyAlreadyClaimed_Fragment
  | ErrorParts_ClassSubsidyNotAvailable_Fragment
  | ErrorParts_ClassUnderstaffed_Fragment
  | ErrorParts_CodeAlreadyRedeemed_Fragment
  | ErrorParts_CodeExpired_Fragment
  | ErrorParts_CodeUnknown_Fragment
  | ErrorParts_CongressAlreadyCosigned_Fragment
  | ErrorParts_CongressAlreadyDelegate_Fragment
  | ErrorParts_CongressAlreadyGaveOpinion_Fragment
  | ErrorParts_CongressAlreadyVoted_Fragment
  | ErrorParts_CongressBallotFinal_Fragment
  | ErrorParts_CongressMotionNeedsCosigners_Fragment
  | ErrorParts_CongressNotPermitted_Fragment
  | ErrorParts_CongressNotSignedIn_Fragment
  | ErrorParts_CongressNotUnionMember_Fragment
  | ErrorParts_CongressOpinionsClosed_Fragment
  | ErrorParts_CongressOutsideWindow_Fragment
  | ErrorParts_CongressOwnMotion_Fragment
  | ErrorParts_CongressRollClosed_Fragment
  | ErrorParts_CongressSummaryAnswered_Fragment
  | ErrorParts_CongressVoteStillOpen_Fragment
  | ErrorParts_CongressVotingClosed_Fragment
  | ErrorParts_ConsentRequired_Fragment
  | ErrorParts_CreditCodeTaken_Fragment
  | ErrorParts_DocumentsMissing_Fragment
  | ErrorParts_EmployerNotVerified_Fragment
  | ErrorParts_EntryNotActive_Fragment
  | ErrorParts_FairClosed_Fragment
  | ErrorParts_FairFull_Fragment
  | ErrorParts_FileAlreadyAttached_Fragment
  | ErrorParts_FilePurposeMismatch_Fragment
  | ErrorParts_GrantApplicationExists_Fragment
  | ErrorParts_GrantCallNotOpen_Fragment
  | ErrorParts_GrantNotEligible_Fragment
  | ErrorParts_HardshipAidPaused_Fragment
  | ErrorParts_HardshipAlreadyPaired_Fragment
  | ErrorParts_HardshipFileExists_Fragment
  | ErrorParts_HardshipFileNotConfirmed_Fragment
  | ErrorParts_HardshipFlagDerived_Fragment
  | ErrorParts_HardshipNotEligible_Fragment
  | ErrorParts_HardshipWrongLevel_Fragment
  | ErrorParts_InputValidationError_Fragment
  | ErrorParts_InvalidCredentials_Fragment
  | ErrorParts_InvalidGrantTransition_Fragment
  | ErrorParts_InvalidSmsCode_Fragment
  | ErrorParts_InvalidState_Fragment
  | ErrorParts_InvalidTransition_Fragment
  | ErrorParts_LegalAidNotEligible_Fragment
  | ErrorParts_LimitReached_Fragment
  | ErrorParts_LoanNotOverdue_Fragment
  | ErrorParts_LoanOverpaid_Fragment
  | ErrorParts_MemberCardTaken_Fragment
  | ErrorParts_MerchantCreditCodeTaken_Fragment
  | ErrorParts_MutualAidCeilingReached_Fragment
  | ErrorParts_MutualAidClaimAlreadyUsed_Fragment
  | ErrorParts_MutualAidDuplicateClaim_Fragment
  | ErrorParts_MutualAidEnrolmentEmpty_Fragment
  | ErrorParts_MutualAidEnrolmentRefused_Fragment
  | ErrorParts_MutualAidEnrolmentTooLarge_Fragment
  | ErrorParts_MutualAidNotCovered_Fragment
  | ErrorParts_MutualAidPaymentReferenceUsed_Fragment
  | ErrorParts_MutualAidPoolExhausted_Fragment
  | ErrorParts_MutualAidSchemeExists_Fragment
  | ErrorParts_MutualAidValuationOutdated_Fragment
  | ErrorParts_MutualAidWrongLevel_Fragment
  | ErrorParts_NoPendingInvitation_Fragment
  | ErrorParts_NoScores_Fragment
  | ErrorParts_NotAGrantReviewer_Fragment
  | ErrorParts_NotATeamMember_Fragment
  | ErrorParts_NotCheckedIn_Fragment
  | ErrorParts_NotEligible_Fragment
  | ErrorParts_NotEnoughReviewers_Fragment
  | ErrorParts_NotFound_Fragment
  | ErrorParts_NotOnWaitingList_Fragment
  | ErrorParts_OfferExpired_Fragment
  | ErrorParts_OfferNotActive_Fragment
  | ErrorParts_OfferNotEligible_Fragment
  | ErrorParts_OfferSoldOut_Fragment
  | ErrorParts_PaymentProviderError_Fragment
  | ErrorParts_PaymentRequired_Fragment
  | ErrorParts_PaymentsNotConfigured_Fragment
  | ErrorParts_PayoutAccountMissing_Fragment
  | ErrorParts_PhoneTaken_Fragment
  | ErrorParts_PostingNotOpen_Fragment
  | ErrorParts_RegistrationClosed_Fragment
  | ErrorParts_RegistrationNotOpen_Fragment
  | ErrorParts_ReportNotAccepted_Fragment
  | ErrorParts_ResultsAlreadyPublished_Fragment
  | ErrorParts_ReviewerAlreadyAssigned_Fragment
  | ErrorParts_ReviewerSeatsFull_Fragment
  | ErrorParts_RightsCaseTaken_Fragment
  | ErrorParts_RightsNotCaseOfficer_Fragment
  | ErrorParts_RightsRoleNotHeld_Fragment
  | ErrorParts_RoleAlreadyGranted_Fragment
  | ErrorParts_SameApproverForbidden_Fragment
  | ErrorParts_SkillCertificateTaken_Fragment
  | ErrorParts_SmsCooldown_Fragment
  | ErrorParts_SmsNotConfigured_Fragment
  | ErrorParts_SmsSendFailed_Fragment
  | ErrorParts_StationReportExists_Fragment
  | ErrorParts_StripeNotConfigured_Fragment
  | ErrorParts_TeamFormationClosed_Fragment
  | ErrorParts_TeamFull_Fragment
  | ErrorParts_TooManyAttempts_Fragment
  | ErrorParts_TrancheOutOfOrder_Fragment
  | ErrorParts_VoucherNotRefundable_Fragment
  | ErrorParts_WebhookDeliveryInFlight_Fragment
  | ErrorParts_WebhookSubscriptionNotActive_Fragment
  | ErrorParts_WrongMerchant_Fragment
  | ErrorParts_WrongStore_Fragment
;

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidCredentials', code: string, message: string }
    | { __typename: 'LoginSuccess', session: { token: string } }
    | { __typename: 'TooManyAttempts', code: string, message: string }
   };

export type SignUpMutationVariables = Exact<{
  input: SignUpWithSmsCodeInput;
}>;


export type SignUpMutation = { signUpWithSmsCode:
    | { __typename: 'ConsentRequired', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidSmsCode', code: string, message: string }
    | { __typename: 'MemberCardTaken', code: string, message: string }
    | { __typename: 'PhoneTaken', code: string, message: string }
    | { __typename: 'SignUpWithSmsCodeSuccess', session: { token: string } }
    | { __typename: 'TooManyAttempts', code: string, message: string }
   };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: { __typename: 'LogoutSuccess', revoked: boolean } | null };

export type UnionRootsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnionRootsQuery = { legalDocuments: Array<{ document: ConsentDocument, title: string, version: string }>, unions: { nodes: Array<{ id: string, name: string, code: string, level: UnionLevel, children: { nodes: Array<{ id: string, name: string, code: string, level: UnionLevel }> } }> } };

export type UnionChildrenQueryVariables = Exact<{
  parent: string;
}>;


export type UnionChildrenQuery = { unions: { nodes: Array<{ id: string, name: string, code: string, level: UnionLevel }> } };

export type CertificateCheckQueryVariables = Exact<{
  number: string;
}>;


export type CertificateCheckQuery = { competitionCertificate: { number: string, holderName: string, competitionTitle: string, competitionStartsOn: string, organizerName: string, eventName: string, teamName: string | null, prizeName: string, rank: number, issuedAt: string } | null };

export type StaffClassesViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffClassesViewerQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null };

export type StaffClassesPageQueryVariables = Exact<{
  union: string;
}>;


export type StaffClassesPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, classFigures: { courses: number, summerClasses: number, seats: number, seated: number, waiting: number, coursesFilled: number, medianFillMinutes: number | null, attendanceBasisPoints: number | null, openIncidents: number, subsidyClaims: number, subsidyTotal: { amount: number } } | null, classCourses: { nodes: Array<{ id: string, kind: ClassKind, title: string, venue: string, startsOn: string, capacity: number, seatsTaken: number, waitingCount: number, status: ClassCourseStatus, statusLabel: string, minTeachers: number, minVolunteers: number, attendanceBasisPoints: number | null, subsidy: { amount: number }, staff: Array<{ role: ClassStaffRole, name: string, phone: string }> | null, incidents: Array<{ id: string, description: string, occurredAt: string, open: boolean, resolution: string | null }> | null, subsidyClaim: { attendanceBasisPoints: number, amount: { amount: number } } | null, viewerCan: { start: boolean, claimSubsidy: boolean } }> } };

export type StaffCreateClassCourseMutationVariables = Exact<{
  input: CreateClassCourseInput;
}>;


export type StaffCreateClassCourseMutation = { createClassCourse:
    | { __typename: 'CreateClassCourseSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type StaffAssignClassStaffMutationVariables = Exact<{
  input: AssignClassStaffInput;
}>;


export type StaffAssignClassStaffMutation = { assignClassStaff:
    | { __typename: 'AssignClassStaffSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type StaffStartClassMutationVariables = Exact<{
  input: StartClassInput;
}>;


export type StaffStartClassMutation = { startClass:
    | { __typename: 'ClassInsuranceMissing', code: string, message: string }
    | { __typename: 'ClassUnderstaffed', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'StartClassSuccess' }
   | null };

export type StaffClaimClassSubsidyMutationVariables = Exact<{
  input: ClassCourseActionInput;
}>;


export type StaffClaimClassSubsidyMutation = { claimClassSubsidy:
    | { __typename: 'ClaimClassSubsidySuccess' }
    | { __typename: 'ClassAttendanceTooLow', code: string, message: string }
    | { __typename: 'ClassIncidentOpen', code: string, message: string }
    | { __typename: 'ClassSubsidyAlreadyClaimed', code: string, message: string }
    | { __typename: 'ClassSubsidyNotAvailable', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type StaffRecordClassIncidentMutationVariables = Exact<{
  input: RecordClassIncidentInput;
}>;


export type StaffRecordClassIncidentMutation = { recordClassIncident:
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RecordClassIncidentSuccess' }
   | null };

export type StaffCloseClassIncidentMutationVariables = Exact<{
  input: CloseClassIncidentInput;
}>;


export type StaffCloseClassIncidentMutation = { closeClassIncident:
    | { __typename: 'CloseClassIncidentSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type ClassCourseCardFragment = { id: string, kind: ClassKind, title: string, description: string, venue: string, startsOn: string, endsOn: string, capacity: number, seatsTaken: number, waitingCount: number, enrolmentOpensAt: string, enrolmentClosesAt: string, priorityUntil: string | null, minAge: number | null, maxAge: number | null, fee: { amount: number }, union: { name: string }, viewerCan: { enrol: boolean } };

export type ClassEnrolmentCardFragment = { id: string, status: ClassEnrolmentStatus, statusLabel: string, learnerName: string, waitlistPosition: number | null, offerExpiresAt: string | null, hardshipWaiver: boolean, fee: { amount: number }, course: { id: string, title: string, venue: string, startsOn: string }, viewerCan: { cancel: boolean, acceptOffer: boolean } };

export type ClassesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ClassesPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, classCourses: { nodes: Array<{ id: string, kind: ClassKind, title: string, description: string, venue: string, startsOn: string, endsOn: string, capacity: number, seatsTaken: number, waitingCount: number, enrolmentOpensAt: string, enrolmentClosesAt: string, priorityUntil: string | null, minAge: number | null, maxAge: number | null, fee: { amount: number }, union: { name: string }, viewerCan: { enrol: boolean } }> } };

export type MyClassEnrolmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyClassEnrolmentsQuery = { myClassEnrolments: { nodes: Array<{ id: string, status: ClassEnrolmentStatus, statusLabel: string, learnerName: string, waitlistPosition: number | null, offerExpiresAt: string | null, hardshipWaiver: boolean, fee: { amount: number }, course: { id: string, title: string, venue: string, startsOn: string }, viewerCan: { cancel: boolean, acceptOffer: boolean } }> } };

export type EnrolInClassMutationVariables = Exact<{
  input: EnrolInClassInput;
}>;


export type EnrolInClassMutation = { enrolInClass:
    | { __typename: 'ClassAgreementRequired', code: string, message: string }
    | { __typename: 'ClassAlreadyEnrolled', code: string, message: string }
    | { __typename: 'ClassEnrolmentClosed', code: string, message: string }
    | { __typename: 'ClassEnrolmentNotOpen', code: string, message: string }
    | { __typename: 'ClassNotEligible', code: string, message: string }
    | { __typename: 'EnrolInClassSuccess', enrolment: { id: string, status: ClassEnrolmentStatus, statusLabel: string, learnerName: string, waitlistPosition: number | null, offerExpiresAt: string | null, hardshipWaiver: boolean, fee: { amount: number }, course: { id: string, title: string, venue: string, startsOn: string }, viewerCan: { cancel: boolean, acceptOffer: boolean } } }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type CancelClassEnrolmentMutationVariables = Exact<{
  input: ClassEnrolmentActionInput;
}>;


export type CancelClassEnrolmentMutation = { cancelClassEnrolment:
    | { __typename: 'CancelClassEnrolmentSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type AcceptClassOfferMutationVariables = Exact<{
  input: ClassEnrolmentActionInput;
}>;


export type AcceptClassOfferMutation = { acceptClassOffer:
    | { __typename: 'AcceptClassOfferSuccess' }
    | { __typename: 'ClassOfferExpired', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type TeachingClassesQueryVariables = Exact<{ [key: string]: never; }>;


export type TeachingClassesQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myTeachingClasses: { nodes: Array<{ id: string, title: string, status: ClassCourseStatus, sessions: Array<{ id: string, startsAt: string, topic: string, rollCalledAt: string | null, roll: Array<{ enrolmentId: string, learnerName: string, guardianNames: Array<string>, present: boolean | null, pickedUpBy: string | null }> | null }> }> } };

export type CallClassRollMutationVariables = Exact<{
  input: CallClassRollInput;
}>;


export type CallClassRollMutation = { callClassRoll:
    | { __typename: 'CallClassRollSuccess', session: { id: string, rollCalledAt: string | null } }
    | { __typename: 'ClassNotTeacher', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type CompetitionsPageQueryVariables = Exact<{
  trade?: string | null | undefined;
  open?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type CompetitionsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, competitions: { nodes: Array<{ id: string, title: string, trade: string, level: CompetitionLevel, startsOn: string, endsOn: string, registrationOpensOn: string, registrationClosesOn: string, registrationOpen: boolean, isOnline: boolean, venue: string | null, organizer: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CompetitionPageQueryVariables = Exact<{
  id: string;
  member: boolean;
}>;


export type CompetitionPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition', cancellationDeadline: string, minAge: number | null, maxAge: number | null, requiredSkillLevel: SkillLevel | null, offerHoldHours: number, id: string, title: string, trade: string, level: CompetitionLevel, startsOn: string, endsOn: string, registrationOpensOn: string, registrationClosesOn: string, registrationOpen: boolean, isOnline: boolean, venue: string | null, events: { nodes: Array<{ id: string, name: string, kind: CompetitionEventKind, capacity: number, seatsTaken: number, waitingCount: number, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null, prizes: Array<{ tier: number, name: string, quantity: number }>, viewerEligibility: { eligible: boolean, message: string | null, reason: EligibilityRefusal | null } | null, viewerCan: { register: boolean } }> }, organizer: { id: string, name: string } }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting' }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null, myCompetitionEntries?: { nodes: Array<{ id: string, status: CompetitionEntryStatus, kind: CompetitionEventKind, teamName: string | null, registrantName: string, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, checkedInAt: string | null, score: string | null, rank: number | null, provisionalRank: number | null, prize: { name: string } | null, event: { id: string, name: string, kind: CompetitionEventKind, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null }, competition: { id: string, title: string, startsOn: string, cancellationDeadline: string }, participants: Array<{ realName: string, role: CompetitionParticipantRole, status: CompetitionParticipantStatus }>, viewerCan: { cancel: boolean, acceptOffer: boolean, invite: boolean, leaveTeam: boolean } }> } };

export type RegisterForEventMutationVariables = Exact<{
  input: RegisterForCompetitionEventInput;
}>;


export type RegisterForEventMutation = { registerForCompetitionEvent:
    | { __typename: 'AlreadyRegistered', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotEligible', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RegisterForCompetitionEventSuccess', entry: { id: string, status: CompetitionEntryStatus, kind: CompetitionEventKind, teamName: string | null, registrantName: string, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, checkedInAt: string | null, score: string | null, rank: number | null, provisionalRank: number | null, prize: { name: string } | null, event: { id: string, name: string, kind: CompetitionEventKind, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null }, competition: { id: string, title: string, startsOn: string, cancellationDeadline: string }, participants: Array<{ realName: string, role: CompetitionParticipantRole, status: CompetitionParticipantStatus }>, viewerCan: { cancel: boolean, acceptOffer: boolean, invite: boolean, leaveTeam: boolean } } }
    | { __typename: 'RegistrationClosed', code: string, message: string }
    | { __typename: 'RegistrationNotOpen', code: string, message: string }
    | { __typename: 'TeamFormationClosed', code: string, message: string }
   | null };

export type EventResultsPageQueryVariables = Exact<{
  id: string;
}>;


export type EventResultsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, competitionEvent: { id: string, name: string, kind: CompetitionEventKind, resultsPublishedAt: string | null, competition: { id: string, title: string }, results: { totalCount: number, nodes: Array<{ rank: number, score: string, durationSeconds: number | null, entrantName: string, teamName: string | null, prize: { name: string } | null }> } } | null };

export type StaffCongressSessionsQueryVariables = Exact<{
  union: string;
}>;


export type StaffCongressSessionsQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, congressSessions: { nodes: Array<{ id: string, title: string, stageLabel: string, delegateCount: number, publishedAt: string | null }> } };

export type StaffCongressSessionQueryVariables = Exact<{
  id: string;
}>;


export type StaffCongressSessionQuery = { node:
    | { id: string, title: string, description: string, stage: CongressStage, stageLabel: string, nextStage: CongressStage | null, delegateCount: number, quorumNeeded: number, passNeeded: number, rules: string, publishedAt: string | null, minCosigners: number, viewerSignedIn: boolean, delegates: { totalCount: number, nodes: Array<{ id: string, memberName: string, groupName: string, isGroupLeader: boolean, isPresidium: boolean, signedInStages: Array<CongressStage> }> }, union: { name: string, code: string }, agenda: Array<{ stage: CongressStage, stageLabel: string, startsAt: string, endsAt: string, enteredAt: string | null, attendance: number }>, documents: Array<{ id: string, title: string, body: string, file: { fileName: string, downloadUrl: string } | null, viewerCan: { giveOpinion: boolean, summarise: boolean }, paragraphs: Array<{ id: string, number: number, body: string, opinions: Array<{ id: string, body: string, groupName: string, authorName: string, viewerIsAuthor: boolean, viewerCan: { edit: boolean, withdraw: boolean } }> }>, groupSummaries: Array<{ id: string, groupName: string, body: string, leaderName: string, submittedAt: string, answer: string | null, answeredAt: string | null, viewerCan: { answer: boolean } }> }>, viewerDelegate: { groupName: string, isPresidium: boolean, isGroupLeader: boolean } | null, viewerCan: { advance: boolean, manageRoll: boolean, manageAgenda: boolean, signIn: boolean, submitMotion: boolean }, resolutions: Array<{ id: string, title: string, body: string, status: CongressResolutionStatus, statusLabel: string, votingOpen: boolean, votingEndsAt: string | null, turnout: number, delegateCount: number, presentCount: number | null, passNeeded: number, forCount: number | null, againstCount: number | null, abstainCount: number | null, quorumMet: boolean | null, viewerHasVoted: boolean, viewerCan: { openVote: boolean, vote: boolean, changeBallot: boolean, closeVote: boolean } }>, motions: { nodes: Array<{ id: string, title: string, body: string, status: CongressMotionStatus, statusLabel: string, proposerName: string, proposerGroup: string, cosignerCount: number, minCosigners: number, cosignerNames: Array<string>, decisionReason: string | null, answerDueAt: string | null, answer: string | null, answeredAt: string | null, answeredLate: boolean, rating: number | null, viewerCosigned: boolean, viewerCan: { cosign: boolean, accept: boolean, merge: boolean, refuse: boolean, answer: boolean, rate: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type StaffCongressCreateMutationVariables = Exact<{
  input: CreateCongressSessionInput;
}>;


export type StaffCongressCreateMutation = { createCongressSession:
    | { __typename: 'CreateCongressSessionSuccess', session: { id: string } }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type StaffCongressAddDelegatesMutationVariables = Exact<{
  input: AddCongressDelegatesInput;
}>;


export type StaffCongressAddDelegatesMutation = { addCongressDelegates:
    | { __typename: 'AddCongressDelegatesSuccess' }
    | { __typename: 'CongressAlreadyDelegate', cardNumbers: Array<string>, code: string, message: string }
    | { __typename: 'CongressNotUnionMember', cardNumbers: Array<string>, code: string, message: string }
    | { __typename: 'CongressRollClosed', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type StaffCongressAdvanceMutationVariables = Exact<{
  input: AdvanceCongressSessionInput;
}>;


export type StaffCongressAdvanceMutation = { advanceCongressSession:
    | { __typename: 'AdvanceCongressSessionSuccess' }
    | { __typename: 'CongressVoteStillOpen', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type StaffCongressAddResolutionMutationVariables = Exact<{
  input: AddCongressResolutionInput;
}>;


export type StaffCongressAddResolutionMutation = { addCongressResolution:
    | { __typename: 'AddCongressResolutionSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type StaffCongressOpenVoteMutationVariables = Exact<{
  input: OpenCongressVoteInput;
}>;


export type StaffCongressOpenVoteMutation = { openCongressVote:
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'OpenCongressVoteSuccess' }
   };

export type StaffCongressCloseVoteMutationVariables = Exact<{
  input: CongressResolutionActionInput;
}>;


export type StaffCongressCloseVoteMutation = { closeCongressVote:
    | { __typename: 'CloseCongressVoteSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type StaffCongressAnswerMutationVariables = Exact<{
  input: AnswerCongressMotionInput;
}>;


export type StaffCongressAnswerMutation = { answerCongressMotion:
    | { __typename: 'AnswerCongressMotionSuccess' }
    | { __typename: 'CongressNotPermitted', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type StaffCongressViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffCongressViewerQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null };

export type CongressResolutionCardFragment = { id: string, title: string, body: string, status: CongressResolutionStatus, statusLabel: string, votingOpen: boolean, votingEndsAt: string | null, turnout: number, delegateCount: number, presentCount: number | null, passNeeded: number, forCount: number | null, againstCount: number | null, abstainCount: number | null, quorumMet: boolean | null, viewerHasVoted: boolean, viewerCan: { openVote: boolean, vote: boolean, changeBallot: boolean, closeVote: boolean } };

export type CongressMotionCardFragment = { id: string, title: string, body: string, status: CongressMotionStatus, statusLabel: string, proposerName: string, proposerGroup: string, cosignerCount: number, minCosigners: number, cosignerNames: Array<string>, decisionReason: string | null, answerDueAt: string | null, answer: string | null, answeredAt: string | null, answeredLate: boolean, rating: number | null, viewerCosigned: boolean, viewerCan: { cosign: boolean, accept: boolean, merge: boolean, refuse: boolean, answer: boolean, rate: boolean } };

export type CongressDocumentCardFragment = { id: string, title: string, body: string, file: { fileName: string, downloadUrl: string } | null, viewerCan: { giveOpinion: boolean, summarise: boolean }, paragraphs: Array<{ id: string, number: number, body: string, opinions: Array<{ id: string, body: string, groupName: string, authorName: string, viewerIsAuthor: boolean, viewerCan: { edit: boolean, withdraw: boolean } }> }>, groupSummaries: Array<{ id: string, groupName: string, body: string, leaderName: string, submittedAt: string, answer: string | null, answeredAt: string | null, viewerCan: { answer: boolean } }> };

export type CongressSessionViewFragment = { id: string, title: string, description: string, stage: CongressStage, stageLabel: string, nextStage: CongressStage | null, delegateCount: number, quorumNeeded: number, passNeeded: number, rules: string, publishedAt: string | null, minCosigners: number, viewerSignedIn: boolean, union: { name: string, code: string }, agenda: Array<{ stage: CongressStage, stageLabel: string, startsAt: string, endsAt: string, enteredAt: string | null, attendance: number }>, documents: Array<{ id: string, title: string, body: string, file: { fileName: string, downloadUrl: string } | null, viewerCan: { giveOpinion: boolean, summarise: boolean }, paragraphs: Array<{ id: string, number: number, body: string, opinions: Array<{ id: string, body: string, groupName: string, authorName: string, viewerIsAuthor: boolean, viewerCan: { edit: boolean, withdraw: boolean } }> }>, groupSummaries: Array<{ id: string, groupName: string, body: string, leaderName: string, submittedAt: string, answer: string | null, answeredAt: string | null, viewerCan: { answer: boolean } }> }>, viewerDelegate: { groupName: string, isPresidium: boolean, isGroupLeader: boolean } | null, viewerCan: { advance: boolean, manageRoll: boolean, manageAgenda: boolean, signIn: boolean, submitMotion: boolean }, resolutions: Array<{ id: string, title: string, body: string, status: CongressResolutionStatus, statusLabel: string, votingOpen: boolean, votingEndsAt: string | null, turnout: number, delegateCount: number, presentCount: number | null, passNeeded: number, forCount: number | null, againstCount: number | null, abstainCount: number | null, quorumMet: boolean | null, viewerHasVoted: boolean, viewerCan: { openVote: boolean, vote: boolean, changeBallot: boolean, closeVote: boolean } }>, motions: { nodes: Array<{ id: string, title: string, body: string, status: CongressMotionStatus, statusLabel: string, proposerName: string, proposerGroup: string, cosignerCount: number, minCosigners: number, cosignerNames: Array<string>, decisionReason: string | null, answerDueAt: string | null, answer: string | null, answeredAt: string | null, answeredLate: boolean, rating: number | null, viewerCosigned: boolean, viewerCan: { cosign: boolean, accept: boolean, merge: boolean, refuse: boolean, answer: boolean, rate: boolean } }> } };

export type MyCongressSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCongressSessionsQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myCongressSessions: { nodes: Array<{ id: string, title: string, stageLabel: string, union: { name: string, code: string } }> } };

export type CongressSessionPageQueryVariables = Exact<{
  id: string;
}>;


export type CongressSessionPageQuery = { node:
    | { id: string, title: string, description: string, stage: CongressStage, stageLabel: string, nextStage: CongressStage | null, delegateCount: number, quorumNeeded: number, passNeeded: number, rules: string, publishedAt: string | null, minCosigners: number, viewerSignedIn: boolean, union: { name: string, code: string }, agenda: Array<{ stage: CongressStage, stageLabel: string, startsAt: string, endsAt: string, enteredAt: string | null, attendance: number }>, documents: Array<{ id: string, title: string, body: string, file: { fileName: string, downloadUrl: string } | null, viewerCan: { giveOpinion: boolean, summarise: boolean }, paragraphs: Array<{ id: string, number: number, body: string, opinions: Array<{ id: string, body: string, groupName: string, authorName: string, viewerIsAuthor: boolean, viewerCan: { edit: boolean, withdraw: boolean } }> }>, groupSummaries: Array<{ id: string, groupName: string, body: string, leaderName: string, submittedAt: string, answer: string | null, answeredAt: string | null, viewerCan: { answer: boolean } }> }>, viewerDelegate: { groupName: string, isPresidium: boolean, isGroupLeader: boolean } | null, viewerCan: { advance: boolean, manageRoll: boolean, manageAgenda: boolean, signIn: boolean, submitMotion: boolean }, resolutions: Array<{ id: string, title: string, body: string, status: CongressResolutionStatus, statusLabel: string, votingOpen: boolean, votingEndsAt: string | null, turnout: number, delegateCount: number, presentCount: number | null, passNeeded: number, forCount: number | null, againstCount: number | null, abstainCount: number | null, quorumMet: boolean | null, viewerHasVoted: boolean, viewerCan: { openVote: boolean, vote: boolean, changeBallot: boolean, closeVote: boolean } }>, motions: { nodes: Array<{ id: string, title: string, body: string, status: CongressMotionStatus, statusLabel: string, proposerName: string, proposerGroup: string, cosignerCount: number, minCosigners: number, cosignerNames: Array<string>, decisionReason: string | null, answerDueAt: string | null, answer: string | null, answeredAt: string | null, answeredLate: boolean, rating: number | null, viewerCosigned: boolean, viewerCan: { cosign: boolean, accept: boolean, merge: boolean, refuse: boolean, answer: boolean, rate: boolean } }> } }
    | Record<PropertyKey, never>
   | null };

export type CongressSignInMutationVariables = Exact<{
  input: CongressSessionActionInput;
}>;


export type CongressSignInMutation = { signInCongressStage:
    | { __typename: 'CongressOutsideWindow', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'SignInCongressStageSuccess' }
   };

export type CongressCastMutationVariables = Exact<{
  input: CastCongressBallotInput;
}>;


export type CongressCastMutation = { castCongressBallot:
    | { __typename: 'CastCongressBallotSuccess', ballot: { choice: CongressChoice, receipt: string | null, changed: boolean } }
    | { __typename: 'CongressAlreadyVoted', code: string, message: string }
    | { __typename: 'CongressBallotFinal', code: string, message: string }
    | { __typename: 'CongressNotSignedIn', code: string, message: string }
    | { __typename: 'CongressVotingClosed', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type CongressSubmitMotionMutationVariables = Exact<{
  input: SubmitCongressMotionInput;
}>;


export type CongressSubmitMotionMutation = { submitCongressMotion:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'SubmitCongressMotionSuccess' }
   };

export type CongressCosignMutationVariables = Exact<{
  input: CongressMotionActionInput;
}>;


export type CongressCosignMutation = { cosignCongressMotion:
    | { __typename: 'CongressAlreadyCosigned', code: string, message: string }
    | { __typename: 'CongressNotPermitted', code: string, message: string }
    | { __typename: 'CongressOwnMotion', code: string, message: string }
    | { __typename: 'CosignCongressMotionSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type CongressDecideMutationVariables = Exact<{
  input: DecideCongressMotionInput;
}>;


export type CongressDecideMutation = { decideCongressMotion:
    | { __typename: 'CongressMotionNeedsCosigners', code: string, message: string }
    | { __typename: 'CongressNotPermitted', code: string, message: string }
    | { __typename: 'DecideCongressMotionSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type CongressRateMutationVariables = Exact<{
  input: RateCongressMotionAnswerInput;
}>;


export type CongressRateMutation = { rateCongressMotionAnswer:
    | { __typename: 'CongressNotPermitted', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RateCongressMotionAnswerSuccess' }
   };

export type CongressPublicPageQueryVariables = Exact<{
  code: string;
}>;


export type CongressPublicPageQuery = { unionByCode: { id: string, name: string } | null };

export type CongressPublicationsQueryVariables = Exact<{
  union: string;
}>;


export type CongressPublicationsQuery = { congressPublications: Array<{ title: string, unionName: string, publishedAt: string, resolutions: Array<{ title: string, body: string, passed: boolean, delegateCount: number, presentCount: number, forCount: number, againstCount: number, abstainCount: number, closedAt: string }>, motions: Array<{ title: string, body: string, statusLabel: string, decisionReason: string | null, answerDueAt: string | null, answer: string | null, answeredAt: string | null }> }> };

export type CongressGiveOpinionMutationVariables = Exact<{
  input: GiveCongressOpinionInput;
}>;


export type CongressGiveOpinionMutation = { giveCongressOpinion:
    | { __typename: 'CongressAlreadyGaveOpinion', code: string, message: string }
    | { __typename: 'CongressNotPermitted', code: string, message: string }
    | { __typename: 'CongressOpinionsClosed', code: string, message: string }
    | { __typename: 'CongressOutsideWindow', code: string, message: string }
    | { __typename: 'GiveCongressOpinionSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type CongressEditOpinionMutationVariables = Exact<{
  input: EditCongressOpinionInput;
}>;


export type CongressEditOpinionMutation = { editCongressOpinion:
    | { __typename: 'CongressNotPermitted', code: string, message: string }
    | { __typename: 'CongressOpinionsClosed', code: string, message: string }
    | { __typename: 'CongressOutsideWindow', code: string, message: string }
    | { __typename: 'EditCongressOpinionSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type CongressWithdrawOpinionMutationVariables = Exact<{
  input: WithdrawCongressOpinionInput;
}>;


export type CongressWithdrawOpinionMutation = { withdrawCongressOpinion:
    | { __typename: 'CongressNotPermitted', code: string, message: string }
    | { __typename: 'CongressOpinionsClosed', code: string, message: string }
    | { __typename: 'CongressOutsideWindow', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'WithdrawCongressOpinionSuccess' }
   };

export type CongressSubmitGroupSummaryMutationVariables = Exact<{
  input: SubmitCongressGroupSummaryInput;
}>;


export type CongressSubmitGroupSummaryMutation = { submitCongressGroupSummary:
    | { __typename: 'CongressNotPermitted', code: string, message: string }
    | { __typename: 'CongressOpinionsClosed', code: string, message: string }
    | { __typename: 'CongressSummaryAnswered', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'SubmitCongressGroupSummarySuccess' }
   };

export type CongressAnswerGroupSummaryMutationVariables = Exact<{
  input: AnswerCongressGroupSummaryInput;
}>;


export type CongressAnswerGroupSummaryMutation = { answerCongressGroupSummary:
    | { __typename: 'AnswerCongressGroupSummarySuccess' }
    | { __typename: 'CongressNotPermitted', code: string, message: string }
    | { __typename: 'CongressSummaryAnswered', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type EmployerPageQueryVariables = Exact<{ [key: string]: never; }>;


export type EmployerPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myEmployers: Array<{ id: string, name: string, status: EmployerStatus, industry: string, reviewNote: string | null, viewerCan: { joinFair: boolean }, postings: { totalCount: number, nodes: Array<{ id: string, title: string, status: JobPostingStatus, isOpen: boolean, openings: number, validThrough: string, reviewNote: string | null, viewerCan: { edit: boolean, submit: boolean }, applications: { totalCount: number } | null }> } | null }> };

export type EmployerPostingPageQueryVariables = Exact<{
  id: string;
  status?: JobApplicationStatus | null | undefined;
}>;


export type EmployerPostingPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting', id: string, title: string, status: JobPostingStatus, openings: number, employer: { id: string, name: string }, applications: { totalCount: number, nodes: Array<{ id: string, status: JobApplicationStatus, createdAt: string, statusChangedAt: string, note: string | null, experience: string | null, skills: Array<string>, certificates: Array<string>, applicant: { realName: string, phone: string }, viewerCan: { view: boolean, interview: boolean, offer: boolean, hire: boolean, reject: boolean } }> } | null }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null };

export type UpdateJobApplicationStatusMutationVariables = Exact<{
  input: UpdateJobApplicationStatusInput;
}>;


export type UpdateJobApplicationStatusMutation = { updateJobApplicationStatus:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'UpdateJobApplicationStatusSuccess', application: { id: string, status: JobApplicationStatus, statusChangedAt: string } }
   | null };

export type SubmitJobPostingMutationVariables = Exact<{
  input: JobPostingRefInput;
}>;


export type SubmitJobPostingMutation = { submitJobPosting:
    | { __typename: 'EmployerNotVerified', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'SubmitJobPostingSuccess', posting: { id: string, status: JobPostingStatus, viewerCan: { edit: boolean, submit: boolean } } }
   | null };

export type FairCardFragment = { id: string, title: string, date: string, isOnline: boolean, venue: string | null, capacity: number | null, registeredCount: number, isOver: boolean, viewerRegistered: boolean, organizer: { id: string, name: string } };

export type FairsPageQueryVariables = Exact<{
  includePast?: boolean | null | undefined;
}>;


export type FairsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, jobFairs: { nodes: Array<{ id: string, title: string, date: string, isOnline: boolean, venue: string | null, capacity: number | null, registeredCount: number, isOver: boolean, viewerRegistered: boolean, employers: { totalCount: number }, postings: { totalCount: number }, organizer: { id: string, name: string } }> } };

export type FairPageQueryVariables = Exact<{
  id: string;
}>;


export type FairPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair', description: string | null, id: string, title: string, date: string, isOnline: boolean, venue: string | null, capacity: number | null, registeredCount: number, isOver: boolean, viewerRegistered: boolean, viewerCan: { join: boolean, register: boolean, cancelRegistration: boolean }, figures: { employers: number, positions: number, postings: number, visitors: number, applications: number }, employers: { totalCount: number, nodes: Array<{ id: string, name: string, industry: string }> }, postings: { nodes: Array<{ isOpen: boolean, id: string, title: string, category: string, employmentType: EmploymentType, isPublicBenefit: boolean, suitableForHardship: boolean, isRemote: boolean, openings: number, datePosted: string | null, address: string | null, salary: { min: { amount: number }, max: { amount: number } }, employer: { id: string, name: string }, region: { id: string, name: string } }> }, organizer: { id: string, name: string } }
    | { __typename: 'JobPosting' }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null };

export type FairEmployerOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FairEmployerOptionsQuery = { myEmployers: Array<{ id: string, name: string, viewerCan: { joinFair: boolean }, openPostings: { nodes: Array<{ id: string, title: string }> } }> };

export type RegisterForJobFairMutationVariables = Exact<{
  input: JobFairRefInput;
}>;


export type RegisterForJobFairMutation = { registerForJobFair:
    | { __typename: 'AlreadyRegisteredForFair', code: string, message: string }
    | { __typename: 'FairClosed', code: string, message: string }
    | { __typename: 'FairFull', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RegisterForJobFairSuccess', fair: { id: string, title: string, date: string, isOnline: boolean, venue: string | null, capacity: number | null, registeredCount: number, isOver: boolean, viewerRegistered: boolean, organizer: { id: string, name: string } } }
   | null };

export type CancelJobFairRegistrationMutationVariables = Exact<{
  input: JobFairRefInput;
}>;


export type CancelJobFairRegistrationMutation = { cancelJobFairRegistration:
    | { __typename: 'CancelJobFairRegistrationSuccess', fair: { id: string, title: string, date: string, isOnline: boolean, venue: string | null, capacity: number | null, registeredCount: number, isOver: boolean, viewerRegistered: boolean, organizer: { id: string, name: string } } }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type JoinJobFairMutationVariables = Exact<{
  input: JoinJobFairInput;
}>;


export type JoinJobFairMutation = { joinJobFair:
    | { __typename: 'EmployerNotVerified', code: string, message: string }
    | { __typename: 'FairClosed', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'JoinJobFairSuccess', fair: { id: string } }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type FiguresNumbersFragment = { discounts: { merchants: number, offers: number, claims: number, redemptions: number, savingsFen: { amount: number } }, jobs: { employers: number, postings: number, applications: number, hires: number, fairs: number, fairRegistrations: number }, competitions: { competitions: number, entries: number, seatsFilled: number, certificates: number }, grants: { applications: number, approved: number, approvedFen: { amount: number }, paidFen: { amount: number }, budgetFen: { amount: number }, budgetUsedFen: { amount: number } }, hardship: { filesOpened: number, aidPaid: number, visits: number, aidPaidFen: { amount: number } }, mutualAid: { claims: number, paid: number, paidFen: { amount: number } }, rights: { casesOpened: number, casesClosed: number, recoveredFen: { amount: number } }, congress: { sessions: number, published: number } };

export type FiguresPageQueryVariables = Exact<{
  union: string;
  from: string;
  to: string;
}>;


export type FiguresPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, unionFigures: { from: string, to: string, union: { id: string, name: string, level: UnionLevel, parent: { id: string, name: string } | null }, total: { discounts: { merchants: number, offers: number, claims: number, redemptions: number, savingsFen: { amount: number } }, jobs: { employers: number, postings: number, applications: number, hires: number, fairs: number, fairRegistrations: number }, competitions: { competitions: number, entries: number, seatsFilled: number, certificates: number }, grants: { applications: number, approved: number, approvedFen: { amount: number }, paidFen: { amount: number }, budgetFen: { amount: number }, budgetUsedFen: { amount: number } }, hardship: { filesOpened: number, aidPaid: number, visits: number, aidPaidFen: { amount: number } }, mutualAid: { claims: number, paid: number, paidFen: { amount: number } }, rights: { casesOpened: number, casesClosed: number, recoveredFen: { amount: number } }, congress: { sessions: number, published: number } }, direct: { discounts: { merchants: number, offers: number, claims: number, redemptions: number, savingsFen: { amount: number } }, jobs: { employers: number, postings: number, applications: number, hires: number, fairs: number, fairRegistrations: number }, competitions: { competitions: number, entries: number, seatsFilled: number, certificates: number }, grants: { applications: number, approved: number, approvedFen: { amount: number }, paidFen: { amount: number }, budgetFen: { amount: number }, budgetUsedFen: { amount: number } }, hardship: { filesOpened: number, aidPaid: number, visits: number, aidPaidFen: { amount: number } }, mutualAid: { claims: number, paid: number, paidFen: { amount: number } }, rights: { casesOpened: number, casesClosed: number, recoveredFen: { amount: number } }, congress: { sessions: number, published: number } }, children: Array<{ union: { id: string, name: string }, figures: { discounts: { merchants: number, offers: number, claims: number, redemptions: number, savingsFen: { amount: number } }, jobs: { employers: number, postings: number, applications: number, hires: number, fairs: number, fairRegistrations: number }, competitions: { competitions: number, entries: number, seatsFilled: number, certificates: number }, grants: { applications: number, approved: number, approvedFen: { amount: number }, paidFen: { amount: number }, budgetFen: { amount: number }, budgetUsedFen: { amount: number } }, hardship: { filesOpened: number, aidPaid: number, visits: number, aidPaidFen: { amount: number } }, mutualAid: { claims: number, paid: number, paidFen: { amount: number } }, rights: { casesOpened: number, casesClosed: number, recoveredFen: { amount: number } }, congress: { sessions: number, published: number } } }>, months: Array<{ month: string, figures: { discounts: { claims: number, redemptions: number }, jobs: { applications: number } } }> } | null };

export type FiguresViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type FiguresViewerQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null };

export type StaffGrantApplicationPageQueryVariables = Exact<{
  id: string;
}>;


export type StaffGrantApplicationPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication', id: string, studioName: string, applicantName: string, enterprise: string, status: GrantApplicationStatus, decisionRationale: string | null, decidedAt: string | null, stripeAccountId: string | null, requestedAmount: { amount: number }, approvedAmount: { amount: number } | null, tier: { name: string }, call: { id: string, title: string }, tranches: Array<{ id: string, position: number, label: string, status: GrantTrancheStatus, requestedAt: string | null, staffApprovedAt: string | null, financeApprovedAt: string | null, paymentMethod: GrantPaymentMethod | null, paymentReference: string | null, paidAt: string | null, failureReason: string | null, viewerCan: { approve: boolean, financeApprove: boolean, recordPayment: boolean, payWithStripe: boolean, recordFailure: boolean }, amount: { amount: number }, report: { id: string, title: string, status: GrantReportStatus } | null }>, reports: Array<{ id: string, title: string, dueOn: string, status: GrantReportStatus, content: string | null, submittedAt: string | null, reviewNote: string | null, reviewedAt: string | null, viewerCan: { accept: boolean, requestChanges: boolean } }>, auditTrail: { nodes: Array<{ action: string, fromState: string | null, toState: string | null, reason: string | null, actorName: string | null, createdAt: string }> } | null }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting' }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null };

export type StaffTrancheFragment = { id: string, status: GrantTrancheStatus, failureReason: string | null };

export type ApproveGrantTrancheMutationVariables = Exact<{
  input: GrantTrancheActionInput;
}>;


export type ApproveGrantTrancheMutation = { approveGrantTranche:
    | { __typename: 'ApproveGrantTrancheSuccess', tranche: { id: string, status: GrantTrancheStatus, failureReason: string | null } }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type FinanceApproveGrantTrancheMutationVariables = Exact<{
  input: GrantTrancheActionInput;
}>;


export type FinanceApproveGrantTrancheMutation = { financeApproveGrantTranche:
    | { __typename: 'FinanceApproveGrantTrancheSuccess', tranche: { id: string, status: GrantTrancheStatus, failureReason: string | null } }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'SameApproverForbidden', code: string, message: string }
   | null };

export type RecordGrantTranchePaymentMutationVariables = Exact<{
  input: RecordGrantPaymentInput;
}>;


export type RecordGrantTranchePaymentMutation = { recordGrantTranchePayment:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RecordGrantTranchePaymentSuccess', tranche: { id: string, status: GrantTrancheStatus, failureReason: string | null } }
   | null };

export type RecordGrantTranchePaymentFailureMutationVariables = Exact<{
  input: RecordGrantPaymentFailureInput;
}>;


export type RecordGrantTranchePaymentFailureMutation = { recordGrantTranchePaymentFailure:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RecordGrantTranchePaymentFailureSuccess', tranche: { id: string, status: GrantTrancheStatus, failureReason: string | null } }
   | null };

export type PayGrantTrancheWithStripeMutationVariables = Exact<{
  input: GrantTrancheActionInput;
}>;


export type PayGrantTrancheWithStripeMutation = { payGrantTrancheWithStripe:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'PayGrantTrancheWithStripeSuccess', tranche: { id: string, status: GrantTrancheStatus, failureReason: string | null } }
    | { __typename: 'PayoutAccountMissing', code: string, message: string }
    | { __typename: 'StripeNotConfigured', code: string, message: string }
   | null };

export type ReviewGrantReportMutationVariables = Exact<{
  input: ReviewGrantReportInput;
}>;


export type ReviewGrantReportMutation = { reviewGrantReport:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ReviewGrantReportSuccess', report: { id: string, status: GrantReportStatus, reviewNote: string | null } }
   | null };

export type GrantReviewsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantReviewsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myGrantReviews: { nodes: Array<{ id: string, status: GrantReviewStatus, submittedAt: string | null, weightedScore: number | null, comment: string | null, viewerCan: { submit: boolean, declareConflict: boolean }, application: { id: string, studioName: string, applicantName: string, enterprise: string, trade: string, plan: string, distinctions: Array<GrantDistinction>, distinctionNote: string | null, tier: { name: string }, requestedAmount: { amount: number }, budgetLines: Array<{ item: string, amount: { amount: number } }>, teamMembers: Array<{ name: string, role: string }>, call: { title: string, criteria: Array<{ id: string, name: string, description: string, weight: number }> } } }> } };

export type SubmitGrantReviewMutationVariables = Exact<{
  input: SubmitGrantReviewInput;
}>;


export type SubmitGrantReviewMutation = { submitGrantReview:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'SubmitGrantReviewSuccess', review: { id: string, status: GrantReviewStatus, weightedScore: number | null } }
   | null };

export type DeclareGrantReviewConflictMutationVariables = Exact<{
  input: DeclareGrantReviewConflictInput;
}>;


export type DeclareGrantReviewConflictMutation = { declareGrantReviewConflict:
    | { __typename: 'DeclareGrantReviewConflictSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type StaffGrantCallsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffGrantCallsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, grantCalls: { nodes: Array<{ id: string, title: string, isOpen: boolean, union: { name: string }, budget: { amount: number }, remainingBudget: { amount: number }, statistics: { byStatus: Array<{ status: GrantApplicationStatus, count: number }> } | null }> } };

export type StaffGrantCallPageQueryVariables = Exact<{
  id: string;
  staff: boolean;
}>;


export type StaffGrantCallPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall', id: string, title: string, reviewersPerApplication: number, remainingBudget: { amount: number }, applications: { totalCount: number, nodes: Array<{ id: string, applicantName: string, studioName: string, enterprise: string, status: GrantApplicationStatus, weightedAverageScore?: number | null, missingDocuments: Array<string>, viewerCan: { startScreening: boolean, requestInfo: boolean, assignReviewer: boolean, startReview: boolean, approve: boolean, reject: boolean }, requestedAmount: { amount: number }, tier: { name: string, minAmount: { amount: number }, maxAmount: { amount: number } }, tranches: Array<{ label: string, status: GrantTrancheStatus }>, reports: Array<{ title: string, status: GrantReportStatus }>, reviews?: { nodes: Array<{ reviewerName: string, status: GrantReviewStatus, weightedScore: number | null }> } | null }> } | null }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting' }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null, grantReviewers?: { nodes: Array<{ id: string, displayName: string }> } };

export type StartGrantScreeningMutationVariables = Exact<{
  input: GrantApplicationActionInput;
}>;


export type StartGrantScreeningMutation = { startGrantScreening:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'StartGrantScreeningSuccess' }
   | null };

export type RequestGrantInfoMutationVariables = Exact<{
  input: RequestGrantInfoInput;
}>;


export type RequestGrantInfoMutation = { requestGrantApplicationInfo:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RequestGrantApplicationInfoSuccess' }
   | null };

export type AssignGrantReviewerMutationVariables = Exact<{
  input: AssignGrantReviewerInput;
}>;


export type AssignGrantReviewerMutation = { assignGrantReviewer:
    | { __typename: 'AssignGrantReviewerSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotAGrantReviewer', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ReviewerAlreadyAssigned', code: string, message: string }
    | { __typename: 'ReviewerSeatsFull', code: string, message: string }
   | null };

export type StartGrantReviewMutationVariables = Exact<{
  input: GrantApplicationActionInput;
}>;


export type StartGrantReviewMutation = { startGrantReview:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotEnoughReviewers', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'StartGrantReviewSuccess' }
   | null };

export type DecideGrantApplicationMutationVariables = Exact<{
  input: DecideGrantApplicationInput;
}>;


export type DecideGrantApplicationMutation = { decideGrantApplication:
    | { __typename: 'AmountOutsideTier', code: string, message: string }
    | { __typename: 'CallBudgetExceeded', code: string, message: string }
    | { __typename: 'DecideGrantApplicationSuccess', application: { id: string, status: GrantApplicationStatus, approvedAmount: { amount: number } | null } }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type GrantCallsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantCallsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, grantCalls: { nodes: Array<{ id: string, title: string, isOpen: boolean, opensAt: string, closesAt: string, union: { name: string }, budget: { amount: number }, remainingBudget: { amount: number }, tiers: Array<{ id: string, name: string, minAmount: { amount: number }, maxAmount: { amount: number } }> }> } };

export type MyGrantApplicationFragment = { id: string, status: GrantApplicationStatus, studioName: string, enterprise: string, trade: string, submittedAt: string | null, decidedAt: string | null, decisionRationale: string | null, infoRequest: string | null, missingDocuments: Array<string>, viewerCan: { submit: boolean, resubmit: boolean, withdraw: boolean }, requestedAmount: { amount: number }, approvedAmount: { amount: number } | null, tier: { name: string }, budgetLines: Array<{ item: string, amount: { amount: number } }>, call: { id: string, title: string }, tranches: Array<{ id: string, position: number, label: string, status: GrantTrancheStatus, paidAt: string | null, failureReason: string | null, viewerCan: { request: boolean }, amount: { amount: number }, report: { id: string, title: string, status: GrantReportStatus } | null }>, reports: Array<{ id: string, title: string, dueOn: string, status: GrantReportStatus, submittedAt: string | null, reviewNote: string | null }> };

export type GrantCallPageQueryVariables = Exact<{
  id: string;
  member: boolean;
}>;


export type GrantCallPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall', id: string, title: string, description: string, isOpen: boolean, opensAt: string, closesAt: string, eligibilityConditions: Array<string>, qualifyingDistinctions: Array<GrantDistinction>, requiredDocuments: Array<string>, union: { name: string }, budget: { amount: number }, remainingBudget: { amount: number }, viewerCan: { apply: boolean }, tiers: Array<{ id: string, name: string, requiredTitle: CraftsmanTitle, requiresDistinction: boolean, minAmount: { amount: number }, maxAmount: { amount: number } }>, criteria: Array<{ id: string, name: string, description: string, weight: number }> }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting' }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null, myGrantApplications?: { nodes: Array<{ id: string, status: GrantApplicationStatus, studioName: string, enterprise: string, trade: string, submittedAt: string | null, decidedAt: string | null, decisionRationale: string | null, infoRequest: string | null, missingDocuments: Array<string>, viewerCan: { submit: boolean, resubmit: boolean, withdraw: boolean }, requestedAmount: { amount: number }, approvedAmount: { amount: number } | null, tier: { name: string }, budgetLines: Array<{ item: string, amount: { amount: number } }>, call: { id: string, title: string }, tranches: Array<{ id: string, position: number, label: string, status: GrantTrancheStatus, paidAt: string | null, failureReason: string | null, viewerCan: { request: boolean }, amount: { amount: number }, report: { id: string, title: string, status: GrantReportStatus } | null }>, reports: Array<{ id: string, title: string, dueOn: string, status: GrantReportStatus, submittedAt: string | null, reviewNote: string | null }> }> } };

export type MyGrantsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyGrantsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myGrantApplications: { nodes: Array<{ id: string, status: GrantApplicationStatus, studioName: string, enterprise: string, trade: string, submittedAt: string | null, decidedAt: string | null, decisionRationale: string | null, infoRequest: string | null, missingDocuments: Array<string>, viewerCan: { submit: boolean, resubmit: boolean, withdraw: boolean }, requestedAmount: { amount: number }, approvedAmount: { amount: number } | null, tier: { name: string }, budgetLines: Array<{ item: string, amount: { amount: number } }>, call: { id: string, title: string }, tranches: Array<{ id: string, position: number, label: string, status: GrantTrancheStatus, paidAt: string | null, failureReason: string | null, viewerCan: { request: boolean }, amount: { amount: number }, report: { id: string, title: string, status: GrantReportStatus } | null }>, reports: Array<{ id: string, title: string, dueOn: string, status: GrantReportStatus, submittedAt: string | null, reviewNote: string | null }> }> } };

export type CreateGrantApplicationMutationVariables = Exact<{
  input: CreateGrantApplicationInput;
}>;


export type CreateGrantApplicationMutation = { createGrantApplication:
    | { __typename: 'AmountOutsideTier', code: string, message: string, min: { amount: number }, max: { amount: number } }
    | { __typename: 'BudgetLinesMismatch', code: string, message: string, linesTotal: { amount: number } }
    | { __typename: 'CreateGrantApplicationSuccess', application: { id: string, status: GrantApplicationStatus, studioName: string, enterprise: string, trade: string, submittedAt: string | null, decidedAt: string | null, decisionRationale: string | null, infoRequest: string | null, missingDocuments: Array<string>, viewerCan: { submit: boolean, resubmit: boolean, withdraw: boolean }, requestedAmount: { amount: number }, approvedAmount: { amount: number } | null, tier: { name: string }, budgetLines: Array<{ item: string, amount: { amount: number } }>, call: { id: string, title: string }, tranches: Array<{ id: string, position: number, label: string, status: GrantTrancheStatus, paidAt: string | null, failureReason: string | null, viewerCan: { request: boolean }, amount: { amount: number }, report: { id: string, title: string, status: GrantReportStatus } | null }>, reports: Array<{ id: string, title: string, dueOn: string, status: GrantReportStatus, submittedAt: string | null, reviewNote: string | null }> } }
    | { __typename: 'FileAlreadyAttached', code: string, message: string }
    | { __typename: 'FilePurposeMismatch', code: string, message: string }
    | { __typename: 'GrantApplicationExists', code: string, message: string }
    | { __typename: 'GrantCallNotOpen', code: string, message: string }
    | { __typename: 'GrantNotEligible', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type SubmitGrantApplicationMutationVariables = Exact<{
  input: GrantApplicationActionInput;
}>;


export type SubmitGrantApplicationMutation = { submitGrantApplication:
    | { __typename: 'AmountOutsideTier', code: string, message: string }
    | { __typename: 'BudgetLinesMismatch', code: string, message: string }
    | { __typename: 'DocumentsMissing', missing: Array<string>, code: string, message: string }
    | { __typename: 'GrantCallNotOpen', code: string, message: string }
    | { __typename: 'GrantNotEligible', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'SubmitGrantApplicationSuccess', application: { id: string, status: GrantApplicationStatus, studioName: string, enterprise: string, trade: string, submittedAt: string | null, decidedAt: string | null, decisionRationale: string | null, infoRequest: string | null, missingDocuments: Array<string>, viewerCan: { submit: boolean, resubmit: boolean, withdraw: boolean }, requestedAmount: { amount: number }, approvedAmount: { amount: number } | null, tier: { name: string }, budgetLines: Array<{ item: string, amount: { amount: number } }>, call: { id: string, title: string }, tranches: Array<{ id: string, position: number, label: string, status: GrantTrancheStatus, paidAt: string | null, failureReason: string | null, viewerCan: { request: boolean }, amount: { amount: number }, report: { id: string, title: string, status: GrantReportStatus } | null }>, reports: Array<{ id: string, title: string, dueOn: string, status: GrantReportStatus, submittedAt: string | null, reviewNote: string | null }> } }
   | null };

export type ResubmitGrantApplicationMutationVariables = Exact<{
  input: GrantApplicationActionInput;
}>;


export type ResubmitGrantApplicationMutation = { resubmitGrantApplication:
    | { __typename: 'DocumentsMissing', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ResubmitGrantApplicationSuccess', application: { id: string, status: GrantApplicationStatus } }
   | null };

export type WithdrawGrantApplicationMutationVariables = Exact<{
  input: GrantApplicationActionInput;
}>;


export type WithdrawGrantApplicationMutation = { withdrawGrantApplication:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'WithdrawGrantApplicationSuccess', application: { id: string, status: GrantApplicationStatus } }
   | null };

export type RequestGrantTrancheMutationVariables = Exact<{
  input: GrantTrancheActionInput;
}>;


export type RequestGrantTrancheMutation = { requestGrantTranche:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ReportNotAccepted', code: string, message: string }
    | { __typename: 'RequestGrantTrancheSuccess', tranche: { id: string, status: GrantTrancheStatus } }
    | { __typename: 'TrancheOutOfOrder', code: string, message: string }
   | null };

export type GrantReportPageQueryVariables = Exact<{
  id: string;
}>;


export type GrantReportPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport', id: string, title: string, dueOn: string, status: GrantReportStatus, content: string | null, submittedAt: string | null, reviewNote: string | null, reviewedAt: string | null, viewerCan: { submit: boolean }, application: { id: string, studioName: string, call: { title: string } } }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting' }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null };

export type GrantReportPartsFragment = { id: string, title: string, dueOn: string, status: GrantReportStatus, content: string | null, submittedAt: string | null, reviewNote: string | null, reviewedAt: string | null, viewerCan: { submit: boolean }, application: { id: string, studioName: string, call: { title: string } } };

export type SubmitGrantReportMutationVariables = Exact<{
  input: SubmitGrantReportInput;
}>;


export type SubmitGrantReportMutation = { submitGrantReport:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidGrantTransition', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'SubmitGrantReportSuccess', report: { id: string, title: string, dueOn: string, status: GrantReportStatus, content: string | null, submittedAt: string | null, reviewNote: string | null, reviewedAt: string | null, viewerCan: { submit: boolean }, application: { id: string, studioName: string, call: { title: string } } } }
   | null };

export type StaffHardshipFileFragment = { id: string, status: HardshipFileStatus, statusLabel: string, memberName: string, cause: HardshipCause, recheckDueOn: string | null, recheckOverdue: boolean, monthlyIncomePerHead: { amount: number }, localMinimum: { amount: number }, union: { name: string }, viewerCan: { verify: boolean, confirm: boolean, sendBack: boolean, refuse: boolean, recheck: boolean }, documents: Array<{ kind: HardshipDocumentKind, kindLabel: string, reference: string | null, file: { id: string, fileName: string, downloadUrl: string } | null }> };

export type StaffHardshipAidFragment = { id: string, status: HardshipAidStatus, statusLabel: string, memberName: string, channel: HardshipAidChannel, note: string, requested: { amount: number }, prepared: { amount: number } | null, scheme: { name: string }, viewerCan: { verify: boolean, approve: boolean, pay: boolean, refuse: boolean } };

export type StaffHardshipPageQueryVariables = Exact<{
  union: string;
}>;


export type StaffHardshipPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, filed: { nodes: Array<{ id: string, status: HardshipFileStatus, statusLabel: string, memberName: string, cause: HardshipCause, recheckDueOn: string | null, recheckOverdue: boolean, monthlyIncomePerHead: { amount: number }, localMinimum: { amount: number }, union: { name: string }, viewerCan: { verify: boolean, confirm: boolean, sendBack: boolean, refuse: boolean, recheck: boolean }, documents: Array<{ kind: HardshipDocumentKind, kindLabel: string, reference: string | null, file: { id: string, fileName: string, downloadUrl: string } | null }> }> }, verified: { nodes: Array<{ id: string, status: HardshipFileStatus, statusLabel: string, memberName: string, cause: HardshipCause, recheckDueOn: string | null, recheckOverdue: boolean, monthlyIncomePerHead: { amount: number }, localMinimum: { amount: number }, union: { name: string }, viewerCan: { verify: boolean, confirm: boolean, sendBack: boolean, refuse: boolean, recheck: boolean }, documents: Array<{ kind: HardshipDocumentKind, kindLabel: string, reference: string | null, file: { id: string, fileName: string, downloadUrl: string } | null }> }> }, cityConfirmed: { nodes: Array<{ id: string, status: HardshipFileStatus, statusLabel: string, memberName: string, cause: HardshipCause, recheckDueOn: string | null, recheckOverdue: boolean, monthlyIncomePerHead: { amount: number }, localMinimum: { amount: number }, union: { name: string }, viewerCan: { verify: boolean, confirm: boolean, sendBack: boolean, refuse: boolean, recheck: boolean }, documents: Array<{ kind: HardshipDocumentKind, kindLabel: string, reference: string | null, file: { id: string, fileName: string, downloadUrl: string } | null }> }> }, provinceConfirmed: { nodes: Array<{ id: string, status: HardshipFileStatus, statusLabel: string, memberName: string, cause: HardshipCause, recheckDueOn: string | null, recheckOverdue: boolean, monthlyIncomePerHead: { amount: number }, localMinimum: { amount: number }, union: { name: string }, viewerCan: { verify: boolean, confirm: boolean, sendBack: boolean, refuse: boolean, recheck: boolean }, documents: Array<{ kind: HardshipDocumentKind, kindLabel: string, reference: string | null, file: { id: string, fileName: string, downloadUrl: string } | null }> }> }, overdue: { totalCount: number, nodes: Array<{ id: string, status: HardshipFileStatus, statusLabel: string, memberName: string, cause: HardshipCause, recheckDueOn: string | null, recheckOverdue: boolean, monthlyIncomePerHead: { amount: number }, localMinimum: { amount: number }, union: { name: string }, viewerCan: { verify: boolean, confirm: boolean, sendBack: boolean, refuse: boolean, recheck: boolean }, documents: Array<{ kind: HardshipDocumentKind, kindLabel: string, reference: string | null, file: { id: string, fileName: string, downloadUrl: string } | null }> }> }, applied: { nodes: Array<{ id: string, status: HardshipAidStatus, statusLabel: string, memberName: string, channel: HardshipAidChannel, note: string, requested: { amount: number }, prepared: { amount: number } | null, scheme: { name: string }, viewerCan: { verify: boolean, approve: boolean, pay: boolean, refuse: boolean } }> }, verifiedAid: { nodes: Array<{ id: string, status: HardshipAidStatus, statusLabel: string, memberName: string, channel: HardshipAidChannel, note: string, requested: { amount: number }, prepared: { amount: number } | null, scheme: { name: string }, viewerCan: { verify: boolean, approve: boolean, pay: boolean, refuse: boolean } }> }, approvedAid: { nodes: Array<{ id: string, status: HardshipAidStatus, statusLabel: string, memberName: string, channel: HardshipAidChannel, note: string, requested: { amount: number }, prepared: { amount: number } | null, scheme: { name: string }, viewerCan: { verify: boolean, approve: boolean, pay: boolean, refuse: boolean } }> } };

export type HardshipFiguresPageQueryVariables = Exact<{
  union: string;
}>;


export type HardshipFiguresPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, hardshipFigures: { unionName: string, unionCode: string, filed: number, underReview: number, confirmed: number, exited: number, visits: number, loansRunning: number, exitsByReason: Array<{ key: string, count: number }>, aidPaid: Array<{ kind: string, count: number, amount: { amount: number } }>, children: Array<{ unionName: string, unionCode: string, filed: number, underReview: number, confirmed: number, exited: number, visits: number, loansRunning: number, aidPaidTotal: { amount: number }, loansOutstanding: { amount: number } }>, aidPaidTotal: { amount: number }, loansOutstanding: { amount: number } } | null };

export type HardshipFigureRowFragment = { unionName: string, unionCode: string, filed: number, underReview: number, confirmed: number, exited: number, visits: number, loansRunning: number, aidPaidTotal: { amount: number }, loansOutstanding: { amount: number } };

export type StaffVerifyHardshipFileMutationVariables = Exact<{
  input: HardshipFileActionInput;
}>;


export type StaffVerifyHardshipFileMutation = { verifyHardshipFile:
    | { __typename: 'HardshipWrongLevel', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'VerifyHardshipFileSuccess' }
   | null };

export type StaffConfirmHardshipFileMutationVariables = Exact<{
  input: HardshipFileActionInput;
}>;


export type StaffConfirmHardshipFileMutation = { confirmHardshipFile:
    | { __typename: 'ConfirmHardshipFileSuccess' }
    | { __typename: 'HardshipWrongLevel', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type StaffSendBackHardshipFileMutationVariables = Exact<{
  input: HardshipFileReasonInput;
}>;


export type StaffSendBackHardshipFileMutation = { sendBackHardshipFile:
    | { __typename: 'HardshipWrongLevel', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'SendBackHardshipFileSuccess' }
   | null };

export type StaffRefuseHardshipFileMutationVariables = Exact<{
  input: HardshipFileReasonInput;
}>;


export type StaffRefuseHardshipFileMutation = { refuseHardshipFile:
    | { __typename: 'HardshipWrongLevel', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RefuseHardshipFileSuccess' }
   | null };

export type StaffRecheckHardshipFileMutationVariables = Exact<{
  input: RecheckHardshipFileInput;
}>;


export type StaffRecheckHardshipFileMutation = { recheckHardshipFile:
    | { __typename: 'HardshipNotEligible', code: string, message: string }
    | { __typename: 'HardshipWrongLevel', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RecheckHardshipFileSuccess' }
   | null };

export type StaffVerifyHardshipAidMutationVariables = Exact<{
  input: HardshipAidActionInput;
}>;


export type StaffVerifyHardshipAidMutation = { verifyHardshipAidApplication:
    | { __typename: 'HardshipWrongLevel', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'VerifyHardshipAidApplicationSuccess' }
   | null };

export type StaffApproveHardshipAidMutationVariables = Exact<{
  input: HardshipAidActionInput;
}>;


export type StaffApproveHardshipAidMutation = { approveHardshipAidApplication:
    | { __typename: 'AidBudgetExceeded', code: string, message: string }
    | { __typename: 'AidCapExceeded', code: string, message: string }
    | { __typename: 'AidPreparerCannotApprove', code: string, message: string }
    | { __typename: 'AidSchemeNotOpen', code: string, message: string }
    | { __typename: 'ApproveHardshipAidApplicationSuccess' }
    | { __typename: 'HardshipAidPaused', code: string, message: string }
    | { __typename: 'HardshipFileNotConfirmed', code: string, message: string }
    | { __typename: 'HardshipWrongLevel', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type StaffPayHardshipAidMutationVariables = Exact<{
  input: PayHardshipAidInput;
}>;


export type StaffPayHardshipAidMutation = { payHardshipAidApplication:
    | { __typename: 'HardshipWrongLevel', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'PayHardshipAidApplicationSuccess' }
   | null };

export type StaffRefuseHardshipAidMutationVariables = Exact<{
  input: RefuseHardshipAidInput;
}>;


export type StaffRefuseHardshipAidMutation = { refuseHardshipAidApplication:
    | { __typename: 'HardshipWrongLevel', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RefuseHardshipAidApplicationSuccess' }
   | null };

export type StaffHardshipViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffHardshipViewerQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null };

export type HardshipFileCardFragment = { id: string, status: HardshipFileStatus, statusLabel: string, cause: HardshipCause, causeNote: string, returnReason: string | null, refusalReason: string | null, exitReason: HardshipExitReason | null, confirmedOn: string | null, recheckDueOn: string | null, recheckOverdue: boolean, isOpen: boolean, receivesAid: boolean, monthlyIncomePerHead: { amount: number }, localMinimum: { amount: number }, householdMembers: Array<{ name: string, relation: string, age: number }>, viewerCan: { resubmit: boolean, reenter: boolean }, documents: Array<{ kind: HardshipDocumentKind, kindLabel: string, reference: string | null, file: { id: string, fileName: string, downloadUrl: string } | null }> };

export type HardshipDocumentItemFragment = { kind: HardshipDocumentKind, kindLabel: string, reference: string | null, file: { id: string, fileName: string, downloadUrl: string } | null };

export type HardshipPageQueryVariables = Exact<{ [key: string]: never; }>;


export type HardshipPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myHardshipFiles: { nodes: Array<{ id: string, status: HardshipFileStatus, statusLabel: string, cause: HardshipCause, causeNote: string, returnReason: string | null, refusalReason: string | null, exitReason: HardshipExitReason | null, confirmedOn: string | null, recheckDueOn: string | null, recheckOverdue: boolean, isOpen: boolean, receivesAid: boolean, monthlyIncomePerHead: { amount: number }, localMinimum: { amount: number }, householdMembers: Array<{ name: string, relation: string, age: number }>, viewerCan: { resubmit: boolean, reenter: boolean }, documents: Array<{ kind: HardshipDocumentKind, kindLabel: string, reference: string | null, file: { id: string, fileName: string, downloadUrl: string } | null }> }> }, myHardshipAidApplications: { nodes: Array<{ id: string, status: HardshipAidStatus, statusLabel: string, channel: HardshipAidChannel, refusalReason: string | null, createdAt: string, requested: { amount: number }, approved: { amount: number } | null, scheme: { name: string } }> }, hardshipAidSchemes: { nodes: Array<{ id: string, name: string, kind: HardshipAidKind, acceptingApplications: boolean, applyFrom: string, applyUntil: string, capPerPerson: { amount: number } }> } };

export type FileHardshipHouseholdMutationVariables = Exact<{
  input: FileHardshipHouseholdInput;
}>;


export type FileHardshipHouseholdMutation = { fileHardshipHousehold:
    | { __typename: 'FileAlreadyAttached', code: string, message: string }
    | { __typename: 'FileHardshipHouseholdSuccess', file: { id: string } }
    | { __typename: 'FilePurposeMismatch', code: string, message: string }
    | { __typename: 'HardshipFileExists', code: string, message: string }
    | { __typename: 'HardshipNotEligible', code: string, message: string }
    | { __typename: 'HardshipWrongLevel', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type ApplyForHardshipAidMutationVariables = Exact<{
  input: ApplyForHardshipAidInput;
}>;


export type ApplyForHardshipAidMutation = { applyForHardshipAid:
    | { __typename: 'AidCapExceeded', code: string, message: string }
    | { __typename: 'AidOutsideScheme', code: string, message: string }
    | { __typename: 'AidSchemeNotOpen', code: string, message: string }
    | { __typename: 'AidWindowClosed', code: string, message: string }
    | { __typename: 'ApplyForHardshipAidSuccess', application: { id: string } }
    | { __typename: 'FileAlreadyAttached', code: string, message: string }
    | { __typename: 'FilePurposeMismatch', code: string, message: string }
    | { __typename: 'HardshipAidPaused', code: string, message: string }
    | { __typename: 'HardshipFileNotConfirmed', code: string, message: string }
    | { __typename: 'HardshipWrongLevel', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type HomePageQueryVariables = Exact<{ [key: string]: never; }>;


export type HomePageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, offers: { nodes: Array<{ id: string, title: string, kind: OfferKind, category: BenefitCategory, audience: OfferAudience, percentPaid: number | null, remainingStock: number | null, claimCount: number, validUntil: string, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null, merchant: { id: string, name: string } }> }, jobPostings: { nodes: Array<{ id: string, title: string, category: string, employmentType: EmploymentType, isPublicBenefit: boolean, suitableForHardship: boolean, isRemote: boolean, openings: number, datePosted: string | null, address: string | null, salary: { min: { amount: number }, max: { amount: number } }, employer: { id: string, name: string }, region: { id: string, name: string } }> }, competitions: { nodes: Array<{ id: string, title: string, trade: string, level: CompetitionLevel, startsOn: string, endsOn: string, registrationOpensOn: string, registrationClosesOn: string, registrationOpen: boolean, isOnline: boolean, venue: string | null, organizer: { id: string, name: string } }> } };

export type JobCardFragment = { id: string, title: string, category: string, employmentType: EmploymentType, isPublicBenefit: boolean, suitableForHardship: boolean, isRemote: boolean, openings: number, datePosted: string | null, address: string | null, salary: { min: { amount: number }, max: { amount: number } }, employer: { id: string, name: string }, region: { id: string, name: string } };

export type JobsPageQueryVariables = Exact<{
  filter?: JobPostingFilter | null | undefined;
  sort?: JobPostingSort | null | undefined;
  after?: string | null | undefined;
}>;


export type JobsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, jobPostings: { totalCount: number, nodes: Array<{ id: string, title: string, category: string, employmentType: EmploymentType, isPublicBenefit: boolean, suitableForHardship: boolean, isRemote: boolean, openings: number, datePosted: string | null, address: string | null, salary: { min: { amount: number }, max: { amount: number } }, employer: { id: string, name: string }, region: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, jobPostingCategories: Array<{ category: string, openPostings: number }> };

export type JobPageQueryVariables = Exact<{
  id: string;
}>;


export type JobPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting', description: string, benefits: Array<string>, isOpen: boolean, status: JobPostingStatus, validThrough: string, jsonLd: string, id: string, title: string, category: string, employmentType: EmploymentType, isPublicBenefit: boolean, suitableForHardship: boolean, isRemote: boolean, openings: number, datePosted: string | null, address: string | null, requirements: { education: EducationLevel | null, experienceYears: number | null, skills: Array<string> }, employer: { industry: string, id: string, name: string }, viewerApplication: { id: string, status: JobApplicationStatus, statusChangedAt: string, viewerCan: { withdraw: boolean } } | null, viewerCan: { apply: boolean }, salary: { min: { amount: number }, max: { amount: number } }, region: { id: string, name: string } }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null };

export type ApplyForJobMutationVariables = Exact<{
  input: ApplyForJobInput;
}>;


export type ApplyForJobMutation = { applyForJob:
    | { __typename: 'AlreadyApplied', code: string, message: string }
    | { __typename: 'ApplyForJobSuccess', application: { id: string, status: JobApplicationStatus, statusChangedAt: string, viewerCan: { withdraw: boolean } } }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'PostingNotOpen', code: string, message: string }
   | null };

export type WithdrawJobApplicationMutationVariables = Exact<{
  input: JobApplicationRefInput;
}>;


export type WithdrawJobApplicationMutation = { withdrawJobApplication:
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'WithdrawJobApplicationSuccess', application: { id: string, status: JobApplicationStatus, statusChangedAt: string, viewerCan: { withdraw: boolean } } }
   | null };

export type MyJobApplicationsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyJobApplicationsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myJobApplications: { nodes: Array<{ id: string, status: JobApplicationStatus, createdAt: string, statusChangedAt: string, posting: { id: string, title: string, employer: { name: string } } }> } };

export type LegalDocumentPageQueryVariables = Exact<{
  document: ConsentDocument;
  version?: string | null | undefined;
}>;


export type LegalDocumentPageQuery = { legalDocument: { document: ConsentDocument, title: string, version: string, current: boolean, effectiveFrom: string, changes: Array<string>, sections: Array<{ heading: string, paragraphs: Array<string> }>, versions: Array<{ version: string, current: boolean }> } | null };

export type ConsentPromptPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsentPromptPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, consents: Array<{ document: ConsentDocument, version: string, acceptedAt: string }>, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null };

export type AcceptConsentsMutationVariables = Exact<{
  input: AcceptConsentsInput;
}>;


export type AcceptConsentsMutation = { acceptConsents:
    | { __typename: 'AcceptConsentsSuccess', pending: Array<ConsentDocument> }
    | { __typename: 'ConsentRequired', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
   };

export type MePageQueryVariables = Exact<{ [key: string]: never; }>;


export type MePageQuery = { me: { createdAt: string, id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null };

export type OfferButtonsFragment = { edit: boolean, submit: boolean, pause: boolean, resume: boolean };

export type MerchantPageQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type MerchantPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myMerchants: Array<{ id: string, name: string, status: MerchantStatus, reviewReason: string | null, viewerCan: { createOffer: boolean, redeem: boolean }, stores: Array<{ id: string, name: string, address: string }>, offers: { totalCount: number, nodes: Array<{ id: string, title: string, status: OfferStatus, kind: OfferKind, percentPaid: number | null, remainingStock: number | null, stockTotal: number | null, claimCount: number, redemptionCount: number, reviewNote: string | null, validUntil: string, viewerCan: { edit: boolean, submit: boolean, pause: boolean, resume: boolean }, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null }> } | null, redemptionFigures: Array<{ date: string, claims: number, redemptions: number, offer: { id: string, title: string } }> | null }> };

export type RedeemCodeMutationVariables = Exact<{
  input: RedeemCodeInput;
}>;


export type RedeemCodeMutation = { redeemCode:
    | { __typename: 'CodeAlreadyRedeemed', redeemedAt: string, code: string, message: string }
    | { __typename: 'CodeExpired', code: string, message: string }
    | { __typename: 'CodeUnknown', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'RedeemCodeSuccess', claim: { id: string, redeemedAt: string | null, offer: { id: string, title: string, kind: OfferKind, percentPaid: number | null, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null } } }
    | { __typename: 'TooManyAttempts', code: string, message: string }
    | { __typename: 'WrongMerchant', code: string, message: string }
    | { __typename: 'WrongStore', code: string, message: string }
   | null };

export type SubmitOfferMutationVariables = Exact<{
  input: OfferActionInput;
}>;


export type SubmitOfferMutation = { submitOffer:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidState', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'SubmitOfferSuccess', offer: { id: string, status: OfferStatus, viewerCan: { edit: boolean, submit: boolean, pause: boolean, resume: boolean } } }
   | null };

export type PauseOfferMutationVariables = Exact<{
  input: OfferActionInput;
}>;


export type PauseOfferMutation = { pauseOffer:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidState', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'PauseOfferSuccess', offer: { id: string, status: OfferStatus, viewerCan: { edit: boolean, submit: boolean, pause: boolean, resume: boolean } } }
   | null };

export type ResumeOfferMutationVariables = Exact<{
  input: OfferActionInput;
}>;


export type ResumeOfferMutation = { resumeOffer:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidState', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ResumeOfferSuccess', offer: { id: string, status: OfferStatus, viewerCan: { edit: boolean, submit: boolean, pause: boolean, resume: boolean } } }
   | null };

export type MessagesPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MessagesPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myMessages: { totalCount: number, nodes: Array<{ id: string, kind: MessageKind, title: string, body: string, createdAt: string, readAt: string | null, smsStatus: string | null }> } };

export type MarkAllMessagesReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkAllMessagesReadMutation = { markMessagesRead:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'MarkMessagesReadSuccess', marked: number }
   };

export type StaffMutualAidClaimFragment = { id: string, status: MutualAidClaimStatus, statusLabel: string, memberName: string, hospital: string, admittedOn: string, dischargedOn: string, rejectionNumber: number | null, rejectionMessage: string | null, returnNote: string | null, totalCost: { amount: number }, socialInsurancePaid: { amount: number }, selfPaid: { amount: number }, valuated: { amount: number } | null, explanation: Array<{ label: string, amount: { amount: number } }>, documents: Array<{ file: { id: string, fileName: string, downloadUrl: string } }>, viewerCan: { check: boolean, sendBack: boolean, valuate: boolean, approve: boolean, pay: boolean, reject: boolean } };

export type StaffMutualAidEnrolmentFragment = { id: string, status: MutualAidEnrolmentStatus, statusLabel: string, startsOn: string, rowCount: number, memberCount: number, paymentReference: string | null, paidOn: string | null, premiumDue: { amount: number }, union: { name: string }, scheme: { name: string }, viewerCan: { addRows: boolean, submit: boolean, recordPremium: boolean } };

export type StaffMutualAidPageQueryVariables = Exact<{
  union: string;
}>;


export type StaffMutualAidPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, union:
    | { id: string, name: string, level: UnionLevel }
    | Record<PropertyKey, never>
   | null, mutualAidSchemes: { nodes: Array<{ id: string, name: string, year: number, premium: { amount: number }, poolRemaining: { amount: number } }> }, mutualAidEnrolments: { nodes: Array<{ id: string, status: MutualAidEnrolmentStatus, statusLabel: string, startsOn: string, rowCount: number, memberCount: number, paymentReference: string | null, paidOn: string | null, premiumDue: { amount: number }, union: { name: string }, scheme: { name: string }, viewerCan: { addRows: boolean, submit: boolean, recordPremium: boolean } }> }, mutualAidClaims: { totalCount: number, nodes: Array<{ id: string, status: MutualAidClaimStatus, statusLabel: string, memberName: string, hospital: string, admittedOn: string, dischargedOn: string, rejectionNumber: number | null, rejectionMessage: string | null, returnNote: string | null, totalCost: { amount: number }, socialInsurancePaid: { amount: number }, selfPaid: { amount: number }, valuated: { amount: number } | null, explanation: Array<{ label: string, amount: { amount: number } }>, documents: Array<{ file: { id: string, fileName: string, downloadUrl: string } }>, viewerCan: { check: boolean, sendBack: boolean, valuate: boolean, approve: boolean, pay: boolean, reject: boolean } }> } };

export type StaffMutualAidViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMutualAidViewerQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null };

export type StaffCreateMutualAidEnrolmentMutationVariables = Exact<{
  input: CreateMutualAidEnrolmentInput;
}>;


export type StaffCreateMutualAidEnrolmentMutation = { createMutualAidEnrolment:
    | { __typename: 'CreateMutualAidEnrolmentSuccess', enrolment: { id: string } }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'MutualAidWrongLevel', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type StaffAddMutualAidRowsMutationVariables = Exact<{
  input: AddMutualAidEnrolmentRowsInput;
}>;


export type StaffAddMutualAidRowsMutation = { addMutualAidEnrolmentRows:
    | { __typename: 'AddMutualAidEnrolmentRowsSuccess', enrolment: { rowCount: number } }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'MutualAidEnrolmentTooLarge', code: string, message: string }
    | { __typename: 'MutualAidWrongLevel', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type StaffSubmitMutualAidEnrolmentMutationVariables = Exact<{
  input: MutualAidEnrolmentActionInput;
}>;


export type StaffSubmitMutualAidEnrolmentMutation = { submitMutualAidEnrolment:
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'MutualAidEnrolmentEmpty', code: string, message: string }
    | { __typename: 'MutualAidEnrolmentRefused', rowCount: number, refusedCount: number, code: string, message: string, rows: Array<{ line: number, cardNumber: string, code: string, message: string }> }
    | { __typename: 'MutualAidWrongLevel', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'SubmitMutualAidEnrolmentSuccess', enrolment: { memberCount: number, premiumDue: { amount: number } } }
   | null };

export type StaffRecordMutualAidPremiumMutationVariables = Exact<{
  input: RecordMutualAidPremiumInput;
}>;


export type StaffRecordMutualAidPremiumMutation = { recordMutualAidPremium:
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'MutualAidPaymentReferenceUsed', code: string, message: string }
    | { __typename: 'MutualAidWrongLevel', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RecordMutualAidPremiumSuccess' }
   | null };

export type StaffCheckMutualAidClaimMutationVariables = Exact<{
  input: MutualAidClaimActionInput;
}>;


export type StaffCheckMutualAidClaimMutation = { checkMutualAidClaim:
    | { __typename: 'CheckMutualAidClaimSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'MutualAidWrongLevel', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type StaffValuateMutualAidClaimMutationVariables = Exact<{
  input: MutualAidClaimActionInput;
}>;


export type StaffValuateMutualAidClaimMutation = { valuateMutualAidClaim:
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'MutualAidWrongLevel', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ValuateMutualAidClaimSuccess' }
   | null };

export type StaffApproveMutualAidClaimMutationVariables = Exact<{
  input: MutualAidClaimActionInput;
}>;


export type StaffApproveMutualAidClaimMutation = { approveMutualAidClaim:
    | { __typename: 'ApproveMutualAidClaimSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'MutualAidCeilingReached', code: string, message: string }
    | { __typename: 'MutualAidPoolExhausted', code: string, message: string }
    | { __typename: 'MutualAidValuationOutdated', code: string, message: string }
    | { __typename: 'MutualAidWrongLevel', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type StaffPayMutualAidClaimMutationVariables = Exact<{
  input: PayMutualAidClaimInput;
}>;


export type StaffPayMutualAidClaimMutation = { payMutualAidClaim:
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'MutualAidWrongLevel', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'PayMutualAidClaimSuccess' }
   | null };

export type StaffRejectMutualAidClaimMutationVariables = Exact<{
  input: RejectMutualAidClaimInput;
}>;


export type StaffRejectMutualAidClaimMutation = { rejectMutualAidClaim:
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'MutualAidWrongLevel', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RejectMutualAidClaimSuccess' }
   | null };

export type StaffSendBackMutualAidClaimMutationVariables = Exact<{
  input: SendBackMutualAidClaimInput;
}>;


export type StaffSendBackMutualAidClaimMutation = { sendBackMutualAidClaim:
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'MutualAidWrongLevel', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'SendBackMutualAidClaimSuccess' }
   | null };

export type MutualAidFigureRowFragment = { unionName: string, unionCode: string, unitsEnrolled: number, membersEnrolled: number, membersCovered: number, payouts: number, premiumsDue: { amount: number }, premiumsPaid: { amount: number }, claimsByStatus: Array<{ key: string, count: number }>, rejectionsByReason: Array<{ key: string, count: number }>, payoutsTotal: { amount: number } };

export type MutualAidFiguresPageQueryVariables = Exact<{
  union: string;
  year?: number | null | undefined;
}>;


export type MutualAidFiguresPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, mutualAidFigures: { unionName: string, unionCode: string, unitsEnrolled: number, membersEnrolled: number, membersCovered: number, payouts: number, children: Array<{ unionName: string, unionCode: string, unitsEnrolled: number, membersEnrolled: number, membersCovered: number, payouts: number, premiumsDue: { amount: number }, premiumsPaid: { amount: number }, claimsByStatus: Array<{ key: string, count: number }>, rejectionsByReason: Array<{ key: string, count: number }>, payoutsTotal: { amount: number } }>, premiumsDue: { amount: number }, premiumsPaid: { amount: number }, claimsByStatus: Array<{ key: string, count: number }>, rejectionsByReason: Array<{ key: string, count: number }>, payoutsTotal: { amount: number } } | null };

export type MutualAidClaimCardFragment = { id: string, status: MutualAidClaimStatus, statusLabel: string, hospital: string, admittedOn: string, dischargedOn: string, rejectionNumber: number | null, rejectionMessage: string | null, returnNote: string | null, selfPaid: { amount: number }, valuated: { amount: number } | null, explanation: Array<{ label: string, amount: { amount: number } }>, viewerCan: { resubmit: boolean } };

export type MutualAidPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MutualAidPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myMutualAidCovers: { nodes: Array<{ id: string, state: string, stateLabel: string, activeFrom: string | null, activeUntil: string | null, union: { name: string }, scheme: { name: string, year: number, waitingDays: number, premium: { amount: number }, deductible: { amount: number }, ceiling: { amount: number } }, ledger: { deductibleUsed: { amount: number }, approvedTotal: { amount: number }, ceilingRemaining: { amount: number } } | null }> }, myMutualAidClaims: { nodes: Array<{ id: string, status: MutualAidClaimStatus, statusLabel: string, hospital: string, admittedOn: string, dischargedOn: string, rejectionNumber: number | null, rejectionMessage: string | null, returnNote: string | null, selfPaid: { amount: number }, valuated: { amount: number } | null, explanation: Array<{ label: string, amount: { amount: number } }>, viewerCan: { resubmit: boolean } }> } };

export type FileMutualAidClaimMutationVariables = Exact<{
  input: FileMutualAidClaimInput;
}>;


export type FileMutualAidClaimMutation = { fileMutualAidClaim:
    | { __typename: 'FileAlreadyAttached', code: string, message: string }
    | { __typename: 'FileMutualAidClaimSuccess', claim: { id: string } }
    | { __typename: 'FilePurposeMismatch', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'MutualAidDuplicateClaim', code: string, message: string }
    | { __typename: 'MutualAidWrongLevel', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type ResubmitMutualAidClaimMutationVariables = Exact<{
  input: ResubmitMutualAidClaimInput;
}>;


export type ResubmitMutualAidClaimMutation = { resubmitMutualAidClaim:
    | { __typename: 'FileAlreadyAttached', code: string, message: string }
    | { __typename: 'FilePurposeMismatch', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'MutualAidWrongLevel', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ResubmitMutualAidClaimSuccess' }
   | null };

export type MyCompetitionsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyCompetitionsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myCompetitionEntries: { nodes: Array<{ id: string, status: CompetitionEntryStatus, kind: CompetitionEventKind, teamName: string | null, registrantName: string, waitlistPosition: number | null, offerExpiresAt: string | null, checkInCode: string | null, checkedInAt: string | null, score: string | null, rank: number | null, provisionalRank: number | null, prize: { name: string } | null, event: { id: string, name: string, kind: CompetitionEventKind, minTeamSize: number | null, maxTeamSize: number | null, teamFormationDeadline: string | null, resultsPublishedAt: string | null }, competition: { id: string, title: string, startsOn: string, cancellationDeadline: string }, participants: Array<{ realName: string, role: CompetitionParticipantRole, status: CompetitionParticipantStatus }>, viewerCan: { cancel: boolean, acceptOffer: boolean, invite: boolean, leaveTeam: boolean } }> }, myCompetitionInvitations: { nodes: Array<{ status: CompetitionParticipantStatus, role: CompetitionParticipantRole, viewerCan: { accept: boolean, decline: boolean }, entry: { id: string, teamName: string | null, registrantName: string, event: { id: string, name: string, teamFormationDeadline: string | null }, competition: { id: string, title: string } } }> }, myCompetitionCertificates: { nodes: Array<{ number: string, competitionTitle: string, eventName: string, prizeName: string, rank: number, teamName: string | null, issuedAt: string, competitionStartsOn: string }> } };

export type RespondToInvitationMutationVariables = Exact<{
  input: RespondToCompetitionInvitationInput;
}>;


export type RespondToInvitationMutation = { respondToCompetitionInvitation:
    | { __typename: 'AlreadyRegistered', code: string, message: string }
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NoPendingInvitation', code: string, message: string }
    | { __typename: 'NotEligible', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RespondToCompetitionInvitationSuccess', entry: { id: string, status: CompetitionEntryStatus } }
    | { __typename: 'TeamFormationClosed', code: string, message: string }
    | { __typename: 'TeamFull', code: string, message: string }
   | null };

export type OfferFormMerchantFragment = { id: string, name: string, status: MerchantStatus, viewerCan: { createOffer: boolean }, stores: Array<{ id: string, name: string, address: string }> };

export type NewOfferFormQueryVariables = Exact<{
  merchant: string;
}>;


export type NewOfferFormQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting' }
    | { __typename: 'Member' }
    | { __typename: 'Merchant', id: string, name: string, status: MerchantStatus, viewerCan: { createOffer: boolean }, stores: Array<{ id: string, name: string, address: string }> }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null, unions: { nodes: Array<{ id: string, name: string }> } };

export type OfferFormOfferFragment = { id: string, status: OfferStatus, title: string, description: string, terms: string | null, category: BenefitCategory, kind: OfferKind, percentPaid: number | null, validFrom: string, validUntil: string, stockTotal: number | null, remainingStock: number | null, claimCount: number, perMemberLimit: number | null, perMemberDailyLimit: number | null, codeValidHours: number, audience: OfferAudience, reviewNote: string | null, viewerCan: { edit: boolean, submit: boolean, pause: boolean, resume: boolean }, minSpend: { amount: number } | null, reduction: { amount: number } | null, regularPrice: { amount: number } | null, memberPrice: { amount: number } | null, audienceUnion: { id: string, name: string } | null, stores: Array<{ store: { id: string } }>, merchant: { id: string, name: string, status: MerchantStatus, viewerCan: { createOffer: boolean }, stores: Array<{ id: string, name: string, address: string }> } };

export type EditOfferFormQueryVariables = Exact<{
  offer: string;
}>;


export type EditOfferFormQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting' }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer', id: string, status: OfferStatus, title: string, description: string, terms: string | null, category: BenefitCategory, kind: OfferKind, percentPaid: number | null, validFrom: string, validUntil: string, stockTotal: number | null, remainingStock: number | null, claimCount: number, perMemberLimit: number | null, perMemberDailyLimit: number | null, codeValidHours: number, audience: OfferAudience, reviewNote: string | null, viewerCan: { edit: boolean, submit: boolean, pause: boolean, resume: boolean }, minSpend: { amount: number } | null, reduction: { amount: number } | null, regularPrice: { amount: number } | null, memberPrice: { amount: number } | null, audienceUnion: { id: string, name: string } | null, stores: Array<{ store: { id: string } }>, merchant: { id: string, name: string, status: MerchantStatus, viewerCan: { createOffer: boolean }, stores: Array<{ id: string, name: string, address: string }> } }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null, unions: { nodes: Array<{ id: string, name: string }> } };

export type CreateOfferMutationVariables = Exact<{
  input: CreateOfferInput;
}>;


export type CreateOfferMutation = { createOffer:
    | { __typename: 'CreateOfferSuccess', offer: { id: string, status: OfferStatus, title: string, description: string, terms: string | null, category: BenefitCategory, kind: OfferKind, percentPaid: number | null, validFrom: string, validUntil: string, stockTotal: number | null, remainingStock: number | null, claimCount: number, perMemberLimit: number | null, perMemberDailyLimit: number | null, codeValidHours: number, audience: OfferAudience, reviewNote: string | null, viewerCan: { edit: boolean, submit: boolean, pause: boolean, resume: boolean }, minSpend: { amount: number } | null, reduction: { amount: number } | null, regularPrice: { amount: number } | null, memberPrice: { amount: number } | null, audienceUnion: { id: string, name: string } | null, stores: Array<{ store: { id: string } }>, merchant: { id: string, name: string, status: MerchantStatus, viewerCan: { createOffer: boolean }, stores: Array<{ id: string, name: string, address: string }> } } }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidState', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type UpdateOfferMutationVariables = Exact<{
  input: UpdateOfferInput;
}>;


export type UpdateOfferMutation = { updateOffer:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidState', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'UpdateOfferSuccess', offer: { id: string, status: OfferStatus, title: string, description: string, terms: string | null, category: BenefitCategory, kind: OfferKind, percentPaid: number | null, validFrom: string, validUntil: string, stockTotal: number | null, remainingStock: number | null, claimCount: number, perMemberLimit: number | null, perMemberDailyLimit: number | null, codeValidHours: number, audience: OfferAudience, reviewNote: string | null, viewerCan: { edit: boolean, submit: boolean, pause: boolean, resume: boolean }, minSpend: { amount: number } | null, reduction: { amount: number } | null, regularPrice: { amount: number } | null, memberPrice: { amount: number } | null, audienceUnion: { id: string, name: string } | null, stores: Array<{ store: { id: string } }>, merchant: { id: string, name: string, status: MerchantStatus, viewerCan: { createOffer: boolean }, stores: Array<{ id: string, name: string, address: string }> } } }
   | null };

export type OfferCardFragment = { id: string, title: string, kind: OfferKind, category: BenefitCategory, audience: OfferAudience, percentPaid: number | null, remainingStock: number | null, claimCount: number, validUntil: string, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null, merchant: { id: string, name: string } };

export type OffersPageQueryVariables = Exact<{
  filter?: OfferSearchInput | null | undefined;
  orderBy?: OfferOrder | null | undefined;
  after?: string | null | undefined;
  near?: GeoPointInput | null | undefined;
}>;


export type OffersPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, offers: { nodes: Array<{ id: string, title: string, kind: OfferKind, category: BenefitCategory, audience: OfferAudience, percentPaid: number | null, remainingStock: number | null, claimCount: number, validUntil: string, stores: Array<{ distanceMeters: number | null, store: { id: string, name: string } }>, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null, merchant: { id: string, name: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OfferPageQueryVariables = Exact<{
  id: string;
  near?: GeoPointInput | null | undefined;
}>;


export type OfferPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting' }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer', description: string, terms: string | null, status: OfferStatus, validFrom: string, stockTotal: number | null, perMemberLimit: number | null, perMemberDailyLimit: number | null, codeValidHours: number, id: string, title: string, kind: OfferKind, category: BenefitCategory, audience: OfferAudience, percentPaid: number | null, remainingStock: number | null, claimCount: number, validUntil: string, audienceUnion: { name: string } | null, merchant: { description: string | null, id: string, name: string }, stores: Array<{ distanceMeters: number | null, store: { id: string, name: string, address: string, phone: string | null, latitude: number, longitude: number } }>, viewerEligibility: { canClaim: boolean, reason: { code: string, message: string } | null }, viewerCan: { claim: boolean, purchase: boolean }, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null };

export type WalletClaimFragment = { id: string, code: string | null, qrPayload: string | null, status: ClaimStatus, claimedAt: string, expiresAt: string, redeemedAt: string | null, cancelledAt: string | null, redeemedStore: { name: string } | null, viewerCan: { cancel: boolean, refund: boolean }, offer: { id: string, title: string, kind: OfferKind, percentPaid: number | null, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null, merchant: { name: string } } };

export type ClaimOfferMutationVariables = Exact<{
  input: ClaimOfferInput;
}>;


export type ClaimOfferMutation = { claimOffer:
    | { __typename: 'ClaimOfferSuccess', claim: { id: string, code: string | null, qrPayload: string | null, status: ClaimStatus, claimedAt: string, expiresAt: string, redeemedAt: string | null, cancelledAt: string | null, redeemedStore: { name: string } | null, viewerCan: { cancel: boolean, refund: boolean }, offer: { id: string, title: string, kind: OfferKind, percentPaid: number | null, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null, merchant: { name: string } } } }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'LimitReached', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'OfferNotActive', code: string, message: string }
    | { __typename: 'OfferNotEligible', code: string, message: string }
    | { __typename: 'OfferSoldOut', code: string, message: string }
    | { __typename: 'PaymentRequired', code: string, message: string }
   | null };

export type PurchaseVoucherMutationVariables = Exact<{
  input: PurchaseVoucherInput;
}>;


export type PurchaseVoucherMutation = { purchaseVoucher:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidState', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'LimitReached', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'OfferNotActive', code: string, message: string }
    | { __typename: 'OfferNotEligible', code: string, message: string }
    | { __typename: 'OfferSoldOut', code: string, message: string }
    | { __typename: 'PaymentProviderError', code: string, message: string }
    | { __typename: 'PaymentsNotConfigured', code: string, message: string }
    | { __typename: 'PurchaseVoucherSuccess', checkout: { checkoutUrl: string, purchase: { id: string, status: VoucherPurchaseStatus, reservedUntil: string, amount: { amount: number } } } }
   | null };

export type CancelClaimMutationVariables = Exact<{
  input: CancelClaimInput;
}>;


export type CancelClaimMutation = { cancelClaim:
    | { __typename: 'CancelClaimSuccess', claim: { id: string, code: string | null, qrPayload: string | null, status: ClaimStatus, claimedAt: string, expiresAt: string, redeemedAt: string | null, cancelledAt: string | null, redeemedStore: { name: string } | null, viewerCan: { cancel: boolean, refund: boolean }, offer: { id: string, title: string, kind: OfferKind, percentPaid: number | null, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null, merchant: { name: string } } } }
    | { __typename: 'ClaimNotCancellable', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
   | null };

export type WalletPageQueryVariables = Exact<{
  status?: ClaimStatus | null | undefined;
}>;


export type WalletPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, wallet: { nodes: Array<{ id: string, code: string | null, qrPayload: string | null, status: ClaimStatus, claimedAt: string, expiresAt: string, redeemedAt: string | null, cancelledAt: string | null, redeemedStore: { name: string } | null, viewerCan: { cancel: boolean, refund: boolean }, offer: { id: string, title: string, kind: OfferKind, percentPaid: number | null, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null, merchant: { name: string } } }> }, voucherPurchases: { nodes: Array<{ id: string, status: VoucherPurchaseStatus, checkoutUrl: string | null, reservedUntil: string, viewerCan: { pay: boolean, cancel: boolean }, amount: { amount: number }, offer: { id: string, title: string } }> } };

export type VoucherPurchasePartsFragment = { id: string, status: VoucherPurchaseStatus, checkoutUrl: string | null, reservedUntil: string, paidAt: string | null, refundedAt: string | null, viewerCan: { pay: boolean, cancel: boolean }, amount: { amount: number }, faceValue: { amount: number }, offer: { id: string, title: string }, voucher: { id: string, code: string | null, qrPayload: string | null, status: ClaimStatus, claimedAt: string, expiresAt: string, redeemedAt: string | null, cancelledAt: string | null, redeemedStore: { name: string } | null, viewerCan: { cancel: boolean, refund: boolean }, offer: { id: string, title: string, kind: OfferKind, percentPaid: number | null, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null, merchant: { name: string } } } | null };

export type VoucherReturnQueryVariables = Exact<{
  id: string;
}>;


export type VoucherReturnQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting' }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase', id: string, status: VoucherPurchaseStatus, checkoutUrl: string | null, reservedUntil: string, paidAt: string | null, refundedAt: string | null, viewerCan: { pay: boolean, cancel: boolean }, amount: { amount: number }, faceValue: { amount: number }, offer: { id: string, title: string }, voucher: { id: string, code: string | null, qrPayload: string | null, status: ClaimStatus, claimedAt: string, expiresAt: string, redeemedAt: string | null, cancelledAt: string | null, redeemedStore: { name: string } | null, viewerCan: { cancel: boolean, refund: boolean }, offer: { id: string, title: string, kind: OfferKind, percentPaid: number | null, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null, merchant: { name: string } } } | null }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null };

export type CancelVoucherPurchaseMutationVariables = Exact<{
  input: CancelVoucherPurchaseInput;
}>;


export type CancelVoucherPurchaseMutation = { cancelVoucherPurchase:
    | { __typename: 'CancelVoucherPurchaseSuccess', purchase: { id: string, status: VoucherPurchaseStatus, checkoutUrl: string | null, reservedUntil: string, paidAt: string | null, refundedAt: string | null, viewerCan: { pay: boolean, cancel: boolean }, amount: { amount: number }, faceValue: { amount: number }, offer: { id: string, title: string }, voucher: { id: string, code: string | null, qrPayload: string | null, status: ClaimStatus, claimedAt: string, expiresAt: string, redeemedAt: string | null, cancelledAt: string | null, redeemedStore: { name: string } | null, viewerCan: { cancel: boolean, refund: boolean }, offer: { id: string, title: string, kind: OfferKind, percentPaid: number | null, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null, merchant: { name: string } } } | null } }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'PaymentProviderError', code: string, message: string }
    | { __typename: 'PaymentsNotConfigured', code: string, message: string }
   | null };

export type RefundVoucherMutationVariables = Exact<{
  input: RefundVoucherInput;
}>;


export type RefundVoucherMutation = { refundVoucher:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'PaymentProviderError', code: string, message: string }
    | { __typename: 'PaymentsNotConfigured', code: string, message: string }
    | { __typename: 'RefundVoucherSuccess', voucher: { id: string, code: string | null, qrPayload: string | null, status: ClaimStatus, claimedAt: string, expiresAt: string, redeemedAt: string | null, cancelledAt: string | null, redeemedStore: { name: string } | null, viewerCan: { cancel: boolean, refund: boolean }, offer: { id: string, title: string, kind: OfferKind, percentPaid: number | null, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null, merchant: { name: string } } } }
    | { __typename: 'VoucherNotRefundable', code: string, message: string }
   | null };

export type PostingFormEmployerFragment = { id: string, name: string, status: EmployerStatus, region: { id: string, level: UnionLevel, parent: { id: string } | null } };

export type PostingFormPostingFragment = { id: string, status: JobPostingStatus, title: string, description: string, employmentType: EmploymentType, category: string, openings: number, validThrough: string, address: string | null, isRemote: boolean, isPublicBenefit: boolean, suitableForHardship: boolean, benefits: Array<string>, reviewNote: string | null, viewerCan: { edit: boolean, submit: boolean }, salary: { min: { amount: number }, max: { amount: number } }, requirements: { education: EducationLevel | null, experienceYears: number | null, skills: Array<string> }, region: { id: string, name: string, level: UnionLevel, parent: { id: string, name: string } | null }, employer: { id: string, name: string, status: EmployerStatus, region: { id: string, level: UnionLevel, parent: { id: string } | null } } };

export type NewPostingFormQueryVariables = Exact<{
  employer: string;
}>;


export type NewPostingFormQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer', id: string, name: string, status: EmployerStatus, region: { id: string, level: UnionLevel, parent: { id: string } | null } }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting' }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null, unions: { nodes: Array<{ id: string, name: string }> } };

export type EditPostingFormQueryVariables = Exact<{
  id: string;
}>;


export type EditPostingFormQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting', id: string, status: JobPostingStatus, title: string, description: string, employmentType: EmploymentType, category: string, openings: number, validThrough: string, address: string | null, isRemote: boolean, isPublicBenefit: boolean, suitableForHardship: boolean, benefits: Array<string>, reviewNote: string | null, viewerCan: { edit: boolean, submit: boolean }, salary: { min: { amount: number }, max: { amount: number } }, requirements: { education: EducationLevel | null, experienceYears: number | null, skills: Array<string> }, region: { id: string, name: string, level: UnionLevel, parent: { id: string, name: string } | null }, employer: { id: string, name: string, status: EmployerStatus, region: { id: string, level: UnionLevel, parent: { id: string } | null } } }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station' }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null, unions: { nodes: Array<{ id: string, name: string }> } };

export type PostingDistrictsQueryVariables = Exact<{
  city: string;
}>;


export type PostingDistrictsQuery = { unions: { nodes: Array<{ id: string, name: string }> } };

export type CreateJobPostingMutationVariables = Exact<{
  input: CreateJobPostingInput;
}>;


export type CreateJobPostingMutation = { createJobPosting:
    | { __typename: 'CreateJobPostingSuccess', posting: { id: string, status: JobPostingStatus, title: string, description: string, employmentType: EmploymentType, category: string, openings: number, validThrough: string, address: string | null, isRemote: boolean, isPublicBenefit: boolean, suitableForHardship: boolean, benefits: Array<string>, reviewNote: string | null, viewerCan: { edit: boolean, submit: boolean }, salary: { min: { amount: number }, max: { amount: number } }, requirements: { education: EducationLevel | null, experienceYears: number | null, skills: Array<string> }, region: { id: string, name: string, level: UnionLevel, parent: { id: string, name: string } | null }, employer: { id: string, name: string, status: EmployerStatus, region: { id: string, level: UnionLevel, parent: { id: string } | null } } } }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
   | null };

export type UpdateJobPostingMutationVariables = Exact<{
  input: UpdateJobPostingInput;
}>;


export type UpdateJobPostingMutation = { updateJobPosting:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'UpdateJobPostingSuccess', posting: { id: string, status: JobPostingStatus, title: string, description: string, employmentType: EmploymentType, category: string, openings: number, validThrough: string, address: string | null, isRemote: boolean, isPublicBenefit: boolean, suitableForHardship: boolean, benefits: Array<string>, reviewNote: string | null, viewerCan: { edit: boolean, submit: boolean }, salary: { min: { amount: number }, max: { amount: number } }, requirements: { education: EducationLevel | null, experienceYears: number | null, skills: Array<string> }, region: { id: string, name: string, level: UnionLevel, parent: { id: string, name: string } | null }, employer: { id: string, name: string, status: EmployerStatus, region: { id: string, level: UnionLevel, parent: { id: string } | null } } } }
   | null };

export type PrivacyPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PrivacyPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, accountClosure: { status: AccountClosureStatus, requestedAt: string, effectiveAt: string, viewerCan: { cancel: boolean } } | null, consents: Array<{ document: ConsentDocument, version: string, acceptedAt: string }>, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null };

export type ExportMyDataMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataMutation = { exportMyData:
    | { __typename: 'ExportMyDataSuccess', export: { fileName: string, json: string } }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type RequestAccountClosureMutationVariables = Exact<{
  input: RequestAccountClosureInput;
}>;


export type RequestAccountClosureMutation = { requestAccountClosure:
    | { __typename: 'AccountClosureAlreadyRequested', code: string, message: string }
    | { __typename: 'AccountClosureBlocked', reasons: Array<string>, code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidCredentials', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RequestAccountClosureSuccess', closure: { status: AccountClosureStatus, effectiveAt: string } }
    | { __typename: 'TooManyAttempts', code: string, message: string }
   };

export type CancelAccountClosureMutationVariables = Exact<{ [key: string]: never; }>;


export type CancelAccountClosureMutation = { cancelAccountClosure:
    | { __typename: 'CancelAccountClosureSuccess', closure: { status: AccountClosureStatus } }
    | { __typename: 'NotFound', code: string, message: string }
   };

export type ReviewsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, employersToReview: { nodes: Array<{ id: string, name: string, creditCode: string, industry: string, address: string | null, contactName: string | null, contactPhone: string | null, createdAt: string, region: { name: string }, viewerCan: { verify: boolean, reject: boolean } }> }, merchantApplications: { nodes: Array<{ id: string, name: string, creditCode: string, category: BenefitCategory, description: string | null, contactName: string | null, contactPhone: string | null, createdAt: string, union: { name: string }, viewerCan: { approve: boolean, reject: boolean } }> }, offersForReview: { nodes: Array<{ description: string, terms: string | null, status: OfferStatus, id: string, title: string, kind: OfferKind, category: BenefitCategory, audience: OfferAudience, percentPaid: number | null, remainingStock: number | null, claimCount: number, validUntil: string, viewerCan: { approve: boolean, reject: boolean }, reduction: { amount: number } | null, minSpend: { amount: number } | null, memberPrice: { amount: number } | null, regularPrice: { amount: number } | null, merchant: { id: string, name: string } }> }, jobPostingsToReview: { nodes: Array<{ description: string, status: JobPostingStatus, id: string, title: string, category: string, employmentType: EmploymentType, isPublicBenefit: boolean, suitableForHardship: boolean, isRemote: boolean, openings: number, datePosted: string | null, address: string | null, viewerCan: { approve: boolean, return: boolean }, salary: { min: { amount: number }, max: { amount: number } }, employer: { id: string, name: string }, region: { id: string, name: string } }> } };

export type ReviewEmployerMutationVariables = Exact<{
  input: ReviewEmployerInput;
}>;


export type ReviewEmployerMutation = { reviewEmployer:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ReviewEmployerSuccess', employer: { id: string, status: EmployerStatus } }
   | null };

export type ReviewJobPostingMutationVariables = Exact<{
  input: ReviewJobPostingInput;
}>;


export type ReviewJobPostingMutation = { reviewJobPosting:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ReviewJobPostingSuccess', posting: { id: string, status: JobPostingStatus } }
   | null };

export type ReviewMerchantMutationVariables = Exact<{
  input: ReviewMerchantInput;
}>;


export type ReviewMerchantMutation = { reviewMerchant:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidState', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ReviewMerchantSuccess', merchant: { id: string, status: MerchantStatus } }
   | null };

export type ReviewOfferMutationVariables = Exact<{
  input: ReviewOfferInput;
}>;


export type ReviewOfferMutation = { reviewOffer:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidState', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ReviewOfferSuccess', offer: { id: string, status: OfferStatus } }
   | null };

export type StaffRightsPageQueryVariables = Exact<{
  union: string;
}>;


export type StaffRightsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, rightsCases: { totalCount: number, nodes: Array<{ id: string, reference: string, typeLabel: string, claimantName: string, employerName: string, statusLabel: string, status: RightsCaseStatus, openedAt: string, caseOfficerName: string | null }> }, rightsFigures: { includesConfidential: boolean, opened: number, open: number, closed: number, meanDaysToClose: number | null, medianDaysToClose: number | null, recovered: { amount: number }, outreach: { events: number, attendance: number, firms: number } } };

export type StaffRightsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffRightsViewerQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null };

export type StaffRightsCaseQueryVariables = Exact<{
  id: string;
}>;


export type StaffRightsCaseQuery = { node:
    | { id: string, reference: string, type: RightsCaseType, typeLabel: string, confidential: boolean, claimantName: string, employerName: string, description: string, openedAtPlace: string | null, status: RightsCaseStatus, statusLabel: string, route: RightsCaseRoute | null, legalAidEligible: boolean | null, eligibilityReason: string | null, caseOfficerName: string | null, lawyerName: string | null, outcome: RightsCaseOutcome | null, openedAt: string, union: { id: string, name: string }, amountInDispute: { amount: number } | null, recovered: { amount: number } | null, viewerCan: { triage: boolean, startMediation: boolean, assignLawyer: boolean, startLitigation: boolean, close: boolean, withdraw: boolean, addNote: boolean }, events: { nodes: Array<{ kind: string, toStateLabel: string | null, note: string | null, actorName: string | null, createdAt: string }> } }
    | Record<PropertyKey, never>
   | null };

export type StaffRightsLawyersQueryVariables = Exact<{
  union: string;
}>;


export type StaffRightsLawyersQuery = { rightsLawyers: Array<{ user: string, name: string, unionName: string }> };

type RightsStepResult_AccountClosureAlreadyRequested_Fragment = { code: string, message: string };

type RightsStepResult_AccountClosureBlocked_Fragment = { code: string, message: string };

type RightsStepResult_AidBudgetExceeded_Fragment = { code: string, message: string };

type RightsStepResult_AidCapExceeded_Fragment = { code: string, message: string };

type RightsStepResult_AidOutsideScheme_Fragment = { code: string, message: string };

type RightsStepResult_AidPreparerCannotApprove_Fragment = { code: string, message: string };

type RightsStepResult_AidSchemeNotOpen_Fragment = { code: string, message: string };

type RightsStepResult_AidWindowClosed_Fragment = { code: string, message: string };

type RightsStepResult_AlreadyApplied_Fragment = { code: string, message: string };

type RightsStepResult_AlreadyCheckedIn_Fragment = { code: string, message: string };

type RightsStepResult_AlreadyEmployerStaff_Fragment = { code: string, message: string };

type RightsStepResult_AlreadyInvited_Fragment = { code: string, message: string };

type RightsStepResult_AlreadyRecommended_Fragment = { code: string, message: string };

type RightsStepResult_AlreadyRegistered_Fragment = { code: string, message: string };

type RightsStepResult_AlreadyRegisteredForFair_Fragment = { code: string, message: string };

type RightsStepResult_AmountOutsideTier_Fragment = { code: string, message: string };

type RightsStepResult_ApiKeyNotActive_Fragment = { code: string, message: string };

type RightsStepResult_BudgetLinesMismatch_Fragment = { code: string, message: string };

type RightsStepResult_CallBudgetExceeded_Fragment = { code: string, message: string };

type RightsStepResult_CancellationClosed_Fragment = { code: string, message: string };

type RightsStepResult_CheckInCodeInvalid_Fragment = { code: string, message: string };

type RightsStepResult_ClaimNotCancellable_Fragment = { code: string, message: string };

type RightsStepResult_ClassAgreementRequired_Fragment = { code: string, message: string };

type RightsStepResult_ClassAlreadyEnrolled_Fragment = { code: string, message: string };

type RightsStepResult_ClassAttendanceTooLow_Fragment = { code: string, message: string };

type RightsStepResult_ClassEnrolmentClosed_Fragment = { code: string, message: string };

type RightsStepResult_ClassEnrolmentNotOpen_Fragment = { code: string, message: string };

type RightsStepResult_ClassIncidentOpen_Fragment = { code: string, message: string };

type RightsStepResult_ClassInsuranceMissing_Fragment = { code: string, message: string };

type RightsStepResult_ClassNotEligible_Fragment = { code: string, message: string };

type RightsStepResult_ClassNotTeacher_Fragment = { code: string, message: string };

type RightsStepResult_ClassOfferExpired_Fragment = { code: string, message: string };

type RightsStepResult_ClassSubsidyAlreadyClaimed_Fragment = { code: string, message: string };

type RightsStepResult_ClassSubsidyNotAvailable_Fragment = { code: string, message: string };

type RightsStepResult_ClassUnderstaffed_Fragment = { code: string, message: string };

type RightsStepResult_CodeAlreadyRedeemed_Fragment = { code: string, message: string };

type RightsStepResult_CodeExpired_Fragment = { code: string, message: string };

type RightsStepResult_CodeUnknown_Fragment = { code: string, message: string };

type RightsStepResult_CongressAlreadyCosigned_Fragment = { code: string, message: string };

type RightsStepResult_CongressAlreadyDelegate_Fragment = { code: string, message: string };

type RightsStepResult_CongressAlreadyGaveOpinion_Fragment = { code: string, message: string };

type RightsStepResult_CongressAlreadyVoted_Fragment = { code: string, message: string };

type RightsStepResult_CongressBallotFinal_Fragment = { code: string, message: string };

type RightsStepResult_CongressMotionNeedsCosigners_Fragment = { code: string, message: string };

type RightsStepResult_CongressNotPermitted_Fragment = { code: string, message: string };

type RightsStepResult_CongressNotSignedIn_Fragment = { code: string, message: string };

type RightsStepResult_CongressNotUnionMember_Fragment = { code: string, message: string };

type RightsStepResult_CongressOpinionsClosed_Fragment = { code: string, message: string };

type RightsStepResult_CongressOutsideWindow_Fragment = { code: string, message: string };

type RightsStepResult_CongressOwnMotion_Fragment = { code: string, message: string };

type RightsStepResult_CongressRollClosed_Fragment = { code: string, message: string };

type RightsStepResult_CongressSummaryAnswered_Fragment = { code: string, message: string };

type RightsStepResult_CongressVoteStillOpen_Fragment = { code: string, message: string };

type RightsStepResult_CongressVotingClosed_Fragment = { code: string, message: string };

type RightsStepResult_ConsentRequired_Fragment = { code: string, message: string };

type RightsStepResult_CreditCodeTaken_Fragment = { code: string, message: string };

type RightsStepResult_DocumentsMissing_Fragment = { code: string, message: string };

type RightsStepResult_EmployerNotVerified_Fragment = { code: string, message: string };

type RightsStepResult_EntryNotActive_Fragment = { code: string, message: string };

type RightsStepResult_FairClosed_Fragment = { code: string, message: string };

type RightsStepResult_FairFull_Fragment = { code: string, message: string };

type RightsStepResult_FileAlreadyAttached_Fragment = { code: string, message: string };

type RightsStepResult_FilePurposeMismatch_Fragment = { code: string, message: string };

type RightsStepResult_GrantApplicationExists_Fragment = { code: string, message: string };

type RightsStepResult_GrantCallNotOpen_Fragment = { code: string, message: string };

type RightsStepResult_GrantNotEligible_Fragment = { code: string, message: string };

type RightsStepResult_HardshipAidPaused_Fragment = { code: string, message: string };

type RightsStepResult_HardshipAlreadyPaired_Fragment = { code: string, message: string };

type RightsStepResult_HardshipFileExists_Fragment = { code: string, message: string };

type RightsStepResult_HardshipFileNotConfirmed_Fragment = { code: string, message: string };

type RightsStepResult_HardshipFlagDerived_Fragment = { code: string, message: string };

type RightsStepResult_HardshipNotEligible_Fragment = { code: string, message: string };

type RightsStepResult_HardshipWrongLevel_Fragment = { code: string, message: string };

type RightsStepResult_InputValidationError_Fragment = { code: string, message: string };

type RightsStepResult_InvalidCredentials_Fragment = { code: string, message: string };

type RightsStepResult_InvalidGrantTransition_Fragment = { code: string, message: string };

type RightsStepResult_InvalidSmsCode_Fragment = { code: string, message: string };

type RightsStepResult_InvalidState_Fragment = { code: string, message: string };

type RightsStepResult_InvalidTransition_Fragment = { code: string, message: string };

type RightsStepResult_LegalAidNotEligible_Fragment = { code: string, message: string };

type RightsStepResult_LimitReached_Fragment = { code: string, message: string };

type RightsStepResult_LoanNotOverdue_Fragment = { code: string, message: string };

type RightsStepResult_LoanOverpaid_Fragment = { code: string, message: string };

type RightsStepResult_MemberCardTaken_Fragment = { code: string, message: string };

type RightsStepResult_MerchantCreditCodeTaken_Fragment = { code: string, message: string };

type RightsStepResult_MutualAidCeilingReached_Fragment = { code: string, message: string };

type RightsStepResult_MutualAidClaimAlreadyUsed_Fragment = { code: string, message: string };

type RightsStepResult_MutualAidDuplicateClaim_Fragment = { code: string, message: string };

type RightsStepResult_MutualAidEnrolmentEmpty_Fragment = { code: string, message: string };

type RightsStepResult_MutualAidEnrolmentRefused_Fragment = { code: string, message: string };

type RightsStepResult_MutualAidEnrolmentTooLarge_Fragment = { code: string, message: string };

type RightsStepResult_MutualAidNotCovered_Fragment = { code: string, message: string };

type RightsStepResult_MutualAidPaymentReferenceUsed_Fragment = { code: string, message: string };

type RightsStepResult_MutualAidPoolExhausted_Fragment = { code: string, message: string };

type RightsStepResult_MutualAidSchemeExists_Fragment = { code: string, message: string };

type RightsStepResult_MutualAidValuationOutdated_Fragment = { code: string, message: string };

type RightsStepResult_MutualAidWrongLevel_Fragment = { code: string, message: string };

type RightsStepResult_NoPendingInvitation_Fragment = { code: string, message: string };

type RightsStepResult_NoScores_Fragment = { code: string, message: string };

type RightsStepResult_NotAGrantReviewer_Fragment = { code: string, message: string };

type RightsStepResult_NotATeamMember_Fragment = { code: string, message: string };

type RightsStepResult_NotCheckedIn_Fragment = { code: string, message: string };

type RightsStepResult_NotEligible_Fragment = { code: string, message: string };

type RightsStepResult_NotEnoughReviewers_Fragment = { code: string, message: string };

type RightsStepResult_NotFound_Fragment = { code: string, message: string };

type RightsStepResult_NotOnWaitingList_Fragment = { code: string, message: string };

type RightsStepResult_OfferExpired_Fragment = { code: string, message: string };

type RightsStepResult_OfferNotActive_Fragment = { code: string, message: string };

type RightsStepResult_OfferNotEligible_Fragment = { code: string, message: string };

type RightsStepResult_OfferSoldOut_Fragment = { code: string, message: string };

type RightsStepResult_PaymentProviderError_Fragment = { code: string, message: string };

type RightsStepResult_PaymentRequired_Fragment = { code: string, message: string };

type RightsStepResult_PaymentsNotConfigured_Fragment = { code: string, message: string };

type RightsStepResult_PayoutAccountMissing_Fragment = { code: string, message: string };

type RightsStepResult_PhoneTaken_Fragment = { code: string, message: string };

type RightsStepResult_PostingNotOpen_Fragment = { code: string, message: string };

type RightsStepResult_RegistrationClosed_Fragment = { code: string, message: string };

type RightsStepResult_RegistrationNotOpen_Fragment = { code: string, message: string };

type RightsStepResult_ReportNotAccepted_Fragment = { code: string, message: string };

type RightsStepResult_ResultsAlreadyPublished_Fragment = { code: string, message: string };

type RightsStepResult_ReviewerAlreadyAssigned_Fragment = { code: string, message: string };

type RightsStepResult_ReviewerSeatsFull_Fragment = { code: string, message: string };

type RightsStepResult_RightsCaseTaken_Fragment = { code: string, message: string };

type RightsStepResult_RightsNotCaseOfficer_Fragment = { code: string, message: string };

type RightsStepResult_RightsRoleNotHeld_Fragment = { code: string, message: string };

type RightsStepResult_RoleAlreadyGranted_Fragment = { code: string, message: string };

type RightsStepResult_SameApproverForbidden_Fragment = { code: string, message: string };

type RightsStepResult_SkillCertificateTaken_Fragment = { code: string, message: string };

type RightsStepResult_SmsCooldown_Fragment = { code: string, message: string };

type RightsStepResult_SmsNotConfigured_Fragment = { code: string, message: string };

type RightsStepResult_SmsSendFailed_Fragment = { code: string, message: string };

type RightsStepResult_StationReportExists_Fragment = { code: string, message: string };

type RightsStepResult_StripeNotConfigured_Fragment = { code: string, message: string };

type RightsStepResult_TeamFormationClosed_Fragment = { code: string, message: string };

type RightsStepResult_TeamFull_Fragment = { code: string, message: string };

type RightsStepResult_TooManyAttempts_Fragment = { code: string, message: string };

type RightsStepResult_TrancheOutOfOrder_Fragment = { code: string, message: string };

type RightsStepResult_VoucherNotRefundable_Fragment = { code: string, message: string };

type RightsStepResult_WebhookDeliveryInFlight_Fragment = { code: string, message: string };

type RightsStepResult_WebhookSubscriptionNotActive_Fragment = { code: string, message: string };

type RightsStepResult_WrongMerchant_Fragment = { code: string, message: string };

type RightsStepResult_WrongStore_Fragment = { code: string, message: string };

export type RightsStepResultFragment =
  | RightsStepResult_AccountClosureAlreadyRequested_Fragment
  | RightsStepResult_AccountClosureBlocked_Fragment
  | RightsStepResult_AidBudgetExceeded_Fragment
  | RightsStepResult_AidCapExceeded_Fragment
  | RightsStepResult_AidOutsideScheme_Fragment
  | RightsStepResult_AidPreparerCannotApprove_Fragment
  | RightsStepResult_AidSchemeNotOpen_Fragment
  | RightsStepResult_AidWindowClosed_Fragment
  | RightsStepResult_AlreadyApplied_Fragment
  | RightsStepResult_AlreadyCheckedIn_Fragment
  | RightsStepResult_AlreadyEmployerStaff_Fragment
  | RightsStepResult_AlreadyInvited_Fragment
  | RightsStepResult_AlreadyRecommended_Fragment
  | RightsStepResult_AlreadyRegistered_Fragment
  | RightsStepResult_AlreadyRegisteredForFair_Fragment
  | RightsStepResult_AmountOutsideTier_Fragment
  | RightsStepResult_ApiKeyNotActive_Fragment
  | RightsStepResult_BudgetLinesMismatch_Fragment
  | RightsStepResult_CallBudgetExceeded_Fragment
  | RightsStepResult_CancellationClosed_Fragment
  | RightsStepResult_CheckInCodeInvalid_Fragment
  | RightsStepResult_ClaimNotCancellable_Fragment
  | RightsStepResult_ClassAgreementRequired_Fragment
  | RightsStepResult_ClassAlreadyEnrolled_Fragment
  | RightsStepResult_ClassAttendanceTooLow_Fragment
  | RightsStepResult_ClassEnrolmentClosed_Fragment
  | RightsStepResult_ClassEnrolmentNotOpen_Fragment
  | RightsStepResult_ClassIncidentOpen_Fragment
  | RightsStepResult_ClassInsuranceMissing_Fragment
  | RightsStepResult_ClassNotEligible_Fragment
  | RightsStepResult_ClassNotTeacher_Fragment
  | RightsStepResult_ClassOfferExpired_Fragment
  | RightsStepResult_ClassSubsidyAlreadyClaimed_Fragment
  | RightsStepResult_ClassSubsidyNotAvailable_Fragment
  | RightsStepResult_ClassUnderstaffed_Fragment
  | RightsStepResult_CodeAlreadyRedeemed_Fragment
  | RightsStepResult_CodeExpired_Fragment
  | RightsStepResult_CodeUnknown_Fragment
  | RightsStepResult_CongressAlreadyCosigned_Fragment
  | RightsStepResult_CongressAlreadyDelegate_Fragment
  | RightsStepResult_CongressAlreadyGaveOpinion_Fragment
  | RightsStepResult_CongressAlreadyVoted_Fragment
  | RightsStepResult_CongressBallotFinal_Fragment
  | RightsStepResult_CongressMotionNeedsCosigners_Fragment
  | RightsStepResult_CongressNotPermitted_Fragment
  | RightsStepResult_CongressNotSignedIn_Fragment
  | RightsStepResult_CongressNotUnionMember_Fragment
  | RightsStepResult_CongressOpinionsClosed_Fragment
  | RightsStepResult_CongressOutsideWindow_Fragment
  | RightsStepResult_CongressOwnMotion_Fragment
  | RightsStepResult_CongressRollClosed_Fragment
  | RightsStepResult_CongressSummaryAnswered_Fragment
  | RightsStepResult_CongressVoteStillOpen_Fragment
  | RightsStepResult_CongressVotingClosed_Fragment
  | RightsStepResult_ConsentRequired_Fragment
  | RightsStepResult_CreditCodeTaken_Fragment
  | RightsStepResult_DocumentsMissing_Fragment
  | RightsStepResult_EmployerNotVerified_Fragment
  | RightsStepResult_EntryNotActive_Fragment
  | RightsStepResult_FairClosed_Fragment
  | RightsStepResult_FairFull_Fragment
  | RightsStepResult_FileAlreadyAttached_Fragment
  | RightsStepResult_FilePurposeMismatch_Fragment
  | RightsStepResult_GrantApplicationExists_Fragment
  | RightsStepResult_GrantCallNotOpen_Fragment
  | RightsStepResult_GrantNotEligible_Fragment
  | RightsStepResult_HardshipAidPaused_Fragment
  | RightsStepResult_HardshipAlreadyPaired_Fragment
  | RightsStepResult_HardshipFileExists_Fragment
  | RightsStepResult_HardshipFileNotConfirmed_Fragment
  | RightsStepResult_HardshipFlagDerived_Fragment
  | RightsStepResult_HardshipNotEligible_Fragment
  | RightsStepResult_HardshipWrongLevel_Fragment
  | RightsStepResult_InputValidationError_Fragment
  | RightsStepResult_InvalidCredentials_Fragment
  | RightsStepResult_InvalidGrantTransition_Fragment
  | RightsStepResult_InvalidSmsCode_Fragment
  | RightsStepResult_InvalidState_Fragment
  | RightsStepResult_InvalidTransition_Fragment
  | RightsStepResult_LegalAidNotEligible_Fragment
  | RightsStepResult_LimitReached_Fragment
  | RightsStepResult_LoanNotOverdue_Fragment
  | RightsStepResult_LoanOverpaid_Fragment
  | RightsStepResult_MemberCardTaken_Fragment
  | RightsStepResult_MerchantCreditCodeTaken_Fragment
  | RightsStepResult_MutualAidCeilingReached_Fragment
  | RightsStepResult_MutualAidClaimAlreadyUsed_Fragment
  | RightsStepResult_MutualAidDuplicateClaim_Fragment
  | RightsStepResult_MutualAidEnrolmentEmpty_Fragment
  | RightsStepResult_MutualAidEnrolmentRefused_Fragment
  | RightsStepResult_MutualAidEnrolmentTooLarge_Fragment
  | RightsStepResult_MutualAidNotCovered_Fragment
  | RightsStepResult_MutualAidPaymentReferenceUsed_Fragment
  | RightsStepResult_MutualAidPoolExhausted_Fragment
  | RightsStepResult_MutualAidSchemeExists_Fragment
  | RightsStepResult_MutualAidValuationOutdated_Fragment
  | RightsStepResult_MutualAidWrongLevel_Fragment
  | RightsStepResult_NoPendingInvitation_Fragment
  | RightsStepResult_NoScores_Fragment
  | RightsStepResult_NotAGrantReviewer_Fragment
  | RightsStepResult_NotATeamMember_Fragment
  | RightsStepResult_NotCheckedIn_Fragment
  | RightsStepResult_NotEligible_Fragment
  | RightsStepResult_NotEnoughReviewers_Fragment
  | RightsStepResult_NotFound_Fragment
  | RightsStepResult_NotOnWaitingList_Fragment
  | RightsStepResult_OfferExpired_Fragment
  | RightsStepResult_OfferNotActive_Fragment
  | RightsStepResult_OfferNotEligible_Fragment
  | RightsStepResult_OfferSoldOut_Fragment
  | RightsStepResult_PaymentProviderError_Fragment
  | RightsStepResult_PaymentRequired_Fragment
  | RightsStepResult_PaymentsNotConfigured_Fragment
  | RightsStepResult_PayoutAccountMissing_Fragment
  | RightsStepResult_PhoneTaken_Fragment
  | RightsStepResult_PostingNotOpen_Fragment
  | RightsStepResult_RegistrationClosed_Fragment
  | RightsStepResult_RegistrationNotOpen_Fragment
  | RightsStepResult_ReportNotAccepted_Fragment
  | RightsStepResult_ResultsAlreadyPublished_Fragment
  | RightsStepResult_ReviewerAlreadyAssigned_Fragment
  | RightsStepResult_ReviewerSeatsFull_Fragment
  | RightsStepResult_RightsCaseTaken_Fragment
  | RightsStepResult_RightsNotCaseOfficer_Fragment
  | RightsStepResult_RightsRoleNotHeld_Fragment
  | RightsStepResult_RoleAlreadyGranted_Fragment
  | RightsStepResult_SameApproverForbidden_Fragment
  | RightsStepResult_SkillCertificateTaken_Fragment
  | RightsStepResult_SmsCooldown_Fragment
  | RightsStepResult_SmsNotConfigured_Fragment
  | RightsStepResult_SmsSendFailed_Fragment
  | RightsStepResult_StationReportExists_Fragment
  | RightsStepResult_StripeNotConfigured_Fragment
  | RightsStepResult_TeamFormationClosed_Fragment
  | RightsStepResult_TeamFull_Fragment
  | RightsStepResult_TooManyAttempts_Fragment
  | RightsStepResult_TrancheOutOfOrder_Fragment
  | RightsStepResult_VoucherNotRefundable_Fragment
  | RightsStepResult_WebhookDeliveryInFlight_Fragment
  | RightsStepResult_WebhookSubscriptionNotActive_Fragment
  | RightsStepResult_WrongMerchant_Fragment
  | RightsStepResult_WrongStore_Fragment
;

export type StaffTriageRightsCaseMutationVariables = Exact<{
  input: TriageRightsCaseInput;
}>;


export type StaffTriageRightsCaseMutation = { triageRightsCase:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'LegalAidNotEligible', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RightsCaseTaken', code: string, message: string }
    | { __typename: 'RightsNotCaseOfficer', code: string, message: string }
    | { __typename: 'RightsRoleNotHeld', code: string, message: string }
    | { __typename: 'TriageRightsCaseSuccess' }
   };

export type StaffMediateRightsCaseMutationVariables = Exact<{
  input: RightsCaseStepInput;
}>;


export type StaffMediateRightsCaseMutation = { startRightsMediation:
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RightsCaseTaken', code: string, message: string }
    | { __typename: 'RightsNotCaseOfficer', code: string, message: string }
    | { __typename: 'StartRightsMediationSuccess' }
   };

export type StaffAssignRightsLawyerMutationVariables = Exact<{
  input: AssignRightsLawyerInput;
}>;


export type StaffAssignRightsLawyerMutation = { assignRightsLawyer:
    | { __typename: 'AssignRightsLawyerSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'LegalAidNotEligible', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RightsCaseTaken', code: string, message: string }
    | { __typename: 'RightsNotCaseOfficer', code: string, message: string }
    | { __typename: 'RightsRoleNotHeld', code: string, message: string }
   };

export type StaffLitigateRightsCaseMutationVariables = Exact<{
  input: RightsCaseStepInput;
}>;


export type StaffLitigateRightsCaseMutation = { startRightsLitigation:
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RightsCaseTaken', code: string, message: string }
    | { __typename: 'RightsNotCaseOfficer', code: string, message: string }
    | { __typename: 'StartRightsLitigationSuccess' }
   };

export type StaffCloseRightsCaseMutationVariables = Exact<{
  input: CloseRightsCaseInput;
}>;


export type StaffCloseRightsCaseMutation = { closeRightsCase:
    | { __typename: 'CloseRightsCaseSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RightsCaseTaken', code: string, message: string }
    | { __typename: 'RightsNotCaseOfficer', code: string, message: string }
   };

export type StaffNoteRightsCaseMutationVariables = Exact<{
  input: AddRightsCaseNoteInput;
}>;


export type StaffNoteRightsCaseMutation = { addRightsCaseNote:
    | { __typename: 'AddRightsCaseNoteSuccess' }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RightsCaseTaken', code: string, message: string }
    | { __typename: 'RightsNotCaseOfficer', code: string, message: string }
   };

export type RightsCaseCardFragment = { id: string, reference: string, type: RightsCaseType, typeLabel: string, confidential: boolean, claimantName: string, employerName: string, description: string, openedAtPlace: string | null, status: RightsCaseStatus, statusLabel: string, route: RightsCaseRoute | null, legalAidEligible: boolean | null, eligibilityReason: string | null, caseOfficerName: string | null, lawyerName: string | null, outcome: RightsCaseOutcome | null, openedAt: string, amountInDispute: { amount: number } | null, recovered: { amount: number } | null, union: { name: string }, viewerCan: { triage: boolean, startMediation: boolean, assignLawyer: boolean, startLitigation: boolean, close: boolean, withdraw: boolean, addNote: boolean }, events: { nodes: Array<{ kind: string, toStateLabel: string | null, note: string | null, actorName: string | null, createdAt: string }> } };

export type RightsPageQueryVariables = Exact<{ [key: string]: never; }>;


export type RightsPageQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, myRightsCases: { nodes: Array<{ id: string, reference: string, type: RightsCaseType, typeLabel: string, confidential: boolean, claimantName: string, employerName: string, description: string, openedAtPlace: string | null, status: RightsCaseStatus, statusLabel: string, route: RightsCaseRoute | null, legalAidEligible: boolean | null, eligibilityReason: string | null, caseOfficerName: string | null, lawyerName: string | null, outcome: RightsCaseOutcome | null, openedAt: string, amountInDispute: { amount: number } | null, recovered: { amount: number } | null, union: { name: string }, viewerCan: { triage: boolean, startMediation: boolean, assignLawyer: boolean, startLitigation: boolean, close: boolean, withdraw: boolean, addNote: boolean }, events: { nodes: Array<{ kind: string, toStateLabel: string | null, note: string | null, actorName: string | null, createdAt: string }> } }> } };

export type OpenRightsCaseMutationVariables = Exact<{
  input: OpenRightsCaseInput;
}>;


export type OpenRightsCaseMutation = { openRightsCase:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'OpenRightsCaseSuccess', case: { id: string } }
   };

export type WithdrawRightsCaseMutationVariables = Exact<{
  input: RightsCaseStepInput;
}>;


export type WithdrawRightsCaseMutation = { withdrawRightsCase:
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'RightsCaseTaken', code: string, message: string }
    | { __typename: 'RightsNotCaseOfficer', code: string, message: string }
    | { __typename: 'WithdrawRightsCaseSuccess' }
   };

export type RequestSmsCodeMutationVariables = Exact<{
  input: RequestSmsCodeInput;
}>;


export type RequestSmsCodeMutation = { requestSmsCode:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'PhoneTaken', code: string, message: string }
    | { __typename: 'RequestSmsCodeSuccess', sent: { expiresAt: string, resendAfterSeconds: number } }
    | { __typename: 'SmsCooldown', retryAfterSeconds: number, code: string, message: string }
    | { __typename: 'SmsNotConfigured', code: string, message: string }
    | { __typename: 'SmsSendFailed', code: string, message: string }
    | { __typename: 'TooManyAttempts', code: string, message: string }
   };

export type LoginWithSmsCodeMutationVariables = Exact<{
  input: LoginWithSmsCodeInput;
}>;


export type LoginWithSmsCodeMutation = { loginWithSmsCode:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidSmsCode', code: string, message: string }
    | { __typename: 'LoginWithSmsCodeSuccess', session: { token: string } }
    | { __typename: 'TooManyAttempts', code: string, message: string }
   };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidSmsCode', code: string, message: string }
    | { __typename: 'ResetPasswordSuccess', reset: { revokedSessions: number, session: { token: string } } }
    | { __typename: 'TooManyAttempts', code: string, message: string }
   };

export type StaffCompetitionsQueryVariables = Exact<{
  organizer?: string | null | undefined;
}>;


export type StaffCompetitionsQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, competitions: { nodes: Array<{ id: string, title: string, trade: string, level: CompetitionLevel, startsOn: string, endsOn: string, registrationOpensOn: string, registrationClosesOn: string, registrationOpen: boolean, isOnline: boolean, venue: string | null, events: { nodes: Array<{ id: string, name: string, kind: CompetitionEventKind, capacity: number, seatsTaken: number, waitingCount: number, resultsPublishedAt: string | null }> }, organizer: { id: string, name: string } }> } };

export type StaffEventQueryVariables = Exact<{
  id: string;
  status?: CompetitionEntryStatus | null | undefined;
}>;


export type StaffEventQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, competitionEvent: { id: string, name: string, kind: CompetitionEventKind, capacity: number, seatsTaken: number, waitingCount: number, resultsPublishedAt: string | null, viewerCan: { checkIn: boolean, changeCapacity: boolean, publishResults: boolean }, competition: { id: string, title: string, startsOn: string }, waitingList: { totalCount: number, nodes: Array<{ id: string, registrantName: string, teamName: string | null, arrivalSeq: number, waitlistPosition: number | null, viewerCan: { move: boolean } }> } | null, entries: { totalCount: number, nodes: Array<{ id: string, status: CompetitionEntryStatus, registrantName: string, teamName: string | null, arrivalSeq: number, checkInCode: string | null, checkedInAt: string | null, score: string | null, durationSeconds: number | null, provisionalRank: number | null, rank: number | null, waitlistPosition: number | null, prize: { name: string } | null, viewerCan: { withdraw: boolean, recordScore: boolean } }> } | null } | null };

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
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type RecordScoreMutationVariables = Exact<{
  input: RecordCompetitionScoreInput;
}>;


export type RecordScoreMutation = { recordCompetitionScore:
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
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
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'WithdrawCompetitionEntrySuccess', entry: { id: string, status: CompetitionEntryStatus } }
   | null };

export type MoveWaitlistEntryMutationVariables = Exact<{
  input: MoveCompetitionWaitlistEntryInput;
}>;


export type MoveWaitlistEntryMutation = { moveCompetitionWaitlistEntry:
    | { __typename: 'EntryNotActive', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, message: string, code: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'MoveCompetitionWaitlistEntrySuccess', entry: { id: string, waitlistPosition: number | null } }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'NotOnWaitingList', code: string, message: string }
   | null };

export type StaffStationsViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffStationsViewerQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null };

export type StaffStationReportFragment = { id: string, kind: StationReportKind, amenity: StationAmenity | null, note: string, statusLabel: string, resolution: string | null, reporterName: string, createdAt: string, station: { id: string, name: string }, viewerCan: { take: boolean, resolve: boolean, dismiss: boolean } };

export type StaffStationsQueryVariables = Exact<{
  union: string;
}>;


export type StaffStationsQuery = { unionStations: { totalCount: number, nodes: Array<{ id: string, name: string, kind: StationKind, address: string, statusLabel: string, inspectionFailed: boolean, lastInspectedOn: string | null, viewerCan: { inspect: boolean } }> }, stationReports: { totalCount: number, nodes: Array<{ id: string, kind: StationReportKind, amenity: StationAmenity | null, note: string, statusLabel: string, resolution: string | null, reporterName: string, createdAt: string, station: { id: string, name: string }, viewerCan: { take: boolean, resolve: boolean, dismiss: boolean } }> } };

export type StaffInspectStationMutationVariables = Exact<{
  input: InspectStationInput;
}>;


export type StaffInspectStationMutation = { inspectStation:
    | { __typename: 'FileAlreadyAttached', code: string, message: string }
    | { __typename: 'FilePurposeMismatch', code: string, message: string }
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InspectStationSuccess', inspection: { id: string, result: StationInspectionResult, missing: Array<StationAmenity>, station: { id: string, inspectionFailed: boolean } } }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
   | null };

export type StaffTakeStationReportMutationVariables = Exact<{
  input: StationReportActionInput;
}>;


export type StaffTakeStationReportMutation = { takeStationReport:
    | { __typename: 'InputValidationError', code: string, message: string }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'TakeStationReportSuccess', report: { id: string, kind: StationReportKind, amenity: StationAmenity | null, note: string, statusLabel: string, resolution: string | null, reporterName: string, createdAt: string, station: { id: string, name: string }, viewerCan: { take: boolean, resolve: boolean, dismiss: boolean } } }
   | null };

export type StaffResolveStationReportMutationVariables = Exact<{
  input: StationReportResolutionInput;
}>;


export type StaffResolveStationReportMutation = { resolveStationReport:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'InvalidTransition', code: string, message: string }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ResolveStationReportSuccess', report: { id: string, kind: StationReportKind, amenity: StationAmenity | null, note: string, statusLabel: string, resolution: string | null, reporterName: string, createdAt: string, station: { id: string, name: string }, viewerCan: { take: boolean, resolve: boolean, dismiss: boolean } } }
   | null };

export type StationCardFragment = { id: string, kind: StationKind, name: string, address: string, latitude: number, longitude: number, amenities: Array<StationAmenity>, openNow: boolean, inspectionFailed: boolean, statusLabel: string, navigation: { amap: string, baidu: string, tencent: string, apple: string, google: string } };

export type StationsNearQueryVariables = Exact<{
  near: GeoPointInput;
  filter?: StationSearchFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type StationsNearQuery = { stationMapTiles: string | null, stationsNear: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ distanceMetres: number, walkMinutes: number, node: { id: string, kind: StationKind, name: string, address: string, latitude: number, longitude: number, amenities: Array<StationAmenity>, openNow: boolean, inspectionFailed: boolean, statusLabel: string, navigation: { amap: string, baidu: string, tencent: string, apple: string, google: string } } }> } };

export type StationDetailQueryVariables = Exact<{
  id: string;
}>;


export type StationDetailQuery = { me: { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> } | null, node:
    | { __typename: 'ApiClient' }
    | { __typename: 'ApiKey' }
    | { __typename: 'ClassCourse' }
    | { __typename: 'ClassEnrolment' }
    | { __typename: 'ClassIncident' }
    | { __typename: 'ClassSession' }
    | { __typename: 'Competition' }
    | { __typename: 'CompetitionEntry' }
    | { __typename: 'CompetitionEvent' }
    | { __typename: 'CongressDelegate' }
    | { __typename: 'CongressDocument' }
    | { __typename: 'CongressGroupSummary' }
    | { __typename: 'CongressMotion' }
    | { __typename: 'CongressOpinion' }
    | { __typename: 'CongressParagraph' }
    | { __typename: 'CongressResolution' }
    | { __typename: 'CongressSession' }
    | { __typename: 'Employer' }
    | { __typename: 'GrantApplication' }
    | { __typename: 'GrantCall' }
    | { __typename: 'GrantCriterion' }
    | { __typename: 'GrantReport' }
    | { __typename: 'GrantReview' }
    | { __typename: 'GrantTier' }
    | { __typename: 'GrantTranche' }
    | { __typename: 'HardshipAidApplication' }
    | { __typename: 'HardshipAidScheme' }
    | { __typename: 'HardshipFile' }
    | { __typename: 'HardshipLoan' }
    | { __typename: 'HardshipPairing' }
    | { __typename: 'HardshipVisit' }
    | { __typename: 'JobApplication' }
    | { __typename: 'JobFair' }
    | { __typename: 'JobPosting' }
    | { __typename: 'Member' }
    | { __typename: 'Merchant' }
    | { __typename: 'MerchantStore' }
    | { __typename: 'Message' }
    | { __typename: 'MutualAidClaim' }
    | { __typename: 'MutualAidCover' }
    | { __typename: 'MutualAidEnrolment' }
    | { __typename: 'MutualAidScheme' }
    | { __typename: 'Offer' }
    | { __typename: 'OfferClaim' }
    | { __typename: 'RightsCase' }
    | { __typename: 'RightsOutreachEvent' }
    | { __typename: 'Station', unionName: string, contactPhone: string, stepFree: boolean, accessibleToilet: boolean, accessibilityNote: string, closedReason: string | null, lastInspectionResult: StationInspectionResult | null, lastInspectedOn: string | null, id: string, kind: StationKind, name: string, address: string, latitude: number, longitude: number, amenities: Array<StationAmenity>, openNow: boolean, inspectionFailed: boolean, statusLabel: string, hours: Array<{ weekday: number, weekdayLabel: string, opens: string, closes: string }>, upcomingExceptions: Array<{ on: string, closed: boolean, opens: string | null, closes: string | null, note: string }>, dutyLawyers: Array<{ weekday: number, weekdayLabel: string, name: string, phone: string }>, lawyerOnDutyToday: { name: string, phone: string } | null, viewerCan: { report: boolean, inspect: boolean }, navigation: { amap: string, baidu: string, tencent: string, apple: string, google: string } }
    | { __typename: 'StationInspection' }
    | { __typename: 'StationReport' }
    | { __typename: 'StoredFile' }
    | { __typename: 'Union' }
    | { __typename: 'User' }
    | { __typename: 'VoucherPurchase' }
    | { __typename: 'WebhookDelivery' }
    | { __typename: 'WebhookSubscription' }
   | null };

export type ReportStationProblemMutationVariables = Exact<{
  input: ReportStationProblemInput;
}>;


export type ReportStationProblemMutation = { reportStationProblem:
    | { __typename: 'InputValidationError', code: string, message: string, fieldErrors: Array<{ field: Array<string>, code: string, message: string }> }
    | { __typename: 'NotFound', code: string, message: string }
    | { __typename: 'ReportStationProblemSuccess', report: { id: string, statusLabel: string } }
    | { __typename: 'StationReportExists', code: string, message: string }
   | null };

export type ViewerFragment = { id: string, displayName: string, phone: string, unreadMessageCount: number, pendingConsents: Array<{ document: ConsentDocument, title: string, version: string }>, member: { id: string, realName: string, cardNumber: string, birthDate: string | null, isHardship: boolean, isModelWorker: boolean, craftsmanTitle: CraftsmanTitle | null, union: { id: string, name: string, code: string } } | null, roles: Array<{ role: RoleName, organizationId: string | null, union: { id: string, name: string, code: string } | null }> };

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
  viewerCan {
    cancel
    acceptOffer
    invite
    leaveTeam
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
export const ClassCourseCardFragmentDoc = new TypedDocumentString(`
    fragment ClassCourseCard on ClassCourse {
  id
  kind
  title
  description
  venue
  startsOn
  endsOn
  capacity
  seatsTaken
  waitingCount
  enrolmentOpensAt
  enrolmentClosesAt
  priorityUntil
  minAge
  maxAge
  fee {
    amount
  }
  union {
    name
  }
  viewerCan {
    enrol
  }
}
    `, {"fragmentName":"ClassCourseCard"}) as unknown as TypedDocumentString<ClassCourseCardFragment, unknown>;
export const ClassEnrolmentCardFragmentDoc = new TypedDocumentString(`
    fragment ClassEnrolmentCard on ClassEnrolment {
  id
  status
  statusLabel
  learnerName
  waitlistPosition
  offerExpiresAt
  hardshipWaiver
  fee {
    amount
  }
  course {
    id
    title
    venue
    startsOn
  }
  viewerCan {
    cancel
    acceptOffer
  }
}
    `, {"fragmentName":"ClassEnrolmentCard"}) as unknown as TypedDocumentString<ClassEnrolmentCardFragment, unknown>;
export const CongressDocumentCardFragmentDoc = new TypedDocumentString(`
    fragment CongressDocumentCard on CongressDocument {
  id
  title
  body
  file {
    fileName
    downloadUrl
  }
  viewerCan {
    giveOpinion
    summarise
  }
  paragraphs {
    id
    number
    body
    opinions {
      id
      body
      groupName
      authorName
      viewerIsAuthor
      viewerCan {
        edit
        withdraw
      }
    }
  }
  groupSummaries {
    id
    groupName
    body
    leaderName
    submittedAt
    answer
    answeredAt
    viewerCan {
      answer
    }
  }
}
    `, {"fragmentName":"CongressDocumentCard"}) as unknown as TypedDocumentString<CongressDocumentCardFragment, unknown>;
export const CongressResolutionCardFragmentDoc = new TypedDocumentString(`
    fragment CongressResolutionCard on CongressResolution {
  id
  title
  body
  status
  statusLabel
  votingOpen
  votingEndsAt
  turnout
  delegateCount
  presentCount
  passNeeded
  forCount
  againstCount
  abstainCount
  quorumMet
  viewerHasVoted
  viewerCan {
    openVote
    vote
    changeBallot
    closeVote
  }
}
    `, {"fragmentName":"CongressResolutionCard"}) as unknown as TypedDocumentString<CongressResolutionCardFragment, unknown>;
export const CongressMotionCardFragmentDoc = new TypedDocumentString(`
    fragment CongressMotionCard on CongressMotion {
  id
  title
  body
  status
  statusLabel
  proposerName
  proposerGroup
  cosignerCount
  minCosigners
  cosignerNames
  decisionReason
  answerDueAt
  answer
  answeredAt
  answeredLate
  rating
  viewerCosigned
  viewerCan {
    cosign
    accept
    merge
    refuse
    answer
    rate
  }
}
    `, {"fragmentName":"CongressMotionCard"}) as unknown as TypedDocumentString<CongressMotionCardFragment, unknown>;
export const CongressSessionViewFragmentDoc = new TypedDocumentString(`
    fragment CongressSessionView on CongressSession {
  id
  title
  description
  stage
  stageLabel
  nextStage
  delegateCount
  quorumNeeded
  passNeeded
  rules
  publishedAt
  minCosigners
  viewerSignedIn
  union {
    name
    code
  }
  agenda {
    stage
    stageLabel
    startsAt
    endsAt
    enteredAt
    attendance
  }
  documents {
    ...CongressDocumentCard
  }
  viewerDelegate {
    groupName
    isPresidium
    isGroupLeader
  }
  viewerCan {
    advance
    manageRoll
    manageAgenda
    signIn
    submitMotion
  }
  resolutions {
    ...CongressResolutionCard
  }
  motions(first: 100) {
    nodes {
      ...CongressMotionCard
    }
  }
}
    fragment CongressResolutionCard on CongressResolution {
  id
  title
  body
  status
  statusLabel
  votingOpen
  votingEndsAt
  turnout
  delegateCount
  presentCount
  passNeeded
  forCount
  againstCount
  abstainCount
  quorumMet
  viewerHasVoted
  viewerCan {
    openVote
    vote
    changeBallot
    closeVote
  }
}
fragment CongressMotionCard on CongressMotion {
  id
  title
  body
  status
  statusLabel
  proposerName
  proposerGroup
  cosignerCount
  minCosigners
  cosignerNames
  decisionReason
  answerDueAt
  answer
  answeredAt
  answeredLate
  rating
  viewerCosigned
  viewerCan {
    cosign
    accept
    merge
    refuse
    answer
    rate
  }
}
fragment CongressDocumentCard on CongressDocument {
  id
  title
  body
  file {
    fileName
    downloadUrl
  }
  viewerCan {
    giveOpinion
    summarise
  }
  paragraphs {
    id
    number
    body
    opinions {
      id
      body
      groupName
      authorName
      viewerIsAuthor
      viewerCan {
        edit
        withdraw
      }
    }
  }
  groupSummaries {
    id
    groupName
    body
    leaderName
    submittedAt
    answer
    answeredAt
    viewerCan {
      answer
    }
  }
}`, {"fragmentName":"CongressSessionView"}) as unknown as TypedDocumentString<CongressSessionViewFragment, unknown>;
export const FairCardFragmentDoc = new TypedDocumentString(`
    fragment FairCard on JobFair {
  id
  title
  date
  isOnline
  venue
  capacity
  registeredCount
  isOver
  viewerRegistered
  organizer {
    id
    name
  }
}
    `, {"fragmentName":"FairCard"}) as unknown as TypedDocumentString<FairCardFragment, unknown>;
export const FiguresNumbersFragmentDoc = new TypedDocumentString(`
    fragment FiguresNumbers on UnionProgrammeFigures {
  discounts {
    merchants
    offers
    claims
    redemptions
    savingsFen {
      amount
    }
  }
  jobs {
    employers
    postings
    applications
    hires
    fairs
    fairRegistrations
  }
  competitions {
    competitions
    entries
    seatsFilled
    certificates
  }
  grants {
    applications
    approved
    approvedFen {
      amount
    }
    paidFen {
      amount
    }
    budgetFen {
      amount
    }
    budgetUsedFen {
      amount
    }
  }
  hardship {
    filesOpened
    aidPaid
    aidPaidFen {
      amount
    }
    visits
  }
  mutualAid {
    claims
    paid
    paidFen {
      amount
    }
  }
  rights {
    casesOpened
    casesClosed
    recoveredFen {
      amount
    }
  }
  congress {
    sessions
    published
  }
}
    `, {"fragmentName":"FiguresNumbers"}) as unknown as TypedDocumentString<FiguresNumbersFragment, unknown>;
export const StaffTrancheFragmentDoc = new TypedDocumentString(`
    fragment StaffTranche on GrantTranche {
  id
  status
  failureReason
}
    `, {"fragmentName":"StaffTranche"}) as unknown as TypedDocumentString<StaffTrancheFragment, unknown>;
export const MyGrantApplicationFragmentDoc = new TypedDocumentString(`
    fragment MyGrantApplication on GrantApplication {
  id
  status
  viewerCan {
    submit
    resubmit
    withdraw
  }
  studioName
  enterprise
  trade
  submittedAt
  decidedAt
  decisionRationale
  infoRequest
  missingDocuments
  requestedAmount {
    amount
  }
  approvedAmount {
    amount
  }
  tier {
    name
  }
  budgetLines {
    item
    amount {
      amount
    }
  }
  call {
    id
    title
  }
  tranches {
    id
    position
    label
    status
    paidAt
    failureReason
    viewerCan {
      request
    }
    amount {
      amount
    }
    report {
      id
      title
      status
    }
  }
  reports {
    id
    title
    dueOn
    status
    submittedAt
    reviewNote
  }
}
    `, {"fragmentName":"MyGrantApplication"}) as unknown as TypedDocumentString<MyGrantApplicationFragment, unknown>;
export const GrantReportPartsFragmentDoc = new TypedDocumentString(`
    fragment GrantReportParts on GrantReport {
  id
  title
  dueOn
  status
  viewerCan {
    submit
  }
  content
  submittedAt
  reviewNote
  reviewedAt
  application {
    id
    studioName
    call {
      title
    }
  }
}
    `, {"fragmentName":"GrantReportParts"}) as unknown as TypedDocumentString<GrantReportPartsFragment, unknown>;
export const HardshipDocumentItemFragmentDoc = new TypedDocumentString(`
    fragment HardshipDocumentItem on HardshipDocument {
  kind
  kindLabel
  reference
  file {
    id
    fileName
    downloadUrl
  }
}
    `, {"fragmentName":"HardshipDocumentItem"}) as unknown as TypedDocumentString<HardshipDocumentItemFragment, unknown>;
export const StaffHardshipFileFragmentDoc = new TypedDocumentString(`
    fragment StaffHardshipFile on HardshipFile {
  id
  status
  statusLabel
  memberName
  cause
  recheckDueOn
  recheckOverdue
  monthlyIncomePerHead {
    amount
  }
  localMinimum {
    amount
  }
  union {
    name
  }
  viewerCan {
    verify
    confirm
    sendBack
    refuse
    recheck
  }
  documents {
    ...HardshipDocumentItem
  }
}
    fragment HardshipDocumentItem on HardshipDocument {
  kind
  kindLabel
  reference
  file {
    id
    fileName
    downloadUrl
  }
}`, {"fragmentName":"StaffHardshipFile"}) as unknown as TypedDocumentString<StaffHardshipFileFragment, unknown>;
export const StaffHardshipAidFragmentDoc = new TypedDocumentString(`
    fragment StaffHardshipAid on HardshipAidApplication {
  id
  status
  statusLabel
  memberName
  channel
  note
  requested {
    amount
  }
  prepared {
    amount
  }
  scheme {
    name
  }
  viewerCan {
    verify
    approve
    pay
    refuse
  }
}
    `, {"fragmentName":"StaffHardshipAid"}) as unknown as TypedDocumentString<StaffHardshipAidFragment, unknown>;
export const HardshipFigureRowFragmentDoc = new TypedDocumentString(`
    fragment HardshipFigureRow on HardshipFigures {
  unionName
  unionCode
  filed
  underReview
  confirmed
  exited
  visits
  loansRunning
  aidPaidTotal {
    amount
  }
  loansOutstanding {
    amount
  }
}
    `, {"fragmentName":"HardshipFigureRow"}) as unknown as TypedDocumentString<HardshipFigureRowFragment, unknown>;
export const HardshipFileCardFragmentDoc = new TypedDocumentString(`
    fragment HardshipFileCard on HardshipFile {
  id
  status
  statusLabel
  cause
  causeNote
  returnReason
  refusalReason
  exitReason
  confirmedOn
  recheckDueOn
  recheckOverdue
  isOpen
  receivesAid
  monthlyIncomePerHead {
    amount
  }
  localMinimum {
    amount
  }
  householdMembers {
    name
    relation
    age
  }
  viewerCan {
    resubmit
    reenter
  }
  documents {
    ...HardshipDocumentItem
  }
}
    fragment HardshipDocumentItem on HardshipDocument {
  kind
  kindLabel
  reference
  file {
    id
    fileName
    downloadUrl
  }
}`, {"fragmentName":"HardshipFileCard"}) as unknown as TypedDocumentString<HardshipFileCardFragment, unknown>;
export const JobCardFragmentDoc = new TypedDocumentString(`
    fragment JobCard on JobPosting {
  id
  title
  category
  employmentType
  isPublicBenefit
  suitableForHardship
  isRemote
  openings
  datePosted
  address
  salary {
    min {
      amount
    }
    max {
      amount
    }
  }
  employer {
    id
    name
  }
  region {
    id
    name
  }
}
    `, {"fragmentName":"JobCard"}) as unknown as TypedDocumentString<JobCardFragment, unknown>;
export const StaffMutualAidClaimFragmentDoc = new TypedDocumentString(`
    fragment StaffMutualAidClaim on MutualAidClaim {
  id
  status
  statusLabel
  memberName
  hospital
  admittedOn
  dischargedOn
  totalCost {
    amount
  }
  socialInsurancePaid {
    amount
  }
  selfPaid {
    amount
  }
  valuated {
    amount
  }
  explanation {
    label
    amount {
      amount
    }
  }
  rejectionNumber
  rejectionMessage
  returnNote
  documents {
    file {
      id
      fileName
      downloadUrl
    }
  }
  viewerCan {
    check
    sendBack
    valuate
    approve
    pay
    reject
  }
}
    `, {"fragmentName":"StaffMutualAidClaim"}) as unknown as TypedDocumentString<StaffMutualAidClaimFragment, unknown>;
export const StaffMutualAidEnrolmentFragmentDoc = new TypedDocumentString(`
    fragment StaffMutualAidEnrolment on MutualAidEnrolment {
  id
  status
  statusLabel
  startsOn
  rowCount
  memberCount
  premiumDue {
    amount
  }
  paymentReference
  paidOn
  union {
    name
  }
  scheme {
    name
  }
  viewerCan {
    addRows
    submit
    recordPremium
  }
}
    `, {"fragmentName":"StaffMutualAidEnrolment"}) as unknown as TypedDocumentString<StaffMutualAidEnrolmentFragment, unknown>;
export const MutualAidFigureRowFragmentDoc = new TypedDocumentString(`
    fragment MutualAidFigureRow on MutualAidFigures {
  unionName
  unionCode
  unitsEnrolled
  membersEnrolled
  membersCovered
  premiumsDue {
    amount
  }
  premiumsPaid {
    amount
  }
  claimsByStatus {
    key
    count
  }
  rejectionsByReason {
    key
    count
  }
  payouts
  payoutsTotal {
    amount
  }
}
    `, {"fragmentName":"MutualAidFigureRow"}) as unknown as TypedDocumentString<MutualAidFigureRowFragment, unknown>;
export const MutualAidClaimCardFragmentDoc = new TypedDocumentString(`
    fragment MutualAidClaimCard on MutualAidClaim {
  id
  status
  statusLabel
  hospital
  admittedOn
  dischargedOn
  selfPaid {
    amount
  }
  valuated {
    amount
  }
  explanation {
    label
    amount {
      amount
    }
  }
  rejectionNumber
  rejectionMessage
  returnNote
  viewerCan {
    resubmit
  }
}
    `, {"fragmentName":"MutualAidClaimCard"}) as unknown as TypedDocumentString<MutualAidClaimCardFragment, unknown>;
export const OfferButtonsFragmentDoc = new TypedDocumentString(`
    fragment OfferButtons on OfferViewerCan {
  edit
  submit
  pause
  resume
}
    `, {"fragmentName":"OfferButtons"}) as unknown as TypedDocumentString<OfferButtonsFragment, unknown>;
export const OfferFormMerchantFragmentDoc = new TypedDocumentString(`
    fragment OfferFormMerchant on Merchant {
  id
  name
  status
  viewerCan {
    createOffer
  }
  stores {
    id
    name
    address
  }
}
    `, {"fragmentName":"OfferFormMerchant"}) as unknown as TypedDocumentString<OfferFormMerchantFragment, unknown>;
export const OfferFormOfferFragmentDoc = new TypedDocumentString(`
    fragment OfferFormOffer on Offer {
  id
  status
  viewerCan {
    ...OfferButtons
  }
  title
  description
  terms
  category
  kind
  percentPaid
  minSpend {
    amount
  }
  reduction {
    amount
  }
  regularPrice {
    amount
  }
  memberPrice {
    amount
  }
  validFrom
  validUntil
  stockTotal
  remainingStock
  claimCount
  perMemberLimit
  perMemberDailyLimit
  codeValidHours
  audience
  audienceUnion {
    id
    name
  }
  reviewNote
  stores {
    store {
      id
    }
  }
  merchant {
    ...OfferFormMerchant
  }
}
    fragment OfferButtons on OfferViewerCan {
  edit
  submit
  pause
  resume
}
fragment OfferFormMerchant on Merchant {
  id
  name
  status
  viewerCan {
    createOffer
  }
  stores {
    id
    name
    address
  }
}`, {"fragmentName":"OfferFormOffer"}) as unknown as TypedDocumentString<OfferFormOfferFragment, unknown>;
export const OfferCardFragmentDoc = new TypedDocumentString(`
    fragment OfferCard on Offer {
  id
  title
  kind
  category
  audience
  percentPaid
  reduction {
    amount
  }
  minSpend {
    amount
  }
  memberPrice {
    amount
  }
  regularPrice {
    amount
  }
  remainingStock
  claimCount
  validUntil
  merchant {
    id
    name
  }
}
    `, {"fragmentName":"OfferCard"}) as unknown as TypedDocumentString<OfferCardFragment, unknown>;
export const WalletClaimFragmentDoc = new TypedDocumentString(`
    fragment WalletClaim on OfferClaim {
  id
  code
  qrPayload
  status
  claimedAt
  expiresAt
  redeemedAt
  cancelledAt
  redeemedStore {
    name
  }
  viewerCan {
    cancel
    refund
  }
  offer {
    id
    title
    kind
    percentPaid
    reduction {
      amount
    }
    minSpend {
      amount
    }
    memberPrice {
      amount
    }
    regularPrice {
      amount
    }
    merchant {
      name
    }
  }
}
    `, {"fragmentName":"WalletClaim"}) as unknown as TypedDocumentString<WalletClaimFragment, unknown>;
export const VoucherPurchasePartsFragmentDoc = new TypedDocumentString(`
    fragment VoucherPurchaseParts on VoucherPurchase {
  id
  status
  viewerCan {
    pay
    cancel
  }
  checkoutUrl
  reservedUntil
  paidAt
  refundedAt
  amount {
    amount
  }
  faceValue {
    amount
  }
  offer {
    id
    title
  }
  voucher {
    ...WalletClaim
  }
}
    fragment WalletClaim on OfferClaim {
  id
  code
  qrPayload
  status
  claimedAt
  expiresAt
  redeemedAt
  cancelledAt
  redeemedStore {
    name
  }
  viewerCan {
    cancel
    refund
  }
  offer {
    id
    title
    kind
    percentPaid
    reduction {
      amount
    }
    minSpend {
      amount
    }
    memberPrice {
      amount
    }
    regularPrice {
      amount
    }
    merchant {
      name
    }
  }
}`, {"fragmentName":"VoucherPurchaseParts"}) as unknown as TypedDocumentString<VoucherPurchasePartsFragment, unknown>;
export const PostingFormEmployerFragmentDoc = new TypedDocumentString(`
    fragment PostingFormEmployer on Employer {
  id
  name
  status
  region {
    id
    level
    parent {
      id
    }
  }
}
    `, {"fragmentName":"PostingFormEmployer"}) as unknown as TypedDocumentString<PostingFormEmployerFragment, unknown>;
export const PostingFormPostingFragmentDoc = new TypedDocumentString(`
    fragment PostingFormPosting on JobPosting {
  id
  status
  viewerCan {
    edit
    submit
  }
  title
  description
  employmentType
  category
  openings
  validThrough
  address
  isRemote
  isPublicBenefit
  suitableForHardship
  benefits
  reviewNote
  salary {
    min {
      amount
    }
    max {
      amount
    }
  }
  requirements {
    education
    experienceYears
    skills
  }
  region {
    id
    name
    level
    parent {
      id
      name
    }
  }
  employer {
    ...PostingFormEmployer
  }
}
    fragment PostingFormEmployer on Employer {
  id
  name
  status
  region {
    id
    level
    parent {
      id
    }
  }
}`, {"fragmentName":"PostingFormPosting"}) as unknown as TypedDocumentString<PostingFormPostingFragment, unknown>;
export const RightsStepResultFragmentDoc = new TypedDocumentString(`
    fragment RightsStepResult on Error {
  code
  message
}
    `, {"fragmentName":"RightsStepResult"}) as unknown as TypedDocumentString<RightsStepResultFragment, unknown>;
export const RightsCaseCardFragmentDoc = new TypedDocumentString(`
    fragment RightsCaseCard on RightsCase {
  id
  reference
  type
  typeLabel
  confidential
  claimantName
  employerName
  description
  openedAtPlace
  status
  statusLabel
  route
  legalAidEligible
  eligibilityReason
  caseOfficerName
  lawyerName
  outcome
  openedAt
  amountInDispute {
    amount
  }
  recovered {
    amount
  }
  union {
    name
  }
  viewerCan {
    triage
    startMediation
    assignLawyer
    startLitigation
    close
    withdraw
    addNote
  }
  events(first: 30) {
    nodes {
      kind
      toStateLabel
      note
      actorName
      createdAt
    }
  }
}
    `, {"fragmentName":"RightsCaseCard"}) as unknown as TypedDocumentString<RightsCaseCardFragment, unknown>;
export const StaffStationReportFragmentDoc = new TypedDocumentString(`
    fragment StaffStationReport on StationReport {
  id
  kind
  amenity
  note
  statusLabel
  resolution
  reporterName
  createdAt
  station {
    id
    name
  }
  viewerCan {
    take
    resolve
    dismiss
  }
}
    `, {"fragmentName":"StaffStationReport"}) as unknown as TypedDocumentString<StaffStationReportFragment, unknown>;
export const StationCardFragmentDoc = new TypedDocumentString(`
    fragment StationCard on Station {
  id
  kind
  name
  address
  latitude
  longitude
  amenities
  openNow
  inspectionFailed
  statusLabel
  navigation {
    amap
    baidu
    tencent
    apple
    google
  }
}
    `, {"fragmentName":"StationCard"}) as unknown as TypedDocumentString<StationCardFragment, unknown>;
export const ViewerFragmentDoc = new TypedDocumentString(`
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
  viewerCan {
    cancel
    acceptOffer
    invite
    leaveTeam
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
  viewerCan {
    cancel
    acceptOffer
    invite
    leaveTeam
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
    mutation SignUp($input: SignUpWithSmsCodeInput!) {
  signUpWithSmsCode(input: $input) {
    __typename
    ... on SignUpWithSmsCodeSuccess {
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
  legalDocuments {
    document
    title
    version
  }
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
export const StaffClassesViewerDocument = new TypedDocumentString(`
    query StaffClassesViewer {
  me {
    ...Viewer
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffClassesViewerQuery, StaffClassesViewerQueryVariables>;
export const StaffClassesPageDocument = new TypedDocumentString(`
    query StaffClassesPage($union: ID!) {
  me {
    ...Viewer
  }
  classFigures(union: $union) {
    courses
    summerClasses
    seats
    seated
    waiting
    coursesFilled
    medianFillMinutes
    attendanceBasisPoints
    openIncidents
    subsidyClaims
    subsidyTotal {
      amount
    }
  }
  classCourses(first: 50, union: $union) {
    nodes {
      id
      kind
      title
      venue
      startsOn
      capacity
      seatsTaken
      waitingCount
      status
      statusLabel
      minTeachers
      minVolunteers
      attendanceBasisPoints
      subsidy {
        amount
      }
      staff {
        role
        name
        phone
      }
      incidents {
        id
        description
        occurredAt
        open
        resolution
      }
      subsidyClaim {
        amount {
          amount
        }
        attendanceBasisPoints
      }
      viewerCan {
        start
        claimSubsidy
      }
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffClassesPageQuery, StaffClassesPageQueryVariables>;
export const StaffCreateClassCourseDocument = new TypedDocumentString(`
    mutation StaffCreateClassCourse($input: CreateClassCourseInput!) {
  createClassCourse(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCreateClassCourseMutation, StaffCreateClassCourseMutationVariables>;
export const StaffAssignClassStaffDocument = new TypedDocumentString(`
    mutation StaffAssignClassStaff($input: AssignClassStaffInput!) {
  assignClassStaff(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffAssignClassStaffMutation, StaffAssignClassStaffMutationVariables>;
export const StaffStartClassDocument = new TypedDocumentString(`
    mutation StaffStartClass($input: StartClassInput!) {
  startClass(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffStartClassMutation, StaffStartClassMutationVariables>;
export const StaffClaimClassSubsidyDocument = new TypedDocumentString(`
    mutation StaffClaimClassSubsidy($input: ClassCourseActionInput!) {
  claimClassSubsidy(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffClaimClassSubsidyMutation, StaffClaimClassSubsidyMutationVariables>;
export const StaffRecordClassIncidentDocument = new TypedDocumentString(`
    mutation StaffRecordClassIncident($input: RecordClassIncidentInput!) {
  recordClassIncident(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffRecordClassIncidentMutation, StaffRecordClassIncidentMutationVariables>;
export const StaffCloseClassIncidentDocument = new TypedDocumentString(`
    mutation StaffCloseClassIncident($input: CloseClassIncidentInput!) {
  closeClassIncident(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCloseClassIncidentMutation, StaffCloseClassIncidentMutationVariables>;
export const ClassesPageDocument = new TypedDocumentString(`
    query ClassesPage {
  me {
    ...Viewer
  }
  classCourses(first: 50) {
    nodes {
      ...ClassCourseCard
    }
  }
}
    fragment ClassCourseCard on ClassCourse {
  id
  kind
  title
  description
  venue
  startsOn
  endsOn
  capacity
  seatsTaken
  waitingCount
  enrolmentOpensAt
  enrolmentClosesAt
  priorityUntil
  minAge
  maxAge
  fee {
    amount
  }
  union {
    name
  }
  viewerCan {
    enrol
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<ClassesPageQuery, ClassesPageQueryVariables>;
export const MyClassEnrolmentsDocument = new TypedDocumentString(`
    query MyClassEnrolments {
  myClassEnrolments(first: 50) {
    nodes {
      ...ClassEnrolmentCard
    }
  }
}
    fragment ClassEnrolmentCard on ClassEnrolment {
  id
  status
  statusLabel
  learnerName
  waitlistPosition
  offerExpiresAt
  hardshipWaiver
  fee {
    amount
  }
  course {
    id
    title
    venue
    startsOn
  }
  viewerCan {
    cancel
    acceptOffer
  }
}`) as unknown as TypedDocumentString<MyClassEnrolmentsQuery, MyClassEnrolmentsQueryVariables>;
export const EnrolInClassDocument = new TypedDocumentString(`
    mutation EnrolInClass($input: EnrolInClassInput!) {
  enrolInClass(input: $input) {
    __typename
    ... on EnrolInClassSuccess {
      enrolment {
        ...ClassEnrolmentCard
      }
    }
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    fragment ClassEnrolmentCard on ClassEnrolment {
  id
  status
  statusLabel
  learnerName
  waitlistPosition
  offerExpiresAt
  hardshipWaiver
  fee {
    amount
  }
  course {
    id
    title
    venue
    startsOn
  }
  viewerCan {
    cancel
    acceptOffer
  }
}`) as unknown as TypedDocumentString<EnrolInClassMutation, EnrolInClassMutationVariables>;
export const CancelClassEnrolmentDocument = new TypedDocumentString(`
    mutation CancelClassEnrolment($input: ClassEnrolmentActionInput!) {
  cancelClassEnrolment(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CancelClassEnrolmentMutation, CancelClassEnrolmentMutationVariables>;
export const AcceptClassOfferDocument = new TypedDocumentString(`
    mutation AcceptClassOffer($input: ClassEnrolmentActionInput!) {
  acceptClassOffer(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptClassOfferMutation, AcceptClassOfferMutationVariables>;
export const TeachingClassesDocument = new TypedDocumentString(`
    query TeachingClasses {
  me {
    ...Viewer
  }
  myTeachingClasses(first: 20) {
    nodes {
      id
      title
      status
      sessions {
        id
        startsAt
        topic
        rollCalledAt
        roll {
          enrolmentId
          learnerName
          guardianNames
          present
          pickedUpBy
        }
      }
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<TeachingClassesQuery, TeachingClassesQueryVariables>;
export const CallClassRollDocument = new TypedDocumentString(`
    mutation CallClassRoll($input: CallClassRollInput!) {
  callClassRoll(input: $input) {
    __typename
    ... on CallClassRollSuccess {
      session {
        id
        rollCalledAt
      }
    }
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CallClassRollMutation, CallClassRollMutationVariables>;
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
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
          viewerCan {
            register
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
  viewerCan {
    cancel
    acceptOffer
    invite
    leaveTeam
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
  viewerCan {
    cancel
    acceptOffer
    invite
    leaveTeam
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
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
export const StaffCongressSessionsDocument = new TypedDocumentString(`
    query StaffCongressSessions($union: ID!) {
  me {
    ...Viewer
  }
  congressSessions(union: $union, first: 20) {
    nodes {
      id
      title
      stageLabel
      delegateCount
      publishedAt
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffCongressSessionsQuery, StaffCongressSessionsQueryVariables>;
export const StaffCongressSessionDocument = new TypedDocumentString(`
    query StaffCongressSession($id: ID!) {
  node(id: $id) {
    ...CongressSessionView
    ... on CongressSession {
      delegates(first: 100) {
        totalCount
        nodes {
          id
          memberName
          groupName
          isGroupLeader
          isPresidium
          signedInStages
        }
      }
    }
  }
}
    fragment CongressResolutionCard on CongressResolution {
  id
  title
  body
  status
  statusLabel
  votingOpen
  votingEndsAt
  turnout
  delegateCount
  presentCount
  passNeeded
  forCount
  againstCount
  abstainCount
  quorumMet
  viewerHasVoted
  viewerCan {
    openVote
    vote
    changeBallot
    closeVote
  }
}
fragment CongressMotionCard on CongressMotion {
  id
  title
  body
  status
  statusLabel
  proposerName
  proposerGroup
  cosignerCount
  minCosigners
  cosignerNames
  decisionReason
  answerDueAt
  answer
  answeredAt
  answeredLate
  rating
  viewerCosigned
  viewerCan {
    cosign
    accept
    merge
    refuse
    answer
    rate
  }
}
fragment CongressDocumentCard on CongressDocument {
  id
  title
  body
  file {
    fileName
    downloadUrl
  }
  viewerCan {
    giveOpinion
    summarise
  }
  paragraphs {
    id
    number
    body
    opinions {
      id
      body
      groupName
      authorName
      viewerIsAuthor
      viewerCan {
        edit
        withdraw
      }
    }
  }
  groupSummaries {
    id
    groupName
    body
    leaderName
    submittedAt
    answer
    answeredAt
    viewerCan {
      answer
    }
  }
}
fragment CongressSessionView on CongressSession {
  id
  title
  description
  stage
  stageLabel
  nextStage
  delegateCount
  quorumNeeded
  passNeeded
  rules
  publishedAt
  minCosigners
  viewerSignedIn
  union {
    name
    code
  }
  agenda {
    stage
    stageLabel
    startsAt
    endsAt
    enteredAt
    attendance
  }
  documents {
    ...CongressDocumentCard
  }
  viewerDelegate {
    groupName
    isPresidium
    isGroupLeader
  }
  viewerCan {
    advance
    manageRoll
    manageAgenda
    signIn
    submitMotion
  }
  resolutions {
    ...CongressResolutionCard
  }
  motions(first: 100) {
    nodes {
      ...CongressMotionCard
    }
  }
}`) as unknown as TypedDocumentString<StaffCongressSessionQuery, StaffCongressSessionQueryVariables>;
export const StaffCongressCreateDocument = new TypedDocumentString(`
    mutation StaffCongressCreate($input: CreateCongressSessionInput!) {
  createCongressSession(input: $input) {
    __typename
    ... on CreateCongressSessionSuccess {
      session {
        id
      }
    }
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCongressCreateMutation, StaffCongressCreateMutationVariables>;
export const StaffCongressAddDelegatesDocument = new TypedDocumentString(`
    mutation StaffCongressAddDelegates($input: AddCongressDelegatesInput!) {
  addCongressDelegates(input: $input) {
    __typename
    ... on CongressNotUnionMember {
      cardNumbers
    }
    ... on CongressAlreadyDelegate {
      cardNumbers
    }
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCongressAddDelegatesMutation, StaffCongressAddDelegatesMutationVariables>;
export const StaffCongressAdvanceDocument = new TypedDocumentString(`
    mutation StaffCongressAdvance($input: AdvanceCongressSessionInput!) {
  advanceCongressSession(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCongressAdvanceMutation, StaffCongressAdvanceMutationVariables>;
export const StaffCongressAddResolutionDocument = new TypedDocumentString(`
    mutation StaffCongressAddResolution($input: AddCongressResolutionInput!) {
  addCongressResolution(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCongressAddResolutionMutation, StaffCongressAddResolutionMutationVariables>;
export const StaffCongressOpenVoteDocument = new TypedDocumentString(`
    mutation StaffCongressOpenVote($input: OpenCongressVoteInput!) {
  openCongressVote(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCongressOpenVoteMutation, StaffCongressOpenVoteMutationVariables>;
export const StaffCongressCloseVoteDocument = new TypedDocumentString(`
    mutation StaffCongressCloseVote($input: CongressResolutionActionInput!) {
  closeCongressVote(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCongressCloseVoteMutation, StaffCongressCloseVoteMutationVariables>;
export const StaffCongressAnswerDocument = new TypedDocumentString(`
    mutation StaffCongressAnswer($input: AnswerCongressMotionInput!) {
  answerCongressMotion(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCongressAnswerMutation, StaffCongressAnswerMutationVariables>;
export const StaffCongressViewerDocument = new TypedDocumentString(`
    query StaffCongressViewer {
  me {
    ...Viewer
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffCongressViewerQuery, StaffCongressViewerQueryVariables>;
export const MyCongressSessionsDocument = new TypedDocumentString(`
    query MyCongressSessions {
  me {
    ...Viewer
  }
  myCongressSessions(first: 20) {
    nodes {
      id
      title
      stageLabel
      union {
        name
        code
      }
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<MyCongressSessionsQuery, MyCongressSessionsQueryVariables>;
export const CongressSessionPageDocument = new TypedDocumentString(`
    query CongressSessionPage($id: ID!) {
  node(id: $id) {
    ...CongressSessionView
  }
}
    fragment CongressResolutionCard on CongressResolution {
  id
  title
  body
  status
  statusLabel
  votingOpen
  votingEndsAt
  turnout
  delegateCount
  presentCount
  passNeeded
  forCount
  againstCount
  abstainCount
  quorumMet
  viewerHasVoted
  viewerCan {
    openVote
    vote
    changeBallot
    closeVote
  }
}
fragment CongressMotionCard on CongressMotion {
  id
  title
  body
  status
  statusLabel
  proposerName
  proposerGroup
  cosignerCount
  minCosigners
  cosignerNames
  decisionReason
  answerDueAt
  answer
  answeredAt
  answeredLate
  rating
  viewerCosigned
  viewerCan {
    cosign
    accept
    merge
    refuse
    answer
    rate
  }
}
fragment CongressDocumentCard on CongressDocument {
  id
  title
  body
  file {
    fileName
    downloadUrl
  }
  viewerCan {
    giveOpinion
    summarise
  }
  paragraphs {
    id
    number
    body
    opinions {
      id
      body
      groupName
      authorName
      viewerIsAuthor
      viewerCan {
        edit
        withdraw
      }
    }
  }
  groupSummaries {
    id
    groupName
    body
    leaderName
    submittedAt
    answer
    answeredAt
    viewerCan {
      answer
    }
  }
}
fragment CongressSessionView on CongressSession {
  id
  title
  description
  stage
  stageLabel
  nextStage
  delegateCount
  quorumNeeded
  passNeeded
  rules
  publishedAt
  minCosigners
  viewerSignedIn
  union {
    name
    code
  }
  agenda {
    stage
    stageLabel
    startsAt
    endsAt
    enteredAt
    attendance
  }
  documents {
    ...CongressDocumentCard
  }
  viewerDelegate {
    groupName
    isPresidium
    isGroupLeader
  }
  viewerCan {
    advance
    manageRoll
    manageAgenda
    signIn
    submitMotion
  }
  resolutions {
    ...CongressResolutionCard
  }
  motions(first: 100) {
    nodes {
      ...CongressMotionCard
    }
  }
}`) as unknown as TypedDocumentString<CongressSessionPageQuery, CongressSessionPageQueryVariables>;
export const CongressSignInDocument = new TypedDocumentString(`
    mutation CongressSignIn($input: CongressSessionActionInput!) {
  signInCongressStage(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CongressSignInMutation, CongressSignInMutationVariables>;
export const CongressCastDocument = new TypedDocumentString(`
    mutation CongressCast($input: CastCongressBallotInput!) {
  castCongressBallot(input: $input) {
    __typename
    ... on CastCongressBallotSuccess {
      ballot {
        choice
        receipt
        changed
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CongressCastMutation, CongressCastMutationVariables>;
export const CongressSubmitMotionDocument = new TypedDocumentString(`
    mutation CongressSubmitMotion($input: SubmitCongressMotionInput!) {
  submitCongressMotion(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CongressSubmitMotionMutation, CongressSubmitMotionMutationVariables>;
export const CongressCosignDocument = new TypedDocumentString(`
    mutation CongressCosign($input: CongressMotionActionInput!) {
  cosignCongressMotion(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CongressCosignMutation, CongressCosignMutationVariables>;
export const CongressDecideDocument = new TypedDocumentString(`
    mutation CongressDecide($input: DecideCongressMotionInput!) {
  decideCongressMotion(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CongressDecideMutation, CongressDecideMutationVariables>;
export const CongressRateDocument = new TypedDocumentString(`
    mutation CongressRate($input: RateCongressMotionAnswerInput!) {
  rateCongressMotionAnswer(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CongressRateMutation, CongressRateMutationVariables>;
export const CongressPublicPageDocument = new TypedDocumentString(`
    query CongressPublicPage($code: String!) {
  unionByCode(code: $code) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CongressPublicPageQuery, CongressPublicPageQueryVariables>;
export const CongressPublicationsDocument = new TypedDocumentString(`
    query CongressPublications($union: ID!) {
  congressPublications(union: $union) {
    title
    unionName
    publishedAt
    resolutions {
      title
      body
      passed
      delegateCount
      presentCount
      forCount
      againstCount
      abstainCount
      closedAt
    }
    motions {
      title
      body
      statusLabel
      decisionReason
      answerDueAt
      answer
      answeredAt
    }
  }
}
    `) as unknown as TypedDocumentString<CongressPublicationsQuery, CongressPublicationsQueryVariables>;
export const CongressGiveOpinionDocument = new TypedDocumentString(`
    mutation CongressGiveOpinion($input: GiveCongressOpinionInput!) {
  giveCongressOpinion(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CongressGiveOpinionMutation, CongressGiveOpinionMutationVariables>;
export const CongressEditOpinionDocument = new TypedDocumentString(`
    mutation CongressEditOpinion($input: EditCongressOpinionInput!) {
  editCongressOpinion(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CongressEditOpinionMutation, CongressEditOpinionMutationVariables>;
export const CongressWithdrawOpinionDocument = new TypedDocumentString(`
    mutation CongressWithdrawOpinion($input: WithdrawCongressOpinionInput!) {
  withdrawCongressOpinion(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CongressWithdrawOpinionMutation, CongressWithdrawOpinionMutationVariables>;
export const CongressSubmitGroupSummaryDocument = new TypedDocumentString(`
    mutation CongressSubmitGroupSummary($input: SubmitCongressGroupSummaryInput!) {
  submitCongressGroupSummary(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CongressSubmitGroupSummaryMutation, CongressSubmitGroupSummaryMutationVariables>;
export const CongressAnswerGroupSummaryDocument = new TypedDocumentString(`
    mutation CongressAnswerGroupSummary($input: AnswerCongressGroupSummaryInput!) {
  answerCongressGroupSummary(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CongressAnswerGroupSummaryMutation, CongressAnswerGroupSummaryMutationVariables>;
export const EmployerPageDocument = new TypedDocumentString(`
    query EmployerPage {
  me {
    ...Viewer
  }
  myEmployers {
    id
    name
    status
    industry
    reviewNote
    viewerCan {
      joinFair
    }
    postings(first: 20) {
      totalCount
      nodes {
        id
        title
        status
        isOpen
        openings
        validThrough
        reviewNote
        viewerCan {
          edit
          submit
        }
        applications(first: 1) {
          totalCount
        }
      }
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<EmployerPageQuery, EmployerPageQueryVariables>;
export const EmployerPostingPageDocument = new TypedDocumentString(`
    query EmployerPostingPage($id: ID!, $status: JobApplicationStatus) {
  me {
    ...Viewer
  }
  node(id: $id) {
    __typename
    ... on JobPosting {
      id
      title
      status
      openings
      employer {
        id
        name
      }
      applications(first: 50, status: $status) {
        totalCount
        nodes {
          id
          status
          createdAt
          statusChangedAt
          note
          experience
          skills
          certificates
          applicant {
            realName
            phone
          }
          viewerCan {
            view
            interview
            offer
            hire
            reject
          }
        }
      }
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<EmployerPostingPageQuery, EmployerPostingPageQueryVariables>;
export const UpdateJobApplicationStatusDocument = new TypedDocumentString(`
    mutation UpdateJobApplicationStatus($input: UpdateJobApplicationStatusInput!) {
  updateJobApplicationStatus(input: $input) {
    __typename
    ... on UpdateJobApplicationStatusSuccess {
      application {
        id
        status
        statusChangedAt
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
}`) as unknown as TypedDocumentString<UpdateJobApplicationStatusMutation, UpdateJobApplicationStatusMutationVariables>;
export const SubmitJobPostingDocument = new TypedDocumentString(`
    mutation SubmitJobPosting($input: JobPostingRefInput!) {
  submitJobPosting(input: $input) {
    __typename
    ... on SubmitJobPostingSuccess {
      posting {
        id
        status
        viewerCan {
          edit
          submit
        }
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
}`) as unknown as TypedDocumentString<SubmitJobPostingMutation, SubmitJobPostingMutationVariables>;
export const FairsPageDocument = new TypedDocumentString(`
    query FairsPage($includePast: Boolean) {
  me {
    ...Viewer
  }
  jobFairs(first: 30, includePast: $includePast) {
    nodes {
      ...FairCard
      employers(first: 1) {
        totalCount
      }
      postings(first: 1) {
        totalCount
      }
    }
  }
}
    fragment FairCard on JobFair {
  id
  title
  date
  isOnline
  venue
  capacity
  registeredCount
  isOver
  viewerRegistered
  organizer {
    id
    name
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<FairsPageQuery, FairsPageQueryVariables>;
export const FairPageDocument = new TypedDocumentString(`
    query FairPage($id: ID!) {
  me {
    ...Viewer
  }
  node(id: $id) {
    __typename
    ... on JobFair {
      ...FairCard
      viewerCan {
        join
        register
        cancelRegistration
      }
      description
      figures {
        employers
        positions
        postings
        visitors
        applications
      }
      employers(first: 100) {
        totalCount
        nodes {
          id
          name
          industry
        }
      }
      postings(first: 100) {
        nodes {
          ...JobCard
          isOpen
        }
      }
    }
  }
}
    fragment FairCard on JobFair {
  id
  title
  date
  isOnline
  venue
  capacity
  registeredCount
  isOver
  viewerRegistered
  organizer {
    id
    name
  }
}
fragment JobCard on JobPosting {
  id
  title
  category
  employmentType
  isPublicBenefit
  suitableForHardship
  isRemote
  openings
  datePosted
  address
  salary {
    min {
      amount
    }
    max {
      amount
    }
  }
  employer {
    id
    name
  }
  region {
    id
    name
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<FairPageQuery, FairPageQueryVariables>;
export const FairEmployerOptionsDocument = new TypedDocumentString(`
    query FairEmployerOptions {
  myEmployers {
    id
    name
    viewerCan {
      joinFair
    }
    openPostings(first: 50) {
      nodes {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FairEmployerOptionsQuery, FairEmployerOptionsQueryVariables>;
export const RegisterForJobFairDocument = new TypedDocumentString(`
    mutation RegisterForJobFair($input: JobFairRefInput!) {
  registerForJobFair(input: $input) {
    __typename
    ... on RegisterForJobFairSuccess {
      fair {
        ...FairCard
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
}
fragment FairCard on JobFair {
  id
  title
  date
  isOnline
  venue
  capacity
  registeredCount
  isOver
  viewerRegistered
  organizer {
    id
    name
  }
}`) as unknown as TypedDocumentString<RegisterForJobFairMutation, RegisterForJobFairMutationVariables>;
export const CancelJobFairRegistrationDocument = new TypedDocumentString(`
    mutation CancelJobFairRegistration($input: JobFairRefInput!) {
  cancelJobFairRegistration(input: $input) {
    __typename
    ... on CancelJobFairRegistrationSuccess {
      fair {
        ...FairCard
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
}
fragment FairCard on JobFair {
  id
  title
  date
  isOnline
  venue
  capacity
  registeredCount
  isOver
  viewerRegistered
  organizer {
    id
    name
  }
}`) as unknown as TypedDocumentString<CancelJobFairRegistrationMutation, CancelJobFairRegistrationMutationVariables>;
export const JoinJobFairDocument = new TypedDocumentString(`
    mutation JoinJobFair($input: JoinJobFairInput!) {
  joinJobFair(input: $input) {
    __typename
    ... on JoinJobFairSuccess {
      fair {
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
}`) as unknown as TypedDocumentString<JoinJobFairMutation, JoinJobFairMutationVariables>;
export const FiguresPageDocument = new TypedDocumentString(`
    query FiguresPage($union: ID!, $from: Date!, $to: Date!) {
  me {
    ...Viewer
  }
  unionFigures(union: $union, from: $from, to: $to) {
    union {
      id
      name
      level
      parent {
        id
        name
      }
    }
    from
    to
    total {
      ...FiguresNumbers
    }
    direct {
      ...FiguresNumbers
    }
    children {
      union {
        id
        name
      }
      figures {
        ...FiguresNumbers
      }
    }
    months {
      month
      figures {
        discounts {
          claims
          redemptions
        }
        jobs {
          applications
        }
      }
    }
  }
}
    fragment FiguresNumbers on UnionProgrammeFigures {
  discounts {
    merchants
    offers
    claims
    redemptions
    savingsFen {
      amount
    }
  }
  jobs {
    employers
    postings
    applications
    hires
    fairs
    fairRegistrations
  }
  competitions {
    competitions
    entries
    seatsFilled
    certificates
  }
  grants {
    applications
    approved
    approvedFen {
      amount
    }
    paidFen {
      amount
    }
    budgetFen {
      amount
    }
    budgetUsedFen {
      amount
    }
  }
  hardship {
    filesOpened
    aidPaid
    aidPaidFen {
      amount
    }
    visits
  }
  mutualAid {
    claims
    paid
    paidFen {
      amount
    }
  }
  rights {
    casesOpened
    casesClosed
    recoveredFen {
      amount
    }
  }
  congress {
    sessions
    published
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<FiguresPageQuery, FiguresPageQueryVariables>;
export const FiguresViewerDocument = new TypedDocumentString(`
    query FiguresViewer {
  me {
    ...Viewer
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<FiguresViewerQuery, FiguresViewerQueryVariables>;
export const StaffGrantApplicationPageDocument = new TypedDocumentString(`
    query StaffGrantApplicationPage($id: ID!) {
  me {
    ...Viewer
  }
  node(id: $id) {
    __typename
    ... on GrantApplication {
      id
      studioName
      applicantName
      enterprise
      status
      decisionRationale
      decidedAt
      stripeAccountId
      requestedAmount {
        amount
      }
      approvedAmount {
        amount
      }
      tier {
        name
      }
      call {
        id
        title
      }
      tranches {
        id
        position
        label
        status
        requestedAt
        staffApprovedAt
        financeApprovedAt
        paymentMethod
        paymentReference
        paidAt
        failureReason
        viewerCan {
          approve
          financeApprove
          recordPayment
          payWithStripe
          recordFailure
        }
        amount {
          amount
        }
        report {
          id
          title
          status
        }
      }
      reports {
        id
        title
        dueOn
        status
        content
        submittedAt
        reviewNote
        reviewedAt
        viewerCan {
          accept
          requestChanges
        }
      }
      auditTrail(first: 100) {
        nodes {
          action
          fromState
          toState
          reason
          actorName
          createdAt
        }
      }
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffGrantApplicationPageQuery, StaffGrantApplicationPageQueryVariables>;
export const ApproveGrantTrancheDocument = new TypedDocumentString(`
    mutation ApproveGrantTranche($input: GrantTrancheActionInput!) {
  approveGrantTranche(input: $input) {
    __typename
    ... on ApproveGrantTrancheSuccess {
      tranche {
        ...StaffTranche
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
}
fragment StaffTranche on GrantTranche {
  id
  status
  failureReason
}`) as unknown as TypedDocumentString<ApproveGrantTrancheMutation, ApproveGrantTrancheMutationVariables>;
export const FinanceApproveGrantTrancheDocument = new TypedDocumentString(`
    mutation FinanceApproveGrantTranche($input: GrantTrancheActionInput!) {
  financeApproveGrantTranche(input: $input) {
    __typename
    ... on FinanceApproveGrantTrancheSuccess {
      tranche {
        ...StaffTranche
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
}
fragment StaffTranche on GrantTranche {
  id
  status
  failureReason
}`) as unknown as TypedDocumentString<FinanceApproveGrantTrancheMutation, FinanceApproveGrantTrancheMutationVariables>;
export const RecordGrantTranchePaymentDocument = new TypedDocumentString(`
    mutation RecordGrantTranchePayment($input: RecordGrantPaymentInput!) {
  recordGrantTranchePayment(input: $input) {
    __typename
    ... on RecordGrantTranchePaymentSuccess {
      tranche {
        ...StaffTranche
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
}
fragment StaffTranche on GrantTranche {
  id
  status
  failureReason
}`) as unknown as TypedDocumentString<RecordGrantTranchePaymentMutation, RecordGrantTranchePaymentMutationVariables>;
export const RecordGrantTranchePaymentFailureDocument = new TypedDocumentString(`
    mutation RecordGrantTranchePaymentFailure($input: RecordGrantPaymentFailureInput!) {
  recordGrantTranchePaymentFailure(input: $input) {
    __typename
    ... on RecordGrantTranchePaymentFailureSuccess {
      tranche {
        ...StaffTranche
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
}
fragment StaffTranche on GrantTranche {
  id
  status
  failureReason
}`) as unknown as TypedDocumentString<RecordGrantTranchePaymentFailureMutation, RecordGrantTranchePaymentFailureMutationVariables>;
export const PayGrantTrancheWithStripeDocument = new TypedDocumentString(`
    mutation PayGrantTrancheWithStripe($input: GrantTrancheActionInput!) {
  payGrantTrancheWithStripe(input: $input) {
    __typename
    ... on PayGrantTrancheWithStripeSuccess {
      tranche {
        ...StaffTranche
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
}
fragment StaffTranche on GrantTranche {
  id
  status
  failureReason
}`) as unknown as TypedDocumentString<PayGrantTrancheWithStripeMutation, PayGrantTrancheWithStripeMutationVariables>;
export const ReviewGrantReportDocument = new TypedDocumentString(`
    mutation ReviewGrantReport($input: ReviewGrantReportInput!) {
  reviewGrantReport(input: $input) {
    __typename
    ... on ReviewGrantReportSuccess {
      report {
        id
        status
        reviewNote
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
}`) as unknown as TypedDocumentString<ReviewGrantReportMutation, ReviewGrantReportMutationVariables>;
export const GrantReviewsPageDocument = new TypedDocumentString(`
    query GrantReviewsPage {
  me {
    ...Viewer
  }
  myGrantReviews(first: 20) {
    nodes {
      id
      status
      viewerCan {
        submit
        declareConflict
      }
      submittedAt
      weightedScore
      comment
      application {
        id
        studioName
        applicantName
        enterprise
        trade
        plan
        distinctions
        distinctionNote
        tier {
          name
        }
        requestedAmount {
          amount
        }
        budgetLines {
          item
          amount {
            amount
          }
        }
        teamMembers {
          name
          role
        }
        call {
          title
          criteria {
            id
            name
            description
            weight
          }
        }
      }
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<GrantReviewsPageQuery, GrantReviewsPageQueryVariables>;
export const SubmitGrantReviewDocument = new TypedDocumentString(`
    mutation SubmitGrantReview($input: SubmitGrantReviewInput!) {
  submitGrantReview(input: $input) {
    __typename
    ... on SubmitGrantReviewSuccess {
      review {
        id
        status
        weightedScore
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
}`) as unknown as TypedDocumentString<SubmitGrantReviewMutation, SubmitGrantReviewMutationVariables>;
export const DeclareGrantReviewConflictDocument = new TypedDocumentString(`
    mutation DeclareGrantReviewConflict($input: DeclareGrantReviewConflictInput!) {
  declareGrantReviewConflict(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<DeclareGrantReviewConflictMutation, DeclareGrantReviewConflictMutationVariables>;
export const StaffGrantCallsPageDocument = new TypedDocumentString(`
    query StaffGrantCallsPage {
  me {
    ...Viewer
  }
  grantCalls(first: 10) {
    nodes {
      id
      title
      isOpen
      union {
        name
      }
      budget {
        amount
      }
      remainingBudget {
        amount
      }
      statistics {
        byStatus {
          status
          count
        }
      }
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffGrantCallsPageQuery, StaffGrantCallsPageQueryVariables>;
export const StaffGrantCallPageDocument = new TypedDocumentString(`
    query StaffGrantCallPage($id: ID!, $staff: Boolean!) {
  me {
    ...Viewer
  }
  node(id: $id) {
    __typename
    ... on GrantCall {
      id
      title
      reviewersPerApplication
      remainingBudget {
        amount
      }
      applications(first: 30) {
        totalCount
        nodes {
          id
          applicantName
          studioName
          enterprise
          status
          viewerCan {
            startScreening
            requestInfo
            assignReviewer
            startReview
            approve
            reject
          }
          weightedAverageScore @include(if: $staff)
          missingDocuments
          requestedAmount {
            amount
          }
          tier {
            name
            minAmount {
              amount
            }
            maxAmount {
              amount
            }
          }
          tranches {
            label
            status
          }
          reports {
            title
            status
          }
          reviews(first: 5) @include(if: $staff) {
            nodes {
              reviewerName
              status
              weightedScore
            }
          }
        }
      }
    }
  }
  grantReviewers(first: 20) @include(if: $staff) {
    nodes {
      id
      displayName
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffGrantCallPageQuery, StaffGrantCallPageQueryVariables>;
export const StartGrantScreeningDocument = new TypedDocumentString(`
    mutation StartGrantScreening($input: GrantApplicationActionInput!) {
  startGrantScreening(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<StartGrantScreeningMutation, StartGrantScreeningMutationVariables>;
export const RequestGrantInfoDocument = new TypedDocumentString(`
    mutation RequestGrantInfo($input: RequestGrantInfoInput!) {
  requestGrantApplicationInfo(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<RequestGrantInfoMutation, RequestGrantInfoMutationVariables>;
export const AssignGrantReviewerDocument = new TypedDocumentString(`
    mutation AssignGrantReviewer($input: AssignGrantReviewerInput!) {
  assignGrantReviewer(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<AssignGrantReviewerMutation, AssignGrantReviewerMutationVariables>;
export const StartGrantReviewDocument = new TypedDocumentString(`
    mutation StartGrantReview($input: GrantApplicationActionInput!) {
  startGrantReview(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<StartGrantReviewMutation, StartGrantReviewMutationVariables>;
export const DecideGrantApplicationDocument = new TypedDocumentString(`
    mutation DecideGrantApplication($input: DecideGrantApplicationInput!) {
  decideGrantApplication(input: $input) {
    __typename
    ... on DecideGrantApplicationSuccess {
      application {
        id
        status
        approvedAmount {
          amount
        }
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
}`) as unknown as TypedDocumentString<DecideGrantApplicationMutation, DecideGrantApplicationMutationVariables>;
export const GrantCallsPageDocument = new TypedDocumentString(`
    query GrantCallsPage {
  me {
    ...Viewer
  }
  grantCalls(first: 20) {
    nodes {
      id
      title
      isOpen
      opensAt
      closesAt
      union {
        name
      }
      budget {
        amount
      }
      remainingBudget {
        amount
      }
      tiers {
        id
        name
        minAmount {
          amount
        }
        maxAmount {
          amount
        }
      }
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<GrantCallsPageQuery, GrantCallsPageQueryVariables>;
export const GrantCallPageDocument = new TypedDocumentString(`
    query GrantCallPage($id: ID!, $member: Boolean!) {
  me {
    ...Viewer
  }
  node(id: $id) {
    __typename
    ... on GrantCall {
      id
      title
      description
      isOpen
      opensAt
      closesAt
      union {
        name
      }
      budget {
        amount
      }
      remainingBudget {
        amount
      }
      eligibilityConditions
      qualifyingDistinctions
      requiredDocuments
      viewerCan {
        apply
      }
      tiers {
        id
        name
        requiredTitle
        requiresDistinction
        minAmount {
          amount
        }
        maxAmount {
          amount
        }
      }
      criteria {
        id
        name
        description
        weight
      }
    }
  }
  myGrantApplications(first: 20) @include(if: $member) {
    nodes {
      ...MyGrantApplication
    }
  }
}
    fragment MyGrantApplication on GrantApplication {
  id
  status
  viewerCan {
    submit
    resubmit
    withdraw
  }
  studioName
  enterprise
  trade
  submittedAt
  decidedAt
  decisionRationale
  infoRequest
  missingDocuments
  requestedAmount {
    amount
  }
  approvedAmount {
    amount
  }
  tier {
    name
  }
  budgetLines {
    item
    amount {
      amount
    }
  }
  call {
    id
    title
  }
  tranches {
    id
    position
    label
    status
    paidAt
    failureReason
    viewerCan {
      request
    }
    amount {
      amount
    }
    report {
      id
      title
      status
    }
  }
  reports {
    id
    title
    dueOn
    status
    submittedAt
    reviewNote
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<GrantCallPageQuery, GrantCallPageQueryVariables>;
export const MyGrantsPageDocument = new TypedDocumentString(`
    query MyGrantsPage {
  me {
    ...Viewer
  }
  myGrantApplications(first: 20) {
    nodes {
      ...MyGrantApplication
    }
  }
}
    fragment MyGrantApplication on GrantApplication {
  id
  status
  viewerCan {
    submit
    resubmit
    withdraw
  }
  studioName
  enterprise
  trade
  submittedAt
  decidedAt
  decisionRationale
  infoRequest
  missingDocuments
  requestedAmount {
    amount
  }
  approvedAmount {
    amount
  }
  tier {
    name
  }
  budgetLines {
    item
    amount {
      amount
    }
  }
  call {
    id
    title
  }
  tranches {
    id
    position
    label
    status
    paidAt
    failureReason
    viewerCan {
      request
    }
    amount {
      amount
    }
    report {
      id
      title
      status
    }
  }
  reports {
    id
    title
    dueOn
    status
    submittedAt
    reviewNote
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<MyGrantsPageQuery, MyGrantsPageQueryVariables>;
export const CreateGrantApplicationDocument = new TypedDocumentString(`
    mutation CreateGrantApplication($input: CreateGrantApplicationInput!) {
  createGrantApplication(input: $input) {
    __typename
    ... on CreateGrantApplicationSuccess {
      application {
        ...MyGrantApplication
      }
    }
    ...ErrorParts
    ... on AmountOutsideTier {
      min {
        amount
      }
      max {
        amount
      }
    }
    ... on BudgetLinesMismatch {
      linesTotal {
        amount
      }
    }
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
}
fragment MyGrantApplication on GrantApplication {
  id
  status
  viewerCan {
    submit
    resubmit
    withdraw
  }
  studioName
  enterprise
  trade
  submittedAt
  decidedAt
  decisionRationale
  infoRequest
  missingDocuments
  requestedAmount {
    amount
  }
  approvedAmount {
    amount
  }
  tier {
    name
  }
  budgetLines {
    item
    amount {
      amount
    }
  }
  call {
    id
    title
  }
  tranches {
    id
    position
    label
    status
    paidAt
    failureReason
    viewerCan {
      request
    }
    amount {
      amount
    }
    report {
      id
      title
      status
    }
  }
  reports {
    id
    title
    dueOn
    status
    submittedAt
    reviewNote
  }
}`) as unknown as TypedDocumentString<CreateGrantApplicationMutation, CreateGrantApplicationMutationVariables>;
export const SubmitGrantApplicationDocument = new TypedDocumentString(`
    mutation SubmitGrantApplication($input: GrantApplicationActionInput!) {
  submitGrantApplication(input: $input) {
    __typename
    ... on SubmitGrantApplicationSuccess {
      application {
        ...MyGrantApplication
      }
    }
    ...ErrorParts
    ... on DocumentsMissing {
      missing
    }
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
}
fragment MyGrantApplication on GrantApplication {
  id
  status
  viewerCan {
    submit
    resubmit
    withdraw
  }
  studioName
  enterprise
  trade
  submittedAt
  decidedAt
  decisionRationale
  infoRequest
  missingDocuments
  requestedAmount {
    amount
  }
  approvedAmount {
    amount
  }
  tier {
    name
  }
  budgetLines {
    item
    amount {
      amount
    }
  }
  call {
    id
    title
  }
  tranches {
    id
    position
    label
    status
    paidAt
    failureReason
    viewerCan {
      request
    }
    amount {
      amount
    }
    report {
      id
      title
      status
    }
  }
  reports {
    id
    title
    dueOn
    status
    submittedAt
    reviewNote
  }
}`) as unknown as TypedDocumentString<SubmitGrantApplicationMutation, SubmitGrantApplicationMutationVariables>;
export const ResubmitGrantApplicationDocument = new TypedDocumentString(`
    mutation ResubmitGrantApplication($input: GrantApplicationActionInput!) {
  resubmitGrantApplication(input: $input) {
    __typename
    ... on ResubmitGrantApplicationSuccess {
      application {
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
}`) as unknown as TypedDocumentString<ResubmitGrantApplicationMutation, ResubmitGrantApplicationMutationVariables>;
export const WithdrawGrantApplicationDocument = new TypedDocumentString(`
    mutation WithdrawGrantApplication($input: GrantApplicationActionInput!) {
  withdrawGrantApplication(input: $input) {
    __typename
    ... on WithdrawGrantApplicationSuccess {
      application {
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
}`) as unknown as TypedDocumentString<WithdrawGrantApplicationMutation, WithdrawGrantApplicationMutationVariables>;
export const RequestGrantTrancheDocument = new TypedDocumentString(`
    mutation RequestGrantTranche($input: GrantTrancheActionInput!) {
  requestGrantTranche(input: $input) {
    __typename
    ... on RequestGrantTrancheSuccess {
      tranche {
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
}`) as unknown as TypedDocumentString<RequestGrantTrancheMutation, RequestGrantTrancheMutationVariables>;
export const GrantReportPageDocument = new TypedDocumentString(`
    query GrantReportPage($id: ID!) {
  me {
    ...Viewer
  }
  node(id: $id) {
    __typename
    ... on GrantReport {
      ...GrantReportParts
    }
  }
}
    fragment GrantReportParts on GrantReport {
  id
  title
  dueOn
  status
  viewerCan {
    submit
  }
  content
  submittedAt
  reviewNote
  reviewedAt
  application {
    id
    studioName
    call {
      title
    }
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<GrantReportPageQuery, GrantReportPageQueryVariables>;
export const SubmitGrantReportDocument = new TypedDocumentString(`
    mutation SubmitGrantReport($input: SubmitGrantReportInput!) {
  submitGrantReport(input: $input) {
    __typename
    ... on SubmitGrantReportSuccess {
      report {
        ...GrantReportParts
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
}
fragment GrantReportParts on GrantReport {
  id
  title
  dueOn
  status
  viewerCan {
    submit
  }
  content
  submittedAt
  reviewNote
  reviewedAt
  application {
    id
    studioName
    call {
      title
    }
  }
}`) as unknown as TypedDocumentString<SubmitGrantReportMutation, SubmitGrantReportMutationVariables>;
export const StaffHardshipPageDocument = new TypedDocumentString(`
    query StaffHardshipPage($union: ID!) {
  me {
    ...Viewer
  }
  filed: hardshipFiles(union: $union, status: FILED, first: 10) {
    nodes {
      ...StaffHardshipFile
    }
  }
  verified: hardshipFiles(union: $union, status: VERIFIED, first: 10) {
    nodes {
      ...StaffHardshipFile
    }
  }
  cityConfirmed: hardshipFiles(union: $union, status: CITY_CONFIRMED, first: 10) {
    nodes {
      ...StaffHardshipFile
    }
  }
  provinceConfirmed: hardshipFiles(
    union: $union
    status: PROVINCE_CONFIRMED
    first: 10
  ) {
    nodes {
      ...StaffHardshipFile
    }
  }
  overdue: hardshipFiles(union: $union, recheckOverdue: true, first: 10) {
    totalCount
    nodes {
      ...StaffHardshipFile
    }
  }
  applied: hardshipAidApplications(union: $union, status: APPLIED, first: 10) {
    nodes {
      ...StaffHardshipAid
    }
  }
  verifiedAid: hardshipAidApplications(union: $union, status: VERIFIED, first: 10) {
    nodes {
      ...StaffHardshipAid
    }
  }
  approvedAid: hardshipAidApplications(union: $union, status: APPROVED, first: 10) {
    nodes {
      ...StaffHardshipAid
    }
  }
}
    fragment StaffHardshipFile on HardshipFile {
  id
  status
  statusLabel
  memberName
  cause
  recheckDueOn
  recheckOverdue
  monthlyIncomePerHead {
    amount
  }
  localMinimum {
    amount
  }
  union {
    name
  }
  viewerCan {
    verify
    confirm
    sendBack
    refuse
    recheck
  }
  documents {
    ...HardshipDocumentItem
  }
}
fragment StaffHardshipAid on HardshipAidApplication {
  id
  status
  statusLabel
  memberName
  channel
  note
  requested {
    amount
  }
  prepared {
    amount
  }
  scheme {
    name
  }
  viewerCan {
    verify
    approve
    pay
    refuse
  }
}
fragment HardshipDocumentItem on HardshipDocument {
  kind
  kindLabel
  reference
  file {
    id
    fileName
    downloadUrl
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffHardshipPageQuery, StaffHardshipPageQueryVariables>;
export const HardshipFiguresPageDocument = new TypedDocumentString(`
    query HardshipFiguresPage($union: ID!) {
  me {
    ...Viewer
  }
  hardshipFigures(union: $union) {
    ...HardshipFigureRow
    exitsByReason {
      key
      count
    }
    aidPaid {
      kind
      count
      amount {
        amount
      }
    }
    children {
      ...HardshipFigureRow
    }
  }
}
    fragment HardshipFigureRow on HardshipFigures {
  unionName
  unionCode
  filed
  underReview
  confirmed
  exited
  visits
  loansRunning
  aidPaidTotal {
    amount
  }
  loansOutstanding {
    amount
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<HardshipFiguresPageQuery, HardshipFiguresPageQueryVariables>;
export const StaffVerifyHardshipFileDocument = new TypedDocumentString(`
    mutation StaffVerifyHardshipFile($input: HardshipFileActionInput!) {
  verifyHardshipFile(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<StaffVerifyHardshipFileMutation, StaffVerifyHardshipFileMutationVariables>;
export const StaffConfirmHardshipFileDocument = new TypedDocumentString(`
    mutation StaffConfirmHardshipFile($input: HardshipFileActionInput!) {
  confirmHardshipFile(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<StaffConfirmHardshipFileMutation, StaffConfirmHardshipFileMutationVariables>;
export const StaffSendBackHardshipFileDocument = new TypedDocumentString(`
    mutation StaffSendBackHardshipFile($input: HardshipFileReasonInput!) {
  sendBackHardshipFile(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<StaffSendBackHardshipFileMutation, StaffSendBackHardshipFileMutationVariables>;
export const StaffRefuseHardshipFileDocument = new TypedDocumentString(`
    mutation StaffRefuseHardshipFile($input: HardshipFileReasonInput!) {
  refuseHardshipFile(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<StaffRefuseHardshipFileMutation, StaffRefuseHardshipFileMutationVariables>;
export const StaffRecheckHardshipFileDocument = new TypedDocumentString(`
    mutation StaffRecheckHardshipFile($input: RecheckHardshipFileInput!) {
  recheckHardshipFile(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<StaffRecheckHardshipFileMutation, StaffRecheckHardshipFileMutationVariables>;
export const StaffVerifyHardshipAidDocument = new TypedDocumentString(`
    mutation StaffVerifyHardshipAid($input: HardshipAidActionInput!) {
  verifyHardshipAidApplication(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<StaffVerifyHardshipAidMutation, StaffVerifyHardshipAidMutationVariables>;
export const StaffApproveHardshipAidDocument = new TypedDocumentString(`
    mutation StaffApproveHardshipAid($input: HardshipAidActionInput!) {
  approveHardshipAidApplication(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<StaffApproveHardshipAidMutation, StaffApproveHardshipAidMutationVariables>;
export const StaffPayHardshipAidDocument = new TypedDocumentString(`
    mutation StaffPayHardshipAid($input: PayHardshipAidInput!) {
  payHardshipAidApplication(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<StaffPayHardshipAidMutation, StaffPayHardshipAidMutationVariables>;
export const StaffRefuseHardshipAidDocument = new TypedDocumentString(`
    mutation StaffRefuseHardshipAid($input: RefuseHardshipAidInput!) {
  refuseHardshipAidApplication(input: $input) {
    __typename
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
}`) as unknown as TypedDocumentString<StaffRefuseHardshipAidMutation, StaffRefuseHardshipAidMutationVariables>;
export const StaffHardshipViewerDocument = new TypedDocumentString(`
    query StaffHardshipViewer {
  me {
    ...Viewer
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffHardshipViewerQuery, StaffHardshipViewerQueryVariables>;
export const HardshipPageDocument = new TypedDocumentString(`
    query HardshipPage {
  me {
    ...Viewer
  }
  myHardshipFiles(first: 5) {
    nodes {
      ...HardshipFileCard
    }
  }
  myHardshipAidApplications(first: 20) {
    nodes {
      id
      status
      statusLabel
      channel
      refusalReason
      requested {
        amount
      }
      approved {
        amount
      }
      scheme {
        name
      }
      createdAt
    }
  }
  hardshipAidSchemes(first: 20, status: OPEN) {
    nodes {
      id
      name
      kind
      acceptingApplications
      capPerPerson {
        amount
      }
      applyFrom
      applyUntil
    }
  }
}
    fragment HardshipFileCard on HardshipFile {
  id
  status
  statusLabel
  cause
  causeNote
  returnReason
  refusalReason
  exitReason
  confirmedOn
  recheckDueOn
  recheckOverdue
  isOpen
  receivesAid
  monthlyIncomePerHead {
    amount
  }
  localMinimum {
    amount
  }
  householdMembers {
    name
    relation
    age
  }
  viewerCan {
    resubmit
    reenter
  }
  documents {
    ...HardshipDocumentItem
  }
}
fragment HardshipDocumentItem on HardshipDocument {
  kind
  kindLabel
  reference
  file {
    id
    fileName
    downloadUrl
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<HardshipPageQuery, HardshipPageQueryVariables>;
export const FileHardshipHouseholdDocument = new TypedDocumentString(`
    mutation FileHardshipHousehold($input: FileHardshipHouseholdInput!) {
  fileHardshipHousehold(input: $input) {
    __typename
    ... on FileHardshipHouseholdSuccess {
      file {
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
}`) as unknown as TypedDocumentString<FileHardshipHouseholdMutation, FileHardshipHouseholdMutationVariables>;
export const ApplyForHardshipAidDocument = new TypedDocumentString(`
    mutation ApplyForHardshipAid($input: ApplyForHardshipAidInput!) {
  applyForHardshipAid(input: $input) {
    __typename
    ... on ApplyForHardshipAidSuccess {
      application {
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
}`) as unknown as TypedDocumentString<ApplyForHardshipAidMutation, ApplyForHardshipAidMutationVariables>;
export const HomePageDocument = new TypedDocumentString(`
    query HomePage {
  me {
    ...Viewer
  }
  offers(first: 4, orderBy: POPULAR) {
    nodes {
      ...OfferCard
    }
  }
  jobPostings(first: 4) {
    nodes {
      ...JobCard
    }
  }
  competitions(first: 4, registrationOpen: true) {
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
fragment JobCard on JobPosting {
  id
  title
  category
  employmentType
  isPublicBenefit
  suitableForHardship
  isRemote
  openings
  datePosted
  address
  salary {
    min {
      amount
    }
    max {
      amount
    }
  }
  employer {
    id
    name
  }
  region {
    id
    name
  }
}
fragment OfferCard on Offer {
  id
  title
  kind
  category
  audience
  percentPaid
  reduction {
    amount
  }
  minSpend {
    amount
  }
  memberPrice {
    amount
  }
  regularPrice {
    amount
  }
  remainingStock
  claimCount
  validUntil
  merchant {
    id
    name
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
export const JobsPageDocument = new TypedDocumentString(`
    query JobsPage($filter: JobPostingFilter, $sort: JobPostingSort, $after: String) {
  me {
    ...Viewer
  }
  jobPostings(first: 20, filter: $filter, sort: $sort, after: $after) {
    totalCount
    nodes {
      ...JobCard
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
  jobPostingCategories {
    category
    openPostings
  }
}
    fragment JobCard on JobPosting {
  id
  title
  category
  employmentType
  isPublicBenefit
  suitableForHardship
  isRemote
  openings
  datePosted
  address
  salary {
    min {
      amount
    }
    max {
      amount
    }
  }
  employer {
    id
    name
  }
  region {
    id
    name
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<JobsPageQuery, JobsPageQueryVariables>;
export const JobPageDocument = new TypedDocumentString(`
    query JobPage($id: ID!) {
  me {
    ...Viewer
  }
  node(id: $id) {
    __typename
    ... on JobPosting {
      ...JobCard
      description
      benefits
      isOpen
      status
      validThrough
      jsonLd
      requirements {
        education
        experienceYears
        skills
      }
      employer {
        industry
      }
      viewerApplication {
        id
        status
        statusChangedAt
        viewerCan {
          withdraw
        }
      }
      viewerCan {
        apply
      }
    }
  }
}
    fragment JobCard on JobPosting {
  id
  title
  category
  employmentType
  isPublicBenefit
  suitableForHardship
  isRemote
  openings
  datePosted
  address
  salary {
    min {
      amount
    }
    max {
      amount
    }
  }
  employer {
    id
    name
  }
  region {
    id
    name
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<JobPageQuery, JobPageQueryVariables>;
export const ApplyForJobDocument = new TypedDocumentString(`
    mutation ApplyForJob($input: ApplyForJobInput!) {
  applyForJob(input: $input) {
    __typename
    ... on ApplyForJobSuccess {
      application {
        id
        status
        statusChangedAt
        viewerCan {
          withdraw
        }
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
}`) as unknown as TypedDocumentString<ApplyForJobMutation, ApplyForJobMutationVariables>;
export const WithdrawJobApplicationDocument = new TypedDocumentString(`
    mutation WithdrawJobApplication($input: JobApplicationRefInput!) {
  withdrawJobApplication(input: $input) {
    __typename
    ... on WithdrawJobApplicationSuccess {
      application {
        id
        status
        statusChangedAt
        viewerCan {
          withdraw
        }
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
}`) as unknown as TypedDocumentString<WithdrawJobApplicationMutation, WithdrawJobApplicationMutationVariables>;
export const MyJobApplicationsPageDocument = new TypedDocumentString(`
    query MyJobApplicationsPage {
  me {
    ...Viewer
  }
  myJobApplications(first: 50) {
    nodes {
      id
      status
      createdAt
      statusChangedAt
      posting {
        id
        title
        employer {
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
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<MyJobApplicationsPageQuery, MyJobApplicationsPageQueryVariables>;
export const LegalDocumentPageDocument = new TypedDocumentString(`
    query LegalDocumentPage($document: ConsentDocument!, $version: String) {
  legalDocument(document: $document, version: $version) {
    document
    title
    version
    current
    effectiveFrom
    changes
    sections {
      heading
      paragraphs
    }
    versions {
      version
      current
    }
  }
}
    `) as unknown as TypedDocumentString<LegalDocumentPageQuery, LegalDocumentPageQueryVariables>;
export const ConsentPromptPageDocument = new TypedDocumentString(`
    query ConsentPromptPage {
  me {
    ...Viewer
    consents {
      document
      version
      acceptedAt
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<ConsentPromptPageQuery, ConsentPromptPageQueryVariables>;
export const AcceptConsentsDocument = new TypedDocumentString(`
    mutation AcceptConsents($input: AcceptConsentsInput!) {
  acceptConsents(input: $input) {
    __typename
    ... on AcceptConsentsSuccess {
      pending
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
}`) as unknown as TypedDocumentString<AcceptConsentsMutation, AcceptConsentsMutationVariables>;
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
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
export const MerchantPageDocument = new TypedDocumentString(`
    query MerchantPage($from: Date!, $to: Date!) {
  me {
    ...Viewer
  }
  myMerchants {
    id
    name
    status
    viewerCan {
      createOffer
      redeem
    }
    reviewReason
    stores {
      id
      name
      address
    }
    offers(first: 10) {
      totalCount
      nodes {
        id
        title
        status
        viewerCan {
          ...OfferButtons
        }
        kind
        percentPaid
        reduction {
          amount
        }
        minSpend {
          amount
        }
        memberPrice {
          amount
        }
        regularPrice {
          amount
        }
        remainingStock
        stockTotal
        claimCount
        redemptionCount
        reviewNote
        validUntil
      }
    }
    redemptionFigures(from: $from, to: $to) {
      date
      claims
      redemptions
      offer {
        id
        title
      }
    }
  }
}
    fragment OfferButtons on OfferViewerCan {
  edit
  submit
  pause
  resume
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<MerchantPageQuery, MerchantPageQueryVariables>;
export const RedeemCodeDocument = new TypedDocumentString(`
    mutation RedeemCode($input: RedeemCodeInput!) {
  redeemCode(input: $input) {
    __typename
    ... on RedeemCodeSuccess {
      claim {
        id
        redeemedAt
        offer {
          id
          title
          kind
          percentPaid
          reduction {
            amount
          }
          minSpend {
            amount
          }
          memberPrice {
            amount
          }
          regularPrice {
            amount
          }
        }
      }
    }
    ...ErrorParts
    ... on CodeAlreadyRedeemed {
      redeemedAt
    }
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
}`) as unknown as TypedDocumentString<RedeemCodeMutation, RedeemCodeMutationVariables>;
export const SubmitOfferDocument = new TypedDocumentString(`
    mutation SubmitOffer($input: OfferActionInput!) {
  submitOffer(input: $input) {
    __typename
    ... on SubmitOfferSuccess {
      offer {
        id
        status
        viewerCan {
          ...OfferButtons
        }
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
}
fragment OfferButtons on OfferViewerCan {
  edit
  submit
  pause
  resume
}`) as unknown as TypedDocumentString<SubmitOfferMutation, SubmitOfferMutationVariables>;
export const PauseOfferDocument = new TypedDocumentString(`
    mutation PauseOffer($input: OfferActionInput!) {
  pauseOffer(input: $input) {
    __typename
    ... on PauseOfferSuccess {
      offer {
        id
        status
        viewerCan {
          ...OfferButtons
        }
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
}
fragment OfferButtons on OfferViewerCan {
  edit
  submit
  pause
  resume
}`) as unknown as TypedDocumentString<PauseOfferMutation, PauseOfferMutationVariables>;
export const ResumeOfferDocument = new TypedDocumentString(`
    mutation ResumeOffer($input: OfferActionInput!) {
  resumeOffer(input: $input) {
    __typename
    ... on ResumeOfferSuccess {
      offer {
        id
        status
        viewerCan {
          ...OfferButtons
        }
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
}
fragment OfferButtons on OfferViewerCan {
  edit
  submit
  pause
  resume
}`) as unknown as TypedDocumentString<ResumeOfferMutation, ResumeOfferMutationVariables>;
export const MessagesPageDocument = new TypedDocumentString(`
    query MessagesPage {
  me {
    ...Viewer
  }
  myMessages(first: 50) {
    totalCount
    nodes {
      id
      kind
      title
      body
      createdAt
      readAt
      smsStatus
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<MessagesPageQuery, MessagesPageQueryVariables>;
export const MarkAllMessagesReadDocument = new TypedDocumentString(`
    mutation MarkAllMessagesRead {
  markMessagesRead(input: {}) {
    __typename
    ... on MarkMessagesReadSuccess {
      marked
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
}`) as unknown as TypedDocumentString<MarkAllMessagesReadMutation, MarkAllMessagesReadMutationVariables>;
export const StaffMutualAidPageDocument = new TypedDocumentString(`
    query StaffMutualAidPage($union: ID!) {
  me {
    ...Viewer
  }
  union: node(id: $union) {
    ... on Union {
      id
      name
      level
    }
  }
  mutualAidSchemes(first: 5) {
    nodes {
      id
      name
      year
      premium {
        amount
      }
      poolRemaining {
        amount
      }
    }
  }
  mutualAidEnrolments(union: $union, first: 10) {
    nodes {
      ...StaffMutualAidEnrolment
    }
  }
  mutualAidClaims(union: $union, first: 20) {
    totalCount
    nodes {
      ...StaffMutualAidClaim
    }
  }
}
    fragment StaffMutualAidClaim on MutualAidClaim {
  id
  status
  statusLabel
  memberName
  hospital
  admittedOn
  dischargedOn
  totalCost {
    amount
  }
  socialInsurancePaid {
    amount
  }
  selfPaid {
    amount
  }
  valuated {
    amount
  }
  explanation {
    label
    amount {
      amount
    }
  }
  rejectionNumber
  rejectionMessage
  returnNote
  documents {
    file {
      id
      fileName
      downloadUrl
    }
  }
  viewerCan {
    check
    sendBack
    valuate
    approve
    pay
    reject
  }
}
fragment StaffMutualAidEnrolment on MutualAidEnrolment {
  id
  status
  statusLabel
  startsOn
  rowCount
  memberCount
  premiumDue {
    amount
  }
  paymentReference
  paidOn
  union {
    name
  }
  scheme {
    name
  }
  viewerCan {
    addRows
    submit
    recordPremium
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffMutualAidPageQuery, StaffMutualAidPageQueryVariables>;
export const StaffMutualAidViewerDocument = new TypedDocumentString(`
    query StaffMutualAidViewer {
  me {
    ...Viewer
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffMutualAidViewerQuery, StaffMutualAidViewerQueryVariables>;
export const StaffCreateMutualAidEnrolmentDocument = new TypedDocumentString(`
    mutation StaffCreateMutualAidEnrolment($input: CreateMutualAidEnrolmentInput!) {
  createMutualAidEnrolment(input: $input) {
    __typename
    ... on CreateMutualAidEnrolmentSuccess {
      enrolment {
        id
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCreateMutualAidEnrolmentMutation, StaffCreateMutualAidEnrolmentMutationVariables>;
export const StaffAddMutualAidRowsDocument = new TypedDocumentString(`
    mutation StaffAddMutualAidRows($input: AddMutualAidEnrolmentRowsInput!) {
  addMutualAidEnrolmentRows(input: $input) {
    __typename
    ... on AddMutualAidEnrolmentRowsSuccess {
      enrolment {
        rowCount
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffAddMutualAidRowsMutation, StaffAddMutualAidRowsMutationVariables>;
export const StaffSubmitMutualAidEnrolmentDocument = new TypedDocumentString(`
    mutation StaffSubmitMutualAidEnrolment($input: MutualAidEnrolmentActionInput!) {
  submitMutualAidEnrolment(input: $input) {
    __typename
    ... on SubmitMutualAidEnrolmentSuccess {
      enrolment {
        memberCount
        premiumDue {
          amount
        }
      }
    }
    ... on MutualAidEnrolmentRefused {
      rowCount
      refusedCount
      rows {
        line
        cardNumber
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffSubmitMutualAidEnrolmentMutation, StaffSubmitMutualAidEnrolmentMutationVariables>;
export const StaffRecordMutualAidPremiumDocument = new TypedDocumentString(`
    mutation StaffRecordMutualAidPremium($input: RecordMutualAidPremiumInput!) {
  recordMutualAidPremium(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffRecordMutualAidPremiumMutation, StaffRecordMutualAidPremiumMutationVariables>;
export const StaffCheckMutualAidClaimDocument = new TypedDocumentString(`
    mutation StaffCheckMutualAidClaim($input: MutualAidClaimActionInput!) {
  checkMutualAidClaim(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffCheckMutualAidClaimMutation, StaffCheckMutualAidClaimMutationVariables>;
export const StaffValuateMutualAidClaimDocument = new TypedDocumentString(`
    mutation StaffValuateMutualAidClaim($input: MutualAidClaimActionInput!) {
  valuateMutualAidClaim(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffValuateMutualAidClaimMutation, StaffValuateMutualAidClaimMutationVariables>;
export const StaffApproveMutualAidClaimDocument = new TypedDocumentString(`
    mutation StaffApproveMutualAidClaim($input: MutualAidClaimActionInput!) {
  approveMutualAidClaim(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffApproveMutualAidClaimMutation, StaffApproveMutualAidClaimMutationVariables>;
export const StaffPayMutualAidClaimDocument = new TypedDocumentString(`
    mutation StaffPayMutualAidClaim($input: PayMutualAidClaimInput!) {
  payMutualAidClaim(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffPayMutualAidClaimMutation, StaffPayMutualAidClaimMutationVariables>;
export const StaffRejectMutualAidClaimDocument = new TypedDocumentString(`
    mutation StaffRejectMutualAidClaim($input: RejectMutualAidClaimInput!) {
  rejectMutualAidClaim(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffRejectMutualAidClaimMutation, StaffRejectMutualAidClaimMutationVariables>;
export const StaffSendBackMutualAidClaimDocument = new TypedDocumentString(`
    mutation StaffSendBackMutualAidClaim($input: SendBackMutualAidClaimInput!) {
  sendBackMutualAidClaim(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffSendBackMutualAidClaimMutation, StaffSendBackMutualAidClaimMutationVariables>;
export const MutualAidFiguresPageDocument = new TypedDocumentString(`
    query MutualAidFiguresPage($union: ID!, $year: Int) {
  me {
    ...Viewer
  }
  mutualAidFigures(union: $union, year: $year) {
    ...MutualAidFigureRow
    children {
      ...MutualAidFigureRow
    }
  }
}
    fragment MutualAidFigureRow on MutualAidFigures {
  unionName
  unionCode
  unitsEnrolled
  membersEnrolled
  membersCovered
  premiumsDue {
    amount
  }
  premiumsPaid {
    amount
  }
  claimsByStatus {
    key
    count
  }
  rejectionsByReason {
    key
    count
  }
  payouts
  payoutsTotal {
    amount
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<MutualAidFiguresPageQuery, MutualAidFiguresPageQueryVariables>;
export const MutualAidPageDocument = new TypedDocumentString(`
    query MutualAidPage {
  me {
    ...Viewer
  }
  myMutualAidCovers(first: 5) {
    nodes {
      id
      state
      stateLabel
      activeFrom
      activeUntil
      union {
        name
      }
      scheme {
        name
        year
        waitingDays
        premium {
          amount
        }
        deductible {
          amount
        }
        ceiling {
          amount
        }
      }
      ledger {
        deductibleUsed {
          amount
        }
        approvedTotal {
          amount
        }
        ceilingRemaining {
          amount
        }
      }
    }
  }
  myMutualAidClaims(first: 20) {
    nodes {
      ...MutualAidClaimCard
    }
  }
}
    fragment MutualAidClaimCard on MutualAidClaim {
  id
  status
  statusLabel
  hospital
  admittedOn
  dischargedOn
  selfPaid {
    amount
  }
  valuated {
    amount
  }
  explanation {
    label
    amount {
      amount
    }
  }
  rejectionNumber
  rejectionMessage
  returnNote
  viewerCan {
    resubmit
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<MutualAidPageQuery, MutualAidPageQueryVariables>;
export const FileMutualAidClaimDocument = new TypedDocumentString(`
    mutation FileMutualAidClaim($input: FileMutualAidClaimInput!) {
  fileMutualAidClaim(input: $input) {
    __typename
    ... on FileMutualAidClaimSuccess {
      claim {
        id
      }
    }
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FileMutualAidClaimMutation, FileMutualAidClaimMutationVariables>;
export const ResubmitMutualAidClaimDocument = new TypedDocumentString(`
    mutation ResubmitMutualAidClaim($input: ResubmitMutualAidClaimInput!) {
  resubmitMutualAidClaim(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ResubmitMutualAidClaimMutation, ResubmitMutualAidClaimMutationVariables>;
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
      viewerCan {
        accept
        decline
      }
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
  viewerCan {
    cancel
    acceptOffer
    invite
    leaveTeam
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
export const NewOfferFormDocument = new TypedDocumentString(`
    query NewOfferForm($merchant: ID!) {
  me {
    ...Viewer
  }
  node(id: $merchant) {
    __typename
    ... on Merchant {
      ...OfferFormMerchant
    }
  }
  unions(level: CITY, first: 100) {
    nodes {
      id
      name
    }
  }
}
    fragment OfferFormMerchant on Merchant {
  id
  name
  status
  viewerCan {
    createOffer
  }
  stores {
    id
    name
    address
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<NewOfferFormQuery, NewOfferFormQueryVariables>;
export const EditOfferFormDocument = new TypedDocumentString(`
    query EditOfferForm($offer: ID!) {
  me {
    ...Viewer
  }
  node(id: $offer) {
    __typename
    ... on Offer {
      ...OfferFormOffer
    }
  }
  unions(level: CITY, first: 100) {
    nodes {
      id
      name
    }
  }
}
    fragment OfferButtons on OfferViewerCan {
  edit
  submit
  pause
  resume
}
fragment OfferFormMerchant on Merchant {
  id
  name
  status
  viewerCan {
    createOffer
  }
  stores {
    id
    name
    address
  }
}
fragment OfferFormOffer on Offer {
  id
  status
  viewerCan {
    ...OfferButtons
  }
  title
  description
  terms
  category
  kind
  percentPaid
  minSpend {
    amount
  }
  reduction {
    amount
  }
  regularPrice {
    amount
  }
  memberPrice {
    amount
  }
  validFrom
  validUntil
  stockTotal
  remainingStock
  claimCount
  perMemberLimit
  perMemberDailyLimit
  codeValidHours
  audience
  audienceUnion {
    id
    name
  }
  reviewNote
  stores {
    store {
      id
    }
  }
  merchant {
    ...OfferFormMerchant
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<EditOfferFormQuery, EditOfferFormQueryVariables>;
export const CreateOfferDocument = new TypedDocumentString(`
    mutation CreateOffer($input: CreateOfferInput!) {
  createOffer(input: $input) {
    __typename
    ... on CreateOfferSuccess {
      offer {
        ...OfferFormOffer
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
}
fragment OfferButtons on OfferViewerCan {
  edit
  submit
  pause
  resume
}
fragment OfferFormMerchant on Merchant {
  id
  name
  status
  viewerCan {
    createOffer
  }
  stores {
    id
    name
    address
  }
}
fragment OfferFormOffer on Offer {
  id
  status
  viewerCan {
    ...OfferButtons
  }
  title
  description
  terms
  category
  kind
  percentPaid
  minSpend {
    amount
  }
  reduction {
    amount
  }
  regularPrice {
    amount
  }
  memberPrice {
    amount
  }
  validFrom
  validUntil
  stockTotal
  remainingStock
  claimCount
  perMemberLimit
  perMemberDailyLimit
  codeValidHours
  audience
  audienceUnion {
    id
    name
  }
  reviewNote
  stores {
    store {
      id
    }
  }
  merchant {
    ...OfferFormMerchant
  }
}`) as unknown as TypedDocumentString<CreateOfferMutation, CreateOfferMutationVariables>;
export const UpdateOfferDocument = new TypedDocumentString(`
    mutation UpdateOffer($input: UpdateOfferInput!) {
  updateOffer(input: $input) {
    __typename
    ... on UpdateOfferSuccess {
      offer {
        ...OfferFormOffer
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
}
fragment OfferButtons on OfferViewerCan {
  edit
  submit
  pause
  resume
}
fragment OfferFormMerchant on Merchant {
  id
  name
  status
  viewerCan {
    createOffer
  }
  stores {
    id
    name
    address
  }
}
fragment OfferFormOffer on Offer {
  id
  status
  viewerCan {
    ...OfferButtons
  }
  title
  description
  terms
  category
  kind
  percentPaid
  minSpend {
    amount
  }
  reduction {
    amount
  }
  regularPrice {
    amount
  }
  memberPrice {
    amount
  }
  validFrom
  validUntil
  stockTotal
  remainingStock
  claimCount
  perMemberLimit
  perMemberDailyLimit
  codeValidHours
  audience
  audienceUnion {
    id
    name
  }
  reviewNote
  stores {
    store {
      id
    }
  }
  merchant {
    ...OfferFormMerchant
  }
}`) as unknown as TypedDocumentString<UpdateOfferMutation, UpdateOfferMutationVariables>;
export const OffersPageDocument = new TypedDocumentString(`
    query OffersPage($filter: OfferSearchInput, $orderBy: OfferOrder, $after: String, $near: GeoPointInput) {
  me {
    ...Viewer
  }
  offers(first: 20, filter: $filter, orderBy: $orderBy, after: $after) {
    nodes {
      ...OfferCard
      stores(near: $near) {
        distanceMeters
        store {
          id
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment OfferCard on Offer {
  id
  title
  kind
  category
  audience
  percentPaid
  reduction {
    amount
  }
  minSpend {
    amount
  }
  memberPrice {
    amount
  }
  regularPrice {
    amount
  }
  remainingStock
  claimCount
  validUntil
  merchant {
    id
    name
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<OffersPageQuery, OffersPageQueryVariables>;
export const OfferPageDocument = new TypedDocumentString(`
    query OfferPage($id: ID!, $near: GeoPointInput) {
  me {
    ...Viewer
  }
  node(id: $id) {
    __typename
    ... on Offer {
      ...OfferCard
      description
      terms
      status
      validFrom
      stockTotal
      perMemberLimit
      perMemberDailyLimit
      codeValidHours
      audienceUnion {
        name
      }
      merchant {
        description
      }
      stores(near: $near) {
        distanceMeters
        store {
          id
          name
          address
          phone
          latitude
          longitude
        }
      }
      viewerEligibility {
        canClaim
        reason {
          code
          message
        }
      }
      viewerCan {
        claim
        purchase
      }
    }
  }
}
    fragment OfferCard on Offer {
  id
  title
  kind
  category
  audience
  percentPaid
  reduction {
    amount
  }
  minSpend {
    amount
  }
  memberPrice {
    amount
  }
  regularPrice {
    amount
  }
  remainingStock
  claimCount
  validUntil
  merchant {
    id
    name
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<OfferPageQuery, OfferPageQueryVariables>;
export const ClaimOfferDocument = new TypedDocumentString(`
    mutation ClaimOffer($input: ClaimOfferInput!) {
  claimOffer(input: $input) {
    __typename
    ... on ClaimOfferSuccess {
      claim {
        ...WalletClaim
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
}
fragment WalletClaim on OfferClaim {
  id
  code
  qrPayload
  status
  claimedAt
  expiresAt
  redeemedAt
  cancelledAt
  redeemedStore {
    name
  }
  viewerCan {
    cancel
    refund
  }
  offer {
    id
    title
    kind
    percentPaid
    reduction {
      amount
    }
    minSpend {
      amount
    }
    memberPrice {
      amount
    }
    regularPrice {
      amount
    }
    merchant {
      name
    }
  }
}`) as unknown as TypedDocumentString<ClaimOfferMutation, ClaimOfferMutationVariables>;
export const PurchaseVoucherDocument = new TypedDocumentString(`
    mutation PurchaseVoucher($input: PurchaseVoucherInput!) {
  purchaseVoucher(input: $input) {
    __typename
    ... on PurchaseVoucherSuccess {
      checkout {
        checkoutUrl
        purchase {
          id
          status
          amount {
            amount
          }
          reservedUntil
        }
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
}`) as unknown as TypedDocumentString<PurchaseVoucherMutation, PurchaseVoucherMutationVariables>;
export const CancelClaimDocument = new TypedDocumentString(`
    mutation CancelClaim($input: CancelClaimInput!) {
  cancelClaim(input: $input) {
    __typename
    ... on CancelClaimSuccess {
      claim {
        ...WalletClaim
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
}
fragment WalletClaim on OfferClaim {
  id
  code
  qrPayload
  status
  claimedAt
  expiresAt
  redeemedAt
  cancelledAt
  redeemedStore {
    name
  }
  viewerCan {
    cancel
    refund
  }
  offer {
    id
    title
    kind
    percentPaid
    reduction {
      amount
    }
    minSpend {
      amount
    }
    memberPrice {
      amount
    }
    regularPrice {
      amount
    }
    merchant {
      name
    }
  }
}`) as unknown as TypedDocumentString<CancelClaimMutation, CancelClaimMutationVariables>;
export const WalletPageDocument = new TypedDocumentString(`
    query WalletPage($status: ClaimStatus) {
  me {
    ...Viewer
  }
  wallet(first: 30, status: $status) {
    nodes {
      ...WalletClaim
    }
  }
  voucherPurchases(first: 10) {
    nodes {
      id
      status
      viewerCan {
        pay
        cancel
      }
      checkoutUrl
      reservedUntil
      amount {
        amount
      }
      offer {
        id
        title
      }
    }
  }
}
    fragment WalletClaim on OfferClaim {
  id
  code
  qrPayload
  status
  claimedAt
  expiresAt
  redeemedAt
  cancelledAt
  redeemedStore {
    name
  }
  viewerCan {
    cancel
    refund
  }
  offer {
    id
    title
    kind
    percentPaid
    reduction {
      amount
    }
    minSpend {
      amount
    }
    memberPrice {
      amount
    }
    regularPrice {
      amount
    }
    merchant {
      name
    }
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<WalletPageQuery, WalletPageQueryVariables>;
export const VoucherReturnDocument = new TypedDocumentString(`
    query VoucherReturn($id: ID!) {
  me {
    ...Viewer
  }
  node(id: $id) {
    __typename
    ... on VoucherPurchase {
      ...VoucherPurchaseParts
    }
  }
}
    fragment WalletClaim on OfferClaim {
  id
  code
  qrPayload
  status
  claimedAt
  expiresAt
  redeemedAt
  cancelledAt
  redeemedStore {
    name
  }
  viewerCan {
    cancel
    refund
  }
  offer {
    id
    title
    kind
    percentPaid
    reduction {
      amount
    }
    minSpend {
      amount
    }
    memberPrice {
      amount
    }
    regularPrice {
      amount
    }
    merchant {
      name
    }
  }
}
fragment VoucherPurchaseParts on VoucherPurchase {
  id
  status
  viewerCan {
    pay
    cancel
  }
  checkoutUrl
  reservedUntil
  paidAt
  refundedAt
  amount {
    amount
  }
  faceValue {
    amount
  }
  offer {
    id
    title
  }
  voucher {
    ...WalletClaim
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<VoucherReturnQuery, VoucherReturnQueryVariables>;
export const CancelVoucherPurchaseDocument = new TypedDocumentString(`
    mutation CancelVoucherPurchase($input: CancelVoucherPurchaseInput!) {
  cancelVoucherPurchase(input: $input) {
    __typename
    ... on CancelVoucherPurchaseSuccess {
      purchase {
        ...VoucherPurchaseParts
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
}
fragment WalletClaim on OfferClaim {
  id
  code
  qrPayload
  status
  claimedAt
  expiresAt
  redeemedAt
  cancelledAt
  redeemedStore {
    name
  }
  viewerCan {
    cancel
    refund
  }
  offer {
    id
    title
    kind
    percentPaid
    reduction {
      amount
    }
    minSpend {
      amount
    }
    memberPrice {
      amount
    }
    regularPrice {
      amount
    }
    merchant {
      name
    }
  }
}
fragment VoucherPurchaseParts on VoucherPurchase {
  id
  status
  viewerCan {
    pay
    cancel
  }
  checkoutUrl
  reservedUntil
  paidAt
  refundedAt
  amount {
    amount
  }
  faceValue {
    amount
  }
  offer {
    id
    title
  }
  voucher {
    ...WalletClaim
  }
}`) as unknown as TypedDocumentString<CancelVoucherPurchaseMutation, CancelVoucherPurchaseMutationVariables>;
export const RefundVoucherDocument = new TypedDocumentString(`
    mutation RefundVoucher($input: RefundVoucherInput!) {
  refundVoucher(input: $input) {
    __typename
    ... on RefundVoucherSuccess {
      voucher {
        ...WalletClaim
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
}
fragment WalletClaim on OfferClaim {
  id
  code
  qrPayload
  status
  claimedAt
  expiresAt
  redeemedAt
  cancelledAt
  redeemedStore {
    name
  }
  viewerCan {
    cancel
    refund
  }
  offer {
    id
    title
    kind
    percentPaid
    reduction {
      amount
    }
    minSpend {
      amount
    }
    memberPrice {
      amount
    }
    regularPrice {
      amount
    }
    merchant {
      name
    }
  }
}`) as unknown as TypedDocumentString<RefundVoucherMutation, RefundVoucherMutationVariables>;
export const NewPostingFormDocument = new TypedDocumentString(`
    query NewPostingForm($employer: ID!) {
  me {
    ...Viewer
  }
  node(id: $employer) {
    __typename
    ... on Employer {
      ...PostingFormEmployer
    }
  }
  unions(level: CITY, first: 100) {
    nodes {
      id
      name
    }
  }
}
    fragment PostingFormEmployer on Employer {
  id
  name
  status
  region {
    id
    level
    parent {
      id
    }
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<NewPostingFormQuery, NewPostingFormQueryVariables>;
export const EditPostingFormDocument = new TypedDocumentString(`
    query EditPostingForm($id: ID!) {
  me {
    ...Viewer
  }
  node(id: $id) {
    __typename
    ... on JobPosting {
      ...PostingFormPosting
    }
  }
  unions(level: CITY, first: 100) {
    nodes {
      id
      name
    }
  }
}
    fragment PostingFormEmployer on Employer {
  id
  name
  status
  region {
    id
    level
    parent {
      id
    }
  }
}
fragment PostingFormPosting on JobPosting {
  id
  status
  viewerCan {
    edit
    submit
  }
  title
  description
  employmentType
  category
  openings
  validThrough
  address
  isRemote
  isPublicBenefit
  suitableForHardship
  benefits
  reviewNote
  salary {
    min {
      amount
    }
    max {
      amount
    }
  }
  requirements {
    education
    experienceYears
    skills
  }
  region {
    id
    name
    level
    parent {
      id
      name
    }
  }
  employer {
    ...PostingFormEmployer
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<EditPostingFormQuery, EditPostingFormQueryVariables>;
export const PostingDistrictsDocument = new TypedDocumentString(`
    query PostingDistricts($city: ID!) {
  unions(parent: $city, level: DISTRICT, first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<PostingDistrictsQuery, PostingDistrictsQueryVariables>;
export const CreateJobPostingDocument = new TypedDocumentString(`
    mutation CreateJobPosting($input: CreateJobPostingInput!) {
  createJobPosting(input: $input) {
    __typename
    ... on CreateJobPostingSuccess {
      posting {
        ...PostingFormPosting
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
}
fragment PostingFormEmployer on Employer {
  id
  name
  status
  region {
    id
    level
    parent {
      id
    }
  }
}
fragment PostingFormPosting on JobPosting {
  id
  status
  viewerCan {
    edit
    submit
  }
  title
  description
  employmentType
  category
  openings
  validThrough
  address
  isRemote
  isPublicBenefit
  suitableForHardship
  benefits
  reviewNote
  salary {
    min {
      amount
    }
    max {
      amount
    }
  }
  requirements {
    education
    experienceYears
    skills
  }
  region {
    id
    name
    level
    parent {
      id
      name
    }
  }
  employer {
    ...PostingFormEmployer
  }
}`) as unknown as TypedDocumentString<CreateJobPostingMutation, CreateJobPostingMutationVariables>;
export const UpdateJobPostingDocument = new TypedDocumentString(`
    mutation UpdateJobPosting($input: UpdateJobPostingInput!) {
  updateJobPosting(input: $input) {
    __typename
    ... on UpdateJobPostingSuccess {
      posting {
        ...PostingFormPosting
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
}
fragment PostingFormEmployer on Employer {
  id
  name
  status
  region {
    id
    level
    parent {
      id
    }
  }
}
fragment PostingFormPosting on JobPosting {
  id
  status
  viewerCan {
    edit
    submit
  }
  title
  description
  employmentType
  category
  openings
  validThrough
  address
  isRemote
  isPublicBenefit
  suitableForHardship
  benefits
  reviewNote
  salary {
    min {
      amount
    }
    max {
      amount
    }
  }
  requirements {
    education
    experienceYears
    skills
  }
  region {
    id
    name
    level
    parent {
      id
      name
    }
  }
  employer {
    ...PostingFormEmployer
  }
}`) as unknown as TypedDocumentString<UpdateJobPostingMutation, UpdateJobPostingMutationVariables>;
export const PrivacyPageDocument = new TypedDocumentString(`
    query PrivacyPage {
  me {
    ...Viewer
    accountClosure {
      status
      requestedAt
      effectiveAt
      viewerCan {
        cancel
      }
    }
    consents {
      document
      version
      acceptedAt
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<PrivacyPageQuery, PrivacyPageQueryVariables>;
export const ExportMyDataDocument = new TypedDocumentString(`
    mutation ExportMyData {
  exportMyData {
    __typename
    ... on ExportMyDataSuccess {
      export {
        fileName
        json
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
}`) as unknown as TypedDocumentString<ExportMyDataMutation, ExportMyDataMutationVariables>;
export const RequestAccountClosureDocument = new TypedDocumentString(`
    mutation RequestAccountClosure($input: RequestAccountClosureInput!) {
  requestAccountClosure(input: $input) {
    __typename
    ... on RequestAccountClosureSuccess {
      closure {
        status
        effectiveAt
      }
    }
    ... on AccountClosureBlocked {
      reasons
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
}`) as unknown as TypedDocumentString<RequestAccountClosureMutation, RequestAccountClosureMutationVariables>;
export const CancelAccountClosureDocument = new TypedDocumentString(`
    mutation CancelAccountClosure {
  cancelAccountClosure {
    __typename
    ... on CancelAccountClosureSuccess {
      closure {
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
}`) as unknown as TypedDocumentString<CancelAccountClosureMutation, CancelAccountClosureMutationVariables>;
export const ReviewsPageDocument = new TypedDocumentString(`
    query ReviewsPage {
  me {
    ...Viewer
  }
  employersToReview(first: 20) {
    nodes {
      id
      name
      creditCode
      industry
      address
      contactName
      contactPhone
      createdAt
      region {
        name
      }
      viewerCan {
        verify
        reject
      }
    }
  }
  merchantApplications(first: 20) {
    nodes {
      id
      name
      creditCode
      category
      description
      contactName
      contactPhone
      createdAt
      union {
        name
      }
      viewerCan {
        approve
        reject
      }
    }
  }
  offersForReview(first: 20) {
    nodes {
      ...OfferCard
      description
      terms
      status
      viewerCan {
        approve
        reject
      }
    }
  }
  jobPostingsToReview(first: 20) {
    nodes {
      ...JobCard
      description
      status
      viewerCan {
        approve
        return
      }
    }
  }
}
    fragment JobCard on JobPosting {
  id
  title
  category
  employmentType
  isPublicBenefit
  suitableForHardship
  isRemote
  openings
  datePosted
  address
  salary {
    min {
      amount
    }
    max {
      amount
    }
  }
  employer {
    id
    name
  }
  region {
    id
    name
  }
}
fragment OfferCard on Offer {
  id
  title
  kind
  category
  audience
  percentPaid
  reduction {
    amount
  }
  minSpend {
    amount
  }
  memberPrice {
    amount
  }
  regularPrice {
    amount
  }
  remainingStock
  claimCount
  validUntil
  merchant {
    id
    name
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<ReviewsPageQuery, ReviewsPageQueryVariables>;
export const ReviewEmployerDocument = new TypedDocumentString(`
    mutation ReviewEmployer($input: ReviewEmployerInput!) {
  reviewEmployer(input: $input) {
    __typename
    ... on ReviewEmployerSuccess {
      employer {
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
}`) as unknown as TypedDocumentString<ReviewEmployerMutation, ReviewEmployerMutationVariables>;
export const ReviewJobPostingDocument = new TypedDocumentString(`
    mutation ReviewJobPosting($input: ReviewJobPostingInput!) {
  reviewJobPosting(input: $input) {
    __typename
    ... on ReviewJobPostingSuccess {
      posting {
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
}`) as unknown as TypedDocumentString<ReviewJobPostingMutation, ReviewJobPostingMutationVariables>;
export const ReviewMerchantDocument = new TypedDocumentString(`
    mutation ReviewMerchant($input: ReviewMerchantInput!) {
  reviewMerchant(input: $input) {
    __typename
    ... on ReviewMerchantSuccess {
      merchant {
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
}`) as unknown as TypedDocumentString<ReviewMerchantMutation, ReviewMerchantMutationVariables>;
export const ReviewOfferDocument = new TypedDocumentString(`
    mutation ReviewOffer($input: ReviewOfferInput!) {
  reviewOffer(input: $input) {
    __typename
    ... on ReviewOfferSuccess {
      offer {
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
}`) as unknown as TypedDocumentString<ReviewOfferMutation, ReviewOfferMutationVariables>;
export const StaffRightsPageDocument = new TypedDocumentString(`
    query StaffRightsPage($union: ID!) {
  me {
    ...Viewer
  }
  rightsCases(union: $union, first: 100) {
    totalCount
    nodes {
      id
      reference
      typeLabel
      claimantName
      employerName
      statusLabel
      status
      openedAt
      caseOfficerName
    }
  }
  rightsFigures(union: $union) {
    includesConfidential
    opened
    open
    closed
    meanDaysToClose
    medianDaysToClose
    recovered {
      amount
    }
    outreach {
      events
      attendance
      firms
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffRightsPageQuery, StaffRightsPageQueryVariables>;
export const StaffRightsViewerDocument = new TypedDocumentString(`
    query StaffRightsViewer {
  me {
    ...Viewer
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffRightsViewerQuery, StaffRightsViewerQueryVariables>;
export const StaffRightsCaseDocument = new TypedDocumentString(`
    query StaffRightsCase($id: ID!) {
  node(id: $id) {
    ... on RightsCase {
      ...RightsCaseCard
      union {
        id
      }
    }
  }
}
    fragment RightsCaseCard on RightsCase {
  id
  reference
  type
  typeLabel
  confidential
  claimantName
  employerName
  description
  openedAtPlace
  status
  statusLabel
  route
  legalAidEligible
  eligibilityReason
  caseOfficerName
  lawyerName
  outcome
  openedAt
  amountInDispute {
    amount
  }
  recovered {
    amount
  }
  union {
    name
  }
  viewerCan {
    triage
    startMediation
    assignLawyer
    startLitigation
    close
    withdraw
    addNote
  }
  events(first: 30) {
    nodes {
      kind
      toStateLabel
      note
      actorName
      createdAt
    }
  }
}`) as unknown as TypedDocumentString<StaffRightsCaseQuery, StaffRightsCaseQueryVariables>;
export const StaffRightsLawyersDocument = new TypedDocumentString(`
    query StaffRightsLawyers($union: ID!) {
  rightsLawyers(union: $union) {
    user
    name
    unionName
  }
}
    `) as unknown as TypedDocumentString<StaffRightsLawyersQuery, StaffRightsLawyersQueryVariables>;
export const StaffTriageRightsCaseDocument = new TypedDocumentString(`
    mutation StaffTriageRightsCase($input: TriageRightsCaseInput!) {
  triageRightsCase(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ...RightsStepResult
  }
}
    fragment RightsStepResult on Error {
  code
  message
}`) as unknown as TypedDocumentString<StaffTriageRightsCaseMutation, StaffTriageRightsCaseMutationVariables>;
export const StaffMediateRightsCaseDocument = new TypedDocumentString(`
    mutation StaffMediateRightsCase($input: RightsCaseStepInput!) {
  startRightsMediation(input: $input) {
    __typename
    ...RightsStepResult
  }
}
    fragment RightsStepResult on Error {
  code
  message
}`) as unknown as TypedDocumentString<StaffMediateRightsCaseMutation, StaffMediateRightsCaseMutationVariables>;
export const StaffAssignRightsLawyerDocument = new TypedDocumentString(`
    mutation StaffAssignRightsLawyer($input: AssignRightsLawyerInput!) {
  assignRightsLawyer(input: $input) {
    __typename
    ...RightsStepResult
  }
}
    fragment RightsStepResult on Error {
  code
  message
}`) as unknown as TypedDocumentString<StaffAssignRightsLawyerMutation, StaffAssignRightsLawyerMutationVariables>;
export const StaffLitigateRightsCaseDocument = new TypedDocumentString(`
    mutation StaffLitigateRightsCase($input: RightsCaseStepInput!) {
  startRightsLitigation(input: $input) {
    __typename
    ...RightsStepResult
  }
}
    fragment RightsStepResult on Error {
  code
  message
}`) as unknown as TypedDocumentString<StaffLitigateRightsCaseMutation, StaffLitigateRightsCaseMutationVariables>;
export const StaffCloseRightsCaseDocument = new TypedDocumentString(`
    mutation StaffCloseRightsCase($input: CloseRightsCaseInput!) {
  closeRightsCase(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ...RightsStepResult
  }
}
    fragment RightsStepResult on Error {
  code
  message
}`) as unknown as TypedDocumentString<StaffCloseRightsCaseMutation, StaffCloseRightsCaseMutationVariables>;
export const StaffNoteRightsCaseDocument = new TypedDocumentString(`
    mutation StaffNoteRightsCase($input: AddRightsCaseNoteInput!) {
  addRightsCaseNote(input: $input) {
    __typename
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ...RightsStepResult
  }
}
    fragment RightsStepResult on Error {
  code
  message
}`) as unknown as TypedDocumentString<StaffNoteRightsCaseMutation, StaffNoteRightsCaseMutationVariables>;
export const RightsPageDocument = new TypedDocumentString(`
    query RightsPage {
  me {
    ...Viewer
  }
  myRightsCases(first: 10) {
    nodes {
      ...RightsCaseCard
    }
  }
}
    fragment RightsCaseCard on RightsCase {
  id
  reference
  type
  typeLabel
  confidential
  claimantName
  employerName
  description
  openedAtPlace
  status
  statusLabel
  route
  legalAidEligible
  eligibilityReason
  caseOfficerName
  lawyerName
  outcome
  openedAt
  amountInDispute {
    amount
  }
  recovered {
    amount
  }
  union {
    name
  }
  viewerCan {
    triage
    startMediation
    assignLawyer
    startLitigation
    close
    withdraw
    addNote
  }
  events(first: 30) {
    nodes {
      kind
      toStateLabel
      note
      actorName
      createdAt
    }
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<RightsPageQuery, RightsPageQueryVariables>;
export const OpenRightsCaseDocument = new TypedDocumentString(`
    mutation OpenRightsCase($input: OpenRightsCaseInput!) {
  openRightsCase(input: $input) {
    __typename
    ... on OpenRightsCaseSuccess {
      case {
        id
      }
    }
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<OpenRightsCaseMutation, OpenRightsCaseMutationVariables>;
export const WithdrawRightsCaseDocument = new TypedDocumentString(`
    mutation WithdrawRightsCase($input: RightsCaseStepInput!) {
  withdrawRightsCase(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawRightsCaseMutation, WithdrawRightsCaseMutationVariables>;
export const RequestSmsCodeDocument = new TypedDocumentString(`
    mutation RequestSmsCode($input: RequestSmsCodeInput!) {
  requestSmsCode(input: $input) {
    __typename
    ... on RequestSmsCodeSuccess {
      sent {
        expiresAt
        resendAfterSeconds
      }
    }
    ... on SmsCooldown {
      retryAfterSeconds
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
}`) as unknown as TypedDocumentString<RequestSmsCodeMutation, RequestSmsCodeMutationVariables>;
export const LoginWithSmsCodeDocument = new TypedDocumentString(`
    mutation LoginWithSmsCode($input: LoginWithSmsCodeInput!) {
  loginWithSmsCode(input: $input) {
    __typename
    ... on LoginWithSmsCodeSuccess {
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
}`) as unknown as TypedDocumentString<LoginWithSmsCodeMutation, LoginWithSmsCodeMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    __typename
    ... on ResetPasswordSuccess {
      reset {
        revokedSessions
        session {
          token
        }
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
}`) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
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
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
    viewerCan {
      checkIn
      changeCapacity
      publishResults
    }
    competition {
      id
      title
      startsOn
    }
    waitingList(first: 100) {
      totalCount
      nodes {
        id
        registrantName
        teamName
        arrivalSeq
        waitlistPosition
        viewerCan {
          move
        }
      }
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
        viewerCan {
          withdraw
          recordScore
        }
      }
    }
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
export const MoveWaitlistEntryDocument = new TypedDocumentString(`
    mutation MoveWaitlistEntry($input: MoveCompetitionWaitlistEntryInput!) {
  moveCompetitionWaitlistEntry(input: $input) {
    __typename
    ... on MoveCompetitionWaitlistEntrySuccess {
      entry {
        id
        waitlistPosition
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
}`) as unknown as TypedDocumentString<MoveWaitlistEntryMutation, MoveWaitlistEntryMutationVariables>;
export const StaffStationsViewerDocument = new TypedDocumentString(`
    query StaffStationsViewer {
  me {
    ...Viewer
  }
}
    fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StaffStationsViewerQuery, StaffStationsViewerQueryVariables>;
export const StaffStationsDocument = new TypedDocumentString(`
    query StaffStations($union: ID!) {
  unionStations(union: $union, first: 100) {
    totalCount
    nodes {
      id
      name
      kind
      address
      statusLabel
      inspectionFailed
      lastInspectedOn
      viewerCan {
        inspect
      }
    }
  }
  stationReports(union: $union, first: 50) {
    totalCount
    nodes {
      ...StaffStationReport
    }
  }
}
    fragment StaffStationReport on StationReport {
  id
  kind
  amenity
  note
  statusLabel
  resolution
  reporterName
  createdAt
  station {
    id
    name
  }
  viewerCan {
    take
    resolve
    dismiss
  }
}`) as unknown as TypedDocumentString<StaffStationsQuery, StaffStationsQueryVariables>;
export const StaffInspectStationDocument = new TypedDocumentString(`
    mutation StaffInspectStation($input: InspectStationInput!) {
  inspectStation(input: $input) {
    __typename
    ... on InspectStationSuccess {
      inspection {
        id
        result
        missing
        station {
          id
          inspectionFailed
        }
      }
    }
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StaffInspectStationMutation, StaffInspectStationMutationVariables>;
export const StaffTakeStationReportDocument = new TypedDocumentString(`
    mutation StaffTakeStationReport($input: StationReportActionInput!) {
  takeStationReport(input: $input) {
    __typename
    ... on TakeStationReportSuccess {
      report {
        ...StaffStationReport
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    fragment StaffStationReport on StationReport {
  id
  kind
  amenity
  note
  statusLabel
  resolution
  reporterName
  createdAt
  station {
    id
    name
  }
  viewerCan {
    take
    resolve
    dismiss
  }
}`) as unknown as TypedDocumentString<StaffTakeStationReportMutation, StaffTakeStationReportMutationVariables>;
export const StaffResolveStationReportDocument = new TypedDocumentString(`
    mutation StaffResolveStationReport($input: StationReportResolutionInput!) {
  resolveStationReport(input: $input) {
    __typename
    ... on ResolveStationReportSuccess {
      report {
        ...StaffStationReport
      }
    }
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    fragment StaffStationReport on StationReport {
  id
  kind
  amenity
  note
  statusLabel
  resolution
  reporterName
  createdAt
  station {
    id
    name
  }
  viewerCan {
    take
    resolve
    dismiss
  }
}`) as unknown as TypedDocumentString<StaffResolveStationReportMutation, StaffResolveStationReportMutationVariables>;
export const StationsNearDocument = new TypedDocumentString(`
    query StationsNear($near: GeoPointInput!, $filter: StationSearchFilter, $after: String) {
  stationsNear(near: $near, filter: $filter, first: 20, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      distanceMetres
      walkMinutes
      node {
        ...StationCard
      }
    }
  }
  stationMapTiles
}
    fragment StationCard on Station {
  id
  kind
  name
  address
  latitude
  longitude
  amenities
  openNow
  inspectionFailed
  statusLabel
  navigation {
    amap
    baidu
    tencent
    apple
    google
  }
}`) as unknown as TypedDocumentString<StationsNearQuery, StationsNearQueryVariables>;
export const StationDetailDocument = new TypedDocumentString(`
    query StationDetail($id: ID!) {
  me {
    ...Viewer
  }
  node(id: $id) {
    __typename
    ... on Station {
      ...StationCard
      unionName
      contactPhone
      stepFree
      accessibleToilet
      accessibilityNote
      closedReason
      lastInspectionResult
      lastInspectedOn
      hours {
        weekday
        weekdayLabel
        opens
        closes
      }
      upcomingExceptions {
        on
        closed
        opens
        closes
        note
      }
      dutyLawyers {
        weekday
        weekdayLabel
        name
        phone
      }
      lawyerOnDutyToday {
        name
        phone
      }
      viewerCan {
        report
        inspect
      }
    }
  }
}
    fragment StationCard on Station {
  id
  kind
  name
  address
  latitude
  longitude
  amenities
  openNow
  inspectionFailed
  statusLabel
  navigation {
    amap
    baidu
    tencent
    apple
    google
  }
}
fragment Viewer on User {
  id
  displayName
  phone
  unreadMessageCount
  pendingConsents {
    document
    title
    version
  }
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
}`) as unknown as TypedDocumentString<StationDetailQuery, StationDetailQueryVariables>;
export const ReportStationProblemDocument = new TypedDocumentString(`
    mutation ReportStationProblem($input: ReportStationProblemInput!) {
  reportStationProblem(input: $input) {
    __typename
    ... on ReportStationProblemSuccess {
      report {
        id
        statusLabel
      }
    }
    ... on InputValidationError {
      fieldErrors {
        field
        code
        message
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReportStationProblemMutation, ReportStationProblemMutationVariables>;