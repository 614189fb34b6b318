import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  RuleInputError,
  anyRealmDateMessage,
  epochMsOrUndefined,
  expectInstant,
  isAnyRealmDate,
  isEpochMs,
  parseIsoInstant,
  toEpochMs,
} from '../../src/core/index.js';
import { EpochMsSchema, InstantSchema } from '../../src/core/schemas.js';

describe('toEpochMs', () => {
  it.each([
    ['2026-01-01T10:00:00+09:00', 1_767_229_200_000],
    ['2026-01-01T01:00:00Z', 1_767_229_200_000],
    ['2026-01-01T01:00:00z', 1_767_229_200_000],
    ['2026-01-01 01:00Z', 1_767_229_200_000],
    ['2026-01-01T10:00+0900', 1_767_229_200_000],
    ['2026-01-01T10:00+09', 1_767_229_200_000],
    ['2025-12-31T17:00:00-08:00', 1_767_229_200_000],
    ['2026-01-01T01:00:00.5Z', 1_767_229_200_500],
    ['2026-01-01T01:00:00,123456789Z', 1_767_229_200_123],
    ['2024-02-29T00:00:00Z', 1_709_164_800_000],
    ['1969-12-31T23:59:59.999Z', -1],
  ])('reads the ISO string %s', (text, expected) => {
    expect(toEpochMs(text)).toBe(expected);
  });

  it('reads Dates and integer epoch ms as they are', () => {
    expect(toEpochMs(new Date(1_767_229_200_000))).toBe(1_767_229_200_000);
    expect(toEpochMs(0)).toBe(0);
    expect(toEpochMs(-8.64e15)).toBe(-8.64e15);
    expect(toEpochMs(8.64e15)).toBe(8.64e15);
  });

  it('accepts back an instant computed past the Date range (8.64e15 + 2 days), up to 2^53 - 1 (issue 22)', () => {
    expect(toEpochMs(8.64e15 + 172_800_000)).toBe(8_640_000_172_800_000);
    expect(toEpochMs(9_007_199_254_740_991)).toBe(9_007_199_254_740_991);
    expect(toEpochMs(-9_007_199_254_740_991)).toBe(-9_007_199_254_740_991);
  });

  it.each([
    ['2026-01-01T10:00:00', 'no offset'],
    ['2026-01-01', 'a date alone'],
    ['2026-02-29T00:00:00Z', 'not a leap year'],
    ['2026-02-30T00:00:00Z', 'no such day (Date.parse would roll it over)'],
    ['2026-13-01T00:00:00Z', 'month 13'],
    ['2026-01-01T24:00:00Z', 'hour 24'],
    ['2026-01-01T23:60:00Z', 'minute 60'],
    ['2026-01-01T23:59:60Z', 'leap second'],
    ['2026-01-01T10:00:00+24:00', 'offset hour 24'],
    ['Thu, 01 Jan 2026 01:00:00 GMT', 'RFC 2822'],
    ['', 'empty'],
    [' 2026-01-01T01:00:00Z', 'leading space'],
  ])('refuses the string %j (%s)', (text) => {
    expect(() => toEpochMs(text)).toThrow(RuleInputError);
  });

  it.each([NaN, Infinity, -Infinity, 1.5, 2 ** 53, -(2 ** 53)])('refuses the number %d', (n) => {
    expect(() => toEpochMs(n)).toThrow(RuleInputError);
  });

  it.each([[new Date(NaN)], [null], [undefined], [{}], [[]], [Symbol('x')], [10n], [() => 0]])('refuses %s', (v) => {
    expect(() => toEpochMs(v as never)).toThrow(RuleInputError);
  });

  it('names the function and the path in the error', () => {
    try {
      expectInstant('2026-01-01T10:00', 'isNewWork', ['firstEpisodeAt']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      const err = e as RuleInputError;
      expect(err.fn).toBe('isNewWork');
      expect(err.issues).toMatchInlineSnapshot(`
        [
          {
            "code": "invalid-instant",
            "message": "expected a Date, integer epoch ms or ISO-8601 string with offset; got "2026-01-01T10:00"",
            "path": [
              "firstEpisodeAt",
            ],
          },
        ]
      `);
      expect(err.message).toMatch(/^isNewWork: invalid input\n {2}- firstEpisodeAt: expected/);
    }
  });

  it('accepts a Date from another realm', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Date(86400000)') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(toEpochMs(foreign)).toBe(86_400_000);
  });
});

