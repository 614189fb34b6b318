/**
 * After tsup: writes each CommonJS entry point (`dist/<entry>.cjs`) as the names of its ESM twin taken
 * from the one CommonJS bundle, `dist/cjs.cjs`. Bundling each entry alone (tsup's default) gave every
 * subpath its own copy of the code, so a room made by one copy was a stranger to another.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = join(import.meta.dirname, '../dist');
// The entry points are what package.json says `require` resolves to.
const { exports } = JSON.parse(readFileSync(join(dist, '../package.json'), 'utf8'));
const entries = Object.values(exports).flatMap((e) =>
  typeof e === 'object' && e.require ? [join(dist, '..', e.require.default.slice(0, -'.cjs'.length))] : [],
);
let count = 0;
for (const base of entries) {
  const names = Object.keys(await import(pathToFileURL(`${base}.js`).href)).sort();
  let bundle = relative(dirname(base), join(dist, 'cjs.cjs'));
  if (!bundle.startsWith('.')) bundle = `./${bundle}`;
  writeFileSync(
    `${base}.cjs`,
    `'use strict';\n// ${relative(dist, base)} for require(): its names, from the package's one CommonJS bundle.\nconst all = require(${JSON.stringify(bundle)});\nmodule.exports = {\n${names.map((n) => `  ${n}: all.${n},`).join('\n')}\n};\n`,
  );
  rmSync(`${base}.cjs.map`, { force: true });
  count++;
}
if (process.env.VERBOSE === '1') console.log(`cjs-entries: wrote ${count} CommonJS entry points`);
