import { executeRows, type Database } from '@huigong/db';
import { sql, type SQL } from 'drizzle-orm';

export interface HardshipFigures {
  unionId: string;
  name: string;
  code: string;
  level: string;
  /** Files by status (every file ever opened in the subtree, by its current status). */
  byStatus: Record<string, number>;
  exitsByReason: Record<string, number>;
  aidPaid: { kind: string; count: number; amountFen: number }[];
  loansOutstandingFen: number;
  loansRunning: number;
  visits: number;
  visitsValueFen: number;
}

interface Place {
  id: string;
  name: string;
  code: string;
  level: string;
  path: string;
}

/** The subtrees as a VALUES list, so each figure is one grouped statement for all of them. */
const places = (list: Place[]): SQL =>
  sql`(values ${sql.join(
    list.map((p) => sql`(${p.id}::uuid, ${p.path}::text)`),
    sql`, `,
  )}) as p(id, path)`;

/**
 * The figures of a union and of each of its direct children (a city sees its districts, a
 * province its cities), all rolled up by path prefix: a parent's figure is, by construction,
 * what its subtree holds, so it equals the sum of its children's wherever households sit below them.
 */
export async function hardshipFigures(db: Database, unionId: string): Promise<(HardshipFigures & { children: HardshipFigures[] }) | null> {
  const list = await executeRows<Place>(
    db,
    sql`select id, name, code, level::text as level, path from unions where id = ${unionId}
        union all
        select id, name, code, level::text as level, path from unions where parent_id = ${unionId}`,
  );
  const self = list.find((p) => p.id === unionId);
  if (!self) return null;
  const figures = new Map<string, HardshipFigures>(
    list.map((p) => [
      p.id,
      {
        unionId: p.id,
        name: p.name,
        code: p.code,
        level: p.level,
        byStatus: {},
        exitsByReason: {},
        aidPaid: [],
        loansOutstandingFen: 0,
        loansRunning: 0,
        visits: 0,
        visitsValueFen: 0,
      },
    ]),
  );
  const at = (id: string) => figures.get(id)!;
  const from = places(list);

  for (const row of await executeRows<{ id: string; status: string; exit_reason: string | null; n: string }>(
    db,
    sql`select p.id, f.status::text as status, f.exit_reason::text as exit_reason, count(*) as n
        from hardship_files f join ${from} on starts_with(f.union_path, p.path)
        group by p.id, f.status, f.exit_reason`,
  )) {
    const fig = at(row.id);
    fig.byStatus[row.status] = (fig.byStatus[row.status] ?? 0) + Number(row.n);
    if (row.exit_reason) fig.exitsByReason[row.exit_reason] = (fig.exitsByReason[row.exit_reason] ?? 0) + Number(row.n);
  }
  for (const row of await executeRows<{ id: string; kind: string; n: string; paid: string }>(
    db,
    sql`select p.id, s.kind::text as kind, count(*) as n, sum(a.approved_fen) as paid
        from hardship_aid_applications a join hardship_aid_schemes s on s.id = a.scheme_id
        join ${from} on starts_with(a.union_path, p.path)
        where a.status = 'paid'
        group by p.id, s.kind order by s.kind`,
  )) {
    at(row.id).aidPaid.push({ kind: row.kind, count: Number(row.n), amountFen: Number(row.paid) });
  }
  for (const row of await executeRows<{ id: string; n: string; outstanding: string }>(
    db,
    sql`select p.id, count(*) as n, sum(l.amount_fen - l.repaid_fen) as outstanding
        from hardship_loans l join ${from} on starts_with(l.union_path, p.path)
        where l.status in ('disbursed', 'in_arrears')
        group by p.id`,
  )) {
    at(row.id).loansRunning = Number(row.n);
    at(row.id).loansOutstandingFen = Number(row.outstanding);
  }
  for (const row of await executeRows<{ id: string; n: string; value: string }>(
    db,
    sql`select p.id, count(*) as n, sum(v.value_fen) as value
        from hardship_visits v join ${from} on starts_with(v.union_path, p.path)
        group by p.id`,
  )) {
    at(row.id).visits = Number(row.n);
    at(row.id).visitsValueFen = Number(row.value);
  }
  return {
    ...at(self.id),
    children: list.filter((p) => p.id !== self.id).sort((a, b) => a.code.localeCompare(b.code)).map((p) => at(p.id)),
  };
}
