/**
 * Generator input (scripts/compact-holidays.ts), never shipped: where each holiday of 1990-2027 comes from,
 * for the days the rules alone do not explain. Hand-kept: change an entry only with a source, and say in
 * `note` what the sources leave open.
 *
 * Every other day's basis follows from its name (scripts/compact-holidays.ts, `basisOf`):
 * - the fixed and lunar days: the Regulations on Holidays of Government Offices (관공서의 공휴일에 관한 규정,
 *   Presidential Decree), art. 2, the article that lists the public holidays;
 * - substitute days (대체공휴일, from the 2013-11-05 amendment): the same regulation, art. 3;
 * - the election day of a term-end election from 2007 (the regulation lists it since the 2006 amendment): the
 *   Public Official Election Act (공직선거법), art. 34, which fixes that day.
 * Election days up to 2006-05-31 and snap elections were temporary holidays designated each time, and so are
 * listed here with the other temporary holidays. The generator fails on a designated-looking day (an election
 * before 2007, a 임시공휴일) missing from this table, and on an entry that is no holiday of the data.
 */

/** A designation: who designated or announced it, the item as reported, and the date of the decision. */
export interface Designation {
  readonly publisher: string;
  readonly title: string;
  /** `'YYYY-MM-DD'` of the decision or announcement, or null when the sources found give none. */
  readonly date: string | null;
  /** What the sources leave open, or where the designation is reported. */
  readonly note?: string;
}

/**
 * The date the vendored gazette (data/holidays/gazette.generated.ts, from `@hyunbinseo/holidays-kr`) was last
 * compared with the latest published version of its source: set it whenever you check, changed or not.
 * Shipped as `HOLIDAY_DATA_CHECKED_ON`.
 */
export const GAZETTE_CHECKED_ON = '2026-12-06';

/** Before 2006, every nationwide election day was a temporary holiday designated by the government. */
const ELECTION_BEFORE_2006: Designation = {
  publisher: 'Government of the Republic of Korea',
  title: 'Election day designated a temporary holiday (임시공휴일)',
  date: null,
  note: 'Designated each time until 2006 (Dong-A Ilbo, 2006-04-25); the notice of this election was not found.',
};

/** Designated days, by `'YYYY-MM-DD'`. */
export const DESIGNATIONS: Readonly<Record<string, Designation>> = {
  '1991-03-26': ELECTION_BEFORE_2006,
  '1991-06-20': ELECTION_BEFORE_2006,
  '1992-03-24': ELECTION_BEFORE_2006,
  '1992-12-18': ELECTION_BEFORE_2006,
  '1995-06-27': ELECTION_BEFORE_2006,
  '1996-04-11': ELECTION_BEFORE_2006,
  '1997-12-18': ELECTION_BEFORE_2006,
  '1998-06-04': ELECTION_BEFORE_2006,
  '2000-04-13': ELECTION_BEFORE_2006,
  '2002-06-13': ELECTION_BEFORE_2006,
  '2002-07-01': {
    publisher: 'Government of the Republic of Korea',
    title: 'Temporary holiday after the 2002 FIFA World Cup (임시공휴일)',
    date: null,
    note: "Listed among past temporary holidays by the Ministry of Personnel Management (YTN, 2015-08-04); the decision's date was not found.",
  },
  '2002-12-19': ELECTION_BEFORE_2006,
  '2004-04-15': ELECTION_BEFORE_2006,
  '2006-05-31': {
    publisher: 'Ministry of Government Administration and Home Affairs (행정자치부)',
    title: 'Local election day designated a temporary holiday (임시공휴일)',
    date: null,
    note: 'The last election day designated so, reported by Dong-A Ilbo and Seoul Economic Daily on 2006-04-25.',
  },
  '2015-08-14': {
    publisher: 'Ministry of Personnel Management (인사혁신처)',
    title: 'Temporary holiday for the 70th anniversary of liberation (임시공휴일 지정)',
    date: '2015-08-04',
    note: 'Cabinet decision of 2015-08-04 (YTN, 2015-08-04).',
  },
  '2016-05-06': {
    publisher: 'Ministry of Personnel Management (인사혁신처)',
    title: "Temporary holiday after Children's Day (임시공휴일 지정)",
    date: null,
    note: 'Designated in April 2016 (Korea Economic Daily, 2016-04-26); the exact date of the decision was not checked.',
  },
  '2017-05-09': {
    publisher: 'Ministry of the Interior (행정자치부) and Ministry of Personnel Management (인사혁신처)',
    title: '19th presidential election day designated a temporary holiday (임시공휴일)',
    date: '2017-03-15',
    note: 'A snap election, not a term-end one: Cabinet decision of 2017-03-15 (News1 and Kuki News, 2017-03-15).',
  },
  '2017-10-02': {
    publisher: 'Ministry of Personnel Management (인사혁신처)',
    title: '10월 2일 임시공휴일 지정안',
    date: '2017-09-05',
    note: 'Cabinet decision of 2017-09-05 (HuffPost Korea and Korea Economic Daily, 2017-09-05).',
  },
  '2020-08-17': {
    publisher: 'Ministry of Personnel Management (인사혁신처)',
    title: '8월 17일 임시공휴일 지정안',
    date: '2020-07-21',
    note: 'Cabinet decision of 2020-07-21, then the president’s approval and notice in the Official Gazette.',
  },
  '2023-10-02': {
    publisher: 'Ministry of Personnel Management (인사혁신처)',
    title: '10월 2일 임시공휴일 지정안',
    date: '2023-09-05',
    note: 'Cabinet decision of 2023-09-05, then the president’s approval and notice in the Official Gazette.',
  },
  '2024-10-01': {
    publisher: 'Ministry of Personnel Management (인사혁신처)',
    title: '국군의날 임시공휴일 지정안',
    date: '2024-09-03',
    note: 'Cabinet decision of 2024-09-03, approved by the president the same day.',
  },
  '2025-01-27': {
    publisher: 'Ministry of Personnel Management (인사혁신처)',
    title: '1월 27일 임시공휴일 지정안',
    date: '2025-01-14',
    note: 'Cabinet decision of 2025-01-14, then notice in the Official Gazette.',
  },
  '2025-06-03': {
    publisher: 'Ministry of the Interior and Safety (행정안전부) and Ministry of Personnel Management (인사혁신처)',
    title: '21st presidential election day designated a temporary holiday (임시공휴일)',
    date: '2025-04-08',
    note: 'A snap election (Public Official Election Act art. 35): Cabinet decision of 2025-04-08 setting the election day and designating it.',
  },
};

/**
 * Caveats shown with a day of the regulation's art. 2, by name, from a year: `[name, first year, note]`.
 */
export const NAME_NOTES: readonly (readonly [string, number, string])[] = [
  [
    '노동절',
    2026,
    'A public holiday from 2026 in the gazette copy; the amendment that made it one was not checked here.',
  ],
  [
    '제헌절',
    2026,
    'A public holiday again from 2026 (the Public Holidays Act amendment of early 2026, then the regulation); the amended article was not checked here.',
  ],
];
