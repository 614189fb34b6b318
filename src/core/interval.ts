/**
 * The one interval type of the library.
 * @module
 */

/**
 * A half-open interval `[start, end)` in epoch milliseconds: `start` is in it, `end` is not. Empty when
 * `end <= start`. Every module answers windows and open intervals in this form.
 */
export interface Interval {
  readonly start: number;
  readonly end: number;
}
