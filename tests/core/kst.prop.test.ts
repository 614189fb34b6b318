import { fc, test } from '@fast-check/vitest';
import { formatInTimeZone } from 'date-fns-tz';
import { describe, expect } from 'vitest';
import {
  DAY_MS,
  dateFromDayNumber,
  dayNumberFromDate,
  kstDateString,
  kstDayNumber,
  kstMsOfDay,
  kstWallTimeToMs,
  kstWeekday,
} from '../../src/core/index.js';

const from1950to2100 = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 11, 31) });
const weekdays = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 } as const;

describe('KST (laws)', () => {
  test.prop([from1950to2100], { numRuns: 300 })('agrees with date-fns-tz on date, weekday and time of day, 1950-2100', (ms) => {
    expect(kstDateString(ms)).toBe(formatInTimeZone(ms, 'Asia/Seoul', 'yyyy-MM-dd'));
    expect(kstWeekday(ms)).toBe(weekdays[formatInTimeZone(ms, 'Asia/Seoul', 'EEE') as keyof typeof weekdays]);
    const [h, m, s, milli] = formatInTimeZone(ms, 'Asia/Seoul', 'H m s SSS').split(' ').map(Number) as [number, number, number, number];
    expect(kstMsOfDay(ms)).toBe(((h * 60 + m) * 60 + s) * 1000 + milli);
  });

  test.prop([from1950to2100], { numRuns: 300 })('wall time back to instant is the identity (earlier instant where a wall time repeats)', (ms) => {
    const back = kstWallTimeToMs(kstDayNumber(ms), kstMsOfDay(ms));
    // Only inside a repeated hour can the round trip pick the earlier twin; it is then exactly one offset step away.
    expect([0, 3_600_000, 1_800_000]).toContain(ms - back);
    expect(kstDateString(back)).toBe(kstDateString(ms));
    expect(kstMsOfDay(back)).toBe(kstMsOfDay(ms));
  });

  test.prop([fc.integer({ min: Date.UTC(1988, 9, 10), max: Date.UTC(2200, 0, 1) })])('after 1988 a KST day is exactly 24 hours', (ms) => {
    const day = kstDayNumber(ms);
    expect(kstWallTimeToMs(day + 1) - kstWallTimeToMs(day)).toBe(DAY_MS);
  });

  test.prop([fc.integer({ min: -1_000_000, max: 3_000_000 })])('day numbers and calendar dates round-trip', (n) => {
    const { year, month, day } = dateFromDayNumber(n);
    expect(dayNumberFromDate(year, month, day)).toBe(n);
    expect(new Date(n * DAY_MS).getUTCDate()).toBe(day);
  });
});
