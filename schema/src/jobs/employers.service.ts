import { employers, roleGrants, uniqueViolation, type Database } from '@huigong/db';
import { and, eq, inArray } from 'drizzle-orm';
import { NotFound } from '../common/not-found.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { AlreadyEmployerStaff, CreditCodeTaken } from './errors.ts';
import { employerLifecycle } from './lifecycle.ts';

export interface RegisterEmployerInput {
  name: string;
  creditCode: string;
  industry: string;
  unionId: string;
  address?: string | null;
  contactName: string;
  contactPhone: string;
}

/** Regions an employer can belong to: the staff of a city or district union verify it. */
export async function assertRegionUnion(db: Database, unionId: string, path: string[]) {
  const union = await db.query.unions.findFirst({ where: { id: unionId }, columns: { level: true, path: true } });
  if (!union) throw fieldError(path, 'NOT_FOUND', '所选地区不存在');
  if (union.level !== 'city' && union.level !== 'district') {
    throw fieldError(path, 'NOT_A_REGION', '请选择市或区/县一级的地区');
  }
  return union;
}

/** Registers an employer (pending verification); the registering user becomes its first staff account. */
export async function registerEmployer(db: Database, actorUserId: string, input: RegisterEmployerInput) {
  try {
    return await db.transaction(async (tx) => {
      await assertRegionUnion(tx, input.unionId, ['input', 'region']);
      const [employer] = await tx
        .insert(employers)
        .values({ ...input, address: input.address ?? null, createdByUserId: actorUserId })
        .returning();
      if (!employer) throw new Error('insert into employers returned no row');
      await tx.insert(roleGrants).values({ userId: actorUserId, role: 'employer_staff', organizationId: employer.id });
      await recordAudit(tx, {
        actorUserId,
        action: 'employer.registered',
        subjectType: 'employer',
        subjectId: employer.id,
        toState: 'pending',
      });
      return employer;
    });
  } catch (error) {
    if (uniqueViolation(error)?.startsWith('employers_credit_code')) throw new CreditCodeTaken();
    throw error;
  }
}

/** Union staff verify or reject a pending employer (a rejected one may be verified later on appeal). */
export async function reviewEmployer(
  db: Database,
  actorUserId: string,
  input: { employerId: string; approve: boolean; note?: string | null },
) {
  const action = input.approve ? 'verify' : 'reject';
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: employers.status })
      .from(employers)
      .where(eq(employers.id, input.employerId))
      .for('update');
    if (!current) throw new NotFound('用人单位');
    const to = employerLifecycle.assert(current.status, action);
    const [updated] = await tx
      .update(employers)
      .set({ status: to, reviewNote: input.note ?? null, reviewedAt: new Date(), reviewedByUserId: actorUserId })
      .where(and(eq(employers.id, input.employerId), inArray(employers.status, employerLifecycle.from(action))))
      .returning();
    if (!updated) throw new Error('reviewEmployer: the locked employer row changed state');
    await recordAudit(tx, {
      actorUserId,
      action: input.approve ? 'employer.verified' : 'employer.rejected',
      subjectType: 'employer',
      subjectId: input.employerId,
      fromState: current.status,
      toState: to,
      reason: input.note ?? null,
    });
    return updated;
  });
}

/** An employer's staff member adds another account (by phone) as staff of the same employer. */
export async function addEmployerStaff(db: Database, actorUserId: string, input: { employerId: string; phone: string }) {
  const user = await db.query.users.findFirst({ where: { phone: input.phone }, columns: { id: true } });
  if (!user) throw fieldError(['input', 'phone'], 'NOT_FOUND', '该手机号尚未注册');
  try {
    return await db.transaction(async (tx) => {
      const [grant] = await tx
        .insert(roleGrants)
        .values({ userId: user.id, role: 'employer_staff', organizationId: input.employerId })
        .returning();
      await recordAudit(tx, {
        actorUserId,
        action: 'employer.staff_added',
        subjectType: 'employer',
        subjectId: input.employerId,
        data: { userId: user.id },
      });
      return grant!;
    });
  } catch (error) {
    if (uniqueViolation(error)?.startsWith('role_grants_unique')) throw new AlreadyEmployerStaff();
    throw error;
  }
}
