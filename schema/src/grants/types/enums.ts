import { builder } from '../../builder.ts';

export const GrantDistinction = builder.enumType('GrantDistinction', {
  description: '大工匠档次可认定的荣誉条件。',
  values: {
    MAJOR_BREAKTHROUGH: { value: 'major_breakthrough', description: '取得重大技术突破' },
    KEY_PROVINCIAL_PROJECT: { value: 'key_provincial_project', description: '主持省级重点项目' },
    NATIONAL_MODEL_WORKER: { value: 'national_model_worker', description: '全国劳动模范' },
    NATIONAL_SKILL_AWARD: { value: 'national_skill_award', description: '获国家级技能奖项' },
  } as const,
});

export const GrantApplicationStatus = builder.enumType('GrantApplicationStatus', {
  values: {
    DRAFT: { value: 'draft', description: '草稿' },
    SUBMITTED: { value: 'submitted', description: '已提交' },
    SCREENING: { value: 'screening', description: '形式审查中' },
    INFO_REQUESTED: { value: 'info_requested', description: '需补充材料' },
    RESUBMITTED: { value: 'resubmitted', description: '已补充材料' },
    UNDER_REVIEW: { value: 'under_review', description: '专家评审中' },
    DECISION_PENDING: { value: 'decision_pending', description: '待决定' },
    APPROVED: { value: 'approved', description: '已批准' },
    REJECTED: { value: 'rejected', description: '未获批准' },
    WITHDRAWN: { value: 'withdrawn', description: '已撤回' },
  } as const,
});

export const GrantReviewStatus = builder.enumType('GrantReviewStatus', {
  values: {
    ASSIGNED: { value: 'assigned', description: '待评审' },
    CONFLICT_DECLARED: { value: 'conflict_declared', description: '已声明回避' },
    SUBMITTED: { value: 'submitted', description: '已提交评审' },
  } as const,
});

export const GrantTrancheStatus = builder.enumType('GrantTrancheStatus', {
  values: {
    PLANNED: { value: 'planned', description: '未申请' },
    REQUESTED: { value: 'requested', description: '已申请' },
    STAFF_APPROVED: { value: 'staff_approved', description: '工会已审批' },
    FINANCE_APPROVED: { value: 'finance_approved', description: '财务已复核' },
    PAID: { value: 'paid', description: '已拨付' },
    FAILED: { value: 'failed', description: '拨付失败' },
  } as const,
});

export const GrantReportStatus = builder.enumType('GrantReportStatus', {
  values: {
    DUE: { value: 'due', description: '待提交' },
    SUBMITTED: { value: 'submitted', description: '已提交' },
    CHANGES_REQUESTED: { value: 'changes_requested', description: '需修改' },
    ACCEPTED: { value: 'accepted', description: '已验收' },
  } as const,
});

export const PaymentMethod = builder.enumType('GrantPaymentMethod', {
  values: {
    BANK_TRANSFER: { value: 'bank_transfer', description: '银行转账（登记流水号）' },
    STRIPE_TRANSFER: { value: 'stripe_transfer', description: 'Stripe 转账至工作室的关联账户' },
  } as const,
});


export const GrantDocumentType = builder.enumType('GrantDocumentType', {
  description: '可上传的材料类型；服务器按文件头核对，不只看声明。',
  values: {
    PDF: { value: 'application/pdf' },
    JPEG: { value: 'image/jpeg' },
    PNG: { value: 'image/png' },
  } as const,
});

