import * as GAZETTE from '@hyunbinseo/holidays-kr/all';
import { describe, expect, it } from 'vitest';
import { RuleInputError } from '../../src/core/index.js';
import { isKoreanPublicHoliday, koreanPublicHolidays } from '../../src/support-hours/index.js';
import { LUNAR_HOLIDAY_TABLE } from '../../src/support-hours/lunarTable.js';
import { lunarHolidayRow } from '../../scripts/lunar-holidays.js';

const dates = (year: number, source?: 'projected' | 'official') => koreanPublicHolidays(year, source && { source }).map((h) => h.date);
const namesOn = (date: string, source?: 'projected') => koreanPublicHolidays(Number(date.slice(0, 4)), source && { source }).find((h) => h.date === date)?.names;

describe('support.public-holidays: the projection against the gazette', () => {
  // Temporary holidays and snap elections cannot be projected: these are the only gazetted days missing.
  const UNPROJECTABLE = {
    '2020-08-17': '임시공휴일',
    '2023-10-02': '임시공휴일',
    '2024-10-01': '임시공휴일',
    '2025-01-27': '임시공휴일',
    '2025-06-03': '임시공휴일(대통령선거)',
  };

  it.each(Object.keys(GAZETTE).map((k) => Number(k.slice(1))))('%i: every gazetted day is projected, with its names, except temporary holidays and snap elections', (year) => {
    const gazette = (GAZETTE as Record<string, Record<string, readonly string[]>>)[`y${year}`]!;
    const projected = new Map(koreanPublicHolidays(year, { source: 'projected' }).map((h) => [h.date, h.names]));
    const missing = Object.entries(gazette).filter(([d]) => !projected.has(d));
    expect(Object.fromEntries(missing.map(([d, n]) => [d, n.join()]))).toEqual(Object.fromEntries(Object.entries(UNPROJECTABLE).filter(([d]) => d.startsWith(`${year}`))));
    expect([...projected.keys()].filter((d) => !(d in gazette))).toEqual([]);
    for (const [d, names] of Object.entries(gazette)) {
      if (!projected.has(d)) continue;
      // Election names carry the term number in the gazette ('제21대 국회의원선거').
      if (names.join().includes('선거')) expect(projected.get(d)!.join()).toMatch(/선거$/);
      else expect(projected.get(d)).toEqual(names);
    }
  });

  it('marks gazetted years official and others projected', () => {
    expect(new Set(koreanPublicHolidays(2026).map((h) => h.source))).toEqual(new Set(['official']));
    expect(new Set(koreanPublicHolidays(2026, { source: 'projected' }).map((h) => h.source))).toEqual(new Set(['projected']));
    expect(new Set(koreanPublicHolidays(2030).map((h) => h.source))).toEqual(new Set(['projected']));
    expect(new Set(koreanPublicHolidays(2017).map((h) => h.source))).toEqual(new Set(['projected']));
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
    ['2013-09-23', 'no substitutes before 2014 (Chuseok on Sunday 2013-09-22... none)'],
    ['2020-08-17', 'no substitute for Liberation Day before 2021 (in the projection)'],
    ['2022-12-26', 'no substitute for Christmas before 2023'],
    ['2021-06-07', "Memorial Day never earns one (2020-06-06 Saturday, 2021-06-06 Sunday)"],
    ['2022-01-03', "New Year's Day never earns one (2022-01-01 Saturday)"],
  ])('%s is not a substitute: %s', (date) => {
    expect(namesOn(date, 'projected')).toBeUndefined();
  });

  it('one substitute covers one overlap: 2025-05-05 (Children\'s Day and Buddha\'s Birthday) gives only 05-06', () => {
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
  ])('%s is a %s %s', (date, name) => {
    expect(namesOn(date, Number(date.slice(0, 4)) >= 2018 && Number(date.slice(0, 4)) <= 2027 ? 'projected' : undefined)).toEqual([name]);
  });

  it('projects no presidential election in 2027 (the 2025 snap election reset the term) and none in 2017 (snap, not projectable)', () => {
    expect(koreanPublicHolidays(2027).some((h) => h.names.join().includes('대통령'))).toBe(false);
    expect(koreanPublicHolidays(2017).some((h) => h.names.join().includes('선거'))).toBe(false);
  });
});

describe('koreanPublicHolidays and isKoreanPublicHoliday inputs', () => {
  it('accepts an instant and uses its KST date', () => {
    expect(isKoreanPublicHoliday('2026-09-24T15:00:00Z')).toBe(true); // 2026-09-25 00:00 KST
    expect(isKoreanPublicHoliday('2026-09-26T15:00:00Z')).toBe(false); // 2026-09-27 00:00 KST, a plain Sunday
    expect(isKoreanPublicHoliday(new Date('2026-09-24T14:59:59.999Z'))).toBe(true);
  });

  it.each([1989, 2051, -5, 1e9])('support.public-holidays: year %s is out of range, an error never an empty list', (year) => {
    expect(() => koreanPublicHolidays(year)).toThrow(RuleInputError);
    try {
      koreanPublicHolidays(year);
    } catch (e) {
      expect((e as RuleInputError).issues[0]!.code).toBe('year-out-of-range');
    }
  });

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

  it.each([null, undefined, '2026', {}, [], 1.5, NaN, { __proto__: null }, Object.freeze([2026])])('garbage %s throws RuleInputError from both', (bad) => {
    for (const f of [() => koreanPublicHolidays(bad as never), () => isKoreanPublicHoliday(bad as never)]) {
      try {
        f();
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(RuleInputError);
        expect((e as RuleInputError).issues.length).toBeGreaterThan(0);
      }
    }
  });

  it.each([null, '2026', [], 1, { source: 'gazette' }, { sources: 'projected' }])('bad options %s throw RuleInputError', (bad) => {
    expect(() => koreanPublicHolidays(2026, bad as never)).toThrow(RuleInputError);
  });

  it('returns new arrays each call (callers may mutate them)', () => {
    const a = koreanPublicHolidays(2026);
    a[0]!.names.push('x');
    expect(koreanPublicHolidays(2026)[0]).toEqual({ date: '2026-01-01', names: ['1월 1일'], source: 'official' });
  });
});
