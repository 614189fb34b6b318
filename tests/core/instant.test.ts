import { describe, expect, it } from 'vitest';
import { EpochMsSchema, InstantSchema, RuleInputError, isEpochMs, parseIsoInstant, rejectInstants, toEpochMs } from '../../src/core/index.js';

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

  it.each([NaN, Infinity, -Infinity, 1.5, 8.64e15 + 1, -8.64e15 - 1])('refuses the number %d', (n) => {
    expect(() => toEpochMs(n)).toThrow(RuleInputError);
  });

  it.each([[new Date(NaN)], [null], [undefined], [{}], [[]], [Symbol('x')], [10n], [() => 0]])('refuses %s', (v) => {
    expect(() => toEpochMs(v as never)).toThrow(RuleInputError);
  });

  it('names the function and the path in the error', () => {
    try {
      toEpochMs('2026-01-01T10:00', 'isNewWork', ['firstEpisodeAt']);
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
      expect(err.message).toMatch(/^isNewWork: invalid input\n  - firstEpisodeAt: expected/);
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
  ['a Proxy whose getPrototypeOf throws', new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); } })],
];

describe('Date look-alikes', () => {
  it.each(lookAlikes)('toEpochMs refuses %s with RuleInputError, not a TypeError', (_, value) => {
    expect(() => toEpochMs(value as Date)).toThrow(RuleInputError);
  });

  it('reads a real Date by its time value, even when its own getTime is replaced', () => {
    const patched = Object.assign(new Date(86_400_000), { getTime: () => { throw new Error('patched'); } });
    expect(toEpochMs(patched)).toBe(86_400_000);
  });
});

describe('isEpochMs', () => {
  it.each([0, -1, 1_767_229_200_000, 8.64e15, -8.64e15])('accepts the integer %d in the Date range', (n) => {
    expect(isEpochMs(n)).toBe(true);
  });

  it.each([0.5, -0.5, 8.64e15 + 2, -8.64e15 - 2, NaN, Infinity, -Infinity, '0', null, new Date(0), 0n])('refuses %s', (v) => {
    expect(isEpochMs(v)).toBe(false);
  });
});

describe('rejectInstants', () => {
  it('lists every bad instant by its name after the issues already found, naming the function', () => {
    const earlier = { path: [], code: 'invalid-type', message: 'earlier' };
    try {
      rejectInstants('f', { a: 1, b: 'x', c: NaN, d: new Date(2) }, earlier);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(RuleInputError);
      expect((e as RuleInputError).fn).toBe('f');
      expect((e as RuleInputError).issues.map((i) => [i.path, i.code])).toEqual([
        [[], 'invalid-type'],
        [['b'], 'invalid-instant'],
        [['c'], 'invalid-instant'],
      ]);
    }
  });
});

describe('InstantSchema and EpochMsSchema', () => {
  it('accept what toEpochMs accepts and refuse the rest', () => {
    expect(InstantSchema.safeParse('2026-01-01T10:00:00+09:00').success).toBe(true);
    expect(InstantSchema.safeParse(new Date(0)).success).toBe(true);
    expect(InstantSchema.safeParse('2026-01-01T10:00:00').success).toBe(false);
    expect(InstantSchema.safeParse(new Date(NaN)).success).toBe(false);
    expect(InstantSchema.safeParse(1.5).success).toBe(false);
    expect(EpochMsSchema.safeParse(1.5).success).toBe(false);
    expect(EpochMsSchema.safeParse(9e15).success).toBe(false);
    expect(EpochMsSchema.safeParse(0).success).toBe(true);
  });

  it('parseIsoInstant returns undefined rather than throwing', () => {
    expect(parseIsoInstant('nope')).toBeUndefined();
  });
});
