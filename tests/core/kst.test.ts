import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DAY_MS,
  KST_FIXED_SINCE_MS,
  KST_STANDARD_SINCE_MS,
  MAX_EPOCH_MS,
  MAX_INSTANT_MS,
  RuleInputError,
  dateFromDayNumber,
  dayNumberFromDate,
  formatKst,
  kstDateString,
  kstDayNumber,
  kstInstant,
  kstOffsetMs,
  kstWallTimeToMs,
  parseIsoDate,
  weekdayOfDayNumber,
} from '../../src/core/index.js';

// The wall-clock fields the library once exported (issue 12 removed them: only tests used them),
// written from the primitives they test: kstDayNumber and kstOffsetMs.
const kstMsOfDay = (ms: number): number => ms + kstOffsetMs(ms) - kstDayNumber(ms) * DAY_MS;
const kstMinuteOfDay = (ms: number): number => Math.floor(kstMsOfDay(ms) / 60_000);
const kstWeekday = (ms: number): number => weekdayOfDayNumber(kstDayNumber(ms));
const kstDate = (ms: number) => dateFromDayNumber(kstDayNumber(ms));

const H = 3_600_000;
type Fields = [number, number, number, number, number, number, number];

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
    ['1908-04-01T00:00:00Z', 8.5 * H, 'the first standard time, UTC+08:30 from 1908-04-01'],
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

/** The error `f` throws, as a plain object of what callers read. */
function thrown(f: () => unknown): { fn: string; issues: unknown; message: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RuleInputError);
    const { fn, issues, message } = e as RuleInputError;
    return { fn, issues, message };
  }
  throw new Error('did not throw');
}

describe('KST is plain arithmetic from 1988-10-09 03:00 KDT on', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('never consults Intl for an instant from KST_FIXED_SINCE_MS on (hot paths)', () => {
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    expect(kstOffsetMs(KST_FIXED_SINCE_MS)).toBe(9 * H);
    expect(kstOffsetMs(MAX_EPOCH_MS)).toBe(9 * H);
    expect(kstDayNumber(KST_FIXED_SINCE_MS)).toBe(6856); // 1988-10-09
    expect(kstMsOfDay(KST_FIXED_SINCE_MS)).toBe(2 * H); // 02:00 KST, the second time that day
    expect(kstWeekday(KST_FIXED_SINCE_MS)).toBe(0);
    expect(kstDateString(KST_FIXED_SINCE_MS)).toBe('1988-10-09');
    expect(formatKst(KST_FIXED_SINCE_MS)).toBe('1988-10-09 02:00:00 KST');
    expect(formatKst(8.64e15)).toBe('+275760-09-13 09:00:00 KST');
    expect(formatKst(MAX_INSTANT_MS)).toBe('+287396-10-12 17:59:00 KST');
    // 1988-10-10 02:00 KST, a day past the switch.
    expect(kstInstant(1988, 10, 10, 2)).toBe(KST_FIXED_SINCE_MS + DAY_MS);
    expect(kstInstant(2026, 9, 25, 12, 30)).toBe(Date.parse('2026-09-25T12:30:00+09:00'));
    expect(formatToParts).not.toHaveBeenCalled();
    // ...and it does for the millisecond before.
    expect(kstOffsetMs(KST_FIXED_SINCE_MS - 1)).toBe(10 * H);
    expect(formatToParts).toHaveBeenCalledTimes(1);
  });
});

