import { builder } from '../builder.ts';
import { UnionRef } from '../accounts/types.ts';
import { fen, MoneyRef } from '../common/money.ts';
import type { FigureValues, UnionFigures } from './figures.service.ts';
import { metricsOf, PROGRAMMES, type Programme } from './metrics.ts';

type UnionRowFull = typeof import('@huigong/db').unions.$inferSelect;
export type ResolvedFigures = Omit<UnionFigures, 'union' | 'children'> & {
  union: UnionRowFull;
  children: { union: UnionRowFull; figures: FigureValues }[];
};

const PROGRAMME_TYPES: Record<Programme, { name: string; description: string }> = {
  discounts: { name: 'UnionDiscountFigures', description: '普惠优惠（discounts）的统计。' },
  jobs: { name: 'UnionJobFigures', description: '就业服务（jobs）的统计：用人单位、岗位、求职申请、录用、招聘会。' },
  competitions: { name: 'UnionCompetitionFigures', description: '技能竞赛（competitions）的统计。' },
  grants: { name: 'UnionGrantFigures', description: '工匠创新资助（grants）的统计：申请、批准、拨付、预算。' },
  hardship: { name: 'UnionHardshipFigures', description: '困难帮扶（hardship）的统计。详细口径见 hardshipFigures。' },
  mutualAid: { name: 'UnionMutualAidFigures', description: '职工医疗互助（mutual aid）的统计。' },
  rights: { name: 'UnionRightsFigures', description: '维权服务（rights）的统计，不含保密案件。详细口径见 rightsFigures。' },
  congress: { name: 'UnionCongressFigures', description: '职代会（congress）的统计。' },
};

const programmeRefs = Object.fromEntries(
  PROGRAMMES.map((programme) => {
    const ref = builder.objectRef<FigureValues>(PROGRAMME_TYPES[programme].name).implement({
      description: PROGRAMME_TYPES[programme].description,
      authScopes: { unionStaff: true },
      fields: (t) =>
        Object.fromEntries(
          metricsOf(programme).map((metric) => {
            const key = `${programme}.${metric.key}`;
            const field = metric.money
              ? t.field({ type: MoneyRef, description: `${metric.label}：${metric.description}`, resolve: (f) => fen(f[key] ?? 0) })
              : t.int({ description: `${metric.label}：${metric.description}`, resolve: (f) => f[key] ?? 0 });
            return [metric.key, field];
          }),
        ),
    });
    return [programme, ref];
  }),
) as Record<Programme, ReturnType<typeof builder.objectRef<FigureValues>>>;

export const ProgrammeFiguresRef = builder.objectRef<FigureValues>('UnionProgrammeFigures').implement({
  description: '一个工会（含其下级）在一段时间内各项工作的数字，金额以分计。',
  authScopes: { unionStaff: true },
  fields: (t) =>
    Object.fromEntries(
      PROGRAMMES.map((programme) => [
        programme,
        t.field({ type: programmeRefs[programme], description: PROGRAMME_TYPES[programme].description, resolve: (f) => f }),
      ]),
    ),
});

const ChildFiguresRef = builder.objectRef<ResolvedFigures['children'][number]>('UnionChildFigures').implement({
  description: '直属下级工会（如省下的市、市下的区县）及其整个下级范围的数字。',
  authScopes: { unionStaff: true },
  fields: (t) => ({
    union: t.field({ type: UnionRef, description: '下级工会。', resolve: (c) => c.union }),
    figures: t.field({ type: ProgrammeFiguresRef, description: '该下级工会及其所有下级的数字。', resolve: (c) => c.figures }),
  }),
});

const MonthFiguresRef = builder.objectRef<UnionFigures['months'][number]>('UnionMonthFigures').implement({
  description: '一个月（Asia/Shanghai）的合计数字，用于按月趋势。',
  authScopes: { unionStaff: true },
  fields: (t) => ({
    month: t.string({ description: '月份，格式 YYYY-MM（Asia/Shanghai）。', resolve: (m) => m.month }),
    figures: t.field({ type: ProgrammeFiguresRef, description: '该月的合计数字。', resolve: (m) => m.figures }),
  }),
});

export const UnionFiguresRef = builder.objectRef<ResolvedFigures>('UnionFigures').implement({
  description:
    '工会统计（figures up the union tree）：本工会范围内各项工作的数字，按直属下级分列、按月分列。合计 = 各直属下级之和 + 本级（direct）。',
  authScopes: { unionStaff: true },
  fields: (t) => ({
    union: t.field({ type: UnionRef, description: '统计的工会。', resolve: (f) => f.union }),
    from: t.field({ type: 'Date', description: '统计起始日（含，Asia/Shanghai）。', resolve: (f) => f.from }),
    to: t.field({ type: 'Date', description: '统计截止日（含，Asia/Shanghai）。', resolve: (f) => f.to }),
    total: t.field({ type: ProgrammeFiguresRef, description: '合计：本工会及其所有下级。', resolve: (f) => f.total }),
    direct: t.field({
      type: ProgrammeFiguresRef,
      description: '本级（direct）：由本工会自己开展、不属于任何直属下级的部分（如省总工会直接举办的竞赛）。',
      resolve: (f) => f.direct,
    }),
    children: t.field({
      type: [ChildFiguresRef],
      description: '按直属下级分列（按工会代码排序）；基层工会没有下级，为空列表。',
      resolve: (f) => f.children,
    }),
    months: t.field({ type: [MonthFiguresRef], description: '合计按月分列，期内每个月一项（无数据的月份为零）。', resolve: (f) => f.months }),
  }),
});
