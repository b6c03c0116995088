import type { Context } from './context.ts';
import type { ApiScope } from './integrations/api-keys.service.ts';
import { isCompetitionStaff, isEntryOwner, isEntryParticipant } from './competitions/access.ts';
import { isGrantParty, type GrantApplicationKey } from './grants/access.ts';
import { grantLoaders } from './grants/loaders.ts';
import { knownUnionPath, unionPath } from './accounts/unions.service.ts';
import { hasUnionRoleOver, isPlatformAdmin } from './accounts/viewer.ts';
import { readsGroup, readsSession } from './congress/reader.ts';
import { isCourseTeacher } from './classes/access.ts';

/**
 * The authorization vocabulary of the whole schema. Every type and root field names the scopes
 * it needs; a schema test fails the build when one does not (deny by default).
 */
export interface AuthScopes {
  /** Anyone, signed in or not. Stated explicitly so that "public" is a decision, not a default. */
  public: boolean;
  authenticated: boolean;
  member: boolean;
  platformAdmin: boolean;
  /** Union staff anywhere. */
  unionStaff: boolean;
  /** Union staff (or a platform admin) whose subtree contains the union with this id. */
  unionStaffOver: string;
  /** The signed-in user is this user id. */
  self: string;
  /** A request made with an API key. */
  integrator: boolean;
  /** A request made with an API key that holds this scope. */
  apiScope: ApiScope;
  /**
   * Catalogue data: open to people (signed in or not) and to API keys that hold this read scope.
   * Shopify's and GitHub's keys work the same way: a key reads only what it was granted.
   */
  publicRead: ApiScope;
  /** A request made with an API key of the client bound to the merchant with this id. */
  apiClientOfMerchant: string;
  /** Union staff over the organizing union of the competition with this id. */
  competitionStaff: string;
  /** Union staff over the organizing union of this competition entry's competition. */
  competitionEntryStaff: string;
  /** The signed-in member takes part in (or is invited to) this competition entry. */
  competitionEntrant: string;
  /** The signed-in member registered this competition entry (the entrant, or the team captain). */
  competitionEntryOwner: string;
  /** The signed-in user is staff of the employer with this id (role employer_staff). */
  employerStaffOf: string;
  /** Holds the grant_reviewer role (评审专家). */
  grantReviewer: boolean;
  /** Holds the finance role over the union with this id (its own union or an ancestor's). */
  financeOver: string;
  /** Is an active (not conflicted) reviewer of the grant application with this id. */
  grantReviewerOf: string;
  /** Has reviewed the grant application with this id, and every required review is in. */
  grantReviewsVisible: string;
  /** The applicant of this grant application, or staff or finance of the union running its call. */
  grantApplicationParty: GrantApplicationKey;
  /** A party to this grant application (as above) or one of its active reviewers. */
  grantApplicationReader: GrantApplicationKey;
  /** The signed-in user is staff (merchant_staff grant) of the merchant with this id. */
  merchantStaffOf: string;
  /** The signed-in user holds the member card with this member id. */
  ownMember: string;
  /** A teacher (by account) of the class course with this id. */
  classTeacherOf: string;
  /** Staff over the congress session's union, or one of the session's delegates. */
  congressReader: string;
  /** Staff over the session's union, its presidium, or a delegate of this delegation group. */
  congressGroupReader: { sessionId: string; groupName: string };
}

export function scopesFor(ctx: Context) {
  const { viewer } = ctx;
  return {
    public: true,
    authenticated: viewer !== null,
    member: viewer?.member != null,
    platformAdmin: isPlatformAdmin(viewer),
    unionStaff: isPlatformAdmin(viewer) || (viewer?.grants.some((g) => g.role === 'union_staff') ?? false),
    unionStaffOver: (unionId: string) => roleOverUnion(ctx, 'union_staff', unionId),
    self: (userId: string) => viewer?.userId === userId,
    integrator: ctx.apiCaller !== null,
    apiScope: (scope: ApiScope) => ctx.apiCaller?.scopes.includes(scope) ?? false,
    publicRead: (scope: ApiScope) => (ctx.apiCaller ? ctx.apiCaller.scopes.includes(scope) : true),
    apiClientOfMerchant: (merchantId: string) => ctx.apiCaller !== null && ctx.apiCaller.merchantId === merchantId,
    competitionStaff: (competitionId: string) => isCompetitionStaff(ctx.db, viewer, { competitionId }),
    competitionEntryStaff: (entryId: string) => isCompetitionStaff(ctx.db, viewer, { entryId }),
    competitionEntrant: (entryId: string) =>
      viewer?.member ? isEntryParticipant(ctx.db, entryId, viewer.member.id, ctx) : false,
    competitionEntryOwner: (entryId: string) =>
      viewer?.member ? isEntryOwner(ctx.db, entryId, viewer.member.id) : false,
    employerStaffOf: (employerId: string) =>
      viewer?.grants.some((g) => g.role === 'employer_staff' && g.organizationId === employerId) ?? false,
    grantReviewer: viewer?.grants.some((g) => g.role === 'grant_reviewer') ?? false,
    financeOver: (unionId: string) => roleOverUnion(ctx, 'finance', unionId),
    // Batched per request: a page of applications or reviews asks once, not once per row.
    grantReviewerOf: (applicationId: string) =>
      viewer !== null && grantLoaders(ctx).viewerIsActiveReviewer.load(applicationId),
    grantApplicationParty: (app: GrantApplicationKey) => isGrantParty(ctx.db, ctx.viewer, app),
    // Checked in order, cheapest first, so listing applications costs no query per row for staff.
    grantApplicationReader: async (app: GrantApplicationKey) =>
      (await isGrantParty(ctx.db, ctx.viewer, app)) ||
      (viewer !== null &&
        viewer.grants.some((g) => g.role === 'grant_reviewer') &&
        (await grantLoaders(ctx).viewerIsActiveReviewer.load(app.id))),
    grantReviewsVisible: (applicationId: string) =>
      viewer !== null && grantLoaders(ctx).viewerSeesAllReviews.load(applicationId),
    merchantStaffOf: (merchantId: string) =>
      viewer?.grants.some((g) => g.role === 'merchant_staff' && g.organizationId === merchantId) ?? false,
    ownMember: (memberId: string) => viewer?.member?.id === memberId,
    classTeacherOf: (courseId: string) => isCourseTeacher(ctx.db, viewer, courseId),
    congressReader: (sessionId: string) => readsSession(ctx, sessionId),
    congressGroupReader: (key: { sessionId: string; groupName: string }) => readsGroup(ctx, key),
  };
}


/**
 * Holds the role over the union (its subtree). Answered synchronously once the union's path is
 * known, so scope-auth stops at it: staff listing applications never wait for the reviewer
 * checks listed after it, nor run their queries.
 */
function roleOverUnion(ctx: Context, role: 'union_staff' | 'finance', unionId: string): boolean | Promise<boolean> {
  const { viewer } = ctx;
  if (!viewer) return false;
  const known = knownUnionPath(unionId);
  if (known !== undefined) return hasUnionRoleOver(viewer, role, known);
  return unionPath(ctx.db, unionId).then((path) => path !== null && hasUnionRoleOver(viewer, role, path));
}
