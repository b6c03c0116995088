import { sql, type SQL } from 'drizzle-orm';
import { BUSINESS_TIME_ZONE, shanghaiDate } from '../common/dates.ts';

/** Walking speed for "within N minutes' walk" (the reports' 15分钟服务圈): 80 m a minute, about 4.8 km/h. */
export const WALK_METRES_PER_MINUTE = 80;
export const walkRadiusMetres = (minutes: number) => minutes * WALK_METRES_PER_MINUTE;

export const WEEKDAY_LABELS = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] as const;

/** "08:30" → 510; "24:00" is midnight at the end of the day (1440). Null when malformed. */
export function parseClock(value: string): number | null {
  const match = /^([01]\d|2[0-4]):([0-5]\d)$/.exec(value);
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return minutes <= 1440 ? minutes : null;
}

export const formatClock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export interface ShanghaiMoment {
  /** Business date, YYYY-MM-DD. */
  date: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** Minutes after midnight. */
  minute: number;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: BUSINESS_TIME_ZONE,
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Where `at` falls in Asia/Shanghai: the date, the weekday and the minute of the day. */
export function shanghaiMoment(at: Date = new Date()): ShanghaiMoment {
  const parts = Object.fromEntries(clockFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return { date: shanghaiDate(at), weekday: WEEKDAYS[parts.weekday!]!, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

export interface HoursInterval {
  weekday: number;
  opensMinute: number;
  closesMinute: number;
}

export interface HoursException {
  on: string;
  closed: boolean;
  opensMinute: number | null;
  closesMinute: number | null;
}

/**
 * Open at `moment`: a dated exception for the day replaces the weekday's hours (closed all day,
 * or its own span); otherwise any interval of the weekday that contains the minute. The SQL twin
 * used by search is `openNowSql`; the tests check they agree.
 */
export function isOpenAt(
  status: string,
  hours: readonly HoursInterval[],
  exceptions: readonly HoursException[],
  moment: ShanghaiMoment,
): boolean {
  if (status !== 'active') return false;
  const exception = exceptions.find((e) => e.on === moment.date);
  if (exception) {
    return !exception.closed && exception.opensMinute! <= moment.minute && moment.minute < exception.closesMinute!;
  }
  return hours.some((h) => h.weekday === moment.weekday && h.opensMinute <= moment.minute && moment.minute < h.closesMinute);
}

/** `isOpenAt` in SQL over the station row aliased `s` (station_hours_station_idx, the exceptions' unique index). */
export function openNowSql(moment: ShanghaiMoment): SQL {
  return sql`(s.status = 'active' and case
    when exists (select 1 from station_hour_exceptions e where e.station_id = s.id and e.on = ${moment.date}::date)
    then exists (select 1 from station_hour_exceptions e where e.station_id = s.id and e.on = ${moment.date}::date
      and not e.closed and e.opens_minute <= ${moment.minute}::int and ${moment.minute}::int < e.closes_minute)
    else exists (select 1 from station_hours h where h.station_id = s.id and h.weekday = ${moment.weekday}::int
      and h.opens_minute <= ${moment.minute}::int and ${moment.minute}::int < h.closes_minute)
    end)`;
}

export interface NavigationLinks {
  amap: string;
  baidu: string;
  tencent: string;
  apple: string;
  google: string;
}

/**
 * Links that open walking navigation (or the place) in the common map apps. Coordinates are
 * WGS-84; the Chinese apps are told so (coordinate=wgs84, coord_type=wgs84 / 1) and convert to
 * their own GCJ-02 / BD-09 themselves.
 */
export function navigationLinks(point: { latitude: number; longitude: number }, name: string, address: string): NavigationLinks {
  const { latitude: lat, longitude: lng } = point;
  const n = encodeURIComponent(name);
  const a = encodeURIComponent(address);
  return {
    amap: `https://uri.amap.com/navigation?to=${lng},${lat},${n}&mode=walk&coordinate=wgs84&callnative=1&src=huigong`,
    baidu: `https://api.map.baidu.com/marker?location=${lat},${lng}&title=${n}&content=${a}&coord_type=wgs84&output=html&src=huigong`,
    tencent: `https://apis.map.qq.com/uri/v1/marker?marker=coord:${lat},${lng};title:${n};addr:${a};coord_type:1&referer=huigong`,
    apple: `https://maps.apple.com/?daddr=${lat},${lng}&q=${n}&dirflg=w`,
    google: `https://www.google.com/maps/dir/?api=1&destination=${lat},${lng}&travelmode=walking`,
  };
}
