import * as GAZETTE from '@hyunbinseo/holidays-kr/all';
import { describe, expect, it } from 'vitest';
import { RuleInputError } from '../../src/core/index.js';
import { createSupportSchedule, isKoreanPublicHoliday, koreanPublicHolidays } from '../../src/support-hours/index.js';
import { LUNAR_HOLIDAY_TABLE } from '../../src/support-hours/lunarTable.generated.js';
import { lunarHolidayRow } from '../../scripts/lunar-holidays.js';
import { outside } from './issues.js';
import { thrown } from '../helpers.js';

const dates = (year: number, source?: 'projected' | 'official') =>
  koreanPublicHolidays(year, source && { source }).map((h) => h.date);
const namesOn = (date: string, source?: 'projected') =>
  koreanPublicHolidays(Number(date.slice(0, 4)), source && { source }).find((h) => h.date === date)?.names;

describe('support.public-holidays: the projection against the gazette', () => {
  // Temporary holidays and snap elections cannot be projected: these are the only gazetted days missing.
  const UNPROJECTABLE = {
    '2020-08-17': '임시공휴일',
    '2023-10-02': '임시공휴일',
    '2024-10-01': '임시공휴일',
    '2025-01-27': '임시공휴일',
    '2025-06-03': '임시공휴일(대통령선거)',
  };

  it.each(Object.keys(GAZETTE).map((k) => Number(k.slice(1))))(
    '%i: every gazetted day is projected, with its names, except temporary holidays and snap elections',
    (year) => {
      const gazette = (GAZETTE as Record<string, Record<string, readonly string[]>>)[`y${year}`]!;
      const projected = new Map(koreanPublicHolidays(year, { source: 'projected' }).map((h) => [h.date, h.names]));
      const missing = Object.entries(gazette).filter(([d]) => !projected.has(d));
      expect(Object.fromEntries(missing.map(([d, n]) => [d, n.join()]))).toEqual(
        Object.fromEntries(Object.entries(UNPROJECTABLE).filter(([d]) => d.startsWith(`${year}`))),
      );
      expect([...projected.keys()].filter((d) => !(d in gazette))).toEqual([]);
      for (const [d, names] of Object.entries(gazette)) {
        if (!projected.has(d)) continue;
        // Election names carry the term number in the gazette ('제21대 국회의원선거').
        if (names.join().includes('선거')) expect(projected.get(d)!.join()).toMatch(/선거$/);
        else expect(projected.get(d)).toEqual(names);
      }
    },
  );

  it('projects a whole year, in date order: 2030', () => {
    expect(koreanPublicHolidays(2030).map((h) => `${h.date} ${h.names.join('+')}`)).toEqual([
      '2030-01-01 1월 1일',
      '2030-02-02 설날 전날',
      '2030-02-03 설날',
      '2030-02-04 설날 다음 날',
      '2030-02-05 대체공휴일(설날)',
      '2030-03-01 3ㆍ1절',
      '2030-03-27 대통령선거',
      '2030-05-01 노동절',
      '2030-05-05 어린이날',
      '2030-05-06 대체공휴일(어린이날)',
      '2030-05-09 부처님 오신 날',
      '2030-06-06 현충일',
      '2030-06-12 전국동시지방선거',
      '2030-07-17 제헌절',
      '2030-08-15 광복절',
      '2030-09-11 추석 전날',
      '2030-09-12 추석',
      '2030-09-13 추석 다음 날',
      '2030-10-03 개천절',
      '2030-10-09 한글날',
      '2030-12-25 기독탄신일',
    ]);
  });

  it('projects the first year of the calendar, 1990, with the holidays of the time (a shared day holds both names)', () => {
    expect(koreanPublicHolidays(1990, { source: 'projected' }).map((h) => `${h.date} ${h.names.join('+')}`)).toEqual([
      '1990-01-01 1월 1일',
      '1990-01-02 1월 2일',
      '1990-01-26 설날 전날',
      '1990-01-27 설날',
      '1990-01-28 설날 다음 날',
      '1990-03-01 3ㆍ1절',
      '1990-04-05 식목일',
      '1990-05-02 부처님 오신 날',
      '1990-05-05 어린이날',
      '1990-06-06 현충일',
      '1990-07-17 제헌절',
      '1990-08-15 광복절',
      '1990-10-01 국군의 날',
      '1990-10-02 추석 전날',
      '1990-10-03 개천절+추석',
      '1990-10-04 추석 다음 날',
      '1990-10-09 한글날',
      '1990-12-25 기독탄신일',
    ]);
  });

  it('marks gazetted years official, recorded years historical and later years projected', () => {
    expect(new Set(koreanPublicHolidays(2026).map((h) => h.source))).toEqual(new Set(['official']));
    expect(new Set(koreanPublicHolidays(2026, { source: 'projected' }).map((h) => h.source))).toEqual(
      new Set(['projected']),
    );
    expect(new Set(koreanPublicHolidays(2030).map((h) => h.source))).toEqual(new Set(['projected']));
    expect(new Set(koreanPublicHolidays(2017).map((h) => h.source))).toEqual(new Set(['historical']));
    expect(new Set(koreanPublicHolidays(2017, { source: 'projected' }).map((h) => h.source))).toEqual(
      new Set(['projected']),
    );
  });
});

