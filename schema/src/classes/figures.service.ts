import { executeRows, type Database } from '@huigong/db';
import { sql, type SQL } from 'drizzle-orm';

/** A union's classes figures, its subtree rolled up by path prefix. */
export interface ClassFigures {
  unionId: string;
  name: string;
  code: string;
  courses: number;
  summerClasses: number;
  seats: number;
  seated: number;
  waiting: number;
  /** Median minutes from the opening to the last seat taken, over the courses that filled. */
  medianFillMinutes: number | null;
  coursesFilled: number;
  /** Presences over expected presences, in basis points, over every roll called. */
  attendanceBasisPoints: number | null;
  openIncidents: number;
  subsidyClaims: number;
  subsidyFen: number;
}

interface Place {
  id: string;
  name: string;
  code: string;
  path: string;
}

const places = (list: Place[]): SQL => sql`(values ${sql.join(list.map((p) => sql`(${p.id}::uuid, ${p.path}::text)`), sql`, `)}) as p(id, path)`;

export async function classFigures(db: Database, unionId: string): Promise<(ClassFigures & { children: ClassFigures[] }) | null> {
  const list = await executeRows<Place>(
    db,
    sql`select id, name, code, path from unions where id = ${unionId}
        union all select id, name, code, path from unions where parent_id = ${unionId}`,
  );
  const self = list.find((p) => p.id === unionId);
  if (!self) return null;
  const from = places(list);
  const rows = await executeRows<Record<string, string | null> & { id: string }>(
    db,
    sql`select p.id,
          count(c.id) as courses,
          count(c.id) filter (where c.kind = 'summer') as summer,
          coalesce(sum(c.capacity), 0) as seats,
          coalesce(sum((select count(*) from class_enrolments e where e.course_id = c.id and e.status in ('confirmed', 'offered'))), 0) as seated,
          coalesce(sum((select count(*) from class_enrolments e where e.course_id = c.id and e.status = 'waiting')), 0) as waiting,
          count(c.filled_at) as filled,
          percentile_cont(0.5) within group (order by extract(epoch from (c.filled_at - c.enrolment_opens_at)) / 60)
            filter (where c.filled_at is not null) as fill_minutes,
          coalesce(sum((select count(*) from class_attendance a where a.course_id = c.id and a.present)), 0) as present,
          coalesce(sum((select count(*) from class_sessions s where s.course_id = c.id and s.roll_called_at is not null)
            * (select count(*) from class_enrolments e where e.course_id = c.id and e.status = 'confirmed')), 0) as expected,
          coalesce(sum((select count(*) from class_incidents i where i.course_id = c.id and i.status = 'open')), 0) as incidents,
          count(s.id) as claims,
          coalesce(sum(s.amount_fen), 0) as subsidy
        from ${from}
        left join class_courses c on starts_with(c.union_path, p.path)
        left join class_subsidy_claims s on s.course_id = c.id
        group by p.id`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const figuresOf = (p: Place): ClassFigures => {
    const r = byId.get(p.id) ?? {};
    const n = (k: string) => Number((r as Record<string, string | null>)[k] ?? 0);
    const expected = n('expected');
    return {
      unionId: p.id,
      name: p.name,
      code: p.code,
      courses: n('courses'),
      summerClasses: n('summer'),
      seats: n('seats'),
      seated: n('seated'),
      waiting: n('waiting'),
      coursesFilled: n('filled'),
      medianFillMinutes: (r as Record<string, string | null>).fill_minutes == null ? null : Math.round(n('fill_minutes') * 10) / 10,
      attendanceBasisPoints: expected === 0 ? null : Math.floor((n('present') * 10_000) / expected),
      openIncidents: n('incidents'),
      subsidyClaims: n('claims'),
      subsidyFen: n('subsidy'),
    };
  };
  return {
    ...figuresOf(self),
    children: list
      .filter((p) => p.id !== self.id)
      .sort((a, b) => a.code.localeCompare(b.code))
      .map(figuresOf),
  };
}
