import { RuleInputError, describeValue, inputIssue, type InputIssue } from './errors.js';

/**
 * A `Temporal.Instant` or `Temporal.ZonedDateTime` (native or from a polyfill), recognised by its
 * `Symbol.toStringTag` and read through `epochMilliseconds`: the library imports no Temporal polyfill.
 */
export interface TemporalInstantLike {
  /** What tells a Temporal instant from any other object. */
  readonly [Symbol.toStringTag]: 'Temporal.Instant' | 'Temporal.ZonedDateTime';
  /** The instant in epoch milliseconds (floored), as the library reads it. */
  readonly epochMilliseconds: number;
}

/**
 * A `Temporal.PlainDate` (native or from a polyfill), recognised by its `Symbol.toStringTag` and read
 * through `toString()` (its ISO date): accepted wherever a `'YYYY-MM-DD'` date is.
 */
export interface TemporalPlainDateLike {
  /** What tells a Temporal date from any other object. */
  readonly [Symbol.toStringTag]: 'Temporal.PlainDate';
  /** The ISO date `'YYYY-MM-DD'` (with a `[u-ca=...]` annotation for another calendar), as the library reads it. */
  toString(): string;
}

/**
 * An instant as callers may give it: a `Date`, epoch milliseconds, an ISO-8601 string that carries
 * its offset (`Z` or `+09:00`), or a `Temporal.Instant` / `Temporal.ZonedDateTime`. A string without
 * an offset is refused: it has no single meaning.
 */
export type InstantInput = Date | number | string | TemporalInstantLike;

/** The range of a JavaScript `Date`: +-8.64e15 ms around the epoch. */
export const MAX_EPOCH_MS = 8.64e15;

/**
 * The range of instants the library accepts as epoch ms: every integer a number holds exactly
 * (+-(2^53 - 1), about +-285,000 years). Wider than a `Date`'s range ({@link MAX_EPOCH_MS}) so that
 * an instant the library outputs from any `Date` (an end or a deadline days after 8.64e15) is accepted
 * back as an input.
 */
export const MAX_INSTANT_MS = Number.MAX_SAFE_INTEGER;

// date, 'T' (or space), time with optional seconds and fraction, then a mandatory offset; each field in range.
export const ISO_INSTANT =
  /^(\d{4})-(0[1-9]|1[0-2])-(\d\d)[Tt ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:[.,](\d{1,9}))?)?(?:[Zz]|([+-])([01]\d|2[0-3])(?::?([0-5]\d))?)$/;

type Fields = [number, number, number, number, number, number, number, number, number, number];

/** Epoch ms of an ISO-8601 string with offset, or `undefined` when it is not one (or names no real date). */
export function parseIsoInstant(text: string): number | undefined {
  const m = ISO_INSTANT.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second, , , offH, offM] = m.slice(1).map((g) => Number(g ?? 0)) as Fields;
  const sign = m[8] === '-' ? -1 : 1;
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 literal; a day past the month's end rolls over, caught here.
  const wall = new Date(0);
  const dayMs = wall.setUTCFullYear(year, month - 1, day);
  if (wall.getUTCDate() !== day) return undefined;
  return (
    dayMs +
    ((hour * 60 + minute - sign * (offH * 60 + offM)) * 60 + second) * 1000 +
    Math.floor(Number(`0.${m[7] ?? 0}`) * 1000)
  );
}

/**
 * Whether `value` is epoch milliseconds as the library accepts them: an integer number within
 * +-(2^53 - 1) ({@link MAX_INSTANT_MS}), the `Date` range and beyond. Hot paths check their numbers with this before anything else: no call, no allocation.
 */
export function isEpochMs(value: unknown): value is number {
  return typeof value === 'number' && Math.abs(value) <= MAX_INSTANT_MS && Math.floor(value) === value;
}

/**
 * Epoch ms of a `Temporal.Instant` or `Temporal.ZonedDateTime` (by its `Symbol.toStringTag`), or
 * `undefined`; never throws (a revoked Proxy, a throwing getter).
 */
function temporalEpochMs(value: unknown): number | undefined {
  let ms: unknown;
  try {
    const v = value as TemporalInstantLike;
    const tag = v[Symbol.toStringTag];
    if (tag === 'Temporal.Instant' || tag === 'Temporal.ZonedDateTime') ms = v.epochMilliseconds;
  } catch {
    // null, undefined, or a value whose reading throws: no instant
  }
  return isEpochMs(ms) ? ms : undefined;
}

/**
 * The `'YYYY-MM-DD'` ISO date of a `Temporal.PlainDate` (its ISO fields, whatever its calendar), or
 * `undefined` for anything else; never throws.
 */
