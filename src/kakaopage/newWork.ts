import { epochMsOrUndefined, isEpochMs, rejectInstants, toEpochMs, type InstantInput } from '../core/index.js';
import { NEW_WORK_WINDOW_MS } from './constants.js';
import { inWindow } from './instants.js';
import type { KakaoPageWindow } from './types.js';

/**
 * Whether a work is a **new work** (신작) at `at`: its first episode was published within the last
 * 30 days, i.e. `at` lies in `[firstEpisodeAt, firstEpisodeAt + 30 days)`. A day is 24 hours of
 * elapsed time. Before its first episode a work is not new (the window has not started). Hot path:
 * no allocation for numbers and Dates.
 *
 * @param firstEpisodeAt - when the work's first episode was published (Date, epoch ms or ISO string with offset).
 * @param at - the instant asked about.
 * @returns `true` while `at` is inside the new-work window.
 * @throws {RuleInputError} when either instant is invalid (both are listed when both are).
 * @example
 * isNewWork('2026-03-01T12:00:00+09:00', '2026-03-31T11:59:59.999+09:00') //=> true
 * isNewWork('2026-03-01T12:00:00+09:00', '2026-03-31T12:00:00+09:00')     //=> false
 * @see kakaopage.new-work
 */
export function isNewWork(firstEpisodeAt: InstantInput, at: InstantInput): boolean {
  // Stryker disable next-line ConditionalExpression: never taking the fast path sends epoch ms to isNewWorkOther, which gives the same answer, slower
  if (isEpochMs(firstEpisodeAt) && isEpochMs(at)) return inWindow(firstEpisodeAt, at, NEW_WORK_WINDOW_MS);
  return isNewWorkOther(firstEpisodeAt, at);
}

/** `isNewWork` for Dates, strings and bad input, kept out of the hot function so that it stays small. */
function isNewWorkOther(firstEpisodeAt: unknown, at: unknown): boolean {
  const first = epochMsOrUndefined(firstEpisodeAt);
  const now = epochMsOrUndefined(at);
  if (first === undefined || now === undefined) return rejectInstants('isNewWork', { firstEpisodeAt, at });
  return inWindow(first, now, NEW_WORK_WINDOW_MS);
}

/**
 * The new-work window of a work: `[firstEpisodeAt, firstEpisodeAt + 30 days)` in epoch ms.
 *
 * @param firstEpisodeAt - when the work's first episode was published.
 * @returns `{ start, end }` (epoch ms, half-open). `end` may lie past the `Date` range for a first
 *   episode within 30 days of it.
 * @throws {RuleInputError} when `firstEpisodeAt` is not a valid instant.
 * @example
 * newWorkWindow('2026-03-01T12:00:00+09:00') //=> { start: 1772334000000, end: 1774926000000 }
 * @see kakaopage.new-work
 */
export function newWorkWindow(firstEpisodeAt: InstantInput): KakaoPageWindow {
  const start = toEpochMs(firstEpisodeAt, 'newWorkWindow', ['firstEpisodeAt']);
  return { start, end: start + NEW_WORK_WINDOW_MS };
}
