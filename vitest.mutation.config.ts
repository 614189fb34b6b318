import { defineConfig } from 'vitest/config';

/**
 * The suite Stryker runs for each mutant (`npm run mutation`): the rule tests in one zone, without the
 * packaging, CLI-process, documentation and fuzz tests, which check other things and cost minutes.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/packaging/**', 'tests/docs/**', 'tests/fuzz/**', 'tests/**/cli.test.ts'],
    env: { TZ: 'UTC' },
  },
});
