import { defineConfig } from 'vitest/config';

/**
 * Every rule is about KST, never about the machine's zone: the whole suite runs once per zone below,
 * as separate projects in one run, so the summary counts every test that really ran.
 * Kiritimati (UTC+14) and Los Angeles (DST) are the zones most likely to expose a local-time slip.
 */
export const TIME_ZONES = ['UTC', 'Asia/Seoul', 'America/Los_Angeles', 'Pacific/Kiritimati'] as const;

export default defineConfig({
  test: {
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      // Process glue tested by spawning the built bin (tests/cli/cli.test.ts), which v8 cannot see here.
      exclude: ['src/cli/index.ts', 'src/cli/repl.ts'],
      reporter: ['text-summary', 'json-summary'],
      // Issue 7's gates: every line of src/ runs, and at least 95% of its branches.
      thresholds: { lines: 100, branches: 95 },
    },
    projects: [
      ...TIME_ZONES.map((tz) => ({
        extends: true as const,
        test: {
          name: `TZ=${tz}`,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/packaging/**', 'tests/examples/**'],
          env: { TZ: tz },
        },
      })),
      {
        extends: true as const,
        test: {
          // The reference service (examples/voiceroom-service) in child processes over one database: its
          // instants are epoch ms whatever the zone, so it runs once (in a zone with DST), not once per zone.
          name: 'examples',
          include: ['tests/examples/**/*.test.ts'],
          env: { TZ: 'America/Los_Angeles' },
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        extends: true as const,
        test: {
          name: 'packaging',
          include: ['tests/packaging/**/*.test.ts'],
          // Packs the tarball once and installs it in a consumer project for every packaging test.
          globalSetup: ['tests/packaging/consumer.setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
