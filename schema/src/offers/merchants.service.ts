import { merchants, merchantStores, roleGrants, uniqueViolation, type Database } from '@huigong/db';
import { and, eq, inArray } from 'drizzle-orm';
import { RoleAlreadyGranted } from '../accounts/accounts.service.ts';
import { NotFound } from '../common/not-found.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { CreditCodeTaken } from './errors.ts';
import { assertStep, merchantLifecycle, merchantOperations, refusedStep } from './lifecycle.ts';

export type BenefitCategory = (typeof merchants.$inferSelect)['category'];

export interface StoreInput {
  name: string;
  address: string;
  unionId: string;
  latitude: number;
  longitude: number;
  phone?: string | null;
}

export interface MerchantApplicationInput {
  name: string;
  creditCode: string;
  category: BenefitCategory;
  contactName: string;
  contactPhone: string;
  description?: string | null;
  unionId: string;
  stores: StoreInput[];
}

/** A store's region must be a city or district union: the level at which members browse. */
async function checkRegion(db: Database, unionId: string, path: string[]) {
  const union = await db.query.unions.findFirst({ where: { id: unionId }, columns: { level: true } });
  if (!union) throw fieldError(path, 'NOT_FOUND', '所选地区不存在');
  if (union.level !== 'city' && union.level !== 'district') {
    throw fieldError(path, 'NOT_A_REGION', '请选择市或区县一级的工会所辖地区');
  }
}

/** A business applies to become a partner merchant; union staff of `unionId`'s subtree review it. */
export async function applyForMerchant(db: Database, applicantUserId: string, input: MerchantApplicationInput) {
  return db.transaction(async (tx) => {
    await checkRegion(tx, input.unionId, ['input', 'union']);
    for (const [index, store] of input.stores.entries()) {
      await checkRegion(tx, store.unionId, ['input', 'stores', String(index), 'union']);
    }
    const values = {
      name: input.name,
      creditCode: input.creditCode,
      category: input.category,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      description: input.description ?? null,
      unionId: input.unionId,
      applicantUserId,
    };
    // A rejected business may apply again under the same credit code: the old application is
    // reopened with the new details (its audit trail keeps the history). Anything else is taken.
    const [existing] = await tx
      .select({ id: merchants.id, status: merchants.status, applicantUserId: merchants.applicantUserId })
      .from(merchants)
      .where(eq(merchants.creditCode, input.creditCode))
      .for('update');
    let merchant: typeof merchants.$inferSelect | undefined;
    if (existing) {
      if (!merchantLifecycle.can(existing.status, 'reapply') || existing.applicantUserId !== applicantUserId) {
        throw new CreditCodeTaken();
      }
      [merchant] = await tx
        .update(merchants)
        .set({ ...values, status: 'pending', reviewedAt: null, reviewedByUserId: null, reviewReason: null })
        .where(and(eq(merchants.id, existing.id), inArray(merchants.status, merchantLifecycle.from('reapply'))))
        .returning();
      await tx.delete(merchantStores).where(eq(merchantStores.merchantId, existing.id));
    } else {
      try {
        [merchant] = await tx.insert(merchants).values(values).returning();
      } catch (error) {
        if (uniqueViolation(error)?.startsWith('merchants_credit_code')) throw new CreditCodeTaken();
        throw error;
      }
    }
    if (!merchant) throw new Error('insert into merchants returned no row');
    await tx.insert(merchantStores).values(input.stores.map((store) => ({ ...store, merchantId: merchant.id })));
    await recordAudit(tx, {
      actorUserId: applicantUserId,
      action: existing ? 'merchant.reapplied' : 'merchant.applied',
      subjectType: 'merchant',
      subjectId: merchant.id,
      fromState: existing ? 'rejected' : null,
      toState: 'pending',
    });
    return merchant;
  });
}

/**
 * Approves or rejects a pending application. The state change is a conditional UPDATE, so two
 * staff deciding at once cannot both win; approval makes the applicant the merchant's first staff.
 */
