import { describe, expect, it } from 'vitest';
import { readArray, type InputIssue } from '../../src/core/index.js';

// src/core/read.ts: readArray, the reader of caller-built lists. Expected answers are written from its
// JSDoc: never throws; not an array is `invalid-type`, longer than the cap is `too-big` (from the length
// alone), anything unreadable is `invalid-input` with the message below.

const UNREADABLE = 'could not be read (its getter or proxy throws)';

/** What readArray answers for `value` under the path ['list'] with a cap of 3: the copy and the issues. */
function read(value: unknown): { copy: unknown[] | undefined; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const copy = readArray(value, ['list'], 3, 'a list', issues);
  return { copy, issues };
}

/** An array Proxy whose `length` answers `length` (and whose elements read as their index). */
const lengthLiar = (length: unknown) =>
  new Proxy([] as unknown[], { get: (_, key) => (key === 'length' ? length : Number(String(key))) });

describe('readArray', () => {
  it('copies a list into a plain array, a hole read as undefined', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    const list = [1, , 'x'];
    const { copy, issues } = read(list);
    expect(issues).toEqual([]);
    expect(copy).toEqual([1, undefined, 'x']);
    expect(Object.hasOwn(copy!, 1)).toBe(true);
    expect(copy).not.toBe(list);
  });

  it('answers an empty list with an empty copy', () => {
    expect(read([])).toEqual({ copy: [], issues: [] });
  });

  it('says a non-array is the wrong type, describing it', () => {
    expect(read({ length: 1, 0: 'a' })).toEqual({
      copy: undefined,
      issues: [{ path: ['list'], code: 'invalid-type', message: 'expected a list; got object' }],
    });
  });

  it('says a list longer than the cap is too big, from its length alone', () => {
    expect(read(lengthLiar(4))).toEqual({
      copy: undefined,
      issues: [{ path: ['list'], code: 'too-big', message: 'expected at most 3 items; got 4' }],
    });
  });

  it('reads a Proxy over an array that tells the truth like the array', () => {
    expect(read(lengthLiar(2))).toEqual({ copy: [0, 1], issues: [] });
  });

  it.each([
    ['negative', -1],
    ['fractional', 1.5],
    ['negative and fractional', -0.5],
    ['NaN', Number.NaN],
    ['beyond the safe integers (not merely too big)', 2 ** 53],
    ['infinite', Number.POSITIVE_INFINITY],
    ['a string', '2'],
  ])('says an array Proxy whose length is %s cannot be read', (_, length) => {
    expect(read(lengthLiar(length))).toEqual({
      copy: undefined,
      issues: [{ path: ['list'], code: 'invalid-input', message: UNREADABLE }],
    });
  });

  it('says an array Proxy whose length getter throws cannot be read', () => {
    const list = new Proxy([], {
      get: () => {
        throw new Error('hostile');
      },
    });
    expect(read(list)).toEqual({
      copy: undefined,
      issues: [{ path: ['list'], code: 'invalid-input', message: UNREADABLE }],
    });
  });

  it('says a revoked Proxy cannot be read', () => {
    const r = Proxy.revocable([], {});
    r.revoke();
    expect(read(r.proxy)).toEqual({
      copy: undefined,
      issues: [{ path: ['list'], code: 'invalid-input', message: UNREADABLE }],
    });
  });

  it('names the index of an element whose getter throws', () => {
    const list = Object.defineProperty(['a', 'b'], 1, {
      get() {
        throw new Error('hostile');
      },
    });
    expect(read(list)).toEqual({
      copy: undefined,
      issues: [{ path: ['list', 1], code: 'invalid-input', message: UNREADABLE }],
    });
  });

  it('adds its issue after those already found', () => {
    const issues: InputIssue[] = [{ path: ['other'], code: 'invalid-type', message: 'earlier' }];
    expect(readArray(5, ['list'], 3, 'a list', issues)).toBeUndefined();
    expect(issues).toEqual([
      { path: ['other'], code: 'invalid-type', message: 'earlier' },
      { path: ['list'], code: 'invalid-type', message: 'expected a list; got 5' },
    ]);
  });
});
