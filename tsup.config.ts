import { defineConfig } from 'tsup';
import { version } from './package.json';

/** The public entry points: the root and one subpath per module (see package.json `exports`). */
export const MODULES = ['voiceroom', 'calls', 'policy', 'support-hours', 'kakaopage'] as const;

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(MODULES.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    // The gazetted holiday data is ESM-only: inline it so the CJS build never requires it (Node 20.0-20.18).
    noExternal: ['@hyunbinseo/holidays-kr'],
  },
  {
    // The CLI is the only code allowed to touch Node built-ins and the clock.
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
