import { GRANT_MAX_FEN, GRANT_MIN_FEN } from '@huigong/db';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { InputValidationError } from '../../common/errors.ts';
import { NotFound } from '../../common/not-found.ts';
import { reason } from '../../common/validators.ts';
import type { Context } from '../../context.ts';
import { applicationAccess, reviewAccess, trancheAccess, type ApplicationAccess } from '../access.ts';
import { InvalidGrantTransition, InvalidTransition } from '../errors.ts';
import { GrantApplicationRef } from '../types/applications.ts';

// What the grant mutations share: their text and amount rules, who may act, the common errors.

/** Required text with the grant forms' own messages ("请填写…", "…最多 n 个字符"). */
export const text = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .min(min, { message: `请填写${what}` })
    .max(max, { message: `${what}最多 ${max} 个字符` });

/** Every grant amount: ¥50,000 to ¥250,000, in fen. */
export const grantAmount = z.object({
  amount: z
    .number()
    .int()
    .min(GRANT_MIN_FEN, { message: '资助金额不能低于 5 万元（5,000,000 分）' })
    .max(GRANT_MAX_FEN, { message: '资助金额不能高于 25 万元（25,000,000 分）' }),
  currency: z.literal('CNY'),
});

/**
 * The wrong-state errors of every grant step: InvalidTransition, plus the deprecated
 * InvalidGrantTransition kept in the unions so that clients' old fragments still validate.
 */
export const stateErrors = [InputValidationError, NotFound, InvalidTransition, InvalidGrantTransition] as const;

export const GrantApplicationActionInput = builder.inputType('GrantApplicationActionInput', {
  fields: (t) => ({
    application: t.globalID({ required: true, for: [GrantApplicationRef] }),
    reason: t.string({ required: false, validate: reason, description: '说明，写入审计记录。' }),
  }),
});

export type Role = 'applicant' | 'staff' | 'finance';

/** An unknown id is treated like a foreign one: the caller needs the role anyway, no probing for ids. */
function scopesOf(access: ApplicationAccess | null, role: Role) {
  if (!access) return false;
  if (role === 'applicant') return { self: access.applicantUserId };
  // Staff and finance never see a draft: acting on one is refused like acting on another union's.
  if (access.draft) return false;
  return role === 'staff' ? { unionStaffOver: access.unionId } : { financeOver: access.unionId };
}

/** Who may act on an application. */
export async function applicationRole(ctx: Context, applicationId: string, role: Role) {
  return scopesOf(await applicationAccess(ctx.db, applicationId), role);
}

export async function trancheRole(ctx: Context, trancheId: string, role: Role) {
  return scopesOf(await trancheAccess(ctx.db, trancheId), role);
}

export async function reportRole(ctx: Context, reportId: string, role: Role) {
  const report = await ctx.db.query.grantReports.findFirst({ where: { id: reportId }, columns: { applicationId: true } });
  return report ? applicationRole(ctx, report.applicationId, role) : scopesOf(null, role);
}

export async function reviewerRole(ctx: Context, reviewId: string) {
  const access = await reviewAccess(ctx.db, reviewId);
  return access ? { self: access.reviewerUserId } : { grantReviewer: true };
}
