import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectMarkdownExamples } from '../docs/markdown.js';

// A reader pastes a block of the README into a strict TypeScript project that installed the package:
// every ```ts block of README.md and docs/*.md must compile so, each as a module of its own, against
// the built package (its exports and declarations, as published).
const root = join(import.meta.dirname, '../..');
const examples = collectMarkdownExamples();
const dir = mkdtempSync(join(tmpdir(), 'kakao-rules-md-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(existsSync(join(root, 'dist/index.d.ts')))('TypeScript in README.md and docs/*.md, compiled', () => {
  it('compiles under strict (nodenext), block by block', () => {
    mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
    symlinkSync(root, join(dir, 'node_modules/kakao-rules'), 'dir');
    symlinkSync(join(root, 'node_modules/@types/node'), join(dir, 'node_modules/@types/node'), 'dir');
    const files = examples.map((e, i) => {
      const name = `block-${String(i).padStart(3, '0')}.ts`;
      writeFileSync(join(dir, name), `// ${e.file}:${e.line}\n${e.code}\nexport {};\n`);
      return name;
    });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'reader', type: 'module', private: true }));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: ['node'], noUnusedLocals: false }, files }),
    );
    let output = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    // Name each error by the document line it comes from, not by the scratch file.
    const located = output.replace(/block-(\d+)\.ts\((\d+),(\d+)\)/g, (_, i: string, l: string) => {
      const ex = examples[Number(i)]!;
      return `${ex.file}:${ex.line + Number(l) - 2}`;
    });
    expect(located).toBe('');
    expect(files.length).toBeGreaterThan(10);
  });
});
