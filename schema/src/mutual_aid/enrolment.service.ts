/**
 * Group enrolment by a unit's grassroots union: a draft receives its rows in chunks (a CSV of
 * thousands, or a list of card numbers), then is submitted: every row is checked, and one refused
 * row refuses the batch (the report says which and why); otherwise every member gets an idle cover
 * in one transaction. Recording the premium paid makes the covers run for a year.
 */
import {
  executeRows,
  mutualAidCovers,
  mutualAidEnrolmentRows,
  mutualAidEnrolments,
  mutualAidSchemes,
  uniqueViolation,
  unions,
  type Database,
} from '@huigong/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { shanghaiToday } from '../common/dates.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { luhnValid } from '../common/validators.ts';
import { assertActs, CITY_LEVELS, isStaffOver, staffReach, UNIT_LEVELS } from './access.ts';
import {
  MutualAidEnrolmentEmpty,
  MutualAidEnrolmentRefused,
  MutualAidEnrolmentTooLarge,
  MutualAidPaymentReferenceUsed,
  type RefusedRow,
} from './errors.ts';
import { enrolmentLifecycle } from './lifecycle.ts';

export const MAX_ENROLMENT_ROWS = 20_000;
export const MAX_ROWS_PER_CHUNK = 2_500;
const REPORT_ROWS = 500;
const INSERT_CHUNK = 1_000;

type EnrolmentRow = typeof mutualAidEnrolments.$inferSelect;

/** One year of cover: from `from` to the day before its anniversary. */
export function coverUntil(from: string): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + 1, m - 1, d));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** Parses a CSV (卡号,姓名 per line; a header line and blank lines are skipped) into rows. */
export function parseRows(csv: string): { cardNumber: string; realName: string | null }[] {
  const rows: { cardNumber: string; realName: string | null }[] = [];
  for (const raw of csv.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const [card = '', name = ''] = line.split(/[,，\t]/).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (rows.length === 0 && /卡号|card/i.test(card)) continue;
    rows.push({ cardNumber: card.slice(0, 40), realName: name ? name.slice(0, 40) : null });
  }
  return rows;
}

export async function createEnrolment(db: Database, viewer: Viewer, input: { schemeId: string; unionId: string; startsOn: string }) {
  const [unit] = await db.select({ id: unions.id, path: unions.path, level: unions.level }).from(unions).where(eq(unions.id, input.unionId));
  if (!unit) throw new NotFound('工会');
  await assertActs(db, viewer, unit.path, UNIT_LEVELS, '工会');
  const scheme = await db.query.mutualAidSchemes.findFirst({ where: { id: input.schemeId } });
  if (!scheme || !unit.path.startsWith(scheme.unionPath)) throw new NotFound('互助方案');
  if (unit.level !== 'grassroots') throw fieldError(['input', 'union'], 'NOT_A_UNIT', '集体参保以基层工会（单位）为单位办理');
  if (!input.startsOn.startsWith(`${scheme.year}-`)) {
    throw fieldError(['input', 'startsOn'], 'OUTSIDE_SCHEME_YEAR', `保障开始日期须在方案年度 ${scheme.year} 年内`);
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(mutualAidEnrolments)
      .values({ schemeId: scheme.id, unionId: unit.id, unionPath: unit.path, startsOn: input.startsOn, createdByUserId: viewer.userId })
      .returning({ id: mutualAidEnrolments.id });
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'mutual_aid_enrolment.created',
      subjectType: 'mutual_aid_enrolment',
      subjectId: row!.id,
      toState: 'draft',
    });
    return row!.id;
  });
}

async function lockEnrolment(tx: Database, viewer: Viewer, enrolmentId: string): Promise<EnrolmentRow> {
  const [row] = await tx.select().from(mutualAidEnrolments).where(eq(mutualAidEnrolments.id, enrolmentId)).for('update');
  if (!row || !isStaffOver(await staffReach(tx, viewer), row.unionPath)) throw new NotFound('集体参保');
  return row;
}

