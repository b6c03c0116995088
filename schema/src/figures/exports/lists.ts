/**
 * The lists staff export, each read in keyset pages of PAGE rows so memory stays flat whatever the
 * size: a page is fetched, written and dropped before the next is asked for.
 */
import { executeRows, type Database } from '@huigong/db';
import { sql, type SQL } from 'drizzle-orm';
import { shanghaiStartOfDay } from '../../common/dates.ts';
import type { Column } from './columns.ts';

export const PAGE = 2000;

export interface ExportScope {
  /** Path of the union whose subtree is exported (already authorized by the caller). */
  path: string;
  from: string;
  to: string;
}

interface KeysetRow {
  k_at: Date | string;
  k_id: string;
}

export interface ExportList<Row extends KeysetRow = KeysetRow & Record<string, unknown>> {
  kind: string;
  /** File name stem (Chinese), e.g. 优惠领取与核销. */
  title: string;
  columns: Column<Row>[];
  /** One page after the keyset position (`after` null for the first page), ordered by (k_at, k_id). */
  page: (scope: ExportScope, after: { at: Date; id: string } | null) => SQL;
}

const CLAIM_STATUS: Record<string, string> = { active: '待使用', redeemed: '已核销', cancelled: '已取消', expired: '已过期' };
const OFFER_KIND: Record<string, string> = {
  percentage_off: '折扣',
  amount_off: '满减',
  member_price: '会员价',
  prepaid_voucher: '代金券',
};

const periodOf = (scope: ExportScope) => ({ start: shanghaiStartOfDay(scope.from), end: new Date(shanghaiStartOfDay(scope.to).getTime() + 86_400_000) });
const afterKey = (at: SQL, id: SQL, after: { at: Date; id: string } | null) => (after ? sql`and (${at}, ${id}) > (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)` : sql``);

type ClaimRow = KeysetRow & {
  code: string;
  status: string;
  member_name: string;
  card_number: string;
  offer_title: string;
  offer_kind: string;
  merchant_name: string;
  union_name: string;
  redeemed_at: Date | string | null;
  store_name: string | null;
  saving_fen: number | string | null;
};

const claims: ExportList<ClaimRow> = {
  kind: 'claims',
  title: '优惠领取与核销',
  columns: [
    { header: '领取时间', kind: 'instant', width: 20, value: (r) => new Date(r.k_at) },
    { header: '核销码', kind: 'text', width: 12, value: (r) => r.code },
    { header: '状态', kind: 'text', width: 8, value: (r) => CLAIM_STATUS[r.status] ?? r.status },
    { header: '会员姓名', kind: 'text', width: 10, value: (r) => r.member_name },
    { header: '会员卡号', kind: 'text', width: 20, value: (r) => r.card_number },
    { header: '优惠', kind: 'text', width: 24, value: (r) => r.offer_title },
    { header: '优惠类型', kind: 'text', width: 8, value: (r) => OFFER_KIND[r.offer_kind] ?? r.offer_kind },
    { header: '商家', kind: 'text', width: 20, value: (r) => r.merchant_name },
    { header: '审核工会', kind: 'text', width: 16, value: (r) => r.union_name },
    { header: '核销时间', kind: 'instant', width: 20, value: (r) => (r.redeemed_at ? new Date(r.redeemed_at) : null) },
    { header: '核销门店', kind: 'text', width: 16, value: (r) => r.store_name },
    { header: '会员节省（元）', kind: 'fen', width: 14, value: (r) => (r.saving_fen === null ? null : Number(r.saving_fen)) },
  ],
  page: (scope, after) => {
    const { start, end } = periodOf(scope);
    return sql`select c.created_at as k_at, c.id::text as k_id, c.code, c.status::text as status,
        m.real_name as member_name, m.card_number, o.title as offer_title, o.kind::text as offer_kind,
        mc.name as merchant_name, u.name as union_name, c.redeemed_at, s.name as store_name,
        case when c.redeemed_at is null then null
             when o.kind = 'amount_off' then o.reduction_fen
             when o.kind = 'percentage_off' then null
             else o.regular_price_fen - o.member_price_fen end as saving_fen
      from offer_claims c
      join offers o on o.id = c.offer_id
      join unions u on u.id = o.union_id
      join merchants mc on mc.id = c.merchant_id
      join members m on m.id = c.member_id
      left join merchant_stores s on s.id = c.redeemed_store_id
      where starts_with(u.path, ${scope.path}) and c.created_at >= ${start.toISOString()}::timestamptz and c.created_at < ${end.toISOString()}::timestamptz
        ${afterKey(sql`c.created_at`, sql`c.id`, after)}
      order by c.created_at, c.id
      limit ${PAGE}`;
  },
};

type RegistrationRow = KeysetRow & { fair_title: string; fair_date: string; organizer: string; member_name: string; card_number: string; member_union: string };

const registrations: ExportList<RegistrationRow> = {
  kind: 'registrations',
  title: '招聘会报名',
  columns: [
    { header: '报名时间', kind: 'instant', width: 20, value: (r) => new Date(r.k_at) },
    { header: '招聘会', kind: 'text', width: 24, value: (r) => r.fair_title },
    { header: '举办日期', kind: 'date', width: 12, value: (r) => r.fair_date },
    { header: '主办工会', kind: 'text', width: 16, value: (r) => r.organizer },
    { header: '会员姓名', kind: 'text', width: 10, value: (r) => r.member_name },
    { header: '会员卡号', kind: 'text', width: 20, value: (r) => r.card_number },
    { header: '会员所在工会', kind: 'text', width: 20, value: (r) => r.member_union },
  ],
  page: (scope, after) => {
    const { start, end } = periodOf(scope);
    return sql`select r.created_at as k_at, r.id::text as k_id, f.title as fair_title, f.fair_date::text as fair_date,
        o.name as organizer, m.real_name as member_name, m.card_number, mu.name as member_union
      from job_fair_registrations r
      join job_fairs f on f.id = r.fair_id
      join unions o on o.id = f.organizer_union_id
      join members m on m.id = r.member_id
      join unions mu on mu.id = m.union_id
      where starts_with(f.organizer_path, ${scope.path}) and r.created_at >= ${start.toISOString()}::timestamptz and r.created_at < ${end.toISOString()}::timestamptz
        ${afterKey(sql`r.created_at`, sql`r.id`, after)}
      order by r.created_at, r.id
      limit ${PAGE}`;
  },
};

export const EXPORT_LISTS: Record<string, ExportList<any>> = { claims, registrations };

/** The rows of a list, page by page. */
export async function* exportRows<Row extends KeysetRow>(db: Database, list: ExportList<Row>, scope: ExportScope): AsyncGenerator<Row[]> {
  let after: { at: Date; id: string } | null = null;
  for (;;) {
    const rows: Row[] = await executeRows<Row>(db, list.page(scope, after));
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < PAGE) return;
    const last: Row = rows[rows.length - 1]!;
    after = { at: new Date(last.k_at), id: last.k_id };
  }
}
