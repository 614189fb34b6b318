import {
  DAY_MS,
  KST_OFFSET_MS,
  RuleInputError,
  dateFromDayNumber,
  dayNumberFromDate,
  epochMsOrUndefined,
  MAX_EPOCH_MS,
  formatKst,
  instantIssue,
  parseIsoDate,
  type InputIssue,
} from '../core/index.js';
import {
  AGENT_CHAT_CLOSES_MINUTE,
  AGENT_CHAT_LUNCH_END_MINUTE,
  AGENT_CHAT_LUNCH_START_MINUTE,
  AGENT_CHAT_OPENS_MINUTE,
  HOLIDAY_FIRST_YEAR,
  HOLIDAY_LAST_YEAR,
} from './rules.js';
// The shipped holiday data as the lookups use it (scripts/compact-holidays.ts): nothing projected at start-up.
import { closedDays, shippedHolidayDays, shippedHolidays, shippedSource } from './holidayTable.js';
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

/** The opening intervals of one weekday: `[start, end)` pairs of ms since KST midnight, in order, disjoint. */
export type DayHours = readonly (readonly [number, number])[];

/** A part-day closure `[from, to)` (epoch ms) with its name. */
export interface Closure {
  readonly from: number;
  readonly to: number;
  readonly name: string;
}

/** A holiday calendar: the built-in one, or one with the caller's additions and removals, hours and closures. */
export interface HolidayCalendar {
  /** The holiday on a day (day number), with the caller's edits, or undefined. */
  readonly holidayOn: (day: number) => HolidayDay | undefined;
  /** 1 where the schedule stays closed all day (a weekday without hours, or a holiday), indexed by `day - CALENDAR_FIRST_DAY`. */
  readonly closed: Uint8Array;
  readonly extra: ReadonlyMap<number, readonly string[]>;
  readonly removed: ReadonlySet<number>;
  /** The opening intervals of each weekday, Sunday first (Kakao's agent hours unless the schedule has its own). */
  readonly hours: readonly DayHours[];
  /** Whether `hours` are the schedule's own (closed answers outside them say `outside-hours`). */
  readonly ownHours: boolean;
  /** Part-day closures, sorted by `from` (as given: for naming what closed). */
  readonly closures: readonly Closure[];
  /** The closures merged into disjoint `[from, to)` spans, sorted (for subtracting them from the hours). */
  readonly closedSpans: readonly (readonly [number, number])[];
  /** Whether the fast paths apply: Kakao's hours and no closures. */
  readonly plain: boolean;
}

/** Kakao's agent-chat hours on a business day: [10:00, 12:00) and [13:00, 18:30) KST, as ms since midnight. */
export const KAKAO_DAY_HOURS: DayHours = [
  [AGENT_CHAT_OPENS_MINUTE * 60_000, AGENT_CHAT_LUNCH_START_MINUTE * 60_000],
  [AGENT_CHAT_LUNCH_END_MINUTE * 60_000, AGENT_CHAT_CLOSES_MINUTE * 60_000],
];
/** Kakao's weekly hours: weekdays only. */
export const KAKAO_WEEK_HOURS: readonly DayHours[] = [
  [],
  KAKAO_DAY_HOURS,
  KAKAO_DAY_HOURS,
  KAKAO_DAY_HOURS,
  KAKAO_DAY_HOURS,
  KAKAO_DAY_HOURS,
  [],
];

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
  // The projection (projectKoreanHolidays) when the caller forces it, so that only its callers bundle it.
  projected: ((year: number) => ReadonlyMap<number, readonly string[]>) | false,
  extra: ReadonlyMap<number, readonly string[]>,
  removed: ReadonlySet<number>,
): Map<number, HolidayDay> {
  const first = dayNumberFromDate(year, 1, 1);
  const next = dayNumberFromDate(year + 1, 1, 1);
  const map = new Map<number, HolidayDay>();
  if (projected) for (const [day, names] of projected(year)) map.set(day, { names, source: 'projected' });
  else for (const [day, names] of shippedHolidays(year)) map.set(day, { names, source: shippedSource(year) });
  for (const day of removed) map.delete(day);
  for (const [day, names] of extra) {
    if (day < first || day >= next) continue;
    const had = map.get(day);
    map.set(
      day,
      had === undefined ? { names, source: 'custom' } : { names: [...had.names, ...names], source: had.source },
    );
  }
  // The shipped table is in date order already; the projection and a caller's extra days are not.
  // Stryker disable next-line ConditionalExpression: equivalent when always false, sorting what is in order
  return !projected && extra.size === 0 ? map : new Map([...map].sort((a, b) => a[0] - b[0]));
}

