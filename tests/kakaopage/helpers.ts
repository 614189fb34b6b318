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
