import { describe, expect, it } from 'vitest';
import { isAgentChatOpen, isKoreanPublicHoliday, koreanPublicHolidays } from '../../src/support-hours/index.js';
import { HISTORICAL_HOLIDAYS } from '../../data/holidays/history.js';
import { REFERENCE_HOLIDAYS } from './history.reference.js';
import { thrown } from '../helpers.js';

const YEARS = Array.from({ length: 38 }, (_, i) => 1990 + i);
const mmdd = (year: number, source?: 'projected') =>
  koreanPublicHolidays(year, source && { source }).map((h) => h.date.slice(5).replace('-', ''));

describe('support.public-holidays: every year 1990-2027 against the separately typed reference', () => {
  it.each(YEARS)('%i: the same days', (year) => {
    expect(mmdd(year).join(' ')).toBe(REFERENCE_HOLIDAYS[year]);
  });

  it('the reference covers exactly 1990-2027', () => {
    expect(Object.keys(REFERENCE_HOLIDAYS).map(Number)).toEqual(YEARS);
  });
});

describe('support.public-holidays: 1990-2017 are history', () => {
  it('marks 1990-2017 historical, 2018-2027 official, later years projected', () => {
    for (const year of YEARS) {
      expect(new Set(koreanPublicHolidays(year).map((h) => h.source))).toEqual(
        new Set([year <= 2017 ? 'historical' : 'official']),
      );
    }
    expect(new Set(koreanPublicHolidays(2028).map((h) => h.source))).toEqual(new Set(['projected']));
    expect([...HISTORICAL_HOLIDAYS.keys()]).toEqual(YEARS.filter((y) => y <= 2017));
  });

  it('keeps each day of the record inside its own year, in date order', () => {
    for (const [year, days] of HISTORICAL_HOLIDAYS) {
      const dates = Object.keys(days);
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
      expect(dates).toEqual([...dates].sort());
    }
  });

  // What the rules cannot give: the days designated one by one. Everything else of 1990-2017 is what the projection says.
  const DESIGNATED = {
    '1991-03-26': ['시ㆍ군ㆍ구의회의원선거'],
    '1991-06-20': ['시ㆍ도의회의원선거'],
    '1992-03-24': ['제14대 국회의원선거'],
    '1992-12-18': ['제14대 대통령선거'],
    '1995-06-27': ['제1회 전국동시지방선거'],
    '2002-07-01': ['임시공휴일'],
    '2015-08-14': ['임시공휴일'],
    '2016-05-06': ['임시공휴일'],
    '2017-05-09': ['임시공휴일(대통령선거)'],
    '2017-10-02': ['임시공휴일'],
  };

  it('differs from the projection of 1990-2017 by exactly the designated days (elections aside, with the same names)', () => {
    const extra: Record<string, string[]> = {};
    for (let year = 1990; year <= 2017; year++) {
      const projected = new Map(koreanPublicHolidays(year, { source: 'projected' }).map((h) => [h.date, h.names]));
      const recorded = koreanPublicHolidays(year);
      for (const h of recorded) {
        const p = projected.get(h.date);
        if (p === undefined) extra[h.date] = h.names;
        // The record numbers its elections ('제15대 국회의원선거'); the projection does not.
        else if (h.names.join().includes('선거'))
          expect([h.date, h.names.join().replace(/^제\d+(대|회) /, '')]).toEqual([h.date, p.join()]);
        else expect([h.date, h.names]).toEqual([h.date, p]);
      }
      expect(recorded.length).toBe(projected.size + Object.keys(extra).filter((d) => d.startsWith(`${year}`)).length);
    }
    expect(extra).toEqual(DESIGNATED);
  });

  it.each([
    [
      '1990-01-29',
      false,
      'the 1989-90 substitute rule left out days of a multi-day block (Seollal ended on Sunday 01-28)',
    ],
    ['1990-01-03', false, 'the New Year holiday is two days from 1989'],
    ['1990-01-02', true, '1월 2일 until 1998'],
    ['1998-01-02', true, '1월 2일 until 1998'],
    ['1999-01-02', false, '1월 2일 dropped from 1999'],
    ['1990-10-01', true, 'Armed Forces Day until 1990'],
    ['1991-10-01', false, 'Armed Forces Day dropped from 1991'],
    ['1991-10-09', false, 'Hangeul Day not a holiday 1991-2012'],
    ['2013-10-09', true, 'Hangeul Day back from 2013'],
    ['2005-04-05', true, 'Arbor Day until 2005'],
    ['2006-04-05', false, 'Arbor Day dropped from 2006'],
    ['2007-07-17', true, 'Constitution Day until 2007'],
    ['2008-07-17', false, 'Constitution Day dropped from 2008'],
    ['2013-02-12', false, 'no substitute before 2014 (Seollal 2013 on Sunday 02-10)'],
    ['2014-09-10', true, 'the first substitute holiday'],
    ['2015-09-29', true, 'substitute: Chuseok on Sunday 09-27'],
    ['2016-02-10', true, 'substitute: Seollal eve on Sunday 02-07'],
    ['2017-01-30', true, 'substitute: the day after Seollal on Sunday 01-29'],
    ['2017-10-06', true, 'substitute: Chuseok eve on Foundation Day'],
    ['2006-05-31', true, 'the last election designated as a temporary holiday'],
    ['2007-12-19', true, 'the first election a holiday by the regulation itself'],
    ['2017-12-20', false, 'the presidential election once due that day came early (2017-05-09)'],
    ['2009-08-24', false, 'no temporary holiday between 2006-05-31 and 2015-08-14'],
  ])('%s holiday: %s (%s)', (date, expected) => {
    expect(isKoreanPublicHoliday(date)).toBe(expected);
  });

  it('closes agent chat on a designated day of the past, and opens it on the day the old rule did not give', () => {
    expect(isAgentChatOpen('1995-06-27T10:00:00+09:00')).toBe(false);
    expect(isAgentChatOpen('2002-07-01T10:00:00+09:00')).toBe(false);
    expect(isAgentChatOpen('2017-05-09T10:00:00+09:00')).toBe(false);
    expect(isAgentChatOpen('2017-05-10T10:00:00+09:00')).toBe(true);
    expect(isAgentChatOpen('1990-01-29T10:00:00+09:00')).toBe(true);
  });

  it('projects a recorded year only on request, and names the history when official data is asked for', () => {
    expect(koreanPublicHolidays(2002, { source: 'projected' }).some((h) => h.date === '2002-07-01')).toBe(false);
    expect(koreanPublicHolidays(2002).find((h) => h.date === '2002-07-01')).toEqual({
      date: '2002-07-01',
      names: ['임시공휴일'],
      source: 'historical',
    });
    expect(thrown(() => koreanPublicHolidays(1995, { source: 'official' }))).toEqual({
      fn: 'koreanPublicHolidays',
      issues: [
        {
          path: ['options', 'source'],
          code: 'no-official-data',
          message: 'no gazetted data for 1995 (the data covers 2018-2027); omit source to get the recorded history',
        },
      ],
    });
  });
});