describe('KST before 1908-04-01 is the fixed +09:00, never Seoul local mean time (issue 22)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each([
    ['1908-03-31T15:32:07.999Z', 'the last millisecond of local mean time in the tz database'],
    ['1900-01-01T00:00:00Z', '1900'],
    ['0001-01-01T00:00:00Z', 'the first day AD'],
    ['0000-07-01T00:00:00Z', 'the year 0 (1 BC)'],
    ['-000001-12-31T20:00:00Z', 'the year -1 (2 BC)'],
    ['-000100-03-01T00:00:00Z', 'the year -100'],
  ])('%s (%s) is at +09:00, without Intl', (iso) => {
    const formatToParts = vi.spyOn(Intl.DateTimeFormat.prototype, 'formatToParts');
    expect(kstOffsetMs(Date.parse(iso))).toBe(9 * H);
    expect(formatToParts).not.toHaveBeenCalled();
  });

  it('switches to the tz database at 1908-04-01 00:00 (UTC+08:30)', () => {
    expect(KST_STANDARD_SINCE_MS).toBe(Date.parse('1908-03-31T15:32:08Z'));
    expect(kstOffsetMs(KST_STANDARD_SINCE_MS)).toBe(8.5 * H);
    expect(kstOffsetMs(KST_STANDARD_SINCE_MS - 1)).toBe(9 * H);
  });

  it('gives the KST calendar date of an instant BC (astronomical years)', () => {
    expect(kstDate(Date.parse('0000-06-30T20:00:00Z'))).toEqual({ year: 0, month: 7, day: 1 });
    expect(kstDate(Date.parse('-000001-12-31T15:00:00Z'))).toEqual({ year: 0, month: 1, day: 1 });
    expect(kstDate(Date.parse('-000001-12-31T14:59:59.999Z'))).toEqual({ year: -1, month: 12, day: 31 });
  });

  it.each([
    [-62_198_755_200_000, '-000001-01-01 09:00:00 KST', 'year -1: an expanded year, not 00-1-01-01'],
    [Date.parse('1899-12-31T14:32:08Z'), '1899-12-31 23:32:08 KST', '1899 at +09:00, not 23:00:00 local mean time'],
    [-62_167_219_200_000, '0000-01-01 09:00:00 KST', 'year 0'],
    [253_402_300_800_000, '+010000-01-01 09:00:00 KST', 'year 10000'],
    [-(2 ** 53 - 1), '-283457-03-22 00:00:59 KST', 'the first instant accepted'],
  ])('formatKst(%d) is %s (%s)', (ms, text) => {
    expect(formatKst(ms)).toBe(text);
  });
});

// Seoul's clock changes as the tz database has them (UTC instant, offset before -> after).
describe('kstWallTimeToMs across the transitions', () => {
  it.each([
    // 1987-05-10 02:00 KST jumped to 03:00 KDT.
    [1987, 5, 10, 1, 59, 59, 999, '1987-05-10T01:59:59.999+09:00', 'the last millisecond before the jump'],
    [1987, 5, 10, 2, 0, 0, 0, '1987-05-10T03:00:00+10:00', 'the jumped-over 02:00: the jump itself'],
    [1987, 5, 10, 2, 30, 0, 0, '1987-05-10T03:30:00+10:00', 'inside the gap: as far past the jump'],
    [1987, 5, 10, 3, 0, 0, 0, '1987-05-10T03:00:00+10:00', 'the first wall time after the gap'],
    [1987, 5, 10, 3, 30, 0, 0, '1987-05-10T03:30:00+10:00', 'after the gap'],
    [1987, 5, 11, 0, 0, 0, 0, '1987-05-11T00:00:00+10:00', 'the next midnight'],
    // 1987-10-11 03:00 KDT fell back to 02:00 KST.
    [1987, 10, 11, 1, 59, 0, 0, '1987-10-11T01:59:00+10:00', 'before the repeated hour'],
    [1987, 10, 11, 2, 0, 0, 0, '1987-10-11T02:00:00+10:00', 'the repeated 02:00: the earlier one'],
    [1987, 10, 11, 2, 59, 59, 999, '1987-10-11T02:59:59.999+10:00', 'the end of the repeated hour: the earlier one'],
    [1987, 10, 11, 3, 0, 0, 0, '1987-10-11T03:00:00+09:00', 'after the repeated hour'],
    // 1988-10-09 03:00 KDT fell back to 02:00 KST, for the last time.
    [1988, 10, 9, 2, 30, 0, 0, '1988-10-09T02:30:00+10:00', 'the repeated 02:30: the earlier one'],
    [1988, 10, 9, 3, 0, 0, 0, '1988-10-09T03:00:00+09:00', 'after the last repeated hour'],
    [1988, 10, 10, 1, 59, 59, 999, '1988-10-10T01:59:59.999+09:00', 'a day later'],
    // 1954-03-21 00:00 KST fell back to 1954-03-20 23:30 (UTC+08:30).
    [1954, 3, 20, 23, 45, 0, 0, '1954-03-20T23:45:00+09:00', 'the repeated 23:45: the earlier one'],
    [1954, 3, 21, 0, 0, 0, 0, '1954-03-21T00:00:00+08:30', 'the midnight after the repeated half hour'],
    // 1961-08-10 00:00 (UTC+08:30) jumped to 00:30 KST.
    [1961, 8, 9, 23, 59, 0, 0, '1961-08-09T23:59:00+08:30', 'before the jump'],
    [1961, 8, 10, 0, 15, 0, 0, '1961-08-10T00:45:00+09:00', 'inside the half-hour gap: as far past the jump'],
    [1961, 8, 10, 0, 30, 0, 0, '1961-08-10T00:30:00+09:00', 'the first wall time after the gap'],
  ])('%d-%d-%d %d:%d:%d.%d KST is %s (%s)', (year, month, day, hour, minute, second, ms, iso) => {
    expect(kstInstant(year, month, day, hour, minute, second, ms)).toBe(Date.parse(iso));
    expect(kstWallTimeToMs(dayNumberFromDate(year, month, day), ((hour * 60 + minute) * 60 + second) * 1000 + ms)).toBe(
      Date.parse(iso),
    );
  });
});

