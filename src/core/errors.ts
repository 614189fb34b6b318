import type { z } from 'zod';

/**
 * Every `code` an {@link InputIssue} can carry: zod's issue codes in kebab case, then the library's own.
 * A service can switch on them exhaustively or build a message table from this list.
 */
export const INPUT_ISSUE_CODES = /* @__PURE__ */ Object.freeze([
  // from zod
  'invalid-type',
  'too-big',
  'too-small',
  'invalid-format',
  'not-multiple-of',
  'unrecognized-keys',
  'invalid-union',
  'invalid-key',
  'invalid-element',
  'invalid-value',
  // the library's own
  'invalid-input',
  'invalid-instant',
  'invalid-date',
  'invalid-field',
  'invalid-span',
  'invalid-event',
  'inconsistent-room',
  'before-opening',
  'year-out-of-range',
  'no-official-data',
  'unknown-rule',
  'too-many-issues',
] as const);

/** The `code` of an {@link InputIssue}: one of {@link INPUT_ISSUE_CODES}. */
export type InputIssueCode = (typeof INPUT_ISSUE_CODES)[number];

/** One problem with an input: where it is, what kind of problem, and a sentence a person can act on. */
export interface InputIssue {
  /** Path from the function's argument, named first, to the bad value, e.g. `['event', 'at']`. */
  readonly path: readonly (string | number)[];
  readonly code: InputIssueCode;
  readonly message: string;
}

/** Builds an {@link InputIssue}; every issue of the library is made here. */
export function inputIssue(path: readonly (string | number)[], code: InputIssueCode, message: string): InputIssue {
  return { path, code, message };
}

/** How many issues a {@link RuleInputError} lists at most; the rest are counted in one last `too-many-issues` issue. */
export const MAX_INPUT_ISSUES = 100;

/**
 * The registered symbol that marks a {@link RuleInputError} of any copy of the library (its ESM and
 * CommonJS builds, two installed versions): `instanceof` reads it, so an error thrown by one copy is
 * an instance of the other's class. Its value is the brand's version, 1.
 */
const ERROR_BRAND: unique symbol = Symbol.for('kakao-rules.RuleInputError') as never;

/**
 * The library's only error. It means the caller passed something that is not a valid input (a wrong
 * type, an unknown enum value, an Invalid Date, an ISO string without offset...). A rule saying "no"
 * is never an error: it is an outcome with `ok: false`. It lists at most {@link MAX_INPUT_ISSUES}
 * issues, then one `too-many-issues` issue; `omitted` says how many were left out. `instanceof`
 * recognises an error of any copy of the library (ESM and CommonJS, two installed versions).
 *
 * @example
 * toEpochMs('2026-01-01T10:00') // throws RuleInputError
 */
export class RuleInputError extends Error {
  override readonly name = 'RuleInputError';
  /** The public function that refused the input. */
  declare readonly fn: string;
  /** Every problem found, not just the first (at most {@link MAX_INPUT_ISSUES}, then a count). Never empty. */
  declare readonly issues: readonly InputIssue[];
  /** How many issues were found beyond the first {@link MAX_INPUT_ISSUES}: 0 when all are listed. */
  declare readonly omitted: number;

  constructor(fn: string, issues: readonly InputIssue[]) {
    const omitted = Math.max(0, issues.length - MAX_INPUT_ISSUES);
    const list = issues.length ? issues.slice(0, MAX_INPUT_ISSUES) : [inputIssue([], 'invalid-input', 'invalid input')];
    if (omitted)
      list.push(inputIssue([], 'too-many-issues', `and ${omitted} more issue${omitted > 1 ? 's' : ''}, not listed`));
    super(`${fn}: invalid input${list.map((i) => `\n  - ${i.path.join('.') || '(argument)'}: ${i.message}`).join('')}`);
    this.fn = fn;
    this.issues = list;
    this.omitted = omitted;
  }

  /** The brand every copy of the library recognises (see {@link RuleInputError}). @internal */
  get [ERROR_BRAND](): 1 {
    return 1;
  }

  /** Whether `value` is a RuleInputError of any copy of the library (a subclass's too): never throws. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    try {
      // Stryker disable next-line OptionalChaining: equivalent, without ?. a null or undefined value throws a TypeError the catch turns into the same false
      return (value as { [ERROR_BRAND]?: unknown } | null | undefined)?.[ERROR_BRAND] === 1;
    } catch {
      return false;
    }
  }
}

/** `text` cut to 60 characters, the last three an ellipsis. */
const cut = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}...` : text);

/** A short (at most 62 characters), never-throwing rendering of any value for error messages. */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(cut(value));
    if (value instanceof Date)
      return Number.isNaN(Date.prototype.getTime.call(value)) ? 'Invalid Date' : `Date(${value.toISOString()})`;
    if (Array.isArray(value)) return `array(${value.length})`;
    return typeof value === 'object' && value !== null
      ? 'object'
      : typeof value === 'bigint'
        ? cut(`${value}n`)
        : cut(String(value));
  } catch {
    return typeof value;
  }
}

/** Turns zod issues into ours: kebab-case codes, the same paths, messages that show the bad value. */
export function issuesFromZod(error: z.core.$ZodError, prefix: readonly (string | number)[] = []): InputIssue[] {
  return error.issues.map((i) => ({
    path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
    // A refinement names its own code in `params.code` (see INPUT_ISSUE_CODES); zod's codes are kebab-cased.
    code: (i.code === 'custom' && typeof i.params?.code === 'string'
      ? i.params.code
      : i.code.replaceAll('_', '-')) as InputIssueCode,
    message: i.message,
  }));
}

/** Whether `value` is a non-null object whose properties can be read. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}
