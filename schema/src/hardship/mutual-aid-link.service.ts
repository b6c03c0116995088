import type { Database } from '@huigong/db';
import type { Viewer } from '../accounts/viewer.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { isStaffOver, staffReach } from './access.ts';
import { requestAid } from './aid.service.ts';
import { HardshipFileNotConfirmed } from './errors.ts';
import { CLOSED_FILE_STATES } from './lifecycle.ts';

/**
 * What a settled mutual-aid claim left to the member (职工医疗互助 pays after social insurance;
 * hardship medical aid may then cover what is still self-paid): the self-paid part less the
 * payout of a paid claim, or all of it when the claim was rejected. Nothing for a claim still
 * in progress: its payout is not known yet.
 */
export function mutualAidRemainder(claim: { status: string; selfPaidFen: number; valuatedFen: number | null }): number | null {
  if (claim.status === 'paid') return claim.selfPaidFen - (claim.valuatedFen ?? 0);
  if (claim.status === 'rejected') return claim.selfPaidFen;
  return null;
}

/**
 * Medical aid on a mutual-aid claim's remainder, applied by the member or nominated by the
 * grassroots union over the household. The amount is the remainder (within the scheme's cap),
 * never typed; a claim serves one application that is not refused (a unique index), so the same
 * fen is not paid twice. The claim must be the household member's own.
 */
export async function applyOnMutualAidClaim(db: Database, viewer: Viewer, input: { schemeId: string; claimId: string; note?: string | null }) {
  const claim = await db.query.mutualAidClaims.findFirst({
    where: { id: input.claimId },
    columns: { id: true, memberId: true, unionPath: true, status: true, selfPaidFen: true, valuatedFen: true },
  });
  const own = claim !== undefined && claim.memberId === viewer.member?.id;
  // Someone else's claim, outside the staff's subtree, is as unknown as a made-up one.
  if (!claim || (!own && !isStaffOver(await staffReach(db, viewer), claim.unionPath))) throw new NotFound('医疗互助报销');
  const remainder = mutualAidRemainder(claim);
  if (remainder === null) throw fieldError(['input', 'claim'], 'CLAIM_NOT_SETTLED', '医疗互助报销尚未办结，发放或不予报销后才能申请医疗救助');
  if (remainder <= 0) throw fieldError(['input', 'claim'], 'NOTHING_LEFT', '医疗互助已报销全部个人负担部分');
  const file = await db.query.hardshipFiles.findFirst({
    where: { memberId: claim.memberId, status: { notIn: [...CLOSED_FILE_STATES] } },
    columns: { id: true },
  });
  if (!file) throw new HardshipFileNotConfirmed();
  return requestAid(db, viewer, {
    schemeId: input.schemeId,
    channel: own ? 'member' : 'nominated',
    fileId: own ? null : file.id,
    amountFen: remainder,
    mutualAidClaimId: claim.id,
    note: input.note ?? null,
  });
}