export async function reviewMerchant(
  db: Database,
  actorUserId: string,
  input: { merchantId: string; approve: boolean; reason: string },
) {
  return db.transaction(async (tx) => {
    const action = input.approve ? 'approve' : 'reject';
    const toState = merchantLifecycle.actions[action].to;
    const [updated] = await tx
      .update(merchants)
      .set({ status: toState, reviewedByUserId: actorUserId, reviewedAt: new Date(), reviewReason: input.reason })
      .where(and(eq(merchants.id, input.merchantId), inArray(merchants.status, merchantLifecycle.from(action))))
      .returning();
    if (!updated) {
      // Why not, classified after the conditional UPDATE lost: gone, or decided already.
      const current = await tx.query.merchants.findFirst({ where: { id: input.merchantId }, columns: { status: true } });
      if (!current) throw new NotFound('商家');
      assertStep(merchantLifecycle, current.status, action, '该商家申请已审核过');
      throw new Error('reviewMerchant: the conditional UPDATE lost to a state that allows the review');
    }
    if (input.approve) {
      await tx
        .insert(roleGrants)
        .values({ userId: updated.applicantUserId, role: 'merchant_staff', organizationId: updated.id })
        .onConflictDoNothing();
    }
    await recordAudit(tx, {
      actorUserId,
      action: input.approve ? 'merchant.approved' : 'merchant.rejected',
      subjectType: 'merchant',
      subjectId: updated.id,
      fromState: 'pending',
      toState,
      reason: input.reason,
    });
    return updated;
  });
}

export async function addMerchantStore(db: Database, actorUserId: string, merchantId: string, store: StoreInput) {
  return db.transaction(async (tx) => {
    await checkRegion(tx, store.unionId, ['input', 'store', 'union']);
    const [created] = await tx
      .insert(merchantStores)
      .values({ ...store, merchantId })
      .returning();
    if (!created) throw new Error('insert into merchant_stores returned no row');
    await recordAudit(tx, {
      actorUserId,
      action: 'merchant.store_added',
      subjectType: 'merchant',
      subjectId: merchantId,
      data: { storeId: created.id, name: created.name },
    });
    return created;
  });
}

/** Merchant staff add a colleague by the phone of an existing account. */
export async function addMerchantStaff(db: Database, actorUserId: string, merchantId: string, phone: string) {
  return db.transaction(async (tx) => {
    const merchant = await tx.query.merchants.findFirst({ where: { id: merchantId }, columns: { status: true } });
    if (!merchant) throw new NotFound('商家');
    assertStep(merchantOperations, merchant.status, 'addStaff', '商家尚未通过审核');
    const user = await tx.query.users.findFirst({ where: { phone }, columns: { id: true } });
    if (!user) throw fieldError(['input', 'phone'], 'NOT_FOUND', '该手机号尚未注册');
    const [grant] = await tx
      .insert(roleGrants)
      .values({ userId: user.id, role: 'merchant_staff', organizationId: merchantId })
      .onConflictDoNothing()
      .returning();
    if (!grant) throw new RoleAlreadyGranted();
    await recordAudit(tx, {
      actorUserId,
      action: 'merchant.staff_added',
      subjectType: 'merchant',
      subjectId: merchantId,
      data: { userId: user.id },
    });
    return grant;
  });
}

/**
 * Removes a colleague's merchant role. The merchant row is locked first, so two staff removing
 * each other at once cannot leave the merchant with nobody to run it.
 */
export async function removeMerchantStaff(db: Database, actorUserId: string, merchantId: string, phone: string) {
  return db.transaction(async (tx) => {
    const [merchant] = await tx.select({ id: merchants.id }).from(merchants).where(eq(merchants.id, merchantId)).for('update');
    if (!merchant) throw new NotFound('商家');
    const user = await tx.query.users.findFirst({ where: { phone }, columns: { id: true } });
    const grants = await tx
      .select({ id: roleGrants.id, userId: roleGrants.userId })
      .from(roleGrants)
      .where(and(eq(roleGrants.role, 'merchant_staff'), eq(roleGrants.organizationId, merchantId)));
    const grant = grants.find((g) => g.userId === user?.id);
    if (!grant) throw fieldError(['input', 'phone'], 'NOT_STAFF', '该手机号不是本商家员工');
    if (grants.length === 1) throw refusedStep('商家员工', 'last_staff', 'removed', '不能移除商家的最后一名员工');
    await tx.delete(roleGrants).where(eq(roleGrants.id, grant.id));
    await recordAudit(tx, {
      actorUserId,
      action: 'merchant.staff_removed',
      subjectType: 'merchant',
      subjectId: merchantId,
      data: { userId: grant.userId },
    });
  });
}

/** The staff of a merchant, oldest first. */
export async function merchantStaffList(db: Database, merchantId: string) {
  const grants = await db.query.roleGrants.findMany({
    where: { role: 'merchant_staff', organizationId: merchantId },
    orderBy: { createdAt: 'asc' },
    with: { user: { columns: { displayName: true, phone: true } } },
  });
  return grants.map((g) => ({ displayName: g.user.displayName, phone: g.user.phone, since: g.createdAt }));
}
