import {
  MAX_EPOCH_MS,
  RuleInputError,
  describeValue,
  epochMsOrUndefined,
  inputIssue,
  isEpochMs,
  isRecord,
  ok,
  type InputIssue,
  type InstantInput,
  type Outcome,
} from '../core/index.js';
import {
  NEW_AUTHOR_FIRST_EPISODE_DAYS,
  NEW_AUTHOR_FIRST_EPISODE_WINDOW_MS,
  NEW_AUTHOR_NICKNAME_DAYS,
  NEW_AUTHOR_NICKNAME_WINDOW_MS,
  NEW_AUTHOR_REFUSALS,
  type NewAuthorRankingRefusal,
} from './rules.js';
import { inWindow, nextChange, readBatch, readClock, readField, readInstant, windowEnd } from './instants.js';
import type { NewAuthorWorkInput } from './schemas.js';
import type { Interval, KakaoPageBatch, KakaoPageWindowOptions, NewAuthorRankingEligibility } from './types.js';

/** A work of a {@link newAuthorRanking} batch: its `id` and the instants of {@link NewAuthorWorkInput}. */
export type NewAuthorEntry<Id extends string | number = string | number> = NewAuthorWorkInput & { readonly id: Id };

/** A work's nickname creation and first-episode registration, in epoch ms. */
interface Instants {
  nick: number;
  reg: number;
}

/** A work's instants and the ends of its two windows. */
interface Read extends Instants {
  nickEnd: number;
  regEnd: number;
}

/**
 * Reads `work` (at `path`) into epoch ms, pushing every problem onto `issues`. The window ends are
 * left to {@link withEnds}, once no issue is listed: an unread instant is `NaN`, and the calendar
 * clock on `NaN` would reach the tz database and throw a RangeError instead of the RuleInputError.
 */
function readWork(work: unknown, path: readonly (string | number)[], issues: InputIssue[]): Instants {
  if (!isRecord(work)) {
    issues.push(
      inputIssue(
        path,
        'invalid-type',
        `expected { nicknameCreatedAt, firstEpisodeAt, firstEpisodeRegisteredAt? }; got ${describeValue(work)}`,
      ),
    );
    // Stryker disable next-line ObjectLiteral: never read: the issue just pushed makes every caller throw before it uses the instants
    return { nick: NaN, reg: NaN };
  }
  const nick = readInstant(readField(work, 'nicknameCreatedAt', path, issues), [...path, 'nicknameCreatedAt'], issues);
  const first = readInstant(readField(work, 'firstEpisodeAt', path, issues), [...path, 'firstEpisodeAt'], issues);
  const registered = readField(work, 'firstEpisodeRegisteredAt', path, issues);
  const reg = registered === undefined ? first : readInstant(registered, [...path, 'firstEpisodeRegisteredAt'], issues);
  return { nick, reg };
}

/** The instants of an entry that could not be read (its issue listed). */
const NOT_READ: Instants = { nick: Number.NaN, reg: Number.NaN };

/** The ends of the two windows of instants read without issue. */
function withEnds({ nick, reg }: Instants, calendar: boolean): Read {
  return {
    nick,
    reg,
    nickEnd: windowEnd(nick, NEW_AUTHOR_NICKNAME_DAYS, calendar),
    regEnd: windowEnd(reg, NEW_AUTHOR_FIRST_EPISODE_DAYS, calendar),
  };
}

/** Reads the arguments of a single-work function, or throws listing every problem. */
function readInput(fn: string, work: unknown, at: unknown, options: unknown, hasAt: boolean): Read & { now: number } {
  const issues: InputIssue[] = [];
  const calendar = readClock(options, issues);
  const read = readWork(work, ['work'], issues);
  const now = hasAt ? readInstant(at, ['at'], issues) : 0;
  if (issues.length > 0) throw new RuleInputError(fn, issues);
  return { ...withEnds(read, calendar), now };
}

