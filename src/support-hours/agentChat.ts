import { DAY_MS, KST_OFFSET_MS, RuleInputError, epochMsOrUndefined, type InputIssue, type InstantInput } from '../core/index.js';
import {
  CALENDAR_FIRST_DAY,
  DEFAULT_HOLIDAY_CALENDAR,
  calendarMs,
  calendarMsIssue,
  kstDay,
  type HolidayCalendar,
} from './calendar.js';
import { AGENT_CHAT_CLOSES_MINUTE, AGENT_CHAT_LUNCH_END_MINUTE, AGENT_CHAT_LUNCH_START_MINUTE, AGENT_CHAT_OPENS_MINUTE, HOLIDAY_LAST_YEAR } from './constants.js';
import type { AgentChatInterval, AgentChatStatus } from './types.js';

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
  const wall = calendarMs(at, fn) + KST_OFFSET_MS;
  const day = Math.floor(wall / DAY_MS);
  if (cal.closed[day - CALENDAR_FIRST_DAY] === 1) return false;
  const t = wall - day * DAY_MS;
  return t >= OPENS && t < CLOSES && (t < LUNCH_START || t >= LUNCH_END);
}

function nextOpeningMs(cal: HolidayCalendar, ms: number, fn: string): number {
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
    { path: ['at'], code: 'year-out-of-range', message: `agent chat does not open again before the holiday calendar ends (${HOLIDAY_LAST_YEAR}-12-31 KST)` },
  ]);
}

export function statusAt(cal: HolidayCalendar, at: InstantInput, fn: string): AgentChatStatus {
  const ms = calendarMs(at, fn);
  const wall = ms + KST_OFFSET_MS;
  const day = Math.floor(wall / DAY_MS);
  if (cal.closed[day - CALENDAR_FIRST_DAY] === 1) {
    const opensAt = new Date(nextOpeningMs(cal, ms, fn));
    const holiday = cal.days.get(day);
    return holiday === undefined ? { open: false, reason: 'weekend', opensAt } : { open: false, reason: 'public-holiday', opensAt, holiday: [...holiday.names] };
  }
  const t = wall - day * DAY_MS;
  const midnight = ms - t;
  if (t < OPENS) return { open: false, reason: 'before-hours', opensAt: new Date(midnight + OPENS) };
  if (t < LUNCH_START) return { open: true, closesAt: new Date(midnight + LUNCH_START) };
  if (t < LUNCH_END) return { open: false, reason: 'lunch-break', opensAt: new Date(midnight + LUNCH_END) };
  if (t < CLOSES) return { open: true, closesAt: new Date(midnight + CLOSES) };
  return { open: false, reason: 'after-hours', opensAt: new Date(nextOpeningMs(cal, ms, fn)) };
}

export function nextOpeningAt(cal: HolidayCalendar, at: InstantInput, fn: string): Date {
  return new Date(nextOpeningMs(cal, calendarMs(at, fn), fn));
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
  if ((b ?? NaN) < (a ?? NaN)) issues.push({ path: ['to'], code: 'invalid-span', message: 'to must not be before from' });
  if (issues.length > 0) throw new RuleInputError(fn, issues);
  return [a!, b!];
}

/** Calls `visit(start, end)` for each open interval clipped to `[from, to)`, in order. */
function eachOpenInterval(cal: HolidayCalendar, from: number, to: number, visit: (start: number, end: number) => void): void {
  const last = kstDay(to);
  for (let day = kstDay(from); day <= last; day++) {
    if (cal.closed[day - CALENDAR_FIRST_DAY] !== 0) continue;
    const midnight = day * DAY_MS - KST_OFFSET_MS;
    for (const [s, e] of SESSIONS) {
      const start = Math.max(from, midnight + s);
      const end = Math.min(to, midnight + e);
      if (start < end) visit(start, end);
    }
  }
}

