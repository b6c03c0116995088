import type { Context } from '../context.ts';
import { unionPath } from './unions.service.ts';
import { hasUnionRoleOver, isPlatformAdmin } from './viewer.ts';

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
  /** The signed-in user is staff (merchant_staff grant) of the merchant with this id. */
  merchantStaffOf: string;
  /** The signed-in user holds the member card with this member id. */
  ownMember: string;
}

export function scopesFor(ctx: Context) {
  const { viewer } = ctx;
  return {
    public: true,
    authenticated: viewer !== null,
    member: viewer?.member != null,
    platformAdmin: isPlatformAdmin(viewer),
    unionStaff: isPlatformAdmin(viewer) || (viewer?.grants.some((g) => g.role === 'union_staff') ?? false),
    unionStaffOver: async (unionId: string) => {
      if (!viewer) return false;
      const path = await unionPath(ctx.db, unionId);
      return path !== null && hasUnionRoleOver(viewer, 'union_staff', path);
    },
    self: (userId: string) => viewer?.userId === userId,
    merchantStaffOf: (merchantId: string) =>
      viewer?.grants.some((g) => g.role === 'merchant_staff' && g.organizationId === merchantId) ?? false,
    ownMember: (memberId: string) => viewer?.member?.id === memberId,
  };
}
