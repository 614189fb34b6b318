import { describeValue, inputIssue, epochMsOrUndefined, isEpochMs, ok, rejectInstants, type InstantInput, type Ok } from '../core/index.js';
import { NEW_AUTHOR_FIRST_EPISODE_WINDOW_MS, NEW_AUTHOR_NICKNAME_WINDOW_MS } from './constants.js';
import { inWindow } from './instants.js';
import { refusalsByMask } from './reasons.js';
import type { NewAuthorWork } from './schemas.js';
import type { KakaoPageWindow, NewAuthorRankingRefusal } from './types.js';

const REFUSALS = /* @__PURE__ */ refusalsByMask(
  'kakaopage.new-author',
  [
    [
      'nickname-too-old',
      "The author's nickname was created 60 or more days ago; the new-author ranking needs a nickname under 60 days old.",
      '작가 닉네임을 만든 지 60일이 지났습니다. 신인작가 랭킹은 만든 지 60일이 안 된 닉네임만 대상입니다.',
    ],
    [
      'first-episode-too-old',
      "The work's first episode was registered 30 or more days ago; the new-author ranking needs a first episode under 30 days old.",
      '작품의 첫 회차를 등록한 지 30일이 지났습니다. 신인작가 랭킹은 첫 회차 등록 30일 이내 작품만 대상입니다.',
    ],
    [
      'not-yet-published',
      'The nickname or the first episode is dated after the instant asked about, so the work is not in the ranking yet.',
      '닉네임 생성이나 첫 회차 등록 시각이 확인하려는 시각보다 뒤라서 아직 랭킹 대상이 아닙니다.',
    ],
  ],
  () => ({}),
) as readonly (NewAuthorRankingRefusal | undefined)[];

/** Stands for "no `at` argument" (`newAuthorRankingWindow`). */
const NO_AT: unique symbol = /* @__PURE__ */ Symbol('no at');

/** Reads `work` and `at` (0 for `NO_AT`) as epoch ms, or throws the input error listing every problem. */
function readInput(fn: string, work: NewAuthorWork, at: unknown): { nick: number; first: number; now: number } {
  const isObject = typeof work === 'object' && work !== null;
  const nick = isObject ? epochMsOrUndefined(work.nicknameCreatedAt) : undefined;
  const first = isObject ? epochMsOrUndefined(work.firstEpisodeAt) : undefined;
  const now = at === NO_AT ? 0 : epochMsOrUndefined(at);
  if (nick === undefined || first === undefined || now === undefined) return rejectInput(fn, work, at);
  return { nick, first, now }; // small enough to be inlined, so V8 need not allocate this object
}

/** Throws the input error for `work` and `at`, listing every problem. */
function rejectInput(fn: string, work: NewAuthorWork, at: unknown): never {
  if (typeof work !== 'object' || work === null) {
    const issue = inputIssue([], 'invalid-type', `expected { nicknameCreatedAt, firstEpisodeAt }; got ${describeValue(work)}`);
    return rejectInstants(fn, at === NO_AT ? {} : { at }, issue);
  }
  const named = { nicknameCreatedAt: work.nicknameCreatedAt, firstEpisodeAt: work.firstEpisodeAt };
  return rejectInstants(fn, at === NO_AT ? named : { ...named, at });
}

/** Both windows hold at `now`. */
function eligible(nick: number, first: number, now: number): boolean {
  return inWindow(nick, now, NEW_AUTHOR_NICKNAME_WINDOW_MS) && inWindow(first, now, NEW_AUTHOR_FIRST_EPISODE_WINDOW_MS);
}

/**
 * Whether a work is in the **new-author ranking** (신인작가 랭킹) at `at`: the author's nickname was
 * created within the last 60 days **and** the work's first episode was registered within the last
 * 30 days (both windows half-open, a day being 24 hours). Before either instant it is not. Hot path:
 * no allocation for numbers and Dates.
 *
 * @param work - `{ nicknameCreatedAt, firstEpisodeAt }` (Dates, epoch ms or ISO strings with offset).
 * @param at - the instant asked about.
 * @returns `true` while `at` lies inside both windows.
 * @throws {RuleInputError} when `work` is not an object or any instant is invalid (all are listed).
 * @example
 * isNewAuthorRankingEligible({ nicknameCreatedAt: '2026-01-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' }, '2026-02-15T00:00:00+09:00') //=> true
 * isNewAuthorRankingEligible({ nicknameCreatedAt: '2026-01-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' }, '2026-03-02T00:00:00+09:00') //=> false
 * @see kakaopage.new-author
 */