/**
 * Whether a work is in the **new-author ranking** (신인작가 랭킹) at `at`: the author's nickname was
 * created within the last 60 days **and** the work's first episode was registered within the last
 * 30 days (both windows half-open). The registration instant is `firstEpisodeRegisteredAt`, or the
 * first episode's publication `firstEpisodeAt` when it is not given. Days are 24 hours (clock
 * `'elapsed'`, the default) or KST calendar days (`'kst-calendar-days'`: the instant's KST day is
 * day 1, through the end of day 60 or 30). Before either instant it is not. Hot path: no allocation
 * for numbers and Dates.
 *
 * @param work - `{ nicknameCreatedAt, firstEpisodeAt, firstEpisodeRegisteredAt? }` (Dates, epoch ms or ISO strings with offset).
 * @param at - the instant asked about.
 * @param options - `{ clock?: 'elapsed' | 'kst-calendar-days' }`.
 * @returns `true` while `at` lies inside both windows.
 * @throws {RuleInputError} when `work` is not an object or any instant or the option is invalid (all are listed).
 * @example
 * isNewAuthorRankingEligible({ nicknameCreatedAt: '2026-01-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' }, '2026-02-15T00:00:00+09:00') //=> true
 * isNewAuthorRankingEligible({ nicknameCreatedAt: '2026-01-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' }, '2026-03-02T00:00:00+09:00') //=> false
 * @see kakaopage.new-author
 */
export function isNewAuthorRankingEligible(
  work: NewAuthorWorkInput,
  at: InstantInput,
  options?: KakaoPageWindowOptions,
): boolean {
  // Stryker disable next-line BlockStatement: an empty try only skips the fast path: isEligibleOther gives the same answer for the same input, slower
  try {
    // null needs no check of its own: destructuring it throws, and the catch sends it to the slow path.
    // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: false, typeof against "" and an empty block only skip the fast path (same answer, slower); the true variants also hidden here are killed by newAuthor.test.ts (a function carrying the fields, the calendar clock on every path)
    if (typeof work === 'object' && options === undefined) {
      const { nicknameCreatedAt, firstEpisodeAt, firstEpisodeRegisteredAt } = work;
      // Stryker disable next-line ConditionalExpression: false leaves reg undefined when there is no registration, which is not epoch ms and so takes the slow path (same answer); true, also hidden, is killed by the registration edges of newAuthor.test.ts
      const reg = firstEpisodeRegisteredAt === undefined ? firstEpisodeAt : firstEpisodeRegisteredAt;
      // Stryker disable next-line ConditionalExpression,BlockStatement: false and an empty block only skip the fast path (same answer, slower); true, also hidden, is killed by the mixed-form edges of newAuthor.test.ts
      if (isEpochMs(nicknameCreatedAt) && isEpochMs(reg) && isEpochMs(firstEpisodeAt) && isEpochMs(at)) {
        return (
          inWindow(nicknameCreatedAt, at, NEW_AUTHOR_NICKNAME_WINDOW_MS) &&
          inWindow(reg, at, NEW_AUTHOR_FIRST_EPISODE_WINDOW_MS)
        );
      }
    }
  } catch {
    // an input whose reading throws: the slow path lists it as unreadable
  }
  return isEligibleOther(work, at, options);
}