/** Appends a chunk of rows (or replaces them all) while the enrolment is a draft. */
export async function addRows(
  db: Database,
  viewer: Viewer,
  enrolmentId: string,
  chunk: { cardNumber: string; realName: string | null }[],
  replace: boolean,
) {
  if (chunk.length > MAX_ROWS_PER_CHUNK) {
    throw fieldError(['input', 'csv'], 'TOO_MANY_ROWS', `每次最多上传 ${MAX_ROWS_PER_CHUNK} 行，请分批上传`);
  }
  return db.transaction(async (tx) => {
    const enrolment = await lockEnrolment(tx, viewer, enrolmentId);
    await assertActs(tx, viewer, enrolment.unionPath, UNIT_LEVELS, '集体参保');
    enrolmentLifecycle.assert(enrolment.status, 'addRows');
    const start = replace ? 0 : enrolment.rowCount;
    if (start + chunk.length > MAX_ENROLMENT_ROWS) throw new MutualAidEnrolmentTooLarge(MAX_ENROLMENT_ROWS);
    if (replace) await tx.delete(mutualAidEnrolmentRows).where(eq(mutualAidEnrolmentRows.enrolmentId, enrolment.id));
    if (chunk.length > 0) {
      await tx
        .insert(mutualAidEnrolmentRows)
        .values(chunk.map((r, i) => ({ enrolmentId: enrolment.id, line: start + i + 1, cardNumber: r.cardNumber, realName: r.realName })));
    }
    await tx.update(mutualAidEnrolments).set({ rowCount: start + chunk.length }).where(eq(mutualAidEnrolments.id, enrolment.id));
    return enrolment.id;
  });
}

interface CheckedRow {
  line: number;
  card_number: string;
  real_name: string | null;
  member_id: string | null;
  member_name: string | null;
  member_path: string | null;
  covered: boolean;
  first_line: number;
}

const ROW_MESSAGES: Record<string, string> = {
  BAD_CARD_NUMBER: '会员卡号格式或校验位不正确',
  UNKNOWN_CARD: '没有这张会员卡',
  NOT_IN_UNIT: '该会员不属于本单位工会',
  NAME_MISMATCH: '姓名与会员卡登记的不一致',
  DUPLICATE_ROW: '名单中重复出现',
  ALREADY_COVERED: '该会员本年度已参加互助',
};

/** Checks every row; applies the batch only when none is refused. */
export async function submitEnrolment(db: Database, viewer: Viewer, enrolmentId: string) {
  return db.transaction(async (tx) => {
    const enrolment = await lockEnrolment(tx, viewer, enrolmentId);
    await assertActs(tx, viewer, enrolment.unionPath, UNIT_LEVELS, '集体参保');
    enrolmentLifecycle.assert(enrolment.status, 'submit');
    if (enrolment.rowCount === 0) throw new MutualAidEnrolmentEmpty();
    const [scheme] = await tx.select().from(mutualAidSchemes).where(eq(mutualAidSchemes.id, enrolment.schemeId));
    const rows = await executeRows<CheckedRow>(
      tx,
      sql`select r.line, r.card_number, r.real_name, m.id as member_id, m.real_name as member_name, u.path as member_path,
            exists (select 1 from mutual_aid_covers c where c.member_id = m.id and c.scheme_id = ${enrolment.schemeId}) as covered,
            min(r.line) over (partition by r.card_number) as first_line
          from mutual_aid_enrolment_rows r
          left join members m on m.card_number = r.card_number
          left join unions u on u.id = m.union_id
          where r.enrolment_id = ${enrolment.id}
          order by r.line`,
    );
    const refused: RefusedRow[] = [];
    let refusedCount = 0;
    for (const row of rows) {
      const code = !/^\d{16,19}$/.test(row.card_number) || !luhnValid(row.card_number)
        ? 'BAD_CARD_NUMBER'
        : row.line !== Number(row.first_line)
          ? 'DUPLICATE_ROW'
          : !row.member_id
            ? 'UNKNOWN_CARD'
            : !row.member_path?.startsWith(enrolment.unionPath)
              ? 'NOT_IN_UNIT'
              : row.real_name && row.real_name !== row.member_name
                ? 'NAME_MISMATCH'
                : row.covered
                  ? 'ALREADY_COVERED'
                  : null;
      if (!code) continue;
      refusedCount += 1;
      if (refused.length < REPORT_ROWS) refused.push({ line: row.line, cardNumber: row.card_number, code, message: ROW_MESSAGES[code]! });
    }
    if (refusedCount > 0) throw new MutualAidEnrolmentRefused(rows.length, refusedCount, refused);

    const memberIds = rows.map((r) => r.member_id!);
    try {
      for (let i = 0; i < memberIds.length; i += INSERT_CHUNK) {
        await tx.insert(mutualAidCovers).values(
          memberIds.slice(i, i + INSERT_CHUNK).map((memberId) => ({
            schemeId: enrolment.schemeId,
            enrolmentId: enrolment.id,
            memberId,
            unionId: enrolment.unionId,
            unionPath: enrolment.unionPath,
          })),
        );
      }
    } catch (error) {
      // Another unit's batch enrolled one of these members at the same moment: the unique index decided.
      if (uniqueViolation(error) === 'mutual_aid_covers_one_per_scheme') {
        throw new MutualAidEnrolmentRefused(rows.length, 1, [{ line: 0, cardNumber: '', code: 'ALREADY_COVERED', message: ROW_MESSAGES.ALREADY_COVERED! }]);
      }
      throw error;
    }
    const premiumDue = memberIds.length * scheme!.premiumFen;
    await tx
      .update(mutualAidEnrolments)
      .set({ status: 'submitted', memberCount: memberIds.length, premiumDueFen: premiumDue, submittedAt: new Date() })
      .where(eq(mutualAidEnrolments.id, enrolment.id));
    await tx.delete(mutualAidEnrolmentRows).where(eq(mutualAidEnrolmentRows.enrolmentId, enrolment.id));
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'mutual_aid_enrolment.submitted',
      subjectType: 'mutual_aid_enrolment',
      subjectId: enrolment.id,
      fromState: 'draft',
      toState: 'submitted',
      data: { memberCount: memberIds.length, premiumDueFen: premiumDue },
    });
    return enrolment.id;
  });
}

