/**
 * Writes the holiday data the rule functions load, in the form they look it up (issue 24: nothing is rebuilt
 * at start-up):
 * - src/support-hours/holidays.generated.ts: every holiday of 1990-2050, one string per year, each day as
 *   `MMDD` and one letter per name (a letter is an index into the table of names). 1990-2017 are the record of
 *   data/holidays/history.ts, 2018-2027 the vendored gazette (data/holidays/gazette.generated.ts), later years
 *   what src/support-hours/projection.ts projects from the rules;
 * - src/support-hours/holidayBasis.generated.ts: the basis of each day of 1990-2027 (issue 23), one letter per
 *   day in the order of the table above, from data/holidays/designations.ts and the names (see `basisOf`).
 *
 * data/ holds the readable, cited sources and is never shipped. tests/support-hours/holidays.generated.test.ts
 * ties the shipped tables to them, and `npm run generate -- --check` (a step of `npm test`) fails when
 * regenerating would change a file.
 *
 *   npx tsx scripts/compact-holidays.ts          # write the files (npm run generate runs every generator)
 *   npx tsx scripts/compact-holidays.ts --check  # exit 1 if one is stale
 */
import { pathToFileURL } from 'node:url';
import { DESIGNATIONS, GAZETTE_CHECKED_ON, NAME_NOTES, type Designation } from '../data/holidays/designations.js';
import { GAZETTED_HOLIDAYS, type GazettedYear } from '../data/holidays/gazette.generated.js';
import { HISTORICAL_HOLIDAYS } from '../data/holidays/history.js';
import { formatDayNumber } from '../src/core/index.js';
import { projectKoreanHolidays } from '../src/support-hours/projection.js';
import { HOLIDAY_FIRST_YEAR, HOLIDAY_LAST_YEAR } from '../src/support-hours/rules.js';
import type { HolidayBasis } from '../src/support-hours/types.js';
import { writeOrCheck } from './generated.js';

/**
 * The letters that stand for a name or a basis, by index: ASCII characters that sort after every digit (a day
 * starts with its `MMDD`), none that JSON escapes.
 */
export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz:;<=>?@[]^_{|}~';

const REGULATION_NAME = 'Regulations on Holidays of Government Offices (관공서의 공휴일에 관한 규정)';
/** The year the regulation's amendment of 2006 first made a term-end election day a holiday by itself. */
const ELECTIONS_BY_REGULATION_FROM = 2007;

/** Every year of the calendar with its days (`'YYYY-MM-DD'` → names, in date order) and where they come from. */
export function holidayYears(): {
  year: number;
  source: 'historical' | 'official' | 'projected';
  days: GazettedYear;
}[] {
  const out: { year: number; source: 'historical' | 'official' | 'projected'; days: GazettedYear }[] = [];
  for (let year = HOLIDAY_FIRST_YEAR; year <= HOLIDAY_LAST_YEAR; year++) {
    const history = HISTORICAL_HOLIDAYS.get(year);
    const gazette = GAZETTED_HOLIDAYS.get(year);
    if (history !== undefined && gazette !== undefined) throw new Error(`compact-holidays: ${year} is in both sources`);
    const days =
      history ??
      gazette ??
      Object.fromEntries(
        [...projectKoreanHolidays(year)].sort(([a], [b]) => a - b).map(([day, names]) => [formatDayNumber(day), names]),
      );
    const dates = Object.keys(days);
    for (const date of dates) {
      if (!/^\d{4}-\d\d-\d\d$/.test(date) || !date.startsWith(`${year}-`))
        throw new Error(`compact-holidays: bad day ${date} in ${year}`);
      if (days[date]!.length === 0) throw new Error(`compact-holidays: ${date} has no name`);
    }
    if (dates.some((d, i) => i > 0 && d <= dates[i - 1]!))
      throw new Error(`compact-holidays: the days of ${year} are not in date order`);
    out.push({ year, source: history ? 'historical' : gazette ? 'official' : 'projected', days });
  }
  return out;
}

