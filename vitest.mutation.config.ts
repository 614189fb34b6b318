import { defineConfig } from 'vitest/config';

/**
 * The suite Stryker runs for each mutant (`npm run mutation`): the rule tests in one zone, with the
 * in-process CLI tests and the JSDoc examples, and without the packaging tests, the CLI tests that
 * spawn the built bin and the fuzz suite, which check other things and cost seconds per run. The
 * setup file fixes fast-check's seed, so property tests keep their names between runs.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/packaging/**', 'tests/fuzz/**', 'tests/cli/cli.test.ts'],
    env: { TZ: 'UTC' },
    setupFiles: ['tests/mutation.setup.ts'],
  },
});
