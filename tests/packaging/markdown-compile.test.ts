import { requireBuild } from '../helpers.js';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectMarkdownExamples, type MarkdownExample } from '../docs/markdown.js';

// A reader pastes a block of the README into a strict TypeScript project that installed the package:
// every ```ts block of README.md and docs/*.md must compile so, each as a module of its own, against
// the built package (its exports and declarations, as published).
const root = join(import.meta.dirname, '../..');
const examples = collectMarkdownExamples();
const dir = mkdtempSync(join(tmpdir(), 'kakao-rules-md-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Blocks a reader could write wrongly, compiled in the same run: the step must report each of them,
// at its line, or a clean result for the real blocks proves nothing.
const fixtures: MarkdownExample[] = [
  // `.code` exists only on a refusal: reading it before narrowing is the 0.1.0 README's mistake.
  {
    file: 'fixture-unnarrowed',
    line: 1,
    code: "import { checkLiveTalkJoin } from 'kakao-rules/calls';\ncheckLiveTalkJoin({ participantCount: 40 }).code;",
  },
  // A name from another block: every block is a module of its own.
  {
    file: 'fixture-other-block',
    line: 1,
    code: "import { roleOf } from 'kakao-rules/voiceroom';\nroleOf(room, 'bo');",
  },
  // An export that does not exist (0.1.0's name).
  {
    file: 'fixture-old-name',
    line: 1,
    code: "import { agentChatStatus } from 'kakao-rules/support-hours';\nagentChatStatus(0);",
  },
  // Under `strict` only: an implicit any.
  { file: 'fixture-strict', line: 1, code: 'export function id(x) {\n  return x;\n}' },
  // The control: the same check, narrowed, compiles.
  {
    file: 'fixture-narrowed',
    line: 1,
    code: "import { checkLiveTalkJoin } from 'kakao-rules/calls';\nconst r = checkLiveTalkJoin({ participantCount: 40 });\nif (!r.ok) r.code;",
  },
];
const isFixture = (e: MarkdownExample) => e.file.startsWith('fixture-');

/** Compiles every block as its own module; answers tsc's errors, each named `file:line: error TSnnnn`. */
function compileBlocks(blocks: readonly MarkdownExample[]): string[] {
  mkdirSync(join(dir, 'node_modules/@types'), { recursive: true });
  symlinkSync(root, join(dir, 'node_modules/kakao-rules'), 'dir');
  symlinkSync(join(root, 'node_modules/@types/node'), join(dir, 'node_modules/@types/node'), 'dir');
  const files = blocks.map((e, i) => {
    const name = `block-${String(i).padStart(3, '0')}.ts`;
    writeFileSync(join(dir, name), `// ${e.file}:${e.line}\n${e.code}\nexport {};\n`);
    return name;
  });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'reader', type: 'module', private: true }));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2022', 'dom'],
        types: ['node'],
        noUnusedLocals: false,
      },
      files,
    }),
  );
  let output = '';
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir, '--pretty', 'false'], {
      encoding: 'utf8',
    });
  } catch (e) {
    output = String((e as { stdout?: string }).stdout ?? e);
  }
  // One entry per error (its indented detail lines joined to it), named by the document line it
  // comes from, not by the scratch file.
  const errors: string[] = [];
  for (const l of output.split('\n')) {
    if (l.trim() === '') continue;
    if (/^\s/.test(l) && errors.length > 0) errors[errors.length - 1] += `\n${l}`;
    else errors.push(l);
  }
  return errors.map((l) =>
    l.replace(/^\S*?block-(\d+)\.ts\((\d+),(\d+)\)/, (_, i: string, line: string) => {
      const ex = blocks[Number(i)]!;
      return `${ex.file}:${ex.line + Number(line) - 2}`;
    }),
  );
}

describe('TypeScript in README.md and docs/*.md, compiled', () => {
  requireBuild(join(root, 'dist/index.d.ts'));
  it('compiles under strict (nodenext), block by block, and the step reports a wrong block', () => {
    const errors = compileBlocks([...examples, ...fixtures]);
    expect(errors.filter((l) => !l.startsWith('fixture-'))).toEqual([]);
    expect(examples.length).toBeGreaterThan(10);
    expect(examples.some(isFixture)).toBe(false);
    // Each wrong fixture is reported at its line, with the error a reader would see; the control is not.
    expect(
      errors.filter((l) => l.startsWith('fixture-')).map((l) => l.replace(/^(\S+): error (TS\d+):[\s\S]*$/, '$1 $2')),
    ).toEqual([
      'fixture-unnarrowed:2 TS2339',
      'fixture-other-block:2 TS2304',
      'fixture-old-name:1 TS2305',
      'fixture-strict:1 TS7006',
    ]);
  });
});
