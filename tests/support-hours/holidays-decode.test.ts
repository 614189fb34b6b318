import { describe, expect, it } from 'vitest';
import {
  decode,
  decodeGazettedHolidays,
  decodeHistoricalHolidays,
} from '../../src/support-hours/holidays.generated.js';
import { HISTORICAL_HOLIDAYS } from '../../src/support-hours/history.js';
import { GAZETTED_HOLIDAYS, type GazettedYear } from '../../src/support-hours/official.js';

// The decoder of the compact holiday data, called afresh: historicalHolidays() and gazettedHolidays()
// memoize it, so a test calling them sees what some earlier test decoded. The expected values are the
// cited records themselves (history.ts, official.ts), never the generator.

/** A year's days as `[date, names]` in the map's own order, so the order is compared too. */
const entries = (map: ReadonlyMap<number, GazettedYear>): [number, [string, readonly string[]][]][] =>
  [...map].map(([year, days]) => [year, Object.entries(days)]);

describe('support.public-holidays: decoding the compact holiday data', () => {
  it('1990-2017 decode to exactly the record of history.ts, year by year, date by date, name by name, in date order', () => {
    const decoded = decodeHistoricalHolidays();
    expect([...decoded.keys()]).toEqual([
      1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008,
      2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017,
    ]);
    expect(entries(decoded)).toEqual(entries(HISTORICAL_HOLIDAYS));
  });

  it('2018-2027 decode to exactly the gazette of official.ts, year by year, date by date, name by name, in date order', () => {
    const decoded = decodeGazettedHolidays();
    expect([...decoded.keys()]).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(entries(decoded)).toEqual(entries(GAZETTED_HOLIDAYS));
  });

  it('days the record adds to the projection land in date order (1991-03-26 and 06-20, 2015-08-14, 2017-10-02)', () => {
    const history = decodeHistoricalHolidays();
    expect(Object.entries(history.get(1991)!).slice(6, 13)).toEqual([
      ['1991-03-26', ['시ㆍ군ㆍ구의회의원선거']],
      ['1991-04-05', ['식목일']],
      ['1991-05-05', ['어린이날']],
      ['1991-05-21', ['부처님 오신 날']],
      ['1991-06-06', ['현충일']],
      ['1991-06-20', ['시ㆍ도의회의원선거']],
      ['1991-07-17', ['제헌절']],
    ]);
    expect(Object.keys(history.get(2015)!).slice(7, 10)).toEqual(['2015-06-06', '2015-08-14', '2015-08-15']);
    expect(Object.entries(history.get(2017)!).slice(-7, -1)).toEqual([
      ['2017-10-02', ['임시공휴일']],
      ['2017-10-03', ['개천절', '추석 전날']],
      ['2017-10-04', ['추석']],
      ['2017-10-05', ['추석 다음 날']],
      ['2017-10-06', ['대체공휴일(추석)']],
      ['2017-10-09', ['한글날']],
    ]);
    expect(Object.entries(history.get(2017)!).at(-1)).toEqual(['2017-12-25', ['기독탄신일']]);
  });

  // The format (scripts/compact-holidays.ts): per year `YYYY=`, then per day `MMDD` and one letter per
  // name (A is the first name of the table: the 1991-03-26 election, B the 1991-06-20 one), or `-` for a
  // projected day that is no holiday. The recorded data uses neither `-` nor a day of two letters.
  const y2019 = Object.entries(GAZETTED_HOLIDAYS.get(2019)!);

  it("a '-' removes a projected day, and a day of several letters gets every name, in order", () => {
    const decoded = decode(2019, 2019, '2019=0101-0505BA');
    expect([...decoded.keys()]).toEqual([2019]);
    expect(Object.entries(decoded.get(2019)!)).toEqual([
      ...y2019.slice(1, 5),
      ['2019-05-05', ['시ㆍ도의회의원선거', '시ㆍ군ㆍ구의회의원선거']],
      ...y2019.slice(6),
    ]);
    expect(y2019[0]).toEqual(['2019-01-01', ['1월 1일']]);
    expect(y2019[5]).toEqual(['2019-05-05', ['어린이날']]);
  });

  it('a year the diff does not name is the projection, and every year of the range is there', () => {
    const decoded = decode(2018, 2019, '2018=0102A,2019=0101-');
    expect([...decoded.keys()]).toEqual([2018, 2019]);
    expect(Object.entries(decoded.get(2018)!)).toEqual([
      ['2018-01-01', ['1월 1일']],
      ['2018-01-02', ['시ㆍ군ㆍ구의회의원선거']],
      ...Object.entries(GAZETTED_HOLIDAYS.get(2018)!).slice(1),
    ]);
    expect(Object.entries(decoded.get(2019)!)).toEqual(y2019.slice(1));
    expect(Object.entries(decode(2019, 2019, '').get(2019)!)).toEqual(y2019);
  });
});
