/**
 * What every generator shares: write its files, or with `--check` (`npm run generate -- --check`, a step of
 * `npm test`) only compare them and exit 1 naming each stale one. Paths are relative to the repository.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');

/** Writes each file whose text differs, or with `--check` in argv reports it and sets exit code 1. */
export function writeOrCheck(generator: string, files: ReadonlyMap<string, string>): void {
  const check = process.argv.includes('--check');
  for (const [file, text] of files) {
    let old: string | undefined;
    try {
      old = readFileSync(join(ROOT, file), 'utf8');
    } catch {
      // a new file
    }
    if (old === text) continue;
    if (check) {
      console.error(`${file} is stale: run npm run generate (${generator})`);
      process.exitCode = 1;
    } else {
      writeFileSync(join(ROOT, file), text);
      console.log(`${generator}: wrote ${file}`);
    }
  }
}