/** Objects that pass for a Date at a glance but hold no time value, or whose own getTime misbehaves. */
const lookAlikes: [string, unknown][] = [
  ['an object on the Date prototype', Object.create(Date.prototype)],
  ['an object tagged Date', { [Symbol.toStringTag]: 'Date', getTime: () => 0 }],
  ['a Proxy of a Date', new Proxy(new Date(0), {})],
  [
    'a Proxy whose getPrototypeOf throws',
    new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('trap');
        },
      },
    ),
  ],
];

describe('Date look-alikes', () => {
  it.each(lookAlikes)('toEpochMs refuses %s with RuleInputError, not a TypeError', (_, value) => {
    expect(() => toEpochMs(value as Date)).toThrow(RuleInputError);
  });

  it('reads a real Date by its time value, even when its own getTime is replaced', () => {
    const patched = Object.assign(new Date(86_400_000), {
      getTime: () => {
        throw new Error('patched');
      },
    });
    expect(toEpochMs(patched)).toBe(86_400_000);
  });
});

describe('isEpochMs', () => {
  it.each([0, -1, 1_767_229_200_000, 8.64e15, -8.64e15])('accepts the integer %d in the Date range', (n) => {
    expect(isEpochMs(n)).toBe(true);
  });

  it.each([0.5, -0.5, 2 ** 53, -(2 ** 53), 2 ** 53 + 2, NaN, Infinity, -Infinity, '0', null, new Date(0), 0n])(
    'refuses %s',
    (v) => {
      expect(isEpochMs(v)).toBe(false);
    },
  );
});

describe('InstantSchema and EpochMsSchema', () => {
  it('accept what toEpochMs accepts and refuse the rest', () => {
    expect(InstantSchema.safeParse('2026-01-01T10:00:00+09:00').success).toBe(true);
    expect(InstantSchema.safeParse(new Date(0)).success).toBe(true);
    expect(InstantSchema.safeParse('2026-01-01T10:00:00').success).toBe(false);
    expect(InstantSchema.safeParse(new Date(NaN)).success).toBe(false);
    expect(InstantSchema.safeParse(1.5).success).toBe(false);
    expect(EpochMsSchema.safeParse(1.5).success).toBe(false);
    expect(EpochMsSchema.safeParse(9e15).success).toBe(true); // past the Date range: an output the library may store
    expect(EpochMsSchema.safeParse(2 ** 53).success).toBe(false);
    expect(EpochMsSchema.safeParse(0).success).toBe(true);
  });

  it('parseIsoInstant returns undefined rather than throwing', () => {
    expect(parseIsoInstant('nope')).toBeUndefined();
  });
});

