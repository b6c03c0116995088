import type { merchants, offerClaims, offers, voucherPurchases } from '@huigong/db';
import { InvalidTransition, transitionTable, type TransitionTable } from '../common/transitions.ts';

export type MerchantStatus = (typeof merchants.$inferSelect)['status'];
export type OfferStatus = (typeof offers.$inferSelect)['status'];
export type ClaimStatus = (typeof offerClaims.$inferSelect)['status'];
export type VoucherPurchaseStatus = (typeof voucherPurchases.$inferSelect)['status'];

// The lifecycles of the offers domain. Services check a step with `<table>.assert(...)` and write
// it with `inArray(<column>, <table>.from(...))`; the GraphQL types answer `viewerCan` from the
// same tables, so the storefront never keeps a copy of these rules.
//
// Some steps leave the state as it is but need one (only an approved merchant publishes offers):
// they lead to their own name (toState = the action's name, as common/transitions.ts says).

export const MERCHANT_STATUS_LABELS = { pending: '待审核', approved: '已通过', rejected: '未通过' } as const;

export type MerchantAction = 'approve' | 'reject' | 'reapply';

export const merchantLifecycle: TransitionTable<MerchantStatus, MerchantAction> = transitionTable({
  what: '商家申请',
  labels: MERCHANT_STATUS_LABELS,
  actions: {
    approve: { from: ['pending'], to: 'approved' },
    reject: { from: ['pending'], to: 'rejected' },
    /** A rejected business applies again under the same credit code (applyForMerchant). */
    reapply: { from: ['rejected'], to: 'pending' },
  },
});

export type MerchantOperation = 'createOffer' | 'addStaff' | 'redeem';

/** What only an approved merchant does; the state stays, so each step leads to its own name. */
export const merchantOperations: TransitionTable<MerchantStatus | MerchantOperation, MerchantOperation> = transitionTable({
  what: '商家',
  labels: { ...MERCHANT_STATUS_LABELS, createOffer: '发布优惠', addStaff: '添加员工', redeem: '核销' },
  actions: {
    createOffer: { from: ['approved'], to: 'createOffer' },
    addStaff: { from: ['approved'], to: 'addStaff' },
    /** Codes are redeemed at the stores of an approved merchant (its staff exist only then). */
    redeem: { from: ['approved'], to: 'redeem' },
  },
});

export const OFFER_STATUS_LABELS = {
  draft: '草稿',
  pending_review: '待审核',
  published: '已发布',
  paused: '已暂停',
  ended: '已结束',
} as const;

export type OfferAction = 'edit' | 'submit' | 'approve' | 'reject' | 'pause' | 'resume' | 'end';

export const offerLifecycle: TransitionTable<OfferStatus, OfferAction> = transitionTable({
  what: '优惠',
  labels: OFFER_STATUS_LABELS,
  actions: {
    /** Replacing the content (updateOffer): a paused offer goes back to draft and is reviewed again. */
    edit: { from: ['draft', 'paused'], to: 'draft' },
    submit: { from: ['draft'], to: 'pending_review' },
    approve: { from: ['pending_review'], to: 'published' },
    reject: { from: ['pending_review'], to: 'draft' },
    pause: { from: ['published'], to: 'paused' },
    resume: { from: ['paused'], to: 'published' },
    end: { from: ['draft', 'pending_review', 'published', 'paused'], to: 'ended' },
  },
});

/** Offers no member may see yet (being written or reviewed): to a member they do not exist. */
export const offerHiddenFromMembers = (status: OfferStatus): boolean => status === 'draft' || status === 'pending_review';

export const CLAIM_STATUS_LABELS = { active: '待使用', redeemed: '已核销', cancelled: '已取消', expired: '已过期' } as const;

export type ClaimAction = 'redeem' | 'cancel' | 'refund' | 'expire';

export const claimLifecycle: TransitionTable<ClaimStatus, ClaimAction> = transitionTable({
  what: '领取',
  labels: CLAIM_STATUS_LABELS,
  actions: {
    redeem: { from: ['active'], to: 'redeemed' },
    /** A plain claim given back by its member; a bought voucher is refunded instead. */
    cancel: { from: ['active'], to: 'cancelled' },
    /** A bought voucher withdrawn while its money goes back. */
    refund: { from: ['active'], to: 'cancelled' },
    expire: { from: ['active'], to: 'expired' },
  },
});

export const VOUCHER_PURCHASE_STATUS_LABELS = {
  pending_payment: '待支付',
  paid: '已支付',
  failed: '支付失败',
  cancelled: '已取消',
  expired: '已过期',
  refunding: '退款中',
  refunded: '已退款',
} as const;

export type VoucherPurchaseAction = 'pay' | 'cancel' | 'expire' | 'fail' | 'issue' | 'refund' | 'refunded';

export const voucherPurchaseLifecycle: TransitionTable<VoucherPurchaseStatus, VoucherPurchaseAction> = transitionTable({
  what: '预付券购买',
  labels: VOUCHER_PURCHASE_STATUS_LABELS,
  actions: {
    /** The member goes on to Stripe's page to pay. */
    pay: { from: ['pending_payment'], to: 'paid' },
    cancel: { from: ['pending_payment'], to: 'cancelled' },
    expire: { from: ['pending_payment'], to: 'expired' },
    fail: { from: ['pending_payment'], to: 'failed' },
    /** A paid session issues the voucher; a late payment after the reservation ended may still. */
    issue: { from: ['pending_payment', 'expired', 'failed', 'cancelled'], to: 'paid' },
    refund: { from: ['paid'], to: 'refunding' },
    refunded: { from: ['refunding'], to: 'refunded' },
  },
});

/**
 * Throws InvalidTransition unless `action` may start from `state`, with a message of its own where
 * the table's generic one ("当前为…，不能变更为…") would say less than the step it refuses.
 */
export function assertStep<S extends string, A extends string>(
  table: TransitionTable<S, A>,
  state: S,
  action: A,
  message?: string,
): S {
  try {
    return table.assert(state, action);
  } catch (error) {
    if (message && error instanceof InvalidTransition) error.message = message;
    throw error;
  }
}

/** A refusal outside any table (the last staff of a merchant), reported the same way. */
export function refusedStep(what: string, fromState: string, toState: string, message: string): InvalidTransition {
  const error = new InvalidTransition(what, fromState, toState);
  error.message = message;
  return error;
}
