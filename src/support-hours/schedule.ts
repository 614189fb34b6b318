import { dayNumberFromDate, epochMsOrUndefined, guardInput, parseIsoDate, type InstantInput } from '../core/index.js';
import { addTimeIn, checkAt, intervalsIn, nextOpeningAt, openAt, openMsIn } from './agentChat.js';
import {
  addBusinessDaysIn,
  businessDaysBetweenIn,
  isBusinessDayIn,
  nextBusinessDayIn,
  type DayInput,
} from './businessDays.js';
import { buildHolidayCalendar, type Closure, type DayHours } from './calendar.js';
import { deadlineIn } from './deadlines.js';
import { WEEKDAY_NAMES, minuteOfDay } from './refinements.js';
import { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR } from './rules.js';
import { channelsAt } from './channels.js';
import { holidaysOfYear, isHolidayOn } from './holidays.js';
import { SupportScheduleOptionsGuard } from './guards.generated.js';
import type { BusinessDayDeadlineOptions, KoreanPublicHolidaysOptions, SupportScheduleOptions } from './schemas.js';
import type { Interval, AgentChatOutcome, BusinessDayDeadline, KoreanPublicHoliday, SupportChannels } from './types.js';

/** The agent-chat and holiday functions bound to one holiday calendar (see `createSupportSchedule`). */
export interface SupportSchedule {
  /** Whether the agent chat is open at `at`, on this calendar: as {@link "kakao-rules/support-hours".isAgentChatOpen | isAgentChatOpen}. */
  readonly isAgentChatOpen: (at: InstantInput) => boolean;
  /** Whether the agent chat is open at `at`, and if not why and when it opens, on this calendar: as {@link "kakao-rules/support-hours".checkAgentChat | checkAgentChat}. */
  readonly checkAgentChat: (at: InstantInput) => AgentChatOutcome;
  /** The earliest instant (epoch ms) at or after `at` when the agent chat is open, on this calendar: as {@link "kakao-rules/support-hours".nextAgentChatOpening | nextAgentChatOpening}. */
  readonly nextAgentChatOpening: (at: InstantInput) => number;
  /** The open agent-chat intervals within `[from, to)`, on this calendar: as {@link "kakao-rules/support-hours".agentChatIntervals | agentChatIntervals}. */
  readonly agentChatIntervals: (from: InstantInput, to: InstantInput) => Interval[];
  /** How many milliseconds the agent chat is open within `[from, to)`, on this calendar: as {@link "kakao-rules/support-hours".agentChatOpenMs | agentChatOpenMs}. */
  readonly agentChatOpenMs: (from: InstantInput, to: InstantInput) => number;
  /** The instant (epoch ms) after `ms` of open agent-chat time from `at`: an SLA deadline, on this calendar: as {@link "kakao-rules/support-hours".addAgentChatTime | addAgentChatTime}. */
  readonly addAgentChatTime: (at: InstantInput, ms: number) => number;
  /** Whether the day (YYYY-MM-DD, or the KST day of an instant) is a business day, on this calendar: as {@link "kakao-rules/support-hours".isKoreanBusinessDay | isKoreanBusinessDay}. */
  readonly isKoreanBusinessDay: (day: DayInput) => boolean;
  /** The first business day after the day, on this calendar: as {@link "kakao-rules/support-hours".nextKoreanBusinessDay | nextKoreanBusinessDay}. */
  readonly nextKoreanBusinessDay: (day: DayInput) => string;
  /** The day `n` business days after (or, for negative `n`, before) the day, on this calendar: as {@link "kakao-rules/support-hours".addKoreanBusinessDays | addKoreanBusinessDays}. */
  readonly addKoreanBusinessDays: (day: DayInput, n: number) => string;
  /** How many business days lie in `[from, to)`, on this calendar: as {@link "kakao-rules/support-hours".koreanBusinessDaysBetween | koreanBusinessDaysBetween}. */
  readonly koreanBusinessDaysBetween: (from: DayInput, to: DayInput) => number;
  /** The deadline `n` business days after `at`, as an instant, on this schedule: as {@link "kakao-rules/support-hours".koreanBusinessDayDeadline | koreanBusinessDayDeadline}. */
  readonly koreanBusinessDayDeadline: (
    at: InstantInput,
    n: number,
    options?: BusinessDayDeadlineOptions,
  ) => BusinessDayDeadline;
  /** Which support channels answer at `at`, on this calendar: as {@link "kakao-rules/support-hours".supportChannels | supportChannels}. */
  readonly supportChannels: (at: InstantInput) => SupportChannels;
  /** The year's public holidays, on this calendar: as {@link "kakao-rules/support-hours".koreanPublicHolidays | koreanPublicHolidays}. */
  readonly koreanPublicHolidays: (year: number, options?: KoreanPublicHolidaysOptions) => KoreanPublicHoliday[];
  /** Whether the day (YYYY-MM-DD, or the KST day of an instant) is a public holiday, on this calendar: as {@link "kakao-rules/support-hours".isKoreanPublicHoliday | isKoreanPublicHoliday}. */
  readonly isKoreanPublicHoliday: (dayOrInstant: DayInput) => boolean;
}

