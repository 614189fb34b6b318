import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
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

const SRC = resolve(import.meta.dirname, 'src');
/** A zod schema file: src/schemas.ts, src/<module>/schemas.ts (core's included), or the schemas bundle's entry. */
const isSchemaFile = (file: string): boolean => /^(?:[^/]+\/)?schemas\.ts$|^cjs-schemas\.ts$/.test(relative(SRC, file));

/**
 * For the CommonJS schemas bundle: every module of src/ that is not a schema file is taken from the core
 * bundle (`require('./cjs.cjs').__schemaDeps[path]`, src/cjs.ts) instead of being bundled again, so the two
 * bundles share one copy of the library (one VoiceRoom, one RuleInputError) and the core loads no zod.
 */
const sharedWithCore: Plugin = {
  name: 'kakao-rules-shared-with-core',
  setup(build) {
    const listed = new Set(
      [...readFileSync(resolve(SRC, 'cjs.ts'), 'utf8').matchAll(/^ {2}'([^']+)': \w+,$/gm)].map((m) => m[1]),
    );
    build.onResolve({ filter: /^\./ }, (args) => {
      if (!args.importer.startsWith(SRC)) return undefined;
      const file = resolve(dirname(args.importer), args.path).replace(/\.js$/, '.ts');
      if (isSchemaFile(file)) return undefined;
      const key = relative(SRC, file).replace(/\.ts$/, '');
      if (!listed.has(key))
        throw new Error(`a schema file imports src/${key}.ts: add it to __schemaDeps in src/cjs.ts`);
      return { path: key, namespace: 'kakao-rules-core' };
    });
    build.onResolve({ filter: /^\.\/cjs\.cjs$/ }, () => ({ path: './cjs.cjs', external: true }));
    build.onLoad({ filter: /.*/, namespace: 'kakao-rules-core' }, (args) => ({
      contents: `module.exports = require('./cjs.cjs').__schemaDeps[${JSON.stringify(args.path)}];`,
      loader: 'js',
    }));
  },
};

export default defineConfig([
  {
    // ESM keeps one file per source file, transpiled and not bundled, so `sideEffects: false` lets a
    // bundler drop each file a program does not use (in one bundled chunk, a module-level
    // `Object.freeze(...)` would keep itself and everything it names). Not bundling also means no
    // shared chunks, whose hashed names and module order depended on the checkout's absolute path
    // (issue 17): the same source builds to the same dist/ wherever it lies.
    ...library,
    entry: ['src/**/*.ts', '!src/cli/**', '!src/cjs.ts', '!src/cjs-schemas.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: PUBLIC },
    clean: true,
  },
  {
    // Node's loader, which pays for every file it opens (about half the cold start of a subpath on the
    // unbundled files, issue 24), takes the same ESM bundled per entry point, the code shared between entries
    // in chunks so a process still has one copy of the library: package.json sends `import` under the `node`
    // condition here. Bundlers for the browser and edge runtimes keep the per-file build above. Whitespace and
    // syntax are minified (less to parse at start-up); names are kept, so a stack trace still names functions.
    ...library,
    entry: PUBLIC,
    format: ['esm'],
    outDir: 'dist/node',
    splitting: true,
    minifyWhitespace: true,
    minifySyntax: true,
  },
  // CommonJS: one zod-free bundle of the library (src/cjs.ts) and one of the zod schemas (src/cjs-schemas.ts)
  // that takes everything else from the first; every entry point's .cjs re-exports its names from them
  // (scripts/cjs-entries.mjs), so all subpaths share one copy of the code and only `schemas` entries load
  // zod (issue 24); declarations per entry.
  { ...library, entry: { cjs: 'src/cjs.ts' }, format: ['cjs'] },
  { ...library, entry: { 'cjs-schemas': 'src/cjs-schemas.ts' }, format: ['cjs'], esbuildPlugins: [sharedWithCore] },
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