export function intervalsIn(cal: HolidayCalendar, from: InstantInput, to: InstantInput, fn: string): AgentChatInterval[] {
  const [a, b] = span(from, to, fn);
  const out: AgentChatInterval[] = [];
  eachOpenInterval(cal, a, b, (start, end) => out.push({ start: new Date(start), end: new Date(end) }));
  return out;
}

export function openMsIn(cal: HolidayCalendar, from: InstantInput, to: InstantInput, fn: string): number {
  const [a, b] = span(from, to, fn);
  let total = 0;
  eachOpenInterval(cal, a, b, (start, end) => void (total += end - start));
  return total;
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
  return openAt(DEFAULT_HOLIDAY_CALENDAR, at, 'isAgentChatOpen');
}

/**
 * Agent chat at `at`: open until `closesAt` (12:00 or 18:30 KST), or closed with the reason
 * (`weekend`, `public-holiday` with the holiday's names, `lunch-break`, `before-hours`,
 * `after-hours`) and `opensAt`, the next opening. A holiday on a weekend reports `public-holiday`.
 *
 * @param at - a `Date`, epoch ms, or ISO-8601 string with offset, between 1990 and 2050 (KST).
 * @returns the status.
 * @throws {RuleInputError} `invalid-instant`, or `year-out-of-range` (also when the next opening
 *   would fall after 2050).
 * @example
 * agentChatStatus('2026-09-23T12:30:00+09:00')
 * //=> { open: false, reason: 'lunch-break', opensAt: new Date('2026-09-23T04:00:00.000Z') }
 * agentChatStatus('2026-09-25T09:00:00+09:00').holiday //=> ['추석']
 * @see support.agent-hours
 */
export function agentChatStatus(at: InstantInput): AgentChatStatus {
  return statusAt(DEFAULT_HOLIDAY_CALENDAR, at, 'agentChatStatus');
}

/**
 * The earliest instant at or after `at` when agent chat is open (`at` itself when open).
 *
 * @param at - a `Date`, epoch ms, or ISO-8601 string with offset, between 1990 and 2050 (KST).
 * @returns the next opening as a `Date`.
 * @throws {RuleInputError} `invalid-instant`, or `year-out-of-range` (also when the next opening
 *   would fall after 2050).
 * @example
 * nextAgentChatOpening('2026-09-24T19:00:00+09:00') //=> new Date('2026-09-28T01:00:00.000Z')
 * @see support.agent-hours
 */
export function nextAgentChatOpening(at: InstantInput): Date {
  return nextOpeningAt(DEFAULT_HOLIDAY_CALENDAR, at, 'nextAgentChatOpening');
}

/**
 * The open intervals of agent chat within `[from, to)`, clipped to it, sorted, across any span of
 * the calendar (each business day gives [10:00, 12:00) and [13:00, 18:30) KST).
 *
 * @param from - start of the span (inclusive).
 * @param to - end of the span (exclusive), not before `from`; may be the calendar's end.
 * @returns `{ start, end }` pairs of `Date`s.
 * @throws {RuleInputError} `invalid-instant`, `year-out-of-range`, or `invalid-span` (to < from).
 * @example
 * agentChatIntervals('2026-09-23T11:00:00+09:00', '2026-09-23T14:00:00+09:00')
 * //=> [{ start: new Date('2026-09-23T02:00:00.000Z'), end: new Date('2026-09-23T03:00:00.000Z') },
 * //    { start: new Date('2026-09-23T04:00:00.000Z'), end: new Date('2026-09-23T05:00:00.000Z') }]
 * @see support.agent-hours
 */
export function agentChatIntervals(from: InstantInput, to: InstantInput): AgentChatInterval[] {
  return intervalsIn(DEFAULT_HOLIDAY_CALENDAR, from, to, 'agentChatIntervals');
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
  return openMsIn(DEFAULT_HOLIDAY_CALENDAR, from, to, 'agentChatOpenMs');
}
