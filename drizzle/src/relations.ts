import { defineRelations } from 'drizzle-orm';
import * as tables from './tables.ts';

export const relations = defineRelations(tables, (r) => ({
  unions: {
    parent: r.one.unions({ from: r.unions.parentId, to: r.unions.id, alias: 'union_parent' }),
    children: r.many.unions({ alias: 'union_parent' }),
    members: r.many.members(),
    apiClients: r.many.apiClients(),
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
  messages: {
    user: r.one.users({ from: r.messages.userId, to: r.users.id, optional: false }),
    sms: r.one.smsDeliveries({ from: r.messages.id, to: r.smsDeliveries.messageId }),
  },
  auditEvents: {
    actor: r.one.users({ from: r.auditEvents.actorUserId, to: r.users.id }),
  },
  // offers
  merchants: {
    union: r.one.unions({ from: r.merchants.unionId, to: r.unions.id, optional: false }),
    applicant: r.one.users({ from: r.merchants.applicantUserId, to: r.users.id, optional: false }),
    stores: r.many.merchantStores({ from: r.merchants.id, to: r.merchantStores.merchantId }),
    offers: r.many.offers({ from: r.merchants.id, to: r.offers.merchantId }),
  },
  merchantStores: {
    merchant: r.one.merchants({ from: r.merchantStores.merchantId, to: r.merchants.id, optional: false }),
    union: r.one.unions({ from: r.merchantStores.unionId, to: r.unions.id, optional: false }),
  },
  offers: {
    merchant: r.one.merchants({ from: r.offers.merchantId, to: r.merchants.id, optional: false }),
    union: r.one.unions({ from: r.offers.unionId, to: r.unions.id, optional: false }),
    audienceUnion: r.one.unions({ from: r.offers.audienceUnionId, to: r.unions.id }),
    stores: r.many.merchantStores({
      from: r.offers.id.through(r.offerStores.offerId),
      to: r.merchantStores.id.through(r.offerStores.storeId),
    }),
    claims: r.many.offerClaims({ from: r.offers.id, to: r.offerClaims.offerId }),
  },
  offerClaims: {
    offer: r.one.offers({ from: r.offerClaims.offerId, to: r.offers.id, optional: false }),
    merchant: r.one.merchants({ from: r.offerClaims.merchantId, to: r.merchants.id, optional: false }),
    member: r.one.members({ from: r.offerClaims.memberId, to: r.members.id, optional: false }),
    redeemedStore: r.one.merchantStores({ from: r.offerClaims.redeemedStoreId, to: r.merchantStores.id }),
    purchase: r.one.voucherPurchases({ from: r.offerClaims.id, to: r.voucherPurchases.claimId }),
  },
  voucherPurchases: {
    offer: r.one.offers({ from: r.voucherPurchases.offerId, to: r.offers.id, optional: false }),
    member: r.one.members({ from: r.voucherPurchases.memberId, to: r.members.id, optional: false }),
    claim: r.one.offerClaims({ from: r.voucherPurchases.claimId, to: r.offerClaims.id }),
  },
  // integrations
  apiClients: {
    union: r.one.unions({ from: r.apiClients.unionId, to: r.unions.id, optional: false }),
    merchant: r.one.merchants({ from: r.apiClients.merchantId, to: r.merchants.id }),
    keys: r.many.apiKeys(),
    webhookSubscriptions: r.many.webhookSubscriptions(),
  },
  webhookSubscriptions: {
    client: r.one.apiClients({ from: r.webhookSubscriptions.clientId, to: r.apiClients.id, optional: false }),
    deliveries: r.many.webhookDeliveries(),
  },
  webhookDeliveries: {
    subscription: r.one.webhookSubscriptions({
      from: r.webhookDeliveries.subscriptionId,
      to: r.webhookSubscriptions.id,
      optional: false,
    }),
    attemptLog: r.many.webhookDeliveryAttempts(),
  },
  webhookDeliveryAttempts: {
    delivery: r.one.webhookDeliveries({
      from: r.webhookDeliveryAttempts.deliveryId,
      to: r.webhookDeliveries.id,
      optional: false,
    }),
  },
  apiKeys: {
    client: r.one.apiClients({ from: r.apiKeys.clientId, to: r.apiClients.id, optional: false }),
  },
  // competitions
  competitions: {
    organizer: r.one.unions({ from: r.competitions.organizerUnionId, to: r.unions.id, optional: false }),
    events: r.many.competitionEvents(),
  },
  competitionEvents: {
    competition: r.one.competitions({
      from: r.competitionEvents.competitionId,
      to: r.competitions.id,
      optional: false,
    }),
    prizes: r.many.competitionPrizes(),
    entries: r.many.competitionEntries(),
  },
  competitionPrizes: {
    event: r.one.competitionEvents({ from: r.competitionPrizes.eventId, to: r.competitionEvents.id, optional: false }),
  },
  competitionEntries: {
    event: r.one.competitionEvents({ from: r.competitionEntries.eventId, to: r.competitionEvents.id, optional: false }),
    competition: r.one.competitions({
      from: r.competitionEntries.competitionId,
      to: r.competitions.id,
      optional: false,
    }),
    registrant: r.one.members({ from: r.competitionEntries.registrantMemberId, to: r.members.id, optional: false }),
    prize: r.one.competitionPrizes({ from: r.competitionEntries.prizeId, to: r.competitionPrizes.id }),
    participants: r.many.competitionParticipants(),
    certificates: r.many.competitionCertificates(),
    history: r.many.auditEvents({
      from: r.competitionEntries.id,
      to: r.auditEvents.subjectId,
      where: { subjectType: 'competition_entry' },
    }),
  },
  competitionParticipants: {
    entry: r.one.competitionEntries({
      from: r.competitionParticipants.entryId,
      to: r.competitionEntries.id,
      optional: false,
    }),
    member: r.one.members({ from: r.competitionParticipants.memberId, to: r.members.id, optional: false }),
  },
  competitionCertificates: {
    entry: r.one.competitionEntries({
      from: r.competitionCertificates.entryId,
      to: r.competitionEntries.id,
      optional: false,
    }),
    member: r.one.members({ from: r.competitionCertificates.memberId, to: r.members.id, optional: false }),
    prize: r.one.competitionPrizes({ from: r.competitionCertificates.prizeId, to: r.competitionPrizes.id, optional: false }),
  },
  memberSkillCertificates: {
    member: r.one.members({ from: r.memberSkillCertificates.memberId, to: r.members.id, optional: false }),
  },
  // jobs
  employers: {
    union: r.one.unions({ from: r.employers.unionId, to: r.unions.id, optional: false }),
    postings: r.many.jobPostings(),
    applications: r.many.jobApplications(),
  },
  jobPostings: {
    employer: r.one.employers({ from: r.jobPostings.employerId, to: r.employers.id, optional: false }),
    location: r.one.unions({ from: r.jobPostings.locationUnionId, to: r.unions.id, optional: false }),
    applications: r.many.jobApplications(),
  },
  jobApplications: {
    posting: r.one.jobPostings({ from: r.jobApplications.postingId, to: r.jobPostings.id, optional: false }),
    employer: r.one.employers({ from: r.jobApplications.employerId, to: r.employers.id, optional: false }),
    member: r.one.members({ from: r.jobApplications.memberId, to: r.members.id, optional: false }),
    applicant: r.one.users({ from: r.jobApplications.applicantUserId, to: r.users.id, optional: false }),
    fair: r.one.jobFairs({ from: r.jobApplications.fairId, to: r.jobFairs.id }),
  },
  jobFairs: {
    organizer: r.one.unions({ from: r.jobFairs.organizerUnionId, to: r.unions.id, optional: false }),
    fairEmployers: r.many.jobFairEmployers(),
    fairPostings: r.many.jobFairPostings(),
    employers: r.many.employers({
      from: r.jobFairs.id.through(r.jobFairEmployers.fairId),
      to: r.employers.id.through(r.jobFairEmployers.employerId),
    }),
    postings: r.many.jobPostings({
      from: r.jobFairs.id.through(r.jobFairPostings.fairId),
      to: r.jobPostings.id.through(r.jobFairPostings.postingId),
    }),
  },
  jobFairEmployers: {
    fair: r.one.jobFairs({ from: r.jobFairEmployers.fairId, to: r.jobFairs.id, optional: false }),
    employer: r.one.employers({ from: r.jobFairEmployers.employerId, to: r.employers.id, optional: false }),
  },
  jobFairPostings: {
    fair: r.one.jobFairs({ from: r.jobFairPostings.fairId, to: r.jobFairs.id, optional: false }),
    posting: r.one.jobPostings({ from: r.jobFairPostings.postingId, to: r.jobPostings.id, optional: false }),
  },
  jobFairRegistrations: {
    fair: r.one.jobFairs({ from: r.jobFairRegistrations.fairId, to: r.jobFairs.id, optional: false }),
    member: r.one.members({ from: r.jobFairRegistrations.memberId, to: r.members.id, optional: false }),
  },
  jobSeekerProfiles: {
    member: r.one.members({ from: r.jobSeekerProfiles.memberId, to: r.members.id, optional: false }),
  },
  jobReviewPolicies: {
    union: r.one.unions({ from: r.jobReviewPolicies.unionId, to: r.unions.id, optional: false }),
  },
  jobRecommendations: {
    posting: r.one.jobPostings({ from: r.jobRecommendations.postingId, to: r.jobPostings.id, optional: false }),
    member: r.one.members({ from: r.jobRecommendations.memberId, to: r.members.id, optional: false }),
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
    storedFile: r.one.storedFiles({ from: r.grantDocuments.storedFileId, to: r.storedFiles.id }),
  },
  grantReports: {
    application: r.one.grantApplications({
      from: r.grantReports.applicationId,
      to: r.grantApplications.id,
      optional: false,
    }),
  },
  // files
  storedFiles: {
    uploader: r.one.users({ from: r.storedFiles.uploadedByUserId, to: r.users.id, optional: false }),
  },
  // rights
  rightsCases: {
    member: r.one.members({ from: r.rightsCases.memberId, to: r.members.id }),
    union: r.one.unions({ from: r.rightsCases.unionId, to: r.unions.id, optional: false }),
    caseOfficer: r.one.users({ from: r.rightsCases.caseOfficerUserId, to: r.users.id, alias: 'rights_case_officer' }),
    lawyer: r.one.users({ from: r.rightsCases.lawyerUserId, to: r.users.id, alias: 'rights_case_lawyer' }),
    intakeOfficer: r.one.users({ from: r.rightsCases.intakeOfficerUserId, to: r.users.id, alias: 'rights_case_intake' }),
    events: r.many.rightsCaseEvents({ from: r.rightsCases.id, to: r.rightsCaseEvents.caseId }),
    documents: r.many.rightsCaseDocuments({ from: r.rightsCases.id, to: r.rightsCaseDocuments.caseId }),
  },
  rightsCaseEvents: {
    case: r.one.rightsCases({ from: r.rightsCaseEvents.caseId, to: r.rightsCases.id, optional: false }),
    actor: r.one.users({ from: r.rightsCaseEvents.actorUserId, to: r.users.id }),
  },
  rightsCaseDocuments: {
    case: r.one.rightsCases({ from: r.rightsCaseDocuments.caseId, to: r.rightsCases.id, optional: false }),
    file: r.one.storedFiles({ from: r.rightsCaseDocuments.storedFileId, to: r.storedFiles.id, optional: false }),
  },
  rightsOutreachEvents: {
    union: r.one.unions({ from: r.rightsOutreachEvents.unionId, to: r.unions.id, optional: false }),
  },
  // hardship
  hardshipFiles: {
    member: r.one.members({ from: r.hardshipFiles.memberId, to: r.members.id, optional: false }),
    union: r.one.unions({ from: r.hardshipFiles.unionId, to: r.unions.id, optional: false }),
    documents: r.many.hardshipDocuments({ from: r.hardshipFiles.id, to: r.hardshipDocuments.fileId }),
    loans: r.many.hardshipLoans({ from: r.hardshipFiles.id, to: r.hardshipLoans.fileId }),
    visits: r.many.hardshipVisits({ from: r.hardshipFiles.id, to: r.hardshipVisits.fileId }),
    pairings: r.many.hardshipPairings({ from: r.hardshipFiles.id, to: r.hardshipPairings.fileId }),
    aidApplications: r.many.hardshipAidApplications({ from: r.hardshipFiles.id, to: r.hardshipAidApplications.fileId }),
    auditEvents: r.many.auditEvents({
      from: r.hardshipFiles.id,
      to: r.auditEvents.subjectId,
      where: { subjectType: 'hardship_file' },
    }),
  },
  hardshipLoans: {
    file: r.one.hardshipFiles({ from: r.hardshipLoans.fileId, to: r.hardshipFiles.id, optional: false }),
    member: r.one.members({ from: r.hardshipLoans.memberId, to: r.members.id, optional: false }),
    instalments: r.many.hardshipLoanInstalments({ from: r.hardshipLoans.id, to: r.hardshipLoanInstalments.loanId }),
    auditEvents: r.many.auditEvents({
      from: r.hardshipLoans.id,
      to: r.auditEvents.subjectId,
      where: { subjectType: 'hardship_loan' },
    }),
  },
  hardshipLoanInstalments: {
    loan: r.one.hardshipLoans({ from: r.hardshipLoanInstalments.loanId, to: r.hardshipLoans.id, optional: false }),
  },
  hardshipVisits: {
    file: r.one.hardshipFiles({ from: r.hardshipVisits.fileId, to: r.hardshipFiles.id, optional: false }),
  },
  hardshipPairings: {
    file: r.one.hardshipFiles({ from: r.hardshipPairings.fileId, to: r.hardshipFiles.id, optional: false }),
    cadre: r.one.users({ from: r.hardshipPairings.cadreUserId, to: r.users.id, optional: false }),
  },
  hardshipDocuments: {
    file: r.one.hardshipFiles({ from: r.hardshipDocuments.fileId, to: r.hardshipFiles.id, optional: false }),
    storedFile: r.one.storedFiles({ from: r.hardshipDocuments.storedFileId, to: r.storedFiles.id }),
  },
  hardshipAidSchemes: {
    union: r.one.unions({ from: r.hardshipAidSchemes.unionId, to: r.unions.id, optional: false }),
    area: r.one.unions({ from: r.hardshipAidSchemes.areaUnionId, to: r.unions.id }),
    applications: r.many.hardshipAidApplications({ from: r.hardshipAidSchemes.id, to: r.hardshipAidApplications.schemeId }),
  },
  hardshipAidApplications: {
    scheme: r.one.hardshipAidSchemes({ from: r.hardshipAidApplications.schemeId, to: r.hardshipAidSchemes.id, optional: false }),
    file: r.one.hardshipFiles({ from: r.hardshipAidApplications.fileId, to: r.hardshipFiles.id, optional: false }),
    member: r.one.members({ from: r.hardshipAidApplications.memberId, to: r.members.id, optional: false }),
    union: r.one.unions({ from: r.hardshipAidApplications.unionId, to: r.unions.id, optional: false }),
    mutualAidClaim: r.one.mutualAidClaims({ from: r.hardshipAidApplications.mutualAidClaimId, to: r.mutualAidClaims.id }),
    auditEvents: r.many.auditEvents({
      from: r.hardshipAidApplications.id,
      to: r.auditEvents.subjectId,
      where: { subjectType: 'hardship_aid_application' },
    }),
  },
  // stations
  stations: {
    union: r.one.unions({ from: r.stations.unionId, to: r.unions.id, optional: false }),
    hours: r.many.stationHours({ from: r.stations.id, to: r.stationHours.stationId }),
    exceptions: r.many.stationHourExceptions({ from: r.stations.id, to: r.stationHourExceptions.stationId }),
    inspections: r.many.stationInspections({ from: r.stations.id, to: r.stationInspections.stationId }),
    reports: r.many.stationReports({ from: r.stations.id, to: r.stationReports.stationId }),
  },
  stationInspections: {
    station: r.one.stations({ from: r.stationInspections.stationId, to: r.stations.id, optional: false }),
    inspector: r.one.users({ from: r.stationInspections.inspectedByUserId, to: r.users.id, optional: false }),
    photos: r.many.storedFiles({
      from: r.stationInspections.id,
      to: r.storedFiles.attachmentId,
      where: { attachmentKind: 'station_inspection_photo' },
    }),
  },
  stationReports: {
    station: r.one.stations({ from: r.stationReports.stationId, to: r.stations.id, optional: false }),
    member: r.one.members({ from: r.stationReports.memberId, to: r.members.id, optional: false }),
  },
  // congress
  congressSessions: {
    union: r.one.unions({ from: r.congressSessions.unionId, to: r.unions.id, optional: false }),
    agenda: r.many.congressAgendaItems({ from: r.congressSessions.id, to: r.congressAgendaItems.sessionId }),
    delegates: r.many.congressDelegates({ from: r.congressSessions.id, to: r.congressDelegates.sessionId }),
    documents: r.many.congressDocuments({ from: r.congressSessions.id, to: r.congressDocuments.sessionId }),
    resolutions: r.many.congressResolutions({ from: r.congressSessions.id, to: r.congressResolutions.sessionId }),
    motions: r.many.congressMotions({ from: r.congressSessions.id, to: r.congressMotions.sessionId }),
  },
  congressAgendaItems: {
    session: r.one.congressSessions({ from: r.congressAgendaItems.sessionId, to: r.congressSessions.id, optional: false }),
  },
  congressDelegates: {
    session: r.one.congressSessions({ from: r.congressDelegates.sessionId, to: r.congressSessions.id, optional: false }),
    member: r.one.members({ from: r.congressDelegates.memberId, to: r.members.id, optional: false }),
  },
  congressDocuments: {
    session: r.one.congressSessions({ from: r.congressDocuments.sessionId, to: r.congressSessions.id, optional: false }),
    paragraphs: r.many.congressParagraphs({ from: r.congressDocuments.id, to: r.congressParagraphs.documentId }),
    file: r.one.storedFiles({ from: r.congressDocuments.storedFileId, to: r.storedFiles.id }),
    groupSummaries: r.many.congressGroupSummaries({ from: r.congressDocuments.id, to: r.congressGroupSummaries.documentId }),
  },
  congressParagraphs: {
    document: r.one.congressDocuments({ from: r.congressParagraphs.documentId, to: r.congressDocuments.id, optional: false }),
    opinions: r.many.congressOpinions({ from: r.congressParagraphs.id, to: r.congressOpinions.paragraphId }),
  },
  congressOpinions: {
    paragraph: r.one.congressParagraphs({ from: r.congressOpinions.paragraphId, to: r.congressParagraphs.id, optional: false }),
    delegate: r.one.congressDelegates({ from: r.congressOpinions.delegateId, to: r.congressDelegates.id, optional: false }),
  },
  congressGroupSummaries: {
    document: r.one.congressDocuments({ from: r.congressGroupSummaries.documentId, to: r.congressDocuments.id, optional: false }),
    leader: r.one.congressDelegates({ from: r.congressGroupSummaries.leaderDelegateId, to: r.congressDelegates.id, optional: false }),
  },
  congressResolutions: {
    session: r.one.congressSessions({ from: r.congressResolutions.sessionId, to: r.congressSessions.id, optional: false }),
  },
  congressMotions: {
    session: r.one.congressSessions({ from: r.congressMotions.sessionId, to: r.congressSessions.id, optional: false }),
    proposer: r.one.congressDelegates({ from: r.congressMotions.proposerDelegateId, to: r.congressDelegates.id, optional: false }),
    cosigners: r.many.congressMotionCosigners({ from: r.congressMotions.id, to: r.congressMotionCosigners.motionId }),
  },
  congressMotionCosigners: {
    motion: r.one.congressMotions({ from: r.congressMotionCosigners.motionId, to: r.congressMotions.id, optional: false }),
    delegate: r.one.congressDelegates({ from: r.congressMotionCosigners.delegateId, to: r.congressDelegates.id, optional: false }),
  },
  // mutual_aid
  mutualAidSchemes: {
    union: r.one.unions({ from: r.mutualAidSchemes.unionId, to: r.unions.id, optional: false }),
  },
  mutualAidEnrolments: {
    scheme: r.one.mutualAidSchemes({ from: r.mutualAidEnrolments.schemeId, to: r.mutualAidSchemes.id, optional: false }),
    union: r.one.unions({ from: r.mutualAidEnrolments.unionId, to: r.unions.id, optional: false }),
  },
  mutualAidCovers: {
    scheme: r.one.mutualAidSchemes({ from: r.mutualAidCovers.schemeId, to: r.mutualAidSchemes.id, optional: false }),
    member: r.one.members({ from: r.mutualAidCovers.memberId, to: r.members.id, optional: false }),
    union: r.one.unions({ from: r.mutualAidCovers.unionId, to: r.unions.id, optional: false }),
    claims: r.many.mutualAidClaims({ from: r.mutualAidCovers.id, to: r.mutualAidClaims.coverId }),
  },
  mutualAidClaims: {
    scheme: r.one.mutualAidSchemes({ from: r.mutualAidClaims.schemeId, to: r.mutualAidSchemes.id, optional: false }),
    cover: r.one.mutualAidCovers({ from: r.mutualAidClaims.coverId, to: r.mutualAidCovers.id, optional: false }),
    member: r.one.members({ from: r.mutualAidClaims.memberId, to: r.members.id, optional: false }),
    union: r.one.unions({ from: r.mutualAidClaims.unionId, to: r.unions.id, optional: false }),
    documents: r.many.mutualAidClaimDocuments({ from: r.mutualAidClaims.id, to: r.mutualAidClaimDocuments.claimId }),
    auditEvents: r.many.auditEvents({
      from: r.mutualAidClaims.id,
      to: r.auditEvents.subjectId,
      where: { subjectType: 'mutual_aid_claim' },
    }),
  },
  mutualAidClaimDocuments: {
    claim: r.one.mutualAidClaims({ from: r.mutualAidClaimDocuments.claimId, to: r.mutualAidClaims.id, optional: false }),
    file: r.one.storedFiles({ from: r.mutualAidClaimDocuments.storedFileId, to: r.storedFiles.id, optional: false }),
  },
  // classes
  classCourses: {
    union: r.one.unions({ from: r.classCourses.unionId, to: r.unions.id, optional: false }),
    sessions: r.many.classSessions({ from: r.classCourses.id, to: r.classSessions.courseId }),
    enrolments: r.many.classEnrolments({ from: r.classCourses.id, to: r.classEnrolments.courseId }),
    staff: r.many.classStaff({ from: r.classCourses.id, to: r.classStaff.courseId }),
    incidents: r.many.classIncidents({ from: r.classCourses.id, to: r.classIncidents.courseId }),
    subsidyClaim: r.one.classSubsidyClaims({ from: r.classCourses.id, to: r.classSubsidyClaims.courseId }),
  },
  classSessions: {
    course: r.one.classCourses({ from: r.classSessions.courseId, to: r.classCourses.id, optional: false }),
  },
  classEnrolments: {
    course: r.one.classCourses({ from: r.classEnrolments.courseId, to: r.classCourses.id, optional: false }),
    member: r.one.members({ from: r.classEnrolments.memberId, to: r.members.id, optional: false }),
    attendance: r.many.classAttendance({ from: r.classEnrolments.id, to: r.classAttendance.enrolmentId }),
  },
  classAttendance: {
    session: r.one.classSessions({ from: r.classAttendance.sessionId, to: r.classSessions.id, optional: false }),
    enrolment: r.one.classEnrolments({ from: r.classAttendance.enrolmentId, to: r.classEnrolments.id, optional: false }),
  },
  classStaff: {
    course: r.one.classCourses({ from: r.classStaff.courseId, to: r.classCourses.id, optional: false }),
  },
  classIncidents: {
    course: r.one.classCourses({ from: r.classIncidents.courseId, to: r.classCourses.id, optional: false }),
  },
  classSubsidyClaims: {
    course: r.one.classCourses({ from: r.classSubsidyClaims.courseId, to: r.classCourses.id, optional: false }),
  },
}));

export type Relations = typeof relations;
