import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 17: the same source builds to the same dist/ and schemas/ wherever it is checked out. The
// project is copied to two folders of different depths, built in each, and every output file compared.
const root = join(import.meta.dirname, '../..');
const built = ['dist', 'schemas'];
const sources = ['src', 'scripts', 'package.json', 'tsconfig.json', 'tsup.config.ts'];
const temp = mkdtempSync(join(tmpdir(), 'kakao-rules-repro-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function buildIn(dir: string): Map<string, string> {
  mkdirSync(dir, { recursive: true });
  for (const s of sources)
    cpSync(join(root, s), join(dir, s), { recursive: true, filter: (f) => !f.includes('node_modules') });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: dir, stdio: 'ignore' });
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.set(relative(dir, p), readFileSync(p, 'utf8'));
    }
  };
  for (const b of built) walk(join(dir, b));
  return files;
}

describe('a reproducible build', () => {
  it('builds byte-identical dist/ and schemas/ in two checkouts at different paths', () => {
    const a = buildIn(join(temp, 'a'));
    const b = buildIn(join(temp, 'b', 'somewhere', 'deeper'));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect([...a.keys()].filter((f) => a.get(f) !== b.get(f))).toEqual([]);
    expect(a.size).toBeGreaterThan(100);
    // Hashed shared chunks only in Node's bundled build (dist/node/, issue 24), whose names and content the
    // comparison above holds to the source; everywhere else a JavaScript file is named after its source file.
    expect([...a.keys()].filter((f) => /chunk-/.test(f) && !f.startsWith('dist/node/'))).toEqual([]);
    expect([...a.keys()].filter((f) => /^dist\/node\/chunk-/.test(f)).length).toBeGreaterThan(0);
  });
});
