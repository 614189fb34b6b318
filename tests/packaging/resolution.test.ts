import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

// Issue 13: every entry point resolves, with its real types, under each of TypeScript's module
// resolution settings a consumer may use. The packed tarball (consumer.setup.ts) is compiled against
// by a real `tsc` in each setting, with `strict` on: an unresolved subpath fails with TS2307, and an
// untyped one with TS7016; a `@ts-expect-error` on a name no module exports proves the types are not `any`.
// (`npm run lint:package` runs attw's strict profile over the same settings.) node10 compiles with
// `esModuleInterop`, as `tsc --init` sets it: without it zod's own declarations do not compile there.
const root = join(import.meta.dirname, '../..');
const dir = inject('consumerDir');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
const specifiers = Object.keys(pkg.exports)
  .filter((k) => k !== './package.json' && !k.includes('*'))
  .map((k) => k.replace(/^\./, 'kakao-rules'));

/** A consumer module that imports every entry point and uses each one's types. */
function consumer(): string {
  const lines = specifiers.flatMap((spec, i) => [
    `import * as m${i} from '${spec}';`,
    `// @ts-expect-error ${spec} has real types, which do not list this name`,
    `m${i}.__noSuchExport;`,
  ]);
  return `${lines.join('\n')}\nexport const names: string[][] = [${specifiers.map((_, i) => `Object.keys(m${i})`).join(', ')}];\n`;
}

const settings = [
  {
    name: 'node10 (the old "node")',
    folder: 'node10',
    options: { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true },
    files: ['consumer.ts'],
  },
  {
    name: 'node16, from CommonJS and from ESM',
    folder: 'node16',
    options: { module: 'node16', moduleResolution: 'node16' },
    files: ['consumer.cts', 'consumer.mts'],
  },
  {
    name: 'nodenext',
    folder: 'nodenext',
    options: { module: 'nodenext', moduleResolution: 'nodenext' },
    files: ['consumer.cts', 'consumer.mts'],
  },
  {
    name: 'bundler',
    folder: 'bundler',
    options: { module: 'esnext', moduleResolution: 'bundler' },
    files: ['consumer.ts'],
  },
];

/** Runs tsc and returns its diagnostics ('' when the program compiles). */
function compile(project: string): string {
  try {
    execFileSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return '';
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ''}${e.stderr ?? ''}`.trim() || String(error);
  }
}

describe('TypeScript resolves every entry point of the packed package', () => {
  it('the consumer imports the root, the schemas and every module subpath with its schemas', () => {
    expect(specifiers).toEqual([
      'kakao-rules',
      'kakao-rules/schemas',
      ...['voiceroom', 'calls', 'policy', 'support-hours', 'kakaopage'].flatMap((m) => [
        `kakao-rules/${m}`,
        `kakao-rules/${m}/schemas`,
      ]),
    ]);
  });

  it.each(settings)('moduleResolution $name: compiles under strict with no error', ({ folder, options, files }) => {
    const project = join(dir, 'ts', folder);
    mkdirSync(project, { recursive: true });
    for (const f of files) writeFileSync(join(project, f), consumer());
    const config = {
      compilerOptions: {
        ...options,
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: [],
        lib: ['es2022', 'dom'],
        target: 'es2022',
      },
      files,
    };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify(config, null, 2));
    expect(compile(project)).toBe('');
  });
});
