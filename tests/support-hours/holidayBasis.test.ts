import { describe, expect, it } from 'vitest';
import { HOLIDAY_DATA_CHECKED_ON, createSupportSchedule, koreanPublicHolidays } from '../../src/support-hours/index.js';
import { thrown } from '../helpers.js';

// issue 23: `koreanPublicHolidays(year, { basis: true })`. Expected values are written by hand from the
// regulation (관공서의 공휴일에 관한 규정 art. 2 lists the holidays, art. 3 the substitute days), the Public
// Official Election Act art. 34, and the designations of data/holidays/designations.ts.
const ART2 = { kind: 'regulation', article: 'art. 2' };
const ART3 = { kind: 'regulation', article: 'art. 3' };
const ELECTION_ACT = { kind: 'statute', law: 'Public Official Election Act (공직선거법)', article: 'art. 34' };
const basisOf = (date: string, options: { source?: 'projected' } = {}) =>
  koreanPublicHolidays(Number(date.slice(0, 4)), { basis: true, ...options }).find((h) => h.date === date)?.basis;

describe('support.public-holidays: the basis of each day', () => {
  it('is absent unless asked for, and present on every built-in day when asked', () => {
    expect(koreanPublicHolidays(2026).some((h) => 'basis' in h)).toBe(false);
    expect(koreanPublicHolidays(2026, { basis: false }).some((h) => 'basis' in h)).toBe(false);
    for (const year of [1990, 2006, 2017, 2018, 2027, 2028, 2050])
      expect(koreanPublicHolidays(year, { basis: true }).every((h) => h.basis !== undefined)).toBe(true);
  });

  it('fixed and lunar days rest on art. 2, substitute days on art. 3', () => {
    expect(basisOf('1990-01-02')).toEqual(ART2);
    expect(basisOf('1990-10-03')).toEqual(ART2); // Foundation Day and Chuseok on one day
    expect(basisOf('2014-09-10')).toEqual(ART3); // the first substitute day
    expect(basisOf('2024-02-12')).toEqual(ART3);
    expect(basisOf('2026-09-25')).toEqual(ART2);
  });

  it('a term-end election day from 2007 rests on the Public Official Election Act art. 34', () => {
    expect(basisOf('2007-12-19')).toEqual(ELECTION_ACT);
    expect(basisOf('2024-04-10')).toEqual(ELECTION_ACT);
    expect(basisOf('2026-06-03')).toEqual(ELECTION_ACT);
  });

  it('a temporary holiday or a designated election day carries its designation by publisher, title and date', () => {
    expect(basisOf('2023-10-02')).toEqual({
      kind: 'designation',
      publisher: 'Ministry of Personnel Management (인사혁신처)',
      title: '10월 2일 임시공휴일 지정안',
      date: '2023-09-05',
      note: 'Cabinet decision of 2023-09-05, then the president’s approval and notice in the Official Gazette.',
    });
    expect(basisOf('2025-06-03')).toMatchObject({ kind: 'designation', date: '2025-04-08' });
    expect(basisOf('2017-05-09')).toMatchObject({ kind: 'designation', date: '2017-03-15' });
    // Before 2006 every election day was designated; the notices themselves were not found: date null, said so.
    expect(basisOf('1997-12-18')).toMatchObject({
      kind: 'designation',
      date: null,
      note: expect.stringMatching(/not found/),
    });
    expect(basisOf('2006-05-31')).toMatchObject({
      kind: 'designation',
      publisher: expect.stringMatching(/Home Affairs/),
    });
  });

  it('a projected day names the rule it was projected by', () => {
    expect(basisOf('2030-01-01')).toEqual({ kind: 'projection', rule: 'support.public-holidays' });
    expect(basisOf('2028-04-12')).toEqual({ kind: 'projection', rule: 'support.election-days' });
    expect(basisOf('2020-01-27', { source: 'projected' })).toEqual({
      kind: 'projection',
      rule: 'support.substitute-holidays',
    });
  });

  it("a caller's own day has none; a built-in day a caller adds a name to keeps its own", () => {
    const s = createSupportSchedule({
      extraHolidays: [
        { date: '2026-09-23', name: '창립기념일' },
        { date: '2026-09-25', name: '회사 휴무' },
      ],
    });
    const days = s.koreanPublicHolidays(2026, { basis: true });
    expect(days.find((h) => h.date === '2026-09-23')).toEqual({
      date: '2026-09-23',
      names: ['창립기념일'],
      source: 'custom',
    });
    expect(days.find((h) => h.date === '2026-09-25')?.basis).toEqual(ART2);
  });

  it('answers a fresh object each time: changing one answer changes no later one', () => {
    const first = koreanPublicHolidays(2025, { basis: true })[0]!;
    (first.basis as { article: string }).article = 'changed';
    expect(koreanPublicHolidays(2025, { basis: true })[0]!.basis).toEqual(ART2);
  });

  it('refuses a basis that is not a boolean, listing it', () => {
    const e = thrown(() => koreanPublicHolidays(2025, { basis: 'yes' as unknown as boolean }));
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['options.basis']);
  });

  it('says when the gazette copy was last checked, as YYYY-MM-DD', () => {
    expect(HOLIDAY_DATA_CHECKED_ON).toBe('2026-12-06');
  });
});
