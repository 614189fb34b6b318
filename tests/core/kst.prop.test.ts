import { fc, test } from '../prop.js';
import { formatInTimeZone } from 'date-fns-tz';
import { describe, expect } from 'vitest';
import {
  DAY_MS,
  dateFromDayNumber,
  dayNumberFromDate,
  kstDateString,
  kstDayNumber,
  kstOffsetMs,
  kstWallTimeToMs,
  weekdayOfDayNumber,
} from '../../src/core/index.js';

// The wall-clock fields the library once exported (issue 12 removed them: only tests used them),
// written from the primitives they test: kstDayNumber and kstOffsetMs.
const kstMsOfDay = (ms: number): number => ms + kstOffsetMs(ms) - kstDayNumber(ms) * DAY_MS;
const _kstMinuteOfDay = (ms: number): number => Math.floor(kstMsOfDay(ms) / 60_000);
const kstWeekday = (ms: number): number => weekdayOfDayNumber(kstDayNumber(ms));
const _kstDate = (ms: number) => dateFromDayNumber(kstDayNumber(ms));

const from1950to2100 = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2100, 11, 31) });
// Every change of Seoul's clock in the tz database (UTC instants), local mean time to the last summer time.
const transitions = [
  '1908-03-31T15:32:08Z',
  '1911-12-31T15:30:00Z',
  '1948-05-31T15:00:00Z',
  '1948-09-12T14:00:00Z',
  '1949-04-02T15:00:00Z',
  '1949-09-10T14:00:00Z',
  '1950-03-31T15:00:00Z',
  '1950-09-09T14:00:00Z',
  '1951-05-05T15:00:00Z',
  '1951-09-08T14:00:00Z',
  '1954-03-20T15:00:00Z',
  '1955-05-04T15:30:00Z',
  '1955-09-08T14:30:00Z',
  '1956-05-19T15:30:00Z',
  '1956-09-29T14:30:00Z',
  '1957-05-04T15:30:00Z',
  '1957-09-21T14:30:00Z',
  '1958-05-03T15:30:00Z',
  '1958-09-20T14:30:00Z',
  '1959-05-02T15:30:00Z',
  '1959-09-19T14:30:00Z',
  '1960-04-30T15:30:00Z',
  '1960-09-17T14:30:00Z',
  '1961-08-09T15:30:00Z',
  '1987-05-09T17:00:00Z',
  '1987-10-10T17:00:00Z',
  '1988-05-07T17:00:00Z',
  '1988-10-08T17:00:00Z',
].map(Date.parse);
const nearTransitions = fc
  .tuple(fc.constantFrom(...transitions), fc.integer({ min: -2 * DAY_MS, max: 2 * DAY_MS }))
  .map(([t, d]) => t + d);
const weekdays = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 } as const;

describe('KST (laws)', () => {
  test.prop([from1950to2100], { numRuns: 300 })(
    'agrees with date-fns-tz on date, weekday and time of day, 1950-2100',
    (ms) => {
      expect(kstDateString(ms)).toBe(formatInTimeZone(ms, 'Asia/Seoul', 'yyyy-MM-dd'));
      expect(kstWeekday(ms)).toBe(weekdays[formatInTimeZone(ms, 'Asia/Seoul', 'EEE') as keyof typeof weekdays]);
      const [h, m, s, milli] = formatInTimeZone(ms, 'Asia/Seoul', 'H m s SSS').split(' ').map(Number) as [
        number,
        number,
        number,
        number,
      ];
      expect(kstMsOfDay(ms)).toBe(((h * 60 + m) * 60 + s) * 1000 + milli);
    },
  );

  test.prop([from1950to2100], { numRuns: 300 })(
    'wall time back to instant is the identity (earlier instant where a wall time repeats)',
    (ms) => {
      const back = kstWallTimeToMs(kstDayNumber(ms), kstMsOfDay(ms));
      // Only inside a repeated hour can the round trip pick the earlier twin; it is then exactly one offset step away.
      expect([0, 3_600_000, 1_800_000]).toContain(ms - back);
      expect(kstDateString(back)).toBe(kstDateString(ms));
      expect(kstMsOfDay(back)).toBe(kstMsOfDay(ms));
    },
  );

  test.prop([nearTransitions], { numRuns: 500 })(
    'within two days of every clock change: agrees with date-fns-tz, and wall time back to instant is the identity or the earlier twin',
    (ms) => {
      // Before 1908-04-01 the tz database has local mean time; the library's KST is +09:00 there (issue 22).
      const zoned = ms < Date.parse('1908-03-31T15:32:08Z') ? 'UTC' : 'Asia/Seoul';
      const shown = zoned === 'UTC' ? ms + 9 * 3_600_000 : ms;
      const [date, h, m, s, milli] = formatInTimeZone(shown, zoned, 'yyyy-MM-dd H m s SSS').split(' ') as [
        string,
        string,
        string,
        string,
        string,
      ];
      expect(kstDateString(ms)).toBe(date);
      expect(kstMsOfDay(ms)).toBe(((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(milli));
      const back = kstWallTimeToMs(kstDayNumber(ms), kstMsOfDay(ms));
      expect([0, 3_600_000, 1_800_000]).toContain(ms - back);
      expect(kstMsOfDay(back)).toBe(kstMsOfDay(ms));
    },
  );

  test.prop([fc.integer({ min: Date.UTC(1988, 9, 10), max: Date.UTC(2200, 0, 1) })])(
    'after 1988 a KST day is exactly 24 hours',
    (ms) => {
      const day = kstDayNumber(ms);
      expect(kstWallTimeToMs(day + 1) - kstWallTimeToMs(day)).toBe(DAY_MS);
    },
  );

  test.prop([fc.integer({ min: -1_000_000, max: 3_000_000 })])('day numbers and calendar dates round-trip', (n) => {
    const { year, month, day } = dateFromDayNumber(n);
    expect(dayNumberFromDate(year, month, day)).toBe(n);
    expect(new Date(n * DAY_MS).getUTCDate()).toBe(day);
  });
});
