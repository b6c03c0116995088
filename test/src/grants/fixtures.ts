import { expect } from 'vitest';
import type { GraphQLClient } from '../support/graphql.ts';

// Shared GraphQL documents and builders for the grant tests.

const ERROR = /* GraphQL */ `
  ... on InputValidationError { code message fieldErrors { field code message } }
  ... on Error { code message }
`;

export const APPLICATION_FIELDS = /* GraphQL */ `
  fragment App on GrantApplication {
    id status statusLabel studioName applicantName infoRequest decisionRationale
    requestedAmount { amount currency } approvedAmount { amount }
    budgetLines { item amount { amount } }
    tranches { id position label status amount { amount } paymentReference paymentMethod }
  }
`;

export const CREATE_CALL = /* GraphQL */ `
  mutation CreateCall($input: CreateGrantCallInput!) {
    createGrantCall(input: $input) {
      __typename
      ... on CreateGrantCallSuccess {
        call {
          id title isOpen budget { amount currency } remainingBudget { amount } reviewersPerApplication
          eligibilityConditions qualifyingDistinctions requiredDocuments
          tiers { id name minAmount { amount } maxAmount { amount } requiredTitle requiresDistinction }
          criteria { id name weight }
        }
      }
      ${ERROR}
    }
  }
`;

export const CREATE_APPLICATION = /* GraphQL */ `
  mutation CreateApplication($input: CreateGrantApplicationInput!) {
    createGrantApplication(input: $input) {
      __typename
      ... on CreateGrantApplicationSuccess { application { ...App } }
      ... on AmountOutsideTier { min { amount } max { amount } }
      ... on BudgetLinesMismatch { linesTotal { amount } requested { amount } }
      ${ERROR}
    }
  }
  ${APPLICATION_FIELDS}
`;

export const UPDATE_APPLICATION = /* GraphQL */ `
  mutation UpdateApplication($input: UpdateGrantApplicationInput!) {
    updateGrantApplication(input: $input) {
      __typename
      ... on UpdateGrantApplicationSuccess { application { ...App } }
      ... on InvalidTransition { fromState toState }
      ${ERROR}
    }
  }
  ${APPLICATION_FIELDS}
`;

/** One document per application move; all take { application, reason? } or their own input. */
const applicationMove = (field: string, inputType: string, extra = '') => /* GraphQL */ `
  mutation Move($input: ${inputType}!) {
    ${field}(input: $input) {
      __typename
      ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success { application { ...App } }
      ... on InvalidTransition { fromState toState }
      ${extra}
      ${ERROR}
    }
  }
  ${APPLICATION_FIELDS}
`;

export const SUBMIT = applicationMove(
  'submitGrantApplication',
  'GrantApplicationActionInput',
  '... on BudgetLinesMismatch { linesTotal { amount } } ... on DocumentsMissing { missing }',
);
export const START_SCREENING = applicationMove('startGrantScreening', 'GrantApplicationActionInput');
export const REQUEST_INFO = applicationMove('requestGrantApplicationInfo', 'RequestGrantInfoInput');
export const RESUBMIT = applicationMove('resubmitGrantApplication', 'GrantApplicationActionInput');
export const WITHDRAW = applicationMove('withdrawGrantApplication', 'GrantApplicationActionInput');
export const START_REVIEW = applicationMove(
  'startGrantReview',
  'GrantApplicationActionInput',
  '... on NotEnoughReviewers { required assigned }',
);
export const DECIDE = applicationMove(
  'decideGrantApplication',
  'DecideGrantApplicationInput',
  '... on CallBudgetExceeded { remaining { amount } } ... on AmountOutsideTier { min { amount } max { amount } }',
);

const REVIEW_FIELDS = `id status reviewerName conflictReason submittedAt`;

export const ASSIGN_REVIEWER = /* GraphQL */ `
  mutation Assign($input: AssignGrantReviewerInput!) {
    assignGrantReviewer(input: $input) {
      __typename
      ... on AssignGrantReviewerSuccess { review { ${REVIEW_FIELDS} } }
      ${ERROR}
    }
  }
`;

export const DECLARE_CONFLICT = /* GraphQL */ `
  mutation Conflict($input: DeclareGrantReviewConflictInput!) {
    declareGrantReviewConflict(input: $input) {
      __typename
      ... on DeclareGrantReviewConflictSuccess { review { ${REVIEW_FIELDS} } }
      ... on InvalidTransition { fromState toState }
      ${ERROR}
    }
  }
`;

