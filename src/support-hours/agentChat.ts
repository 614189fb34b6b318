import {
  DAY_MS,
  KST_OFFSET_MS,
  RuleInputError,
  describeValue,
  epochMsOrUndefined,
  inputIssue,
  kstDayNumber,
  weekdayOfDayNumber,
  type InputIssue,
  type InstantInput,
} from '../core/index.js';
import {
  CALENDAR_FIRST_DAY,
  CALENDAR_LAST_DAY,
  defaultHolidayCalendar,
  calendarMs,
  calendarMsIssue,
  type HolidayCalendar,
} from './calendar.js';
import {
  AGENT_CHAT_CLOSES_MINUTE,
  AGENT_CHAT_LUNCH_END_MINUTE,
  AGENT_CHAT_LUNCH_START_MINUTE,
  AGENT_CHAT_OPENS_MINUTE,
  AGENT_HOURS_MESSAGES,
  HOLIDAY_LAST_YEAR,
  PUBLIC_HOLIDAY_MESSAGE,
  PUBLIC_HOLIDAY_OWN_HOURS_MESSAGE,
  type AgentChatClosed,
  type AgentChatClosedForHours,
} from './rules.js';
import type { Interval, AgentChatOutcome } from './types.js';

// ---------------------------------------------------------------------------------------------
// A schedule's own hours and closures (createSupportSchedule): the general path, per KST day. The
// built-in calendar and schedules with Kakao's hours and no closures (`cal.plain`) take the fast
// paths below, which give the same answers (tests/support-hours/schedule-hours.prop.test.ts).

