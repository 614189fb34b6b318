/**
 * The 48-hour life of a room and its end warning (voiceroom.lifetime, voiceroom.end-warning).
 * @module
 */
import { RuleInputError, inputIssue, expectInstant, type InstantInput } from '../core/index.js';
import { VOICE_ROOM_END_WARNING_MS, VOICE_ROOM_LIFETIME_MS } from './rules.js';
import { requireRoom } from './argumentChecks.js';
import type { VoiceRoom, VoiceRoomPhase } from './types.js';

/** The instants of a room's life, in epoch ms. */
export interface VoiceRoomSchedule {
  readonly openedAt: number;
  /** When the end warning appears: 10 minutes before the end (opened + 47 h 50 min). */
  readonly warnAt: number;
  /** When the room ends by itself (opened + 48 h); no event is accepted from this instant. */
  readonly endsAt: number;
}

/**
 * When a room opened at `openedAt` shows its end warning and when it ends.
 *
 * @param openedAt - the opening instant.
 * @returns `{ openedAt, warnAt, endsAt }` in epoch ms.
 * @throws {RuleInputError} when `openedAt` is not a valid instant.
 * @example
 * voiceRoomSchedule('2026-01-01T10:00:00+09:00')
 * //=> { openedAt: 1767229200000, warnAt: 1767401400000, endsAt: 1767402000000 }
 * @see voiceroom.lifetime
 * @see voiceroom.end-warning
 */
export function voiceRoomSchedule(openedAt: InstantInput): VoiceRoomSchedule {
  const opened = expectInstant(openedAt, 'voiceRoomSchedule', ['openedAt']);
  const endsAt = opened + VOICE_ROOM_LIFETIME_MS;
  return { openedAt: opened, warnAt: endsAt - VOICE_ROOM_END_WARNING_MS, endsAt };
}

/**
 * Where a room is in its life at `at`: `'live'` before opened + 47 h 50 min, `'ending-soon'` from
 * then (the end warning shows) until opened + 48 h, `'ended'` from opened + 48 h on.
 *
 * @param room - a voice room.
 * @param at - the instant asked about; not before the opening.
 * @returns `'live' | 'ending-soon' | 'ended'`.
 * @throws {RuleInputError} when `room` is not a voice room, `at` is not a valid instant, or `at` is
 *   before the room opened (the room did not exist yet).
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: '2026-01-01T10:00:00+09:00' }).value;
 * voiceRoomPhase(room, '2026-01-03T09:49:59.999+09:00') //=> 'live'
 * voiceRoomPhase(room, '2026-01-03T09:50:00+09:00') //=> 'ending-soon'
 * voiceRoomPhase(room, '2026-01-03T10:00:00+09:00') //=> 'ended'
 * @see voiceroom.lifetime
 * @see voiceroom.end-warning
 */
export function voiceRoomPhase(room: VoiceRoom, at: InstantInput): VoiceRoomPhase {
  const { openedAt } = requireRoom(room, 'voiceRoomPhase');
  const ms = expectInstant(at, 'voiceRoomPhase', ['at']);
  if (ms < openedAt) {
    throw new RuleInputError('voiceRoomPhase', [
      inputIssue(['at'], 'before-opening', `at (${ms}) is before the room opened (${openedAt})`),
    ]);
  }
  const endsAt = openedAt + VOICE_ROOM_LIFETIME_MS;
  return ms >= endsAt ? 'ended' : ms >= endsAt - VOICE_ROOM_END_WARNING_MS ? 'ending-soon' : 'live';
}

/** What changes next in a room by time alone, and when (epoch ms). */
export interface VoiceRoomChange {
  readonly at: number;
  readonly change: 'end-warning' | 'end';
}

/**
 * What changes next in a room by time alone, strictly after `at`: the end warning (opened + 47 h 50
 * min), then the end (opened + 48 h); `null` once the room has ended. A service schedules its sweep
 * of a room at the answer's `at` (like the KakaoPage batches' `changesAt`).
 *
 * @param room - a voice room.
 * @param at - now (any instant; one before the opening answers the warning).
 * @returns `{ at, change: 'end-warning' | 'end' }`, or `null` when nothing changes any more.
 * @throws {RuleInputError} when `room` is not a voice room or `at` is not a valid instant.
 * @example
 * const room = openVoiceRoom({ roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: '2026-01-01T10:00:00+09:00' }).value;
 * nextVoiceRoomChange(room, '2026-01-01T10:00:00+09:00') //=> { at: 1767401400000, change: 'end-warning' }
 * nextVoiceRoomChange(room, 1767401400000) //=> { at: 1767402000000, change: 'end' }
 * nextVoiceRoomChange(room, 1767402000000) //=> null
 * @see voiceroom.lifetime
 * @see voiceroom.end-warning
 */
export function nextVoiceRoomChange(room: VoiceRoom, at: InstantInput): VoiceRoomChange | null {
  const { openedAt } = requireRoom(room, 'nextVoiceRoomChange');
  const ms = expectInstant(at, 'nextVoiceRoomChange', ['at']);
  const endsAt = openedAt + VOICE_ROOM_LIFETIME_MS;
  const warnAt = endsAt - VOICE_ROOM_END_WARNING_MS;
  if (ms < warnAt) return Object.freeze({ at: warnAt, change: 'end-warning' as const });
  if (ms < endsAt) return Object.freeze({ at: endsAt, change: 'end' as const });
  return null;
}
