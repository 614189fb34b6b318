import { dateFromDayNumber, dayNumberFromDate, weekdayOfDayNumber } from '../core/index.js';
import {
  GENERAL_ELECTION_DAYS_BEFORE,
  HOLIDAY_FIRST_YEAR,
  HOLIDAY_LAST_YEAR,
  LOCAL_ELECTION_DAYS_BEFORE,
  PRESIDENTIAL_ELECTION_DAYS_BEFORE,
} from './rules.js';
import { LUNAR_HOLIDAY_TABLE } from './lunarTable.generated.js';
import { isWeekendDay } from './holidayTable.js';

const NEVER = 10_000;

/**
 * Fixed-date holidays: [month, day, name, first year, last year, first year with a substitute day].
 * Sources: the regulation and its amendments (Armed Forces Day and Hangeul Day dropped from 1991,
 * 1월 2일 from 1999, Arbor Day from 2006, Constitution Day from 2008; Hangeul Day back in 2013;
 * Labor Day and Constitution Day from 2026).
 */
const FIXED: readonly (readonly [number, number, string, number, number, number])[] = [
  [1, 1, '1월 1일', 0, NEVER, NEVER],
  [1, 2, '1월 2일', 0, 1998, NEVER],
  [3, 1, '3ㆍ1절', 0, NEVER, 2021],
  [4, 5, '식목일', 0, 2005, NEVER],
  [5, 1, '노동절', 2026, NEVER, 2026],
  [5, 5, '어린이날', 0, NEVER, 2014],
  [6, 6, '현충일', 0, NEVER, NEVER],
  [7, 17, '제헌절', 0, 2007, NEVER],
  [7, 17, '제헌절', 2026, NEVER, 2026],
  [8, 15, '광복절', 0, NEVER, 2021],
  [10, 1, '국군의 날', 0, 1990, NEVER],
  [10, 3, '개천절', 0, NEVER, 2021],
  [10, 9, '한글날', 0, 1990, NEVER],
  [10, 9, '한글날', 2013, NEVER, 2021],
  [12, 25, '기독탄신일', 0, NEVER, 2023],
];

/** Seollal and Chuseok blocks get substitutes from 2014, Buddha's Birthday from 2023. */
const BLOCK_SUBSTITUTE_SINCE = 2014;
const BUDDHA_SUBSTITUTE_SINCE = 2023;
/** Election day: Thursday under the 1994 act, Wednesday from the 2004 amendment (first used in 2006). */
const ELECTION_WEDNESDAY_SINCE = 2005;
/** Scheduled elections under art. 34: National Assembly terms end May 29 (every 4 years from 1996), local terms June 30 (from 1998). */
const GENERAL_TERM_END_FIRST_YEAR = 1996;
const LOCAL_TERM_END_FIRST_YEAR = 1998;
/**
 * Ends of presidential terms that ran their course (the 2017 and 2025 snap elections cut two terms
 * short), then every 5 years from the term that ends 2030-06-03.
 */
const PRESIDENTIAL_TERM_ENDS: readonly (readonly [number, number, number])[] = [
  [1998, 2, 24],
  [2003, 2, 24],
  [2008, 2, 24],
  [2013, 2, 24],
  [2022, 5, 9],
];
const PRESIDENTIAL_TERM_END_2030: readonly [number, number] = [6, 3];

/**
 * How a holiday earns a substitute day (support.substitute-holidays): `block` (Seollal, Chuseok) when
 * a day of the block is a Sunday or another holiday; `single` on a Saturday, a Sunday or another
 * holiday; `undefined` never.
 */
type Substitute = 'block' | 'single' | undefined;

interface Base {
  readonly day: number;
  readonly name: string;
  readonly substitute: Substitute;
  /** The name inside `대체공휴일(...)`. */
  readonly of: string;
}

function lunarDay(year: number, column: number): number {
  const md = LUNAR_HOLIDAY_TABLE[(year - HOLIDAY_FIRST_YEAR) * 3 + column]!;
  return dayNumberFromDate(year, Math.floor(md / 100), md % 100);
}

function baseHolidays(year: number): Base[] {
  const list: Base[] = [];
  for (const [month, day, name, since, until, subSince] of FIXED) {
    if (year >= since && year <= until) {
      list.push({
        day: dayNumberFromDate(year, month, day),
        name,
        substitute: year >= subSince ? 'single' : undefined,
        of: name,
      });
    }
  }
  const block = year >= BLOCK_SUBSTITUTE_SINCE ? 'block' : undefined;
  for (const [column, of, names] of [
    [0, '설날', ['설날 전날', '설날', '설날 다음 날']],
    [2, '추석', ['추석 전날', '추석', '추석 다음 날']],
  ] as const) {
    const day = lunarDay(year, column);
    for (const [i, name] of names.entries()) list.push({ day: day - 1 + i, name, substitute: block, of });
  }
  const buddha = year >= BUDDHA_SUBSTITUTE_SINCE ? 'single' : undefined;
  list.push({ day: lunarDay(year, 1), name: '부처님 오신 날', substitute: buddha, of: '부처님 오신 날' });
  return list;
}

