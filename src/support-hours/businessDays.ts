import {
  RuleInputError,
  describeValue,
  epochMsOrUndefined,
  formatDayNumber,
  inputIssue,
  kstDayNumber,
  temporalPlainDateText,
  type InputIssue,
  type InstantInput,
  type TemporalPlainDateLike,
} from '../core/index.js';
import {
  CALENDAR_FIRST_DAY,
  defaultHolidayCalendar,
  calendarDay,
  calendarMsIssue,
  rangeIssue,
  type HolidayCalendar,
} from './calendar.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A day as callers may give it: `'YYYY-MM-DD'` (KST), a `Temporal.PlainDate`, or an instant (its KST date). */
export type DayInput = string | TemporalPlainDateLike | InstantInput;

/**
 * `before[i]`: business days of the calendar strictly before day `CALENDAR_FIRST_DAY + i`, for i up
 * to the calendar's length (so `before[b] - before[a]` counts `[a, b)`). Built once per calendar.
 */
const PREFIX = new WeakMap<HolidayCalendar, Int32Array>();

function prefixOf(cal: HolidayCalendar): Int32Array {
  let before = PREFIX.get(cal);
  // Stryker disable next-line ConditionalExpression: equivalent when true, building the sums again gives the same sums (the cache only saves time)
  if (before === undefined) {
    before = new Int32Array(cal.closed.length + 1);
    // Stryker disable next-line EqualityOperator: equivalent as <=, the extra pass writes before[length + 1], past the typed array's end, which is a no-op
    for (let i = 0; i < cal.closed.length; i++) {
      before[i + 1] = before[i]! + (cal.closed[i] === 0 ? 1 : 0);
    }
    PREFIX.set(cal, before);
  }
  return before;
}

/** The KST day number of a `'YYYY-MM-DD'` date or an instant inside the calendar, or the issue. */
export function dayOf(value: unknown, path: readonly (string | number)[]): number | InputIssue {
  if (typeof value === 'string' && DATE_ONLY.test(value)) return calendarDay(value, path);
  const plainDate = temporalPlainDateText(value);
  if (plainDate !== undefined) return calendarDay(plainDate, path);
  const ms = epochMsOrUndefined(value);
  return calendarMsIssue(value, ms, path, false) ?? kstDayNumber(ms!);
}

/** Reads the named days, throwing one error listing every problem (after `issues`). */
function readDays(fn: string, named: Readonly<Record<string, unknown>>, issues: InputIssue[] = []): number[] {
  const days: number[] = [];
  for (const key in named) {
    const d = dayOf(named[key], [key]);
    if (typeof d === 'number') days.push(d);
    else issues.push(d);
  }
  if (issues.length > 0) throw new RuleInputError(fn, issues);
  return days;
}

const isBusiness = (cal: HolidayCalendar, day: number): boolean => cal.closed[day - CALENDAR_FIRST_DAY] === 0;

export function isBusinessDayIn(cal: HolidayCalendar, day: DayInput, fn: string): boolean {
  return isBusiness(cal, readDays(fn, { day })[0]!);
}

function beyond(fn: string, path: string, what: string): never {
  throw new RuleInputError(fn, [rangeIssue([path], what)]);
}

export function nextBusinessDayIn(cal: HolidayCalendar, day: DayInput, fn: string): string {
  const d = readDays(fn, { day })[0]!;
  const next = cal.closed.indexOf(0, d + 1 - CALENDAR_FIRST_DAY);
  if (next === -1) beyond(fn, 'day', `the business day after ${formatDayNumber(d)}`);
  return formatDayNumber(CALENDAR_FIRST_DAY + next);
}

export function businessDaysBetweenIn(cal: HolidayCalendar, from: DayInput, to: DayInput, fn: string): number {
  const [a, b] = readDays(fn, { from, to }) as [number, number];
  const before = prefixOf(cal);
  return before[b - CALENDAR_FIRST_DAY]! - before[a - CALENDAR_FIRST_DAY]!;
}

export function addBusinessDaysIn(cal: HolidayCalendar, day: DayInput, n: number, fn: string): string {
  const issues: InputIssue[] = [];
  if (!Number.isSafeInteger(n))
    issues.push(inputIssue(['n'], 'invalid-type', `expected a whole number of business days; got ${describeValue(n)}`));
  const d = readDays(fn, { day }, issues)[0]!;
  return formatDayNumber(addBusinessDayNumber(cal, d, n, fn));
}

/** How many business days {@link addBusinessDayNumber} walks rather than summing the whole calendar. */
const WALK = 64;

/** {@link addBusinessDayNumber} by walking `cal.closed` from `d`, for `|n| <= WALK`. */
export function walkBusinessDays(cal: HolidayCalendar, d: number, n: number, fn: string): number {
  const closed = cal.closed;
  let i = d - CALENDAR_FIRST_DAY;
  if (n >= 0) {
    // `d` itself when open, else the next open day; then n open days on.
    i = closed.indexOf(0, i);
    for (let k = 0; k < n && i !== -1; k++) i = closed.indexOf(0, i + 1);
  } else {
    // The |n|-th open day before `d` (lastIndexOf from -1 would search from the end: stop at the start).
    for (let k = 0; k < -n && i !== -1; k++) i = i === 0 ? -1 : closed.lastIndexOf(0, i - 1);
  }
  if (i === -1) beyond(fn, 'n', `${n} business days from ${formatDayNumber(d)}`);
  return CALENDAR_FIRST_DAY + i;
}

/**
 * The business day `n` business days from day number `d` (`d` counts itself when it is a business
 * day, else as the next one), or throws `year-out-of-range` (path `['n']`) outside the calendar.
 */
