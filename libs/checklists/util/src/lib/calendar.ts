/**
 * Deadline arithmetic for case steps, on ISO datetime strings. Days are counted the way the Civil Code counts periods
 * (民法典 第二百零一条、第二百零三条): the day the step is entered does not count, and the period ends at 24:00 of its
 * last day. Days are local days of the village, China Standard Time (UTC+08:00, no daylight saving) unless told.
 */

/** CALENDAR counts every day (the default); WORKING counts only working days (Mon–Fri, minus holidays). */
export type DayCounting = 'CALENDAR' | 'WORKING';

/** How to count days; every field is optional. */
export interface DeadlineOptions {
  /** Default CALENDAR. */
  counting?: DayCounting;
  /** Offset of the village's local time from UTC, in minutes. Default 480 (China Standard Time). */
  utcOffsetMinutes?: number;
  /** Local dates (YYYY-MM-DD) that are not working days: public holidays (法定节假日). */
  holidays?: readonly string[];
  /** Local weekend dates (YYYY-MM-DD) that are working days (调休上班). */
  extraWorkingDays?: readonly string[];
  /**
   * CALENDAR only: when the last day is not a working day, the period ends on the next working day (民法典 第二百零三条).
   * Default false, so that "N calendar days" means exactly N days unless a county opts in.
   */
  extendOverRestDay?: boolean;
}

/** UTC offset of China Standard Time, in minutes. */
export const CHINA_UTC_OFFSET_MINUTES = 480;

const DAY_MS = 86_400_000;
// an explicit offset is required: a datetime without one means a different instant on the server and in the browser
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for an ISO 8601 datetime with seconds optional and an explicit offset (Z or ±hh:mm). */
export function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Formats an instant as an ISO datetime in the given local offset, e.g. 2024-03-05T23:59:59.999+08:00. */
export function formatLocalDateTime(epochMs: number, utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  const d = new Date(epochMs + utcOffsetMinutes * 60_000);
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(utcOffsetMinutes);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The local calendar date (YYYY-MM-DD) of an ISO datetime. */
export function localDateOf(at: string, utcOffsetMinutes = CHINA_UTC_OFFSET_MINUTES): string {
  return formatLocalDateTime(Date.parse(at), utcOffsetMinutes).slice(0, 10);
}

/** Whether a local date (YYYY-MM-DD) is a working day: Mon–Fri unless a holiday, or a listed 调休 working day. */
export function isWorkingDay(localDate: string, options: DeadlineOptions = {}): boolean {
  if (options.extraWorkingDays?.includes(localDate)) return true;
  if (options.holidays?.includes(localDate)) return false;
  const weekday = new Date(`${localDate}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/**
 * The end (24:00 local, as …T23:59:59.999) of the period of `days` days counted from the day after `from`. With
 * `days` 0 the period ends at the end of the day `from` falls on (即时办结). Throws RangeError on a malformed datetime
 * or a negative or fractional number of days: callers pass validated charts.
 */
export function periodEnd(from: string, days: number, options: DeadlineOptions = {}): string {
  if (!isIsoDateTime(from)) throw new RangeError(`not an ISO datetime with offset: ${from}`);
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`not a whole number of days: ${days}`);
  const offset = options.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES;
  let day = Date.parse(`${localDateOf(from, offset)}T00:00:00Z`); // local midnight, written as if it were UTC
  const dateOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
  if ((options.counting ?? 'CALENDAR') === 'WORKING') {
    for (let counted = 0; counted < days;) {
      day += DAY_MS;
      if (isWorkingDay(dateOf(day), options)) counted++;
    }
  } else {
    day += days * DAY_MS;
    if (options.extendOverRestDay) {
      while (!isWorkingDay(dateOf(day), options)) day += DAY_MS;
    }
  }
  return formatLocalDateTime(day + DAY_MS - 1 - offset * 60_000, offset);
}

/** True when instant `a` is strictly after instant `b` (both ISO datetimes, any offsets). */
export function isAfter(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}
