/**
 * Runs the benchmarks: every `bench/*.bench.ts`, or those whose name contains an argument
 * (`npm run bench -- voiceroom`). Each file runs in a process of its own, so no benchmark inherits
 * the JIT state of another (feedback left by one module's inputs slowed the next file's hot paths up
 * to 2x), and each prints its own table and its ratios against a baseline measured in that same
 * process. Benchmarks never assert on time; they report.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

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
  const { status } = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, f)], {
    stdio: 'inherit',
  });
  if (status !== 0) process.exitCode = status ?? 1;
}
