const HOUR = 3_600_000;
const SHANGHAI_OFFSET = 8 * HOUR; // China keeps one offset all year.

/**
 * The first moment at or after `now` outside the quiet hours [start, end) in Beijing time; start ==
 * end means none. A window may run past midnight (22 → 8).
 */
export function nextAllowedTime(now: Date, startHour: number, endHour: number): Date {
  if (startHour === endHour) return now;
  const local = new Date(now.getTime() + SHANGHAI_OFFSET);
  const hour = local.getUTCHours();
  const quiet = startHour < endHour ? hour >= startHour && hour < endHour : hour >= startHour || hour < endHour;
  if (!quiet) return now;
  const end = new Date(local);
  end.setUTCHours(endHour, 0, 0, 0);
  if (end.getTime() <= local.getTime()) end.setUTCDate(end.getUTCDate() + 1);
  return new Date(end.getTime() - SHANGHAI_OFFSET);
}