describe('kstInstant', () => {
  it('adds seconds and milliseconds', () => {
    expect(kstInstant(2026, 9, 25, 12, 30, 5, 250)).toBe(Date.parse('2026-09-25T12:30:05.250+09:00'));
    expect(kstInstant(2026, 1, 1)).toBe(Date.parse('2026-01-01T00:00:00+09:00'));
  });

  it.each<[Fields, number, string]>([
    [[0, 1, 1, 0, 0, 0, 0], -62_167_251_600_000, 'the first instant of year 0, at +09:00'],
    [[9999, 12, 31, 23, 59, 59, 999], Date.parse('9999-12-31T23:59:59.999+09:00'), 'the last of year 9999'],
    [[2026, 4, 30, 0, 0, 0, 0], Date.parse('2026-04-30T00:00:00+09:00'), 'day 30 of a 30-day month'],
    [[2026, 12, 31, 0, 0, 0, 0], Date.parse('2026-12-31T00:00:00+09:00'), 'day 31 of December'],
    [[2000, 2, 29, 0, 0, 0, 0], Date.parse('2000-02-29T00:00:00+09:00'), 'February 29 of 2000'],
  ])('accepts the edge fields %j: %d (%s)', (fields, expected) => {
    expect(kstInstant(...fields)).toBe(expected);
  });

  it.each([
    ['year', [-1, 1, 1], -1],
    ['year', [10_000, 1, 1], 10_000],
    ['year', [2026.5, 1, 1], 2026.5],
    ['month', [2026, 0, 1], 0],
    ['month', [2026, 13, 1], 13],
    ['day', [2026, 1, 0], 0],
    ['day', [2026, 1, 32], 32],
    ['day', [2026, 1, NaN], NaN],
    ['hour', [2026, 1, 1, -1], -1],
    ['hour', [2026, 1, 1, 24], 24],
    ['minute', [2026, 1, 1, 0, 60], 60],
    ['second', [2026, 1, 1, 0, 0, 60], 60],
    ['millisecond', [2026, 1, 1, 0, 0, 0, 1000], 1000],
    ['millisecond', [2026, 1, 1, 0, 0, 0, 0.5], 0.5],
  ] as const)('refuses a %s of %j, naming it', (field, fields, value) => {
    expect(thrown(() => kstInstant(...(fields as unknown as [number, number, number])))).toEqual({
      fn: 'kstInstant',
      issues: [{ path: [field], code: 'invalid-field', message: `expected an integer in range; got ${value}` }],
      message: `kstInstant: invalid input\n  - ${field}: expected an integer in range; got ${value}`,
    });
  });

  it('lists every bad field, the day past the month end included', () => {
    expect(thrown(() => kstInstant(2026, 2, 30, 24, -1, 60, 1000))).toMatchInlineSnapshot(`
      {
        "fn": "kstInstant",
        "issues": [
          {
            "code": "invalid-field",
            "message": "2026-2 has 28 days; got 30",
            "path": [
              "day",
            ],
          },
          {
            "code": "invalid-field",
            "message": "expected an integer in range; got 24",
            "path": [
              "hour",
            ],
          },
          {
            "code": "invalid-field",
            "message": "expected an integer in range; got -1",
            "path": [
              "minute",
            ],
          },
          {
            "code": "invalid-field",
            "message": "expected an integer in range; got 60",
            "path": [
              "second",
            ],
          },
          {
            "code": "invalid-field",
            "message": "expected an integer in range; got 1000",
            "path": [
              "millisecond",
            ],
          },
        ],
        "message": "kstInstant: invalid input
        - day: 2026-2 has 28 days; got 30
        - hour: expected an integer in range; got 24
        - minute: expected an integer in range; got -1
        - second: expected an integer in range; got 60
        - millisecond: expected an integer in range; got 1000",
      }
    `);
    expect(thrown(() => kstInstant('2026' as never, 1, 1)).issues).toEqual([
      { path: ['year'], code: 'invalid-field', message: 'expected an integer in range; got "2026"' },
    ]);
  });

  it('checks the length of the month only for a valid year and month', () => {
    expect(thrown(() => kstInstant(2023.5, 2, 29)).issues).toEqual([
      { path: ['year'], code: 'invalid-field', message: 'expected an integer in range; got 2023.5' },
    ]);
    expect(thrown(() => kstInstant(2026, 13, 31)).issues).toEqual([
      { path: ['month'], code: 'invalid-field', message: 'expected an integer in range; got 13' },
    ]);
    expect(thrown(() => kstInstant(2026, 4, 31)).issues).toEqual([
      { path: ['day'], code: 'invalid-field', message: '2026-4 has 30 days; got 31' },
    ]);
  });
});