describe('support.substitute-holidays: the Korean lunar table', () => {
  it('matches korean-lunar-calendar (KASI) for every year 1990-2050, so it cannot drift', () => {
    const rows = Array.from({ length: 61 }, (_, i) => lunarHolidayRow(1990 + i)).flat();
    expect(LUNAR_HOLIDAY_TABLE).toEqual(rows);
  });

  it.each([
    ['2027-02-07', '설날'],
    ['2028-01-27', '설날'],
    ['2023-05-27', '부처님 오신 날'],
    ['2030-09-12', '추석'],
    ['2050-01-23', '설날'],
  ])('Korean, not Chinese, dates: %s is %s', (date, name) => {
    expect(namesOn(date, 'projected')).toContain(name);
  });
});

describe('support.substitute-holidays: substitute days', () => {
  it.each([
    ['2024-02-12', ['대체공휴일(설날)']],
    ['2025-05-06', ['대체공휴일(부처님 오신 날)']],
    ['2025-10-08', ['대체공휴일(추석)']],
    ['2017-10-06', ['대체공휴일(추석)']],
    ['2014-09-10', ['대체공휴일(추석)']],
    ['2027-02-09', ['대체공휴일(설날)']],
    ['2028-10-05', ['대체공휴일(추석)']],
    ['2030-05-06', ['대체공휴일(어린이날)']],
  ])('%s is a substitute holiday', (date, names) => {
    expect(namesOn(date)).toEqual(names);
  });

  it.each([
    ['2026-09-28', 'a Saturday Chuseok day (2026-09-26) earns none'],
    ['2013-02-12', 'no substitutes before 2014 (Seollal 2013 on Sunday 02-10)'],
    ['2012-10-02', 'no substitutes before 2014 (Chuseok 2012 on Sunday 09-30)'],
    ['2020-08-17', 'no substitute for Liberation Day before 2021 (in the projection)'],
    ['2022-12-26', 'no substitute for Christmas before 2023'],
    ['2021-06-07', 'Memorial Day never earns one (2020-06-06 Saturday, 2021-06-06 Sunday)'],
    ['2022-01-03', "New Year's Day never earns one (2022-01-01 Saturday)"],
  ])('%s is not a substitute: %s', (date) => {
    expect(namesOn(date, 'projected')).toBeUndefined();
  });

  it("substitutes are handed out in date order: Buddha's Birthday (Saturday 04-30) before Labor Day (Sunday 05-01) in 2039", () => {
    expect(koreanPublicHolidays(2039).filter((h) => h.date >= '2039-04-30' && h.date <= '2039-05-05')).toEqual([
      { date: '2039-04-30', names: ['부처님 오신 날'], source: 'projected' },
      { date: '2039-05-01', names: ['노동절'], source: 'projected' },
      { date: '2039-05-02', names: ['대체공휴일(부처님 오신 날)'], source: 'projected' },
      { date: '2039-05-03', names: ['대체공휴일(노동절)'], source: 'projected' },
      { date: '2039-05-05', names: ['어린이날'], source: 'projected' },
    ]);
  });

  it.each([
    ['2021-08-16', '대체공휴일(광복절)', 'the national days earn one from 2021'],
    ['2021-10-11', '대체공휴일(한글날)', 'on a Saturday too'],
    ['2023-05-29', '대체공휴일(부처님 오신 날)', "Buddha's Birthday earns one from 2023"],
    ['2014-09-10', '대체공휴일(추석)', 'the blocks earn one from 2014'],
  ])('%s is %s: %s, the first year', (date, name) => {
    expect(namesOn(date, 'projected')).toEqual([name]);
  });

  it("one substitute covers one overlap: 2025-05-05 (Children's Day and Buddha's Birthday) gives only 05-06", () => {
    expect(dates(2025, 'projected').filter((d) => d.startsWith('2025-05'))).toEqual(['2025-05-05', '2025-05-06']);
  });
});

