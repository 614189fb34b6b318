import { guardInput, ok, refusal, type Outcome } from '../core/index.js';
import { STAGE_ON_EPISODE_LIMITS, type StageOnEpisodeRefusal } from './rules.js';
import { StageOnEpisodeGuard, StageOnWorkGuard } from './guards.generated.js';
import type { StageOnEpisodeInput, StageOnWorkInput } from './schemas.js';
import type { StageOnEpisodeAllowance } from './types.js';

function limitOf(work: { genre: StageOnWorkInput['genre']; length?: StageOnWorkInput['length'] }): number {
  const limit = STAGE_ON_EPISODE_LIMITS[work.genre];
  return typeof limit === 'number' ? limit : limit[work.length!];
}

/**
 * The most episodes a StageON work may serialize: fantasy, martial arts, modern fantasy and romance
 * fantasy 250; romance and BL 100 when mid-length, 200 when long; free genre 50. The source also puts
 * romance fantasy beside BL long at 200; we read that as romance/BL long (romance fantasy stays 250).
 *
 * @param work - `{ genre, length? }`; `length` (`'mid' | 'long'`) is required for `'romance'` and
 *   `'bl'` and must be left out for every other genre.
 * @returns the maximum episode count.
 * @throws {RuleInputError} for an unknown genre or length, a missing length for romance or BL, or a
 *   length given for another genre.
 * @example
 * stageOnEpisodeLimit({ genre: 'romance-fantasy' })      //=> 250
 * stageOnEpisodeLimit({ genre: 'bl', length: 'long' })   //=> 200
 * stageOnEpisodeLimit({ genre: 'free' })                 //=> 50
 * @see kakaopage.stage-on-limits
 */
export function stageOnEpisodeLimit(work: StageOnWorkInput): number {
  return limitOf(guardInput(StageOnWorkGuard, work, 'stageOnEpisodeLimit', ['work']));
}

/**
 * Checks that an episode fits the StageON limit of its work's genre (see {@link stageOnEpisodeLimit}).
 *
 * @param episode - `{ genre, length?, episodeNumber }`; `episodeNumber` is a positive integer (1 = the first episode).
 * @returns `{ ok: true, value: { limit, remaining } }` ({@link StageOnEpisodeAllowance}; `remaining`: episodes
 *   still allowed after this one) or the refusal `over-episode-limit` carrying `limit`.
 * @throws {RuleInputError} for a bad genre/length (as {@link stageOnEpisodeLimit}) or an episode number
 *   that is not a positive integer; every problem is listed.
 * @example
 * checkStageOnEpisode({ genre: 'romance', length: 'mid', episodeNumber: 100 }) //=> { ok: true, value: { limit: 100, remaining: 0 } }
 * checkStageOnEpisode({ genre: 'romance', length: 'mid', episodeNumber: 101 }).code //=> 'over-episode-limit'
 * @see kakaopage.stage-on-limits
 */
export function checkStageOnEpisode(
  episode: StageOnEpisodeInput,
): Outcome<StageOnEpisodeAllowance, StageOnEpisodeRefusal> {
  const parsed = guardInput(StageOnEpisodeGuard, episode, 'checkStageOnEpisode', ['episode']);
  const limit = limitOf(parsed);
  if (parsed.episodeNumber <= limit) return ok({ limit, remaining: limit - parsed.episodeNumber });
  return refusal(
    'kakaopage.stage-on-limits',
    'over-episode-limit',
    `StageON allows at most ${limit} episodes for this genre; episode ${parsed.episodeNumber} is over the limit.`,
    `이 장르의 스테이지ON 연재는 최대 ${limit}화까지입니다. ${parsed.episodeNumber}화는 한도를 넘습니다.`,
    { limit },
  );
}
