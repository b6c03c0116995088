import { executeRows, type Database } from '@huigong/db';
import { searchGrams } from '@huigong/db/offers/search-text';
import { sql, type SQL } from 'drizzle-orm';
import { haversineSql, type LatLng } from '../common/geo.ts';
import type { BenefitCategory } from './merchants.service.ts';
import type { OfferAudience, OfferKind } from './offers.service.ts';

export type OfferOrder = 'relevance' | 'newest' | 'popular' | 'distance';

export interface OfferSearch {
  text?: string | null;
  category?: BenefitCategory | null;
  kind?: OfferKind | null;
  audience?: OfferAudience | null;
  /** Path of a union: only offers valid at a store whose region lies in this subtree. */
  regionPath?: string | null;
  near?: LatLng | null;
  withinMeters?: number | null;
  orderBy: OfferOrder;
}

export interface OfferHit {
  id: string;
  distanceMeters: number | null;
}

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Public offer search. Each text term must match `search_text` with ILIKE; the candidates come
 * from two GIN indexes: character bigrams (offers_search_grams_idx, which serves the common
 * two-character Chinese words like 火锅) and pg_trgm trigrams (offers_search_trgm_idx, for longer
 * terms). Relevance is trigram similarity. Only published offers inside their window show.
 */
export async function searchOffers(db: Database, search: OfferSearch, page: { offset: number; limit: number }) {
  const conditions: SQL[] = [sql`o.status = 'published'`, sql`o.valid_until > now()`];
  const terms = (search.text ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  for (const term of terms) {
    // The bigram containment narrows through offers_search_grams_idx (two-character words too);
    // ILIKE then checks the exact order of the characters.
    const grams = searchGrams(term);
    if (grams.length > 0) {
      conditions.push(sql`o.search_grams @> array[${sql.join(grams.map((g) => sql`${g}`), sql`, `)}]::text[]`);
    }
    conditions.push(sql`o.search_text ilike ${`%${escapeLike(term)}%`}`);
  }
  if (search.category) conditions.push(sql`o.category = ${search.category}`);
  if (search.kind) conditions.push(sql`o.kind = ${search.kind}`);
  if (search.audience) conditions.push(sql`o.audience = ${search.audience}`);
  if (search.regionPath) {
    conditions.push(sql`exists (
      select 1 from offer_stores os
      join merchant_stores s on s.id = os.store_id
      join unions u on u.id = s.union_id
      where os.offer_id = o.id and u.path like ${`${escapeLike(search.regionPath)}%`})`);
  }
  // Distances are computed once per store in a join, not once per offer in a subquery; with a
  // radius, a latitude/longitude box (merchant_stores_location_idx) keeps far stores out first.
  const near = search.near;
  const radius = near && search.withinMeters != null ? search.withinMeters : null;
  const box =
    near && radius !== null
      ? sql`and s.latitude between ${near.latitude - radius / 111_000} and ${near.latitude + radius / 111_000}
            and s.longitude between ${near.longitude - radius / (111_000 * Math.max(Math.cos((near.latitude * Math.PI) / 180), 0.01))}
                                and ${near.longitude + radius / (111_000 * Math.max(Math.cos((near.latitude * Math.PI) / 180), 0.01))}`
      : sql``;
  const distances = near
    ? sql`with distances as (
            select os.offer_id, min(${haversineSql(near, sql`s.latitude`, sql`s.longitude`)}) as distance
            from merchant_stores s join offer_stores os on os.store_id = s.id
            where true ${box}
            group by os.offer_id)`
    : sql``;
  if (radius !== null) conditions.push(sql`d.distance <= ${radius}`);
  const where = sql.join(conditions, sql` and `);
  const filtered = near
    ? sql`${distances}
          select o.id, o.published_at, o.claim_count, o.search_text, d.distance
          from offers o ${radius !== null ? sql`join` : sql`left join`} distances d on d.offer_id = o.id
          where ${where}`
    : sql`select o.id, o.published_at, o.claim_count, o.search_text, null::float8 as distance
          from offers o where ${where}`;

  const order: SQL = (() => {
    switch (search.orderBy) {
      case 'distance':
        return sql`distance asc nulls last, published_at desc, id`;
      case 'popular':
        return sql`claim_count desc, published_at desc, id`;
      case 'relevance':
        return terms.length > 0
          ? sql`similarity(search_text, ${terms.join(' ')}) desc, published_at desc, id`
          : sql`published_at desc, id`;
      case 'newest':
        return sql`published_at desc, id`;
    }
  })();
  const rows = await executeRows<{ id: string; distance: number | string | null }>(
    db,
    sql`select id, distance from (${filtered}) hits
        order by ${order} limit ${page.limit} offset ${page.offset}`,
  );
  return rows.map(
    (row): OfferHit => ({ id: row.id, distanceMeters: row.distance === null ? null : Math.round(Number(row.distance)) }),
  );
}