export const SUBMIT_REVIEW = /* GraphQL */ `
  mutation SubmitReview($input: SubmitGrantReviewInput!) {
    submitGrantReview(input: $input) {
      __typename
      ... on SubmitGrantReviewSuccess { review { ${REVIEW_FIELDS} weightedScore application { status } } }
      ${ERROR}
    }
  }
`;

const trancheDocument = (field: string, inputType = 'GrantTrancheActionInput') => /* GraphQL */ `
  mutation Tranche($input: ${inputType}!) {
    ${field}(input: $input) {
      __typename
      ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success {
        tranche { id status statusLabel paymentMethod paymentReference failureReason paidAt }
      }
      ... on InvalidTransition { fromState toState }
      ${ERROR}
    }
  }
`;

export const REQUEST_TRANCHE = trancheDocument('requestGrantTranche');
export const REPORTS_OF = /* GraphQL */ `
  query Reports($id: ID!) {
    node(id: $id) {
      ... on GrantApplication {
        reports { id title dueOn status statusLabel content reviewNote }
        tranches { position report { title status } }
      }
    }
  }
`;
const reportDocument = (field: string, inputType: string) => /* GraphQL */ `
  mutation Report($input: ${inputType}!) {
    ${field}(input: $input) {
      __typename
      ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success { report { id status statusLabel content reviewNote } }
      ... on InvalidTransition { fromState toState }
      ${ERROR}
    }
  }
`;
export const SUBMIT_REPORT = reportDocument('submitGrantReport', 'SubmitGrantReportInput');
export const REVIEW_REPORT = reportDocument('reviewGrantReport', 'ReviewGrantReportInput');
export const APPROVE_TRANCHE = trancheDocument('approveGrantTranche');
export const FINANCE_APPROVE_TRANCHE = trancheDocument('financeApproveGrantTranche');
export const RECORD_PAYMENT = trancheDocument('recordGrantTranchePayment', 'RecordGrantPaymentInput');
export const RECORD_FAILURE = trancheDocument('recordGrantTranchePaymentFailure', 'RecordGrantPaymentFailureInput');

export const APPLICATION = /* GraphQL */ `
  query Application($id: ID!) {
    node(id: $id) {
      ... on GrantApplication {
        ...App
        call { remainingBudget { amount } approvedTotal { amount } }
      }
    }
  }
  ${APPLICATION_FIELDS}
`;

export const AUDIT_TRAIL = /* GraphQL */ `
  query Trail($id: ID!) {
    node(id: $id) {
      ... on GrantApplication {
        auditTrail(first: 100) { totalCount nodes { action fromState toState reason actorName createdAt } }
      }
    }
  }
`;

export const REVIEWS_OF = /* GraphQL */ `
  query Reviews($id: ID!) {
    node(id: $id) {
      ... on GrantApplication {
        status
        reviews(first: 10) { nodes { id status reviewerName scores { score comment criterion { name } } weightedScore } }
      }
    }
  }
`;

export const WEIGHTED_AVERAGE = /* GraphQL */ `
  query Average($id: ID!) { node(id: $id) { ... on GrantApplication { weightedAverageScore } } }
`;

export const ME_ID = `{ me { id } }`;
export const UNION_ID = `query U($code: String!) { unionByCode(code: $code) { id } }`;

export const money = (amount: number) => ({ amount, currency: 'CNY' });

export const STANDARD_CONDITIONS = [
  '热爱祖国，遵纪守法，具有良好的职业道德',
  '在生产一线从事技术技能工作',
  '在技术创新或技艺传承方面有突出贡献',
  '积极开展传帮带',
  '所在企业支持工作室建设',
];

/** A Shandong call with both tiers, open now, two reviewers per application. */
export function callInput(unionId: string, overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    union: unionId,
    title: '齐鲁工匠创新工作室资助（测试）',
    description: '测试用资助项目',
    opensAt: new Date(now - 24 * 3600_000).toISOString(),
    closesAt: new Date(now + 30 * 24 * 3600_000).toISOString(),
    budget: money(100_000_000),
    reviewersPerApplication: 2,
    eligibilityConditions: STANDARD_CONDITIONS,
    qualifyingDistinctions: ['MAJOR_BREAKTHROUGH', 'KEY_PROVINCIAL_PROJECT', 'NATIONAL_MODEL_WORKER', 'NATIONAL_SKILL_AWARD'],
    requiredDocuments: ['工作室建设方案', '企业推荐意见'],
    tiers: [
      { name: '齐鲁工匠', minAmount: money(5_000_000), requiredTitle: 'CRAFTSMAN' },
      { name: '齐鲁大工匠', minAmount: money(25_000_000), requiredTitle: 'MASTER_CRAFTSMAN', requiresDistinction: true },
    ],
    criteria: [
      { name: '技术创新能力', weight: 40 },
      { name: '示范带动作用', weight: 30 },
      { name: '建设计划可行性', weight: 30 },
    ],
    ...overrides,
  };
}