/** Index of the first closed span of `cal` that ends after `ms`. */
function firstSpanEndingAfter(cal: HolidayCalendar, ms: number): number {
  const spans = cal.closedSpans;
  let lo = 0;
  let hi = spans.length;
  // Stryker disable next-line ConditionalExpression: equivalent when false, openPieces then starts at the first span and steps over each that ends by the piece's start (the search only saves time)
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent as false or <, a smaller index only adds spans that end by the piece's start, which openPieces steps over; this also silences true, which skips every span and which the closure tests kill
    if (spans[mid]![1] <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The open pieces of a KST day: the day's hours minus the closures, `[start, end)` epoch ms, in order. */
export function openPieces(cal: HolidayCalendar, day: number): [number, number][] {
  const out: [number, number][] = [];
  if (cal.closed[day - CALENDAR_FIRST_DAY] !== 0) return out;
  const midnight = day * DAY_MS - KST_OFFSET_MS;
  for (const [s, e] of cal.hours[weekdayOfDayNumber(day)]!) {
    let start = midnight + s;
    const end = midnight + e;
    let i = firstSpanEndingAfter(cal, start);
    while (start < end) {
      const span = cal.closedSpans[i++];
      // Stryker disable next-line EqualityOperator: equivalent as >, a span that starts at the piece's end goes on to push [start, end) too, then ends the loop (its end is past the piece's)
      if (span === undefined || span[0] >= end) {
        out.push([start, end]);
        break;
      }
      if (span[0] > start) out.push([start, span[0]]);
      start = Math.max(start, span[1]);
    }
  }
  return out;
}

/** Whether `ms` lies within the hours of its KST day (closures aside). */
function withinHours(cal: HolidayCalendar, day: number, ms: number): boolean {
  const t = ms + KST_OFFSET_MS - day * DAY_MS;
  return cal.hours[weekdayOfDayNumber(day)]!.some(([s, e]) => t >= s && t < e);
}

/**
 * The name of the first closure (in order of `from`) holding `ms`; called where one does. That is the first to
 * end after `ms`: every closure before one that holds `ms` begins by `ms`, so it holds `ms` too if it ends after.
 */
const closureAt = (cal: HolidayCalendar, ms: number): string => cal.closures.find((c) => ms < c.to)!.name;

function beyondCalendar(fn: string): never {
  throw new RuleInputError(fn, [
    inputIssue(
      ['at'],
      'year-out-of-range',
      `agent chat does not open again before the holiday calendar ends (${HOLIDAY_LAST_YEAR}-12-31 KST)`,
    ),
  ]);
}

function nextOpeningGeneral(cal: HolidayCalendar, ms: number, fn: string): number {
  for (let day = kstDayNumber(ms); day <= CALENDAR_LAST_DAY; day++) {
    for (const [s, e] of openPieces(cal, day)) if (e > ms) return Math.max(s, ms);
  }
  return beyondCalendar(fn);
}

function checkGeneral(cal: HolidayCalendar, ms: number, fn: string): AgentChatOutcome {
  const day = kstDayNumber(ms);
  for (const [s, e] of openPieces(cal, day))
    if (ms >= s && ms < e) return Object.freeze({ ok: true, value: Object.freeze({ closesAt: e }) } as const);
  const opensAt = nextOpeningGeneral(cal, ms, fn);
  const holiday = cal.holidayOn(day);
  if (holiday !== undefined)
    return Object.freeze({
      ok: false,
      rule: 'support.public-holidays',
      code: 'public-holiday',
      message: cal.ownHours ? PUBLIC_HOLIDAY_OWN_HOURS_MESSAGE : PUBLIC_HOLIDAY_MESSAGE,
      opensAt,
      holiday: Object.freeze([...holiday.names]),
    } as const);
  // Within the hours but not open: a closure (a day closed all day that is no holiday has no hours).
  if (withinHours(cal, day, ms)) {
    return Object.freeze({
      ok: false,
      rule: 'support.agent-hours',
      code: 'closure',
      message: AGENT_HOURS_MESSAGES.closure,
      opensAt,
      closure: closureAt(cal, ms),
    } as const);
  }
  if (cal.ownHours) return closedForHours('outside-hours', opensAt);
  if (cal.closed[day - CALENDAR_FIRST_DAY] === 1) return closedForHours('weekend', opensAt);
  const t = ms + KST_OFFSET_MS - day * DAY_MS;
  // Stryker disable next-line EqualityOperator: equivalent as <=, 10:00 and 13:00 of a business day on Kakao's hours are within the hours, answered above (open, or a closure); this also silences >=, which the schedule tests kill
  return closedForHours(t < OPENS ? 'before-hours' : t < LUNCH_END ? 'lunch-break' : 'after-hours', opensAt);
}

/** Calls `visit(start, end)` for each open piece clipped to `[from, to)`, in order (the general path). */
function eachOpenPiece(
  cal: HolidayCalendar,
  from: number,
  to: number,
  visit: (start: number, end: number) => void,
): void {
  const last = kstDayNumber(to);
  for (let day = kstDayNumber(from); day <= last; day++) {
    for (const [s, e] of openPieces(cal, day)) {
      const start = Math.max(from, s);
      const end = Math.min(to, e);
      if (start < end) visit(start, end);
    }
  }
}

function addTimeGeneral(cal: HolidayCalendar, from: number, ms: number): number | undefined {
  let left = ms;
  for (let day = kstDayNumber(from); day <= CALENDAR_LAST_DAY; day++) {
    for (const [s, e] of openPieces(cal, day)) {
      const start = Math.max(from, s);
      const length = e - start;
      // Stryker disable next-line EqualityOperator: equivalent as < 0, a piece of length 0 (from at its end) goes on to left <= 0, false as left > 0, and left -= 0
      if (length <= 0) continue;
      if (left <= length) return start + left;
      left -= length;
    }
  }
  return undefined;
}

const OPENS = AGENT_CHAT_OPENS_MINUTE * 60_000;
const LUNCH_START = AGENT_CHAT_LUNCH_START_MINUTE * 60_000;
const LUNCH_END = AGENT_CHAT_LUNCH_END_MINUTE * 60_000;
const CLOSES = AGENT_CHAT_CLOSES_MINUTE * 60_000;
/** The open intervals of a business day, as ms since KST midnight. */
const SESSIONS = [
  [OPENS, LUNCH_START],
  [LUNCH_END, CLOSES],
] as const;

// The hot path: integer arithmetic on `at + 9 h` and one typed-array read. No allocation.
export function openAt(cal: HolidayCalendar, at: InstantInput, fn: string): boolean {
  // Stryker disable next-line ConditionalExpression: equivalent when true, the general path answers as the fast path (schedule-hours.prop.test.ts holds them equal; the fast path only saves time); this also silences false, which the schedule tests kill
  if (!cal.plain) {
    const ms = calendarMs(at, fn);
    return openPieces(cal, kstDayNumber(ms)).some(([s, e]) => ms >= s && ms < e);
  }
  const wall = calendarMs(at, fn) + KST_OFFSET_MS;
  const day = Math.floor(wall / DAY_MS);
  if (cal.closed[day - CALENDAR_FIRST_DAY] === 1) return false;
  const t = wall - day * DAY_MS;
  return t >= OPENS && t < CLOSES && (t < LUNCH_START || t >= LUNCH_END);
}

export function nextOpeningMs(cal: HolidayCalendar, ms: number, fn: string): number {
  // Stryker disable next-line ConditionalExpression: equivalent when true, the general path answers as the fast path (schedule-hours.prop.test.ts holds them equal; the fast path only saves time); this also silences false, which the schedule tests kill
  if (!cal.plain) return nextOpeningGeneral(cal, ms, fn);
  const wall = ms + KST_OFFSET_MS;
  const day = Math.floor(wall / DAY_MS);
  const t = wall - day * DAY_MS;
  if (cal.closed[day - CALENDAR_FIRST_DAY] === 0) {
    // Within a session: `ms` itself; before one: its start.
    for (const [start, end] of SESSIONS) if (t < end) return ms + Math.max(start - t, 0);
  }
  const next = cal.closed.indexOf(0, day + 1 - CALENDAR_FIRST_DAY);
  if (next !== -1) return (CALENDAR_FIRST_DAY + next) * DAY_MS - KST_OFFSET_MS + OPENS;
  throw new RuleInputError(fn, [
    inputIssue(
      ['at'],
      'year-out-of-range',
      `agent chat does not open again before the holiday calendar ends (${HOLIDAY_LAST_YEAR}-12-31 KST)`,
    ),
  ]);
}

/** A closed answer outside the hours: one small frozen object, its message shared (no string building). */
function closedForHours(code: AgentChatClosedForHours['code'], opensAt: number): AgentChatClosed {
  return Object.freeze({
    ok: false,
    rule: 'support.agent-hours',
    code,
    message: AGENT_HOURS_MESSAGES[code],
    opensAt,
  } as const);
}

export function checkAt(cal: HolidayCalendar, at: InstantInput, fn: string): AgentChatOutcome {
  const ms = calendarMs(at, fn);
  // Stryker disable next-line ConditionalExpression: equivalent when true, the general path answers as the fast path (schedule-hours.prop.test.ts holds them equal; the fast path only saves time); this also silences false, which the schedule tests kill
  if (!cal.plain) return checkGeneral(cal, ms, fn);
  const wall = ms + KST_OFFSET_MS;
  const day = Math.floor(wall / DAY_MS);
  if (cal.closed[day - CALENDAR_FIRST_DAY] === 1) {
    const opensAt = nextOpeningMs(cal, ms, fn);
    const holiday = cal.holidayOn(day);
    if (holiday === undefined) return closedForHours('weekend', opensAt);
    return Object.freeze({
      ok: false,
      rule: 'support.public-holidays',
      code: 'public-holiday',
      message: PUBLIC_HOLIDAY_MESSAGE,
      opensAt,
      holiday: Object.freeze([...holiday.names]),
    } as const);
  }
  const t = wall - day * DAY_MS;
  const midnight = ms - t;
  if (t < OPENS) return closedForHours('before-hours', midnight + OPENS);
  if (t < LUNCH_START)
    return Object.freeze({ ok: true, value: Object.freeze({ closesAt: midnight + LUNCH_START }) } as const);
  if (t < LUNCH_END) return closedForHours('lunch-break', midnight + LUNCH_END);
  if (t < CLOSES) return Object.freeze({ ok: true, value: Object.freeze({ closesAt: midnight + CLOSES }) } as const);
  return closedForHours('after-hours', nextOpeningMs(cal, ms, fn));
}

export function nextOpeningAt(cal: HolidayCalendar, at: InstantInput, fn: string): number {
  return nextOpeningMs(cal, calendarMs(at, fn), fn);
}

/** Validates a span `[from, to)`, listing every problem. */
function span(from: InstantInput, to: InstantInput, fn: string): readonly [number, number] {
  const a = epochMsOrUndefined(from);
  const b = epochMsOrUndefined(to);
  const issues: InputIssue[] = [];
  const fromIssue = calendarMsIssue(from, a, ['from'], false);
  const toIssue = calendarMsIssue(to, b, ['to'], true);
  if (fromIssue !== undefined) issues.push(fromIssue);
  if (toIssue !== undefined) issues.push(toIssue);
  // NaN (an unreadable instant, listed above) compares false.
  if ((b ?? NaN) < (a ?? NaN)) issues.push(inputIssue(['to'], 'invalid-span', 'to must not be before from'));
  if (issues.length > 0) throw new RuleInputError(fn, issues);
  return [a!, b!];
}

/** Calls `visit(start, end)` for each open interval clipped to `[from, to)`, in order. */
function eachOpenInterval(
  cal: HolidayCalendar,
  from: number,
  to: number,
  visit: (start: number, end: number) => void,
): void {
  // Stryker disable next-line ConditionalExpression: equivalent when true, the general path answers as the fast path (schedule-hours.prop.test.ts holds them equal; the fast path only saves time); this also silences false, which the schedule tests kill
  if (!cal.plain) {
    eachOpenPiece(cal, from, to, visit);
    return;
  }
  const last = kstDayNumber(to);
  for (let day = kstDayNumber(from); day <= last; day++) {
    if (cal.closed[day - CALENDAR_FIRST_DAY] !== 0) continue;
    const midnight = day * DAY_MS - KST_OFFSET_MS;
    for (const [s, e] of SESSIONS) {
      const start = Math.max(from, midnight + s);
      const end = Math.min(to, midnight + e);
      if (start < end) visit(start, end);
    }
  }
}

export function intervalsIn(cal: HolidayCalendar, from: InstantInput, to: InstantInput, fn: string): Interval[] {
  const [a, b] = span(from, to, fn);
  const out: Interval[] = [];
  eachOpenInterval(cal, a, b, (start, end) => out.push(Object.freeze({ start, end })));
  return out;
}

export function openMsIn(cal: HolidayCalendar, from: InstantInput, to: InstantInput, fn: string): number {
  const [a, b] = span(from, to, fn);
  let total = 0;
  eachOpenInterval(cal, a, b, (start, end) => {
    total += end - start;
  });
  return total;
}

/** Validates `at` and `ms` of {@link addAgentChatTime}, listing every problem. */
function addInput(at: InstantInput, ms: number, fn: string): number {
  const a = epochMsOrUndefined(at);
  const issues: InputIssue[] = [];
  const atIssue = calendarMsIssue(at, a, ['at'], false);
  if (atIssue !== undefined) issues.push(atIssue);
  if (!Number.isSafeInteger(ms))
    issues.push(
      inputIssue(['ms'], 'invalid-type', `expected a whole number of milliseconds; got ${describeValue(ms)}`),
    );
  else if (ms < 0) issues.push(inputIssue(['ms'], 'too-small', `expected 0 or more milliseconds; got ${ms}`));
  if (issues.length > 0) throw new RuleInputError(fn, issues);
  return a!;
}

export function addTimeIn(cal: HolidayCalendar, at: InstantInput, ms: number, fn: string): number {
  const from = addInput(at, ms, fn);
  if (ms === 0) return from;
  // Stryker disable next-line ConditionalExpression: equivalent when true, the general path answers as the fast path (schedule-hours.prop.test.ts holds them equal; the fast path only saves time); this also silences false, which the schedule tests kill
  if (!cal.plain) return addTimeGeneral(cal, from, ms) ?? timeBeyondCalendar(fn, ms);
  let left = ms;
  // Stryker disable next-line ArithmeticOperator: equivalent as + 1, the two days past the calendar read closed[] as undefined, not 0, and are skipped like closed days
  const last = CALENDAR_FIRST_DAY + cal.closed.length - 1;
  // Stryker disable next-line EqualityOperator: equivalent as <, the calendar's last day (2050-12-31) is a Saturday, closed on every calendar, so it adds no time
  for (let day = kstDayNumber(from); day <= last; day++) {
    if (cal.closed[day - CALENDAR_FIRST_DAY] !== 0) continue;
    const midnight = day * DAY_MS - KST_OFFSET_MS;
    for (const [s, e] of SESSIONS) {
      const start = Math.max(from, midnight + s);
      const length = midnight + e - start;
      // Stryker disable next-line EqualityOperator: equivalent as < 0, a session of length 0 (from at its end) goes on to left <= 0, false as left > 0, and left -= 0
      if (length <= 0) continue;
      if (left <= length) return start + left;
      left -= length;
    }
  }
  return timeBeyondCalendar(fn, ms);
}

function timeBeyondCalendar(fn: string, ms: number): never {
  throw new RuleInputError(fn, [
    inputIssue(
      ['ms'],
      'year-out-of-range',
      `${ms} ms of agent-chat time do not pass before the holiday calendar ends (${HOLIDAY_LAST_YEAR}-12-31 KST)`,
    ),
  ]);
}

/**
 * Whether a human agent answers the chat at `at`: weekdays [10:00, 12:00) and [13:00, 18:30) KST,
 * closed on weekends and public holidays. The hot path: no allocation, no `Intl`.
 *
 * @param at - a `Date`, epoch ms, or ISO-8601 string with offset, between 1990 and 2050 (KST).
 * @returns `true` when agent chat is open.
 * @throws {RuleInputError} for an invalid instant (`invalid-instant`) or one outside the holiday
 *   calendar (`year-out-of-range`).
 * @example
 * isAgentChatOpen('2026-09-23T10:00:00+09:00') //=> true
 * isAgentChatOpen('2026-09-23T12:00:00+09:00') //=> false
 * isAgentChatOpen('2026-09-25T11:00:00+09:00') //=> false
 * @see support.agent-hours
 */
export function isAgentChatOpen(at: InstantInput): boolean {
  return openAt(defaultHolidayCalendar(), at, 'isAgentChatOpen');
}

/**
 * Checks agent chat at `at`: open until `closesAt` (12:00 or 18:30 KST), or closed, as a refusal
 * naming its rule with `opensAt`, the next opening: `support.agent-hours` (`weekend`, `before-hours`,
 * `lunch-break`, `after-hours`) or `support.public-holidays` (`public-holiday`, with the day's names
 * in `holiday`; also for a holiday on a weekend). Every instant is epoch ms; the answer is frozen.
 *
 * @param at - a `Date`, epoch ms, or ISO-8601 string with offset, between 1990 and 2050 (KST).
 * @returns `{ ok: true, value: { closesAt } }` or the refusal (`rule`, `code`, `message: { en, ko }`, `opensAt`, and `holiday` on a holiday).
 * @throws {RuleInputError} `invalid-instant`, or `year-out-of-range` (also when the next opening
 *   would fall after 2050).
 * @example
 * checkAgentChat('2026-09-23T11:00:00+09:00') //=> { ok: true, value: { closesAt: 1790132400000 } }
 * checkAgentChat('2026-09-23T12:30:00+09:00').code    //=> 'lunch-break'
 * checkAgentChat('2026-09-23T12:30:00+09:00').opensAt //=> 1790136000000
 * checkAgentChat('2026-09-25T09:00:00+09:00').rule    //=> 'support.public-holidays'
 * checkAgentChat('2026-09-25T09:00:00+09:00').holiday //=> ['추석']
 * @see support.agent-hours
 * @see support.public-holidays
 */
export function checkAgentChat(at: InstantInput): AgentChatOutcome {
  return checkAt(defaultHolidayCalendar(), at, 'checkAgentChat');
}

/**
 * The earliest instant at or after `at` when agent chat is open (`at` itself when open).
 *
 * @param at - a `Date`, epoch ms, or ISO-8601 string with offset, between 1990 and 2050 (KST).
 * @returns the next opening, epoch ms.
 * @throws {RuleInputError} `invalid-instant`, or `year-out-of-range` (also when the next opening
 *   would fall after 2050).
 * @example
 * nextAgentChatOpening('2026-09-24T19:00:00+09:00') //=> 1790557200000 // 2026-09-28 10:00 KST
 * @see support.agent-hours
 */
export function nextAgentChatOpening(at: InstantInput): number {
  return nextOpeningAt(defaultHolidayCalendar(), at, 'nextAgentChatOpening');
}

/**
 * The open intervals of agent chat within `[from, to)`, clipped to it, sorted, across any span of
 * the calendar (each business day gives [10:00, 12:00) and [13:00, 18:30) KST).
 *
 * @param from - start of the span (inclusive).
 * @param to - end of the span (exclusive), not before `from`; may be the calendar's end.
 * @returns `{ start, end }` pairs of epoch ms.
 * @throws {RuleInputError} `invalid-instant`, `year-out-of-range`, or `invalid-span` (to < from).
 * @example
 * agentChatIntervals('2026-09-23T11:00:00+09:00', '2026-09-23T14:00:00+09:00')
 * //=> [{ start: 1790128800000, end: 1790132400000 }, { start: 1790136000000, end: 1790139600000 }]
 * @see support.agent-hours
 */
export function agentChatIntervals(from: InstantInput, to: InstantInput): Interval[] {
  return intervalsIn(defaultHolidayCalendar(), from, to, 'agentChatIntervals');
}

/**
 * Total milliseconds agent chat is open within `[from, to)` (for response-time measures in
 * business time).
 *
 * @param from - start of the span (inclusive).
 * @param to - end of the span (exclusive), not before `from`.
 * @returns open time in ms.
 * @throws {RuleInputError} `invalid-instant`, `year-out-of-range`, or `invalid-span`.
 * @example
 * agentChatOpenMs('2026-09-21T00:00:00+09:00', '2026-09-28T00:00:00+09:00') //=> 81000000
 * @see support.agent-hours
 */
export function agentChatOpenMs(from: InstantInput, to: InstantInput): number {
  return openMsIn(defaultHolidayCalendar(), from, to, 'agentChatOpenMs');
}

/**
 * The instant at which `ms` milliseconds of open agent-chat time have passed since `at`, skipping
 * lunch, nights, weekends and holidays (an SLA deadline in business time). It is the earliest `t`
 * with `agentChatOpenMs(at, t) === ms`: `at` itself for 0, and the end of an open interval (12:00 or
 * 18:30 KST), not the next opening, when the time runs out exactly there.
 *
 * @param at - the start (`Date`, epoch ms or ISO string with offset), between 1990 and 2050 (KST).
 * @param ms - open time to add: a whole number of milliseconds, 0 or more.
 * @returns the deadline, epoch ms.
 * @throws {RuleInputError} `invalid-instant` or `year-out-of-range` for `at`; `invalid-type` or
 *   `too-small` for `ms`; `year-out-of-range` (path `['ms']`) when the time does not pass before 2051.
 * @example
 * addAgentChatTime('2026-09-23T11:00:00+09:00', 3 * 3_600_000) //=> 1790143200000 // 15:00 KST, past lunch
 * addAgentChatTime('2026-09-23T17:30:00+09:00', 2 * 3_600_000) //=> 1790560800000 // 11:00 KST on 09-28, past Chuseok
 * @see support.agent-hours
 */
export function addAgentChatTime(at: InstantInput, ms: number): number {
  return addTimeIn(defaultHolidayCalendar(), at, ms, 'addAgentChatTime');
}
