import { defineConfig, type Options } from 'tsup';
import { version } from './package.json';

/** The public entry points: the root and one subpath per module (see package.json `exports`). */
export const MODULES = ['voiceroom', 'calls', 'policy', 'support-hours', 'kakaopage'] as const;
/** Modules whose zod schemas have their own entry point, `kakao-rules/<module>/schemas` (issue 13). */
export const SCHEMA_MODULES = MODULES;
const PUBLIC = {
  index: 'src/index.ts',
  schemas: 'src/schemas.ts',
  ...Object.fromEntries(MODULES.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
  ...Object.fromEntries(SCHEMA_MODULES.map((m) => [`${m}/schemas`, `src/${m}/schemas.ts`])),
};

// Quiet unless VERBOSE=1: `npm start` on a fresh clone and `npm test` show no build log (issue 15);
// tsup still prints its errors.
const silent = process.env.VERBOSE !== '1';

const library = {
  silent,
  sourcemap: true,
  target: 'es2022' as const,
  platform: 'neutral' as const,
} satisfies Options;

export default defineConfig([
  {
    // ESM keeps one file per source file, transpiled and not bundled, so `sideEffects: false` lets a
    // bundler drop each file a program does not use (in one bundled chunk, a module-level
    // `Object.freeze(...)` would keep itself and everything it names). Not bundling also means no
    // shared chunks, whose hashed names and module order depended on the checkout's absolute path
    // (issue 17): the same source builds to the same dist/ wherever it lies.
    ...library,
    entry: ['src/**/*.ts', '!src/cli/**', '!src/cjs.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: PUBLIC },
    clean: true,
  },
  // CommonJS: one bundle of everything (src/cjs.ts), which every entry point's .cjs re-exports
  // (scripts/cjs-entries.mjs), so all subpaths share one copy of the code; declarations per entry.
  { ...library, entry: { cjs: 'src/cjs.ts' }, format: ['cjs'] },
  { ...library, entry: PUBLIC, format: ['cjs'], dts: { only: true } },
  {
    // The CLI is the only code allowed to touch Node built-ins and the clock.
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    silent,
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