describe('support.public-holidays: rules in force each year', () => {
  it.each([
    ['1990-10-09', true, 'Hangeul Day until 1990'],
    ['1991-10-09', false, 'Hangeul Day not a holiday 1991-2012'],
    ['2012-10-09', false, 'Hangeul Day not a holiday 1991-2012'],
    ['2013-10-09', true, 'Hangeul Day back from 2013'],
    ['1990-10-01', true, 'Armed Forces Day until 1990'],
    ['1991-10-01', false, 'Armed Forces Day dropped from 1991'],
    ['1998-01-02', true, 'January 2 until 1998'],
    ['1999-01-02', false, 'January 2 dropped from 1999'],
    ['2005-04-05', true, 'Arbor Day until 2005'],
    ['2006-04-05', false, 'Arbor Day dropped from 2006'],
    ['2007-07-17', true, 'Constitution Day until 2007'],
    ['2008-07-17', false, 'Constitution Day dropped 2008-2025'],
    ['2025-07-17', false, 'Constitution Day dropped 2008-2025'],
    ['2026-07-17', true, 'Constitution Day again from 2026'],
    ['2025-05-01', false, 'Labor Day not a public holiday in 2025'],
    ['2026-05-01', true, 'Labor Day a public holiday from 2026'],
    ['2031-05-01', true, 'Labor Day projected after the gazette'],
  ])('%s holiday: %s (%s)', (date, expected) => {
    expect(isKoreanPublicHoliday(date)).toBe(expected);
    expect(dates(Number(date.slice(0, 4)), 'projected').includes(date)).toBe(expected);
  });
});

describe('support.election-days: scheduled elections', () => {
  it.each([
    ['2018-06-13', '전국동시지방선거', 'moved a week: 06-06 is Memorial Day'],
    ['2022-03-09', '대통령선거', 'moved a week: the day before, 03-01, is a holiday'],
    ['2020-04-15', '국회의원선거', ''],
    ['2024-04-10', '국회의원선거', ''],
    ['2026-06-03', '전국동시지방선거', ''],
    ['2028-04-12', '국회의원선거', ''],
    ['2030-03-27', '대통령선거', 'term ends 2030-06-03'],
    ['2030-06-12', '전국동시지방선거', 'moved a week: 06-06 is the day after'],
    ['2012-12-19', '대통령선거', ''],
    ['2002-06-13', '전국동시지방선거', 'Thursday rule before 2005, moved off Memorial Day'],
    ['1997-12-18', '대통령선거', 'Thursday rule before 2005'],
    ['1996-04-11', '국회의원선거', 'the first National Assembly election projected (terms end May 29 from 1996)'],
    ['1998-06-04', '전국동시지방선거', 'the first local election projected (terms end June 30 from 1998)'],
    ['2004-04-15', '국회의원선거', 'the last one on a Thursday'],
    ['2006-05-31', '전국동시지방선거', 'the first one on a Wednesday'],
    ['2007-12-19', '대통령선거', 'a February term end votes in December of the year before'],
  ])('%s is a %s %s', (date, name) => {
    // The projection's rule; before 2028 the record or the gazette holds the day (with its number: '제15대 국회의원선거').
    expect(namesOn(date, Number(date.slice(0, 4)) <= 2027 ? 'projected' : undefined)).toEqual([name]);
  });

  it.each([1990, 1991, 1992, 1993, 1994, 1995, 1999, 2001, 2003, 2005])(
    'projects no scheduled election in %i',
    (year) => {
      expect(
        koreanPublicHolidays(year, { source: 'projected' }).filter((h) => h.names.join().includes('선거')),
      ).toEqual([]);
    },
  );

  it('projects no presidential election in 2027 (the 2025 snap election reset the term) and none in 2017 (snap, not projectable)', () => {
    expect(koreanPublicHolidays(2027).some((h) => h.names.join().includes('대통령'))).toBe(false);
    expect(koreanPublicHolidays(2017, { source: 'projected' }).some((h) => h.names.join().includes('선거'))).toBe(
      false,
    );
  });
});

