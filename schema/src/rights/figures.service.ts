/** Figures up the union tree: cases by type and outcome, time to close, amounts recovered, outreach. */
import { executeRows, rightsOutreachEvents, type Database } from '@huigong/db';
import { sql } from 'drizzle-orm';
import type { Viewer } from '../accounts/viewer.ts';
import { NotFound } from '../common/not-found.ts';
import { isUnionStaffOver } from '../accounts/staff-reach.ts';

/** Confidential cases count only in the figures of a city union and above (never a district's or grassroots'). */
export const CONFIDENTIAL_COUNTED_AT = new Set(['city', 'province', 'national']);

export interface RightsFigures {
  unionId: string;
  includesConfidential: boolean;
  opened: number;
  open: number;
  closed: number;
  recoveredFen: number;
  meanDaysToClose: number | null;
  medianDaysToClose: number | null;
  byType: { type: string; opened: number; closed: number; recoveredFen: number }[];
  byOutcome: { outcome: string; cases: number; recoveredFen: number }[];
  outreach: { events: number; attendance: number; firms: number };
}

const round1 = (n: number | string | null | undefined) => (n == null ? null : Math.round(Number(n) * 10) / 10);

export async function rightsFigures(db: Database, viewer: Viewer, unionId: string, year?: number | null): Promise<RightsFigures> {
  const union = await db.query.unions.findFirst({ where: { id: unionId }, columns: { id: true, path: true, level: true } });
  if (!union || !isUnionStaffOver(viewer, union.path)) throw new NotFound('工会');
  const includesConfidential = CONFIDENTIAL_COUNTED_AT.has(union.level);
  const where = sql`starts_with(c.union_path, ${union.path})
    ${includesConfidential ? sql`` : sql`and not c.confidential`}
    ${year ? sql`and extract(year from c.opened_at at time zone 'Asia/Shanghai') = ${year}` : sql``}`;
  const [totals] = await executeRows<Record<string, string | number | null>>(db, sql`
    select count(*) as opened,
           count(*) filter (where c.status <> 'closed') as open,
           count(*) filter (where c.status = 'closed') as closed,
           coalesce(sum(c.recovered_fen), 0) as recovered,
           avg(extract(epoch from c.closed_at - c.opened_at) / 86400) as mean_days,
           percentile_cont(0.5) within group (order by extract(epoch from c.closed_at - c.opened_at) / 86400) as median_days
    from rights_cases c where ${where}`);
  const byType = await executeRows<{ type: string; opened: string | number; closed: string | number; recovered: string | number }>(db, sql`
    select c.type, count(*) as opened, count(*) filter (where c.status = 'closed') as closed, coalesce(sum(c.recovered_fen), 0) as recovered
    from rights_cases c where ${where} group by c.type order by c.type`);
  const byOutcome = await executeRows<{ outcome: string; cases: string | number; recovered: string | number }>(db, sql`
    select c.outcome, count(*) as cases, coalesce(sum(c.recovered_fen), 0) as recovered
    from rights_cases c where ${where} and c.outcome is not null group by c.outcome order by c.outcome`);
  const [outreach] = await executeRows<{ events: string | number; attendance: string | number; firms: string | number }>(db, sql`
    select count(*) as events, coalesce(sum(o.attendance), 0) as attendance, count(distinct o.firm_name) as firms
    from ${rightsOutreachEvents} o where starts_with(o.union_path, ${union.path})
    ${year ? sql`and extract(year from o.held_on) = ${year}` : sql``}`);
  return {
    unionId: union.id,
    includesConfidential,
    opened: Number(totals!.opened),
    open: Number(totals!.open),
    closed: Number(totals!.closed),
    recoveredFen: Number(totals!.recovered),
    meanDaysToClose: round1(totals!.mean_days),
    medianDaysToClose: round1(totals!.median_days),
    byType: byType.map((r) => ({ type: r.type, opened: Number(r.opened), closed: Number(r.closed), recoveredFen: Number(r.recovered) })),
    byOutcome: byOutcome.map((r) => ({ outcome: r.outcome, cases: Number(r.cases), recoveredFen: Number(r.recovered) })),
    outreach: { events: Number(outreach!.events), attendance: Number(outreach!.attendance), firms: Number(outreach!.firms) },
  };
}

/** A lecture at a firm (普法进企业) with its attendance, recorded by the union that held it. */
export async function recordOutreach(
  db: Database,
  viewer: Viewer,
  input: { unionId: string; firmName: string; topic: string; heldOn: string; attendance: number },
): Promise<string> {
  const union = await db.query.unions.findFirst({ where: { id: input.unionId }, columns: { id: true, path: true } });
  if (!union || !isUnionStaffOver(viewer, union.path)) throw new NotFound('工会');
  const [row] = await db
    .insert(rightsOutreachEvents)
    .values({
      unionId: union.id,
      unionPath: union.path,
      firmName: input.firmName,
      topic: input.topic,
      heldOn: input.heldOn,
      attendance: input.attendance,
      recordedByUserId: viewer.userId,
    })
    .returning({ id: rightsOutreachEvents.id });
  return row!.id;
}