export function temporalPlainDateText(value: unknown): string | undefined {
  let text: unknown;
  try {
    const v = value as TemporalPlainDateLike;
    if (typeof value === 'object' && v[Symbol.toStringTag] === 'Temporal.PlainDate') text = v.toString();
  } catch {
    // null, or a value whose reading or toString throws: no date
  }
  const m = typeof text === 'string' ? /^(\d{4}-\d{2}-\d{2})(?:\[|$)/.exec(text) : null;
  return m === null ? undefined : m[1];
}

/**
 * Epoch ms of a valid instant, or `undefined`. The exact reader behind every `at`: no allocation for
 * numbers and Dates, one regex for strings. A Date is anything `Date.prototype.getTime` accepts (a
 * real Date of any realm); objects that only look like one (a Date prototype, a `Symbol.toStringTag`,
 * a Proxy) are not, and reading them never throws. A `Temporal.Instant` or `Temporal.ZonedDateTime`
 * is read through `epochMilliseconds` (recognised by its `Symbol.toStringTag`, without a polyfill).
 */
export function epochMsOrUndefined(value: unknown): number | undefined {
  if (isEpochMs(value)) return value;
  if (typeof value === 'string') return parseIsoInstant(value);
  let ms = NaN;
  try {
    // Reading through the method, when it is the built-in one, lets V8 load the time value in place.
    const { getTime } = Date.prototype;
    // Stryker disable next-line ConditionalExpression: equivalent when false, getTime.call(value) reads the same time value; the direct call is only faster
    ms = (value as Date).getTime === getTime ? (value as Date).getTime() : getTime.call(value);
  } catch {
    // not a Date: a number out of range, any other primitive, a look-alike object
  }
  return Number.isNaN(ms) ? temporalEpochMs(value) : ms;
}

/** The issue describing why `value` is not an instant. */
export function instantIssue(value: unknown, path: readonly (string | number)[]): InputIssue {
  return inputIssue(path, 'invalid-instant', instantInputMessage({ input: value }));
}

/** Always true: the type check of `InstantSchema`, whose one refinement ({@link isInstantInput}) says the rest. */
export function isAnyValue(_value: unknown): boolean {
  return true;
}

/** Whether `value` is an instant the library accepts (a zod-free check: the refinement of `InstantSchema`). */
export function isInstantInput(value: unknown): boolean {
  return epochMsOrUndefined(value) !== undefined;
}

/** The message of an `invalid-instant` issue about `issue.input`. */
export function instantInputMessage(issue: { readonly input: unknown }): string {
  return `expected a Date, integer epoch ms or ISO-8601 string with offset; got ${describeValue(issue.input)}`;
}

/**
 * The library's instant reader: epoch milliseconds, or a {@link RuleInputError} naming `fn` (the public
 * function being called) and `path` (where the value sits in its input). Internal: the public face is
 * {@link toEpochMs}.
 */
export function expectInstant(value: unknown, fn: string, path: readonly (string | number)[]): number {
  const ms = epochMsOrUndefined(value);
  if (ms === undefined) throw new RuleInputError(fn, [instantIssue(value, path)]);
  return ms;
}

const AT_PATH = ['at'] as const;

/**
 * Turns an instant into epoch milliseconds, or throws {@link RuleInputError}.
 *
 * @param value - a `Date`, integer epoch ms, ISO-8601 string with offset, or a `Temporal.Instant` /
 *   `Temporal.ZonedDateTime`.
 * @returns the instant as integer epoch milliseconds.
 * @throws {RuleInputError} for an Invalid Date, NaN, a non-integer or out-of-range number, a string
 *   without offset or naming no real date, or anything else.
 * @example
 * toEpochMs('2026-01-01T10:00:00+09:00') //=> 1767229200000
 * toEpochMs('2026-01-01T10:00:00')       // throws RuleInputError (no offset)
 */
export function toEpochMs(value: InstantInput): number {
  return expectInstant(value, 'toEpochMs', AT_PATH);
}
/**
 * Whether `value` is a valid Date of any realm (a `vm` context such as the REPL's, an iframe, a
 * worker): read through `Date.prototype.getTime`, like every hand check of the library, where
 * `z.date()` would check `instanceof Date`. The custom type of {@link InstantSchema}.
 */
export function isAnyRealmDate(value: unknown): value is Date {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent where the test turns false (`false`, `&&`): getTime.call throws on null and on every primitive and the catch answers false, so the test only spares the throw (this also silences its `true` variants, which answer false for every Date and which the isAnyRealmDate tests kill)
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Number.isNaN(Date.prototype.getTime.call(value));
  } catch {
    return false; // a Date look-alike whose time cannot be read
  }
}

/** zod's own words for a `z.date()` refusal, so that {@link isAnyRealmDate}'s issues read as before. */
export function anyRealmDateMessage(issue: { readonly input: unknown }): string {
  const v = issue.input;
  return `Invalid input: expected date, received ${v === null ? 'null' : Array.isArray(v) ? 'array' : v instanceof Date ? 'Date' : typeof v}`;
}