describe('parseIsoInstant: offsets, fractions and years', () => {
  it.each([
    ['2026-01-01T06:30:00+05:30', 1_767_229_200_000, 'half-hour offset east'],
    ['2025-12-31T21:30:00-03:30', 1_767_229_200_000, 'half-hour offset west'],
    ['2026-01-01T06:45+0545', 1_767_229_200_000, 'offset minutes without a colon'],
    ['2025-12-31T15:30:00-09:30', 1_767_229_200_000, 'minutes of a negative offset count negative too'],
    ['2026-01-01T01:00:00+00:00', 1_767_229_200_000, 'a zero offset'],
    ['2026-01-01T10:00:00+23:59', 1_767_175_260_000, 'the largest offset east'],
    ['2026-01-01T10:00:00-23:59', 1_767_347_940_000, 'the largest offset west'],
    ['2026-01-01T01:00:00.1Z', 1_767_229_200_100, 'a tenth of a second'],
    ['2026-01-01T01:00:00.999999999Z', 1_767_229_200_999, 'nanoseconds, cut to milliseconds'],
    ['2026-01-01T01:00:00.0009Z', 1_767_229_200_000, 'less than a millisecond'],
    ['0099-12-31T23:59:59.999Z', -59_011_459_200_001, 'a two-digit year stays literal'],
    ['0000-01-01T00:00:00Z', -62_167_219_200_000, 'the year 0'],
    ['9999-12-31T23:59:59.999Z', 253_402_300_799_999, 'the last millisecond of 9999'],
    ['2024-02-29T23:59:59Z', 1_709_251_199_000, 'a leap day'],
    ['2026-04-30T00:00:00Z', 1_777_507_200_000, 'day 30 of a 30-day month'],
    ['2026-12-31T00:00:00Z', 1_798_675_200_000, 'day 31 of December'],
  ])('reads %s as %d (%s)', (text, ms) => {
    expect(parseIsoInstant(text)).toBe(ms);
  });

  it.each([
    ['2026-04-31T00:00:00Z', 'April 31'],
    ['2026-02-29T00:00:00Z', 'February 29 of a common year'],
    ['2100-02-29T00:00:00Z', 'February 29 of 2100'],
    ['2026-01-32T00:00:00Z', 'day 32'],
    ['2026-01-00T00:00:00Z', 'day 0'],
    ['2026-00-01T00:00:00Z', 'month 0'],
    ['2026-01-01T10:00:00+09:60', 'offset minute 60'],
    ['2026-01-01T10:00:00+9:00', 'one-digit offset hour'],
    ['2026-01-01T10:00:00.Z', 'a point without digits'],
    ['2026-01-01T10:00:00.1234567890Z', 'ten fraction digits'],
    ['2026-01-01T10:00:00Z ', 'a trailing space'],
  ])('refuses %s (%s)', (text) => {
    expect(parseIsoInstant(text)).toBeUndefined();
  });
});

describe('epochMsOrUndefined', () => {
  it.each([
    [0, 0],
    [-8.64e15, -8.64e15],
    [new Date(-8.64e15), -8.64e15],
    ['1970-01-01T09:00:00+09:00', 0],
  ])('reads %s as %d', (value, ms) => {
    expect(epochMsOrUndefined(value)).toBe(ms);
  });

  it.each([
    ['NaN', NaN],
    ['a fraction', 1.5],
    ['a number past the safe integers', 2 ** 53],
    ['an Invalid Date', new Date(NaN)],
    ['a date without time and offset', '2026-01-01'],
    ['null', null],
    ['undefined', undefined],
    ['an object', {}],
    ['an object on the Date prototype', Object.create(Date.prototype)],
    ['an object with a getTime', { getTime: () => 0 }],
  ])('gives undefined for %s', (_, value) => {
    expect(epochMsOrUndefined(value)).toBeUndefined();
  });
});

describe('toEpochMs names', () => {
  it('names toEpochMs and the path at by default', () => {
    try {
      toEpochMs('2026-01-01T10:00');
      expect.unreachable();
    } catch (e) {
      const { fn, issues, message } = e as RuleInputError;
      expect({ fn, issues, message }).toMatchInlineSnapshot(`
        {
          "fn": "toEpochMs",
          "issues": [
            {
              "code": "invalid-instant",
              "message": "expected a Date, integer epoch ms or ISO-8601 string with offset; got "2026-01-01T10:00"",
              "path": [
                "at",
              ],
            },
          ],
          "message": "toEpochMs: invalid input
          - at: expected a Date, integer epoch ms or ISO-8601 string with offset; got "2026-01-01T10:00"",
        }
      `);
    }
  });

  it.each([
    ['a number and an index (as Array.prototype.map passes)', 0, ['at']],
    ['a function name and a path (the 0.2.0 internal parameters)', 'isNewWork', ['events', 2, 'at']],
    [
      'a path Proxy claiming 2 ** 32 - 1 elements',
      'x',
      new Proxy([], { get: (_t, k) => (k === 'length' ? 2 ** 32 - 1 : 'at') }),
    ],
  ])('names itself and the path at, whatever extra arguments come with %s', (_, fn, path) => {
    const expectedPath = ['at'];
    try {
      (toEpochMs as (...args: unknown[]) => number)('bad', fn, path);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).fn).toBe('toEpochMs');
      expect((e as RuleInputError).issues).toEqual([
        {
          path: expectedPath,
          code: 'invalid-instant',
          message: 'expected a Date, integer epoch ms or ISO-8601 string with offset; got "bad"',
        },
      ]);
    }
  });
});

