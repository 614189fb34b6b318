import { describe, expect, it } from 'vitest';
import {
  dateFromDayNumber,
  dayNumberFromDate,
  daysInMonth,
  formatDayNumber,
  isLeapYear,
  parseIsoDate,
  weekdayOfDayNumber,
} from '../../src/core/index.js';

// Day numbers (days since 1970-01-01) written out; they agree with Date.UTC for years 100 and later.
const centuryEdges: [number, number, number, number][] = [
  [1600, 2, 29, -135_081],
  [1600, 3, 1, -135_080],
  [1700, 2, 28, -98_557],
  [1700, 3, 1, -98_556],
  [1899, 12, 31, -25_568],
  [1900, 2, 28, -25_509],
  [1900, 3, 1, -25_508],
  [1999, 12, 31, 10_956],
  [2000, 1, 1, 10_957],
  [2000, 2, 29, 11_016],
  [2000, 3, 1, 11_017],
  [2001, 2, 28, 11_381],
  [2001, 3, 1, 11_382],
  [2100, 2, 28, 47_540],
  [2100, 3, 1, 47_541],
  [2101, 1, 1, 47_847],
  [2399, 12, 31, 157_053],
  [2400, 2, 29, 157_113],
  [2400, 3, 1, 157_114],
  [2400, 12, 31, 157_419],
  [0, 1, 1, -719_528],
  [0, 3, 1, -719_468],
  [-1, 12, 31, -719_529],
  [9999, 12, 31, 2_932_896],
];

describe('Gregorian day numbers', () => {
  it.each(centuryEdges)(
    '%d-%d-%d is day %d, both ways (leap days of the centuries and the eras)',
    (year, month, day, n) => {
      expect(dayNumberFromDate(year, month, day)).toBe(n);
      expect(dateFromDayNumber(n)).toEqual({ year, month, day });
    },
  );

  it.each([
    [-4, 0, 'Sunday'],
    [0, 4, 'Thursday (1970-01-01)'],
    [2, 6, 'Saturday'],
    [3, 0, 'Sunday'],
    [-1, 3, 'Wednesday'],
    [-7, 4, 'Thursday, a week before'],
    [20_454, 4, 'Thursday (2026-01-01)'],
  ])('day %d is weekday %d (%s)', (n, weekday) => {
    expect(weekdayOfDayNumber(n)).toBe(weekday);
  });
});

describe('leap years and month lengths', () => {
  it.each([
    [2024, true],
    [2026, false],
    [1900, false],
    [2100, false],
    [2000, true],
    [2400, true],
    [1600, true],
    [0, true],
    [-4, true],
    [-100, false],
  ])('isLeapYear(%d) is %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it('gives every month of a common and of a leap year its length', () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    expect(months.map((m) => daysInMonth(2026, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(months.map((m) => daysInMonth(2024, m))).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe('ISO dates', () => {
  it.each([
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
    [20_454, '2026-01-01'],
    [-354_286, '0999-12-31'],
    [-719_528, '0000-01-01'],
    [2_932_896, '9999-12-31'],
  ])('formats day %d as %s, four-digit years zero-padded', (n, text) => {
    expect(formatDayNumber(n)).toBe(text);
  });

  it.each([
    ['2026-01-01', 20_454],
    ['2026-12-31', 20_818],
    ['2026-04-30', 20_573],
    ['2024-02-29', 19_782],
    ['0000-01-01', -719_528],
  ])('reads %s as day %d', (text, n) => {
    expect(parseIsoDate(text)).toBe(n);
  });

  it.each([
    ['2026-00-10', 'month 0'],
    ['2026-13-01', 'month 13'],
    ['2026-01-00', 'day 0'],
    ['2026-01-32', 'day 32'],
    ['2026-04-31', 'April 31'],
    ['2026-02-29', 'February 29 of a common year'],
    ['2100-02-29', 'February 29 of a century that is not a leap year'],
    ['2026-2-1', 'one-digit fields'],
    ['2026-01-01T00:00Z', 'an instant'],
    [' 2026-01-01', 'a leading space'],
  ])('refuses %s (%s)', (text) => {
    expect(parseIsoDate(text)).toBeUndefined();
  });
});