const FN = 'createSupportSchedule';

/**
 * A support schedule a service has: the built-in holiday calendar plus `extraHolidays` (a temporary
 * holiday announced after this release, a company day off) and `recurringHolidays` (the same month and
 * day every year, optionally from `fromYear` to `toYear`: exactly an `extraHolidays` entry for each
 * such year), minus `removedHolidays`; part-day `closures` (`[from, to)` instants with a name: an
 * afternoon off, a maintenance window); and the service's own `weeklyHours` (intervals per weekday,
 * `'HH:MM'` KST; Kakao's agent hours by default). Removals apply to the built-in days; extras are
 * added after (on an existing holiday their name is appended). Every function of the module is on it,
 * answering on this schedule: a business day is a day with hours that is no holiday; a closed answer
 * names what closed it (`holiday`, `closure`, or `outside-hours` for its own hours). Each schedule owns
 * its calendar: nothing leaks between schedules or into the module's own functions.
 *
 * @param options - `{ extraHolidays?, removedHolidays?, recurringHolidays?, closures?, weeklyHours? }`
 *   (see `SupportScheduleOptionsSchema`), dates within 1990-2050.
 * @returns the module's agent-chat, holiday and business-day functions bound to that schedule.
 * @throws {RuleInputError} listing every bad date (`invalid-date`, `year-out-of-range`), instant
 *   (`invalid-instant`), span (`invalid-span`) or field.
 * @example
 * const s = createSupportSchedule({ extraHolidays: [{ date: '2026-09-23', name: '창립기념일' }] })
 * s.isAgentChatOpen('2026-09-23T10:00:00+09:00') //=> false
 * s.checkAgentChat('2026-09-23T10:00:00+09:00').holiday //=> ['창립기념일']
 * s.addKoreanBusinessDays('2026-09-22', 1) //=> '2026-09-28' // the company day off counts
 * s.addAgentChatTime('2026-09-22T18:00:00+09:00', 3_600_000) //=> 1790559000000 // 10:30 KST on 09-28
 * const desk = createSupportSchedule({
 *   recurringHolidays: [{ date: '12-31', name: 'Year end' }],
 *   closures: [{ from: '2026-12-30T14:00:00+09:00', to: '2026-12-30T16:00:00+09:00', name: 'Maintenance' }],
 *   weeklyHours: { saturday: [{ from: '09:00', to: '13:00' }] },
 * })
 * desk.checkAgentChat('2026-12-31T10:00:00+09:00').holiday //=> ['Year end']
 * desk.checkAgentChat('2026-12-30T14:30:00+09:00').code //=> 'outside-hours' // no hours on Wednesdays here
 * desk.isAgentChatOpen('2027-01-02T09:30:00+09:00') //=> true // a Saturday
 * @see support.public-holidays
 * @see support.agent-hours
 */