/** `isNewAuthorRankingEligible` for Dates, strings, options and bad input, kept out of the hot function so that it stays small. */
function isEligibleOther(work: unknown, at: unknown, options: unknown): boolean {
  // Stryker disable next-line BlockStatement: an empty try only skips this path: readInput gives the same answer for the same input, slower
  try {
    // Stryker disable next-line ConditionalExpression,BlockStatement: false and an empty block only skip this path (readInput answers the same, slower); the true variants also hidden here are killed by the calendar clock tests of newAuthor.test.ts
    if (isRecord(work) && options === undefined) {
      // Dates and strings without options: no allocation beyond reading them.
      const nick = epochMsOrUndefined(work.nicknameCreatedAt);
      const first = epochMsOrUndefined(work.firstEpisodeAt);
      const registered = work.firstEpisodeRegisteredAt;
      // Stryker disable next-line ConditionalExpression: false reads an absent registration as undefined, which sends the work to readInput (same answer); true, also hidden, is killed by the registration edges of newAuthor.test.ts
      const reg = registered === undefined ? first : epochMsOrUndefined(registered);
      const now = epochMsOrUndefined(at);
      // Stryker disable next-line ConditionalExpression,BlockStatement: false and an empty block only send the work to readInput (same answer, slower); the true variants also hidden here are killed by the bad-instant tests (windows.test.ts, newAuthor.test.ts)
      if (nick !== undefined && first !== undefined && reg !== undefined && now !== undefined) {
        return (
          inWindow(nick, now, NEW_AUTHOR_NICKNAME_WINDOW_MS) && inWindow(reg, now, NEW_AUTHOR_FIRST_EPISODE_WINDOW_MS)
        );
      }
    }
  } catch {
    // an input whose reading throws: readInput lists it as unreadable
  }
  const r = readInput('isNewAuthorRankingEligible', work, at, options, true);
  return r.now >= r.nick && r.now >= r.reg && r.now < r.nickEnd && r.now < r.regEnd;
}

/**
 * Checks the **new-author ranking** (신인작가 랭킹) at `at`, saying until when the work stays in it or
 * every reason it is not: the nickname's 60-day window is over, the first episode's 30-day window
 * (from its registration) is over (both listed when both fail), or an instant lies after `at`
 * (`not-yet-published`). Clocks and instants as {@link isNewAuthorRankingEligible}.
 *
 * @param work - `{ nicknameCreatedAt, firstEpisodeAt, firstEpisodeRegisteredAt? }`.
 * @param at - the instant asked about.
 * @param options - `{ clock?: 'elapsed' | 'kst-calendar-days' }`.
 * @returns `{ ok: true, value: { until } }` ({@link NewAuthorRankingEligibility}) with `until` the earlier
 *   window end (epoch ms, excluded),
 *   or a frozen refusal whose `reasons` lists every failing condition and whose `code` is the first.
 * @throws {RuleInputError} when `work` is not an object or any instant or the option is invalid (all are listed).
 * @example
 * checkNewAuthorRanking({ nicknameCreatedAt: '2026-01-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' }, '2026-02-15T00:00:00+09:00')
 * //=> { ok: true, value: { until: 1772377200000 } } // 2026-03-02 00:00 KST, the nickname's window end
 * checkNewAuthorRanking({ nicknameCreatedAt: '2026-01-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' }, '2026-04-01T00:00:00+09:00').reasons
 * //=> ['nickname-too-old', 'first-episode-too-old']
 * checkNewAuthorRanking({ nicknameCreatedAt: '2026-01-20T00:00:00+09:00', firstEpisodeAt: '2026-02-05T00:00:00+09:00', firstEpisodeRegisteredAt: '2026-02-01T00:00:00+09:00' }, '2026-02-10T00:00:00+09:00')
 * //=> { ok: true, value: { until: 1772463600000 } } // 30 days from the registration: 2026-03-03 00:00 KST
 * @see kakaopage.new-author
 */
export function checkNewAuthorRanking(
  work: NewAuthorWorkInput,
  at: InstantInput,
  options?: KakaoPageWindowOptions,
): Outcome<NewAuthorRankingEligibility, NewAuthorRankingRefusal> {
  const { nick, reg, nickEnd, regEnd, now } = readInput('checkNewAuthorRanking', work, at, options, true);
  const mask = (now >= nickEnd ? 1 : 0) | (now >= regEnd ? 2 : 0) | (now < nick || now < reg ? 4 : 0);
  return NEW_AUTHOR_REFUSALS[mask] ?? ok({ until: Math.min(nickEnd, regEnd) });
}

