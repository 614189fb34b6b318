import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DESIGNATIONS } from '../../data/holidays/designations.js';
import { GAZETTED_HOLIDAYS } from '../../data/holidays/gazette.generated.js';
import { HISTORICAL_HOLIDAYS } from '../../data/holidays/history.js';
import { basisOf, holidayFiles } from '../../scripts/compact-holidays.js';
import { formatDayNumber } from '../../src/core/index.js';
import { HOLIDAY_BASES, HOLIDAY_BASIS_TABLE } from '../../src/support-hours/holidayBasis.generated.js';
import { shippedHolidays } from '../../src/support-hours/holidayTable.js';
import { koreanPublicHolidays } from '../../src/support-hours/index.js';
import { projectKoreanHolidays } from '../../src/support-hours/projection.js';

// The rule functions load the holiday data in the form the lookups use (issue 24); data/holidays/ keeps the
// readable, cited sources (never shipped) and the projection the rules. The shipped tables must be exactly them.
const asRecord = (year: number) =>
  Object.fromEntries(shippedHolidays(year).map(([d, names]) => [formatDayNumber(d), names]));

describe('support.public-holidays: the shipped holiday table and its sources', () => {
  // Under Stryker the sources are instrumented copies, never what the generator writes.
  it.skipIf(process.env.KAKAO_RULES_MUTATION === '1')('is what npm run generate writes (no stale file)', () => {
    for (const [file, text] of holidayFiles())
      expect(readFileSync(join(import.meta.dirname, '../..', file), 'utf8'), file).toBe(text);
  });

  it('1990-2017 are exactly the record of data/holidays/history.ts, day by day, name by name, in order', () => {
    expect([...HISTORICAL_HOLIDAYS.keys()]).toEqual(Array.from({ length: 28 }, (_, i) => 1990 + i));
    for (const [year, days] of HISTORICAL_HOLIDAYS)
      expect(Object.entries(asRecord(year))).toEqual(Object.entries(days));
  });

  it('2018-2027 are exactly the vendored gazette, day by day, name by name, in order', () => {
    expect([...GAZETTED_HOLIDAYS.keys()]).toEqual(Array.from({ length: 10 }, (_, i) => 2018 + i));
    for (const [year, days] of GAZETTED_HOLIDAYS) expect(Object.entries(asRecord(year))).toEqual(Object.entries(days));
  });

  it('2028-2050 are exactly the projection from the rules, in date order', () => {
    for (let year = 2028; year <= 2050; year++) {
      const projected = [...projectKoreanHolidays(year)].sort(([a], [b]) => a - b);
      expect(shippedHolidays(year)).toEqual(projected);
    }
  });
});

describe('support.public-holidays: the basis of each shipped day (issue 23)', () => {
  const basisLetters = HOLIDAY_BASIS_TABLE.join('');

  it('gives every day of 1990-2027 one basis, in the order of the table', () => {
    expect(HOLIDAY_BASIS_TABLE).toHaveLength(38);
    for (const [i, letters] of HOLIDAY_BASIS_TABLE.entries())
      expect(letters.length).toBe(shippedHolidays(1990 + i).length);
    expect(basisLetters).toMatch(/^[A-Za-z]+$/);
    expect(new Set(basisLetters).size).toBe(HOLIDAY_BASES.length);
  });

  it('koreanPublicHolidays answers, for every day of 1990-2027, the basis the generator derives from data/', () => {
    let days = 0;
    for (let year = 1990; year <= 2027; year++)
      for (const h of koreanPublicHolidays(year, { basis: true })) {
        expect(h.basis, h.date).toEqual(basisOf(h.date, h.names));
        days++;
      }
    expect(days).toBe(HOLIDAY_BASIS_TABLE.join('').length);
  });

  it('a designated day carries its designation; every designation names a shipped day', () => {
    for (const [date, d] of Object.entries(DESIGNATIONS)) {
      expect(basisOf(date, ['임시공휴일'])).toEqual({ kind: 'designation', ...d });
      expect(asRecord(Number(date.slice(0, 4)))[date], date).toBeDefined();
    }
  });

  it('reads the rest from the names: art. 2, art. 3 for substitutes, art. 34 for a term-end election from 2007', () => {
    expect(basisOf('2024-02-12', ['대체공휴일(설날)'])).toEqual({ kind: 'regulation', article: 'art. 3' });
    expect(basisOf('2024-04-10', ['제22대국회의원선거'])).toEqual({
      kind: 'statute',
      law: 'Public Official Election Act (공직선거법)',
      article: 'art. 34',
    });
    expect(basisOf('1990-10-03', ['개천절', '추석'])).toEqual({ kind: 'regulation', article: 'art. 2' });
    expect(basisOf('2026-05-01', ['노동절'])).toMatchObject({ kind: 'regulation', article: 'art. 2' });
    expect(basisOf('2026-05-01', ['노동절'])).toMatchObject({ note: expect.stringMatching(/not checked/) });
  });

  it('refuses a day that needs a designation it lacks, and a day of two bases', () => {
    expect(() => basisOf('2001-05-01', ['임시공휴일'])).toThrow(/needs a designation/);
    expect(() => basisOf('2004-04-16', ['국회의원선거'])).toThrow(/needs a designation/);
    expect(() => basisOf('2024-05-06', ['어린이날', '대체공휴일(어린이날)'])).toThrow(/several bases/);
  });
});
