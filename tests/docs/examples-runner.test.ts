import { describe, expect, it } from 'vitest';
import { compileExample } from './examples.js';

// The example runner must be able to fail, or "every example is checked" means nothing.
async function runExample(code: string): Promise<void> {
  const check = (src: string, actual: () => unknown, expected: () => unknown, partial: boolean) => {
    const value = actual();
    if (partial) expect(value).toMatchObject(expected() as object);
    else expect(value, src).toEqual(expected());
  };
  const throwsNamed = (src: string, fn: () => unknown, name: string) =>
    expect(fn, src).toThrow(expect.objectContaining({ name }));
  await new Function('__check', '__throws', `return (async () => {${compileExample(code)}})()`)(check, throwsNamed);
}

describe('the @example runner', () => {
  it.each([
    ['1 + 1 //=> 2'],
    ['const a = [1, 2]\na.length //=> 2'],
    ['Math.max(\n  1,\n  3,\n) //=> 3'],
    ['({ ok: true, value: 1 })\n//=> { ok: true, value: 1 }'],
    ["({ ok: false, rule: 'r', code: 'c', extra: 1 }) //=> { ok: false, code: 'c', ... }"],
    ['({ a: 1, b: 2 }) //=> {\n//   a: 1,\n//   b: 2,\n// }'],
    ["JSON.parse('{') // throws SyntaxError"],
    ["import { x } from 'kakao-rules'\n'y' //=> 'y'"],
  ])('accepts a true example: %j', async (code) => {
    await expect(runExample(code)).resolves.toBeUndefined();
  });

  it.each([
    ['1 + 1 //=> 3'],
    ["({ ok: false, code: 'c' }) //=> { ok: false, code: 'd', ... }"],
    ["'fine' // throws Error"],
    ['undefinedName //=> 1'],
  ])('rejects a false example: %j', async (code) => {
    await expect(runExample(code)).rejects.toThrow();
  });
});
