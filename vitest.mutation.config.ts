import { defineConfig } from 'vitest/config';

/**
 * The suite Stryker runs for each mutant (`npm run mutation`): the rule tests in one zone, with the
 * in-process CLI tests and the JSDoc examples, and without the packaging tests, the CLI tests that
 * spawn the built bin and the fuzz suite, which check other things and cost seconds per run. The
 * setup file fixes fast-check's seed, so property tests keep their names between runs.
 * `isolate: false` keeps the module cache of the one worker Stryker runs between its runs (one run per
 * mutant; mutant switching needs no reload): measured on `--mutate src/calls/**`, the CPU time of the
 * whole Stryker run fell from 266 s to 151 s, and the initial test run from 60 s to 7 s, with the same
 * 71 mutants killed. The suite keeps no state between files that a shared module cache could leak.
 * A lazy memo (`x ??= build()`) is built by whichever test calls it first, so Stryker reruns only that
 * test on `build`'s mutants: such code is also tested through its un-memoized function.
 * Vitest starts a fresh worker for every run, so what a test file imports is paid once per mutant: keep
 * test imports light (`tests/prop.ts` replaced `@fast-check/vitest`, which cost 1.5 s per import).
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // tests/examples: the reference service runs on the built package, which the sandbox does not have;
    // tests/layout.test.ts reads the source files, which the sandbox holds instrumented.
    exclude: [
      'tests/packaging/**',
      'tests/fuzz/**',
      'tests/cli/cli.test.ts',
      'tests/examples/**',
      'tests/layout.test.ts',
    ],
    // KAKAO_RULES_MUTATION: the tests that compare a generated source file with its generator skip
    // (Stryker's sandbox holds instrumented copies of src/).
    env: { TZ: 'UTC', KAKAO_RULES_MUTATION: '1' },
    isolate: false,
    setupFiles: ['tests/mutation.setup.ts'],
  },
});
