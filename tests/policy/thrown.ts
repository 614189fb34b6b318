import { RuleInputError, type InputIssue } from '../../src/index.js';

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
