/**
 * Business dates are Asia/Shanghai dates (UTC+8 all year, no daylight saving). Every "today",
 * "this month" and date boundary in a service goes through here; SQL uses
 * `(col at time zone 'Asia/Shanghai')::date` with the same meaning.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3600_000;

/** The Shanghai date of an instant, YYYY-MM-DD. */
export function shanghaiDate(at: Date = new Date()): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Today in Shanghai, YYYY-MM-DD. */
export const shanghaiToday = (now: Date = new Date()): string => shanghaiDate(now);

/** The Shanghai date `months` months after `now` (day clamped by Date arithmetic, as `setUTCMonth`). */
export function shanghaiDateMonthsAhead(months: number, now: Date = new Date()): string {
  const [y, m, d] = shanghaiDate(now).split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1 + months, d));
  return date.toISOString().slice(0, 10);
}

/** The instant a Shanghai date begins (00:00 at UTC+8). */
export function shanghaiStartOfDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}
