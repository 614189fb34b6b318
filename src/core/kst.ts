import { DAY_MS, dayNumberFromDate, daysInMonth, formatDayNumber } from './calendar.js';
import { RuleInputError, describeValue, inputIssue, type InputIssue } from './errors.js';
import { expectInstant, type InstantInput } from './instant.js';

/** The IANA name of Korea Standard Time. */
export const KST_ZONE = 'Asia/Seoul';
/** UTC+09:00 in milliseconds. */
export const KST_OFFSET_MS = 32_400_000;
/**
 * From this instant on (1988-10-09 03:00 KDT, the end of Korea's last summer time) KST is a fixed
 * UTC+09:00 and plain arithmetic is exact. Earlier instants follow the tz database (summer time in
 * 1987-88, the 1950s and 1960s, UTC+08:30 in 1954-61).
 */
export const KST_FIXED_SINCE_MS = 592_333_200_000; // 1988-10-08T17:00:00Z

/**
 * From this instant on (1908-04-01 00:00 in Seoul, when Korea adopted a standard time, UTC+08:30) the
 * tz database's Seoul has whole-minute offsets. Before it, the tz database has Seoul's local mean time
 * (UTC+08:27:52), which ISO 8601 cannot write and no one kept: the library uses the fixed +09:00 of
 * KST there, for every earlier year (negative years included), and never asks `Intl`.
 */
export const KST_STANDARD_SINCE_MS = -1_948_782_472_000; // 1908-03-31T15:32:08Z

let seoulClock: Intl.DateTimeFormat | undefined;

/**
 * Offset of Seoul's wall clock from UTC at `ms`: fixed +09:00 since 1988-10-09, the tz database
 * (through `Intl`) from 1908-04-01 to then (Korea's legal times: summer time, UTC+08:30 in 1908-11
 * and 1954-61), and fixed +09:00 again before 1908-04-01 (no local mean time: see
 * {@link KST_STANDARD_SINCE_MS}). Always a whole number of minutes, so every instant is ISO 8601. Not date-fns-tz here: its `getTimezoneOffset(zone, date)` reads the Date's
 * machine-local fields, and its exact `formatInTimeZone` weighs 8 kB gzipped; the test suite uses
 * date-fns-tz as the independent oracle instead.
 */
export function kstOffsetMs(ms: number): number {
  return ms >= KST_FIXED_SINCE_MS || ms < KST_STANDARD_SINCE_MS ? KST_OFFSET_MS : tzdbOffsetMs(ms);
}