/** The closures merged into disjoint spans, sorted. */
function mergeClosures(closures: readonly Closure[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const { from, to } of closures) {
    const last = spans[spans.length - 1];
    // Stryker disable next-line EqualityOperator: equivalent as <, back-to-back spans left apart close the same instants (openPieces steps over both); this also silences >, which merges only spans apart and which schedule-hours.test.ts kills
    if (last !== undefined && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  return spans;
}

// The shipped days, decoded on first use: every holiday's day number at once (for the closed days), its
// names one year at a time (when a day of that year is asked about). Caches only: the same answers without.
let shippedDays: readonly number[] | undefined;
const shippedYears: (ReadonlyMap<number, HolidayDay> | undefined)[] = [];
const NO_EXTRA: ReadonlyMap<number, readonly string[]> = new Map();
const NO_REMOVED: ReadonlySet<number> = new Set();

/** The shipped holiday on a day (day number), with the source of its year, or undefined (also outside the calendar). */
export function shippedHolidayOn(day: number): HolidayDay | undefined {
  const year = dateFromDayNumber(day).year;
  if (year < HOLIDAY_FIRST_YEAR || year > HOLIDAY_LAST_YEAR) return undefined;
  // The year as yearHolidays decodes it, without edits.
  shippedYears[year - HOLIDAY_FIRST_YEAR] ??= yearHolidays(year, false, NO_EXTRA, NO_REMOVED);
  return shippedYears[year - HOLIDAY_FIRST_YEAR]!.get(day);
}

/** Builds a calendar once (on first use for the built-in one, at `createSupportSchedule` for others). */
export function buildHolidayCalendar(
  extra: ReadonlyMap<number, readonly string[]>,
  removed: ReadonlySet<number>,
  hours?: readonly DayHours[],
  closures: readonly Closure[] = [],
): HolidayCalendar {
  // The caller's edits lie over the shipped days, decoded once: a schedule costs its edits, not a decoding
  // of 61 years (issue 24). As in yearHolidays: removals first, then the additions.
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, the general lookup without edits answers as the shipped one (it only costs more)
  const plainDays = extra.size === 0 && removed.size === 0;
  const holidayOn = plainDays
    ? shippedHolidayOn
    : (day: number): HolidayDay | undefined => {
        const had = removed.has(day) ? undefined : shippedHolidayOn(day);
        const names = extra.get(day);
        if (names === undefined) return had;
        return had === undefined
          ? { names, source: 'custom' }
          : { names: [...had.names, ...names], source: had.source };
      };
  // Stryker disable next-line AssignmentOperator: equivalent, decoding again gives the same days (the cache only saves time)
  shippedDays ??= shippedHolidayDays();
  const holidays = plainDays ? shippedDays : [...shippedDays.filter((d) => !removed.has(d)), ...extra.keys()];
  const week = hours ?? KAKAO_WEEK_HOURS;
  // Closed all day: a holiday, or a weekday without hours.
  const closed = closedDays(
    holidays,
    [...week.keys()].filter((w) => week[w]!.length === 0),
  );
  const sorted = [...closures].sort((a, b) => a.from - b.from || a.to - b.to);
  return {
    holidayOn,
    closed,
    extra,
    removed,
    hours: week,
    ownHours: hours !== undefined,
    closures: sorted,
    closedSpans: mergeClosures(sorted),
    // Stryker disable next-line ConditionalExpression: equivalent when false, the general path answers as the fast paths do (agentChat.prop.test.ts holds them equal)
    plain: hours === undefined && sorted.length === 0,
  };
}

/**
 * Whether any KST day of `[a, b]` (in either order) lies in a projected year. The projected years are the
 * calendar's last (shippedSource: every year after the gazette), so it is whether the later day's year is one.
 */
export function spanIsProjected(a: number, b: number): boolean {
  return shippedSource(dateFromDayNumber(Math.max(a, b)).year) === 'projected';
}

let defaultCalendar: HolidayCalendar | undefined;
/**
 * The built-in calendar: gazetted years as published, 1990-2017 as recorded, the later years projected.
 * Built once, on first use rather than at import (a cold start that never asks about support hours,
 * or asks later, does not pay for 61 years of holidays up front).
 */
export const defaultHolidayCalendar = (): HolidayCalendar =>
  (defaultCalendar ??= buildHolidayCalendar(new Map(), new Set()));
