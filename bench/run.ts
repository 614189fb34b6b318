/**
 * Runs the benchmarks: every `bench/*.bench.ts`, or those whose name contains an argument
 * (`npm run bench -- voiceroom`). Each file prints its own table and its ratios against a baseline
 * measured in the same process. Benchmarks never assert on time; they report.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const filters = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
  .sort();

if (files.length === 0) {
  console.error(`no benchmark matches ${JSON.stringify(filters)}`);
  process.exitCode = 2;
}
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  await import(pathToFileURL(join(import.meta.dirname, f)).href);
}