/**
 * Substitute days: one per day on which an eligible holiday overlaps a Sunday (any eligible), a
 * Saturday (single days only) or another holiday; each is the first later day that is neither a
 * weekend nor a holiday, taken in date order so substitutes chain.
 */
function substitutes(base: readonly Base[], holidays: ReadonlyMap<number, readonly string[]>): [number, string][] {
  const triggers = new Map<number, string>();
  for (const h of base) {
    const w = weekdayOfDayNumber(h.day);
    const overlaps = holidays.get(h.day)!.length > 1;
    if (
      (h.substitute === 'block' && (w === 0 || overlaps)) ||
      (h.substitute === 'single' && (w === 0 || w === 6 || overlaps))
    ) {
      triggers.set(h.day, h.of);
    }
  }
  const taken = new Set(holidays.keys());
  const out: [number, string][] = [];
  for (const [day, of] of [...triggers].sort((a, b) => a[0] - b[0])) {
    let s = day + 1;
    while (isWeekendDay(s) || taken.has(s)) s++;
    taken.add(s);
    out.push([s, `대체공휴일(${of})`]);
  }
  return out;
}

/** The first `weekday` on or after `day`, moved a week when it or a neighbouring day is a holiday. */
function electionDay(termEnd: number, daysBefore: number, year: number, isHoliday: (day: number) => boolean): number {
  const start = termEnd - daysBefore;
  // Stryker disable next-line EqualityOperator: no scheduled election falls in 2005, so >= and > pick the same weekday for every election
  const weekday = year >= ELECTION_WEDNESDAY_SINCE ? 3 : 4;
  const day = start + ((weekday - weekdayOfDayNumber(start) + 7) % 7);
  return isHoliday(day) || isHoliday(day - 1) || isHoliday(day + 1) ? day + 7 : day;
}

const PRESIDENTIAL_ENDS: readonly (readonly [number, number, number])[] = [
  ...PRESIDENTIAL_TERM_ENDS,
  ...Array.from({ length: 6 }, (_, i) => [2030 + 5 * i, ...PRESIDENTIAL_TERM_END_2030] as const),
];

/** Term ends on `month`/`day` every 4 years from `first` through the calendar, as [year, month, day]. */
const every4Years = (first: number, month: number, day: number): (readonly [number, number, number])[] =>
  Array.from(
    { length: Math.floor((HOLIDAY_LAST_YEAR - first) / 4) + 1 },
    (_, i) => [first + 4 * i, month, day] as const,
  );

/** Scheduled elections: the ends of the terms they fill, how many days before an end the window opens, the name. */
const SCHEDULED_ELECTIONS: readonly (readonly [readonly (readonly [number, number, number])[], number, string])[] = [
  [every4Years(GENERAL_TERM_END_FIRST_YEAR, 5, 29), GENERAL_ELECTION_DAYS_BEFORE, '국회의원선거'],
  [every4Years(LOCAL_TERM_END_FIRST_YEAR, 6, 30), LOCAL_ELECTION_DAYS_BEFORE, '전국동시지방선거'],
  [PRESIDENTIAL_ENDS, PRESIDENTIAL_ELECTION_DAYS_BEFORE, '대통령선거'],
];

/** Scheduled elections whose day falls in `year` (support.election-days), as [day, name]. */
function elections(year: number, isHoliday: (day: number) => boolean): [number, string][] {
  const out: [number, string][] = [];
  for (const [ends, daysBefore, name] of SCHEDULED_ELECTIONS) {
    for (const [y, m, d] of ends) {
      // The window opens `daysBefore` days before the term ends: in December of the year before for a February end.
      const day = electionDay(dayNumberFromDate(y, m, d), daysBefore, year, isHoliday);
      if (dateFromDayNumber(day).year === year) out.push([day, name]);
    }
  }
  return out;
}

function group(pairs: Iterable<readonly [number, string]>): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const [day, name] of pairs) {
    const names = map.get(day);
    if (names === undefined) map.set(day, [name]);
    else names.push(name);
  }
  return map;
}

/**
 * The projected public holidays of `year` (support.public-holidays): fixed and lunar holidays in
 * force that year, scheduled elections, and substitute days, in no particular order (the calendar
 * sorts). No temporary holidays or snap elections: they cannot be projected. `year` must be within
 * the lunar table (caller checks).
 */
export function projectKoreanHolidays(year: number): Map<number, string[]> {
  const base = baseHolidays(year);
  const named = base.map((h) => [h.day, h.name] as const);
  const basic = group(named);
  // Elections move off holidays, substitutes skip elections: elections first against a provisional calendar.
  // Stryker disable next-line ArrowFunction: no scheduled election of 1990-2050 falls on or next to a substitute day (checked year by year), so dropping these changes no answer; the rule still needs them
  const provisional = new Set([...basic.keys(), ...substitutes(base, basic).map(([day]) => day)]);
  const fixed = [...named, ...elections(year, (d) => provisional.has(d))];
  return group([...fixed, ...substitutes(base, group(fixed))]);
}
