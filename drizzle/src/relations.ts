import { defineRelations } from 'drizzle-orm';
import * as tables from './tables.ts';

export const relations = defineRelations(tables, (r) => ({
  unions: {
    parent: r.one.unions({ from: r.unions.parentId, to: r.unions.id, alias: 'union_parent' }),
    children: r.many.unions({ alias: 'union_parent' }),
    members: r.many.members(),
  },
  users: {
    member: r.one.members({ from: r.users.id, to: r.members.userId }),
    roleGrants: r.many.roleGrants(),
    sessions: r.many.sessions(),
  },
  members: {
    user: r.one.users({ from: r.members.userId, to: r.users.id, optional: false }),
    union: r.one.unions({ from: r.members.unionId, to: r.unions.id, optional: false }),
  },
  roleGrants: {
    user: r.one.users({ from: r.roleGrants.userId, to: r.users.id, optional: false }),
    union: r.one.unions({ from: r.roleGrants.unionId, to: r.unions.id }),
  },
  sessions: {
    user: r.one.users({ from: r.sessions.userId, to: r.users.id, optional: false }),
  },
  auditEvents: {
    actor: r.one.users({ from: r.auditEvents.actorUserId, to: r.users.id }),
  },
  // grants
  grantCalls: {
    union: r.one.unions({ from: r.grantCalls.unionId, to: r.unions.id, optional: false }),
    tiers: r.many.grantTiers(),
    criteria: r.many.grantCriteria(),
    applications: r.many.grantApplications(),
  },
  grantTiers: {
    call: r.one.grantCalls({ from: r.grantTiers.callId, to: r.grantCalls.id, optional: false }),
  },
  grantCriteria: {
    call: r.one.grantCalls({ from: r.grantCriteria.callId, to: r.grantCalls.id, optional: false }),
  },
  grantApplications: {
    call: r.one.grantCalls({ from: r.grantApplications.callId, to: r.grantCalls.id, optional: false }),
    tier: r.one.grantTiers({ from: r.grantApplications.tierId, to: r.grantTiers.id, optional: false }),
    applicant: r.one.members({ from: r.grantApplications.applicantMemberId, to: r.members.id, optional: false }),
    budgetLines: r.many.grantBudgetLines(),
    reviews: r.many.grantReviews(),
    tranches: r.many.grantTranches(),
    reports: r.many.grantReports(),
    documents: r.many.grantDocuments(),
    // The audit trail of the application (events are stored polymorphically by subject).
    auditEvents: r.many.auditEvents({
      from: r.grantApplications.id,
      to: r.auditEvents.subjectId,
      where: { subjectType: 'grant_application' },
    }),
  },
  grantBudgetLines: {
    application: r.one.grantApplications({
      from: r.grantBudgetLines.applicationId,
      to: r.grantApplications.id,
      optional: false,
    }),
  },
  grantReviews: {
    application: r.one.grantApplications({
      from: r.grantReviews.applicationId,
      to: r.grantApplications.id,
      optional: false,
    }),
    reviewer: r.one.users({ from: r.grantReviews.reviewerUserId, to: r.users.id, optional: false }),
    scores: r.many.grantReviewScores(),
  },
  grantReviewScores: {
    review: r.one.grantReviews({ from: r.grantReviewScores.reviewId, to: r.grantReviews.id, optional: false }),
    criterion: r.one.grantCriteria({
      from: r.grantReviewScores.criterionId,
      to: r.grantCriteria.id,
      optional: false,
    }),
  },
  grantTranches: {
    application: r.one.grantApplications({
      from: r.grantTranches.applicationId,
      to: r.grantApplications.id,
      optional: false,
    }),
    report: r.one.grantReports({ from: r.grantTranches.reportId, to: r.grantReports.id }),
  },
  grantDocuments: {
    application: r.one.grantApplications({
      from: r.grantDocuments.applicationId,
      to: r.grantApplications.id,
      optional: false,
    }),
  },
  grantReports: {
    application: r.one.grantApplications({
      from: r.grantReports.applicationId,
      to: r.grantApplications.id,
      optional: false,
    }),
  },
}));

export type Relations = typeof relations;
