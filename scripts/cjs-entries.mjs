/**
 * After tsup: writes each CommonJS entry point (`dist/<entry>.cjs`) as the names of its ESM twin taken from
 * the package's two CommonJS bundles: `dist/cjs.cjs`, the zod-free library, and `dist/cjs-schemas.cjs`, the
 * zod schemas (which takes the rest of the library from the first). Only a `schemas` entry point requires the
 * second, so `require('kakao-rules')` and `require('kakao-rules/<module>')` load no zod (issue 24). Bundling
 * each entry alone (tsup's default) gave every subpath its own copy of the code, so a room made by one copy
 * was a stranger to another.
 */
import { createRequire } from 'node:module';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = join(import.meta.dirname, '../dist');
const require = createRequire(import.meta.url);
const BUNDLES = { core: join(dist, 'cjs.cjs'), schemas: join(dist, 'cjs-schemas.cjs') };
const core = new Set(Object.keys(require(BUNDLES.core)));
const schemas = new Set(Object.keys(require(BUNDLES.schemas)));
// The entry points are what package.json says `require` resolves to.
const { exports } = JSON.parse(readFileSync(join(dist, '../package.json'), 'utf8'));
const entries = Object.values(exports).flatMap((e) =>
  typeof e === 'object' && e.require ? [join(dist, '..', e.require.default.slice(0, -'.cjs'.length))] : [],
);
const relativeTo = (base, file) => {
  const r = relative(dirname(base), file);
  return r.startsWith('.') ? r : `./${r}`;
};
let count = 0;
for (const base of entries) {
  const names = Object.keys(await import(pathToFileURL(`${base}.js`).href)).sort();
  const isSchemas = base.endsWith('schemas');
  const from = (name) => {
    if (isSchemas && schemas.has(name)) return 'schemas';
    if (core.has(name)) return 'core';
    throw new Error(`cjs-entries: ${relative(dist, base)} exports ${name}, which no CommonJS bundle has`);
  };
  const used = [...new Set(names.map(from))].sort();
  writeFileSync(
    `${base}.cjs`,
    `'use strict';\n// ${relative(dist, base)} for require(): its names, from the package's CommonJS bundles.\n${used
      .map((b) => `const ${b} = require(${JSON.stringify(relativeTo(base, BUNDLES[b]))});`)
      .join('\n')}\nmodule.exports = {\n${names.map((n) => `  ${n}: ${from(n)}.${n},`).join('\n')}\n};\n`,
  );
  rmSync(`${base}.cjs.map`, { force: true });
  count++;
}
if (process.env.VERBOSE === '1') console.log(`cjs-entries: wrote ${count} CommonJS entry points`);
