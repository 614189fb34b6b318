import { describe, expect, it } from 'vitest';
import * as pkg from '../../src/index.js';
import { collectExamples, compileExample } from './examples.js';

// Every @example in the JSDoc of src/ runs here, with every export of the package in scope, and each
// `//=>` result is checked: documentation that lies fails the build.
const examples = collectExamples();
const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;
const names = Object.keys(pkg);

function check(source: string, actual: () => unknown, expected: () => unknown, partial: boolean): void {
  const value = actual();
  if (partial && value !== null && typeof value === 'object') expect(value, source).toMatchObject(expected() as object);
  else expect(value, source).toEqual(expected());
}

function throwsNamed(source: string, fn: () => unknown, name: string): void {
  expect(fn, source).toThrow(expect.objectContaining({ name }));
}

describe('documentation examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  it.each(examples.map((e) => [`${e.file}:${e.line} ${e.name}`, e] as const))('%s', async (_, example) => {
    const program = compileExample(example.code);
    const run = new AsyncFunction(...names, '__check', '__throws', program);
    await run(...names.map((n) => (pkg as Record<string, unknown>)[n]), check, throwsNamed);
  });
});
