import fc from 'fast-check';
import { test as vitestTest } from 'vitest';

export { fc };

// The mutation suite (vitest.mutation.config.ts) fixes the seed: a mutant's tests see the values of the
// first run, where Stryker measured which tests cover which mutant. Here rather than in a setup file,
// which every fresh worker would run, importing fast-check for test files that never use it.
if (process.env['KAKAO_RULES_MUTATION'] === '1') fc.configureGlobal({ seed: 20_261_201 });

/**
 * `test.prop([arbitraries], parameters)(name, predicate)`: one vitest test that asserts a fast-check
 * property. It stands in for `@fast-check/vitest`, whose import costs about 1.5 s of CPU in every fresh
 * worker (it walks vitest 4's chainable modifiers recursively): once per test file in `npm test`, and
 * once per mutant in `npm run mutation`, where it was most of the time. The test's name is the name
 * given, with no seed in it; a failing property prints its seed and counterexample in the error.
 */
function prop<Ts extends [unknown, ...unknown[]]>(
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  parameters?: fc.Parameters<Ts>,
) {
  return (name: string, predicate: (...args: Ts) => boolean | void, timeout?: number): void => {
    const checked = (...args: Ts): boolean | void => {
      const result: unknown = predicate(...args);
      if (result instanceof Promise) throw new TypeError(`test.prop "${name}": the predicate must be synchronous`);
      return result as boolean | void;
    };
    vitestTest(name, () => fc.assert(fc.property(...arbitraries, checked), parameters), timeout);
  };
}

export const test = { prop };