/**
 * The new-author ranking window of a work: from the later of the nickname's creation and the first
 * episode's registration to the earlier of the two window ends, in epoch ms. A work is eligible
 * exactly while `at` lies inside it; it is empty (`end <= start`) when the nickname's window was over
 * at the registration.
 *
 * @param work - `{ nicknameCreatedAt, firstEpisodeAt, firstEpisodeRegisteredAt? }`.
 * @param options - `{ clock?: 'elapsed' | 'kst-calendar-days' }`.
 * @returns `{ start, end }` (epoch ms, half-open, possibly empty).
 * @throws {RuleInputError} when `work` is not an object or an instant or the option is invalid (all are listed).
 * @example
 * newAuthorRankingWindow({ nicknameCreatedAt: '2026-01-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' })
 * //=> { start: 1769871600000, end: 1772377200000 } // 2026-02-01 to 2026-03-02 00:00 KST
 * newAuthorRankingWindow({ nicknameCreatedAt: '2026-01-01T12:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' }, { clock: 'kst-calendar-days' }).end
 * //=> 1772377200000 // through the end of day 60 (03-01) KST
 * @see kakaopage.new-author
 */
export function newAuthorRankingWindow(work: NewAuthorWorkInput, options?: KakaoPageWindowOptions): Interval {
  const { nick, reg, nickEnd, regEnd } = readInput('newAuthorRankingWindow', work, undefined, options, false);
  return Object.freeze({ start: Math.max(nick, reg), end: Math.min(nickEnd, regEnd) });
}

/**
 * The new-author ranking of a list at `at` (a ranking job's batch): the ids of the works
 * {@link isNewAuthorRankingEligible} holds for, in input order, and `changesAt`, the earliest instant
 * after `at` at which a work enters or leaves the set (`null` when none will within the `Date`
 * range). Nothing changes in `[at, changesAt)`: recompute exactly then.
 *
 * @param works - `{ id, nicknameCreatedAt, firstEpisodeAt, firstEpisodeRegisteredAt? }[]`; ids are strings or finite numbers, each once.
 * @param at - the instant asked about.
 * @param options - `{ clock?: 'elapsed' | 'kst-calendar-days' }`.
 * @returns `{ eligible, changesAt }` (`changesAt` in epoch ms or `null`).
 * @throws {RuleInputError} listing every problem: not an array, more than {@link KAKAOPAGE_MAX_BATCH} works
 *   (refused by the length alone), a bad or repeated id, a bad instant
 *   (path `['works', i, 'nicknameCreatedAt']` and so on), a bad `at` or option.
 * @example
 * newAuthorRanking([
 *   { id: 1, nicknameCreatedAt: '2026-01-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' },
 *   { id: 2, nicknameCreatedAt: '2025-10-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' },
 * ], '2026-02-15T00:00:00+09:00')
 * //=> { eligible: [1], changesAt: 1772377200000 } // work 1 leaves at 03-02 00:00 KST
 * @see kakaopage.new-author
 */
export function newAuthorRanking<Id extends string | number>(
  works: readonly NewAuthorEntry<Id>[],
  at: InstantInput,
  options?: KakaoPageWindowOptions,
): KakaoPageBatch<Id> {
  const issues: InputIssue[] = [];
  const list = readBatch(works, issues);
  const now = readInstant(at, ['at'], issues);
  const calendar = readClock(options, issues);
  // an entry that is not an object is listed once, by readBatch
  const reads = list.map((w, i) => (isRecord(w) ? readWork(w, ['works', i], issues) : NOT_READ));
  if (issues.length > 0) throw new RuleInputError('newAuthorRanking', issues);
  const eligible: Id[] = [];
  let soonest = Infinity;
  reads.forEach((instants, i) => {
    const r = withEnds(instants, calendar);
    const start = Math.max(r.nick, r.reg);
    const end = Math.min(r.nickEnd, r.regEnd);
    if (now >= start && now < end) eligible.push((list[i] as NewAuthorEntry<Id>).id);
    soonest = nextChange(soonest, start, end, now);
  });
  return Object.freeze({ eligible: Object.freeze(eligible), changesAt: soonest > MAX_EPOCH_MS ? null : soonest });
}
