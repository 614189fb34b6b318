import { RuleInputError, type InputIssue } from '../../src/core/index.js';

/**
 * Runs `f`, which must throw a RuleInputError, and returns what the error says (the function it names
 * and every issue), for a test to compare with the value written out. Anything else fails the test.
 */
export function thrown(f: () => unknown): { fn: string; issues: readonly InputIssue[] } {
  try {
    f();
  } catch (e) {
    if (e instanceof RuleInputError) return { fn: e.fn, issues: e.issues };
    throw e;
  }
  throw new Error('expected a RuleInputError, but nothing was thrown');
}

/** The message of the `year-out-of-range` issue for `what`. */
export const outside = (what: string): string =>
  `${what} is outside the holiday calendar (1990-01-01 to 2050-12-31 KST); no holiday data or projection exists there`;

/** The message of the `invalid-instant` issue for a value described as `got`. */
export const notInstant = (got: string): string => `expected a Date, integer epoch ms or ISO-8601 string with offset; got ${got}`;
