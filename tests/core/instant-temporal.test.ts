import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { RuleInputError, epochMsOrUndefined, temporalPlainDateText, toEpochMs } from '../../src/core/index.js';
import { InstantSchema } from '../../src/core/schemas.js';
import { InstantGuard } from '../../src/core/guards.generated.js';
import { guardIssues } from '../../src/core/index.js';

// 2026-09-23 11:00 KST, written by hand: 2026-09-23T02:00:00Z.
const MS = 1_790_128_800_000;

describe('Temporal in, without a dependency (issue 23): recognised by Symbol.toStringTag', () => {
  it.each([
    ['a Temporal.Instant', Temporal.Instant.from('2026-09-23T02:00:00Z')],
    ['a Temporal.ZonedDateTime in Seoul', Temporal.ZonedDateTime.from('2026-09-23T11:00:00+09:00[Asia/Seoul]')],
    ['a Temporal.ZonedDateTime in UTC', Temporal.ZonedDateTime.from('2026-09-23T02:00:00+00:00[UTC]')],
  ])('reads %s as its epoch ms', (_, value) => {
    expect(toEpochMs(value)).toBe(MS);
    expect(InstantSchema.safeParse(value).success).toBe(true);
    expect(guardIssues(InstantGuard, value).ok).toBe(true);
  });

  it('floors a sub-millisecond Temporal.Instant to its millisecond (epochMilliseconds)', () => {
    expect(toEpochMs(Temporal.Instant.fromEpochNanoseconds(1_790_128_800_000_999_999n))).toBe(MS);
    expect(toEpochMs(Temporal.Instant.fromEpochNanoseconds(-1n))).toBe(-1);
  });

  it.each([
    ['a Temporal.PlainDate', Temporal.PlainDate.from('2026-09-23')],
    ['a Temporal.PlainDateTime (no offset: no single instant)', Temporal.PlainDateTime.from('2026-09-23T11:00')],
    ['a Temporal.Duration', Temporal.Duration.from({ hours: 1 })],
    ['a look-alike tagged Instant without epochMilliseconds', { [Symbol.toStringTag]: 'Temporal.Instant' }],
    [
      'a look-alike with a fractional epochMilliseconds',
      { [Symbol.toStringTag]: 'Temporal.Instant', epochMilliseconds: 1.5 },
    ],
    [
      'a look-alike whose epochMilliseconds throws',
      {
        [Symbol.toStringTag]: 'Temporal.Instant',
        get epochMilliseconds(): number {
          throw new Error('boom');
        },
      },
    ],
    ['an untagged object with epochMilliseconds', { epochMilliseconds: 0 }],
  ])('refuses %s as an instant, with invalid-instant and never another error', (_, value) => {
    expect(epochMsOrUndefined(value)).toBeUndefined();
    expect(() => toEpochMs(value as never)).toThrow(RuleInputError);
    try {
      toEpochMs(value as never);
    } catch (e) {
      expect((e as RuleInputError).issues.map((i) => i.code)).toEqual(['invalid-instant']);
    }
  });

  it('refuses a revoked Proxy without letting its TypeError out', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(epochMsOrUndefined(proxy)).toBeUndefined();
    expect(temporalPlainDateText(proxy)).toBeUndefined();
  });

  it.each([
    [Temporal.PlainDate.from('2026-09-23'), '2026-09-23'],
    [Temporal.PlainDate.from({ year: 2026, month: 9, day: 23, calendar: 'gregory' }), '2026-09-23'],
  ])('reads the ISO date of a Temporal.PlainDate %s, whatever its calendar', (value, text) => {
    expect(temporalPlainDateText(value)).toBe(text);
  });

  it('outputs stay epoch ms: the Temporal input is not echoed', () => {
    expect(typeof toEpochMs(Temporal.Instant.from('2026-09-23T02:00:00Z'))).toBe('number');
  });
});

const nativeTemporal = (globalThis as { Temporal?: typeof Temporal }).Temporal;

describe('a native Temporal, when the runtime has one', () => {
  // Node 20 and 22 have no global Temporal (Node 26 ships it): this test runs only where it exists.
  it.skipIf(nativeTemporal === undefined)(
    'reads a native Temporal.Instant and PlainDate alike (skipped where the runtime has no global Temporal, as Node 20)',
    () => {
      expect(toEpochMs(nativeTemporal!.Instant.from('2026-09-23T02:00:00Z'))).toBe(MS);
      expect(temporalPlainDateText(nativeTemporal!.PlainDate.from('2026-09-23'))).toBe('2026-09-23');
    },
  );
});

describe('temporalPlainDateText refuses look-alikes without throwing', () => {
  it.each([
    [
      'a toString that throws',
      {
        [Symbol.toStringTag]: 'Temporal.PlainDate',
        toString: () => {
          throw new Error('boom');
        },
      },
    ],
    ['a toString that is no date', { [Symbol.toStringTag]: 'Temporal.PlainDate', toString: () => 'soon' }],
    ['a toString that is no string', { [Symbol.toStringTag]: 'Temporal.PlainDate', toString: () => 20260923 }],
    ['another tag', { [Symbol.toStringTag]: 'Temporal.PlainTime', toString: () => '2026-09-23' }],
    [
      'a toString that is an array holding the date (no string, though String() of it is one)',
      { [Symbol.toStringTag]: 'Temporal.PlainDate', toString: () => ['2026-09-23'] },
    ],
    [
      'a toString with a date after other text',
      { [Symbol.toStringTag]: 'Temporal.PlainDate', toString: () => 'x2026-09-23' },
    ],
    [
      'a function (no object) with the tag and a date toString',
      Object.assign(() => 0, { [Symbol.toStringTag]: 'Temporal.PlainDate', toString: () => '2026-09-23' }),
    ],
    // a real PlainDate past year 9999 writes a six-digit signed year, which is no 'YYYY-MM-DD'
    ['a PlainDate of year 10000 (+010000-01-01)', Temporal.PlainDate.from({ year: 10000, month: 1, day: 1 })],
    ['a PlainDate of year -1 (-000001-01-01)', Temporal.PlainDate.from({ year: -1, month: 1, day: 1 })],
  ])('%s', (_, value) => {
    expect(temporalPlainDateText(value)).toBeUndefined();
  });
});
