// Jobs demo logins and shared GraphQL documents (drizzle/src/seed/jobs.ts).
export const employerStaff = {
  /** 中国一拖集团有限公司 (Luoyang, 涧西区), verified. */
  yto: '13600000001',
  /** 洛阳LYC轴承有限公司 (Luoyang, 涧西区), verified; has a posting waiting for review. */
  lyc: '13600000002',
  /** 洛阳市老城区西大街社区服务中心, verified; public-benefit positions. */
  laocheng: '13600000003',
  /** 郑州煤矿机械集团股份有限公司 (Zhengzhou, 中原区), verified. */
  zmj: '13600000004',
  /** 河南省人民医院 (Zhengzhou, 金水区), verified. */
  hospital: '13600000005',
  /** 郑州东风路快运物流有限公司 (Zhengzhou, 金水区), pending verification. */
  logistics: '13600000006',
} as const;

export const POSTING_FIELDS = /* GraphQL */ `
  fragment PostingFields on JobPosting {
    id title description status isOpen datePosted validThrough employmentType isRemote openings category
    isPublicBenefit suitableForHardship address
    employer { id name }
    region { code name }
    coordinates { latitude longitude }
    salary { min { amount currency } max { amount currency } }
    requirements { education experienceYears skills }
    benefits
  }
`;

export const SEARCH = /* GraphQL */ `
  query Search($filter: JobPostingFilter, $sort: JobPostingSort, $first: Int, $after: String) {
    jobPostings(filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title category salary { max { amount } } datePosted isPublicBenefit suitableForHardship region { code } }
    }
  }
`;

export const MY_EMPLOYERS = /* GraphQL */ `query { myEmployers { id name status } }`;

export const CREATE_POSTING = /* GraphQL */ `
  mutation Create($input: CreateJobPostingInput!) {
    createJobPosting(input: $input) {
      __typename
      ... on CreateJobPostingSuccess { posting { ...PostingFields } }
      ... on InputValidationError { code fieldErrors { field code message } }
      ... on Error { code message }
    }
  }
  ${POSTING_FIELDS}
`;

export const SUBMIT_POSTING = /* GraphQL */ `
  mutation Submit($id: ID!) {
    submitJobPosting(input: { id: $id }) {
      __typename
      ... on SubmitJobPostingSuccess { posting { id status } }
      ... on Error { code message }
    }
  }
`;

export const REVIEW_POSTING = /* GraphQL */ `
  mutation Review($input: ReviewJobPostingInput!) {
    reviewJobPosting(input: $input) {
      __typename
      ... on ReviewJobPostingSuccess { posting { id status datePosted reviewNote } }
      ... on InvalidTransition { fromState toState }
      ... on Error { code message }
    }
  }
`;

export const APPLY = /* GraphQL */ `
  mutation Apply($input: ApplyForJobInput!) {
    applyForJob(input: $input) {
      __typename
      ... on ApplyForJobSuccess { application { id status note posting { id title } } }
      ... on InputValidationError { fieldErrors { field code } }
      ... on Error { code message }
    }
  }
`;

export const SET_APPLICATION_STATUS = /* GraphQL */ `
  mutation SetStatus($input: UpdateJobApplicationStatusInput!) {
    updateJobApplicationStatus(input: $input) {
      __typename
      ... on UpdateJobApplicationStatusSuccess { application { id status } }
      ... on InvalidTransition { code fromState toState }
      ... on Error { code message }
    }
  }
`;

export const MY_APPLICATIONS = /* GraphQL */ `
  query Mine { myJobApplications(first: 20) { totalCount nodes { id status posting { id title } } } }
`;

export const FAIR = /* GraphQL */ `
  query Fair($id: ID!) {
    node(id: $id) {
      ... on JobFair {
        id title date isOnline venue capacity registeredCount
        organizer { code }
        employers(first: 20) { totalCount nodes { name } }
        postings(first: 50) { totalCount nodes { id title } }
        figures { employers postings positions visitors applications hires }
      }
    }
  }
`;

export const REGISTER_FAIR = /* GraphQL */ `
  mutation RegisterFair($id: ID!) {
    registerForJobFair(input: { id: $id }) {
      __typename
      ... on RegisterForJobFairSuccess { fair { id registeredCount } }
      ... on Error { code message }
    }
  }
`;

export const WITHDRAW_APPLICATION = /* GraphQL */ `
  mutation Withdraw($id: ID!) {
    withdrawJobApplication(input: { id: $id }) {
      __typename
      ... on WithdrawJobApplicationSuccess { application { id status } }
      ... on InvalidTransition { fromState toState }
      ... on Error { code message }
    }
  }
`;

export const UPDATE_POSTING = /* GraphQL */ `
  mutation Update($input: UpdateJobPostingInput!) {
    updateJobPosting(input: $input) {
      __typename
      ... on UpdateJobPostingSuccess { posting { id title status salary { max { amount } } } }
      ... on InputValidationError { fieldErrors { field code } }
      ... on InvalidTransition { fromState toState }
      ... on Error { code message }
    }
  }
`;

export const CLOSE_POSTING = /* GraphQL */ `
  mutation Close($input: CloseJobPostingInput!) {
    closeJobPosting(input: $input) {
      __typename
      ... on CloseJobPostingSuccess { posting { id status isOpen } }
      ... on InvalidTransition { fromState toState }
      ... on Error { code message }
    }
  }
`;

export const CREATE_FAIR = /* GraphQL */ `
  mutation CreateFair($input: CreateJobFairInput!) {
    createJobFair(input: $input) {
      __typename
      ... on CreateJobFairSuccess { fair { id title capacity } }
      ... on InputValidationError { fieldErrors { field code } }
      ... on Error { code message }
    }
  }
`;

/** A complete posting input for `createJobPosting`; override what a test is about. */
export function postingInput(regionId: string, overrides: Record<string, unknown> = {}) {
  return {
    title: '叉车司机',
    description: '<p>负责<b>仓库</b>货物装卸与转运</p><script>alert(1)</script><p>持叉车证上岗，两班倒。</p>',
    employmentType: 'FULL_TIME',
    location: { region: regionId, address: '洛阳市涧西区天津路1号', latitude: 34.6615, longitude: 112.3874 },
    salary: { min: { amount: 500000, currency: 'CNY' }, max: { amount: 700000, currency: 'CNY' } },
    openings: 3,
    category: '叉车司机',
    requirements: { education: 'HIGH_SCHOOL', experienceYears: 1, skills: ['叉车证'] },
    benefits: ['五险一金', '包午餐'],
    ...overrides,
  };
}
