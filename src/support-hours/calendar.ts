import {
  DAY_MS,
  KST_OFFSET_MS,
  RuleInputError,
  dayNumberFromDate,
  epochMsOrUndefined,
  MAX_EPOCH_MS,
  formatKst,
  instantIssue,
  parseIsoDate,
  type InputIssue,
} from '../core/index.js';
import { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR } from './rules.js';
// The compiled form of history.ts and official.ts (scripts/compact-holidays.ts): each name stored once.
import { gazettedHolidays, historicalHolidays } from './holidays.generated.js';
import { isWeekendDay, projectKoreanHolidays } from './projection.js';
import type { HolidaySource } from './types.js';

/** First and last KST day (day numbers) the holiday calendar covers. */
export const CALENDAR_FIRST_DAY = /* @__PURE__ */ dayNumberFromDate(HOLIDAY_FIRST_YEAR, 1, 1);
export const CALENDAR_LAST_DAY = /* @__PURE__ */ dayNumberFromDate(HOLIDAY_LAST_YEAR, 12, 31);
/** `[start, end)` of the calendar as instants (all after 1988, so KST is exactly UTC+9 here). */
export const CALENDAR_START_MS = CALENDAR_FIRST_DAY * DAY_MS - KST_OFFSET_MS;
export const CALENDAR_END_MS = (CALENDAR_LAST_DAY + 1) * DAY_MS - KST_OFFSET_MS;

export interface HolidayDay {
  readonly names: readonly string[];
  readonly source: HolidaySource;
}

/** A holiday calendar: the built-in one, or one with the caller's additions and removals. */
export interface HolidayCalendar {
  readonly days: ReadonlyMap<number, HolidayDay>;
  /** 1 where agent chat stays closed all day (weekend or holiday), indexed by `day - CALENDAR_FIRST_DAY`. */
  readonly closed: Uint8Array;
  readonly extra: ReadonlyMap<number, readonly string[]>;
  readonly removed: ReadonlySet<number>;
}

const RANGE = `${HOLIDAY_FIRST_YEAR}-01-01 to ${HOLIDAY_LAST_YEAR}-12-31 KST`;

/** The issue for a date or instant outside the calendar: bad input, never a silent "not a holiday". */
export function rangeIssue(path: readonly (string | number)[], what: string): InputIssue {
  return {
    path,
    code: 'year-out-of-range',
    message: `${what} is outside the holiday calendar (${RANGE}); no holiday data or projection exists there`,
  };
}

/** Epoch ms of an instant `at` inside the calendar, or throws RuleInputError (`invalid-instant`, `year-out-of-range`). */
export function calendarMs(at: unknown, fn: string): number {
  // An unreadable instant becomes NaN, which fails both comparisons.
  const ms = epochMsOrUndefined(at) ?? NaN;
  if (ms >= CALENDAR_START_MS && ms < CALENDAR_END_MS) return ms;
  throw new RuleInputError(fn, [calendarMsIssue(at, epochMsOrUndefined(at), ['at'], false)!]);
}

/**
 * The issue with an instant for {@link calendarMs}, or undefined when it is fine. `endInclusive`
 * also accepts the calendar's end itself (the end of a span).
 */
export function calendarMsIssue(
  at: unknown,
  ms: number | undefined,
  path: readonly (string | number)[],
  endInclusive: boolean,
): InputIssue | undefined {
  if (ms === undefined) return instantIssue(at, path);
  if (ms >= CALENDAR_START_MS && (ms < CALENDAR_END_MS || (endInclusive && ms === CALENDAR_END_MS))) return undefined;
  return rangeIssue(path, Math.abs(ms) <= MAX_EPOCH_MS ? new Date(ms).toISOString() : formatKst(ms));
}

/** Day number of a `'YYYY-MM-DD'` inside the calendar, or the issue explaining why not. */
export function calendarDay(text: string, path: readonly (string | number)[]): number | InputIssue {
  const day = parseIsoDate(text);
  if (day === undefined)
    return { path, code: 'invalid-date', message: `expected a real date as YYYY-MM-DD; got ${JSON.stringify(text)}` };
  return day < CALENDAR_FIRST_DAY || day > CALENDAR_LAST_DAY ? rangeIssue(path, text) : day;
}

/**
 * The holidays of one year with the caller's edits applied: gazetted (`'official'`, 2018-2027), recorded
 * (`'historical'`, 1990-2017) or, for the other years or when `projected`, projected from the rules.
 */
export function yearHolidays(
  year: number,
  projected: boolean,
  extra: ReadonlyMap<number, readonly string[]>,
  removed: ReadonlySet<number>,
): Map<number, HolidayDay> {
  const first = dayNumberFromDate(year, 1, 1);
  const next = dayNumberFromDate(year + 1, 1, 1);
  const gazette = projected ? undefined : gazettedHolidays().get(year);
  const history = projected ? undefined : historicalHolidays().get(year);
  const map = new Map<number, HolidayDay>();
  if (gazette !== undefined)
    for (const [date, names] of Object.entries(gazette)) map.set(parseIsoDate(date)!, { names, source: 'official' });
  else if (history !== undefined)
    for (const [date, names] of Object.entries(history)) map.set(parseIsoDate(date)!, { names, source: 'historical' });
  else for (const [day, names] of projectKoreanHolidays(year)) map.set(day, { names, source: 'projected' });
  for (const day of removed) map.delete(day);
  for (const [day, names] of extra) {
    if (day < first || day >= next) continue;
    const had = map.get(day);
    map.set(
      day,
      had === undefined ? { names, source: 'custom' } : { names: [...had.names, ...names], source: had.source },
    );
  }
  return new Map([...map].sort((a, b) => a[0] - b[0]));
}

/** Builds a calendar once (at import for the built-in one, at `createSupportSchedule` for others). */
export function buildHolidayCalendar(
  extra: ReadonlyMap<number, readonly string[]>,
  removed: ReadonlySet<number>,
): HolidayCalendar {
  const days = new Map<number, HolidayDay>();
  for (let year = HOLIDAY_FIRST_YEAR; year <= HOLIDAY_LAST_YEAR; year++) {
    for (const [day, h] of yearHolidays(year, false, extra, removed)) days.set(day, h);
  }
  const closed = new Uint8Array(CALENDAR_LAST_DAY - CALENDAR_FIRST_DAY + 1);
  for (let day = CALENDAR_FIRST_DAY; day <= CALENDAR_LAST_DAY; day++) {
    if (isWeekendDay(day) || days.has(day)) closed[day - CALENDAR_FIRST_DAY] = 1;
  }
  return { days, closed, extra, removed };
}

let defaultCalendar: HolidayCalendar | undefined;
/**
 * The built-in calendar: gazetted years as published, 1990-2017 as recorded, the later years projected.
 * Built once, on first use rather than at import (a cold start that never asks about support hours,
 * or asks later, does not pay for 61 years of holidays up front).
 */
export const defaultHolidayCalendar = (): HolidayCalendar =>
  (defaultCalendar ??= buildHolidayCalendar(new Map(), new Set()));
