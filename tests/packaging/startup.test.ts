import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// Issue 24, in the packed and installed package (consumer.setup.ts): in CommonJS too, only the `schemas`
// entry points load zod (the ESM entries are checked by the size budgets: no rule function bundles zod); and
// the package carries no generator-only data.
const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const subpaths = Object.keys(pkg.exports)
  .filter((k) => k !== './package.json' && !k.includes('*'))
  .map((k) => k.replace(/^\./, 'kakao-rules'));
const dir = inject('consumerDir');

/** Whether `require(subpath)` in a fresh process loads any file of zod. */
function requiresZod(subpath: string): boolean {
  const code = `require(${JSON.stringify(subpath)}); console.log(JSON.stringify(Object.keys(require.cache).some((f) => f.includes('/node_modules/zod/'))));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', code], { cwd: dir, encoding: 'utf8' })) as boolean;
}

describe('issue 24: CommonJS loads zod for the schemas entry points only', () => {
  it.each(subpaths)('require(%s)', (subpath) => {
    expect(requiresZod(subpath)).toBe(subpath.endsWith('schemas'));
  });
});

describe('issue 24: only what runs is shipped', () => {
  it('no generator input (the 1990-2017 record, the vendored gazette, the designations) is in the package', () => {
    const files = JSON.parse(
      execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
    )[0].files.map((f: { path: string }) => f.path) as string[];
    expect(files.some((f) => f.startsWith('dist/support-hours/holidays.generated.'))).toBe(true);
    expect(files.filter((f) => /history|official|gazette|designations|^data\//.test(f))).toEqual([]);
  });
});
