export { deepFreeze } from '../helpers.js';
import { openVoiceRoom, replayVoiceRoom, type VoiceRoom, type VoiceRoomEvent } from '../../src/voiceroom/index.js';

/** 2026-01-01 10:00 KST. */
export const OPENED = 1_767_229_200_000;
export const OPENING = { roomId: 'r1', chat: { kind: 'open-group' }, creatorId: 'ann', at: OPENED } as const;

export function opened(): VoiceRoom {
  const o = openVoiceRoom(OPENING);
  if (!o.ok) throw new Error(o.code);
  return o.value;
}

/** The room after `events` (all must be accepted). */
export function roomAfter(events: readonly VoiceRoomEvent[]): VoiceRoom {
  const r = replayVoiceRoom(OPENING, events);
  if (!r.ok) throw new Error(`event ${r.index} refused: ${r.code}`);
  return r.value;
}

export const join = (userId: string, at = OPENED + 1): VoiceRoomEvent => ({ type: 'join', userId, at });
export const speaker = (userId: string, at = OPENED + 2, hostId = 'ann'): VoiceRoomEvent => ({
  type: 'set-role',
  hostId,
  userId,
  role: 'speaker',
  at,
});
