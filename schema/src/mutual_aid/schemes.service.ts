/** Schemes: one per city union per year. */
import { mutualAidSchemes, uniqueViolation, unions, type Database, type MutualAidBand } from '@huigong/db';
import { eq } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { fieldError } from '../common/errors.ts';
import { NotFound } from '../common/not-found.ts';
import { assertActs, CITY_LEVELS } from './access.ts';
import { MutualAidSchemeExists } from './errors.ts';
import { bandProblem } from './valuation.ts';

export interface SchemeInput {
  unionId: string;
  year: number;
  name: string;
  premiumFen: number;
  deductibleFen: number;
  bands: MutualAidBand[];
  ceilingFen: number;
  waitingDays: number;
  backstopFen: number;
}

export async function createScheme(db: Database, viewer: Viewer, input: SchemeInput): Promise<string> {
  const [union] = await db.select({ id: unions.id, path: unions.path, level: unions.level }).from(unions).where(eq(unions.id, input.unionId));
  if (!union) throw new NotFound('工会');
  await assertActs(db, viewer, union.path, CITY_LEVELS, '工会');
  if (union.level !== 'city') throw fieldError(['input', 'union'], 'NOT_A_CITY_UNION', '职工医疗互助方案由市总工会设立');
  const problem = bandProblem(input.bands);
  if (problem) throw fieldError(['input', 'bands'], 'INVALID_BANDS', problem);
  if (input.deductibleFen >= input.ceilingFen) throw fieldError(['input', 'deductible'], 'ABOVE_CEILING', '起付标准须低于年度最高赔付限额');
  try {
    return await db.transaction(async (tx) => {
      const [scheme] = await tx
        .insert(mutualAidSchemes)
        .values({ ...input, unionId: union.id, unionPath: union.path, createdByUserId: viewer.userId })
        .returning({ id: mutualAidSchemes.id });
      await recordAudit(tx, {
        actorUserId: viewer.userId,
        action: 'mutual_aid_scheme.created',
        subjectType: 'mutual_aid_scheme',
        subjectId: scheme!.id,
        data: { year: input.year, premiumFen: input.premiumFen, deductibleFen: input.deductibleFen, ceilingFen: input.ceilingFen },
      });
      return scheme!.id;
    });
  } catch (error) {
    if (uniqueViolation(error) === 'mutual_aid_schemes_union_year') throw new MutualAidSchemeExists(input.year);
    throw error;
  }
}