describe('formatting and the KST day', () => {
  it.each([
    [0, '1970-01-01 09:00:00 KST'],
    [-1, '1970-01-01 08:59:59 KST'],
    [Date.parse('2026-09-25T03:30:05.999Z'), '2026-09-25 12:30:05 KST'],
    [Date.parse('2026-12-31T14:59:59Z'), '2026-12-31 23:59:59 KST'],
    [Date.parse('2026-12-31T15:00:00Z'), '2027-01-01 00:00:00 KST'],
    [Date.parse('1987-07-01T00:00:00Z'), '1987-07-01 10:00:00 KST'],
    [Date.parse('1960-01-01T00:00:00Z'), '1960-01-01 08:30:00 KST'],
  ])('formatKst(%d) is %s', (ms, text) => {
    expect(formatKst(ms)).toBe(text);
  });

  it.each([
    [Date.parse('2026-01-01T00:00:00+09:00'), 0, 0],
    [Date.parse('2026-01-01T23:59:59.999+09:00'), 86_399_999, 1439],
    [Date.parse('1987-07-01T23:59:59.999+10:00'), 86_399_999, 1439],
    [-1, 32_399_999, 539],
  ])('the instant %d is %d ms (minute %d) into its KST day', (ms, msOfDay, minute) => {
    expect(kstMsOfDay(ms)).toBe(msOfDay);
    expect(kstMinuteOfDay(ms)).toBe(minute);
  });

  it.each([
    ['kstDateString', () => kstDateString('2026-01-01T10:00' as never)],
    ['formatKst', () => formatKst(new Date(NaN))],
  ])('%s names itself when its instant is bad', (fn, call) => {
    const { fn: named, issues } = thrown(call);
    expect(named).toBe(fn);
    expect(issues).toHaveLength(1);
    expect((issues as { path: unknown; code: unknown }[])[0]).toMatchObject({ path: ['at'], code: 'invalid-instant' });
  });
});
