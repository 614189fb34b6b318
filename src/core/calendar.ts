/**
 * Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), in integers only:
 * no `Date`, no `Intl`, so it is exact in any time zone and cheap enough for hot paths.
 * Algorithms after H. Hinnant, "chrono-Compatible Low-Level Date Algorithms".
 */

export const DAY_MS = 86_400_000;

/** A calendar date. `month` is 1-12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Day number (days since 1970-01-01) of a Gregorian date. `month` is 1-12. */
export function dayNumberFromDate(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The Gregorian date of a day number. */
export function dateFromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Weekday of a day number: 0 = Sunday ... 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);

/**
 * `'YYYY-MM-DD'` of a day number; a year outside 0-9999 as an ISO 8601 expanded year, a sign and six
 * digits (`'-000001-12-31'`, `'+285428-01-01'`), as `Date.prototype.toISOString` writes it.
 */
export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = dateFromDayNumber(dayNumber);
  const y =
    year < 0
      ? `-${String(-year).padStart(6, '0')}`
      : year > 9999
        ? `+${String(year).padStart(6, '0')}`
        : String(year).padStart(4, '0');
  return `${y}-${pad2(month)}-${pad2(day)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a `'YYYY-MM-DD'` string, or `undefined` when it is not a real calendar date. */
export function parseIsoDate(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumberFromDate(year, month, day);
}
