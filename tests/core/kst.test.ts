import { describe, expect, it } from 'vitest';
import {
  KST_FIXED_SINCE_MS,
  dateFromDayNumber,
  dayNumberFromDate,
  formatKst,
  kstDate,
  kstDateString,
  kstInstant,
  kstMinuteOfDay,
  kstOffsetMs,
  kstWeekday,
  parseIsoDate,
} from '../../src/core/index.js';

const H = 3_600_000;

describe('KST helpers', () => {
  it.each([
    ['2026-01-01T00:00:00+09:00', '2026-01-01', 4, 0],
    ['2025-12-31T14:59:59.999Z', '2025-12-31', 3, 1439],
    ['2025-12-31T15:00:00Z', '2026-01-01', 4, 0],
    ['2026-09-25T12:30:00+09:00', '2026-09-25', 5, 750],
    ['2026-11-22T18:30:00+09:00', '2026-11-22', 0, 1110],
  ])('%s is %s (weekday %d, minute %d) in KST', (iso, date, weekday, minute) => {
    const ms = Date.parse(iso);
    expect(kstDateString(ms)).toBe(date);
    expect(kstWeekday(ms)).toBe(weekday);
    expect(kstMinuteOfDay(ms)).toBe(minute);
  });

  it('is a fixed UTC+09:00 from the end of the 1988 summer time', () => {
    expect(new Date(KST_FIXED_SINCE_MS).toISOString()).toBe('1988-10-08T17:00:00.000Z');
    expect(kstOffsetMs(KST_FIXED_SINCE_MS)).toBe(9 * H);
    expect(kstOffsetMs(KST_FIXED_SINCE_MS - 1)).toBe(10 * H);
  });

  it.each([
    ['1987-07-01T00:00:00Z', 10 * H, 'summer time 1987'],
    ['1987-05-09T12:00:00Z', 9 * H, 'before summer time 1987'],
    ['1960-01-01T00:00:00Z', 8.5 * H, 'UTC+08:30 of 1954-61'],
    ['1950-01-01T00:00:00Z', 9 * H, 'standard time 1950'],
    ['1900-01-01T00:00:00Z', 30_472_000, 'local mean time, 08:27:52'],
  ])('follows the tz database before 1988: %s (%s)', (iso, offset) => {
    expect(kstOffsetMs(Date.parse(iso))).toBe(offset);
  });

  it('turns KST wall times into instants, across the 1988 transition', () => {
    expect(kstInstant(2026, 9, 25, 12, 30)).toBe(Date.parse('2026-09-25T12:30:00+09:00'));
    expect(() => kstInstant(2026, 2, 29)).toThrow(/2026-2 has 28 days; got 29/);
    expect(kstInstant(2024, 2, 29)).toBe(Date.parse('2024-02-29T00:00:00+09:00'));
    expect(kstInstant(1987, 7, 1, 12)).toBe(Date.parse('1987-07-01T12:00:00+10:00'));
    // 02:30 on 1988-10-09 happened twice (03:00 KDT fell back to 02:00 KST): the earlier one.
    expect(kstInstant(1988, 10, 9, 2, 30)).toBe(Date.parse('1988-10-09T02:30:00+10:00'));
    // 02:30 on 1987-05-10 never happened (02:00 jumped to 03:00): the same distance past the jump.
    expect(formatKst(kstInstant(1987, 5, 10, 2, 30))).toBe('1987-05-10 03:30:00 KST');
  });

  it('formats for people', () => {
    expect(formatKst(Date.parse('2026-09-25T03:30:05Z'))).toBe('2026-09-25 12:30:05 KST');
    expect(kstDate(Date.parse('2026-09-25T03:30:05Z'))).toEqual({ year: 2026, month: 9, day: 25 });
  });

  it('calendar day numbers match Date.UTC and refuse impossible dates', () => {
    expect(dayNumberFromDate(1970, 1, 1)).toBe(0);
    expect(dayNumberFromDate(2000, 3, 1)).toBe(Date.UTC(2000, 2, 1) / 86_400_000);
    expect(dateFromDayNumber(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(parseIsoDate('2024-02-29')).toBe(dayNumberFromDate(2024, 2, 29));
    expect(parseIsoDate('2026-02-29')).toBeUndefined();
    expect(parseIsoDate('2026-2-1')).toBeUndefined();
  });
});