const designation = (d: Designation): HolidayBasis => ({
  kind: 'designation',
  publisher: d.publisher,
  title: d.title,
  date: d.date,
  ...(d.note === undefined ? {} : { note: d.note }),
});

/**
 * The basis of a recorded or gazetted day: its designation when data/holidays/designations.ts has one; else a
 * substitute day is the regulation's art. 3, an election day from 2007 the Public Official Election Act's
 * art. 34, any other day the regulation's art. 2. A day that looks designated (an election before 2007, a
 * temporary holiday) without an entry is an error, and so is a day whose names would need two bases.
 */
export function basisOf(date: string, names: readonly string[]): HolidayBasis {
  const designated = DESIGNATIONS[date];
  if (designated !== undefined) return designation(designated);
  const year = Number(date.slice(0, 4));
  const bases = names.map((name): HolidayBasis => {
    if (name.startsWith('임시공휴일')) throw new Error(`compact-holidays: ${date} ${name} needs a designation`);
    if (name.startsWith('대체공휴일')) return { kind: 'regulation', article: 'art. 3' };
    if (name.includes('선거')) {
      if (year < ELECTIONS_BY_REGULATION_FROM) throw new Error(`compact-holidays: ${date} ${name} needs a designation`);
      return { kind: 'statute', law: 'Public Official Election Act (공직선거법)', article: 'art. 34' };
    }
    const note = NAME_NOTES.find(([n, from]) => n === name && year >= from)?.[2];
    return { kind: 'regulation', article: 'art. 2', ...(note === undefined ? {} : { note }) };
  });
  const distinct = new Set(bases.map((b) => JSON.stringify(b)));
  if (distinct.size > 1) throw new Error(`compact-holidays: ${date} (${names.join(', ')}) has several bases`);
  return bases[0]!;
}

/** Appends `value` to `table` unless an equal value is there; its index as a letter. */
function letterOf<T>(table: T[], value: T, what: string): string {
  const key = JSON.stringify(value);
  let i = table.findIndex((v) => JSON.stringify(v) === key);
  if (i < 0) i = table.push(value) - 1;
  if (i >= LETTERS.length) throw new Error(`compact-holidays: more than ${LETTERS.length} ${what}`);
  return LETTERS[i]!;
}

export interface EncodedHolidays {
  readonly names: readonly string[];
  /** One string per year from HOLIDAY_FIRST_YEAR: per day `MMDD` then a letter per name. */
  readonly years: readonly string[];
  readonly historyLastYear: number;
  readonly gazetteFirstYear: number;
  readonly gazetteLastYear: number;
  readonly bases: readonly HolidayBasis[];
  /** One string per recorded or gazetted year: a letter per day, in the order of `years`. */
  readonly basisYears: readonly string[];
}

export function encodeHolidays(): EncodedHolidays {
  const names: string[] = [];
  const bases: HolidayBasis[] = [];
  const years: string[] = [];
  const basisYears: string[] = [];
  const all = holidayYears();
  for (const { source, days } of all) {
    let text = '';
    let basis = '';
    for (const [date, dayNames] of Object.entries(days)) {
      text += date.slice(5, 7) + date.slice(8) + dayNames.map((n) => letterOf(names, n, 'names')).join('');
      if (source !== 'projected') basis += letterOf(bases, basisOf(date, dayNames), 'bases');
    }
    years.push(text);
    if (source !== 'projected') basisYears.push(basis);
  }
  for (const date of Object.keys(DESIGNATIONS)) {
    const year = all.find((y) => y.year === Number(date.slice(0, 4)));
    if (year?.days[date] === undefined || year.source === 'projected')
      throw new Error(`compact-holidays: the designation of ${date} is for no recorded or gazetted holiday`);
  }
  const yearsOf = (s: string) => all.filter((y) => y.source === s).map((y) => y.year);
  const history = yearsOf('historical');
  const gazette = yearsOf('official');
  if (
    history[0] !== HOLIDAY_FIRST_YEAR ||
    gazette[0] !== history.at(-1)! + 1 ||
    basisYears.length !== all.length - yearsOf('projected').length
  )
    throw new Error('compact-holidays: the recorded years must be followed by the gazetted ones from the first year');
  return {
    names,
    years,
    historyLastYear: history.at(-1)!,
    gazetteFirstYear: gazette[0]!,
    gazetteLastYear: gazette.at(-1)!,
    bases,
    basisYears,
  };
}