export function addBusinessDayNumber(cal: HolidayCalendar, d: number, n: number, fn: string): number {
  // A few business days away (a deadline, an SLA), walking the closed days answers before the prefix sums
  // over 22,281 days would be built: most of a first call's cost (issue 24). Further away, the sums.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,BooleanLiteral,UnaryOperator: equivalent, the walk and the sums answer alike (deadlines.prop.test.ts holds them equal); the choice only saves time
  if (n >= -WALK && n <= WALK && !PREFIX.has(cal)) return walkBusinessDays(cal, d, n, fn);
  const before = prefixOf(cal);
  // The answer r is the business day with before[r] - before[d] === n, i.e. before[r] === target and
  // r itself a business day: the first index whose count of business days before it is `target`
  // and which is open. `before` is non-decreasing, so a binary search finds the first index whose
  // count reaches target; from there the next open day is r (counts do not change over closed days).
  const target = before[d - CALENDAR_FIRST_DAY]! + n;
  const total = before[before.length - 1]!;
  if (target < 0 || target >= total) beyond(fn, 'n', `${n} business days from ${formatDayNumber(d)}`);
  let lo = 0;
  // Stryker disable next-line ArithmeticOperator: equivalent as + 1, the search finds the first index whose count reaches target, which is at most length - 1 (the calendar's last day, a Saturday, has the full count), so two more indexes past it change nothing
  let hi = cal.closed.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return CALENDAR_FIRST_DAY + cal.closed.indexOf(0, lo);
}

/**
 * Whether a day is a Korean business day: neither a Saturday, a Sunday nor a public holiday.
 *
 * @param day - a KST date `'YYYY-MM-DD'` or `Temporal.PlainDate`, or an instant (its KST date counts), 1990-2050.
 * @returns `true` on a business day.
 * @throws {RuleInputError} `invalid-date`, `invalid-instant` or `year-out-of-range`.
 * @example
 * isKoreanBusinessDay('2026-09-23') //=> true
 * isKoreanBusinessDay('2026-09-25') //=> false // Chuseok
 * isKoreanBusinessDay('2026-09-27') //=> false // a Sunday
 * @see support.public-holidays
 */
export function isKoreanBusinessDay(day: DayInput): boolean {
  return isBusinessDayIn(defaultHolidayCalendar(), day, 'isKoreanBusinessDay');
}

/**
 * The first Korean business day after `day` (never `day` itself).
 *
 * @param day - a KST date `'YYYY-MM-DD'` or `Temporal.PlainDate`, or an instant (its KST date counts), 1990-2050.
 * @returns the KST date `'YYYY-MM-DD'`.
 * @throws {RuleInputError} `invalid-date`, `invalid-instant` or `year-out-of-range` (also when the
 *   answer would lie after 2050).
 * @example
 * nextKoreanBusinessDay('2026-09-23') //=> '2026-09-28' // past Chuseok and the weekend
 * nextKoreanBusinessDay('2026-09-28T09:00:00+09:00') //=> '2026-09-29'
 * @see support.public-holidays
 */
export function nextKoreanBusinessDay(day: DayInput): string {
  return nextBusinessDayIn(defaultHolidayCalendar(), day, 'nextKoreanBusinessDay');
}

/**
 * The business day `n` Korean business days from `day` (`n` may be negative): the inverse of
 * {@link koreanBusinessDaysBetween}, i.e. the business day `r` with
 * `koreanBusinessDaysBetween(day, r) === n`. `day` counts itself when it is a business day (Monday +
 * 1 is Tuesday); a day that is not counts as the next business day (Saturday + 0 is Monday,
 * Saturday + 1 is Tuesday, Saturday - 1 is Friday).
 *
 * @param day - a KST date `'YYYY-MM-DD'` or `Temporal.PlainDate`, or an instant (its KST date counts), 1990-2050.
 * @param n - a whole number of business days.
 * @returns the KST date `'YYYY-MM-DD'`, always a business day.
 * @throws {RuleInputError} `invalid-date`, `invalid-instant` or `year-out-of-range` for `day`;
 *   `invalid-type` for `n`; `year-out-of-range` (path `['n']`) when the answer lies outside 1990-2050.
 * @example
 * addKoreanBusinessDays('2026-09-23', 1)  //=> '2026-09-28'
 * addKoreanBusinessDays('2026-09-28', -1) //=> '2026-09-23'
 * addKoreanBusinessDays('2026-09-26', 0)  //=> '2026-09-28'
 * @see support.public-holidays
 */
export function addKoreanBusinessDays(day: DayInput, n: number): string {
  return addBusinessDaysIn(defaultHolidayCalendar(), day, n, 'addKoreanBusinessDays');
}

/**
 * How many Korean business days lie in `[from, to)` (half-open: `from` counts, `to` does not);
 * negative, minus the count of `[to, from)`, when `to` is before `from`. Counts add up:
 * `between(a, b) + between(b, c) === between(a, c)`.
 *
 * @param from - a KST date `'YYYY-MM-DD'` or `Temporal.PlainDate`, or an instant (its KST date), 1990-2050.
 * @param to - the same kinds.
 * @returns the signed count.
 * @throws {RuleInputError} `invalid-date`, `invalid-instant` or `year-out-of-range` (both listed).
 * @example
 * koreanBusinessDaysBetween('2026-09-01', '2026-10-01') //=> 20 // working days of September 2026
 * koreanBusinessDaysBetween('2026-09-28', '2026-09-23') //=> -1
 * @see support.public-holidays
 */
export function koreanBusinessDaysBetween(from: DayInput, to: DayInput): number {
  return businessDaysBetweenIn(defaultHolidayCalendar(), from, to, 'koreanBusinessDaysBetween');
}
