import { dayNumberFromDate, weekdayOfDayNumber } from '../core/index.js';
import { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR } from './rules.js';
// The shipped holiday data, in the form the lookups use (scripts/compact-holidays.ts, from data/holidays/).
import {
  GAZETTE_FIRST_YEAR,
  GAZETTE_LAST_YEAR,
  HISTORY_LAST_YEAR,
  HOLIDAY_LETTERS,
  HOLIDAY_NAMES,
  HOLIDAY_TABLE,
} from './holidays.generated.js';
import type { HolidaySource } from './types.js';

/** Where the shipped days of `year` come from: the record, the gazette, or the projection. */
export const shippedSource = (year: number): HolidaySource =>
  year <= HISTORY_LAST_YEAR ? 'historical' : year <= GAZETTE_LAST_YEAR ? 'official' : 'projected';

/** Whether `year` has gazetted data. */
export const isGazettedYear = (year: number): boolean => year >= GAZETTE_FIRST_YEAR && year <= GAZETTE_LAST_YEAR;

/**
 * support.public-holidays: the shipped holidays of `year` (within the calendar: the caller checks) as
 * `[day number, names]`, in date order. Decodes one string of HOLIDAY_TABLE: per day `MMDD`, then one letter
 * per name.
 */
export function shippedHolidays(year: number): [number, readonly string[]][] {
  const text = HOLIDAY_TABLE[year - HOLIDAY_FIRST_YEAR]!;
  const out: [number, readonly string[]][] = [];
  let i = 0;
  while (i < text.length) {
    const day = dayNumberFromDate(year, Number(text.slice(i, i + 2)), Number(text.slice(i + 2, i + 4)));
    const names: string[] = [];
    // A name's letter sorts after every digit, so the day's names run to the next `MMDD` or the end (where
    // `text[i]` is undefined, which no comparison holds for).
    // Stryker disable next-line EqualityOperator: equivalent, the next character is a letter or the first digit of an `MMDD`, 0 or 1, never 9
    for (i += 4; text[i]! > '9'; i++) names.push(HOLIDAY_NAMES[HOLIDAY_LETTERS.indexOf(text[i]!)]!);
    out.push([day, names]);
  }
  return out;
}

/**
 * The day numbers of every shipped holiday of 1990-2050, in date order: HOLIDAY_TABLE's `MMDD`s without their
 * names (what the closed days need; the names are decoded per year, when a day's are asked for).
 */
export function shippedHolidayDays(): number[] {
  const days: number[] = [];
  for (let year = HOLIDAY_FIRST_YEAR; year <= HOLIDAY_LAST_YEAR; year++) {
    const text = HOLIDAY_TABLE[year - HOLIDAY_FIRST_YEAR]!;
    // A name's letter sorts after every digit: the digits come in fours, one `MMDD` per day.
    // Stryker disable next-line EqualityOperator: equivalent as <=, text[length] is undefined, which no comparison holds for; this also silences >=, which holidayTable.test.ts kills
    for (let i = 0; i < text.length; i++)
      // Stryker disable next-line EqualityOperator: equivalent as <, i is on a letter or the first digit of an `MMDD`, 0 or 1, never 9; this also silences >, which holidayTable.test.ts kills
      if (text[i]! <= '9') {
        days.push(dayNumberFromDate(year, Number(text.slice(i, i + 2)), Number(text.slice(i + 2, i + 4))));
        i += 3;
      }
  }
  return days;
}

/** Whether a day (day number) is a Saturday or a Sunday. */
export function isWeekendDay(day: number): boolean {
  const w = weekdayOfDayNumber(day);
  return w === 0 || w === 6;
}

/**
 * The calendar's closed days as one byte per day from 1990-01-01 to 2050-12-31: 1 on a weekday in `shut`
 * (Sunday 0 to Saturday 6; Kakao's agent chat shuts on Saturdays and Sundays) or on one of `holidays` (day
 * numbers inside the calendar). Each shut weekday is filled a week at a time, so no call tests each of the
 * 22,281 days.
 */
export function closedDays(holidays: Iterable<number>, shut: readonly number[]): Uint8Array {
  const first = dayNumberFromDate(HOLIDAY_FIRST_YEAR, 1, 1);
  const closed = new Uint8Array(dayNumberFromDate(HOLIDAY_LAST_YEAR + 1, 1, 1) - first);
  const firstWeekday = weekdayOfDayNumber(first);
  // Stryker disable next-line EqualityOperator: equivalent, a typed array ignores a write past its end
  for (const w of shut) for (let i = (7 + w - firstWeekday) % 7; i < closed.length; i += 7) closed[i] = 1;
  for (const day of holidays) closed[day - first] = 1;
  return closed;
}
