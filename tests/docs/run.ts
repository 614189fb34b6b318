import { expect } from 'vitest';
import * as root from '../../src/index.js';
import * as schemas from '../../src/schemas.js';

// Every export of the package, the schemas entry point's included, is in scope of an example.
const pkg = { ...root, ...schemas };
import { compileExample } from './examples.js';

const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<void>;
const names = Object.keys(pkg);

/**
 * Runs example `code` (an @example or a README block, imports removed) with every export of the
 * package in scope, checking each `//=>` result and `// throws` line; returns how many it checked.
 */
export async function runExample(code: string): Promise<number> {
  let checked = 0;
  const check = (source: string, actual: () => unknown, expected: () => unknown, partial: boolean): void => {
    checked++;
    const value = actual();
    if (partial && value !== null && typeof value === 'object')
      expect(value, source).toMatchObject(expected() as object);
    else expect(value, source).toEqual(expected());
  };
  const throwsNamed = (source: string, fn: () => unknown, name: string): void => {
    checked++;
    expect(fn, source).toThrow(expect.objectContaining({ name }));
  };
  await new AsyncFunction(...names, '__check', '__throws', compileExample(code))(
    ...names.map((n) => (pkg as Record<string, unknown>)[n]),
    check,
    throwsNamed,
  );
  return checked;
}
