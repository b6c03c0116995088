import { jobPostings } from '@huigong/db';
import { sql, type SQL } from 'drizzle-orm';
import { haversineSql } from '../common/geo.ts';
import type { EmploymentType } from './postings.service.ts';
import { likeEscape } from './text.ts';

export type PostingSort = 'newest' | 'salary' | 'distance';

export interface PostingSearch {
  text?: string | null;
  regionPath?: string | null;
  category?: string | null;
  employmentTypes?: EmploymentType[] | null;
  minMonthlySalaryFen?: number | null;
  isPublicBenefit?: boolean | null;
  suitableForHardship?: boolean | null;
  includeRemote?: boolean | null;
  near?: { latitude: number; longitude: number; radiusKm: number } | null;
}

/** Distance in km from a point to the posting's coordinates (null without coordinates): common/geo.ts's haversine. */
export function distanceKmSql(t: typeof jobPostings, point: { latitude: number; longitude: number }): SQL<number | null> {
  return sql<number | null>`(${haversineSql(point, t.latitude, t.longitude)} / 1000)`;
}

/** Distinct lower-cased character pairs of a term, as text_bigrams() computes them in the database. */
export function bigrams(term: string): string[] {
  const chars = [...term.toLowerCase()];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i += 1) grams.add(chars[i]! + chars[i + 1]!);
  return [...grams];
}

function toTextArray(items: string[]): string {
  return `{${items.map((s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

/** The text every search matches against; the trigram GIN index (custom migration) is on this exact expression. */
export function searchTextSql(t: typeof jobPostings): SQL {
  return sql`(${t.title} || ' ' || ${t.category} || ' ' || ${t.description})`;
}

/**
 * What "open" means for a posting: published and not past its valid-through time. Expiry needs no
 * job: the condition is part of every public read, so a posting drops out the moment it lapses.
 */
export function openPostingSql(t: typeof jobPostings): SQL {
  return sql`(${t.status} = 'published' and ${t.validThrough} > now())`;
}

/** The public search as one SQL condition, usable both by the connection and by its totalCount. */
export function searchConditionSql(t: typeof jobPostings, search: PostingSearch): SQL {
  const parts: SQL[] = [openPostingSql(t)];
  const text = search.text?.trim();
  if (text) {
    // Every whitespace-separated term must appear (AND), each as a literal substring.
    for (const term of text.split(/\s+/).slice(0, 5)) {
      parts.push(sql`${searchTextSql(t)} ilike ${`%${likeEscape(term)}%`}`);
      // The bigram GIN index (bench_indexes migration) finds the candidates for terms of two
      // characters or more; trigrams cannot serve two-character Chinese words.
      const grams = bigrams(term);
      if (grams.length > 0) parts.push(sql`text_bigrams(${searchTextSql(t)}) @> ${toTextArray(grams)}::text[]`);
    }
  }
  if (search.regionPath) {
    const inRegion = sql`${t.locationPath} like ${`${likeEscape(search.regionPath)}%`}`;
    parts.push(search.includeRemote ? sql`(${inRegion} or ${t.isRemote})` : inRegion);
  }
  if (search.category) parts.push(sql`${t.category} = ${search.category}`);
  if (search.employmentTypes?.length) {
    parts.push(sql`${t.employmentType} in (${sql.join(search.employmentTypes.map((e) => sql`${e}`), sql`, `)})`);
  }
  if (search.minMonthlySalaryFen != null) parts.push(sql`${t.salaryMaxFen} >= ${search.minMonthlySalaryFen}`);
  if (search.isPublicBenefit != null) parts.push(sql`${t.isPublicBenefit} = ${search.isPublicBenefit}`);
  if (search.suitableForHardship != null) parts.push(sql`${t.suitableForHardship} = ${search.suitableForHardship}`);
  if (search.near) {
    parts.push(sql`${t.latitude} is not null and ${distanceKmSql(t, search.near)} <= ${search.near.radiusKm}::float8`);
  }
  return sql.join(parts, sql` and `);
}
