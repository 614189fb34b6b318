import { z } from 'zod';
import { DAY_MS, dayNumberFromDate, daysInMonth } from './calendar.js';
import { RuleInputError, describeValue, type InputIssue } from './errors.js';

/**
 * An instant as callers may give it: a `Date`, epoch milliseconds, or an ISO-8601 string that
 * carries its offset (`Z` or `+09:00`). A string without an offset is refused: it has no single
 * meaning.
 */
export type InstantInput = Date | number | string;

/** The range of a JavaScript `Date`: +-8.64e15 ms around the epoch. */
export const MAX_EPOCH_MS = 8.64e15;

// date, 'T' (or space), time with optional seconds and fraction, then a mandatory offset.
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** Epoch ms of an ISO-8601 string with offset, or `undefined` when it is not one (or names no real date). */
export function parseIsoInstant(text: string): number | undefined {
  const m = ISO_INSTANT.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  const offH = m[10] === undefined ? 0 : Number(m[10]);
  const offM = m[11] === undefined ? 0 : Number(m[11]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offH > 23 || offM > 59) return undefined;
  const offset = (m[9] === '-' ? -1 : 1) * (offH * 60 + offM) * 60_000;
  return dayNumberFromDate(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + ms - offset;
}

function isDate(value: unknown): value is Date {
  return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]';
}

/**
 * Epoch ms of a valid instant, or `undefined`. The guard behind every `at`: no allocation for numbers
 * and Dates, one regex for strings.
 */
export function epochMsOrUndefined(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value <= MAX_EPOCH_MS && value >= -MAX_EPOCH_MS ? value : undefined;
  }
  if (typeof value === 'string') return parseIsoInstant(value);
  if (isDate(value)) {
    const t = Date.prototype.getTime.call(value);
    return Number.isNaN(t) ? undefined : t;
  }
  return undefined;
}

/** The issue describing why `value` is not an instant. */
export function instantIssue(value: unknown, path: readonly (string | number)[]): InputIssue {
  const why =
    typeof value === 'string'
      ? 'an ISO-8601 string must carry an offset or Z (e.g. 2026-01-01T10:00:00+09:00) and name a real date and time'
      : typeof value === 'number'
        ? 'epoch milliseconds must be an integer within +-8.64e15'
        : isDate(value)
          ? 'the Date is invalid'
          : 'expected a Date, epoch milliseconds or an ISO-8601 string with offset';
  return { path, code: 'invalid-instant', message: `${why}; got ${describeValue(value)}` };
}

/**
 * Turns an instant into epoch milliseconds, or throws {@link RuleInputError} naming `fn` and `path`.
 *
 * @param value - a `Date`, integer epoch ms, or ISO-8601 string with offset.
 * @param fn - the public function to name in the error (defaults to `toEpochMs`).
 * @param path - where the value sits in that function's input (defaults to `['at']`).
 * @throws {RuleInputError} for an Invalid Date, NaN, a non-integer or out-of-range number, a string
 *   without offset or naming no real date, or anything else.
 * @example
 * toEpochMs('2026-01-01T10:00:00+09:00') //=> 1767229200000
 * toEpochMs('2026-01-01T10:00:00')       // throws RuleInputError (no offset)
 */
export function toEpochMs(value: InstantInput, fn = 'toEpochMs', path: readonly (string | number)[] = ['at']): number {
  const ms = epochMsOrUndefined(value);
  if (ms === undefined) throw new RuleInputError(fn, [instantIssue(value, path)]);
  return ms;
}

/**
 * The zod schema of an instant input (`Date | number | string`, validated exactly like
 * {@link toEpochMs}). Use it inside your own payload schemas.
 */
export const InstantSchema = /* @__PURE__ */ z
  .union([z.date(), z.number(), z.string()])
  .refine((v) => epochMsOrUndefined(v) !== undefined, {
    message: 'expected a valid Date, integer epoch milliseconds, or an ISO-8601 string with offset',
  });

/** Epoch milliseconds as stored in state: an integer within the `Date` range. */
export const EpochMsSchema = /* @__PURE__ */ z.int().min(-MAX_EPOCH_MS).max(MAX_EPOCH_MS);
