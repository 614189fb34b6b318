import { describe, expect, it } from 'vitest';
import { collectExamples } from './examples.js';
import { runExample } from './run.js';

// Every @example in the JSDoc of src/ runs here, with every export of the package in scope, and each
// `//=>` result is checked: documentation that lies fails the build.
const examples = collectExamples();

describe('documentation examples', () => {
  it('exist', () => {
    expect(examples.length).toBeGreaterThan(5);
  });

  it.each(examples.map((e) => [`${e.file}:${e.line} ${e.name}`, e] as const))('%s', async (_, example) => {
    await runExample(example.code);
  });
});
