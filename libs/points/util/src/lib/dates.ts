/** Calendar helpers for ISO dates `YYYY-MM-DD` (local calendar dates of the village). Pure string arithmetic. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Splits an ISO date; throws on anything that is not `YYYY-MM-DD` with a month 1–12 and a day 1–31. */
export function dateParts(date: string): DateParts {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${date}`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new RangeError(`not a calendar date: ${date}`);
  return { year, month, day };
}

export function yearOf(date: string): number {
  return dateParts(date).year;
}
