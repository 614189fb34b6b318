/**
 * `npm run generate`: runs every generator, in the order their outputs feed each other, each in a process of
 * its own (a generator imports what an earlier one may just have rewritten). `npm run generate -- --check`
 * (a step of `npm test`) writes nothing and fails naming every stale file.
 *
 * Every generated source file is named `*.generated.ts` and starts with a comment naming the command that
 * makes it; generator-only inputs live in data/ (never shipped).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** [script, what it writes], in order. */
export const GENERATORS: readonly (readonly [string, string])[] = [
  ['vendor-gazette.ts', 'data/holidays/gazette.generated.ts, from @hyunbinseo/holidays-kr'],
  ['generate-lunar-holidays.ts', 'src/support-hours/lunarTable.generated.ts, from korean-lunar-calendar'],
  ['compile-guards.ts', 'src/<module>/guards.generated.ts, from each src/<module>/schemas.ts'],
  [
    'compact-holidays.ts',
    'src/support-hours/holidays.generated.ts and holidayBasis.generated.ts, from data/holidays/ and the projection',
  ],
  ['rules-doc.ts', 'docs/rules.md, from the rule catalogue'],
];

const check = process.argv.includes('--check');
let failed = 0;
for (const [script] of GENERATORS) {
  const { status } = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, script), ...(check ? ['--check'] : [])],
    { stdio: 'inherit' },
  );
  if (status !== 0) failed++;
}
if (failed) {
  console.error(
    check ? 'generate --check: generated files are stale; run npm run generate' : 'generate: a generator failed',
  );
  process.exit(1);
}
if (check) console.log(`generate --check: all ${GENERATORS.length} generators up to date`);
