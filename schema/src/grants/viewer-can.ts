import { unionPath } from '../accounts/unions.service.ts';
import { hasUnionRoleOver } from '../accounts/viewer.ts';
import { viewerCanType } from '../common/transitions.ts';
import type { Context } from '../context.ts';
import { callUnionId } from './access.ts';
import { grantLoaders } from './loaders.ts';
import {
  APPLICATION_ACTORS,
  applicationLifecycle,
  callLifecycle,
  callPhase,
  REPORT_ACTORS,
  reportLifecycle,
  REVIEW_ACTORS,
  reviewLifecycle,
  TRANCHE_ACTORS,
  trancheInOrder,
  trancheLifecycle,
  type ApplicationStatus,
  type ReportStatus,
  type ReviewStatus,
  type TrancheStatus,
  viewerCanBy,
} from './lifecycle.ts';

// viewerCan of the grant types: the lifecycle tables (lifecycle.ts) narrowed by who the viewer is,
// with the same role checks as the mutations' scopes. An anonymous viewer holds no role.

export const GrantCallViewerCanRef = viewerCanType('GrantCallViewerCan', {
  apply: '可在申报期内提交申请（工会会员，且在本项目中尚无有效申请）。',
});

export const GrantApplicationViewerCanRef = viewerCanType('GrantApplicationViewerCan', {
  submit: '申请人可提交申请。',
  resubmit: '申请人可在补充材料后重新提交。',
  withdraw: '申请人可撤回申请。',
  startScreening: '工作人员可开始形式审查。',
  requestInfo: '工作人员可要求补充材料。',
  assignReviewer: '工作人员可分配评审专家。',
  startReview: '工作人员可送交专家评审。',
  approve: '工作人员可批准资助。',
  reject: '工作人员可作出不予资助的决定。',
});

export const GrantReviewViewerCanRef = viewerCanType('GrantReviewViewerCan', {
  submit: '评审专家可提交评分（申请须在专家评审中）。',
  declareConflict: '评审专家可声明回避。',
});

export const GrantTrancheViewerCanRef = viewerCanType('GrantTrancheViewerCan', {
  request: '受资助人可申请这一笔拨款（上一笔已拨付时）。',
  approve: '工会工作人员可审批。',
  financeApprove: '财务可复核（须非工会审批人本人）。',
  recordPayment: '财务可登记银行转账拨付。',
  payWithStripe: '财务可通过 Stripe 拨付。',
  recordFailure: '财务可登记拨付失败。',
});

export const GrantReportViewerCanRef = viewerCanType('GrantReportViewerCan', {
  submit: '受资助人可提交（或修改后重新提交）报告。',
  accept: '工会工作人员可验收。',
  requestChanges: '工会工作人员可要求修改。',
});

/** The viewer's roles over the union running the call (platform admins hold every role). */
async function rolesOverCall(ctx: Pick<Context, 'db' | 'viewer'>, callId: string) {
  const { viewer } = ctx;
  if (!viewer) return { staff: false, finance: false };
  const unionId = await callUnionId(ctx.db, callId);
  const path = unionId ? await unionPath(ctx.db, unionId) : null;
  if (path === null) return { staff: false, finance: false };
  return { staff: hasUnionRoleOver(viewer, 'union_staff', path), finance: hasUnionRoleOver(viewer, 'finance', path) };
}

const isViewer = (ctx: Pick<Context, 'viewer'>, userId: string | null) => userId !== null && ctx.viewer?.userId === userId;

/** A member may apply while the call is open, unless they already have a live application in it. */
export async function grantCallViewerCan(call: { id: string; opensAt: Date; closesAt: Date }, ctx: Context) {
  const member = ctx.viewer?.member != null && !(await grantLoaders(ctx).viewerHasLiveApplication.load(call.id));
  return viewerCanBy(callLifecycle, callPhase(call), { draftApplication: 'member', apply: 'member' }, { member });
}

export async function grantApplicationViewerCan(
  app: { status: ApplicationStatus; applicantUserId: string; callId: string },
  ctx: Pick<Context, 'db' | 'viewer'>,
) {
  const { staff } = await rolesOverCall(ctx, app.callId);
  return viewerCanBy(applicationLifecycle, app.status, APPLICATION_ACTORS, {
    applicant: isViewer(ctx, app.applicantUserId),
    staff,
  });
}

export function grantReviewViewerCan(
  review: { status: ReviewStatus; reviewerUserId: string; application: { status: ApplicationStatus } },
  ctx: Pick<Context, 'viewer'>,
) {
  const reviewer = isViewer(ctx, review.reviewerUserId);
  return viewerCanBy(reviewLifecycle, review.status, REVIEW_ACTORS, {
    reviewer,
    scoringReviewer: reviewer && applicationLifecycle.can(review.application.status, 'scoreReview'),
  });
}

export async function grantTrancheViewerCan(
  tranche: {
    status: TrancheStatus;
    position: number;
    staffApprovedByUserId: string | null;
    application: { applicantUserId: string; callId: string; tranches: { position: number; status: TrancheStatus }[] };
  },
  ctx: Pick<Context, 'db' | 'viewer'>,
) {
  const { staff, finance } = await rolesOverCall(ctx, tranche.application.callId);
  const previous = tranche.application.tranches.find((t) => t.position === tranche.position - 1);
  return viewerCanBy(trancheLifecycle, tranche.status, TRANCHE_ACTORS, {
    applicant: isViewer(ctx, tranche.application.applicantUserId) && trancheInOrder(tranche.position, previous?.status),
    staff,
    finance,
    // Four eyes: finance review by someone other than the staff member who approved.
    secondApprover: finance && !isViewer(ctx, tranche.staffApprovedByUserId),
  });
}

export async function grantReportViewerCan(
  report: { status: ReportStatus; application: { applicantUserId: string; callId: string } },
  ctx: Pick<Context, 'db' | 'viewer'>,
) {
  const { staff } = await rolesOverCall(ctx, report.application.callId);
  return viewerCanBy(reportLifecycle, report.status, REPORT_ACTORS, {
    applicant: isViewer(ctx, report.application.applicantUserId),
    staff,
  });
}