/** A tiny but genuine PDF, as a scanned document would start. */
export const PDF_BASE64 = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');

export const pdf = (kind: string) => ({ kind, fileName: `${kind}.pdf`, contentType: 'PDF', contentBase64: PDF_BASE64 });

export function applicationInput(callId: string, tierId: string, amount: number, overrides: Record<string, unknown> = {}) {
  const first = Math.floor(amount * 0.6);
  return {
    call: callId,
    tier: tierId,
    studioName: '测试创新工作室',
    enterprise: '中国重汽集团',
    trade: '汽车装配',
    teamMembers: [{ name: '李明', role: '技术骨干' }],
    requestedAmount: money(amount),
    plan: '开展关键工序技术攻关，带徒十名，形成可推广的操作法。',
    budgetLines: [
      { item: '设备购置', amount: money(first) },
      { item: '培训与攻关', amount: money(amount - first) },
    ],
    distinctions: [],
    eligibilityAttested: true,
    documents: [pdf('工作室建设方案'), pdf('企业推荐意见')],
    ...overrides,
  };
}

export async function createCall(staff: GraphQLClient, unionId: string, overrides: Record<string, unknown> = {}) {
  const data = await staff.query(CREATE_CALL, { input: callInput(unionId, overrides) });
  expect(data.createGrantCall.__typename, JSON.stringify(data.createGrantCall)).toBe('CreateGrantCallSuccess');
  return data.createGrantCall.call as {
    id: string;
    tiers: { id: string; name: string }[];
    criteria: { id: string; name: string; weight: number }[];
  };
}

/** Runs an application move and expects it to succeed; returns the application. */
export async function move(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const data = await client.query(document, { input });
  const result = Object.values(data)[0] as { __typename: string; application: any };
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.application;
}

export async function trancheMove(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const data = await client.query(document, { input });
  const result = Object.values(data)[0] as { __typename: string; tranche: any };
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.tranche;
}

export interface Reviewer {
  client: GraphQLClient;
  userId: string;
}

/**
 * Drives a new application over HTTP to decision_pending: create, submit, screen, assign the
 * call's reviewers, start review, and have each reviewer score every criterion.
 */
export async function applicationAwaitingDecision(options: {
  staff: GraphQLClient;
  applicant: GraphQLClient;
  reviewers: Reviewer[];
  call: Awaited<ReturnType<typeof createCall>>;
  tierName: string;
  amount: number;
  overrides?: Record<string, unknown>;
  scores?: number[];
}): Promise<string> {
  const tier = options.call.tiers.find((t) => t.name === options.tierName)!;
  const created = await options.applicant.query(CREATE_APPLICATION, {
    input: applicationInput(options.call.id, tier.id, options.amount, options.overrides),
  });
  expect(created.createGrantApplication.__typename, JSON.stringify(created.createGrantApplication)).toBe(
    'CreateGrantApplicationSuccess',
  );
  const id = created.createGrantApplication.application.id as string;
  await move(options.applicant, SUBMIT, { application: id });
  await move(options.staff, START_SCREENING, { application: id });
  const reviewIds: [Reviewer, string][] = [];
  for (const reviewer of options.reviewers) {
    const assigned = await options.staff.query(ASSIGN_REVIEWER, { input: { application: id, reviewer: reviewer.userId } });
    expect(assigned.assignGrantReviewer.__typename).toBe('AssignGrantReviewerSuccess');
    reviewIds.push([reviewer, assigned.assignGrantReviewer.review.id]);
  }
  await move(options.staff, START_REVIEW, { application: id });
  for (const [reviewer, reviewId] of reviewIds) {
    const submitted = await reviewer.client.query(SUBMIT_REVIEW, {
      input: {
        review: reviewId,
        scores: options.call.criteria.map((c, i) => ({ criterion: c.id, score: options.scores?.[i] ?? 4 })),
      },
    });
    expect(submitted.submitGrantReview.__typename).toBe('SubmitGrantReviewSuccess');
  }
  return id;
}