describe('InstantSchema issues', () => {
  const issueOf = (value: unknown) =>
    InstantSchema.safeParse(value).error?.issues.map((i) => [i.code, i.path, (i as { params?: unknown }).params]);

  it.each([
    ['a well-formed string naming no real day', '2026-02-30T00:00:00Z'],
    ['a string without offset', '2026-01-01T10:00:00'],
    ['a non-integer number', 1.5],
    ['an Invalid Date', new Date(NaN)],
    ['null', null],
    ['a number past 2^53 - 1', 2 ** 53],
    ['a number before -(2^53 - 1)', -(2 ** 53)],
  ])('refuses %s with one issue coded invalid-instant (issue 22)', (_, value) => {
    expect(issueOf(value)).toEqual([['custom', [], { code: 'invalid-instant' }]]);
  });

  it('names the value in its message', () => {
    expect(InstantSchema.safeParse('2026-02-30T00:00:00Z').error?.issues[0]?.message).toBe(
      'expected a Date, integer epoch ms or ISO-8601 string with offset; got "2026-02-30T00:00:00Z"',
    );
  });

  it('accepts the edges of the Date range, past them, and the year 0', () => {
    expect(InstantSchema.safeParse(8.64e15).success).toBe(true);
    expect(InstantSchema.safeParse(-8.64e15).success).toBe(true);
    expect(InstantSchema.safeParse(8.64e15 + 172_800_000).success).toBe(true);
    expect(InstantSchema.safeParse('0000-01-01T00:00:00Z').success).toBe(true);
  });
});

describe('a Date of another realm (a vm context, an iframe, a worker) is a Date', () => {
  const foreign = (code: string): unknown => runInNewContext(code);
  it('InstantSchema accepts it as zod accepts a Date of this realm', () => {
    expect(InstantSchema.safeParse(foreign("new Date('2026-12-02T01:00:00Z')")).success).toBe(true);
    expect(toEpochMs(foreign("new Date('2026-12-02T01:00:00Z')") as Date)).toBe(1_796_173_200_000);
  });
  it('refuses a foreign Invalid Date and Date look-alikes, without throwing from inside', () => {
    expect(InstantSchema.safeParse(foreign('new Date(NaN)')).success).toBe(false);
    expect(InstantSchema.safeParse(Object.create(Date.prototype)).success).toBe(false);
    expect(InstantSchema.safeParse(foreign('({ getTime: () => 0 })')).success).toBe(false);
  });
});

describe('isAnyRealmDate and anyRealmDateMessage (the Date option of InstantSchema)', () => {
  it.each([
    ['a Date', new Date(0), true],
    ['a Date of another realm', runInNewContext('new Date(5)'), true],
    ['an Invalid Date', new Date(Number.NaN), false],
    ['a Date look-alike whose time cannot be read', Object.create(Date.prototype), false],
    ['null', null, false],
    ['epoch ms', 5, false],
    ['an ISO string', '2026-01-01T10:00:00+09:00', false],
  ])('%s', (_, value, expected) => {
    expect(isAnyRealmDate(value)).toBe(expected);
  });
  // zod's own words for a z.date() refusal
  it.each([
    ['null', null, 'Invalid input: expected date, received null'],
    ['an array', [], 'Invalid input: expected date, received array'],
    ['an Invalid Date', new Date(Number.NaN), 'Invalid input: expected date, received Date'],
    ['a number', 5, 'Invalid input: expected date, received number'],
    ['a string', 'x', 'Invalid input: expected date, received string'],
    ['an object', {}, 'Invalid input: expected date, received object'],
  ])('%s: %s', (_, input, message) => {
    expect(anyRealmDateMessage({ input })).toBe(message);
    expect(z.date().safeParse(input).error?.issues[0]?.message).toBe(message);
  });
});