/** Offset of Seoul's wall clock from UTC at `ms` as the tz database (through `Intl`) has it. */
function tzdbOffsetMs(ms: number): number {
  seoulClock ??= new Intl.DateTimeFormat('en-US', {
    timeZone: KST_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  // Asked only for 1908-1988 (kstOffsetMs): years of the common era, four digits.
  const f: Record<string, number> = {};
  for (const p of seoulClock.formatToParts(ms)) f[p.type] = Number(p.value);
  const wallAsUtc =
    dayNumberFromDate(f.year!, f.month!, f.day!) * DAY_MS + ((f.hour! * 60 + f.minute!) * 60 + f.second!) * 1000;
  return wallAsUtc - (ms - (((ms % 1000) + 1000) % 1000));
}

/** Milliseconds of Seoul wall-clock time since 1970-01-01T00:00 (local), i.e. `ms + offset`. */
function kstWallMs(ms: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, a fast path only: kstOffsetMs answers the same KST_OFFSET_MS for every ms >= KST_FIXED_SINCE_MS
  return ms >= KST_FIXED_SINCE_MS ? ms + KST_OFFSET_MS : ms + kstOffsetMs(ms);
}

/** KST calendar day of an instant, as a day number (days since 1970-01-01). */
export function kstDayNumber(ms: number): number {
  return Math.floor(kstWallMs(ms) / DAY_MS);
}

/**
 * The KST calendar date of an instant as `'YYYY-MM-DD'`.
 *
 * @throws {RuleInputError} when `at` is not a valid instant.
 * @example
 * kstDateString('2025-12-31T15:00:00Z') //=> '2026-01-01'
 */
export function kstDateString(at: InstantInput): string {
  return formatDayNumber(kstDayNumber(expectInstant(at, 'kstDateString', ['at'])));
}

/**
 * The instant at which Seoul's wall clock shows the given time on the given KST day. For a wall
 * time that occurred twice (end of summer time) the earlier instant; for one that never occurred
 * (start of summer time) the instant the same distance past the jump.
 */
export function kstWallTimeToMs(dayNumber: number, msOfDay = 0): number {
  const wall = dayNumber * DAY_MS + msOfDay;
  // Any transition near `wall` separates the offset a day before from the offset a day after (the
  // instant sought lies 8 to 10 hours before `wall`; Seoul's transitions are months apart).
  const before = kstOffsetMs(wall - DAY_MS);
  const after = kstOffsetMs(wall + DAY_MS);
  const early = wall - before;
  if (kstOffsetMs(early) === before) return early;
  const late = wall - after;
  return kstOffsetMs(late) === after ? late : early;
}

const FIELD_MAX = { year: 9999, month: 12, day: 31, hour: 23, minute: 59, second: 59, millisecond: 999 };

/** An issue for each of `fields` that is not an integer from 0 (1 for month and day) to its maximum. */
function fieldIssues(fields: Partial<Record<keyof typeof FIELD_MAX, number>>): InputIssue[] {
  return Object.entries(fields)
    .filter(
      ([k, v]) =>
        !Number.isInteger(v) ||
        v < (k === 'month' || k === 'day' ? 1 : 0) ||
        v > FIELD_MAX[k as keyof typeof FIELD_MAX],
    )
    .map(([k, v]) => inputIssue([k], 'invalid-field', `expected an integer in range; got ${describeValue(v)}`));
}

/**
 * The instant (epoch ms) at which Seoul's wall clock shows the given date and time.
 *
 * @param month - 1-12.
 * @throws {RuleInputError} listing every field that is not an integer in range (day 31 of a
 *   30-day month included).
 * @example
 * new Date(kstInstant(2026, 9, 25, 12, 30)).toISOString() //=> '2026-09-25T03:30:00.000Z'
 */
export function kstInstant(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): number {
  const issues = fieldIssues({ year, month, day });
  if (issues.length === 0 && day > daysInMonth(year, month)) {
    issues.push(
      inputIssue(['day'], 'invalid-field', `${year}-${month} has ${daysInMonth(year, month)} days; got ${day}`),
    );
  }
  issues.push(...fieldIssues({ hour, minute, second, millisecond }));
  if (issues.length > 0) throw new RuleInputError('kstInstant', issues);
  return kstWallTimeToMs(
    dayNumberFromDate(year, month, day),
    ((hour * 60 + minute) * 60 + second) * 1000 + millisecond,
  );
}

/**
 * `'2026-01-01 10:00:00 KST'`: an instant on Seoul's wall clock, for people (CLI, messages). Years
 * outside 0000-9999 are written as ISO 8601 expanded years (`'-000001-01-01 09:00:00 KST'`); before
 * 1908-04-01 the clock is the fixed +09:00 (never Seoul's local mean time).
 *
 * @throws {RuleInputError} when `at` is not a valid instant.
 * @example
 * formatKst('2026-09-25T03:30:05Z') //=> '2026-09-25 12:30:05 KST'
 * formatKst(-62198755200000)        //=> '-000001-01-01 09:00:00 KST'
 */
export function formatKst(at: InstantInput): string {
  const wall = kstWallMs(expectInstant(at, 'formatKst', ['at']));
  const day = Math.floor(wall / DAY_MS);
  const t = Math.floor((wall - day * DAY_MS) / 1000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${formatDayNumber(day)} ${two(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}:${two(t % 60)} KST`;
}
