import { executeRows, type Database } from '@huigong/db';
import { sql, type SQL } from 'drizzle-orm';

export interface MutualAidFigures {
  unionId: string;
  name: string;
  code: string;
  level: string;
  unitsEnrolled: number;
  membersEnrolled: number;
  membersCovered: number;
  premiumsDueFen: number;
  premiumsPaidFen: number;
  claimsByStatus: Record<string, number>;
  rejectionsByReason: Record<string, number>;
  payouts: number;
  payoutsFen: number;
}

interface Place {
  id: string;
  name: string;
  code: string;
  level: string;
  path: string;
}

const places = (list: Place[]): SQL =>
  sql`(values ${sql.join(
    list.map((p) => sql`(${p.id}::uuid, ${p.path}::text)`),
    sql`, `,
  )}) as p(id, path)`;

/** A union's figures for a scheme year and those of each direct child, rolled up by path prefix. */
export async function mutualAidFigures(db: Database, unionId: string, year: number) {
  const list = await executeRows<Place>(
    db,
    sql`select id, name, code, level::text as level, path from unions where id = ${unionId}
        union all
        select id, name, code, level::text as level, path from unions where parent_id = ${unionId}`,
  );
  const self = list.find((p) => p.id === unionId);
  if (!self) return null;
  const figures = new Map<string, MutualAidFigures>(
    list.map((p) => [
      p.id,
      {
        unionId: p.id, name: p.name, code: p.code, level: p.level,
        unitsEnrolled: 0, membersEnrolled: 0, membersCovered: 0, premiumsDueFen: 0, premiumsPaidFen: 0,
        claimsByStatus: {}, rejectionsByReason: {}, payouts: 0, payoutsFen: 0,
      },
    ]),
  );
  const at = (id: string) => figures.get(id)!;
  const from = places(list);
  for (const row of await executeRows<{ id: string; units: string; due: string; paid: string }>(
    db,
    sql`select p.id, count(distinct e.union_id) as units, sum(e.premium_due_fen) as due,
          coalesce(sum(e.premium_due_fen) filter (where e.status = 'paid'), 0) as paid
        from mutual_aid_enrolments e join mutual_aid_schemes s on s.id = e.scheme_id
        join ${from} on starts_with(e.union_path, p.path)
        where s.year = ${year} and e.status <> 'draft'
        group by p.id`,
  )) {
    Object.assign(at(row.id), { unitsEnrolled: Number(row.units), premiumsDueFen: Number(row.due), premiumsPaidFen: Number(row.paid) });
  }
  for (const row of await executeRows<{ id: string; n: string; active: string }>(
    db,
    sql`select p.id, count(*) as n, count(*) filter (where c.active_from is not null) as active
        from mutual_aid_covers c join mutual_aid_schemes s on s.id = c.scheme_id
        join ${from} on starts_with(c.union_path, p.path)
        where s.year = ${year}
        group by p.id`,
  )) {
    Object.assign(at(row.id), { membersEnrolled: Number(row.n), membersCovered: Number(row.active) });
  }
  for (const row of await executeRows<{ id: string; status: string; reason: string | null; n: string; paid: string | null }>(
    db,
    sql`select p.id, c.status::text as status, c.rejection_reason::text as reason, count(*) as n,
          sum(c.valuated_fen) filter (where c.status = 'paid') as paid
        from mutual_aid_claims c join mutual_aid_schemes s on s.id = c.scheme_id
        join ${from} on starts_with(c.union_path, p.path)
        where s.year = ${year}
        group by p.id, c.status, c.rejection_reason`,
  )) {
    const fig = at(row.id);
    fig.claimsByStatus[row.status] = (fig.claimsByStatus[row.status] ?? 0) + Number(row.n);
    if (row.reason) fig.rejectionsByReason[row.reason] = (fig.rejectionsByReason[row.reason] ?? 0) + Number(row.n);
    if (row.status === 'paid') {
      fig.payouts += Number(row.n);
      fig.payoutsFen += Number(row.paid ?? 0);
    }
  }
  return {
    ...at(self.id),
    year,
    children: list.filter((p) => p.id !== self.id).sort((a, b) => a.code.localeCompare(b.code)).map((p) => at(p.id)),
  };
}
