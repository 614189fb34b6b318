import { guardInput, parseIsoDate, type InstantInput } from '../core/index.js';
import { addTimeIn, checkAt, intervalsIn, nextOpeningAt, openAt, openMsIn } from './agentChat.js';
import { addBusinessDaysIn, businessDaysBetweenIn, isBusinessDayIn, nextBusinessDayIn } from './businessDays.js';
import { buildHolidayCalendar } from './calendar.js';
import { channelsAt } from './channels.js';
import { holidaysOfYear, isHolidayOn } from './holidays.js';
import { SupportScheduleOptionsGuard } from './guards.generated.js';
import type { KoreanPublicHolidaysOptions, SupportScheduleOptions } from './schemas.js';
import type { AgentChatInterval, AgentChatOutcome, KoreanPublicHoliday, SupportChannels } from './types.js';

/** The agent-chat and holiday functions bound to one holiday calendar (see `createSupportSchedule`). */
export interface SupportSchedule {
  /** Whether the agent chat is open at `at`, on this calendar: as {@link "kakao-rules/support-hours".isAgentChatOpen | isAgentChatOpen}. */
  readonly isAgentChatOpen: (at: InstantInput) => boolean;
  /** Whether the agent chat is open at `at`, and if not why and when it opens, on this calendar: as {@link "kakao-rules/support-hours".checkAgentChat | checkAgentChat}. */
  readonly checkAgentChat: (at: InstantInput) => AgentChatOutcome;
  /** The earliest instant (epoch ms) at or after `at` when the agent chat is open, on this calendar: as {@link "kakao-rules/support-hours".nextAgentChatOpening | nextAgentChatOpening}. */
  readonly nextAgentChatOpening: (at: InstantInput) => number;
  /** The open agent-chat intervals within `[from, to)`, on this calendar: as {@link "kakao-rules/support-hours".agentChatIntervals | agentChatIntervals}. */
  readonly agentChatIntervals: (from: InstantInput, to: InstantInput) => AgentChatInterval[];
  /** How many milliseconds the agent chat is open within `[from, to)`, on this calendar: as {@link "kakao-rules/support-hours".agentChatOpenMs | agentChatOpenMs}. */
  readonly agentChatOpenMs: (from: InstantInput, to: InstantInput) => number;
  /** The instant (epoch ms) after `ms` of open agent-chat time from `at`: an SLA deadline, on this calendar: as {@link "kakao-rules/support-hours".addAgentChatTime | addAgentChatTime}. */
  readonly addAgentChatTime: (at: InstantInput, ms: number) => number;
  /** Whether the day (YYYY-MM-DD, or the KST day of an instant) is a business day, on this calendar: as {@link "kakao-rules/support-hours".isKoreanBusinessDay | isKoreanBusinessDay}. */
  readonly isKoreanBusinessDay: (day: string | InstantInput) => boolean;
  /** The first business day after the day, on this calendar: as {@link "kakao-rules/support-hours".nextKoreanBusinessDay | nextKoreanBusinessDay}. */
  readonly nextKoreanBusinessDay: (day: string | InstantInput) => string;
  /** The day `n` business days after (or, for negative `n`, before) the day, on this calendar: as {@link "kakao-rules/support-hours".addKoreanBusinessDays | addKoreanBusinessDays}. */
  readonly addKoreanBusinessDays: (day: string | InstantInput, n: number) => string;
  /** How many business days lie in `[from, to)`, on this calendar: as {@link "kakao-rules/support-hours".koreanBusinessDaysBetween | koreanBusinessDaysBetween}. */
  readonly koreanBusinessDaysBetween: (from: string | InstantInput, to: string | InstantInput) => number;
  /** Which support channels answer at `at`, on this calendar: as {@link "kakao-rules/support-hours".supportChannels | supportChannels}. */
  readonly supportChannels: (at: InstantInput) => SupportChannels;
  /** The year's public holidays, on this calendar: as {@link "kakao-rules/support-hours".koreanPublicHolidays | koreanPublicHolidays}. */
  readonly koreanPublicHolidays: (year: number, options?: KoreanPublicHolidaysOptions) => KoreanPublicHoliday[];
  /** Whether the day (YYYY-MM-DD, or the KST day of an instant) is a public holiday, on this calendar: as {@link "kakao-rules/support-hours".isKoreanPublicHoliday | isKoreanPublicHoliday}. */
  readonly isKoreanPublicHoliday: (dayOrInstant: string | InstantInput) => boolean;
}

const FN = 'createSupportSchedule';

/**
 * A support schedule on your own holiday calendar: the built-in one plus `extraHolidays` (a
 * temporary holiday announced after this release, a company day off) minus `removedHolidays`.
 * Removals apply to the built-in days; extras are added after (on an existing holiday their name is
 * appended). Each schedule owns its calendar: nothing leaks between schedules or into the module's
 * own functions.
 *
 * @param options - `{ extraHolidays?: { date: 'YYYY-MM-DD', name }[], removedHolidays?: 'YYYY-MM-DD'[] }`,
 *   dates within 1990-2050.
 * @returns the module's agent-chat, holiday and business-day functions bound to that calendar.
 * @throws {RuleInputError} listing every bad date (`invalid-date`, `year-out-of-range`) or field.
 * @example
 * const s = createSupportSchedule({ extraHolidays: [{ date: '2026-09-23', name: '창립기념일' }] })
 * s.isAgentChatOpen('2026-09-23T10:00:00+09:00') //=> false
 * s.checkAgentChat('2026-09-23T10:00:00+09:00').holiday //=> ['창립기념일']
 * s.addKoreanBusinessDays('2026-09-22', 1) //=> '2026-09-28' // the company day off counts
 * s.addAgentChatTime('2026-09-22T18:00:00+09:00', 3_600_000) //=> 1790559000000 // 10:30 KST on 09-28
 * @see support.public-holidays
 * @see support.agent-hours
 */
export function createSupportSchedule(options: SupportScheduleOptions = {}): SupportSchedule {
  // The guard has refused, all listed, every date that is not a real day of the calendar: its dates
  // run isoDateProblems, the calendarDay check (refinements.ts). So every date left parses.
  const parsed = guardInput(SupportScheduleOptionsGuard, options, FN, ['options']);
  const extra = new Map<number, string[]>();
  const removed = new Set<number>();
  parsed.extraHolidays?.forEach(({ date, name }) => {
    const day = parseIsoDate(date)!;
    extra.set(day, [...(extra.get(day) ?? []), name]);
  });
  parsed.removedHolidays?.forEach((date) => removed.add(parseIsoDate(date)!));
  const cal = buildHolidayCalendar(extra, removed);
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
    supportChannels: (at) => channelsAt(cal, at, 'supportChannels'),
    koreanPublicHolidays: (year, opts) => holidaysOfYear(cal, year, opts, 'koreanPublicHolidays'),
    isKoreanPublicHoliday: (day) => isHolidayOn(cal, day, 'isKoreanPublicHoliday'),
  };
}