/**
 * The city records the unit's bank transfer: the covers run one year from the later of the
 * enrolment's start date and the payment date.
 */
export async function recordPremium(db: Database, viewer: Viewer, enrolmentId: string, paymentReference: string, paidOn?: string | null) {
  const on = paidOn ?? shanghaiToday();
  if (on > shanghaiToday()) throw fieldError(['input', 'paidOn'], 'IN_FUTURE', '到账日期不能晚于今天');
  try {
    return await db.transaction(async (tx) => {
      const enrolment = await lockEnrolment(tx, viewer, enrolmentId);
      await assertActs(tx, viewer, enrolment.unionPath, CITY_LEVELS, '集体参保');
      enrolmentLifecycle.assert(enrolment.status, 'recordPremium');
      const from = on > enrolment.startsOn ? on : enrolment.startsOn;
      const until = coverUntil(from);
      await tx
        .update(mutualAidEnrolments)
        .set({ status: 'paid', paymentReference, paidOn: on, paidByUserId: viewer.userId })
        .where(and(eq(mutualAidEnrolments.id, enrolment.id), eq(mutualAidEnrolments.status, 'submitted')));
      await tx.update(mutualAidCovers).set({ activeFrom: from, activeUntil: until }).where(eq(mutualAidCovers.enrolmentId, enrolment.id));
      await tx
        .update(mutualAidSchemes)
        .set({ premiumsPaidFen: sql`${mutualAidSchemes.premiumsPaidFen} + ${enrolment.premiumDueFen}` })
        .where(eq(mutualAidSchemes.id, enrolment.schemeId));
      await recordAudit(tx, {
        actorUserId: viewer.userId,
        action: 'mutual_aid_enrolment.premium_recorded',
        subjectType: 'mutual_aid_enrolment',
        subjectId: enrolment.id,
        fromState: 'submitted',
        toState: 'paid',
        data: { paymentReference, paidOn: on, premiumFen: enrolment.premiumDueFen, activeFrom: from, activeUntil: until },
      });
      return enrolment.id;
    });
  } catch (error) {
    if (uniqueViolation(error) === 'mutual_aid_enrolments_payment_reference') throw new MutualAidPaymentReferenceUsed();
    throw error;
  }
}

