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
// The basis of each shipped day (scripts/compact-holidays.ts, from data/holidays/designations.ts).
import { HOLIDAY_BASES, HOLIDAY_BASIS_TABLE } from './holidayBasis.generated.js';
import { GAZETTE_FIRST_YEAR, GAZETTE_LAST_YEAR, HOLIDAY_LETTERS } from './holidays.generated.js';
import { isGazettedYear, shippedHolidays, shippedSource } from './holidayTable.js';
import { projectKoreanHolidays } from './projection.js';
import { KoreanPublicHolidaysOptionsGuard } from './guards.generated.js';
import type { KoreanPublicHolidaysOptions } from './schemas.js';
import type { HolidayBasis, KoreanPublicHoliday } from './types.js';

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
  if (source === 'official' && issues.length === 0 && !isGazettedYear(year)) {
    const instead = shippedSource(year) === 'historical' ? 'the recorded history' : 'the projection';
    issues.push({
      path: ['options', 'source'],
      code: 'no-official-data',
      message: `no gazetted data for ${year} (the data covers ${GAZETTE_FIRST_YEAR}-${GAZETTE_LAST_YEAR}); omit source to get ${instead}`,
    });
  }
  if (issues.length > 0) throw new RuleInputError(fn, issues);
  const projected = source === 'projected';
  const bases = parsed?.ok && parsed.value.basis === true ? shippedBases(year) : undefined;
  return [...yearHolidays(year, projected && projectKoreanHolidays, cal.extra, cal.removed)].map(([day, h]) => {
    const holiday: KoreanPublicHoliday = { date: formatDayNumber(day), names: [...h.names], source: h.source };
    if (bases === undefined || h.source === 'custom') return holiday;
    // A caller's names on a projected day come after its own (yearHolidays) and leave its rule as it is, as a
    // caller's name on a gazetted or recorded day leaves its basis.
    const own = h.names.slice(0, h.names.length - (cal.extra.get(day)?.length ?? 0));
    const basis =
      h.source === 'projected' ? { kind: 'projection' as const, rule: projectionRule(own) } : bases.get(day)!;
    return { ...holiday, basis: { ...basis } };
  });
}

/**
 * The basis of each recorded or gazetted day of `year` by day number (none for a projected year: a projected
 * day's basis is its rule, see projectionRule).
 */
function shippedBases(year: number): Map<number, HolidayBasis> {
  const letters = HOLIDAY_BASIS_TABLE[year - HOLIDAY_FIRST_YEAR];
  if (letters === undefined) return new Map();
  return new Map(
    shippedHolidays(year).map(([day], i) => [day, HOLIDAY_BASES[HOLIDAY_LETTERS.indexOf(letters[i]!)]!] as const),
  );
}

/** The rule a projected day follows: an election day, a substitute day, or a holiday of the regulation. */
function projectionRule(names: readonly string[]): string {
  // Stryker disable next-line MethodExpression: equivalent as every, a projected election day holds no other name (agentChat.prop.test.ts), and a caller's names are left out
  if (names.some((n) => n.includes('선거'))) return 'support.election-days';
  // Stryker disable next-line MethodExpression: equivalent as some, a projected substitute day holds no other name (agentChat.prop.test.ts), and a caller's names are left out; this also silences endsWith, which holidayBasis.test.ts kills
  return names.every((n) => n.startsWith('대체공휴일')) ? 'support.substitute-holidays' : 'support.public-holidays';
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
  return cal.holidayOn(day) !== undefined;
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
 *   `source: 'official'` demands gazetted data; `basis: true` adds each day's {@link HolidayBasis} (the
 *   regulation's article, the statute, the designation by publisher, title and date, or the projection's rule).
 * @returns `{ date, names, source }` for each holiday, and `basis` when asked for.
 * @throws {RuleInputError} `invalid-type`, `year-out-of-range`, `no-official-data`, or an unknown option.
 * @example
 * koreanPublicHolidays(2026).filter((h) => h.date.startsWith('2026-09'))
 * //=> [{ date: '2026-09-24', names: ['추석 전날'], source: 'official' },
 * //    { date: '2026-09-25', names: ['추석'], source: 'official' },
 * //    { date: '2026-09-26', names: ['추석 다음 날'], source: 'official' }]
 * koreanPublicHolidays(2028)[1] //=> { date: '2028-01-26', names: ['설날 전날'], source: 'projected' }
 * koreanPublicHolidays(2002).find((h) => h.date === '2002-07-01')
 * //=> { date: '2002-07-01', names: ['임시공휴일'], source: 'historical' }
 * koreanPublicHolidays(2025, { basis: true }).slice(1, 3)
 * //=> [{ date: '2025-01-27', names: ['임시공휴일'], source: 'official', basis: { kind: 'designation',
 * //      publisher: 'Ministry of Personnel Management (인사혁신처)', title: '1월 27일 임시공휴일 지정안',
 * //      date: '2025-01-14', note: 'Cabinet decision of 2025-01-14, then notice in the Official Gazette.' } },
 * //    { date: '2025-01-28', names: ['설날 전날'], source: 'official', basis: { kind: 'regulation', article: 'art. 2' } }]
 * koreanPublicHolidays(2030, { basis: true })[0]?.basis //=> { kind: 'projection', rule: 'support.public-holidays' }
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
