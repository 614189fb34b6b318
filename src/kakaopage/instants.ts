import {
  DAY_MS,
  KST_FIXED_SINCE_MS,
  KST_OFFSET_MS,
  describeValue,
  epochMsOrUndefined,
  inputIssue,
  instantIssue,
  isRecord,
  kstDayNumber,
  kstWallTimeToMs,
  readArray,
  UNREADABLE_MESSAGE,
  type InputIssue,
} from '../core/index.js';
import { KAKAOPAGE_MAX_BATCH } from './rules.js';

/**
 * Whether `now` lies in the half-open window `[start, start + length)`: the comparison behind every
 * KakaoPage eligibility window under the `'elapsed'` clock.
 * @internal
 */
export function inWindow(start: number, now: number, length: number): boolean {
  return now >= start && now - start < length;
}

/**
 * The end of a window of `days` KST calendar days opened at `start` (the KST day of `start` is day 1):
 * the KST midnight that starts day `days + 1`. Integer arithmetic since 1988 (fixed UTC+9); the tz
 * database before.
 * @internal
 */
export function kstDaysEnd(start: number, days: number): number {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: false and > only send a start since 1988 (or exactly at KST_FIXED_SINCE_MS) to the tz-database line, which for such starts uses the same fixed +09:00 and returns the same end; true and <, also hidden, are killed by the 1988 summer-time window of windows.test.ts
  if (start >= KST_FIXED_SINCE_MS)
    return (Math.floor((start + KST_OFFSET_MS) / DAY_MS) + days) * DAY_MS - KST_OFFSET_MS;
  return kstWallTimeToMs(kstDayNumber(start) + days);
}

/** The end of a window of `days` days opened at `start`, on either clock. @internal */
export function windowEnd(start: number, days: number, calendar: boolean): number {
  return calendar ? kstDaysEnd(start, days) : start + days * DAY_MS;
}

/**
 * Reads the `{ clock }` option: `true` for `'kst-calendar-days'`, `false` for `'elapsed'` or no
 * option; pushes the issue onto `issues` and answers `false` for anything else.
 * @internal
 */
export function readClock(options: unknown, issues: InputIssue[]): boolean {
  if (options === undefined) return false;
  let clock: unknown = null;
  let extra: string | undefined;
  try {
    if (!isRecord(options) || Array.isArray(options)) {
      issues.push(
        inputIssue(['options'], 'invalid-type', `expected { clock? } or nothing; got ${describeValue(options)}`),
      );
      return false;
    }
    clock = UNREADABLE; // what a throwing read leaves
    clock = options.clock;
    extra = Object.keys(options).find((k) => k !== 'clock');
  } catch {
    issues.push(
      inputIssue(clock === UNREADABLE ? ['options', 'clock'] : ['options'], 'invalid-input', UNREADABLE_MESSAGE),
    );
    return false;
  }
  if (extra !== undefined) {
    issues.push(
      inputIssue(
        ['options', extra],
        'unrecognized-keys',
        `unknown option ${describeValue(extra)}; the only option is clock`,
      ),
    );
    return false;
  }
  if (clock === undefined || clock === 'elapsed') return false;
  if (clock === 'kst-calendar-days') return true;
  issues.push(
    inputIssue(
      ['options', 'clock'],
      'invalid-value',
      `expected 'elapsed' or 'kst-calendar-days'; got ${describeValue(clock)}`,
    ),
  );
  return false;
}

/** Epoch ms of `value`, or `NaN` after pushing the issue for `path`. @internal */
export function readInstant(value: unknown, path: readonly (string | number)[], issues: InputIssue[]): number {
  if (value === UNREADABLE) return NaN; // its issue is listed already
  const ms = epochMsOrUndefined(value);
  if (ms !== undefined) return ms;
  issues.push(instantIssue(value, path));
  return NaN;
}

/**
 * The earliest instant after `at` at which a work with window `[start, end)` enters or leaves the
 * eligible set, folded into `soonest` (`Infinity` for none). An empty window never changes anything.
 * @internal
 */
export function nextChange(soonest: number, start: number, end: number, at: number): number {
  if (end <= start) return soonest;
  const change = at < start ? start : at < end ? end : Infinity;
  // Stryker disable next-line EqualityOperator: <= differs only when change equals soonest, and then both are the same instant (only 0 and -0 inputs could differ, by sign alone); >=, also hidden, is killed by the batch tests
  return Math.min(change, soonest);
}

/** What {@link readField} answers for a property whose reading throws (a getter, a Proxy). @internal */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/**
 * `object[key]`, or {@link UNREADABLE} after listing an `invalid-input` issue at `[...path, key]` when
 * reading it throws: a hostile input is bad input, never an exception of another kind. @internal
 */
export function readField(
  object: Readonly<Record<string, unknown>>,
  key: string,
  path: readonly (string | number)[],
  issues: InputIssue[],
): unknown {
  try {
    return object[key];
  } catch {
    issues.push(inputIssue([...path, key], 'invalid-input', UNREADABLE_MESSAGE));
    return UNREADABLE;
  }
}

/**
 * Reads a batch's list (checked against {@link KAKAOPAGE_MAX_BATCH} by its length first) and each
 * entry's `id`, listing issues (bad list, bad or repeated id); a plain copy of the list, empty when
 * the list itself is bad. @internal
 */
export function readBatch(works: unknown, issues: InputIssue[]): readonly unknown[] {
  const list = readArray(works, ['works'], KAKAOPAGE_MAX_BATCH, 'an array of works', issues);
  if (list === undefined) return [];
  const seen = new Set<unknown>();
  list.forEach((w: unknown, i) => {
    if (!isRecord(w)) {
      issues.push(inputIssue(['works', i], 'invalid-type', `expected a work object; got ${describeValue(w)}`));
      return;
    }
    const id = readField(w, 'id', ['works', i], issues);
    if (id === UNREADABLE) return;
    if (typeof id !== 'string' && !Number.isFinite(id)) {
      issues.push(
        inputIssue(
          ['works', i, 'id'],
          'invalid-type',
          `expected a string or finite number id; got ${describeValue(id)}`,
        ),
      );
    } else if (seen.has(id)) {
      issues.push(
        inputIssue(['works', i, 'id'], 'invalid-value', `the id ${describeValue(id)} appears more than once`),
      );
    } else seen.add(id);
  });
  return list;
}
