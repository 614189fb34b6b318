export { deepFreeze } from '../helpers.js';
import { expect } from 'vitest';
import { RuleInputError } from '../../src/core/index.js';

/** Values no rule accepts where an object or an instant is expected. */
export const GARBAGE: readonly unknown[] = [
  null,
  undefined,
  1.5,
  Number.NaN,
  'nonsense',
  true,
  [],
  {},
  new Date(Number.NaN),
  Symbol('x'),
  10n,
  () => 0,
  JSON.parse('{"__proto__": {"genre": "fantasy"}}'),
  Object.freeze({ genre: 'poetry', length: 'epic' }),
];

/** Asserts that `run` throws a RuleInputError naming `fn` with at least one issue, and nothing else. */
export function expectInputError(run: () => unknown, fn: string): RuleInputError {
  let caught: unknown;
  try {
    run();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(RuleInputError);
  const err = caught as RuleInputError;
  expect(err.fn).toBe(fn);
  expect(err.issues.length).toBeGreaterThan(0);
  return err;
}

export const DAY = 86_400_000;
/** The instant of a KST wall time written `YYYY-MM-DDTHH:mm[:ss[.sss]]`. */
export const kst = (s: string): number => Date.parse(`${s}+09:00`);
/** The calendar-day clock option. */
export const CAL = { clock: 'kst-calendar-days' } as const;
/** The start of the library's message for a value that is no instant (the value follows it). */
export const INSTANT_MESSAGE = 'expected a Date, integer epoch ms or ISO-8601 string with offset; got';
/** The library's message for a field whose getter or proxy throws. */
export const UNREADABLE_MESSAGE = 'could not be read (its getter or proxy throws)';
