import { describe, expect, it } from 'vitest';
import * as pkg from '../../src/index.js';
import { compileExample } from './examples.js';
import { collectMarkdownExamples, withoutImports, writtenResults } from './markdown.js';

// Every ```ts block of README.md and docs/*.md runs with the package in scope, and its `//=>` results
// must hold (the same conventions as @example). That each block also compiles under `strict` against
// the built package is checked in tests/packaging/markdown-compile.test.ts.
const examples = collectMarkdownExamples();
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;
const names = Object.keys(pkg);

function check(source: string, actual: () => unknown, expected: () => unknown, partial: boolean): void {
  const value = actual();
  if (partial && value !== null && typeof value === 'object') expect(value, source).toMatchObject(expected() as object);
  else expect(value, source).toEqual(expected());
}

describe('TypeScript in README.md and docs/*.md', () => {
  it('exists in the README and in every module guide', () => {
    const files = new Set(examples.map((e) => e.file));
    for (const f of ['README.md', 'docs/voiceroom.md', 'docs/calls.md', 'docs/policy.md', 'docs/support-hours.md', 'docs/kakaopage.md']) expect(files).toContain(f);
  });

  it.each(examples.map((e) => [`${e.file}:${e.line}`, e] as const))('%s runs and its //=> results hold', async (_, example) => {
    const program = compileExample(withoutImports(example.code));
    const run = new AsyncFunction(...names, '__check', '__throws', program);
    let checked = 0;
    await run(
      ...names.map((n) => (pkg as Record<string, unknown>)[n]),
      (...args: Parameters<typeof check>) => {
        checked++;
        check(...args);
      },
      (src: string, fn: () => unknown, name: string) => {
        checked++;
        expect(fn, src).toThrow(expect.objectContaining({ name }));
      },
    );
    // A result written in a branch the block does not take (`if (!r.ok) { r.code //=> ... }` on a
    // success) would never be compared: every written result must have been checked.
    expect(checked, 'results checked').toBe(writtenResults(example.code));
  });
});
