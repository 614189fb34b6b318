/**
 * `npm run bench -- size`: what each exported function costs a bundle when imported alone from its
 * subpath, dependencies (zod) included, minified and gzipped; then all rule functions together and the
 * catalogue, and the packed package (issue 24: what `npm publish` uploads). Budgets (issue 13): <= 10 kB per
 * function, <= 36 kB for all rule functions together.
 * Needs dist/ (`npm run build`). The figures are bytes, not time: they do not vary between runs.
 */
import {
  ALL_RULE_FUNCTIONS_BUDGET,
  CATALOGUE,
  CATALOGUE_BUDGET,
  FUNCTION_BUDGET,
  budgetOf,
  built,
  bundle,
  exportedFunctions,
  kB,
  packed,
  reexport,
  ruleFunctionsTogether,
} from './sizes.js';

if (!built()) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const rows: string[][] = [];
const functions = await exportedFunctions();
let over = 0;
for (const { name, subpath } of functions) {
  const b = await bundle(reexport([name], subpath));
  // The catalogue's own functions carry the catalogue: they are held to its budget, not to 10 kB.
  const catalogue = (CATALOGUE as readonly string[]).includes(name);
  const fits = b.gzip <= budgetOf(name);
  if (!fits) over++;
  rows.push([
    name,
    `kakao-rules${subpath ? `/${subpath}` : ''}`,
    kB(b.gzip),
    kB(b.minified),
    b.zod ? 'yes' : 'no',
    `${fits ? 'ok' : 'OVER'}${catalogue ? ` (catalogue, ${kB(CATALOGUE_BUDGET)})` : budgetOf(name) !== FUNCTION_BUDGET ? ` (the whole module, ${kB(budgetOf(name))})` : ''}`,
  ]);
}
const together = await bundle(await ruleFunctionsTogether());
const wholeCatalogue = await bundle(reexport(CATALOGUE, ''));
const sorted = rows
  .map((r) => r[2]!)
  .map((s) => Number.parseFloat(s))
  .sort((a, b) => a - b);

console.log(
  `Each exported function alone, from its subpath, dependencies included (budget ${kB(FUNCTION_BUDGET)} min+gzip):\n`,
);
console.log('| export | imported from | min+gzip | min | zod | budget |\n|---|---|---:|---:|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(
  `\n${functions.length} functions; ${over} over budget; median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} kB, largest ${sorted.at(-1)!.toFixed(1)} kB.`,
);
console.log(
  `All rule functions together (the catalogue aside): ${kB(together.gzip)} min+gzip (budget ${kB(ALL_RULE_FUNCTIONS_BUDGET)}; zod ${together.zod ? 'included' : 'absent'}).`,
);
console.log(
  `The catalogue (${CATALOGUE.join(', ')}): ${kB(wholeCatalogue.gzip)} min+gzip (budget ${kB(CATALOGUE_BUDGET)}).`,
);
const pack = packed();
console.log(
  `The packed package (npm pack): ${kB(pack.size)} tarball, ${kB(pack.unpackedSize)} unpacked, ${pack.files} files (source maps and declarations included).`,
);