describe('koreanPublicHolidays and isKoreanPublicHoliday inputs', () => {
  it('accepts an instant and uses its KST date', () => {
    expect(isKoreanPublicHoliday('2026-09-24T15:00:00Z')).toBe(true); // 2026-09-25 00:00 KST
    expect(isKoreanPublicHoliday('2026-09-26T15:00:00Z')).toBe(false); // 2026-09-27 00:00 KST, a plain Sunday
    expect(isKoreanPublicHoliday(new Date('2026-09-24T14:59:59.999Z'))).toBe(true);
  });

  it.each([1989, 2051, -5, 1e9])(
    'support.public-holidays: year %s is out of range, an error never an empty list',
    (year) => {
      expect(() => koreanPublicHolidays(year)).toThrow(RuleInputError);
      try {
        koreanPublicHolidays(year);
      } catch (e) {
        expect((e as RuleInputError).issues[0]!.code).toBe('year-out-of-range');
      }
    },
  );

  it('refuses official data for a year the gazette does not cover', () => {
    expect(() => koreanPublicHolidays(2030, { source: 'official' })).toThrow(/no gazetted data for 2030/);
  });

  it.each([
    ['1989-12-31', 'year-out-of-range'],
    ['2051-01-01', 'year-out-of-range'],
    ['2026-02-30', 'invalid-date'],
    ['2026-09-25T10:00:00', 'invalid-instant'],
    ['1989-12-31T23:59:59+09:00', 'year-out-of-range'],
  ])('isKoreanPublicHoliday(%s) throws %s', (value, code) => {
    try {
      isKoreanPublicHoliday(value);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).issues[0]!.code).toBe(code);
    }
  });

  it.each([null, undefined, '2026', {}, [], 1.5, NaN, { __proto__: null }, Object.freeze([2026])])(
    'garbage %s throws RuleInputError from both',
    (bad) => {
      for (const f of [() => koreanPublicHolidays(bad as never), () => isKoreanPublicHoliday(bad as never)]) {
        try {
          f();
          expect.unreachable();
        } catch (e) {
          expect(e).toBeInstanceOf(RuleInputError);
          expect((e as RuleInputError).issues.length).toBeGreaterThan(0);
        }
      }
    },
  );

  it.each([null, '2026', [], 1, { source: 'gazette' }, { sources: 'projected' }])(
    'bad options %s throw RuleInputError',
    (bad) => {
      expect(() => koreanPublicHolidays(2026, bad as never)).toThrow(RuleInputError);
    },
  );

  it('names the function and every problem with the year and the options', () => {
    const yearIssue = (got: string) => ({
      path: ['year'],
      code: 'invalid-type',
      message: `expected an integer year; got ${got}`,
    });
    expect(thrown(() => koreanPublicHolidays(1.5))).toEqual({ fn: 'koreanPublicHolidays', issues: [yearIssue('1.5')] });
    expect(thrown(() => koreanPublicHolidays('2026' as never))).toEqual({
      fn: 'koreanPublicHolidays',
      issues: [yearIssue('"2026"')],
    });
    expect(thrown(() => koreanPublicHolidays(1989, 'x' as never))).toEqual({
      fn: 'koreanPublicHolidays',
      issues: [
        { path: ['year'], code: 'year-out-of-range', message: outside('1989') },
        { path: ['options'], code: 'invalid-type', message: 'Invalid input: expected object, received string' },
      ],
    });
    expect(thrown(() => koreanPublicHolidays(2051))).toEqual({
      fn: 'koreanPublicHolidays',
      issues: [{ path: ['year'], code: 'year-out-of-range', message: outside('2051') }],
    });
    expect(thrown(() => koreanPublicHolidays(2026, { source: 'gazette' } as never))).toEqual({
      fn: 'koreanPublicHolidays',
      issues: [
        {
          path: ['options', 'source'],
          code: 'invalid-value',
          message: 'Invalid option: expected one of "official"|"projected"',
        },
      ],
    });
  });

  it('refuses official data for a year without it, naming the years it has; a bad year is the only issue', () => {
    expect(thrown(() => koreanPublicHolidays(2030, { source: 'official' }))).toEqual({
      fn: 'koreanPublicHolidays',
      issues: [
        {
          path: ['options', 'source'],
          code: 'no-official-data',
          message: 'no gazetted data for 2030 (the data covers 2018-2027); omit source to get the projection',
        },
      ],
    });
    expect(thrown(() => koreanPublicHolidays(1989, { source: 'official' })).issues.map((i) => i.code)).toEqual([
      'year-out-of-range',
    ]);
    expect(thrown(() => koreanPublicHolidays(2026.5, { source: 'official' })).issues.map((i) => i.code)).toEqual([
      'invalid-type',
    ]);
    expect(koreanPublicHolidays(2027, { source: 'official' })[0]).toEqual({
      date: '2027-01-01',
      names: ['1월 1일'],
      source: 'official',
    });
  });

  it.each([
    [
      '2026-02-30',
      { path: ['day'], code: 'invalid-date', message: 'expected a real date as YYYY-MM-DD; got "2026-02-30"' },
    ],
    ['1989-12-31', { path: ['day'], code: 'year-out-of-range', message: outside('1989-12-31') }],
    ['2051-01-01', { path: ['day'], code: 'year-out-of-range', message: outside('2051-01-01') }],
    [
      '1989-12-31T23:59:59.999+09:00',
      { path: ['day'], code: 'year-out-of-range', message: outside('1989-12-31T14:59:59.999Z') },
    ],
    [
      '2051-01-01T00:00:00+09:00',
      { path: ['day'], code: 'year-out-of-range', message: outside('2050-12-31T15:00:00.000Z') },
    ],
    [
      '2026-09-25T10:00',
      {
        path: ['day'],
        code: 'invalid-instant',
        message: 'expected a Date, integer epoch ms or ISO-8601 string with offset; got "2026-09-25T10:00"',
      },
    ],
  ])('isKoreanPublicHoliday(%s) names itself and the issue', (value, issue) => {
    expect(thrown(() => isKoreanPublicHoliday(value))).toEqual({ fn: 'isKoreanPublicHoliday', issues: [issue] });
  });

  it.each([
    ['1990-01-01', true],
    ['1990-01-01T00:00:00+09:00', true],
    ['2050-12-30', false],
    ['2050-12-31', false],
    ['2050-12-31T23:59:59.999+09:00', false],
    ['2050-12-25', true],
  ])('the first and last days of the calendar are inside it: isKoreanPublicHoliday(%s) is %s', (value, expected) => {
    expect(isKoreanPublicHoliday(value)).toBe(expected);
  });

  it('covers the first and the last year', () => {
    expect(koreanPublicHolidays(1990)[0]).toEqual({ date: '1990-01-01', names: ['1월 1일'], source: 'historical' });
    expect(koreanPublicHolidays(2050).at(-1)).toEqual({
      date: '2050-12-26',
      names: ['대체공휴일(기독탄신일)'],
      source: 'projected',
    });
  });

  it('returns new arrays each call (callers may mutate them)', () => {
    const a = koreanPublicHolidays(2026);
    a[0]!.names.push('x');
    expect(koreanPublicHolidays(2026)[0]).toEqual({ date: '2026-01-01', names: ['1월 1일'], source: 'official' });
  });
});

