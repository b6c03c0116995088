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
}));

export type Relations = typeof relations;
