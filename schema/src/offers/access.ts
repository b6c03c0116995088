import type { Context } from '../context.ts';
import { requireViewer } from '../common/viewer.ts';
import type { ViewerMember } from './eligibility.service.ts';

// Who may act, as the offers mutations' auth scopes ask it. The rows an auth check reads are
// memoised per request, so the resolver that runs next reads the same answer instead of asking
// the database a second time.

const memo = new WeakMap<Context, Map<string, Promise<unknown>>>();
function once<T>(ctx: Context, key: string, load: () => Promise<T>): Promise<T> {
  let cache = memo.get(ctx);
  if (!cache) memo.set(ctx, (cache = new Map()));
  let value = cache.get(key) as Promise<T> | undefined;
  if (!value) cache.set(key, (value = load()));
  return value;
}

/** The merchant a store belongs to, or null for an unknown store. */
export function storeMerchantId(ctx: Context, storeId: string): Promise<string | null> {
  return once(ctx, `store:${storeId}`, async () => {
    const store = await ctx.db.query.merchantStores.findFirst({ where: { id: storeId }, columns: { merchantId: true } });
    return store?.merchantId ?? null;
  });
}

/** The merchant and reviewing union of an offer, or null for an unknown offer. */
export function offerParties(ctx: Context, offerId: string) {
  return once(ctx, `offer:${offerId}`, () =>
    ctx.db.query.offers.findFirst({ where: { id: offerId }, columns: { merchantId: true, unionId: true } }).then((o) => o ?? null),
  );
}

/** The reviewing union of a merchant, or null for an unknown merchant. */
export function merchantUnionId(ctx: Context, merchantId: string): Promise<string | null> {
  return once(ctx, `merchant:${merchantId}`, async () => {
    const merchant = await ctx.db.query.merchants.findFirst({ where: { id: merchantId }, columns: { unionId: true } });
    return merchant?.unionId ?? null;
  });
}

/** Auth scopes of a step on an offer: its merchant's staff run it, union staff over its union review it. */
export async function offerScopes(ctx: Context, offerId: string, as: 'merchant' | 'reviewer') {
  const offer = await offerParties(ctx, offerId);
  // An unknown id is answered like a foreign one.
  if (!offer) return { merchantStaffOf: '' };
  return as === 'merchant' ? { merchantStaffOf: offer.merchantId } : { unionStaffOver: offer.unionId };
}

/** The member acting in a field whose scope is `member` (never `viewer.member!`). */
export function requireMember(ctx: Pick<Context, 'viewer'>): ViewerMember {
  const member = requireViewer(ctx).member;
  if (!member) throw new Error('requireMember: this field must declare the member scope');
  return member;
}
