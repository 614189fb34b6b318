import { existsSync } from 'node:fs';
import { beforeAll, beforeEach } from 'vitest';
import { RuleInputError, type InputIssue } from '../src/core/index.js';

/**
 * Freezes a value and everything reachable from it (cycles and typed arrays allowed), so any attempt
 * by the code under test to mutate its input throws a TypeError.
 */
export function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if (value !== null && typeof value === 'object' && !seen.has(value) && !ArrayBuffer.isView(value)) {
    seen.add(value);
    for (const k of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[k], seen);
    Object.freeze(value);
  }
  return value;
}

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

/**
 * For a suite that works on the build (dist/): fails, never skips, when `file` is missing, so that
 * `npm test` (which builds first) cannot pass with the suite silently left out (issue 25).
 */
export function requireBuild(file: string): void {
  // The mutation suite (vitest.mutation.config.ts) runs in Stryker's sandbox: instrumented sources and no
  // build, so a suite on dist/ has nothing of the mutant to test there. It is skipped, visibly, there only.
  if (process.env.KAKAO_RULES_MUTATION === '1') {
    beforeEach((context) => context.skip('no build in the mutation sandbox'));
    return;
  }
  beforeAll(() => {
    if (!existsSync(file))
      throw new Error(`${file} is missing: run npm run build first (npm test builds before the suite)`);
  });
}
