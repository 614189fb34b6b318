/**
 * `npm test`: typecheck, format and lint, the generated files' freshness, build, the API docs, the whole suite with coverage, and the package lint, with one line per
 * quiet step and the suite's summary and failures (vitest's "minimal" reporter: no passing test names,
 * so no passing tests listed; a failing property test prints its fast-check seed in its error).
 * `npm run test:verbose` (or VERBOSE=1 npm test) shows every log and every test as before.
 * Ends with one plain line: "tests: N passed, N failed, N skipped". Other arguments go to vitest
 * (`npm test -- tests/calls`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { quietly, verbose } from './quietly.mjs';

const root = join(import.meta.dirname, '..');
process.chdir(root);
const bin = (name) => join(root, 'node_modules/.bin', name);

for (const [label, command, args] of [
  ['typecheck', bin('tsc'), ['--noEmit']],
  // Formatting and lint (Biome, biome.json): zero findings, or npm test stops here (issue 25).
  ['format and lint (biome check, 0 findings)', bin('biome'), ['check', '--error-on-warnings', '.']],
  // Every generated file (*.generated.ts, docs/rules.md) is what its generator writes today (issue 25).
  ['generated files up to date (npm run generate -- --check)', 'npm', ['run', 'generate', '--silent', '--', '--check']],
  ['build', 'npm', ['run', 'build', '--silent']],
  // The API reference (docs/api, gitignored): typedoc.json treats every validation warning (an
  // undocumented export, a type referenced but not exported, a broken link) as an error. ~10-20 s.
  ['API docs (typedoc, 0 warnings)', bin('typedoc'), []],
]) {
  const status = await quietly(label, command, args);
  if (status !== 0) process.exit(status);
}

const results = join(root, '.vitest-tmp/results.json');
mkdirSync(join(root, '.vitest-tmp'), { recursive: true });
rmSync(results, { force: true });
const reporters = verbose ? ['--reporter=default'] : ['--reporter=minimal'];
const passed = process.argv.slice(2).filter((a) => a !== '--verbose');
const vitest = spawnSync(
  bin('vitest'),
  ['run', '--coverage', ...reporters, ...passed, '--reporter=json', `--outputFile.json=${results}`],
  { stdio: 'inherit' },
);
let counts = '';
try {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  counts = `tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`;
} catch {
  counts = 'tests: no results (vitest did not finish)';
}
if (vitest.status !== 0) {
  console.log(counts);
  process.exit(vitest.status ?? 1);
}

const lint = await quietly('package lint (publint --strict; attw: node10, node16, bundler)', 'npm', [
  'run',
  'lint:package',
  '--silent',
]);
console.log(counts);
process.exit(lint);
