/**
 * Readers of caller-built collections that never throw and never do unbounded work: a list is checked
 * against its cap by its `length` before any element is read, then copied into a plain array (a hole
 * reads as `undefined`, like an explicit `undefined`), so a Proxy, a revoked Proxy or a throwing index
 * getter is one `invalid-input` issue, never an exception of another kind.
 * @module
 */
import { describeValue, inputIssue, type InputIssue } from './errors.js';

/** The message of a value whose reading throws. @internal */
export const UNREADABLE_MESSAGE = 'could not be read (its getter or proxy throws)';

/**
 * A plain copy of the array `value` of at most `cap` elements, or `undefined` after pushing the issue
 * at `path` onto `issues`: not an array (`invalid-type`, saying `expected`), longer than `cap`
 * (`too-big`, read from its length alone), or unreadable (`invalid-input`).
 * @internal
 */
export function readArray(
  value: unknown,
  path: readonly (string | number)[],
  cap: number,
  expected: string,
  issues: InputIssue[],
): unknown[] | undefined {
  let length: number;
  try {
    if (!Array.isArray(value)) {
      issues.push(inputIssue(path, 'invalid-type', `expected ${expected}; got ${describeValue(value)}`));
      return undefined;
    }
    length = value.length;
    // a Proxy over an array can answer any length; a real array's is a safe integer
    if (!Number.isSafeInteger(length) || length < 0) throw new TypeError();
  } catch {
    issues.push(inputIssue(path, 'invalid-input', UNREADABLE_MESSAGE));
    return undefined;
  }
  if (length > cap) {
    issues.push(inputIssue(path, 'too-big', `expected at most ${cap} items; got ${length}`));
    return undefined;
  }
  // Stryker disable next-line ArrayDeclaration: equivalent, the loop below assigns every index from 0 to length - 1 (or the copy is dropped); the size only spares growing
  const copy = new Array<unknown>(length);
  let i = 0;
  try {
    for (; i < length; i++) copy[i] = value[i];
  } catch {
    issues.push(inputIssue([...path, i], 'invalid-input', UNREADABLE_MESSAGE));
    return undefined;
  }
  return copy;
}