const COMMAND = 'do not edit. Regenerate: npm run generate (or npx tsx scripts/compact-holidays.ts)';

/** The text of both generated files, by path relative to the repository. */
export function holidayFiles(): Map<string, string> {
  const e = encodeHolidays();
  const lines = (items: readonly string[], year: number) =>
    items.map((s, i) => `  ${JSON.stringify(s)}, // ${year + i}`).join('\n');
  const table = `// Generated by scripts/compact-holidays.ts from data/holidays/ and src/support-hours/projection.ts: ${COMMAND}
/**
 * support.public-holidays: every public holiday of ${HOLIDAY_FIRST_YEAR}-${HOLIDAY_LAST_YEAR} as the lookups use it
 * (src/support-hours/holidayTable.ts decodes a year in microseconds; nothing is projected at start-up).
 * ${HOLIDAY_FIRST_YEAR}-${e.historyLastYear}: the record (data/holidays/history.ts); ${e.gazetteFirstYear}-${e.gazetteLastYear}: the gazette
 * (data/holidays/gazette.generated.ts); later years: the projection from the rules.
 */

/** Every holiday name, once; a day names one by its letter (\`A\` is the first). */
export const HOLIDAY_NAMES: readonly string[] = ${JSON.stringify(e.names)};

/** The letters that index HOLIDAY_NAMES and HOLIDAY_BASES. */
export const HOLIDAY_LETTERS = ${JSON.stringify(LETTERS)};

/** One string per year from ${HOLIDAY_FIRST_YEAR}: per day, in date order, \`MMDD\` then one letter per name. */
export const HOLIDAY_TABLE: readonly string[] = [
${lines(e.years, HOLIDAY_FIRST_YEAR)}
];

/** The last year of the record, then the first and last of the gazette; later years are projected. */
export const HISTORY_LAST_YEAR = ${e.historyLastYear};
export const GAZETTE_FIRST_YEAR = ${e.gazetteFirstYear};
export const GAZETTE_LAST_YEAR = ${e.gazetteLastYear};

/**
 * The date the gazette copy was last compared with the latest release of its source, \`'YYYY-MM-DD'\`.
 *
 * @example
 * HOLIDAY_DATA_CHECKED_ON //=> '${GAZETTE_CHECKED_ON}'
 * @see support.public-holidays
 */
export const HOLIDAY_DATA_CHECKED_ON: string = ${JSON.stringify(GAZETTE_CHECKED_ON)};
`;
  const basis = `// Generated by scripts/compact-holidays.ts from data/holidays/: ${COMMAND}
/**
 * support.public-holidays: the basis of each holiday of ${HOLIDAY_FIRST_YEAR}-${e.gazetteLastYear} (issue 23). The regulation is
 * the ${REGULATION_NAME}.
 */
import type { HolidayBasis } from './types.js';

/** Every basis, once; a day names one by its letter in HOLIDAY_LETTERS. */
export const HOLIDAY_BASES: readonly HolidayBasis[] = [
${e.bases.map((b) => `  ${JSON.stringify(b)},`).join('\n')}
];

/** One string per year from ${HOLIDAY_FIRST_YEAR} to ${e.gazetteLastYear}: a letter per day, in the order of HOLIDAY_TABLE. */
export const HOLIDAY_BASIS_TABLE: readonly string[] = [
${lines(e.basisYears, HOLIDAY_FIRST_YEAR)}
];
`;
  return new Map([
    ['src/support-hours/holidays.generated.ts', table],
    ['src/support-hours/holidayBasis.generated.ts', basis],
  ]);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) writeOrCheck('compact-holidays', holidayFiles());