describe("support.public-holidays: a caller's name on a projected day", () => {
  it('is listed after the projected names and leaves the rule the day was projected by (as on a gazetted day)', () => {
    // 2028: 10-03 holds 개천절 and 추석, so Chuseok's substitute day is 10-05; 04-12 is the general election.
    const s = createSupportSchedule({
      extraHolidays: [
        { date: '2028-10-05', name: 'Company day' },
        { date: '2028-04-12', name: 'Company day' },
        { date: '2028-01-01', name: '선거 준비' },
      ],
    });
    const on = (date: string) => s.koreanPublicHolidays(2028, { basis: true }).find((h) => h.date === date);
    expect(on('2028-10-05')).toEqual({
      date: '2028-10-05',
      names: ['대체공휴일(추석)', 'Company day'],
      source: 'projected',
      basis: { kind: 'projection', rule: 'support.substitute-holidays' },
    });
    expect(on('2028-04-12')).toEqual({
      date: '2028-04-12',
      names: ['국회의원선거', 'Company day'],
      source: 'projected',
      basis: { kind: 'projection', rule: 'support.election-days' },
    });
    // A caller's name that mentions an election does not make New Year's Day an election day.
    expect(on('2028-01-01')).toEqual({
      date: '2028-01-01',
      names: ['1월 1일', '선거 준비'],
      source: 'projected',
      basis: { kind: 'projection', rule: 'support.public-holidays' },
    });
  });
});