export function isNewAuthorRankingEligible(work: NewAuthorWork, at: InstantInput): boolean {
  // Stryker disable next-line ConditionalExpression,StringLiteral,BlockStatement: skipping the fast path sends epoch ms to isEligibleOther, which gives the same answer, slower
  if (typeof work === 'object' && work !== null) {
    const { nicknameCreatedAt, firstEpisodeAt } = work;
    // Stryker disable next-line ConditionalExpression: as above
    if (isEpochMs(nicknameCreatedAt) && isEpochMs(firstEpisodeAt) && isEpochMs(at)) return eligible(nicknameCreatedAt, firstEpisodeAt, at);
  }
  return isEligibleOther(work, at);
}

/** `isNewAuthorRankingEligible` for Dates, strings and bad input, kept out of the hot function so that it stays small. */
function isEligibleOther(work: NewAuthorWork, at: unknown): boolean {
  const { nick, first, now } = readInput('isNewAuthorRankingEligible', work, at);
  return eligible(nick, first, now);
}

/**
 * Checks the **new-author ranking** (신인작가 랭킹) at `at`, saying until when the work stays in it or
 * every reason it is not: the nickname is 60 or more days old, the first episode 30 or more days old
 * (both listed when both fail), or an instant lies after `at` (`not-yet-published`).
 *
 * @param work - `{ nicknameCreatedAt, firstEpisodeAt }`.
 * @param at - the instant asked about.
 * @returns `{ ok: true, value: { until } }` with `until` the earlier window end (epoch ms, excluded),
 *   or a frozen refusal whose `reasons` lists every failing condition and whose `code` is the first.
 * @throws {RuleInputError} when `work` is not an object or any instant is invalid (all are listed).
 * @example
 * checkNewAuthorRanking({ nicknameCreatedAt: '2026-01-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' }, '2026-02-15T00:00:00+09:00')
 * //=> { ok: true, value: { until: 1772377200000 } } // 2026-03-02 00:00 KST, the nickname's window end
 * checkNewAuthorRanking({ nicknameCreatedAt: '2026-01-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' }, '2026-04-01T00:00:00+09:00').reasons
 * //=> ['nickname-too-old', 'first-episode-too-old']
 * @see kakaopage.new-author
 */
export function checkNewAuthorRanking(work: NewAuthorWork, at: InstantInput): Ok<{ until: number }> | NewAuthorRankingRefusal {
  const { nick, first, now } = readInput('checkNewAuthorRanking', work, at);
  const mask =
    (now - nick >= NEW_AUTHOR_NICKNAME_WINDOW_MS ? 1 : 0) |
    (now - first >= NEW_AUTHOR_FIRST_EPISODE_WINDOW_MS ? 2 : 0) |
    (now < nick || now < first ? 4 : 0);
  return REFUSALS[mask] ?? ok({ until: Math.min(nick + NEW_AUTHOR_NICKNAME_WINDOW_MS, first + NEW_AUTHOR_FIRST_EPISODE_WINDOW_MS) });
}

/**
 * The new-author ranking window of a work: from the later of the two instants to the earlier of the
 * two window ends, `[max(nicknameCreatedAt, firstEpisodeAt), min(nicknameCreatedAt + 60 days,
 * firstEpisodeAt + 30 days))` in epoch ms. A work is eligible exactly while `at` lies inside it; it is
 * empty (`end <= start`) when the nickname was 60 or more days old at the first episode.
 *
 * @param work - `{ nicknameCreatedAt, firstEpisodeAt }`.
 * @returns `{ start, end }` (epoch ms, half-open, possibly empty).
 * @throws {RuleInputError} when `work` is not an object or an instant is invalid (all are listed).
 * @example
 * newAuthorRankingWindow({ nicknameCreatedAt: '2026-01-01T00:00:00+09:00', firstEpisodeAt: '2026-02-01T00:00:00+09:00' })
 * //=> { start: 1769871600000, end: 1772377200000 } // 2026-02-01 to 2026-03-02 00:00 KST
 * @see kakaopage.new-author
 */
export function newAuthorRankingWindow(work: NewAuthorWork): KakaoPageWindow {
  const { nick, first } = readInput('newAuthorRankingWindow', work, NO_AT);
  return {
    start: Math.max(nick, first),
    end: Math.min(nick + NEW_AUTHOR_NICKNAME_WINDOW_MS, first + NEW_AUTHOR_FIRST_EPISODE_WINDOW_MS),
  };
}
