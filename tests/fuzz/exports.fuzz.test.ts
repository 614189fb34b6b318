import { fc, test } from '../prop.js';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../helpers.js';
import * as pkg from '../../src/index.js';
import { INPUT_ISSUE_CODES, RuleInputError } from '../../src/core/index.js';

const CODES = new Set<string>(INPUT_ISSUE_CODES);

// Every exported function, read from the package itself: a new export is fuzzed without anyone
// remembering to add it. Classes (constructors) are not called.
type AnyFunction = (...args: unknown[]) => unknown;
const functions = (Object.entries(pkg) as [string, unknown][]).filter(
  (e): e is [string, AnyFunction] =>
    typeof e[1] === 'function' && !/^class[\s{]/.test(Function.prototype.toString.call(e[1])),
);

const DAY = 86_400_000;
/** Values that look almost right: the near-misses a hand-written guard forgets. */
const nearMiss = fc.constantFrom<unknown>(
  new Date(NaN),
  NaN,
  Infinity,
  -1,
  0.5,
  -0.5,
  1e300,
  2 ** 53,
  '',
  '2026-09-25T12:30:00',
  '2026-02-30T10:00:00+09:00',
  '2026-09-25T12:30:00+09:00',
  '2026-09-25',
  'not-a-kind',
  'open-group',
  'speaker',
  'listener',
  'wifi',
  'temporary-measure',
  'illegal-activity',
  '__proto__',
  'constructor',
  Date.parse('2026-09-25T03:30:00Z'),
  Date.parse('2026-09-25T03:30:00Z') + 48 * 3_600_000,
  Date.parse('2026-09-25T03:30:00Z') - 31 * DAY,
  JSON.parse('{"__proto__": {"polluted": true}, "kind": "open-group"}'),
  Object.freeze({ kind: 'open-group' }),
  Object.create(null),
  new Array(100_000).fill(0),
  [null],
  Symbol('s'),
  10n,
  () => 0,
  // Date look-alikes: a Date's prototype or tag without its time value, a Date whose getTime throws.
  Object.create(Date.prototype),
  { [Symbol.toStringTag]: 'Date' },
  Object.assign(new Date(0), {
    getTime: () => {
      throw new Error('patched getTime');
    },
  }),
);
const garbage = fc.oneof(
  fc.anything({ withDate: true, withNullPrototype: true, withTypedArray: true, withBigInt: true }),
  nearMiss,
);
/** Objects whose fields are garbage or near-misses, keyed by names the API really uses. */
const keys = fc.constantFrom(
  'kind',
  'chat',
  'at',
  'type',
  'userId',
  'hostId',
  'roomId',
  'creatorId',
  'role',
  'genre',
  'length',
  'episodeNumber',
  'count',
  'context',
  'participantCount',
  'network',
  'abroad',
  'firstEpisodeAt',
  'nicknameCreatedAt',
  'sender',
  'mode',
  'paidVia',
  'preference',
  'requestedBy',
  'accountAge',
  'supervised',
  'contentRating',
  'areFriends',
  'bothOnWifi',
  'offWifi',
  'extraHolidays',
  'removedHolidays',
  'talkDrawerSubscriber',
  'freeRetentionDays',
  'id',
  'firstEpisodeRegisteredAt',
  'clock',
  'ms',
  'n',
  'similarTo',
  'messagesReported',
  'identityProof',
  '__proto__',
);
const shaped = fc.dictionary(keys, fc.oneof(garbage, nearMiss, fc.dictionary(keys, nearMiss)), { maxKeys: 6 });
const argument = fc.oneof(garbage, shaped);

/** The only acceptable failure: the library's input error, with at least one issue. */
function callSafely(fn: (...args: unknown[]) => unknown, args: unknown[]): void {
  let result: unknown;
  try {
    result = fn(...args);
  } catch (e) {
    if (!(e instanceof RuleInputError))
      throw new Error(`escaped a non-input error: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    expect(e.issues.length).toBeGreaterThan(0);
    // issue 22: every code a caller can switch on is in the documented list
    for (const issue of e.issues) expect(CODES.has(issue.code), `issue code ${issue.code}`).toBe(true);
    return;
  }
  if (result instanceof Promise) throw new Error('returned a promise: rules are synchronous');
}

describe('fuzz: bad input never escapes as a crash', () => {
  it('finds the functions to fuzz', () => {
    expect(functions.length).toBeGreaterThan(5);
  });

  describe.each(functions)('%s', (name, fn) => {
    test.prop([fc.array(argument, { maxLength: 4 })], { numRuns: 60 })(
      'throws only RuleInputError (with issues), never mutates input',
      (args) => {
        const frozen = args.map((a) => deepFreeze(a));
        // Frozen inputs make any mutation attempt a TypeError, which callSafely reports.
        callSafely(fn, frozen);
        expect(({} as Record<string, unknown>).polluted, `${name} polluted Object.prototype`).toBeUndefined();
      },
    );
  });
});