export function createSupportSchedule(options: SupportScheduleOptions = {}): SupportSchedule {
  // The guard has refused, all listed, every date that is not a real day of the calendar: its dates
  // run isoDateProblems, the calendarDay check (refinements.ts). So every date left parses.
  const parsed = guardInput(SupportScheduleOptionsGuard, options, FN, ['options']);
  const extra = new Map<number, string[]>();
  const removed = new Set<number>();
  const addExtra = (day: number, name: string): void => {
    extra.set(day, [...(extra.get(day) ?? []), name]);
  };
  parsed.extraHolidays?.forEach(({ date, name }) => {
    addExtra(parseIsoDate(date)!, name);
  });
  parsed.recurringHolidays?.forEach(({ date, name, fromYear, toYear }) => {
    const month = Number(date.slice(0, 2));
    const dayOfMonth = Number(date.slice(3, 5));
    for (let year = fromYear ?? HOLIDAY_FIRST_YEAR; year <= (toYear ?? HOLIDAY_LAST_YEAR); year++) {
      // 02-29 falls in leap years only: elsewhere the date rolls into March, which is not the day.
      const day = dayNumberFromDate(year, month, dayOfMonth);
      if (dayNumberFromDate(year, month + 1, 1) > day) addExtra(day, name);
    }
  });
  parsed.removedHolidays?.forEach((date) => {
    removed.add(parseIsoDate(date)!);
  });
  const closures: Closure[] | undefined = parsed.closures?.map(({ from, to, name }) => ({
    from: epochMsOrUndefined(from)!,
    to: epochMsOrUndefined(to)!,
    name,
  }));
  const week = parsed.weeklyHours;
  const hours: DayHours[] | undefined =
    week === undefined
      ? undefined
      : WEEKDAY_NAMES.map((name) =>
          (week[name] ?? []).map(({ from, to }) => [minuteOfDay(from) * 60_000, minuteOfDay(to) * 60_000] as const),
        );
  const cal = buildHolidayCalendar(extra, removed, hours, closures);
  return {
    isAgentChatOpen: (at) => openAt(cal, at, 'isAgentChatOpen'),
    checkAgentChat: (at) => checkAt(cal, at, 'checkAgentChat'),
    nextAgentChatOpening: (at) => nextOpeningAt(cal, at, 'nextAgentChatOpening'),
    agentChatIntervals: (from, to) => intervalsIn(cal, from, to, 'agentChatIntervals'),
    agentChatOpenMs: (from, to) => openMsIn(cal, from, to, 'agentChatOpenMs'),
    addAgentChatTime: (at, ms) => addTimeIn(cal, at, ms, 'addAgentChatTime'),
    isKoreanBusinessDay: (day) => isBusinessDayIn(cal, day, 'isKoreanBusinessDay'),
    nextKoreanBusinessDay: (day) => nextBusinessDayIn(cal, day, 'nextKoreanBusinessDay'),
    addKoreanBusinessDays: (day, n) => addBusinessDaysIn(cal, day, n, 'addKoreanBusinessDays'),
    koreanBusinessDaysBetween: (from, to) => businessDaysBetweenIn(cal, from, to, 'koreanBusinessDaysBetween'),
    koreanBusinessDayDeadline: (at, n, opts) => deadlineIn(cal, at, n, opts, 'koreanBusinessDayDeadline'),
    supportChannels: (at) => channelsAt(cal, at, 'supportChannels'),
    koreanPublicHolidays: (year, opts) => holidaysOfYear(cal, year, opts, 'koreanPublicHolidays'),
    isKoreanPublicHoliday: (day) => isHolidayOn(cal, day, 'isKoreanPublicHoliday'),
  };
}
