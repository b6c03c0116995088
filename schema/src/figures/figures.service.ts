import { executeRows, type Database } from '@huigong/db';
import { sql } from 'drizzle-orm';
import { shanghaiStartOfDay } from '../common/dates.ts';
import { METRICS } from './metrics.ts';

/** metric key (`programme.key`) → value; a missing key is 0. */
export type FigureValues = Record<string, number>;

export interface UnionRow {
  id: string;
  name: string;
  code: string;
  level: string;
  path: string;
}

export interface UnionFigures {
  union: UnionRow;
  from: string;
  to: string;
  total: FigureValues;
  /** What the union itself runs (本级), not below any of its child unions. */
  direct: FigureValues;
  children: { union: UnionRow; figures: FigureValues }[];
  /** The total by Asia/Shanghai month, every month of the period (empty months included). */
  months: { month: string; figures: FigureValues }[];
}

const nextDay = (date: string) => new Date(shanghaiStartOfDay(date).getTime() + 86_400_000);

function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, mo] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${y}-${String(mo).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) return out;
    mo += 1;
    if (mo > 12) {
      mo = 1;
      y += 1;
    }
  }
}

const add = (into: FigureValues, key: string, v: number) => {
  into[key] = (into[key] ?? 0) + v;
};

/**
 * The figures of every programme a union runs in a period (Asia/Shanghai dates, both included),
 * broken down by its child unions and by month: one statement for the children list and one for
 * every figure, whatever the size of the subtree. Each source row falls in at most one child
 * (sibling paths never prefix one another) or else in the union's own level, so the total is the
 * sum of the children and `direct` by construction, and the figure of a child here is the total of
 * the same child asked for directly (both are "what its subtree holds").
 */
export async function unionFigures(db: Database, unionId: string, from: string, to: string): Promise<UnionFigures | null> {
  const places = await executeRows<UnionRow & { parent_id: string | null }>(
    db,
    sql`select id, name, code, level::text as level, path, parent_id from unions where id = ${unionId}
        union all
        select id, name, code, level::text as level, path, parent_id from unions where parent_id = ${unionId}`,
  );
  const self = places.find((p) => p.id === unionId);
  if (!self) return null;
  const start = shanghaiStartOfDay(from);
  const end = nextDay(to);
  const sources = sql.join(
    METRICS.map(
      (x) =>
        sql`select ${`${x.programme}.${x.key}`}::text as metric, s.path, s.at, s.v::bigint as v from (${x.source}) s
            where starts_with(s.path, ${self.path}) and s.at >= ${start.toISOString()}::timestamptz and s.at < ${end.toISOString()}::timestamptz`,
    ),
    sql` union all `,
  );
  const rows = await executeRows<{ bucket: string; metric: string; month: string; v: string }>(
    db,
    sql`with src as (${sources})
        select coalesce(b.id, ${self.id}::uuid)::text as bucket, src.metric,
               to_char(src.at at time zone 'Asia/Shanghai', 'YYYY-MM') as month, sum(src.v)::text as v
        from src left join unions b on b.parent_id = ${self.id}::uuid and starts_with(src.path, b.path)
        group by 1, 2, 3`,
  );

  const byBucket = new Map<string, FigureValues>(places.map((p) => [p.id, {}]));
  const months = new Map<string, FigureValues>(monthsBetween(from, to).map((k) => [k, {}]));
  const total: FigureValues = {};
  for (const row of rows) {
    const v = Number(row.v);
    add(byBucket.get(row.bucket) ?? {}, row.metric, v);
    add(total, row.metric, v);
    const month = months.get(row.month);
    if (month) add(month, row.metric, v);
  }
  const strip = ({ parent_id: _parent, ...union }: UnionRow & { parent_id: string | null }): UnionRow => union;
  return {
    union: strip(self),
    from,
    to,
    total,
    direct: byBucket.get(self.id)!,
    children: places
      .filter((p) => p.id !== self.id)
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((p) => ({ union: strip(p), figures: byBucket.get(p.id)! })),
    months: [...months].map(([month, figures]) => ({ month, figures })),
  };
}
