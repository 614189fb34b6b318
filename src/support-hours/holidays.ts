import {
  RuleInputError,
  describeValue,
  epochMsOrUndefined,
  formatDayNumber,
  guardIssues,
  kstDayNumber,
  type InputIssue,
  temporalPlainDateText,
  type InstantInput,
  type TemporalPlainDateLike,
} from '../core/index.js';
import {
  defaultHolidayCalendar,
  calendarDay,
  calendarMsIssue,
  rangeIssue,
  yearHolidays,
  type HolidayCalendar,
} from './calendar.js';
import { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR } from './rules.js';
// The compiled form of history.ts and official.ts (scripts/compact-holidays.ts): each name stored once.
import { gazettedHolidays, historicalHolidays } from './holidays.generated.js';
import { KoreanPublicHolidaysOptionsGuard } from './guards.generated.js';
import type { KoreanPublicHolidaysOptions } from './schemas.js';
import type { KoreanPublicHoliday } from './types.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

export function holidaysOfYear(
  cal: HolidayCalendar,
  year: number,
  options: KoreanPublicHolidaysOptions | undefined,
  fn: string,
): KoreanPublicHoliday[] {
  const issues: InputIssue[] = [];
  if (!Number.isInteger(year))
    issues.push({
      path: ['year'],
      code: 'invalid-type',
      message: `expected an integer year; got ${describeValue(year)}`,
    });
  else if (year < HOLIDAY_FIRST_YEAR || year > HOLIDAY_LAST_YEAR) issues.push(rangeIssue(['year'], String(year)));
  const parsed =
    options === undefined ? undefined : guardIssues(KoreanPublicHolidaysOptionsGuard, options, ['options']);
  if (parsed?.ok === false) issues.push(...parsed.issues);
  const source = parsed?.ok ? parsed.value.source : undefined;
  if (source === 'official' && issues.length === 0 && !gazettedHolidays().has(year)) {
    const years = [...gazettedHolidays().keys()];
    const instead = historicalHolidays().has(year) ? 'the recorded history' : 'the projection';
    issues.push({
      path: ['options', 'source'],
      code: 'no-official-data',
      message: `no gazetted data for ${year} (the data covers ${Math.min(...years)}-${Math.max(...years)}); omit source to get ${instead}`,
    });
  }
  if (issues.length > 0) throw new RuleInputError(fn, issues);
  return [...yearHolidays(year, source === 'projected', cal.extra, cal.removed)].map(([day, h]) => ({
    date: formatDayNumber(day),
    names: [...h.names],
    source: h.source,
  }));
}

export function isHolidayOn(
  cal: HolidayCalendar,
  dayOrInstant: string | InstantInput | TemporalPlainDateLike,
  fn: string,
): boolean {
  let day: number;
  // A Temporal.PlainDate is read as its ISO date (deadlines: Temporal in, issue 23).
  dayOrInstant = temporalPlainDateText(dayOrInstant) ?? dayOrInstant;
  if (typeof dayOrInstant === 'string' && DATE_ONLY.test(dayOrInstant)) {
    const d = calendarDay(dayOrInstant, ['day']);
    if (typeof d !== 'number') throw new RuleInputError(fn, [d]);
    day = d;
  } else {
    const ms = epochMsOrUndefined(dayOrInstant);
    const issue = calendarMsIssue(dayOrInstant, ms, ['day'], false);
    if (issue !== undefined) throw new RuleInputError(fn, [issue]);
    day = kstDayNumber(ms!);
  }
  return cal.days.has(day);
}

/**
 * South Korea's public holidays of `year`, in date order: gazetted data (`source: 'official'`,
 * 2018-2027), the historical record (`'historical'`, 1990-2017: every day that was a holiday,
 * temporary holidays and designated election days included), otherwise a projection from the rules
 * (`'projected'`: fixed and lunar holidays in force that year, substitute days, scheduled elections;
 * never temporary holidays or snap elections). Sundays are not listed. Covers 1990-2050.
 *
 * @param year - an integer year, 1990 to 2050.
 * @param options - `source: 'projected'` forces the projection even for a gazetted or recorded year;
 *   `source: 'official'` demands gazetted data.
 * @returns `{ date, names, source }` for each holiday.
 * @throws {RuleInputError} `invalid-type`, `year-out-of-range`, `no-official-data`, or an unknown option.
 * @example
 * koreanPublicHolidays(2026).filter((h) => h.date.startsWith('2026-09'))
 * //=> [{ date: '2026-09-24', names: ['추석 전날'], source: 'official' },
 * //    { date: '2026-09-25', names: ['추석'], source: 'official' },
 * //    { date: '2026-09-26', names: ['추석 다음 날'], source: 'official' }]
 * koreanPublicHolidays(2028)[1] //=> { date: '2028-01-26', names: ['설날 전날'], source: 'projected' }
 * koreanPublicHolidays(2002).find((h) => h.date === '2002-07-01')
 * //=> { date: '2002-07-01', names: ['임시공휴일'], source: 'historical' }
 * @see support.public-holidays
 * @see support.substitute-holidays
 * @see support.election-days
 */
export function koreanPublicHolidays(year: number, options?: KoreanPublicHolidaysOptions): KoreanPublicHoliday[] {
  return holidaysOfYear(defaultHolidayCalendar(), year, options, 'koreanPublicHolidays');
}

/**
 * Whether a day is a South Korean public holiday (gazetted, recorded or projected; a plain Sunday is not).
 *
 * @param dayOrInstant - a KST date `'YYYY-MM-DD'`, or an instant (its KST date counts), 1990-2050.
 * @returns `true` on a public holiday.
 * @throws {RuleInputError} `invalid-date`, `invalid-instant` or `year-out-of-range`.
 * @example
 * isKoreanPublicHoliday('2025-10-08')                 //=> true
 * isKoreanPublicHoliday('2026-05-01')                 //=> true
 * isKoreanPublicHoliday('2025-05-01')                 //=> false
 * isKoreanPublicHoliday('2026-09-25T23:30:00+09:00')  //=> true
 * isKoreanPublicHoliday('1995-06-27')                 //=> true
 * @see support.public-holidays
 */
export function isKoreanPublicHoliday(dayOrInstant: string | InstantInput | TemporalPlainDateLike): boolean {
  return isHolidayOn(defaultHolidayCalendar(), dayOrInstant, 'isKoreanPublicHoliday');
}
