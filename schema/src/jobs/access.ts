import type { Context } from '../context.ts';
import type { Viewer } from '../accounts/viewer.ts';
import { requireViewer } from '../common/viewer.ts';

/**
 * Who the viewer is to a jobs row, in the terms the mutations' auth scopes use (employerStaffOf,
 * unionStaffOver, self), for the viewerCan flags. Anonymous viewers and API keys are none of them.
 */
export const isEmployerStaff = (viewer: Viewer | null, employerId: string): boolean =>
  viewer?.grants.some((g) => g.role === 'employer_staff' && g.organizationId === employerId) ?? false;

/**
 * The member card of the acting viewer, for fields whose scope is `member: true` (which already
 * refuses everyone without one; reaching this without a card is a bug in the field's declaration).
 */
export function requireMember(ctx: Pick<Context, 'viewer'>): NonNullable<Viewer['member']> {
  const member = requireViewer(ctx).member;
  if (!member) throw new Error('requireMember: this field must declare the member scope');
  return member;
}
