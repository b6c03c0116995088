/** Aid schemes (relief rounds): set by a city union for a year, with a budget and a cap per person. */
import { hardshipAidSchemes, LIVING_AID_CAP_FEN, MEDICAL_AID_CAP_FEN, unions, type Database } from '@huigong/db';
import { eq } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { assertActsAt, staffReach } from './access.ts';
import { schemeLifecycle } from './lifecycle.ts';

export type AidKind = (typeof hardshipAidSchemes.kind.enumValues)[number];
export type SchemeRow = typeof hardshipAidSchemes.$inferSelect;

/** The statutory caps per person a year (report 000); other kinds take the cap their city sets. */
export const STATUTORY_CAPS: Partial<Record<AidKind, number>> = {
  living: LIVING_AID_CAP_FEN,
  medical: MEDICAL_AID_CAP_FEN,
};

export interface SchemeInput {
  unionId: string;
  year: number;
  kind: AidKind;
  name: string;
  capPerPersonFen?: number | null;
  budgetFen: number;
  applyFrom?: string | null;
  applyUntil?: string | null;
  areaUnionId?: string | null;
  event?: string | null;
}

/** The union's path and level, or NotFound. */
async function unionAt(db: Database, unionId: string) {
  const [union] = await db.select({ id: unions.id, path: unions.path, level: unions.level }).from(unions).where(eq(unions.id, unionId));
  if (!union) throw new NotFound('工会');
  return union;
}

/** A city union sets a scheme for a year, with a budget and a cap per person. */
export async function createScheme(db: Database, viewer: Viewer, input: SchemeInput): Promise<string> {
  const union = await unionAt(db, input.unionId);
  assertActsAt(await staffReach(db, viewer), union.path, ['city'], '工会');
  if (union.level !== 'city') throw fieldError(['input', 'union'], 'NOT_A_CITY_UNION', '帮扶项目由市总工会设立');

  const statutory = STATUTORY_CAPS[input.kind];
  const cap = input.capPerPersonFen ?? statutory;
  if (cap == null) throw fieldError(['input', 'capPerPerson'], 'REQUIRED', '请设定每人每年的救助上限');
  if (statutory != null && cap > statutory) {
    throw fieldError(['input', 'capPerPerson'], 'ABOVE_STATUTORY_CAP', `此类救助每人每年不超过 ${statutory / 100} 元`);
  }
  if (cap > input.budgetFen) throw fieldError(['input', 'capPerPerson'], 'ABOVE_BUDGET', '每人上限不能超过项目预算');

  const student = input.kind === 'student';
  const applyFrom = input.applyFrom ?? `${input.year}-${student ? '07-01' : '01-01'}`;
  const applyUntil = input.applyUntil ?? `${input.year}-${student ? '08-31' : '12-31'}`;
  if (!applyFrom.startsWith(`${input.year}-`) || !applyUntil.startsWith(`${input.year}-`) || applyFrom > applyUntil) {
    throw fieldError(['input', 'applyUntil'], 'WINDOW_OUTSIDE_YEAR', '受理时间须在项目年度之内，且开始不晚于结束');
  }
  const month = (d: string) => Number(d.slice(5, 7));
  if (student && (month(applyFrom) < 7 || month(applyUntil) > 8)) {
    throw fieldError(['input', 'applyFrom'], 'STUDENT_AID_WINDOW', '金秋助学在每年 7–8 月受理');
  }

  let areaPath: string | null = null;
  if (input.kind === 'disaster') {
    if (!input.areaUnionId) throw fieldError(['input', 'area'], 'REQUIRED', '灾害救助须指定受灾地区');
    if (!input.event) throw fieldError(['input', 'event'], 'REQUIRED', '灾害救助须说明灾害事件');
    const area = await unionAt(db, input.areaUnionId);
    if (!area.path.startsWith(union.path)) throw fieldError(['input', 'area'], 'OUTSIDE_CITY', '受灾地区须在本市范围内');
    areaPath = area.path;
  }

  return db.transaction(async (tx) => {
    const [scheme] = await tx
      .insert(hardshipAidSchemes)
      .values({
        unionId: union.id,
        unionPath: union.path,
        year: input.year,
        kind: input.kind,
        name: input.name,
        capPerPersonFen: cap,
        budgetFen: input.budgetFen,
        applyFrom,
        applyUntil,
        areaUnionId: input.kind === 'disaster' ? input.areaUnionId! : null,
        areaPath,
        event: input.kind === 'disaster' ? input.event! : null,
        createdByUserId: viewer.userId,
      })
      .returning({ id: hardshipAidSchemes.id });
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: 'hardship_scheme.created',
      subjectType: 'hardship_aid_scheme',
      subjectId: scheme!.id,
      toState: 'draft',
      data: { kind: input.kind, year: input.year, budgetFen: input.budgetFen, capPerPersonFen: cap },
    });
    return scheme!.id;
  });
}

/** Opens (approves) or closes a round; only city staff over the scheme's union. */
export async function moveScheme(db: Database, viewer: Viewer, schemeId: string, action: 'open' | 'close'): Promise<string> {
  return db.transaction(async (tx) => {
    const [scheme] = await tx.select().from(hardshipAidSchemes).where(eq(hardshipAidSchemes.id, schemeId)).for('update');
    if (!scheme) throw new NotFound('帮扶项目');
    assertActsAt(await staffReach(tx, viewer), scheme.unionPath, ['city'], '帮扶项目');
    const to = schemeLifecycle.assert(scheme.status, action);
    const now = new Date();
    await tx
      .update(hardshipAidSchemes)
      .set(action === 'open' ? { status: to, openedByUserId: viewer.userId, openedAt: now } : { status: to, closedAt: now })
      .where(eq(hardshipAidSchemes.id, scheme.id));
    await recordAudit(tx, {
      actorUserId: viewer.userId,
      action: `hardship_scheme.${action === 'open' ? 'opened' : 'closed'}`,
      subjectType: 'hardship_aid_scheme',
      subjectId: scheme.id,
      fromState: scheme.status,
      toState: to,
    });
    return scheme.id;
  });
}
